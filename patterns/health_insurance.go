package patterns

// 건강보험증 번호 (National Health Insurance card number, 증번호):
// CompactHealthInsurance, ValidateHealthInsurance, IsValidHealthInsurance
// and MatchHealthInsurance (formats reference §7.7).
//
// Weak source: the only structure the reference could find is "eleven
// digits, one number per household, may change when eligibility changes",
// from a how-to blog; no official layout, grouping or check digit is
// published. kpii therefore checks the digit count only and reports the
// number only next to a health-insurance word. There is no Format or Parse:
// nothing more is known to format or to read.

// HealthInsuranceContextWords let a health insurance candidate be reported
// (formats reference §9).
var HealthInsuranceContextWords = []string{
	"건강보험증 번호", "건강보험증번호", "건강보험증", "건강보험번호", "건강보험", "보험증번호", "보험증 번호", "증번호", "건보",
	"health insurance", "nhis", "insurance card", "insurance no", "insurance_no",
}

var healthErrs = struct{ format, length *ValidationError }{
	format: newValidationError(HealthInsurance, RuleFormat, "character other than a digit or a separator"),
	length: newValidationError(HealthInsurance, RuleLength, "not eleven digits"),
}

// CompactHealthInsurance returns s folded (FoldRune) and without the
// separators '-', ' ', '.' and '/'.
func CompactHealthInsurance(s string) string { return compactDigits(s) }

// ValidateHealthInsurance reports whether s has the shape of a 건강보험증
// number: digits and separators only (RuleFormat), eleven digits
// (RuleLength). It returns nil or a *ValidationError that never contains
// the value, and does not allocate. The structure is known from a weak
// source only (see the file comment); a valid shape says little.
func ValidateHealthInsurance(s string) error {
	var d [11]byte
	n, ok := collectDigits(s, d[:])
	switch {
	case !ok:
		return healthErrs.format
	case n != len(d):
		return healthErrs.length
	}
	return nil
}

// IsValidHealthInsurance reports whether ValidateHealthInsurance(s)
// returns nil.
func IsValidHealthInsurance(s string) bool { return ValidateHealthInsurance(s) == nil }

// MatchHealthInsurance matches a bare run of eleven digits whose first
// digit is text[i]. Every match carries EvidenceBare, EvidenceWeak and
// EvidenceNeedsContext: the detector reports it only next to a
// health-insurance word (건강보험증, 증번호 …) or under a telling field name.
// A run continued by a digit (or '-'/'.' and a digit) or touching an ASCII
// letter on either side is not a match.
func MatchHealthInsurance(text []byte, i int) (Match, bool) {
	if i < 0 || i+11 > len(text) || !isDigitByte(text[i]) || continuesNumberBefore(text, i) || alnumBefore(text, i) {
		return Match{}, false
	}
	end := digitRunEnd(text, i)
	if end-i != 11 || alnumAt(text, end) || continuesNumberAfter(text, end) {
		return Match{}, false
	}
	return Match{Kind: HealthInsurance, Start: i, End: end, Evidence: EvidenceBare | EvidenceWeak | EvidenceNeedsContext}, true
}
