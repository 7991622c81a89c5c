package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
)

// A reporter writes findings in one format. render runs in the workers,
// concurrently, on a batch of one file's findings; begin, write and end run
// in the emitter, which writes the rendered chunks file by file in input
// order.
type reporter interface {
	render(b *batch) []byte
	begin(w io.Writer) error
	write(w io.Writer, chunk []byte, newFile bool) error
	end(w io.Writer, s *summary) error
}

// batch is a run of findings from one file.
type batch struct {
	path     string
	enc      detector.Encoding
	findings []finding
	first    bool // the file's first batch
}

type reportOptions struct {
	showValues bool
	color      bool
	heading    bool // text: a heading per file (on a terminal) instead of path:line:col: on every line
	kinds      []patterns.Kind
}

func newReporter(format string, opt reportOptions) reporter {
	switch format {
	case "json":
		return &jsonReporter{opt: opt}
	case "jsonl":
		return &jsonlReporter{opt: opt}
	case "sarif":
		return newSARIFReporter(opt)
	}
	return &textReporter{opt: opt}
}

func displayPath(p string) string {
	if p == "-" {
		return "<stdin>"
	}
	return p
}

// maskPreview shows the shape of a value without the value: separators and
// '@' stay, the first two letters or digits stay, every other letter or
// digit becomes '*'. Control characters are shown as '?'.
func maskPreview(v []byte) string {
	out := make([]rune, 0, len(v))
	shown := 0
	for len(v) > 0 {
		r, size := utf8.DecodeRune(v)
		v = v[size:]
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if shown < 2 {
				shown++
			} else {
				r = '*'
			}
		case unicode.IsControl(r) || r == utf8.RuneError:
			r = '?'
		}
		out = append(out, r)
	}
	return string(out)
}

// shownValue is what a report shows of a finding: the masked preview, or the
// value itself with --show-values (control characters escaped).
func (o reportOptions) shownValue(f *finding) string {
	if !o.showValues {
		return maskPreview([]byte(f.Value))
	}
	q := strconv.Quote(f.Value)
	if q[1:len(q)-1] == f.Value {
		return f.Value
	}
	return q
}

// where says where in a record a finding is: the JSON path, or the CSV row
// and column.
func where(f *finding) string {
	switch {
	case f.CSV && f.Header != "":
		return fmt.Sprintf("row %d, column %d %s", f.Row, f.Field+1, strconv.Quote(f.Header))
	case f.CSV:
		return fmt.Sprintf("row %d, column %d", f.Row, f.Field+1)
	case f.RecordPath != "":
		return f.RecordPath
	}
	return ""
}

// ---- text

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiPath   = "\x1b[35m"
	ansiPos    = "\x1b[32m"
	ansiHigh   = "\x1b[1;31m"
	ansiMedium = "\x1b[33m"
	ansiLow    = "\x1b[36m"
	ansiDim    = "\x1b[2m"
)

type textReporter struct {
	opt     reportOptions
	written bool
}

func (r *textReporter) paint(code, s string) string {
	if !r.opt.color {
		return s
	}
	return code + s + ansiReset
}

func (r *textReporter) confColor(c detector.Confidence) string {
	switch c {
	case detector.High:
		return ansiHigh
	case detector.Medium:
		return ansiMedium
	}
	return ansiLow
}

