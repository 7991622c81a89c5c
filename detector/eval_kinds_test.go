package detector_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
)

// moreKindsFile is the part of the evaluation set labelled for every
// built-in kind. The other files are labelled for the mission kinds only
// (testdata/eval/README.md): a finding of a later kind there — a CRN or a
// card number the mission files hold as a look-alike — is listed, not
// scored.
const moreKindsFile = "more_kinds.jsonl"

// evalKindsFloors are the per-kind precision and recall the detector must
// keep with every kind on (AllKinds), set a little under what it achieves
// so that a regression fails the build.
var evalKindsFloors = map[patterns.Kind][2]float64{
	patterns.Passport:        {0.97, 0.97},
	patterns.DriverLicense:   {0.97, 0.97},
	patterns.BRN:             {0.97, 0.97},
	patterns.CRN:             {0.97, 0.97},
	patterns.Card:            {0.97, 0.97},
	patterns.BankAccount:     {0.95, 0.95},
	patterns.HealthInsurance: {0.95, 0.95},
}

func isMissionKind(k patterns.Kind) bool {
	for _, m := range detector.DefaultKinds() {
		if m == k {
			return true
		}
	}
	return false
}

// evaluateKinds is evaluate with labels per file: in a file labelled for
// the mission kinds only, findings of other kinds are handed to unscored.
func evaluateKinds(d *detector.Detector, cases []evalCase, onMiss func(evalCase, string), unscored func(evalCase, detector.Finding)) map[patterns.Kind]*evalCount {
	counts := map[patterns.Kind]*evalCount{}
	get := func(k patterns.Kind) *evalCount {
		if counts[k] == nil {
			counts[k] = &evalCount{}
		}
		return counts[k]
	}
	enabled := map[patterns.Kind]bool{}
	for _, k := range d.Kinds() {
		enabled[k] = true
	}
	for _, c := range cases {
		labelled := func(k patterns.Kind) bool { return c.file == moreKindsFile || isMissionKind(k) }
		used := make([]bool, len(c.Spans))
		for _, f := range d.Find(c.Text) {
			if !labelled(f.Kind) {
				unscored(c, f)
				continue
			}
			hit := false
			for i, s := range c.Spans {
				if !used[i] && s.Kind == f.Kind && f.Start < s.End && s.Start < f.End {
					used[i], hit = true, true
					get(f.Kind).tp++
					if f.Start == s.Start && f.End == s.End {
						get(f.Kind).exact++
					}
					break
				}
			}
			if !hit {
				get(f.Kind).fp++
				onMiss(c, fmt.Sprintf("FP %s %q", f.Kind, c.Text[f.Start:f.End]))
			}
		}
		for i, s := range c.Spans {
			if !used[i] && enabled[s.Kind] {
				get(s.Kind).fn++
				onMiss(c, fmt.Sprintf("FN %s %q", s.Kind, c.Text[s.Start:s.End]))
			}
		}
	}
	return counts
}

func evalTable(counts map[patterns.Kind]*evalCount) string {
	kinds := make([]string, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, string(k))
	}
	sort.Strings(kinds)
	var b strings.Builder
	fmt.Fprintf(&b, "| kind | precision | recall | F1 | TP | FP | FN | exact spans |\n|---|---|---|---|---|---|---|---|\n")
	for _, name := range kinds {
		c := counts[patterns.Kind(name)]
		p, r := c.precision(), c.recall()
		f1 := 0.0
		if p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
		fmt.Fprintf(&b, "| %s | %.3f | %.3f | %.3f | %d | %d | %d | %d/%d |\n", name, p, r, f1, c.tp, c.fp, c.fn, c.exact, c.tp)
	}
	return b.String()
}

// TestEvalAllKinds runs the evaluation set with every built-in kind on.
// It asserts the floors of the later kinds (scored on more_kinds.jsonl),
// and that turning them on costs the mission kinds nothing: their
// precision and recall over the whole set are at least what TestEval's
// default detector achieves (a BRN must not also be a phone number, a card
// must not swallow an RRN).
//
//	go test -run 'TestEvalAllKinds$' -v ./detector
func TestEvalAllKinds(t *testing.T) {
	cases := loadEval(t)
	all := detector.New(detector.WithKinds(detector.AllKinds()...))
	var misses, extra []string
	counts := evaluateKinds(all, cases,
		func(c evalCase, what string) { misses = append(misses, fmt.Sprintf("%s %s: %s", c.file, c.ID, what)) },
		func(c evalCase, f detector.Finding) {
			extra = append(extra, fmt.Sprintf("%s %s: %s %s %q", c.file, c.ID, f.Kind, f.Confidence, c.Text[f.Start:f.End]))
		})
	t.Logf("evaluation set: %d cases, every kind on (later kinds scored on %s)\n%s", len(cases), moreKindsFile, evalTable(counts))
	t.Logf("%d findings of later kinds in files not labelled for them (not scored)", len(extra))
	if testing.Verbose() {
		for _, m := range misses {
			t.Log(m)
		}
		for _, e := range extra {
			t.Log("unscored:", e)
		}
	}
	for k, floor := range evalKindsFloors {
		c := counts[k]
		if !assert.NotNil(t, c, "%s: no labels and no findings", k) {
			continue
		}
		assert.GreaterOrEqual(t, c.precision(), floor[0], "%s precision", k)
		assert.GreaterOrEqual(t, c.recall(), floor[1], "%s recall", k)
	}

	// The mission kinds, all kinds on versus the default detector.
	def := detector.New()
	enabled := map[patterns.Kind]bool{}
	for _, k := range def.Kinds() {
		enabled[k] = true
	}
	base := evaluate(def, cases, enabled, func(evalCase, string) {})
	for _, k := range detector.DefaultKinds() {
		b, a := base[k], counts[k]
		if b == nil {
			continue
		}
		if !assert.NotNil(t, a, "%s", k) {
			continue
		}
		assert.GreaterOrEqual(t, a.precision(), b.precision(), "%s precision with every kind on", k)
		assert.GreaterOrEqual(t, a.recall(), b.recall(), "%s recall with every kind on", k)
		assert.Equal(t, b.tp, a.tp, "%s true positives with every kind on", k)
	}
}
