package main

import (
	"bytes"
	"errors"
	"math"
	"unicode/utf8"

	"github.com/kpii/kpii/detector"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/transform"
)

// allowMarker on a line suppresses the findings on that line.
const allowMarker = "kpii:allow"

// position is where a byte offset of a file lies.
type position struct {
	Line   int // 1-based
	Column int // 1-based byte column: bytes from the first byte of the line, plus one
	Col16  int // 1-based column in UTF-16 code units (a byte order mark is not counted)
}

// cursor is the tracker's place in the stream. It always sits on a character
// boundary of the stream's encoding (for UTF-8, at least on a byte).
type cursor struct {
	off       int64 // stream offset
	line      int   // 1-based line
	lineStart int64 // offset of the line's first byte
	col16     int   // UTF-16 code units from the line's first character to off
	char      int64 // characters from the start (after a byte order mark) to off
}

var (
	errBehind   = errors.New("internal error: a finding lies before bytes already passed")
	errNotRead  = errors.New("internal error: a finding lies beyond the bytes read")
	errNoSuchCh = errors.New("internal error: a finding's character index is out of step with the file")
)

// tracker follows the original bytes of one file, in whatever encoding, and
// turns byte offsets (or character indexes) into lines and columns for the
// findings that are reported in order. It holds the bytes from its cursor on
// — at most about 2×keep of them, unless a pin holds more — so a stream of
// any size is followed in bounded memory; previews are sliced from them. It
// also notes the lines that hold the kpii:allow marker.
type tracker struct {
	enc     detector.Encoding // UTF8, EUCKR, UTF16LE or UTF16BE
	buf     []byte
	bufOff  int64 // stream offset of buf[0]
	keep    int   // compact when more than 2*keep bytes are held; 0: never
	chars   bool  // count characters (for seekChar)
	eof     bool
	cur     cursor
	pinOff  int64 // compaction never passes this offset; -1: no pin
	pinChar int64 // nor this character index; -1: no pin

	marker   []byte  // allowMarker in the stream's encoding
	markScan int64   // marker occurrences starting before this offset have been found
	hits     []int64 // offsets of markers the cursor has not passed yet
	markers  map[int]bool

	euc korDecoder
}

// trackerKeep is how many bytes a streaming tracker keeps behind what it was
// given. The detector's Scan holds a 64 KiB window (plus a few tens of KiB
// read ahead by decoders and buffers), so findings are never further behind.
const trackerKeep = 4 << 20

func newTracker(enc detector.Encoding, bom int, keep int, chars bool) *tracker {
	t := &tracker{enc: enc, keep: keep, chars: chars, pinOff: -1, pinChar: -1}
	t.cur = cursor{off: int64(bom), line: 1}
	t.markScan = int64(bom)
	t.marker = encodeASCII(allowMarker, enc)
	return t
}

// adopt makes data the whole stream, without copying it.
func (t *tracker) adopt(data []byte) {
	t.buf = data
	t.eof = true
}

func (t *tracker) end() int64 { return t.bufOff + int64(len(t.buf)) }

// Write appends the next bytes of the stream; it never fails.
func (t *tracker) Write(p []byte) (int, error) {
	t.buf = append(t.buf, p...)
	if t.keep > 0 && len(t.buf) > 2*t.keep {
		t.compact()
	}
	return len(p), nil
}

// compact moves the cursor up to keep bytes behind the end (or to a pin) and
// drops the bytes before it.
func (t *tracker) compact() {
	limit := t.end() - int64(t.keep)
	if t.pinOff >= 0 && t.pinOff < limit {
		limit = t.pinOff
	}
	limitChar := int64(math.MaxInt64)
	if t.pinChar >= 0 {
		limitChar = t.pinChar
	}
	t.walk(limit, limitChar)
	drop := min(t.cur.off, t.markScan)
	if k := int(drop - t.bufOff); k > 0 {
		n := copy(t.buf, t.buf[k:])
		t.buf = t.buf[:n]
		t.bufOff = drop
	}
}

// finish is called at the end of the stream: it finds the markers on the
// lines after the last finding.
func (t *tracker) finish() {
	t.eof = true
	t.walk(t.end(), math.MaxInt64)
}