func (r *textReporter) render(bt *batch) []byte {
	var b bytes.Buffer
	path := displayPath(bt.path)
	if r.opt.heading && bt.first {
		b.WriteString(r.paint(ansiBold+ansiPath, path))
		b.WriteByte('\n')
	}
	for i := range bt.findings {
		f := &bt.findings[i]
		if r.opt.heading {
			b.WriteString("  ")
		} else {
			b.WriteString(r.paint(ansiPath, path))
			b.WriteByte(':')
		}
		b.WriteString(r.paint(ansiPos, strconv.Itoa(f.Pos.Line)+":"+strconv.Itoa(f.Pos.Column)))
		b.WriteString(": ")
		b.WriteString(r.paint(ansiBold, string(f.Kind)))
		b.WriteByte(' ')
		b.WriteString(r.paint(r.confColor(f.Confidence), f.Confidence.String()))
		b.WriteByte(' ')
		b.WriteString(r.opt.shownValue(f))
		if w := where(f); w != "" {
			b.WriteString(r.paint(ansiDim, " ("+w+")"))
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func (r *textReporter) begin(io.Writer) error { return nil }

func (r *textReporter) write(w io.Writer, chunk []byte, newFile bool) error {
	if r.opt.heading && newFile && r.written {
		if _, err := io.WriteString(w, "\n"); err != nil {
			return err
		}
	}
	r.written = true
	_, err := w.Write(chunk)
	return err
}

func (r *textReporter) end(io.Writer, *summary) error { return nil }

// ---- jsonl and json

// jsonRecord is one finding in --format jsonl and json. Start and End are
// byte offsets in the file as written (in its own encoding), so that a
// reader who may see the value can slice it; the value itself appears only
// with --show-values.
type jsonRecord struct {
	Path       string              `json:"path"`
	Kind       patterns.Kind       `json:"kind"`
	Start      int64               `json:"start"`
	End        int64               `json:"end"`
	Line       int                 `json:"line"`
	Column     int                 `json:"column"`
	Confidence detector.Confidence `json:"confidence"`
	Reasons    []string            `json:"reasons"`
	RecordPath string              `json:"record_path,omitempty"`
	Pointer    string              `json:"pointer,omitempty"`
	Row        int                 `json:"row,omitempty"`
	CSVColumn  int                 `json:"csv_column,omitempty"`
	Header     string              `json:"header,omitempty"`
	Encoding   string              `json:"encoding,omitempty"`
	Value      *string             `json:"value,omitempty"`
}

func toRecord(bt *batch, f *finding, showValues bool) jsonRecord {
	reasons := make([]string, len(f.Reasons))
	for i, x := range f.Reasons {
		reasons[i] = x.String()
	}
	rec := jsonRecord{Path: bt.path, Kind: f.Kind, Start: f.Start, End: f.End, Line: f.Pos.Line,
		Column: f.Pos.Column, Confidence: f.Confidence, Reasons: reasons,
		RecordPath: f.RecordPath, Pointer: f.Pointer}
	if f.CSV {
		rec.Row, rec.CSVColumn, rec.Header = f.Row, f.Field+1, f.Header
	}
	if bt.enc != detector.EncodingUTF8 && bt.enc != detector.EncodingAuto {
		rec.Encoding = bt.enc.String()
	}
	if showValues {
		v := f.Value
		rec.Value = &v
	}
	return rec
}

// jsonLines renders one JSON value per element into a buffer, each line
// after indent and, with sep, the elements separated by commas.
type jsonLines struct {
	b      bytes.Buffer
	enc    *json.Encoder
	indent string
	sep    bool
	n      int
}

func newJSONLines(indent string, sep bool) *jsonLines {
	j := &jsonLines{indent: indent, sep: sep}
	j.enc = json.NewEncoder(&j.b)
	j.enc.SetEscapeHTML(false)
	return j
}

func (j *jsonLines) add(v any) {
	if j.sep && j.n > 0 {
		j.b.Truncate(j.b.Len() - 1) // the encoder's newline
		j.b.WriteString(",\n")
	}
	j.b.WriteString(j.indent)
	if err := j.enc.Encode(v); err != nil {
		panic("kpii: internal: " + err.Error()) // only plain data is encoded
	}
	j.n++
}

// bytes returns the lines; with sep, without the last newline.
func (j *jsonLines) bytes() []byte {
	b := j.b.Bytes()
	if j.sep && len(b) > 0 {
		b = b[:len(b)-1]
	}
	return b
}

type jsonlReporter struct{ opt reportOptions }

func (r *jsonlReporter) render(bt *batch) []byte {
	j := newJSONLines("", false)
	for i := range bt.findings {
		j.add(toRecord(bt, &bt.findings[i], r.opt.showValues))
	}
	return j.bytes()
}

func (r *jsonlReporter) begin(io.Writer) error { return nil }

func (r *jsonlReporter) write(w io.Writer, chunk []byte, _ bool) error {
	_, err := w.Write(chunk)
	return err
}

func (r *jsonlReporter) end(io.Writer, *summary) error { return nil }

// jsonReporter writes one document: {"findings": [...], "summary": {...}}.
type jsonReporter struct {
	opt   reportOptions
	count int
}

func (r *jsonReporter) render(bt *batch) []byte {
	j := newJSONLines("    ", true)
	for i := range bt.findings {
		j.add(toRecord(bt, &bt.findings[i], r.opt.showValues))
	}
	return j.bytes()
}

func (r *jsonReporter) begin(w io.Writer) error {
	_, err := io.WriteString(w, "{\n  \"findings\": [")
	return err
}

// writeElements writes a chunk of array elements after those written so far.
func writeElements(w io.Writer, chunk []byte, count *int) error {
	sep := "\n"
	if *count > 0 {
		sep = ",\n"
	}
	*count++
	if _, err := io.WriteString(w, sep); err != nil {
		return err
	}
	_, err := w.Write(chunk)
	return err
}

func (r *jsonReporter) write(w io.Writer, chunk []byte, _ bool) error {
	return writeElements(w, chunk, &r.count)
}

func (r *jsonReporter) end(w io.Writer, s *summary) error {
	closing := "],\n"
	if r.count > 0 {
		closing = "\n  ],\n"
	}
	sum, err := json.MarshalIndent(s, "  ", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s  \"summary\": %s\n}\n", closing, sum)
	return err
}

// ---- summary

// summary counts what a scan did. It is the "summary" of --format json and
// the lines on stderr after --format text.
type summary struct {
	Findings          int            `json:"findings"`
	ByKind            map[string]int `json:"by_kind"`
	ByConfidence      map[string]int `json:"by_confidence"`
	FilesScanned      int            `json:"files_scanned"`
	FilesWithFindings int            `json:"files_with_findings"`
	BytesScanned      int64          `json:"bytes_scanned"`
	SkippedBinary     int            `json:"skipped_binary"`
	AllowedInline     int            `json:"allowed_inline"`
	Unreadable        []unreadable   `json:"unreadable"`
}

type unreadable struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

func newSummary() *summary {
	return &summary{ByKind: map[string]int{}, ByConfidence: map[string]int{}, Unreadable: []unreadable{}}
}

func (s *summary) add(r *fileResult) {
	switch {
	case r.skipped:
		s.SkippedBinary++
		return
	case r.err != nil:
		s.Unreadable = append(s.Unreadable, unreadable{Path: r.path, Error: describeErr(r.err)})
	default:
		s.FilesScanned++
	}
	s.BytesScanned += r.bytes
	s.AllowedInline += r.allowed
	if r.findings > 0 {
		s.FilesWithFindings++
	}
	s.Findings += r.findings
	for k, n := range r.byKind {
		s.ByKind[string(k)] += n
	}
	for c, n := range r.byConf {
		if n > 0 {
			s.ByConfidence[detector.Confidence(c).String()] += n
		}
	}
}

// kindOrder lists kinds for the summary: the built-in order first.
func kindOrder(m map[string]int) []string {
	rank := map[string]int{}
	for i, k := range patterns.Kinds() {
		rank[string(k)] = i + 1
	}
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		ri, rj := rank[ks[i]], rank[ks[j]]
		if ri == 0 {
			ri = 1 << 30
		}
		if rj == 0 {
			rj = 1 << 30
		}
		if ri != rj {
			return ri < rj
		}
		return ks[i] < ks[j]
	})
	return ks
}

// writeText writes the summary for --format text: a line per kind, then
// the totals.
func (s *summary) writeText(w io.Writer) {
	width := 0
	for k := range s.ByKind {
		width = max(width, len(k))
	}
	for _, k := range kindOrder(s.ByKind) {
		fmt.Fprintf(w, "kpii: %-*s %d\n", width, k, s.ByKind[k])
	}
	files := "files"
	if s.FilesScanned == 1 {
		files = "file"
	}
	line := fmt.Sprintf("kpii: %s in %d of %d %s scanned (%s)", plural(s.Findings, "finding"),
		s.FilesWithFindings, s.FilesScanned, files, humanBytes(s.BytesScanned))
	if s.SkippedBinary > 0 {
		line += fmt.Sprintf(", %s skipped", plural(s.SkippedBinary, "binary file"))
	}
	if s.AllowedInline > 0 {
		line += fmt.Sprintf(", %d allowed by kpii:allow", s.AllowedInline)
	}
	if n := len(s.Unreadable); n > 0 {
		line += fmt.Sprintf(", %s", plural(n, "unreadable input"))
	}
	fmt.Fprintln(w, line)
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

func humanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
