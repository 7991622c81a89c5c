package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
)

// SARIF 2.1.0, as GitHub code scanning reads it: one rule per kind, one
// result per finding with the file's path relative to the working directory
// and a region in lines and UTF-16 columns (run.columnKind says so). Results
// never carry the value, nor a masked preview, nor a hash of it (a hash of a
// 13-digit number is easily reversed), so partialFingerprints are left to
// the uploader, which computes them from the file.

const sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	ShortDescription     sarifText      `json:"shortDescription"`
	FullDescription      sarifText      `json:"fullDescription"`
	Help                 sarifText      `json:"help"`
	DefaultConfiguration map[string]any `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifArtifactLocation struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int   `json:"startLine"`
	StartColumn int   `json:"startColumn"`
	EndLine     int   `json:"endLine"`
	EndColumn   int   `json:"endColumn"`
	ByteOffset  int64 `json:"byteOffset"`
	ByteLength  int64 `json:"byteLength"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
}

type sarifResult struct {
	RuleID     string          `json:"ruleId"`
	RuleIndex  *int            `json:"ruleIndex,omitempty"`
	Level      string          `json:"level"`
	Message    sarifText       `json:"message"`
	Locations  []sarifLocation `json:"locations"`
	Properties map[string]any  `json:"properties,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifReporter struct {
	opt       reportOptions
	rules     []sarifRule
	ruleIndex map[patterns.Kind]int
	count     int
	cwd       string
}

func newSARIFReporter(opt reportOptions) *sarifReporter {
	r := &sarifReporter{opt: opt, ruleIndex: map[patterns.Kind]int{}}
	for i, k := range opt.kinds {
		r.ruleIndex[k] = i
		r.rules = append(r.rules, ruleFor(k))
	}
	r.cwd, _ = os.Getwd()
	return r
}

// kindDocs describes the built-in kinds in the rules.
var kindDocs = map[patterns.Kind][2]string{
	patterns.RRN: {"resident registration number",
		"A 13-digit 주민등록번호 whose birth date exists for the century its 7th digit gives. The legacy check digit raises confidence but never rejects (numbers issued since 2020-10 have a random tail)."},
	patterns.FRN: {"foreigner registration number",
		"A 13-digit 외국인등록번호 (7th digit 5–8) with a valid birth date; either published check-digit variant raises confidence."},
	patterns.Phone: {"phone number",
		"A Korean phone number valid under the numbering plan: mobile, area-code landlines, 070, 050x, 080, 15xx/16xx/18xx and +82 forms."},
	patterns.Email: {"e-mail address",
		"An e-mail address within the RFC 5321 limits with a real top-level domain shape, Korean and IDN domains included."},
	patterns.Address: {"postal address",
		"A 도로명주소 or 지번주소 checked against a gazetteer of 시/도 and 시/군/구 and the road-name grammar, with 상세주소 and 우편번호."},
}

func ruleFor(k patterns.Kind) sarifRule {
	doc, ok := kindDocs[k]
	if !ok {
		doc = [2]string{"personal information", "Values of kind " + string(k) + " as the detector's patterns define them."}
	}
	name := k.KoreanName()
	return sarifRule{
		ID:               string(k),
		ShortDescription: sarifText{Text: fmt.Sprintf("Personal information: %s (%s)", name, doc[0])},
		FullDescription:  sarifText{Text: doc[1]},
		Help: sarifText{Text: "Personal information should not be stored in source, logs or exports in clear text. " +
			"Remove or mask it (kpii redact -w FILE masks it in place). For test values that are not anyone's, " +
			"list them in an --allow-file or put kpii:allow in a comment on the line."},
		DefaultConfiguration: map[string]any{"level": "warning"},
		Properties:           map[string]any{"tags": []string{"security", "privacy", "pii"}},
	}
}

func sarifLevel(c detector.Confidence) string {
	switch c {
	case detector.High:
		return "error"
	case detector.Medium:
		return "warning"
	}
	return "note"
}

// sarifURI turns a reported path into a URI reference: relative to the
// working directory, with slashes and percent-escapes; a path outside it
// becomes a file:// URI.
func (r *sarifReporter) sarifURI(p string) string {
	if p == "-" {
		return "stdin"
	}
	if filepath.IsAbs(p) && r.cwd != "" {
		if rel, err := filepath.Rel(r.cwd, p); err == nil && !strings.HasPrefix(rel, "..") {
			p = rel
		}
	}
	abs := filepath.IsAbs(p)
	segs := strings.Split(filepath.ToSlash(filepath.Clean(p)), "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	u := strings.Join(segs, "/")
	if abs {
		if !strings.HasPrefix(u, "/") {
			u = "/" + u // a Windows drive
		}
		return "file://" + u
	}
	if strings.Contains(segs[0], ":") {
		u = "./" + u // not a scheme
	}
	return u
}

func (r *sarifReporter) render(bt *batch) []byte {
	j := newJSONLines("        ", true)
	uri := r.sarifURI(bt.path)
	for i := range bt.findings {
		f := &bt.findings[i]
		msg := fmt.Sprintf("%s (%s), %s confidence", f.Kind.KoreanName(), f.Kind, f.Confidence)
		if w := where(f); w != "" {
			msg += " at " + w
		}
		if ex := (detector.Finding{Reasons: f.Reasons}).Explain(); ex != "" {
			msg += ": " + ex
		}
		res := sarifResult{
			RuleID:  string(f.Kind),
			Level:   sarifLevel(f.Confidence),
			Message: sarifText{Text: msg + "."},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: sarifArtifactLocation{URI: uri},
				Region: &sarifRegion{StartLine: f.Pos.Line, StartColumn: f.Pos.Col16,
					EndLine: f.EndAt.Line, EndColumn: f.EndAt.Col16,
					ByteOffset: f.Start, ByteLength: f.End - f.Start},
			}}},
			Properties: map[string]any{"confidence": f.Confidence.String()},
		}
		if idx, ok := r.ruleIndex[f.Kind]; ok {
			res.RuleIndex = &idx
		}
		if f.RecordPath != "" {
			res.Properties["recordPath"] = f.RecordPath
			res.Properties["pointer"] = f.Pointer
		}
		if f.CSV {
			res.Properties["row"] = f.Row
			res.Properties["csvColumn"] = f.Field + 1
			if f.Header != "" {
				res.Properties["header"] = f.Header
			}
		}
		j.add(res)
	}
	return j.bytes()
}

func toolVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return ""
}

func (r *sarifReporter) begin(w io.Writer) error {
	driver := sarifDriver{Name: "kpii", InformationURI: "https://github.com/kpii/kpii", Version: toolVersion(), Rules: r.rules}
	if driver.Rules == nil {
		driver.Rules = []sarifRule{}
	}
	tool, err := json.MarshalIndent(map[string]any{"driver": driver}, "      ", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "{\n  \"$schema\": %q,\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": %s,\n"+
		"      \"columnKind\": \"utf16CodeUnits\",\n      \"results\": [", sarifSchema, tool)
	return err
}

func (r *sarifReporter) write(w io.Writer, chunk []byte, _ bool) error {
	return writeElements(w, chunk, &r.count)
}

func (r *sarifReporter) end(w io.Writer, s *summary) error {
	inv := sarifInvocation{ExecutionSuccessful: len(s.Unreadable) == 0}
	for _, u := range s.Unreadable {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level:   "error",
			Message: sarifText{Text: "Could not read the input: " + u.Error + "."},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: sarifArtifactLocation{URI: r.sarifURI(u.Path)}}}},
		})
	}
	invs, err := json.MarshalIndent([]sarifInvocation{inv}, "      ", "  ")
	if err != nil {
		return err
	}
	closing := "],\n"
	if r.count > 0 {
		closing = "\n      ],\n"
	}
	_, err = fmt.Fprintf(w, "%s      \"invocations\": %s\n    }\n  ]\n}\n", closing, invs)
	return err
}