// allowed reports whether the line holds the kpii:allow marker. It is
// complete after finish.
func (t *tracker) allowed(line int) bool { return t.markers[line] }

// slice returns the stream's bytes [start, end) if they are still held.
func (t *tracker) slice(start, end int64) ([]byte, bool) {
	if start < t.bufOff || end > t.end() || start > end {
		return nil, false
	}
	return t.buf[start-t.bufOff : end-t.bufOff], true
}

// pos moves the cursor to off and returns its position. Offsets must come
// in non-decreasing order (save and restore the cursor to go back).
func (t *tracker) pos(off int64) (position, error) {
	if off < t.cur.off {
		return position{}, errBehind
	}
	if off > t.end() {
		return position{}, errNotRead
	}
	t.walk(off, math.MaxInt64)
	return t.position(off), nil
}

// seekChar moves the cursor to the start of the character with index n (0
// for the first character after a byte order mark) and returns its offset
// and position.
func (t *tracker) seekChar(n int64) (int64, position, error) {
	if n < t.cur.char {
		return 0, position{}, errBehind
	}
	t.walk(math.MaxInt64, n)
	if t.cur.char != n {
		return 0, position{}, errNoSuchCh
	}
	return t.cur.off, t.position(t.cur.off), nil
}

func (t *tracker) position(off int64) position {
	return position{Line: t.cur.line, Column: int(off-t.cur.lineStart) + 1, Col16: t.cur.col16 + 1}
}

// walk advances the cursor towards limitOff, stopping at the start of the
// character with index limitChar, and at the end of the bytes held; on the
// way it notes the lines of the markers it passes.
func (t *tracker) walk(limitOff, limitChar int64) {
	t.findMarkers()
	limitOff = min(limitOff, t.end())
	for len(t.hits) > 0 {
		h := t.hits[0]
		if h > t.cur.off {
			if h > limitOff {
				break
			}
			t.advance(h, limitChar)
			if t.cur.off < h {
				break // stopped by limitChar or a character cut short
			}
		}
		// A marker that starts before the cursor spans it: the same line.
		if t.markers == nil {
			t.markers = make(map[int]bool)
		}
		t.markers[t.cur.line] = true
		t.hits = t.hits[1:]
	}
	t.advance(limitOff, limitChar)
}

// findMarkers looks for markers in the bytes not searched yet.
func (t *tracker) findMarkers() {
	from := int(t.markScan - t.bufOff)
	if from < 0 {
		from = 0
	}
	region := t.buf[from:]
	for base := from; ; {
		k := bytes.Index(region, t.marker)
		if k < 0 {
			break
		}
		at := t.bufOff + int64(base+k)
		if !t.utf16() || at%2 == 0 {
			t.hits = append(t.hits, at)
		}
		region = region[k+1:]
		base += k + 1
	}
	next := t.end() - int64(len(t.marker)) + 1
	if t.eof {
		next = t.end()
	}
	t.markScan = max(t.markScan, next)
}

func (t *tracker) utf16() bool {
	return t.enc == detector.EncodingUTF16LE || t.enc == detector.EncodingUTF16BE
}

// advance moves the cursor over the characters held, up to limitOff and the
// start of character limitChar.
func (t *tracker) advance(limitOff, limitChar int64) {
	limitOff = min(limitOff, t.end())
	if t.cur.off >= limitOff {
		return
	}
	c := &t.cur
	if t.enc == detector.EncodingUTF8 && !t.chars {
		// Fast path: count lines with bytes.Count, columns on the last line only.
		seg := t.buf[c.off-t.bufOff : limitOff-t.bufOff]
		if n := bytes.Count(seg, nl); n > 0 {
			k := bytes.LastIndexByte(seg, '\n')
			c.line += n
			c.lineStart = c.off + int64(k) + 1
			c.col16 = 0
			seg = seg[k+1:]
		}
		c.col16 += utf16Len(seg)
		c.off = limitOff
		return
	}
	if t.enc == detector.EncodingUTF8 {
		i, end := int(c.off-t.bufOff), int(limitOff-t.bufOff)
		for ; i < end; i++ {
			b := t.buf[i]
			if b&0xC0 != 0x80 {
				if c.char >= limitChar {
					break
				}
				c.char++
				if b == '\n' {
					c.line++
					c.lineStart = t.bufOff + int64(i) + 1
					c.col16 = 0
					continue
				}
				c.col16++
				if b >= 0xF0 {
					c.col16++
				}
			}
		}
		c.off = t.bufOff + int64(i)
		return
	}
	for c.off < limitOff && c.char < limitChar {
		i := int(c.off - t.bufOff)
		size, u16, newline, ok := t.step(i)
		if !ok || c.off+int64(size) > t.end() {
			return // a character cut short: wait for more bytes
		}
		c.off += int64(size)
		c.char++
		if newline {
			c.line++
			c.lineStart = c.off
			c.col16 = 0
		} else {
			c.col16 += u16
		}
	}
}

