package redact

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recorder records every Write to it, so tests can look at each one.
type recorder struct {
	mu     sync.Mutex
	writes [][]byte
	buf    bytes.Buffer
}

func (r *recorder) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.writes = append(r.writes, append([]byte(nil), p...))
	return r.buf.Write(p)
}

func TestWriterRedactsCompleteLines(t *testing.T) {
	r := New(nil)
	var rec recorder
	w := NewWriter(&rec, r)
	n, err := w.Write([]byte("a 010-1234-5678\nb 010-12"))
	require.NoError(t, err)
	assert.Equal(t, 24, n)
	assert.Equal(t, "a 010-****-5678\n", rec.buf.String(), "the partial line waits")
	n, err = w.Write([]byte("34-5678 c"))
	require.NoError(t, err)
	assert.Equal(t, 9, n)
	assert.Equal(t, "a 010-****-5678\n", rec.buf.String())
	_, err = w.Write([]byte("\nd hong@naver.com"))
	require.NoError(t, err)
	assert.Equal(t, "a 010-****-5678\nb 010-****-5678 c\n", rec.buf.String())
	require.NoError(t, w.Close())
	assert.Equal(t, "a 010-****-5678\nb 010-****-5678 c\nd ho**@naver.com", rec.buf.String(), "Close writes the held line")
	require.NoError(t, w.Close(), "Close twice is fine")
	_, err = w.Write([]byte("x\n"))
	assert.ErrorIs(t, err, ErrClosed)
}

func TestWriterEqualsBytesWhateverTheChunks(t *testing.T) {
	r := New(nil)
	corpus := genCorpus(7, 64<<10)
	want := r.Bytes(corpus)
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 20; trial++ {
		var out bytes.Buffer
		w := NewWriter(&out, r)
		for rest := corpus; len(rest) > 0; {
			n := min(len(rest), 1+rng.IntN(300))
			m, err := w.Write(rest[:n])
			require.NoError(t, err)
			require.Equal(t, n, m)
			rest = rest[n:]
		}
		require.NoError(t, w.Close())
		require.Equal(t, string(want), out.String(), "trial %d", trial)
	}
}

// longLine builds one line of about n bytes with findings every so often,
// so that cuts meet findings.
func longLine(rng *rand.Rand, n int) string {
	var b strings.Builder
	for b.Len() < n {
		switch rng.IntN(6) {
		case 0:
			b.WriteString(genPhone(rng))
		case 1:
			b.WriteString(genRRN(rng))
		case 2:
			b.WriteString(genEmail(rng))
		default:
			b.WriteString(strings.Repeat("가나다 abc ", 1+rng.IntN(8)))
			if rng.IntN(3) == 0 {
				b.WriteString(strings.Repeat("x", rng.IntN(700))) // no space to cut at
			}
		}
		b.WriteByte(' ')
	}
	return b.String()
}

func TestWriterLongLinesInPieces(t *testing.T) {
	r := New(nil)
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 10; trial++ {
		line := longLine(rng, 100<<10)
		in := []byte(line + "\n" + line) // one with its newline, one cut off by Close
		want := r.Bytes(in)
		var rec recorder
		w := NewWriter(&rec, r, MaxLineLen(8<<10))
		for rest := in; len(rest) > 0; {
			n := min(len(rest), 1+rng.IntN(5000))
			_, err := w.Write(rest[:n])
			require.NoError(t, err)
			rest = rest[n:]
			// Every write so far is a prefix of the final output: nothing
			// written is ever taken back, so no fragment of a finding was
			// written raw.
			require.True(t, bytes.HasPrefix(want, rec.buf.Bytes()), "trial %d", trial)
		}
		require.NoError(t, w.Close())
		require.Equal(t, string(want), rec.buf.String(), "trial %d", trial)
		assert.Greater(t, len(rec.writes), 20, "a long line is written in pieces")
		ww := w.(*writer)
		assert.LessOrEqual(t, cap(ww.pend), 2*(8<<10)+5000, "memory stays bounded")
	}
}

func TestWriterNeverCutsThroughAFinding(t *testing.T) {
	r := New(nil)
	const maxLine = 4 * holdBack
	limit := maxLine - holdBack // where the first cut is tried
	for _, sep := range []string{" ", "x"} {
		for shift := -30; shift < 30; shift++ {
			// A finding at every offset around the cut point, with or
			// without a space to cut at before it.
			pad := strings.Repeat("x", limit+shift-len(sep))
			in := []byte(pad + sep + "960121-1021413 " + strings.Repeat("y", 3*holdBack))
			var rec recorder
			w := NewWriter(&rec, r, MaxLineLen(maxLine))
			_, err := w.Write(in[:maxLine])
			require.NoError(t, err)
			_, err = w.Write(in[maxLine:])
			require.NoError(t, err)
			require.NotEmpty(t, rec.writes, "the line was cut")
			require.NoError(t, w.Close())
			assert.Equal(t, string(r.Bytes(in)), rec.buf.String())
			for _, wr := range rec.writes {
				for k := 3; k <= 7; k++ {
					assert.NotContains(t, string(wr), "1021413"[:k], "no fragment of the hidden part")
				}
			}
		}
	}
}

