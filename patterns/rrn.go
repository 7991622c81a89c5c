package patterns

// CompactRRN returns s with every character folded by FoldRune (full-width
// digits, dash look-alikes, wide spaces) and the separators '-', ' ', '.'
// and '/' removed. Other characters are kept, so that ValidateRRN on the
// result still reports RuleFormat: CompactRRN("９６０１２１－１０２１４１３")
// is "9601211021413", CompactRRN("960121+1021413") is "960121+1021413".
// A string of ASCII digits is returned unchanged, without allocating.
func CompactRRN(s string) string { return regCompact(s) }

// ValidateRRN reports whether s is a well-formed 주민등록번호 (resident
// registration number) of a Korean national, returning nil or a
// *ValidationError that unwraps to ErrFormat, ErrLength, ErrComponent,
// ErrDate or ErrChecksum. The error never contains the value.
//
// s is compacted as by CompactRRN; separators may stand anywhere. The
// rules, checked in this order:
//
//  1. format: only digits and separators (a '+' or a letter is RuleFormat);
//  2. length: exactly thirteen digits;
//  3. component: the seventh digit is 1–4 (1900s, 2000s) or 9/0 (1800s);
//     5–8 marks a foreigner registration number (use ValidateFRN). A 1800s
//     number whose digits also satisfy every CRN rule (type code from
//     별표3 and the CRN check digit, see ValidateCRN) is rejected as a
//     corporate registration number;
//  4. date: the birth date exists in the century of the seventh digit
//     (real calendar: 1900-02-29 does not exist, 2000-02-29 does) and does
//     not lie after the reference date (see WithReferenceDate,
//     WithFutureBirthDates);
//  5. checksum: only with WithStrictChecksum (see below).
//
// Where the sources disagree (korean-pii-formats.md §2), kpii decides:
//
//   - Seventh digit: Presidio accepts 1–4, Hibernate 1–8, python-stdnum
//     0–9, korean-id 0–4 and 9. kpii accepts 1–4, 9 and 0 as RRN and sends
//     5–8 to FRN (RuleComponent), so every number is exactly one of the two.
//   - Check digit: python-stdnum and stdnum-js enforce it; Presidio,
//     Hibernate (default) and Microsoft Purview do not. Numbers assigned
//     since 2020-10-05 end in six random digits, so a failed check digit
//     is reported in RegistrationInfo.ChecksumValid and is an error only
//     with WithStrictChecksum.
//   - Region code (digits 8–9): python-stdnum rejects values above 96,
//     Presidio calls 96–99 unverifiable. Since 2020-10 these digits are
//     random, so kpii neither checks nor reports them.
//   - Dates: Hibernate accepts any February 29; kpii uses the real
//     calendar of the century. python-stdnum accepts future birth dates by
//     default; kpii rejects them by default (RuleDate).
//   - RRN or CRN: the 6-7 shapes coincide. A 1800s number (nobody holding
//     one is alive) that passes the CRN rules is taken for a CRN; this
//     rejects python-stdnum's doctest number 971013-9019902, which passes
//     both. Numbers with other seventh digits are not rejected (a real
//     resident's number satisfies the CRN rules about one time in forty);
//     RegistrationInfo.CRNLookalike reports the overlap.
func ValidateRRN(s string, opts ...RegistrationOption) error {
	_, e := regParse(s, RRN, opts)
	return regError(e)
}

// IsValidRRN reports whether ValidateRRN(s, opts...) returns nil.
func IsValidRRN(s string, opts ...RegistrationOption) bool {
	_, e := regParse(s, RRN, opts)
	return e == nil
}

// FormatRRN returns the thirteen digits of s in the canonical display form
// YYMMDD-NNNNNNN. It checks only the shape (format and length, as the
// first two rules of ValidateRRN) and does not judge the number: use
// ValidateRRN for that. It is the same as FormatFRN but for the Kind of
// its errors.
func FormatRRN(s string) (string, error) { return regFormat(s, &rrnErrs) }

// ParseRRN validates s as ValidateRRN does and returns what the number
// says: birth date, century, sex, and which check-digit formula holds.
// On error it returns the zero RegistrationInfo.
func ParseRRN(s string, opts ...RegistrationOption) (RegistrationInfo, error) {
	info, e := regParse(s, RRN, opts)
	return info, regError(e)
}
