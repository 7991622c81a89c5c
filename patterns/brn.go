package patterns

// 사업자등록번호 (business registration number, BRN): CompactBRN,
// ValidateBRN, IsValidBRN, FormatBRN, ParseBRN and MatchBRN (formats
// reference §7.3). The 법인등록번호 (corporate registration number) is a
// different number, in crn.go.
//
// Layout, ten digits NNN-NN-NNNNN: a three-digit office code (historically
// the tax office; now assigned 101–999 in sequence), a two-digit type code
// (개인·법인 구분코드), a four-digit serial and a check digit.

// BRNType is the kind of business the type code (digits 4–5) of a
// business registration number gives, as the National Tax Service assigns
// them.
type BRNType uint8

// The business types. BRNUnknown is the type of the zero BRNInfo.
const (
	BRNUnknown           BRNType = iota
	BRNIndividual                // 01–79: 개인 과세사업자, individual, taxable
	BRNIndividualExempt          // 90–99: 개인 면세사업자, individual, tax-exempt
	BRNSpecial                   // 80: 아파트관리사무소 등, 다단계판매원
	BRNReligious                 // 89: 법인 아닌 종교단체, non-corporate religious body
	BRNCorporation               // 81, 86, 87, 88: 영리법인 본점, for-profit corporation, head office
	BRNCorporationBranch         // 85: 영리법인 지점, for-profit corporation, branch
	BRNNonProfit                 // 82: 비영리법인, non-profit corporation
	BRNGovernment                // 83: 국가·지방자치단체, state or local government
	BRNForeign                   // 84: 외국법인, foreign corporation
	brnTypeCount
)

var brnTypeNames = [brnTypeCount]struct{ en, ko string }{
	BRNUnknown:           {"unknown", "알 수 없음"},
	BRNIndividual:        {"individual", "개인 과세사업자"},
	BRNIndividualExempt:  {"individual-exempt", "개인 면세사업자"},
	BRNSpecial:           {"special", "아파트관리사무소 등"},
	BRNReligious:         {"religious", "법인 아닌 종교단체"},
	BRNCorporation:       {"corporation", "영리법인 본점"},
	BRNCorporationBranch: {"corporation-branch", "영리법인 지점"},
	BRNNonProfit:         {"non-profit", "비영리법인"},
	BRNGovernment:        {"government", "국가·지방자치단체"},
	BRNForeign:           {"foreign", "외국법인"},
}

// String returns the type's stable English name: "individual",
// "individual-exempt", "special", "religious", "corporation",
// "corporation-branch", "non-profit", "government", "foreign" or "unknown".
func (t BRNType) String() string {
	if t < brnTypeCount {
		return brnTypeNames[t].en
	}
	return "unknown"
}

// KoreanName returns the type's Korean name: 개인 과세사업자, 영리법인 본점 ….
func (t BRNType) KoreanName() string {
	if t < brnTypeCount {
		return brnTypeNames[t].ko
	}
	return brnTypeNames[BRNUnknown].ko
}

// Corporate reports whether the type is a corporation's (type codes 81–88):
// its number belongs to a company, not to a person.
func (t BRNType) Corporate() bool { return t >= BRNCorporation && t <= BRNForeign }

// brnTypeOf maps a type code 0–99 to its type; 0 has none.
func brnTypeOf(code int) BRNType {
	switch {
	case code >= 1 && code <= 79:
		return BRNIndividual
	case code >= 90 && code <= 99:
		return BRNIndividualExempt
	}
	switch code {
	case 80:
		return BRNSpecial
	case 89:
		return BRNReligious
	case 81, 86, 87, 88:
		return BRNCorporation
	case 85:
		return BRNCorporationBranch
	case 82:
		return BRNNonProfit
	case 83:
		return BRNGovernment
	case 84:
		return BRNForeign
	}
	return BRNUnknown
}

