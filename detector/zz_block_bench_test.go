package detector

import (
	"testing"

	"github.com/kpii/kpii/internal/corpus"
)

var zzSink uint64

func BenchmarkZZBlocks(b *testing.B) {
	text := corpus.Generate(corpus.Realistic, 1, 16<<20)
	b.SetBytes(int64(len(text)))
	b.Run("classify", func(b *testing.B) {
		var m blockBits
		for it := 0; it < b.N; it++ {
			var acc uint64
			for i := 0; i+64 <= len(text); i += 48 {
				classify64(&text[i], &m)
				acc += m.digit
			}
			zzSink = acc
		}
	})
	b.Run("classify+cand", func(b *testing.B) {
		var m blockBits
		for it := 0; it < b.N; it++ {
			var acc uint64
			for i := 0; i+64 <= len(text); i += 48 {
				classify64(&text[i], &m)
				acc += runCandidates(&m, 0, 0)
			}
			zzSink = acc
		}
	})
}
