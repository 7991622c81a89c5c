package patterns

// CRNInfo is what a valid 법인등록번호 (corporate registration number)
// says. ParseCRN returns it; the zero value is what it returns alongside
// an error.
type CRNInfo struct {
	// RegistryOffice is the four-digit code of the registry office
	// (등기관서) that assigned the number: digits 1–4.
	RegistryOffice string
	// TypeCode is the corporation type code (법인종류), digits 5–6: one
	// of the codes of 별표3 of 「법인 및 재외국민의 부동산등기용등록번호
	// 부여에 관한 규칙」.
	TypeCode int
	// Type describes the group of TypeCode in 별표3: "commercial
	// company" (11–15), "civil-law corporation" (21–22), "special-law
	// corporation" (31–53), "other corporation" (71) or "foreign
	// corporation" (81–86).
	Type string
}

// crnTypeNames are the groups of 별표3, indexed by crnTypeGroups.
var crnTypeNames = [...]string{
	"",
	"commercial company",
	"civil-law corporation",
	"special-law corporation",
	"other corporation",
	"foreign corporation",
}

// crnTypeGroups maps a two-digit type code to its group in crnTypeNames,
// 0 for a code that 별표3 does not assign.
var crnTypeGroups = func() (t [100]uint8) {
	for c := 11; c <= 15; c++ {
		t[c] = 1
	}
	t[21], t[22] = 2, 2
	for c := 31; c <= 53; c++ {
		t[c] = 3
	}
	t[71] = 4
	for c := 81; c <= 86; c++ {
		t[c] = 5
	}
	return t
}()

var crnErrs = regErrorSet{
	format:    newValidationError(CRN, RuleFormat, "character other than a digit or a separator"),
	length:    newValidationError(CRN, RuleLength, "not thirteen digits"),
	component: newValidationError(CRN, RuleComponent, "corporation type code not in the registry table"),
	checksum:  newValidationError(CRN, RuleChecksum, "check digit does not hold"),
}

// crnCheckDigits checks thirteen ASCII digits against the CRN rules that
// need no lookup beyond a small table: the type code (digits 5–6) must be
// in 별표3 and the check digit must hold. It does not allocate; the
// detector and the RRN validator call it on every candidate.
func crnCheckDigits(d []byte) *ValidationError {
	if len(d) != 13 {
		return crnErrs.length
	}
	for _, c := range d {
		if c-'0' > 9 {
			return crnErrs.format
		}
	}
	if crnTypeGroups[int(d[4]-'0')*10+int(d[5]-'0')] == 0 {
		return crnErrs.component
	}
	sum := 0
	for i := 0; i < 12; i += 2 {
		sum += int(d[i]-'0') + 2*int(d[i+1]-'0')
	}
	if (10-sum%10)%10 != int(d[12]-'0') {
		return crnErrs.checksum
	}
	return nil
}

// CompactCRN returns s folded and without separators, exactly as
// CompactRRN does.
func CompactCRN(s string) string { return regCompact(s) }

// ValidateCRN reports whether s is a well-formed 법인등록번호, returning nil
// or a *ValidationError that unwraps to ErrFormat, ErrLength, ErrComponent
// or ErrChecksum. The error never contains the value.
//
// Layout: registry office (4 digits), corporation type (2), serial (6),
// check digit (1); displayed NNNNNN-NNNNNNN. s is compacted as by
// CompactCRN. The rules, checked in this order:
//
//  1. format: only digits and separators;
//  2. length: exactly thirteen digits;
//  3. component: the type code (digits 5–6) is assigned by 별표3: 11–15,
//     21–22, 31–53, 71 or 81–86;
//  4. checksum: with s = d₁ + 2·d₂ + d₃ + 2·d₄ + … + 2·d₁₂ (plain
//     products, weights 1 2 1 2 …), the check digit is (10 − s mod 10)
//     mod 10.
//
// Where the sources disagree (korean-pii-formats.md §7.4), kpii decides:
//
//   - Check digit: korean-id folds two-digit products as Luhn does; eGov
//     and every published real number use plain products. kpii uses plain
//     products, and the check digit is a hard rule here, unlike for RRNs.
//     A proposed Presidio recognizer (PR 2178) states that numbers issued
//     since 2025-01-31 carry no check digit; no primary source in the
//     reference confirms it, so kpii keeps the rule and will relax it
//     when that is confirmed.
//   - The registry office code is not checked: no complete table of
//     office codes is published.
func ValidateCRN(s string) error {
	var d [13]byte
	return regError(crnValidate(s, &d))
}

// IsValidCRN reports whether ValidateCRN(s) returns nil.
func IsValidCRN(s string) bool {
	var d [13]byte
	return crnValidate(s, &d) == nil
}

// FormatCRN returns the thirteen digits of s in the display form
// NNNNNN-NNNNNNN. It checks only the shape (format and length); use
// ValidateCRN to judge the number.
func FormatCRN(s string) (string, error) { return regFormat(s, &crnErrs) }

// ParseCRN validates s as ValidateCRN does and returns its registry office
// code, type code and type description. On error it returns the zero
// CRNInfo.
func ParseCRN(s string) (CRNInfo, error) {
	var d [13]byte
	if e := crnValidate(s, &d); e != nil {
		return CRNInfo{}, e
	}
	code := int(d[4]-'0')*10 + int(d[5]-'0')
	return CRNInfo{
		RegistryOffice: string(d[:4]),
		TypeCode:       code,
		Type:           crnTypeNames[crnTypeGroups[code]],
	}, nil
}

// crnValidate collects the digits of s into d and checks them; it does
// not allocate.
func crnValidate(s string, d *[13]byte) *ValidationError {
	if e := regCollect(s, &crnErrs, d); e != nil {
		return e
	}
	return crnCheckDigits(d[:])
}