var nl = []byte{'\n'}

// utf16Len counts UTF-16 code units in UTF-8 text, one per byte that starts
// a character (invalid bytes included) and one more for characters outside
// the BMP, so that it can count a character cut in two.
func utf16Len(b []byte) int {
	n := 0
	for _, c := range b {
		if c&0xC0 != 0x80 {
			n++
			if c >= 0xF0 {
				n++
			}
		}
	}
	return n
}

// step reads the character at buf[i] in an EUC-KR or UTF-16 stream as the
// detector's decoders count them: its size in bytes, its length in UTF-16
// code units and whether it is a line feed. ok is false when the bytes held
// end inside it.
func (t *tracker) step(i int) (size, u16 int, newline, ok bool) {
	b := t.buf[i:]
	if t.enc == detector.EncodingEUCKR {
		c0 := b[0]
		if c0 < 0x81 || c0 == 0xFF {
			return 1, 1, c0 == '\n', true
		}
		if len(b) < 2 {
			return 1, 1, false, t.eof
		}
		if b[1] < utf8.RuneSelf && !t.euc.valid(c0, b[1]) {
			return 1, 1, false, true // an invalid pair whose second byte is ASCII: only the lead
		}
		return 2, 1, false, true
	}
	if len(b) < 2 {
		return 1, 1, false, t.eof // a trailing odd byte
	}
	u := t.unit(b)
	if u >= 0xD800 && u <= 0xDFFF {
		if len(b) < 4 {
			if !t.eof {
				return 0, 0, false, false
			}
			return 2, 1, false, true
		}
		if u2 := t.unit(b[2:]); u2 >= 0xDC00 && u2 <= 0xDFFF {
			return 4, 2, false, true
		}
	}
	return 2, 1, u == '\n', true
}

func (t *tracker) unit(b []byte) uint16 {
	if t.enc == detector.EncodingUTF16LE {
		return uint16(b[0]) | uint16(b[1])<<8
	}
	return uint16(b[0])<<8 | uint16(b[1])
}

// korDecoder tells valid EUC-KR/CP949 pairs from invalid ones, as
// golang.org/x/text decodes them.
type korDecoder struct {
	dec transform.Transformer
	dst [8]byte
}

func (k *korDecoder) valid(c0, c1 byte) bool {
	if k.dec == nil {
		k.dec = korean.EUCKR.NewDecoder()
	}
	k.dec.Reset()
	src := [2]byte{c0, c1}
	n, _, err := k.dec.Transform(k.dst[:], src[:], true)
	if err != nil {
		return false
	}
	r, _ := utf8.DecodeRune(k.dst[:n])
	return r != utf8.RuneError
}

// encodeASCII writes an ASCII string in enc.
func encodeASCII(s string, enc detector.Encoding) []byte {
	switch enc {
	case detector.EncodingUTF16LE:
		b := make([]byte, 0, 2*len(s))
		for i := 0; i < len(s); i++ {
			b = append(b, s[i], 0)
		}
		return b
	case detector.EncodingUTF16BE:
		b := make([]byte, 0, 2*len(s))
		for i := 0; i < len(s); i++ {
			b = append(b, 0, s[i])
		}
		return b
	}
	return []byte(s)
}