func TestCutPoint(t *testing.T) {
	r := New(nil)
	rng := rand.New(rand.NewPCG(9, 9))
	for trial := 0; trial < 200; trial++ {
		window := []byte(longLine(rng, 3*holdBack+rng.IntN(2000)))
		ctx := rng.IntN(lookBack)
		fs := r.d.FindBytes(window)
		c := cutPoint(window, ctx, fs)
		require.GreaterOrEqual(t, c, ctx)
		require.LessOrEqual(t, c, len(window)-holdBack)
		for _, f := range fs {
			require.False(t, f.Start < c && c < f.End, "cut %d inside finding %v", c, f)
		}
		require.True(t, c == len(window) || utf8.RuneStart(window[c]))
	}
}

type failWriter struct {
	n   int // writes that succeed
	err error
}

func (f *failWriter) Write(p []byte) (int, error) {
	if f.n == 0 {
		return 0, f.err
	}
	f.n--
	return len(p), nil
}

func TestWriterErrorsAreSticky(t *testing.T) {
	boom := errors.New("disk full")
	w := NewWriter(&failWriter{n: 1, err: boom}, New(nil))
	n, err := w.Write([]byte("one\n"))
	assert.NoError(t, err)
	assert.Equal(t, 4, n)
	n, err = w.Write([]byte("two 010-1234-5678\n"))
	assert.ErrorIs(t, err, boom)
	assert.Zero(t, n)
	_, err = w.Write([]byte("three\n"))
	assert.ErrorIs(t, err, boom, "fails closed after an error")
	assert.ErrorIs(t, w.Close(), boom)
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

func TestWriterShortWrite(t *testing.T) {
	w := NewWriter(shortWriter{}, New(nil))
	_, err := w.Write([]byte("hello\n"))
	assert.ErrorIs(t, err, io.ErrShortWrite)
}

func TestWriterConcurrentWrites(t *testing.T) {
	r := New(nil)
	var rec recorder
	w := NewWriter(&rec, r)
	const goroutines, lines = 8, 200
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < lines; i++ {
				// Two Writes per line from some goroutines: their halves may
				// interleave with other lines, as with any shared writer, but
				// nothing is lost or duplicated.
				_, err := w.Write([]byte("g" + string(rune('a'+g)) + " 연락처 010-1234-5678 주민 960121-1021413\n"))
				assert.NoError(t, err)
			}
		}(g)
	}
	wg.Wait()
	require.NoError(t, w.Close())
	got := strings.Split(strings.TrimSuffix(rec.buf.String(), "\n"), "\n")
	assert.Len(t, got, goroutines*lines)
	for _, l := range got {
		assert.Regexp(t, `^g[a-h] 연락처 010-\*\*\*\*-5678 주민 960121-1\*\*\*\*\*\*$`, l)
	}
}

func TestWriterCleanLinesDoNotAllocate(t *testing.T) {
	r := New(nil)
	w := NewWriter(io.Discard, r)
	rng := rand.New(rand.NewPCG(5, 6))
	lines := make([][]byte, 64)
	for i := range lines {
		lines[i] = []byte(genCleanLine(rng))
	}
	i := 0
	if raceEnabled {
		t.Skip("allocation counts differ under the race detector")
	}
	allocs := testing.AllocsPerRun(1000, func() {
		_, _ = w.Write(lines[i%len(lines)])
		i++
	})
	assert.Zero(t, allocs)
}

func TestWriterHugeWriteWithoutNewline(t *testing.T) {
	r := New(nil)
	rng := rand.New(rand.NewPCG(7, 8))
	in := []byte(longLine(rng, 1<<20))
	var rec recorder
	w := NewWriter(&rec, r, MaxLineLen(16<<10))
	n, err := w.Write(in)
	require.NoError(t, err)
	require.Equal(t, len(in), n)
	ww := w.(*writer)
	assert.LessOrEqual(t, cap(ww.pend), 4*(16<<10), "held memory is bounded by the line bound, not by the Write")
	require.NoError(t, w.Close())
	assert.Equal(t, string(r.Bytes(in)), rec.buf.String())
}
