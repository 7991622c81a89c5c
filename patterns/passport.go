package patterns

import "unicode/utf8"

// Korean passport numbers (여권번호): CompactPassport, ValidatePassport,
// IsValidPassport, FormatPassport, ParsePassport and MatchPassport
// (formats reference §7.1).
//
// Two layouts are in circulation: one type letter and eight digits
// (M12345678), issued until 2021-12-20, and one type letter, three digits,
// a letter and four digits (M123A4567), the 차세대 전자여권 issued since
// 2021-12-21. Old passports stay valid until they expire, so both occur.
// There is no public check digit (the MRZ has ICAO 9303 check digits; the
// number printed on the data page has none).

// PassportType is the kind of passport the first letter of the number
// gives.
type PassportType uint8

// The passport types. PassportUnknown is the type of the zero PassportInfo.
const (
	PassportUnknown    PassportType = iota
	PassportMultiple                // M: 복수여권, multiple-journey
	PassportSingle                  // S: 단수여권, single-journey
	PassportResident                // R: 거주여권, for residents abroad
	PassportDiplomatic              // D: 외교관여권
	PassportOfficial                // O or G: 관용여권 (the sources disagree on the letter; both are accepted)
	passportTypeCount
)

var passportTypeNames = [passportTypeCount]struct{ en, ko string }{
	PassportUnknown:    {"unknown", "알 수 없음"},
	PassportMultiple:   {"multiple", "복수여권"},
	PassportSingle:     {"single", "단수여권"},
	PassportResident:   {"resident", "거주여권"},
	PassportDiplomatic: {"diplomatic", "외교관여권"},
	PassportOfficial:   {"official", "관용여권"},
}

// String returns the type's English name: "multiple", "single",
// "resident", "diplomatic", "official" or "unknown".
func (t PassportType) String() string {
	if t < passportTypeCount {
		return passportTypeNames[t].en
	}
	return "unknown"
}

// KoreanName returns the type's Korean name: 복수여권, 단수여권 ….
func (t PassportType) KoreanName() string {
	if t < passportTypeCount {
		return passportTypeNames[t].ko
	}
	return passportTypeNames[PassportUnknown].ko
}

// passportTypeOf maps an upper-case type letter to its type.
func passportTypeOf(c byte) PassportType {
	switch c {
	case 'M':
		return PassportMultiple
	case 'S':
		return PassportSingle
	case 'R':
		return PassportResident
	case 'D':
		return PassportDiplomatic
	case 'O', 'G':
		return PassportOfficial
	}
	return PassportUnknown
}

// PassportInfo is what a valid passport number says. ParsePassport returns
// it; the zero value is what it returns alongside an error. It holds no
// digit of the number.
type PassportInfo struct {
	// Type is the passport type its first letter gives.
	Type PassportType
	// Letter is that first letter, upper case: M, S, R, D, O or G.
	Letter byte
	// NextGeneration is true for the 차세대 전자여권 layout M123A4567,
	// issued since 2021-12-21, and false for the older M12345678.
	NextGeneration bool
}

// PassportContextWords raise a passport candidate to a finding (formats
// reference §9): without one of them, or a field name that says passport,
// the detector does not report the bare shape, which is common in part and
// order codes.
var PassportContextWords = []string{
	"여권번호", "여권 번호", "여권", "한국 여권", "한국여권", "대한민국 여권", "여권정보", "passport", "passport no",
	"passport number", "passport#", "passportno", "passport_no", "passport_number", "ppt no",
}

var (
	passportErrChar   = newValidationError(Passport, RuleFormat, "character other than a letter or a digit")
	passportErrLength = newValidationError(Passport, RuleLength, "not nine characters")
	passportErrLayout = newValidationError(Passport, RuleFormat, "not a letter and eight digits, or a letter, three digits, a letter and four digits")
	passportErrType   = newValidationError(Passport, RuleComponent, "type letter is not M, S, R, D, O or G")
)

// passportCollect folds s, skips leading and trailing spaces, upper-cases
// ASCII letters and stores the characters in b. Any character other than an
// ASCII letter or digit between the first and the last is a RuleFormat
// error; a count other than nine a RuleLength error. It does not allocate.
func passportCollect(s string, b *[9]byte) *ValidationError {
	n := 0
	spaceAfter := false
	for i := 0; i < len(s); {
		r := rune(s[i])
		if r < utf8.RuneSelf {
			i++
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
			r = FoldRune(r)
		}
		switch {
		case r == ' ' || r == '\t':
			spaceAfter = n > 0
			continue
		case r < utf8.RuneSelf && isASCIIAlnum(byte(r)):
			if spaceAfter {
				return passportErrChar // "M123 A4567"
			}
			if r >= 'a' {
				r -= 'a' - 'A'
			}
			if n < len(b) {
				b[n] = byte(r)
			}
			n++
		default:
			return passportErrChar
		}
	}
	if n != len(b) {
		return passportErrLength
	}
	return nil
}

