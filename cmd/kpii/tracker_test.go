package main

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kpii/kpii/detector"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// randomText builds lines of ASCII, Hangul, a non-BMP character now and
// then, and the allow marker on some lines.
func randomText(rng *rand.Rand, lines int) (string, map[int]bool) {
	pieces := []string{"a", "0", " ", "-", "@", "가", "한글", "주민번호", "😀", "\t", "\r"}
	var b strings.Builder
	marked := map[int]bool{}
	for l := 1; l <= lines; l++ {
		n := rng.IntN(40)
		if rng.IntN(50) == 0 {
			n = 5000 // a long line
		}
		mark := rng.IntN(n + 1)
		withMarker := rng.IntN(5) == 0
		for i := 0; i < n; i++ {
			if withMarker && i == mark {
				b.WriteString(allowMarker)
				marked[l] = true
			}
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if withMarker && mark == n {
			b.WriteString(allowMarker)
			marked[l] = true
		}
		b.WriteByte('\n')
	}
	return b.String(), marked
}

// charBoundaries returns, for text encoded in enc, the byte offset of every
// character and the expected position there.
type expect struct {
	off int64
	pos position
	ch  int64
}

func expectations(text string, enc detector.Encoding, bom int) []expect {
	var out []expect
	off := int64(bom)
	line, lineStart, col16 := 1, int64(0), 0
	var ch int64
	for _, r := range text {
		out = append(out, expect{off, position{line, int(off-lineStart) + 1, col16 + 1}, ch})
		size := int64(utf8.RuneLen(r))
		switch enc {
		case detector.EncodingUTF16LE, detector.EncodingUTF16BE:
			size = int64(2 * len(utf16.Encode([]rune{r})))
		case detector.EncodingEUCKR:
			size = int64(len(encodeFor(enc, string(r))))
		}
		off += size
		ch++
		if r == '\n' {
			line++
			lineStart = off
			col16 = 0
		} else {
			col16 += len(utf16.Encode([]rune{r}))
		}
	}
	out = append(out, expect{off, position{line, int(off-lineStart) + 1, col16 + 1}, ch})
	return out
}

func encodeFor(enc detector.Encoding, s string) []byte {
	e := textEncoding(enc)
	if e == nil {
		return []byte(s)
	}
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

func TestTrackerPositionsAndMarkers(t *testing.T) {
	for _, enc := range []detector.Encoding{detector.EncodingUTF8, detector.EncodingEUCKR, detector.EncodingUTF16LE, detector.EncodingUTF16BE} {
		for seed := range 6 {
			rng := rand.New(rand.NewPCG(uint64(seed), 7))
			text, marked := randomText(rng, 300)
			if enc == detector.EncodingEUCKR {
				text = strings.NewReplacer("😀", "☆").Replace(text) // EUC-KR has no emoji
			}
			var bom []byte
			switch {
			case enc == detector.EncodingUTF8 && seed%2 == 1:
				bom = bomUTF8
			case enc == detector.EncodingUTF16LE:
				bom = bomUTF16LE
			case enc == detector.EncodingUTF16BE && seed%2 == 1:
				bom = bomUTF16BE
			}
			data := append(bytes.Clone(bom), encodeFor(enc, text)...)
			exp := expectations(text, enc, len(bom))

			for _, chars := range []bool{false, true} {
				keep := 1 << 10
				tr := newTracker(enc, len(bom), keep, chars)
				fed := 0
				feed := func(upTo int) {
					for fed < min(upTo, len(data)) {
						n := min(1+rng.IntN(300), len(data)-fed)
						tr.Write(data[fed : fed+n])
						fed += n
					}
				}
				for i := 0; i < len(exp); i += 1 + rng.IntN(40) {
					e := exp[i]
					feed(int(e.off) + rng.IntN(keep/2))
					if chars {
						off, p, err := tr.seekChar(e.ch)
						require.NoError(t, err)
						require.Equal(t, e.off, off, "%s seed %d char %d", enc, seed, e.ch)
						require.Equal(t, e.pos, p, "%s seed %d char %d", enc, seed, e.ch)
					} else {
						p, err := tr.pos(e.off)
						require.NoError(t, err)
						require.Equal(t, e.pos, p, "%s seed %d offset %d", enc, seed, e.off)
					}
				}
				feed(len(data))
				tr.finish()
				for l := 1; l <= 300; l++ {
					assert.Equal(t, marked[l], tr.allowed(l), "%s seed %d line %d", enc, seed, l)
				}
				assert.LessOrEqual(t, len(tr.buf), 2*keep+300, "bounded by keep and the size of a write")
			}
		}
	}
}

func TestTrackerRefusesToGoBack(t *testing.T) {
	tr := newTracker(detector.EncodingUTF8, 0, 0, false)
	tr.adopt([]byte("one\ntwo\n"))
	p, err := tr.pos(5)
	require.NoError(t, err)
	assert.Equal(t, position{Line: 2, Column: 2, Col16: 2}, p)
	_, err = tr.pos(1)
	assert.ErrorIs(t, err, errBehind)
	_, err = tr.pos(100)
	assert.ErrorIs(t, err, errNotRead)
}
