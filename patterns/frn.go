package patterns

// CompactFRN returns s folded and without separators, exactly as
// CompactRRN does.
func CompactFRN(s string) string { return regCompact(s) }

// ValidateFRN reports whether s is a well-formed 외국인등록번호 (foreigner
// registration number), returning nil or a *ValidationError that unwraps
// to ErrFormat, ErrLength, ErrComponent, ErrDate or ErrChecksum. The error
// never contains the value.
//
// s is compacted as by CompactFRN. The rules, checked in this order:
//
//  1. format: only digits and separators;
//  2. length: exactly thirteen digits;
//  3. component: the seventh digit is 5/6 (born in the 1900s) or 7/8
//     (2000s); any other digit is RuleComponent;
//  4. date: the birth date exists in that century and does not lie after
//     the reference date (see WithReferenceDate, WithFutureBirthDates);
//  5. checksum: only with WithStrictChecksum, which accepts a number that
//     satisfies either published variant.
//
// Where the sources disagree (korean-pii-formats.md §3), kpii decides:
//
//   - Check digit: eGov, Presidio and korean-id ≥ 1.3 use the "+2" variant
//     (13 − s mod 11) mod 10; Hibernate, python-stdnum and korean-id ≤ 1.2
//     use the RRN formula (11 − s mod 11) mod 10; banksalad found real
//     numbers that satisfy neither, and whether the 2020-10 randomisation
//     covers FRNs is unknown. Neither variant decides: the one that holds
//     is reported in RegistrationInfo.Checksum (ChecksumFRNPlus2 or
//     ChecksumRRN), and a number satisfying neither is valid unless
//     WithStrictChecksum is given.
//   - The legacy JavaScript rules (digits 8–9 even, digit 12 in 6–9) are
//     not applied: one copy records that the digit-12 rule was dropped in
//     2013, and no primary source confirms either.
//   - Dates follow ValidateRRN: real calendar, no future dates by default.
func ValidateFRN(s string, opts ...RegistrationOption) error {
	_, e := regParse(s, FRN, opts)
	return regError(e)
}

// IsValidFRN reports whether ValidateFRN(s, opts...) returns nil.
func IsValidFRN(s string, opts ...RegistrationOption) bool {
	_, e := regParse(s, FRN, opts)
	return e == nil
}

// FormatFRN returns the thirteen digits of s in the canonical display form
// YYMMDD-NNNNNNN. Like FormatRRN it checks only the shape (format and
// length); use ValidateFRN to judge the number.
func FormatFRN(s string) (string, error) { return regFormat(s, &frnErrs) }

// ParseFRN validates s as ValidateFRN does and returns what the number
// says: birth date, century, sex, and which check-digit variant holds.
// On error it returns the zero RegistrationInfo.
func ParseFRN(s string, opts ...RegistrationOption) (RegistrationInfo, error) {
	info, e := regParse(s, FRN, opts)
	return info, regError(e)
}
