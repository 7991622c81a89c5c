package detector_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type evalSpan struct {
	Kind  patterns.Kind `json:"kind"`
	Start int           `json:"start"`
	End   int           `json:"end"`
}

type evalCase struct {
	ID    string     `json:"id"`
	Text  string     `json:"text"`
	Spans []evalSpan `json:"spans"`
	file  string
}

func loadEval(t testing.TB) []evalCase { return loadEvalFiles(t, "../testdata/eval/*.jsonl") }

func loadEvalFiles(t testing.TB, pattern string) []evalCase {
	files, err := filepath.Glob(pattern)
	require.NoError(t, err)
	require.NotEmpty(t, files, "the evaluation set lives in testdata/eval")
	var cases []evalCase
	for _, name := range files {
		f, err := os.Open(name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
		line := 0
		for sc.Scan() {
			line++
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var c evalCase
			require.NoError(t, json.Unmarshal(sc.Bytes(), &c), "%s:%d", name, line)
			for _, s := range c.Spans {
				require.True(t, 0 <= s.Start && s.Start < s.End && s.End <= len(c.Text), "%s:%d: span out of range", name, line)
			}
			c.file = filepath.Base(name)
			cases = append(cases, c)
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	return cases
}

type evalCount struct{ tp, fp, fn, exact int }

func (c evalCount) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c evalCount) recall() float64    { return ratio(c.tp, c.tp+c.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// evaluate matches findings to labels of the same kind: a finding that
// overlaps an unmatched label is a true positive (exact when the bytes
// agree too), any other finding a false positive, an unmatched label a false
// negative. Labels of kinds the detector does not report are ignored.
func evaluate(d *detector.Detector, cases []evalCase, enabled map[patterns.Kind]bool, onMiss func(evalCase, string)) map[patterns.Kind]*evalCount {
	counts := map[patterns.Kind]*evalCount{}
	get := func(k patterns.Kind) *evalCount {
		if counts[k] == nil {
			counts[k] = &evalCount{}
		}
		return counts[k]
	}
	for _, c := range cases {
		found := d.Find(c.Text)
		used := make([]bool, len(c.Spans))
		for _, f := range found {
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

// evalFloors are the per-kind precision and recall the detector must keep on
// testdata/eval at its default settings, set a little under what it achieves
// so that a regression fails the build.
var evalFloors = map[patterns.Kind][2]float64{
	patterns.RRN:     {0.98, 0.98},
	patterns.FRN:     {0.95, 0.95},
	patterns.Phone:   {0.98, 0.98},
	patterns.Email:   {0.98, 0.98},
	patterns.Address: {0.98, 0.97},
}

func TestEval(t *testing.T) {
	runEval(t, loadEval(t), evalFloors)
}

// blindFloors are the floors for testdata/eval/blind: sets written by
// annotators who never read the detector's code or the set above.
var blindFloors = map[patterns.Kind][2]float64{
	patterns.RRN:     {0.95, 0.93},
	patterns.FRN:     {0.95, 0.95},
	patterns.Phone:   {0.98, 0.98},
	patterns.Email:   {0.98, 0.98},
	patterns.Address: {0.97, 0.96},
}

func TestEvalBlind(t *testing.T) {
	runEval(t, loadEvalFiles(t, "../testdata/eval/blind/*.jsonl"), blindFloors)
}

// runEval scores the default detector on cases, logs the per-kind table
// (and, with -v, every miss) and checks the floors.
func runEval(t *testing.T, cases []evalCase, floors map[patterns.Kind][2]float64) {
	require.NotEmpty(t, cases)
	d := detector.New()
	enabled := map[patterns.Kind]bool{}
	for _, k := range d.Kinds() {
		enabled[k] = true
	}
	var misses []string
	counts := evaluate(d, cases, enabled, func(c evalCase, what string) {
		misses = append(misses, fmt.Sprintf("%s %s: %s", c.file, c.ID, what))
	})
	kinds := make([]string, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, string(k))
	}
	sort.Strings(kinds)
	var b strings.Builder
	fmt.Fprintf(&b, "evaluation set: %d cases\n", len(cases))
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
	t.Log("\n" + b.String())
	if testing.Verbose() {
		for _, m := range misses {
			t.Log(m)
		}
	}
	for k, floor := range floors {
		c := counts[k]
		if c == nil {
			continue
		}
		assert.GreaterOrEqual(t, c.precision(), floor[0], "%s precision", k)
		assert.GreaterOrEqual(t, c.recall(), floor[1], "%s recall", k)
	}
}
