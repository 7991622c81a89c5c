package main

import (
	"encoding/json"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
)

type reporter interface {
	report(path string, base, line, col int, chunk []byte, f detector.Finding) error
}

func newReporter(format string, w io.Writer) reporter {
	if format == "jsonl" {
		return &jsonlReporter{enc: json.NewEncoder(w)}
	}
	return &textReporter{w: w}
}

// jsonRecord is one finding in --format jsonl. It carries no value: start
// and end locate it in the file for whoever may read it.
type jsonRecord struct {
	Path       string              `json:"path"`
	Kind       patterns.Kind       `json:"kind"`
	Start      int                 `json:"start"`
	End        int                 `json:"end"`
	Line       int                 `json:"line"`
	Column     int                 `json:"column"`
	Confidence detector.Confidence `json:"confidence"`
	Reasons    []string            `json:"reasons"`
}

type jsonlReporter struct{ enc *json.Encoder }

func (r *jsonlReporter) report(path string, base, line, col int, _ []byte, f detector.Finding) error {
	reasons := make([]string, len(f.Reasons))
	for i, x := range f.Reasons {
		reasons[i] = x.String()
	}
	return r.enc.Encode(jsonRecord{Path: path, Kind: f.Kind, Start: base + f.Start, End: base + f.End,
		Line: line, Column: col, Confidence: f.Confidence, Reasons: reasons})
}

type textReporter struct{ w io.Writer }

func (r *textReporter) report(path string, _, line, col int, chunk []byte, f detector.Finding) error {
	_, err := fmt.Fprintf(r.w, "%s:%d:%d: %s %s %s\n", displayPath(path), line, col, f.Kind, f.Confidence,
		maskPreview(chunk[f.Start:f.End]))
	return err
}

// maskPreview shows the shape of a value without the value: separators and
// '@' stay, the first two letters or digits stay, every other letter or
// digit becomes '*'.
func maskPreview(v []byte) string {
	out := make([]rune, 0, len(v))
	shown := 0
	for len(v) > 0 {
		r, size := utf8.DecodeRune(v)
		v = v[size:]
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if shown < 2 {
				shown++
			} else {
				r = '*'
			}
		}
		out = append(out, r)
	}
	return string(out)
}
