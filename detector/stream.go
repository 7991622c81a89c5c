package detector

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Scan windows. Scan reads into a buffer of streamWindow bytes and scans it
// up to a safe boundary (see cutWindow); when that boundary is not a line
// break, streamOverlap bytes on each side of it are scanned twice, as context
// for both windows, and every finding is reported by exactly one window: the
// one whose committed range holds its Start.
const (
	streamWindow  = 64 << 10
	streamOverlap = 512
	// minStreamOverlap covers the widest look-around of the detector: the
	// timestamp look-alike check reads timestampReach bytes to either side
	// of a candidate (the context window, 80 before and 40 after, and the
	// matchers' look-around are narrower), plus the longest candidate.
	minStreamOverlap = timestampReach + 80
)

// Scan reads r to its end and calls fn with every finding, in order of
// Start. Start and End are byte offsets from the start of the stream.
//
// Memory stays bounded whatever the input: Scan holds one window of 64 KiB
// (plus what scanning a window allocates) and never a whole line, so a
// multi-gigabyte log or a binary file of one "line" is fine. Invalid UTF-8
// and binary bytes are passed over without error.
//
// The findings are those FindBytes reports on the whole input — same kinds,
// offsets, confidences and reasons — including items that straddle read or
// window boundaries and context words on the other side of a boundary.
// Windows end at a line break; a line longer than the window is cut at a
// byte that no built-in item can contain (a control character, '"', '<',
// '>', '\\'), failing that at punctuation, and scanned with 512 bytes of
// overlap on both sides. Two documented limits follow from windowing:
//
//   - FindBytes folds look-alike characters (full-width forms, dash and
//     space look-alikes, decomposed Hangul) for its whole input as soon as
//     one of them calls for it (a full-width digit, ＠ or ＋, a look-alike
//     separator right after a digit, decomposed Hangul when ADDRESS is on);
//     Scan makes that decision per window. The results can differ only where
//     a look-alike that does not call for folding by itself — a full-width
//     letter or parenthesis, a context word typed in full-width letters, a
//     dash look-alike before a number — sits near a candidate in a window
//     without such a trigger while one occurs elsewhere in the stream.
//   - User patterns (WithPatterns) and deny-list values are matched within a
//     window: a match that spans a line break, or is longer than the overlap
//     in a line longer than the window, can be missed.
//
// If fn returns an error, Scan stops at once and returns that error as is,
// unwrapped, so a sentinel error can be compared with == or errors.Is. A read
// error is returned wrapped ("kpii: scan: reading input after byte N: …",
// errors.Is and errors.As see the reader's error); the findings in the bytes
// read before it are reported first, as if the input ended there. Errors
// never contain the input's content.
func (d *Detector) Scan(r io.Reader, fn func(Finding) error) error {
	if r == nil {
		return errors.New("kpii: scan: nil reader")
	}
	if fn == nil {
		return errors.New("kpii: scan: nil callback")
	}
	return d.scanStream(&readerSource{r: r}, newWindow(streamWindow, false), fn, streamOverlap)
}

// window is the part of the stream Scan holds: UTF-8 text and, for decoded
// input, where each of its bytes came from.
type window struct {
	buf []byte
	// off is nil when buf[i] is the stream's byte base+i; for decoded input
	// off[i] is the offset, in the original encoding, of the character
	// buf[i] was decoded from.
	off  []int64
	base int64
	// end is, for decoded input, the original offset just past the last
	// character decoded into buf.
	end int64
}

func newWindow(size int, mapped bool) *window {
	w := &window{buf: make([]byte, 0, size)}
	if mapped {
		w.off = make([]int64, 0, size)
	}
	return w
}

// span maps buf[s:e] to stream offsets. An end inside a decoded character
// is widened to the character's end.
func (w *window) span(s, e int) (int64, int64) {
	if w.off == nil {
		return w.base + int64(s), w.base + int64(e)
	}
	for e > 0 && e < len(w.buf) && w.off[e] == w.off[e-1] {
		e++
	}
	end := w.end
	if e < len(w.buf) {
		end = w.off[e]
	}
	return w.off[s], end
}

// discard drops buf[:k].
func (w *window) discard(k int) {
	n := copy(w.buf, w.buf[k:])
	w.buf = w.buf[:n]
	if w.off != nil {
		copy(w.off, w.off[k:])
		w.off = w.off[:n]
	}
	w.base += int64(k)
}

// streamSource fills a window with UTF-8 text.
type streamSource interface {
	// fill appends to w until its buffer is full (to within 4 bytes) or
	// the input ends (eof). After an error eof is true.
	fill(w *window) (eof bool, err error)
}

