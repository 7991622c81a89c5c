package detector

import (
	"bytes"
	"fmt"
	"io"
)

// checkWindow panics on window sizes the scanner cannot make progress with.
func checkWindow(size, overlap int) {
	if overlap < minStreamOverlap || size < 2*overlap+64 {
		panic(fmt.Sprintf("window %d with overlap %d: want overlap >= %d and size >= 2*overlap+64", size, overlap, minStreamOverlap))
	}
}

// ScanWindow is Scan with a window of size bytes and the given overlap, so
// that tests cross many window boundaries with small inputs.
func ScanWindow(d *Detector, r io.Reader, size, overlap int, fn func(Finding) error) error {
	checkWindow(size, overlap)
	return d.scanStream(&readerSource{r: r}, newWindow(size, false), fn, overlap)
}

// ScanEncodedWindow is ScanEncoded with a small window.
func ScanEncodedWindow(d *Detector, r io.Reader, enc Encoding, size, overlap int, fn func(Finding) error) (Encoding, error) {
	checkWindow(size, overlap)
	return d.scanEncoded(r, enc, fn, size, overlap)
}

// NormalizationSensitive reports whether folding look-alikes or composing
// Hangul would change b: only then can Scan's per-window folding decision
// differ from FindBytes's whole-input one.
func NormalizationSensitive(b []byte) bool {
	return !bytes.Equal(normalizeText(b).buf, b)
}

// StreamWindow and StreamOverlap are Scan's defaults.
const (
	StreamWindow  = streamWindow
	StreamOverlap = streamOverlap
)