// BRNInfo is what a valid business registration number says. ParseBRN
// returns it; the zero value is what it returns alongside an error.
type BRNInfo struct {
	// OfficeCode is digits 1–3: historically the tax office, now a
	// sequence number 101–999.
	OfficeCode string
	// TypeCode is digits 4–5, 1–99.
	TypeCode int
	// Type is what the type code says.
	Type BRNType
}

// BRNContextWords raise a BRN candidate's confidence and let a bare
// 10-digit run be reported (formats reference §9).
var BRNContextWords = []string{
	"사업자등록번호", "사업자 등록번호", "사업자번호", "사업자 번호", "사업자등록증", "사업자",
	"brn", "business registration", "business number", "business no", "tax registration number",
	"bizr_no", "bizrno", "biz_no", "bizno", "biz_reg_no",
}

var brnErrs = struct {
	format, length, office, typ, serial, checksum *ValidationError
}{
	format:   newValidationError(BRN, RuleFormat, "character other than a digit or a separator"),
	length:   newValidationError(BRN, RuleLength, "not ten digits"),
	office:   newValidationError(BRN, RuleComponent, "office code below one hundred and one"),
	typ:      newValidationError(BRN, RuleComponent, "type code zero"),
	serial:   newValidationError(BRN, RuleComponent, "serial of zeros"),
	checksum: newValidationError(BRN, RuleChecksum, "check digit does not hold"),
}

// brnWeights are the check-digit weights of digits 1–9.
var brnWeights = [9]int{1, 3, 7, 1, 3, 7, 1, 3, 5}

// brnCheckDigits checks ten ASCII digits against every BRN rule. It does
// not allocate; the detector calls it on every candidate.
func brnCheckDigits(d []byte) *ValidationError {
	if len(d) != 10 {
		return brnErrs.length
	}
	for _, c := range d {
		if c-'0' > 9 {
			return brnErrs.format
		}
	}
	if int(d[0]-'0')*100+int(d[1]-'0')*10+int(d[2]-'0') < 101 {
		return brnErrs.office
	}
	if d[3] == '0' && d[4] == '0' {
		return brnErrs.typ
	}
	if d[5] == '0' && d[6] == '0' && d[7] == '0' && d[8] == '0' {
		return brnErrs.serial
	}
	s := 0
	for k, w := range brnWeights {
		s += w * int(d[k]-'0')
	}
	s += int(d[8]-'0') * 5 / 10
	if (10-s%10)%10 != int(d[9]-'0') {
		return brnErrs.checksum
	}
	return nil
}

func brnCollect(s string, d *[10]byte) *ValidationError {
	n, ok := collectDigits(s, d[:])
	switch {
	case !ok:
		return brnErrs.format
	case n != len(d):
		return brnErrs.length
	}
	return nil
}

// CompactBRN returns s folded (FoldRune) and without the separators '-',
// ' ', '.' and '/': "124-81-00998" becomes "1248100998". Other characters
// are kept, so ValidateBRN of the result still reports them.
func CompactBRN(s string) string { return compactDigits(s) }

// ValidateBRN reports whether s is a well-formed 사업자등록번호, returning
// nil or a *ValidationError that unwraps to ErrFormat, ErrLength,
// ErrComponent or ErrChecksum. The error never contains the value. It does
// not allocate.
//
// s is read as by CompactBRN: separators may stand anywhere. The rules, in
// this order:
//
//  1. format: only digits and separators;
//  2. length: ten digits;
//  3. component: the office code (digits 1–3) is at least 101, the type
//     code (digits 4–5) is not 00 and the serial (digits 6–9) is not
//     0000, as python-stdnum checks;
//  4. checksum: with s = d₁ + 3d₂ + 7d₃ + d₄ + 3d₅ + 7d₆ + d₇ + 3d₈ + 5d₉
//     + ⌊5d₉ / 10⌋, the check digit d₁₀ is (10 − s mod 10) mod 10 (the
//     National Tax Service formula, as eGovFramework and Presidio compute
//     it).
//
// Where the sources disagree (korean-pii-formats.md §7.3), kpii decides:
// python-stdnum does not check the digit ("I have not been able to find
// the algorithm"); kpii does, because 231 of python-stdnum's 234 numbers
// found online pass it (two of the three failures look like typos, one is a
// placeholder). Every type code 01–99 is accepted: the National Tax
// Service's table assigns all of them.
func ValidateBRN(s string) error {
	var d [10]byte
	if e := brnCollect(s, &d); e != nil {
		return e
	}
	return errOrNil(brnCheckDigits(d[:]))
}