// scanStream is the window loop behind Scan and ScanEncoded. The bytes of
// w.buf before lo have been committed: they are context for this window.
func (d *Detector) scanStream(src streamSource, w *window, fn func(Finding) error, overlap int) error {
	lo := 0
	for {
		eof, rerr := src.fill(w)
		n := len(w.buf)
		hi, tEnd, keep := n, n, n
		if !eof {
			hi, tEnd, keep = cutWindow(w.buf, lo, overlap)
		}
		if hi > lo {
			for _, f := range d.findBytes(w.buf[:tEnd], scanContext{}) {
				if f.Start < lo {
					continue // in the left context: committed by the previous window
				}
				if f.Start >= hi {
					break // in the right context: the next window commits it
				}
				s, e := w.span(f.Start, f.End)
				f.Start, f.End = int(s), int(e)
				if err := fn(f); err != nil {
					return err
				}
			}
		}
		if eof {
			return rerr
		}
		w.discard(keep)
		lo = hi - keep
	}
}

// Byte classes for cutting a line longer than the window.
const (
	cutNone = iota
	// cutSoft: punctuation that the built-in matchers do not put inside a
	// phone number or registration number and that rarely sits inside an
	// e-mail address or a street address.
	cutSoft
	// cutHard: bytes that no built-in item contains and no built-in
	// matcher reads through: control characters, '"', '<', '>', '\\'.
	cutHard
)

var cutClass = func() (t [256]uint8) {
	for c := 0; c < 0x20; c++ {
		t[c] = cutHard
	}
	t['\t'] = cutSoft
	t[0x7F] = cutHard
	for _, c := range []byte(`"<>\`) {
		t[c] = cutHard
	}
	for _, c := range []byte(",;=&?!#*/:'[]{}|~^`$") {
		t[c] = cutSoft
	}
	return
}()

// cutWindow picks where the committed range of a full window ends (hi),
// how much of the window to scan (tEnd) and where the next window starts
// (keep). The cut is, in order of preference:
//
//  1. after the last line break: no built-in matcher and no context word
//     crosses a line break, so the lines before it are final and only the
//     line break is kept as the next window's left context;
//  2. after the last byte of class cutHard at least overlap bytes before the
//     end: no finding spans it, and the scan loop passes over it in the same
//     state whatever came before, so the next window, which starts overlap
//     bytes earlier, sees every finding after it exactly as a whole-input
//     scan does;
//  3. after the last cutSoft byte, or failing that at a character boundary
//     outside a digit run: the scan loop resynchronises within the overlap,
//     which is longer than any built-in item.
func cutWindow(buf []byte, lo, overlap int) (hi, tEnd, keep int) {
	n := len(buf)
	if k := bytes.LastIndexByte(buf[lo:], '\n'); k >= 0 {
		hi = lo + k + 1
		return hi, hi, hi - 1
	}
	limit := n - overlap
	hi = -1
	soft := -1
	for p := limit - 1; p >= lo; p-- {
		switch cutClass[buf[p]] {
		case cutHard:
			hi = p + 1
		case cutSoft:
			if soft < 0 {
				soft = p + 1
			}
		default:
			continue
		}
		if hi >= 0 {
			break
		}
	}
	if hi < 0 {
		hi = soft
	}
	if hi < 0 {
		hi = limit
		for k := 0; k < 64 && hi > lo+1 && (buf[hi]&0xC0 == 0x80 || isDigit(buf[hi]) && isDigit(buf[hi-1])); k++ {
			hi--
		}
	}
	keep = hi - overlap
	if keep < 0 {
		keep = 0
	}
	for k := 0; k < 3 && keep < hi && buf[keep]&0xC0 == 0x80; k++ {
		keep++ // start the next window on a character
	}
	return hi, n, keep
}

func isDigit(c byte) bool { return c-'0' < 10 }

// readerSource feeds Scan from an io.Reader, byte for byte.
type readerSource struct {
	r      io.Reader
	read   int64
	stalls int
}

func (s *readerSource) fill(w *window) (bool, error) {
	for len(w.buf) < cap(w.buf) {
		n, err := s.r.Read(w.buf[len(w.buf):cap(w.buf)])
		if n < 0 || n > cap(w.buf)-len(w.buf) {
			return true, fmt.Errorf("kpii: scan: reading input after byte %d: reader returned an invalid count", s.read)
		}
		w.buf = w.buf[:len(w.buf)+n]
		s.read += int64(n)
		switch {
		case err == io.EOF:
			return true, nil
		case err != nil:
			return true, fmt.Errorf("kpii: scan: reading input after byte %d: %w", s.read, err)
		case n == 0:
			if s.stalls++; s.stalls >= 100 {
				return true, fmt.Errorf("kpii: scan: reading input after byte %d: %w", s.read, io.ErrNoProgress)
			}
		default:
			s.stalls = 0
		}
	}
	return false, nil
}
