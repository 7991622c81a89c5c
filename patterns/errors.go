package patterns

import "errors"

// Rule names the kind of validation rule a value failed.
type Rule uint8

// The rules a validator checks, in the order it checks them.
const (
	RuleFormat    Rule = iota + 1 // characters or layout that no valid value has
	RuleLength                    // wrong number of digits or characters
	RuleDate                      // an embedded date that does not exist (or lies in the future)
	RuleComponent                 // a part with a value outside its table (prefix, region, century digit, TLD …)
	RuleChecksum                  // a check digit that does not hold
)

// Sentinel errors, one per rule. Every *ValidationError unwraps to one of
// them, so callers can write errors.Is(err, patterns.ErrChecksum).
var (
	ErrFormat    = errors.New("format")
	ErrLength    = errors.New("length")
	ErrDate      = errors.New("date")
	ErrComponent = errors.New("component")
	ErrChecksum  = errors.New("checksum")
)

// String returns the rule's name: format, length, date, component or checksum.
func (r Rule) String() string {
	if s := r.sentinel(); s != nil {
		return s.Error()
	}
	return "unknown rule"
}

func (r Rule) sentinel() error {
	switch r {
	case RuleFormat:
		return ErrFormat
	case RuleLength:
		return ErrLength
	case RuleDate:
		return ErrDate
	case RuleComponent:
		return ErrComponent
	case RuleChecksum:
		return ErrChecksum
	}
	return nil
}

// ValidationError says which rule a value failed. It never contains the
// value, nor any part of it: Detail describes the rule ("month does not
// exist"), not the input ("month 13").
//
// Validators return shared, pre-built *ValidationError values so that
// validation does not allocate; treat them as read-only.
type ValidationError struct {
	Kind   Kind   // what was being validated
	Rule   Rule   // which rule failed
	Detail string // a short description of the failed rule, free of the value
}

// Error returns "kpii: invalid RRN: date: month does not exist".
func (e *ValidationError) Error() string {
	msg := "kpii: invalid " + string(e.Kind) + ": " + e.Rule.String()
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

// Unwrap returns the rule's sentinel error (ErrFormat, ErrChecksum …).
func (e *ValidationError) Unwrap() error { return e.Rule.sentinel() }

// newValidationError builds a shared error value; call it at package
// initialisation only.
func newValidationError(k Kind, r Rule, detail string) *ValidationError {
	return &ValidationError{Kind: k, Rule: r, Detail: detail}
}
