package redact

import (
	"bytes"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

func transformInputs(t *testing.T) map[string][]byte {
	t.Helper()
	rng := rand.New(rand.NewPCG(11, 12))
	long := longLine(rng, 20<<10)
	return map[string][]byte{
		"corpus":          genCorpus(21, 32<<10),
		"no final eol":    []byte("a 010-1234-5678\nb hong@naver.com"),
		"long lines":      []byte(long + "\n" + long + "\n" + long),
		"empty":           nil,
		"only newlines":   []byte("\n\n\n"),
		"full-width":      []byte("연락처 ０１０－１２３４－５６７８\n주민 ９６０１２１－１０２１４１３\n"),
		"finding at end":  []byte("tel 010-1234-5678"),
		"one long clean":  bytes.Repeat([]byte("abc "), 5000),
		"long, no spaces": bytes.Repeat([]byte("x"), 9000),
	}
}

func TestTransformerReader(t *testing.T) {
	r := New(nil)
	for name, in := range transformInputs(t) {
		t.Run(name, func(t *testing.T) {
			want := r.Bytes(in)
			got, err := io.ReadAll(transform.NewReader(bytes.NewReader(in), r.Transformer()))
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got))

			got, err = io.ReadAll(transform.NewReader(iotest.OneByteReader(bytes.NewReader(in)), r.Transformer()))
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got), "one byte at a time")

			got, err = io.ReadAll(iotest.OneByteReader(transform.NewReader(iotest.HalfReader(bytes.NewReader(in)), r.Transformer())))
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got), "half reads in, one byte out")
		})
	}
}

func TestTransformerWriter(t *testing.T) {
	r := New(nil)
	rng := rand.New(rand.NewPCG(13, 14))
	for name, in := range transformInputs(t) {
		t.Run(name, func(t *testing.T) {
			want := r.Bytes(in)
			var out bytes.Buffer
			w := transform.NewWriter(&out, r.Transformer())
			for rest := in; len(rest) > 0; {
				n := min(len(rest), 1+rng.IntN(700))
				m, err := w.Write(rest[:n])
				require.NoError(t, err)
				require.Equal(t, n, m)
				rest = rest[n:]
			}
			require.NoError(t, w.Close())
			assert.Equal(t, string(want), out.String())
		})
	}
}

func TestTransformerStringAndReset(t *testing.T) {
	r := New(nil)
	tr := r.Transformer()
	got, n, err := transform.String(tr, sampleLine)
	require.NoError(t, err)
	assert.Equal(t, len(sampleLine), n)
	assert.Equal(t, r.String(sampleLine), got)
	// transform.String resets the transformer; so does Reset.
	got, _, err = transform.String(tr, "x 02-123-4567")
	require.NoError(t, err)
	assert.Equal(t, "x 02-***-4567", got)
}

// TestTransformerContract drives Transform by hand with tiny buffers: it
// must honour ErrShortDst and ErrShortSrc and lose nothing.
func TestTransformerContract(t *testing.T) {
	r := New(nil)
	in := transformInputs(t)["long lines"]
	in = append(in, "\n끝 010-1234-5678"...)
	want := r.Bytes(in)
	rng := rand.New(rand.NewPCG(15, 16))
	tr := r.Transformer()
	var out []byte
	src := 0  // in[:src] has been consumed
	have := 0 // in[src:have] is offered
	for {
		have = min(len(in), have+rng.IntN(3000))
		atEOF := have == len(in)
		dst := make([]byte, 1+rng.IntN(64))
		nDst, nSrc, err := tr.Transform(dst, in[src:have], atEOF)
		require.LessOrEqual(t, nDst, len(dst))
		require.LessOrEqual(t, nSrc, have-src)
		out = append(out, dst[:nDst]...)
		src += nSrc
		switch err {
		case nil:
			require.Equal(t, have, src, "nil error: all of src consumed")
			if atEOF {
				assert.Equal(t, string(want), string(out))
				return
			}
		case transform.ErrShortDst:
			require.True(t, nDst > 0 || nSrc > 0 || len(dst) < 2, "progress")
		case transform.ErrShortSrc:
			require.False(t, atEOF, "never short of source at EOF")
		default:
			t.Fatal(err)
		}
	}
}

func TestTransformerHoldsBackAnIncompleteLine(t *testing.T) {
	r := New(nil)
	tr := r.Transformer()
	dst := make([]byte, 100)
	nDst, nSrc, err := tr.Transform(dst, []byte("a 010-1234-5678\nb 010-1234-"), false)
	assert.Equal(t, transform.ErrShortSrc, err)
	assert.Equal(t, "a 010-****-5678\n", string(dst[:nDst]))
	assert.Equal(t, 16, nSrc)
	nDst, nSrc, err = tr.Transform(dst, []byte("b 010-1234-5678"), true)
	assert.NoError(t, err)
	assert.Equal(t, 15, nSrc)
	assert.Equal(t, "b 010-****-5678", string(dst[:nDst]))
	assert.False(t, strings.Contains(string(dst[:nDst]), "1234"))
}
