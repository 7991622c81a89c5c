package detector

import (
	"bytes"
	"fmt"
	"time"

	"github.com/dlclark/regexp2"
	"github.com/kpii/kpii/patterns"
)

// Pattern is a user-defined pattern: a regular expression in regexp2
// syntax (.NET flavour: lookahead and lookbehind allowed, so patterns ported
// from Presidio work), the kind it reports, and optionally a validator and
// context words. Build one with NewPattern; it is immutable.
//
// User patterns run as a separate pass after the built-in matchers, each
// match bounded by a timeout (default 100 ms), so a pathological expression
// slows one call down but never hangs it.
type Pattern struct {
	kind         patterns.Kind
	expr         string
	re           *regexp2.Regexp
	validate     func(value string) bool
	confidence   Confidence
	context      []string
	needsContext bool
}

// PatternOption configures a Pattern.
type PatternOption func(*Pattern)

// DefaultPatternTimeout bounds one match of a user pattern.
const DefaultPatternTimeout = 100 * time.Millisecond

// NewPattern compiles a user pattern reporting kind. The kind's name must be
// well formed (upper-case letters, digits, '_'), built-in or not.
func NewPattern(kind patterns.Kind, expr string, opts ...PatternOption) (*Pattern, error) {
	if _, err := kind.MarshalText(); err != nil {
		return nil, err
	}
	re, err := regexp2.Compile(expr, regexp2.None)
	if err != nil {
		return nil, fmt.Errorf("kpii: pattern for %s does not compile: %w", kind, err)
	}
	re.MatchTimeout = DefaultPatternTimeout
	p := &Pattern{kind: kind, expr: expr, re: re, confidence: Medium}
	for _, o := range opts {
		o(p)
	}
	return p, nil
}

// Kind returns the kind the pattern reports.
func (p *Pattern) Kind() patterns.Kind { return p.kind }

// String returns the pattern's expression.
func (p *Pattern) String() string { return p.expr }

// ValidateWith sets a validator: a match is reported only when f returns
// true for its text.
func ValidateWith(f func(value string) bool) PatternOption {
	return func(p *Pattern) { p.validate = f }
}

// PatternConfidence sets the confidence of a match without context
// (default Medium); a context word raises it one level.
func PatternConfidence(c Confidence) PatternOption {
	return func(p *Pattern) { p.confidence = c }
}

// PatternTimeout bounds one match (default DefaultPatternTimeout).
func PatternTimeout(d time.Duration) PatternOption {
	return func(p *Pattern) { p.re.MatchTimeout = d }
}

// PatternContext sets context words that raise a match's confidence.
func PatternContext(words ...string) PatternOption {
	ws := append([]string(nil), words...)
	return func(p *Pattern) { p.context = append(p.context, ws...) }
}

// PatternRequiresContext reports a match only when one of its context words
// is near.
func PatternRequiresContext() PatternOption {
	return func(p *Pattern) { p.needsContext = true }
}

// findPatterns runs the user patterns over b.
func (d *Detector) findPatterns(b []byte, out []Finding) []Finding {
	if len(d.patterns) == 0 {
		return out
	}
	s := string(b)
	// regexp2 reports rune indexes; byteAt maps them to byte offsets.
	byteAt := make([]int, 0, len(s)+1)
	for i := range s {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(s))
	for _, p := range d.patterns {
		bit, _ := d.idx.bit(p.kind)
		m, err := p.re.FindStringMatch(s)
		for ; m != nil && err == nil; m, err = p.re.FindNextMatch(m) {
			if m.Length == 0 {
				continue
			}
			start, end := byteAt[m.Index], byteAt[m.Index+m.Length]
			if p.validate != nil && !p.validate(s[start:end]) {
				continue
			}
			hit := d.ctx.lookup(b, nil, start, end, bit)
			c := p.confidence
			if hit.pos >= 0 {
				c = c.raise()
			} else if p.needsContext {
				continue
			}
			if c < d.minConf || d.allow.allows(p.kind, b[start:end]) {
				continue
			}
			rs := []Reason{{Code: ReasonPattern, Detail: p.expr}}
			if hit.pos >= 0 {
				rs = append(rs, Reason{Code: ReasonContext, Detail: d.ctx.entries[hit.pos].label, Offset: hit.posOffset})
			}
			out = append(out, Finding{Kind: p.kind, Start: start, End: end, Confidence: c, Reasons: rs})
		}
		if err != nil && d.onError != nil {
			d.onError(fmt.Errorf("kpii: pattern for %s stopped: %w (the rest of this input was not searched with it)", p.kind, err))
		}
	}
	return out
}

type denyEntry struct {
	kind  patterns.Kind
	value []byte
}

// findDenied reports every occurrence of a deny-list value that is not
// glued to a digit or letter of the same class.
func (d *Detector) findDenied(b []byte, out []Finding) []Finding {
	for _, e := range d.deny {
		for from := 0; from < len(b); {
			k := bytes.Index(b[from:], e.value)
			if k < 0 {
				break
			}
			start := from + k
			end := start + len(e.value)
			from = start + 1
			if glued(b, start, end) || d.allow.allows(e.kind, b[start:end]) {
				continue
			}
			out = append(out, Finding{Kind: e.kind, Start: start, End: end, Confidence: High,
				Reasons: []Reason{{Code: ReasonDenyList}}})
			from = end
		}
	}
	return out
}

// glued reports whether b[start:end] continues an ASCII digit or letter run
// on either side.
func glued(b []byte, start, end int) bool {
	same := func(x, y byte) bool {
		return x-'0' < 10 && y-'0' < 10 || isASCIILetter(x) && isASCIILetter(y)
	}
	if start > 0 && same(b[start-1], b[start]) {
		return true
	}
	if end < len(b) && same(b[end-1], b[end]) {
		return true
	}
	return false
}
