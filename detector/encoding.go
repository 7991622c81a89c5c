package detector

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encoding is the character encoding of an input: UTF-8, EUC-KR (and its
// superset CP949, which Korean Windows and Excel still write) or UTF-16.
// The zero value is EncodingAuto.
type Encoding uint8

// Encodings. FindEncoded and ScanEncoded report the encoding they used,
// which is never EncodingAuto or EncodingUTF16.
const (
	// EncodingAuto detects the encoding: a byte order mark decides (UTF-8,
	// UTF-16LE, UTF-16BE); otherwise valid UTF-8 is UTF-8, and text that
	// decodes as EUC-KR/CP949 without a single invalid sequence is EUC-KR;
	// anything else is scanned as UTF-8, byte for byte. Streams are judged by
	// their first 64 KiB.
	EncodingAuto Encoding = iota
	// EncodingUTF8 is UTF-8; a leading byte order mark is skipped.
	EncodingUTF8
	// EncodingEUCKR is EUC-KR and its superset CP949 (Unified Hangul Code),
	// decoded with golang.org/x/text/encoding/korean.EUCKR.
	EncodingEUCKR
	// EncodingUTF16 is UTF-16 whose byte order a byte order mark gives;
	// without one, the order is guessed from where the zero bytes of ASCII
	// characters fall, little-endian when that says nothing.
	EncodingUTF16
	// EncodingUTF16LE and EncodingUTF16BE are UTF-16 in a known byte order;
	// a leading byte order mark in that order is skipped.
	EncodingUTF16LE
	EncodingUTF16BE
)

var encodingNames = [...]string{
	EncodingAuto: "auto", EncodingUTF8: "utf-8", EncodingEUCKR: "euc-kr", EncodingUTF16: "utf-16",
	EncodingUTF16LE: "utf-16le", EncodingUTF16BE: "utf-16be",
}

// String returns the encoding's name as ParseEncoding reads it: "auto",
// "utf-8", "euc-kr", "utf-16", "utf-16le" or "utf-16be".
func (e Encoding) String() string {
	if int(e) < len(encodingNames) {
		return encodingNames[e]
	}
	return fmt.Sprintf("Encoding(%d)", uint8(e))
}

// ParseEncoding reads an encoding name, as a CLI's --encoding flag takes
// it, ignoring letter case, '-' and '_': "auto", "utf-8" ("utf8"),
// "euc-kr" (also "cp949", "uhc", "ks_c_5601-1987", "windows-949"),
// "utf-16", "utf-16le", "utf-16be".
func ParseEncoding(name string) (Encoding, error) {
	key := strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == ' ' {
			return -1
		}
		return r
	}, strings.ToLower(strings.TrimSpace(name)))
	switch key {
	case "auto", "":
		return EncodingAuto, nil
	case "utf8":
		return EncodingUTF8, nil
	case "euckr", "cp949", "uhc", "ksc56011987", "windows949", "ms949":
		return EncodingEUCKR, nil
	case "utf16":
		return EncodingUTF16, nil
	case "utf16le":
		return EncodingUTF16LE, nil
	case "utf16be":
		return EncodingUTF16BE, nil
	}
	return 0, fmt.Errorf("kpii: unknown encoding %q (want auto, utf-8, euc-kr, cp949, utf-16, utf-16le or utf-16be)", name)
}

