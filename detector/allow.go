package detector

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"github.com/kpii/kpii/patterns"
)

// AllowList holds values that must never be reported: test numbers, a
// company's own switchboard number, documentation examples. It is immutable
// and safe for concurrent use.
//
// Exact values are compared in compact form — look-alikes folded, the
// separators - . / ( ) and spaces dropped, ASCII lower-cased — so
// "010-1234-5678" also allows "01012345678" and "０１０ １２３４ ５６７８".
// Patterns (regexp2 syntax, lookaround allowed) allow a finding when they
// match anywhere in its value as written; anchor them with ^…$ to require
// the whole value.
type AllowList struct {
	values map[string]struct{}
	res    []*regexp2.Regexp
}

// allowPatternTimeout bounds one allow-list pattern match.
const allowPatternTimeout = 50 * time.Millisecond

// NewAllowList builds an allow list from exact values and patterns. It fails
// on a pattern that does not compile, naming the pattern's position (never
// a value).
func NewAllowList(values, patterns []string) (*AllowList, error) {
	a := &AllowList{values: make(map[string]struct{}, len(values))}
	for _, v := range values {
		if k := allowKey([]byte(v)); k != "" {
			a.values[k] = struct{}{}
		}
	}
	for i, p := range patterns {
		re, err := regexp2.Compile(p, regexp2.None)
		if err != nil {
			return nil, fmt.Errorf("kpii: allow-list pattern %d does not compile: %w", i+1, err)
		}
		re.MatchTimeout = allowPatternTimeout
		a.res = append(a.res, re)
	}
	return a, nil
}

// ParseAllowList reads an allow list, one entry a line: a value, or a
// pattern after "re:". Blank lines and lines starting with '#' are
// ignored, and so is a comment after " #" at the end of a line.
//
//	# our switchboard
//	02-123-4567
//	re:^010-0000-\d{4}$   # reserved test range
func ParseAllowList(r io.Reader) (*AllowList, error) {
	var values, pats []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if k := strings.Index(s, " #"); k >= 0 {
			s = strings.TrimSpace(s[:k])
		}
		if p, ok := strings.CutPrefix(s, "re:"); ok {
			if _, err := regexp2.Compile(p, regexp2.None); err != nil {
				return nil, fmt.Errorf("kpii: allow list line %d: pattern does not compile: %w", line, err)
			}
			pats = append(pats, p)
			continue
		}
		values = append(values, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("kpii: reading allow list: %w", err)
	}
	return NewAllowList(values, pats)
}

// Allows reports whether the list allows the value.
func (a *AllowList) Allows(value string) bool {
	return a.allows("", []byte(value))
}

// Len returns the number of values and patterns in the list.
func (a *AllowList) Len() int { return len(a.values) + len(a.res) }

func (a *AllowList) allows(_ patterns.Kind, value []byte) bool {
	if a == nil {
		return false
	}
	if len(a.values) > 0 {
		if _, ok := a.values[allowKey(value)]; ok {
			return true
		}
	}
	if len(a.res) > 0 {
		s := string(value)
		for _, re := range a.res {
			// A timed-out allow pattern does not allow: failing closed means
			// reporting the finding.
			if ok, err := re.MatchString(s); err == nil && ok {
				return true
			}
		}
	}
	return false
}

func allowKey(b []byte) string {
	var sb strings.Builder
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		r = patterns.FoldRune(r)
		switch {
		case r == '-' || r == '.' || r == '/' || r == '(' || r == ')' || r == ' ' || r == '\t':
			continue
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