// IsValidBRN reports whether ValidateBRN(s) returns nil.
func IsValidBRN(s string) bool { return ValidateBRN(s) == nil }

// FormatBRN returns the ten digits of s in the display form NNN-NN-NNNNN.
// It checks only the shape (format and length); use ValidateBRN to judge
// the number.
func FormatBRN(s string) (string, error) {
	var d [10]byte
	if e := brnCollect(s, &d); e != nil {
		return "", e
	}
	return string(appendGrouped(make([]byte, 0, 12), d[:], '-', 3, 2, 5)), nil
}

// ParseBRN validates s as ValidateBRN does and returns its office code,
// type code and type. On error it returns the zero BRNInfo.
func ParseBRN(s string) (BRNInfo, error) {
	var d [10]byte
	if e := brnCollect(s, &d); e != nil {
		return BRNInfo{}, e
	}
	if e := brnCheckDigits(d[:]); e != nil {
		return BRNInfo{}, e
	}
	code := int(d[3]-'0')*10 + int(d[4]-'0')
	return BRNInfo{OfficeCode: string(d[:3]), TypeCode: code, Type: brnTypeOf(code)}, nil
}

// MatchBRN matches a 사업자등록번호 whose first digit is text[i], validated
// by every rule of ValidateBRN:
//
//   - NNN-NN-NNNNN: EvidenceCanonical, reported without context;
//   - the same groups separated by single spaces (220 88 69974):
//     EvidenceWeak, reported with a context word;
//   - a bare run of ten digits: EvidenceBare and EvidenceNeedsContext.
//
// Every match carries EvidenceChecksumOK. The placeholder 123-45-6789x
// (123-45-67891 passes the check digit) carries EvidenceLookalike. A
// candidate continued by a digit (or '-'/'.' and a digit) on either side is
// not a match; a bare run must not touch an ASCII letter either.
func MatchBRN(text []byte, i int) (Match, bool) {
	if i < 0 || i >= len(text) || !isDigitByte(text[i]) || continuesNumberBefore(text, i) {
		return Match{}, false
	}
	var g [4]digitGroup
	ng, sep := readDigitGroups(text, i, g[:], true)
	var d [10]byte
	var ev Evidence
	end := 0
	switch {
	case ng == 1 && g[0].len() == 10:
		end = g[0].end
		if alnumBefore(text, i) || alnumAt(text, end) || continuesNumberAfter(text, end) {
			return Match{}, false
		}
		copy(d[:], text[i:end])
		ev = EvidenceBare | EvidenceNeedsContext
	case ng >= 3 && g[0].len() == 3 && g[1].len() == 2 && g[2].len() == 5:
		end = g[2].end
		if groupsContinue(text, end, sep) {
			return Match{}, false
		}
		copy(d[:3], text[g[0].start:g[0].end])
		copy(d[3:5], text[g[1].start:g[1].end])
		copy(d[5:], text[g[2].start:g[2].end])
		ev = EvidenceCanonical
		if sep == ' ' {
			ev = EvidenceWeak
		}
	default:
		return Match{}, false
	}
	if brnCheckDigits(d[:]) != nil {
		return Match{}, false
	}
	ev |= EvidenceChecksumOK
	if string(d[:9]) == "123456789" {
		ev |= EvidenceLookalike
	}
	return Match{Kind: BRN, Start: i, End: end, Evidence: ev}, true
}