// passportLayout checks nine upper-case ASCII letters and digits against the
// two layouts and reports whether it is the next-generation one.
func passportLayout(b []byte) (next bool, e *ValidationError) {
	if len(b) != 9 || b[0]-'A' >= 26 {
		return false, passportErrLayout
	}
	for k := 1; k < 9; k++ {
		c := b[k]
		if k == 4 && c-'A' < 26 {
			next = true
			continue
		}
		if !isDigitByte(c) {
			return false, passportErrLayout
		}
	}
	return next, nil
}

func passportParse(s string) (PassportInfo, *ValidationError) {
	var b [9]byte
	if e := passportCollect(s, &b); e != nil {
		return PassportInfo{}, e
	}
	next, e := passportLayout(b[:])
	if e != nil {
		return PassportInfo{}, e
	}
	t := passportTypeOf(b[0])
	if t == PassportUnknown {
		return PassportInfo{}, passportErrType
	}
	return PassportInfo{Type: t, Letter: b[0], NextGeneration: next}, nil
}

// CompactPassport returns s with every character folded by FoldRune
// (full-width letters and digits), leading and trailing spaces removed and
// ASCII letters upper-cased: CompactPassport(" ｍ１２３４５６７８ ") is
// "M12345678". Passport numbers are written without separators, so inner
// spaces and hyphens are kept for ValidatePassport to reject.
func CompactPassport(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		r = FoldRune(r)
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		b = utf8.AppendRune(b, r)
	}
	start, end := 0, len(b)
	for start < end && (b[start] == ' ' || b[start] == '\t') {
		start++
	}
	for end > start && (b[end-1] == ' ' || b[end-1] == '\t') {
		end--
	}
	return string(b[start:end])
}

// ValidatePassport reports whether s is a well-formed Korean passport
// number, returning nil or a *ValidationError that unwraps to ErrFormat,
// ErrLength or ErrComponent. The error never contains the value.
// ValidatePassport does not allocate.
//
// s is read as by CompactPassport (letter case and surrounding spaces do not
// matter). The rules, in this order:
//
//  1. format: only ASCII letters and digits, no inner space or hyphen
//     (M123 A4567 and M123-A4567 are rejected, as by Presidio's tests);
//  2. length: nine characters;
//  3. format: a letter and eight digits (M12345678), or a letter, three
//     digits, a letter and four digits (M123A4567);
//  4. component: the first letter is a type letter: M (복수), S (단수),
//     R (거주), D (외교관), or O or G (관용).
//
// Where the sources disagree (korean-pii-formats.md §7.1), kpii decides:
// the official passport's letter is G on the foreign ministry's 2015 page
// and O in Microsoft Purview, Presidio and korean-id; kpii accepts both.
// The fifth character of the new layout may be any letter.
func ValidatePassport(s string) error {
	_, e := passportParse(s)
	return errOrNil(e)
}

// IsValidPassport reports whether ValidatePassport(s) returns nil.
func IsValidPassport(s string) bool {
	_, e := passportParse(s)
	return e == nil
}

// FormatPassport returns the number in its printed form: nine upper-case
// characters, M12345678 or M123A4567. It checks the shape (rules 1–3 of
// ValidatePassport), not the type letter; use ValidatePassport for that.
func FormatPassport(s string) (string, error) {
	var b [9]byte
	if e := passportCollect(s, &b); e != nil {
		return "", e
	}
	if _, e := passportLayout(b[:]); e != nil {
		return "", e
	}
	return string(b[:]), nil
}

// ParsePassport validates s as ValidatePassport does and returns the type
// and the layout of the number. On error it returns the zero PassportInfo.
func ParsePassport(s string) (PassportInfo, error) {
	info, e := passportParse(s)
	return info, errOrNil(e)
}

// MatchPassport matches a passport number whose type letter is text[i]:
// an upper-case M, S, R, D, O or G followed by eight digits, or by three
// digits, an upper-case letter and four digits. The letter must not follow
// an ASCII letter or digit, and the number must not be followed by one
// (SM12345678, M123456789 and M12345678A are not matches); a Korean
// particle or any punctuation may follow. Lower-case letters are not
// matched: the number is printed in capitals, and lower-case shapes in logs
// are hashes and ids.
//
// Every match carries EvidenceNeedsContext: the shape alone is common in
// part, model and order codes (formats reference §7.1, FluxGuard), so the
// detector reports it only next to a passport context word or under a
// field name that says passport.
func MatchPassport(text []byte, i int) (Match, bool) {
	n := len(text)
	if i < 0 || i+9 > n || passportTypeOf(text[i]) == PassportUnknown || alnumBefore(text, i) {
		return Match{}, false
	}
	ev := EvidenceNeedsContext | EvidenceCanonical
	for k := 1; k < 9; k++ {
		c := text[i+k]
		if k == 4 && c-'A' < 26 {
			continue
		}
		if !isDigitByte(c) {
			return Match{}, false
		}
	}
	if alnumAt(text, i+9) {
		return Match{}, false
	}
	return Match{Kind: Passport, Start: i, End: i + 9, Evidence: ev}, true
}

// IsPassportTypeLetter reports whether c is one of the upper-case type
// letters a Korean passport number starts with (M, S, R, D, O, G). The
// detector calls it on the byte before a digit run of length 8 or 3 before
// it calls MatchPassport.
func IsPassportTypeLetter(c byte) bool { return passportTypeOf(c) != PassportUnknown }
