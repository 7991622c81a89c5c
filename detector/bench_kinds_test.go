package detector_test

import (
	"testing"

	"github.com/kpii/kpii/detector"
)

// BenchmarkAllKinds is BenchmarkDetector with every built-in kind
// on (AllKinds), on the same corpora:
//
//	go test -run '^$' -bench 'AllKinds' -benchmem ./detector
//
// The corpora plant only mission kinds; the clean one holds none of the
// later kinds' shapes either, but plenty of digit runs that reach their
// gates (2-, 3- and 4-digit groups, 10–13-digit ids).
func BenchmarkAllKinds(b *testing.B) {
	d := detector.New(detector.WithKinds(detector.AllKinds()...))
	for _, name := range []string{"realistic", "clean", "dense"} {
		data := benchCorpus(name)
		b.Run("kpii/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				d.FindBytes(data)
			}
		})
	}
}
