package main

import (
	"bytes"
	"encoding/csv"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func randomCSV(rng *rand.Rand, comma rune) string {
	pieces := []string{"a", "1", " ", "가", "한글", "\"", ",", "\t", "\n", "\r\n", "😀", "010-1234-5678"}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Comma = comma
	w.UseCRLF = rng.IntN(2) == 0
	for range 40 {
		rec := make([]string, 1+rng.IntN(5))
		for i := range rec {
			var f strings.Builder
			for range rng.IntN(6) {
				f.WriteString(pieces[rng.IntN(len(pieces))])
			}
			rec[i] = f.String()
		}
		if len(rec) == 1 && rec[0] == "" {
			rec[0] = "x" // a lone empty field is written as an empty line
		}
		w.Write(rec)
		if rng.IntN(8) == 0 {
			w.Flush()
			b.WriteString("\n") // an empty line: no record
		}
	}
	w.Flush()
	s := b.String()
	if rng.IntN(3) == 0 {
		s = strings.TrimRight(s, "\r\n") // no final line break
	}
	return s
}

func TestCSVShadowAgreesWithEncodingCSV(t *testing.T) {
	for seed := range 200 {
		rng := rand.New(rand.NewPCG(uint64(seed), 3))
		comma := ','
		if seed%3 == 0 {
			comma = '\t'
		}
		text := randomCSV(rng, comma)

		cr := csv.NewReader(strings.NewReader(text))
		cr.Comma = comma
		cr.FieldsPerRecord = -1
		want, err := cr.ReadAll()
		require.NoError(t, err)

		sh := newCSVShadow(byte(comma))
		for rest := []byte(text); len(rest) > 0; {
			n := min(1+rng.IntN(50), len(rest))
			sh.Write(rest[:n])
			rest = rest[n:]
		}
		sh.close()
		require.False(t, sh.broken, "seed %d", seed)
		require.Len(t, sh.queue, len(want), "seed %d", seed)

		runes := []rune(text)
		for i, rec := range sh.queue {
			require.Equal(t, i+1, rec.row)
			require.Len(t, rec.fields, len(want[i]), "seed %d row %d", seed, i+1)
			for j, f := range rec.fields {
				cell := f.cell()
				require.Equal(t, want[i][j], string(cell), "seed %d row %d field %d", seed, i+1, j)
				// Each character of the cell is where charAt says, except the
				// ones encoding/csv rewrote ("" and \r\n).
				for k := 0; k < len(cell); {
					r, size := utf8.DecodeRune(cell[k:])
					if r != '"' && r != '\n' {
						require.Equal(t, string(r), string(runes[f.charAt(k)]), "seed %d row %d field %d byte %d", seed, i+1, j, k)
					}
					k += size
				}
			}
		}
	}
}

func TestCSVShadowRejectsWhatEncodingCSVRejects(t *testing.T) {
	for _, text := range []string{"a,b\"c\n", "\"a\"b,c\n", "\"open\n"} {
		_, err := csv.NewReader(strings.NewReader(text)).ReadAll()
		require.Error(t, err, text)
		sh := newCSVShadow(',')
		io.WriteString(sh, text)
		sh.close()
		assert.True(t, sh.broken, text)
	}
}

func TestCSVShadowForgetsOldRecords(t *testing.T) {
	sh := newCSVShadow(',')
	row := strings.Repeat("x", 100) + "\n"
	for range 5000 {
		io.WriteString(sh, row)
	}
	assert.Less(t, len(sh.queue), csvLag/100+2, "only the records ScanCSV may still report are kept")
	require.NotNil(t, sh.record(4990))
	assert.Nil(t, sh.record(10), "gone")
}