// MarshalText implements encoding.TextMarshaler.
func (e Encoding) MarshalText() ([]byte, error) {
	if int(e) >= len(encodingNames) {
		return nil, fmt.Errorf("kpii: invalid encoding %d", uint8(e))
	}
	return []byte(e.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseEncoding.
func (e *Encoding) UnmarshalText(text []byte) error {
	v, err := ParseEncoding(string(text))
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// DetectEncoding returns the encoding EncodingAuto picks for b: UTF-8,
// EUC-KR, UTF-16LE or UTF-16BE.
func DetectEncoding(b []byte) Encoding {
	enc, _, _ := resolveEncoding(EncodingAuto, b, true)
	return enc
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// resolveEncoding turns enc into a concrete encoding for input that starts
// with head (all of it when complete) and says how many bytes of byte order
// mark to skip.
func resolveEncoding(enc Encoding, head []byte, complete bool) (Encoding, int, error) {
	switch enc {
	case EncodingAuto:
		switch {
		case bytes.HasPrefix(head, bomUTF8):
			return EncodingUTF8, len(bomUTF8), nil
		case bytes.HasPrefix(head, bomUTF16LE):
			return EncodingUTF16LE, 2, nil
		case bytes.HasPrefix(head, bomUTF16BE):
			return EncodingUTF16BE, 2, nil
		case validUTF8Prefix(head, complete):
			return EncodingUTF8, 0, nil
		case decodesCleanly(head, complete):
			return EncodingEUCKR, 0, nil
		}
		return EncodingUTF8, 0, nil
	case EncodingUTF8:
		if bytes.HasPrefix(head, bomUTF8) {
			return EncodingUTF8, len(bomUTF8), nil
		}
		return EncodingUTF8, 0, nil
	case EncodingEUCKR:
		return EncodingEUCKR, 0, nil
	case EncodingUTF16:
		switch {
		case bytes.HasPrefix(head, bomUTF16LE):
			return EncodingUTF16LE, 2, nil
		case bytes.HasPrefix(head, bomUTF16BE):
			return EncodingUTF16BE, 2, nil
		}
		return guessUTF16Order(head), 0, nil
	case EncodingUTF16LE:
		if bytes.HasPrefix(head, bomUTF16LE) {
			return enc, 2, nil
		}
		return enc, 0, nil
	case EncodingUTF16BE:
		if bytes.HasPrefix(head, bomUTF16BE) {
			return enc, 2, nil
		}
		return enc, 0, nil
	}
	return 0, 0, fmt.Errorf("kpii: invalid encoding %d", uint8(enc))
}

// validUTF8Prefix reports whether b is valid UTF-8, allowing a last
// character cut short when b is only the start of the input.
func validUTF8Prefix(b []byte, complete bool) bool {
	if utf8.Valid(b) {
		return true
	}
	if complete {
		return false
	}
	for k := 1; k <= utf8.UTFMax-1 && k <= len(b); k++ {
		if utf8.RuneStart(b[len(b)-k]) {
			return !utf8.FullRune(b[len(b)-k:]) && utf8.Valid(b[:len(b)-k])
		}
	}
	return false
}

// decodesCleanly reports whether b decodes as EUC-KR/CP949 without an
// invalid sequence (EUC-KR cannot encode U+FFFD, so any in the output
// marks one).
func decodesCleanly(b []byte, complete bool) bool {
	dec := korean.EUCKR.NewDecoder()
	var buf [4096]byte
	for len(b) > 0 {
		nDst, nSrc, err := dec.Transform(buf[:], b, complete)
		if bytes.Contains(buf[:nDst], runeErrorUTF8) {
			return false
		}
		b = b[nSrc:]
		if err == transform.ErrShortSrc || err == nil && nSrc == 0 {
			return true // an incomplete last character of a prefix
		}
		if err != nil && err != transform.ErrShortDst {
			return false
		}
	}
	return true
}

var runeErrorUTF8 = []byte(string(utf8.RuneError))

// guessUTF16Order looks at where the zero bytes of ASCII characters fall.
func guessUTF16Order(b []byte) Encoding {
	if len(b) > 4096 {
		b = b[:4096]
	}
	even, odd := 0, 0
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == 0 && b[i+1] != 0 {
			even++
		}
		if b[i+1] == 0 && b[i] != 0 {
			odd++
		}
	}
	if even > odd {
		return EncodingUTF16BE
	}
	return EncodingUTF16LE
}

// textDecoder decodes EUC-KR or UTF-16 with golang.org/x/text and keeps
// track of which input bytes every character came from. Both decoders turn
// each input character — including an invalid sequence — into exactly one
// rune; unitSize replays their rules for how many input bytes that was.
type textDecoder struct {
	enc Encoding // EncodingEUCKR, EncodingUTF16LE or EncodingUTF16BE
	t   transform.Transformer
}

func newTextDecoder(enc Encoding) *textDecoder {
	var t transform.Transformer
	switch enc {
	case EncodingEUCKR:
		t = korean.EUCKR.NewDecoder()
	case EncodingUTF16LE:
		t = xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM).NewDecoder()
	case EncodingUTF16BE:
		t = xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM).NewDecoder()
	default:
		panic("kpii: internal: no decoder for " + enc.String())
	}
	return &textDecoder{enc: enc, t: t}
}

var errOutOfStep = errors.New("kpii: internal: decoder output out of step with its input")

// unitSize returns how many bytes of src, from p, the decoder consumed to
// produce r. src holds only what the decoder consumed.
func (t *textDecoder) unitSize(src []byte, p int, r rune) int {
	if t.enc == EncodingEUCKR {
		c0 := src[p]
		if c0 < 0x81 || c0 == 0xFF || p+1 >= len(src) {
			return 1
		}
		if r == utf8.RuneError && src[p+1] < utf8.RuneSelf {
			return 1 // an invalid pair whose second byte is ASCII: only the lead is consumed
		}
		return 2
	}
	if p+1 >= len(src) {
		return 1 // a trailing odd byte
	}
	u := t.unit(src, p)
	if u >= 0xD800 && u <= 0xDFFF && p+3 < len(src) {
		if u2 := t.unit(src, p+2); u2 >= 0xDC00 && u2 <= 0xDFFF {
			return 4
		}
	}
	return 2
}

func (t *textDecoder) unit(src []byte, p int) uint16 {
	if t.enc == EncodingUTF16LE {
		return uint16(src[p]) | uint16(src[p+1])<<8
	}
	return uint16(src[p])<<8 | uint16(src[p+1])
}

// decodeInto decodes the whole characters of src that fit into the free
// capacity of w.buf, records their origins (base + offset in src) in w.off
// and returns how many bytes of src it consumed. Without atEOF an
// incomplete last character is left for the next call.
func (t *textDecoder) decodeInto(w *window, src []byte, base int64, atEOF bool) (int, error) {
	room := w.buf[len(w.buf):cap(w.buf)]
	nDst, nSrc, err := t.t.Transform(room, src, atEOF)
	if err != nil && err != transform.ErrShortDst && err != transform.ErrShortSrc {
		return 0, err
	}
	out, in := room[:nDst], src[:nSrc]
	p := 0
	for q := 0; q < len(out); {
		r, rl := utf8.DecodeRune(out[q:])
		if p >= len(in) {
			return 0, errOutOfStep
		}
		for k := 0; k < rl; k++ {
			w.off = append(w.off, base+int64(p))
		}
		p += t.unitSize(in, p, r)
		q += rl
	}
	if p != nSrc {
		return 0, errOutOfStep
	}
	w.buf = w.buf[:len(w.buf)+nDst]
	w.end = base + int64(nSrc)
	return nSrc, nil
}

// decodeAll decodes src completely.
func (t *textDecoder) decodeAll(src []byte) ([]byte, error) {
	t.t.Reset()
	out, _, err := transform.Bytes(t.t, src)
	return out, err
}

// mapBack turns the offsets of fs, which are into text (src decoded), into
// offsets into src, in one walk over both; base is added to every offset. An
// offset inside a character is widened to the whole character.
func (t *textDecoder) mapBack(fs []Finding, src, text []byte, base int) error {
	starts := make([]int, len(fs))
	ends := make([]int, len(fs))
	si, ei := 0, 0
	p := 0
	for q := 0; q < len(text) && (si < len(fs) || ei < len(fs)); {
		r, rl := utf8.DecodeRune(text[q:])
		if p >= len(src) {
			return errOutOfStep
		}
		size := t.unitSize(src, p, r)
		for si < len(fs) && fs[si].Start < q+rl {
			starts[si] = p
			si++
		}
		for ei < len(fs) && fs[ei].End <= q+rl {
			ends[ei] = p + size
			ei++
		}
		p += size
		q += rl
	}
	if si != len(fs) || ei != len(fs) {
		return errOutOfStep
	}
	for i := range fs {
		fs[i].Start, fs[i].End = base+starts[i], base+ends[i]
	}
	return nil
}

// FindEncoded is FindBytes on b written in enc: b is decoded to UTF-8 with
// golang.org/x/text/encoding, scanned, and every finding's Start and End are
// mapped back to byte offsets in b, so b[f.Start:f.End] is the value in its
// original encoding (a byte order mark counts: offsets are into b as given).
// It returns the encoding it used, which EncodingAuto and EncodingUTF16
// resolve to a concrete one. Invalid sequences decode to U+FFFD and never
// fail the call; the error is for an invalid enc.
func (d *Detector) FindEncoded(b []byte, enc Encoding) ([]Finding, Encoding, error) {
	enc, bom, err := resolveEncoding(enc, b, true)
	if err != nil {
		return nil, enc, err
	}
	if enc == EncodingUTF8 {
		fs := d.FindBytes(b[bom:])
		for i := range fs {
			fs[i].Start += bom
			fs[i].End += bom
		}
		return fs, enc, nil
	}
	t := newTextDecoder(enc)
	src := b[bom:]
	text, err := t.decodeAll(src)
	if err != nil {
		return nil, enc, fmt.Errorf("kpii: decoding %s input: %w", enc, err)
	}
	fs := d.FindBytes(text)
	if len(fs) == 0 {
		return nil, enc, nil
	}
	if err := t.mapBack(fs, src, text, bom); err != nil {
		return nil, enc, err
	}
	return fs, enc, nil
}

// sniffSize is how much of a stream EncodingAuto looks at.
const sniffSize = 64 << 10

// ScanEncoded is Scan on a stream written in enc. The stream is decoded
// window by window as it is read, so memory stays bounded; Start and End
// are byte offsets from the start of the stream in its original encoding (a
// byte order mark counts). EncodingAuto reads the first 64 KiB to decide.
// It returns the encoding it used; errors are as for Scan.
func (d *Detector) ScanEncoded(r io.Reader, enc Encoding, fn func(Finding) error) (Encoding, error) {
	return d.scanEncoded(r, enc, fn, streamWindow, streamOverlap)
}

func (d *Detector) scanEncoded(r io.Reader, enc Encoding, fn func(Finding) error, size, overlap int) (Encoding, error) {
	if r == nil {
		return enc, errors.New("kpii: scan: nil reader")
	}
	if fn == nil {
		return enc, errors.New("kpii: scan: nil callback")
	}
	want := 3
	if enc == EncodingAuto || enc == EncodingUTF16 {
		want = sniffSize
	}
	head := make([]byte, want)
	n, rerr := io.ReadFull(r, head)
	head = head[:n]
	complete := rerr == io.EOF || rerr == io.ErrUnexpectedEOF
	if complete {
		rerr = nil
	}
	enc, bom, err := resolveEncoding(enc, head, complete)
	if err != nil {
		return enc, err
	}
	rest := io.Reader(&prefixReader{head: head[bom:], r: r, err: rerr})
	if enc == EncodingUTF8 {
		w := newWindow(size, false)
		w.base = int64(bom)
		return enc, d.scanStream(&readerSource{r: rest, read: int64(bom)}, w, fn, overlap)
	}
	src := &decodeSource{r: rest, dec: newTextDecoder(enc), pos: int64(bom), rb: make([]byte, 16<<10)}
	return enc, d.scanStream(src, newWindow(size, true), fn, overlap)
}

// prefixReader reads head, then r; a read error met while reading head is
// returned after head.
type prefixReader struct {
	head []byte
	r    io.Reader
	err  error
}

func (p *prefixReader) Read(b []byte) (int, error) {
	if len(p.head) > 0 {
		n := copy(b, p.head)
		p.head = p.head[n:]
		return n, nil
	}
	if p.err != nil {
		return 0, p.err
	}
	return p.r.Read(b)
}

// decodeSource feeds Scan with text decoded from a stream.
type decodeSource struct {
	r          io.Reader
	dec        *textDecoder
	rb         []byte // raw bytes; rb[start:end] are not decoded yet
	start, end int
	pos        int64 // stream offset of rb[start]
	eof        bool
	err        error
	stalls     int
}

func (s *decodeSource) fill(w *window) (bool, error) {
	for cap(w.buf)-len(w.buf) >= utf8.UTFMax {
		if s.start < s.end {
			n, err := s.dec.decodeInto(w, s.rb[s.start:s.end], s.pos, s.eof)
			if err != nil {
				return true, fmt.Errorf("kpii: scan: decoding %s input after byte %d: %w", s.dec.enc, s.pos, err)
			}
			s.start += n
			s.pos += int64(n)
			if n > 0 {
				continue
			}
		}
		if s.eof {
			return true, s.err
		}
		s.end = copy(s.rb, s.rb[s.start:s.end])
		s.start = 0
		n, err := s.r.Read(s.rb[s.end:])
		if n < 0 || n > len(s.rb)-s.end {
			s.eof, s.err = true, fmt.Errorf("kpii: scan: reading input after byte %d: reader returned an invalid count", s.pos)
			continue
		}
		s.end += n
		switch {
		case err == io.EOF:
			s.eof = true
		case err != nil:
			s.eof = true
			s.err = fmt.Errorf("kpii: scan: reading input after byte %d: %w", s.pos+int64(s.end-s.start), err)
		case n == 0:
			if s.stalls++; s.stalls >= 100 {
				s.eof, s.err = true, fmt.Errorf("kpii: scan: reading input after byte %d: %w", s.pos, io.ErrNoProgress)
			}
		default:
			s.stalls = 0
		}
	}
	return false, nil
}
