package detector

import (
	"fmt"
	"strings"

	"github.com/kpii/kpii/patterns"
)

// Finding is one piece of personal information in the input. Start and End
// are byte offsets into the caller's input, whatever normalisation the
// detector applied inside: input[f.Start:f.End] is the value as written.
type Finding struct {
	Kind       patterns.Kind
	Start, End int
	Confidence Confidence
	// Reasons says why the finding was reported at its confidence: the
	// validation it passed, its check digit, the context words around it.
	Reasons []Reason
	// Path locates the value inside a structured record
	// ("user.contacts[2].phone"); empty for plain text.
	Path string
	// Pointer is the same location as an RFC 6901 JSON Pointer
	// ("/user/contacts/2/phone"), set by the JSON scanners.
	Pointer string
}

// String describes the finding without its value: "PHONE 12:25 high".
func (f Finding) String() string {
	s := fmt.Sprintf("%s %d:%d %s", f.Kind, f.Start, f.End, f.Confidence)
	if f.Path != "" {
		s += " at " + f.Path
	}
	return s
}

// Explain returns the reasons as one line: "checksum ok; context word
// 주민번호 at -14 bytes".
func (f Finding) Explain() string {
	parts := make([]string, len(f.Reasons))
	for i, r := range f.Reasons {
		parts[i] = r.String()
	}
	return strings.Join(parts, "; ")
}

// ReasonCode classifies a Reason.
type ReasonCode uint8

// Reason codes.
const (
	ReasonValidated       ReasonCode = iota + 1 // the value passed its validator
	ReasonChecksum                              // a check digit holds
	ReasonChecksumFailed                        // a check digit fails (not fatal for RRN/FRN)
	ReasonShape                                 // how it is written: canonical, bare, …
	ReasonContext                               // a context word nearby raised confidence
	ReasonNegativeContext                       // a look-alike word nearby lowered it
	ReasonLookalike                             // the value also fits a look-alike
	ReasonFieldName                             // the record field's name raised confidence
	ReasonDenyList                              // the value is on the deny list
	ReasonPattern                               // a user-defined pattern matched
	ReasonNearby                                // another finding on the same line raised confidence
)

var reasonNames = map[ReasonCode]string{
	ReasonValidated: "validated", ReasonChecksum: "checksum ok", ReasonChecksumFailed: "checksum failed",
	ReasonShape: "shape", ReasonContext: "context word", ReasonNegativeContext: "look-alike context word",
	ReasonLookalike: "look-alike", ReasonFieldName: "field name", ReasonDenyList: "deny list",
	ReasonPattern: "pattern", ReasonNearby: "finding nearby",
}

// String returns the code's name.
func (c ReasonCode) String() string {
	if s, ok := reasonNames[c]; ok {
		return s
	}
	return fmt.Sprintf("ReasonCode(%d)", uint8(c))
}

// Reason is one fact behind a finding's confidence. Detail names a word, a
// rule or a field — never the value found.
type Reason struct {
	Code   ReasonCode
	Detail string
	// Offset is, for context words, the distance in bytes from the finding:
	// negative before its start, positive after its end.
	Offset int
}

// String renders the reason: "context word 주민번호 at -14 bytes".
func (r Reason) String() string {
	s := r.Code.String()
	if r.Detail != "" {
		s += " " + r.Detail
	}
	if r.Code == ReasonContext || r.Code == ReasonNegativeContext || r.Code == ReasonNearby {
		s += fmt.Sprintf(" at %+d bytes", r.Offset)
	}
	return s
}
