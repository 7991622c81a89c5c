package detector_test

import (
	"regexp"
	"sync"
	"testing"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/internal/corpus"
)

// The benchmark corpora: 16 MiB of each profile, generated once with a
// fixed seed (internal/corpus), so every run measures the same bytes.
const benchCorpusSize = 16 << 20

var (
	corpusOnce sync.Once
	corpora    map[string][]byte
)

func benchCorpus(name string) []byte {
	corpusOnce.Do(func() {
		corpora = map[string][]byte{
			"realistic": corpus.Generate(corpus.Realistic, 1, benchCorpusSize),
			"clean":     corpus.Generate(corpus.Clean, 1, benchCorpusSize),
			"dense":     corpus.Generate(corpus.Dense, 1, benchCorpusSize),
		}
	})
	return corpora[name]
}

// regexpBaseline is the straightforward implementation the detector is
// measured against: one stdlib regexp per mission kind, run over the whole
// input, with no validation at all (so it does less work than the detector).
var regexpBaseline = []*regexp.Regexp{
	// RRN and FRN: YYMMDD, optional separator, 7 digits, digit boundaries.
	regexp.MustCompile(`(?:^|[^0-9])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s?[-–]?\s?[0-9]\d{6}(?:[^0-9]|$)`),
	// Phone: mobile, area codes, 070, 050x, 080, 060, +82, 15xx/16xx/18xx.
	regexp.MustCompile(`(?:\+82[ -]?(?:\(0\))?|\b0)(?:1[016789]|2|[3-6][1-5]|70|50[2-8]|80|60)[ .)-]?\d{3,4}[ .-]?\d{4}\b|\b1[568]\d{2}-\d{4}\b`),
	// E-mail.
	regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`),
	// Road-name address: [시/도] 시/군/구 road-name building-number.
	regexp.MustCompile(`(?:[가-힣]+(?:시|도)\s)?[가-힣]+(?:시|군|구)\s[가-힣0-9]+(?:로|길)\s?\d+(?:-\d+)?`),
}

func regexpFind(b []byte) int {
	n := 0
	for _, re := range regexpBaseline {
		n += len(re.FindAllIndex(b, -1))
	}
	return n
}

// BenchmarkDetector compares the detector (all mission kinds, default
// settings) with the regexp baseline on each corpus, in the same run:
//
//	go test -run '^$' -bench 'Detector' -benchmem ./detector
func BenchmarkDetector(b *testing.B) {
	d := detector.New()
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
	// The baseline is ~100× slower: one pass over the realistic corpus is
	// plenty.
	data := benchCorpus("realistic")
	b.Run("regexp/realistic", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			regexpFind(data)
		}
	})
}

// BenchmarkDetectorLine measures the per-call cost on one typical log line,
// the unit a logging pipeline hands the detector.
func BenchmarkDetectorLine(b *testing.B) {
	d := detector.New()
	clean := []byte(`2026-11-23T05:23:45.123Z INFO GET /api/v1/orders/123456?page=2 200 5123 dur=532ms trace=4bf92f3577b34da6`)
	pii := []byte(`2026-11-23T05:23:45.123Z INFO signup name=홍길동 phone=010-1234-5678 email=hong@naver.com`)
	for name, line := range map[string][]byte{"clean": clean, "pii": pii} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(line)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				d.FindBytes(line)
			}
		})
	}
}
