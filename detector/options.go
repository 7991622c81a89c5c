package detector

import (
	"github.com/kpii/kpii/patterns"
)

// Option configures a Detector. Options are applied in order; a later
// option overrides an earlier one where they conflict.
type Option func(*config)

type config struct {
	kinds        []patterns.Kind
	minConf      Confidence
	allow        *AllowList
	deny         map[patterns.Kind][]string
	extraContext map[patterns.Kind][]string
	patterns     []*Pattern
	onError      func(error)
}

// DefaultKinds returns the kinds a Detector built without WithKinds
// detects: the mission kinds RRN, FRN, PHONE, EMAIL and ADDRESS.
func DefaultKinds() []patterns.Kind {
	return []patterns.Kind{patterns.RRN, patterns.FRN, patterns.Phone, patterns.Email, patterns.Address}
}

// WithKinds limits detection to the given kinds. Kinds the detector has no
// built-in matcher for are detected only through deny lists and patterns.
func WithKinds(kinds ...patterns.Kind) Option {
	ks := append([]patterns.Kind(nil), kinds...)
	return func(c *config) { c.kinds = ks }
}

// WithMinConfidence sets the lowest confidence reported (default Medium).
func WithMinConfidence(min Confidence) Option {
	return func(c *config) { c.minConf = min }
}

// WithAllowList suppresses findings whose value the list allows (test
// numbers, a company's own switchboard number …).
func WithAllowList(a *AllowList) Option {
	return func(c *config) { c.allow = a }
}

// WithDenyList reports every occurrence of the given values as the kind, at
// High confidence, whatever its shape and context. Values are matched as
// written, with digit and letter boundaries around them.
func WithDenyList(kind patterns.Kind, values ...string) Option {
	vs := append([]string(nil), values...)
	return func(c *config) {
		if c.deny == nil {
			c.deny = make(map[patterns.Kind][]string)
		}
		c.deny[kind] = append(c.deny[kind], vs...)
	}
}

// WithContextWords adds context words for a kind to the built-in ones.
// Korean words match inside words and before particles (주민번호는); ASCII
// words need a boundary (a non-letter, a Hangul character or a camel-case
// hump) on both sides.
func WithContextWords(kind patterns.Kind, words ...string) Option {
	ws := append([]string(nil), words...)
	return func(c *config) {
		if c.extraContext == nil {
			c.extraContext = make(map[patterns.Kind][]string)
		}
		c.extraContext[kind] = append(c.extraContext[kind], ws...)
	}
}

// WithPatterns adds user-defined patterns (see NewPattern).
func WithPatterns(ps ...*Pattern) Option {
	list := append([]*Pattern(nil), ps...)
	return func(c *config) { c.patterns = append(c.patterns, list...) }
}

// WithErrorHandler receives the errors the detector recovers from without
// failing a call: a user pattern that timed out. The error never contains
// the text being scanned. Without a handler such errors are dropped.
func WithErrorHandler(f func(error)) Option {
	return func(c *config) { c.onError = f }
}
