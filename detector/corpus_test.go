package detector_test

import (
	"fmt"
	"testing"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/internal/corpus"
	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
)

// The corpus generator (internal/corpus) plants PII with its own,
// independently written validators and labels every item. The detector must
// find each planted item at its default settings, and nothing at all in the
// PII-free profile, whose lines are full of look-alikes.
func TestFindsEveryPlantedItem(t *testing.T) {
	d := detector.New()
	for _, p := range []corpus.Profile{corpus.Realistic, corpus.Dense} {
		for _, format := range []corpus.Format{corpus.Log, corpus.JSONL} {
			spec := corpus.Spec{Profile: p, Format: format, Seed: 11, Size: 1 << 20}
			data, items := spec.GenerateLabelled()
			found := d.FindBytes(data)
			missed := map[string]int{}
			total := map[string]int{}
			k := 0
			for _, it := range items {
				total[it.Kind]++
				for k < len(found) && found[k].End <= it.Start {
					k++
				}
				if k < len(found) && found[k].Start < it.End && string(found[k].Kind) == it.Kind {
					continue
				}
				missed[it.Kind]++
				if missed[it.Kind] <= 3 {
					t.Logf("%v/%v: missed %s %q", p, format, it.Kind, data[it.Start:it.End])
				}
			}
			for kind, n := range total {
				recall := 1 - float64(missed[kind])/float64(n)
				t.Logf("%v/%v %s: %d planted, recall %.4f", p, format, kind, n, recall)
				assert.GreaterOrEqual(t, recall, 0.995, fmt.Sprintf("%v/%v %s", p, format, kind))
			}
			var unplanted int
			for _, f := range found {
				hit := false
				for _, it := range items {
					if f.Start < it.End && it.Start < f.End {
						hit = true
						break
					}
				}
				if !hit {
					unplanted++
					if unplanted <= 3 {
						t.Logf("%v/%v: unplanted %s %q", p, format, f.Kind, data[f.Start:f.End])
					}
				}
			}
			assert.Zero(t, unplanted, "%v/%v: findings where nothing was planted", p, format)
		}
	}
	for _, format := range []corpus.Format{corpus.Log, corpus.JSONL} {
		data := corpus.Spec{Profile: corpus.Clean, Format: format, Seed: 11, Size: 4 << 20}.Generate()
		found := d.FindBytes(data)
		for i, f := range found {
			if i < 5 {
				t.Logf("clean/%v: %s %q", format, f.Kind, data[f.Start:f.End])
			}
		}
		assert.Empty(t, found, "clean/%v", format)
	}
	_ = patterns.RRN
}
