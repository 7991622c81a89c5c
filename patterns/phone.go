package patterns

import "unicode/utf8"

// Korean telephone numbers: CompactPhone, ValidatePhone, IsValidPhone,
// FormatPhone and ParsePhone. The numbering plan itself is data, in
// phone_table.go.

// PhoneType is the kind of service a Korean phone number reaches, as the
// numbering plan assigns it by prefix.
type PhoneType uint8

// The phone types. PhoneUnknown is the type of the zero PhoneInfo; every
// valid number has one of the others.
const (
	PhoneUnknown        PhoneType = iota // not a valid number
	PhoneMobile                          // 휴대전화: 010; legacy 011, 016, 017, 018, 019
	PhoneM2M                             // 사물통신: 012, machine-to-machine lines (libphonenumber: mobile)
	PhonePager                           // 무선호출: 015
	PhoneLandline                        // 유선전화: area codes 02, 031–033, 041–044, 051–055, 061–064
	PhoneAreaShortCode                   // a 3- or 4-digit service code dialled after an area code: 031-120 (libphonenumber: fixed line)
	PhoneVoIP                            // 인터넷전화: 070
	PhonePersonal                        // 개인번호 (평생번호, 안심번호): 050X
	PhoneTollFree                        // 수신자부담: 080, 030, and the international 00308, 00368, 00798
	PhonePremiumRate                     // 정보이용료: 060
	PhoneRepresentative                  // 전국대표번호: 15XX, 16XX, 18XX (eight digits, no area code)
	phoneTypeCount
)

var phoneTypeNames = [phoneTypeCount]struct{ en, ko string }{
	PhoneUnknown:        {"unknown", "알 수 없음"},
	PhoneMobile:         {"mobile", "휴대전화"},
	PhoneM2M:            {"m2m", "사물통신"},
	PhonePager:          {"pager", "무선호출"},
	PhoneLandline:       {"landline", "유선전화"},
	PhoneAreaShortCode:  {"area-short-code", "지역 단축번호"},
	PhoneVoIP:           {"voip", "인터넷전화"},
	PhonePersonal:       {"personal", "개인번호"},
	PhoneTollFree:       {"toll-free", "수신자부담"},
	PhonePremiumRate:    {"premium-rate", "정보이용료"},
	PhoneRepresentative: {"representative", "전국대표번호"},
}

// String returns the type's stable English name: "mobile", "m2m", "pager",
// "landline", "area-short-code", "voip", "personal", "toll-free",
// "premium-rate", "representative" or "unknown".
func (t PhoneType) String() string {
	if t < phoneTypeCount {
		return phoneTypeNames[t].en
	}
	return "unknown"
}

// KoreanName returns the type's Korean name (휴대전화, 유선전화, 전국대표번호 …).
func (t PhoneType) KoreanName() string {
	if t < phoneTypeCount {
		return phoneTypeNames[t].ko
	}
	return phoneTypeNames[PhoneUnknown].ko
}

// Korean returns the region's short Korean name, as libphonenumber's
// geocoder gives it: 서울, 경기, 세종 … ("" for none).
func (r PhoneRegion) Korean() string { return phoneRegionNames[r.index()].korean }

// English returns the region's English name, as libphonenumber's geocoder
// gives it: Seoul, Gyeonggi, Sejong City … ("" for none).
func (r PhoneRegion) English() string { return phoneRegionNames[r.index()].english }

// OfficialName returns the official Korean name of the 시/도: 서울특별시,
// 경기도, 강원특별자치도 … ("" for none).
func (r PhoneRegion) OfficialName() string { return phoneRegionNames[r.index()].official }

// AreaCode returns the region's area code with its trunk prefix: "02",
// "031" … ("" for none).
func (r PhoneRegion) AreaCode() string { return phoneRegionNames[r.index()].areaCode }

// String returns the English name, or "none" for the zero PhoneRegion.
func (r PhoneRegion) String() string {
	if r.index() == phoneRegionNone {
		return "none"
	}
	return r.English()
}

func (r PhoneRegion) index() PhoneRegion {
	if r >= phoneRegionCount {
		return phoneRegionNone
	}
	return r
}

// phoneClass is what the numbering plan says about a national digit
// string: the result of phoneClassify.
type phoneClass struct {
	typ       PhoneType
	prefixLen int         // length of the area or service prefix, trunk 0 included: 3 for 010, 2 for 02, 4 for 0505 and 1588, 5 for 00798
	region    PhoneRegion // for landlines and area short codes; phoneRegionNone otherwise
	legacy    bool        // a range or shape no longer issued: 011/016–019, 010 with a 3-digit middle group
}

// phoneMaxNational is the longest national number in the plan (00798 and
// nine digits).
const phoneMaxNational = 14

// phoneMaxWritten bounds the digits kept while reading a written number:
// the longest international call prefix, the country code, a trunk 0 and
// the longest national number fit.
const phoneMaxWritten = 24

// The shared errors. Details describe the rule, never the number.
var (
	phoneErrEmpty       = newValidationError(Phone, RuleFormat, "no digits")
	phoneErrChar        = newValidationError(Phone, RuleFormat, "character not used in phone numbers")
	phoneErrDigits      = newValidationError(Phone, RuleFormat, "national number holds a non-digit")
	phoneErrPlus        = newValidationError(Phone, RuleFormat, "plus sign not at the start")
	phoneErrParen       = newValidationError(Phone, RuleFormat, "parentheses misplaced or unbalanced")
	phoneErrSep         = newValidationError(Phone, RuleFormat, "separator misplaced")
	phoneErrCountry     = newValidationError(Phone, RuleComponent, "country code is not Korea's")
	phoneErrTrunk       = newValidationError(Phone, RuleComponent, "national number lacks the trunk prefix")
	phoneErrPrefix      = newValidationError(Phone, RuleComponent, "prefix not in the numbering plan")
	phoneErrUAN         = newValidationError(Phone, RuleComponent, "not a representative-number prefix")
	phoneErrLeadingZero = newValidationError(Phone, RuleComponent, "subscriber number begins with zero")
	phoneErrSubscriber  = newValidationError(Phone, RuleComponent, "subscriber range not in the numbering plan")
	phoneErrTooShort    = newValidationError(Phone, RuleLength, "too few digits for the prefix")
	phoneErrTooLong     = newValidationError(Phone, RuleLength, "too many digits for the prefix")
	phoneErrShortCode   = newValidationError(Phone, RuleLength, "short service number, not a subscriber number")
)

// phoneClassify checks a national digit string against the numbering plan
// and says what it is. d holds ASCII digits only: a number with its trunk
// prefix 0 (01012345678, 021234567, 0079812345678) or an eight-digit
// representative number (15881234); no separators, no country code. It
// does not allocate.
func phoneClassify(d []byte) (phoneClass, *ValidationError) {
	n := len(d)
	if n == 0 {
		return phoneClass{}, phoneErrEmpty
	}
	for _, c := range d {
		if c-'0' > 9 {
			return phoneClass{}, phoneErrDigits
		}
	}
	if n > phoneMaxNational {
		return phoneClass{}, phoneErrTooLong
	}
	switch d[0] {
	case '0':
		if n < 3 {
			return phoneClass{}, phoneErrTooShort
		}
	case '1':
		switch {
		case n <= 5: // 112, 119, 1330, 13xxx: ShortNumberMetadata
			return phoneClass{}, phoneErrShortCode
		case n == 9 || n == 10: // 1012345678: a mobile without its 0
			return phoneClass{}, phoneErrTrunk
		case n < 8:
			return phoneClass{}, phoneErrTooShort
		case n > 8:
			return phoneClass{}, phoneErrTooLong
		}
	default:
		return phoneClass{}, phoneErrTrunk
	}
	key := int(d[0]-'0')*100 + int(d[1]-'0')*10 + int(d[2]-'0')
	first := int(phoneIndex[key]) - 1
	if first < 0 {
		if d[0] == '1' {
			return phoneClass{}, phoneErrUAN
		}
		return phoneClass{}, phoneErrPrefix
	}
	// The ranges sharing these three digits are adjacent; the first three
	// digits match by construction, so compare only the rest of the prefix.
	var r *phoneRange
	for i := first; i < len(phonePlan) && (i == first || int(phoneKeys[i]) == key); i++ {
		p := &phonePlan[i]
		j := 3
		for j < len(p.prefix) && j < n && d[j] == p.prefix[j] {
			j++
		}
		if j >= len(p.prefix) {
			r = p
			break
		}
	}
	if r == nil {
		if d[0] == '1' {
			return phoneClass{}, phoneErrUAN
		}
		return phoneClass{}, phoneErrPrefix
	}
	pl := int(r.prefixLen)
	c := phoneClass{typ: r.typ, prefixLen: pl, region: r.region, legacy: r.legacy}
	sub := n - pl
	if r.rule == phoneRuleArea && pl == 3 && (sub == 3 || sub == 4) && d[pl] == '1' {
		c.typ = PhoneAreaShortCode
		return c, nil
	}
	switch {
	case sub < int(r.minSub):
		return phoneClass{}, phoneErrTooShort
	case sub > int(r.maxSub):
		return phoneClass{}, phoneErrTooLong
	}
	switch r.rule {
	case phoneRuleArea:
		if d[pl] == '0' {
			return phoneClass{}, phoneErrLeadingZero
		}
	case phoneRule010:
		if d[3] == '5' && d[4] == '9' && d[5] >= '7' {
			return phoneClass{}, phoneErrSubscriber
		}
		c.legacy = sub == 7
	case phoneRule012:
		if d[3] == '2' && d[4] != '1' && d[4] != '3' {
			return phoneClass{}, phoneErrSubscriber
		}
	case phoneRule060:
		if d[3] < '2' {
			return phoneClass{}, phoneErrSubscriber
		}
	}
	return c, nil
}

// phoneIsUAN reports whether d is an eight-digit representative number.
func phoneIsUAN(d []byte) bool {
	if len(d) != 8 || d[0] != '1' {
		return false
	}
	c, err := phoneClassify(d)
	return err == nil && c.typ == PhoneRepresentative
}

// phoneNumber is a written number read by phoneParse: its digits, which of
// them form the national number, and what the plan says about it.
type phoneNumber struct {
	buf        [phoneMaxWritten]byte
	start, end int // the national digits are buf[start:end]
	class      phoneClass
}

func (p *phoneNumber) national() []byte { return p.buf[p.start:p.end] }

// phoneParse reads a written phone number (see ValidatePhone for the
// accepted forms) into p. It does not allocate.
func phoneParse(s string, p *phoneNumber) *ValidationError {
	const (
		sigNone = iota
		sigDigit
		sigPlus
		sigOpen
		sigClose
		sigSep
	)
	var (
		n           int
		plus        bool
		inParen     bool
		pairs       int
		openAt      = -1
		closeAt     = -1
		bareCloseAt = -1
		breaks      uint32 // bit i: a separator or parenthesis comes right before digit i
		pending     bool   // a separator or parenthesis since the last digit
		last        = sigNone
		lastDigit   bool // the previous rune was a digit
	)
	for i := 0; i < len(s); {
		c := rune(s[i])
		size := 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
			c = FoldRune(c)
		}
		i += size
		isDigit := false
		switch {
		case c >= '0' && c <= '9':
			if n == len(p.buf) {
				return phoneErrTooLong
			}
			if pending && n > 0 {
				breaks |= 1 << uint(n)
			}
			p.buf[n] = byte(c)
			n++
			pending = false
			last = sigDigit
			isDigit = true
		case c == ' ' || c == '\t':
			pending = true
		case c == '-' || c == '.':
			if last != sigDigit && last != sigClose {
				return phoneErrSep
			}
			pending = true
			last = sigSep
		case c == '+':
			if plus || n > 0 || (last != sigNone && last != sigOpen) {
				return phoneErrPlus
			}
			plus = true
			last = sigPlus
		case c == '(':
			if inParen || pairs > 0 || bareCloseAt >= 0 || last == sigPlus {
				return phoneErrParen
			}
			inParen = true
			openAt = n
			pending = true
			last = sigOpen
		case c == ')':
			switch {
			case inParen:
				if n == openAt {
					return phoneErrParen
				}
				inParen = false
				closeAt = n
				pairs++
			case pairs == 0 && bareCloseAt < 0 && lastDigit:
				bareCloseAt = n
			default:
				return phoneErrParen
			}
			pending = true
			last = sigClose
		default:
			return phoneErrChar
		}
		lastDigit = isDigit
	}
	switch {
	case inParen:
		return phoneErrParen
	case n == 0:
		return phoneErrEmpty
	case last == sigSep:
		return phoneErrSep
	}
	d := p.buf[:n]

	// The country code, with or without '+', or after an international
	// call prefix.
	natStart, intl := 0, false
	if plus {
		if n < 2 || d[0] != '8' || d[1] != '2' {
			return phoneErrCountry
		}
		natStart, intl = 2, true
	} else if n >= 4 && d[0] == '0' && d[1] == '0' {
		for _, idd := range phoneIDD {
			k := len(idd)
			if n >= k+2 && string(d[:k]) == idd && d[k] == '8' && d[k+1] == '2' {
				natStart, intl = k+2, true
				break
			}
		}
	} else if n >= 2 && d[0] == '8' && d[1] == '2' {
		natStart, intl = 2, true
	}

	// Parentheses: around the country code ("(+82) 10…") or around the
	// first group of the national number ("(031) 123-4567", "+82 (0)10…");
	// a lone ')' only closes the first national group ("02)123-4567").
	if pairs > 0 && openAt != natStart && !(intl && openAt == 0 && closeAt == natStart) {
		return phoneErrParen
	}
	if bareCloseAt >= 0 {
		inner := uint32(0)
		for k := natStart + 1; k < bareCloseAt; k++ {
			inner |= 1 << uint(k)
		}
		if bareCloseAt <= natStart || breaks&inner != 0 {
			return phoneErrParen
		}
	}

	// The national number: after the country code, a written trunk 0 is
	// kept ("+82 010…", "+82 (0)10…") except before a representative
	// number; a missing one is restored in the slot before the first digit.
	p.start, p.end = 0, n
	if intl {
		r := d[natStart:]
		switch {
		case len(r) == 0:
			return phoneErrTooShort
		case r[0] == '0':
			p.start = natStart
			if phoneIsUAN(r[1:]) {
				p.start++
			}
		case r[0] == '1' && len(r) == 8:
			p.start = natStart
		default:
			p.buf[natStart-1] = '0'
			p.start = natStart - 1
		}
	}
	c, err := phoneClassify(p.national())
	if err != nil {
		return err
	}
	p.class = c
	return nil
}

// ValidatePhone checks that s is a Korean phone number: a number of the
// numbering plan (libphonenumber's KR metadata, with the exceptions below),
// written in one of the accepted forms. It returns nil or a
// *ValidationError saying which rule failed; the error never contains the
// number. ValidatePhone does not allocate.
//
// # Accepted forms
//
//   - National: 010-1234-5678, 01012345678, 02-123-4567, 031-1234-5678,
//     0505-123-4567, 1588-1234, 080-123-4567; groups separated by '-', '.',
//     spaces, or not at all. Grouping itself is not checked (010-1234-567
//     has the digits of 010-123-4567), but a '-' or '.' must stand between
//     two digits, one at a time.
//   - Parentheses around the area code, (031) 123-4567, or a closing one
//     after it, 02)123-4567.
//   - International: +82 10-1234-5678, +821012345678, +82 2-123-4567,
//     +82 1588 1234, (+82) 10-1234-5678, and the common slips that keep the
//     trunk 0: +82 010-1234-5678, +82 (0)10-1234-5678. Also 82-10-1234-5678
//     without '+' (no national number begins with 8, so this is not
//     ambiguous), and the number as dialled with an international call
//     prefix: a Korean carrier's (001-82-10-1234-5678, 00700-82-…) or the
//     bare 00 used in most other countries (0082-10-1234-5678, which
//     libphonenumber rejects with a KR default region).
//   - Full-width digits and every look-alike that FoldRune maps:
//     ０１０－１２３４－５６７８, 010–1234–5678, ideographic spaces.
//
// Not accepted: '/' as a separator, two separators in a row other than
// spaces (as in the obfuscation 2.1.2.4.-2.8.3.9.), extensions and ranges
// (4251~3), letters (Tel., 국번없이), line breaks; and three forms that
// libphonenumber parses: a
// national number without its trunk 0 (10-1234-5678, 2-123-4567 — in
// Korean text such digit runs are dates, amounts and ids far more often
// than phone numbers), a domestic carrier-selection prefix 081–088 before
// the number (082-10-1234-5678), and a trunk 0 before a representative
// number in national form (01588-1234).
//
// # The plan
//
// Mobile 010, legacy 011/016/017/018/019 and M2M 012, each with 7 or 8
// subscriber digits; pager 015 (7–8); landlines 02 and 031–064 (7–8 digits
// not beginning with 0, or outside Seoul a service code 1XX/1XXX: 031-120);
// VoIP 070 (8); personal 050X (7–8 after the fourth digit); toll-free 080
// and 030 (7), 00308 (6–7), 00368 (7), 00798 (7–9); premium rate 060
// (7, beginning 2–9); representative numbers 15XX/16XX/18XX (4). Rejected,
// among others: 070-123-4567, 080-1234-5678, 02-0123-4567, 049, 013, 014,
// 0303-123-4567, short numbers 112/119/1330, 1234-5678, 10-1234-5678.
//
// Where sources disagree, kpii decides:
//
//   - 010 with a 3-digit middle group (010-123-4567) is valid, as in
//     libphonenumber; a report that only 11-digit 010 numbers exist
//     (libPhoneNumber-iOS issue 172) is not followed, because redaction
//     should not miss old or mistyped numbers. ParsePhone marks such
//     numbers Legacy, as it does 011/016–019.
//   - 1551, 1555, 1811, 1844 and 1866 are accepted as representative
//     numbers although libphonenumber lists them in its short-number
//     metadata only: they are working 대표번호 ranges.
//   - 050X numbers are displayed in the Korean grouping 0505-123-4567 and
//     0504-1234-5678, not libphonenumber's 050-5123-4567.
//   - Otherwise the verdict is libphonenumber's, including its narrower
//     spots: 010-597X to 010-599X and 012-2 not followed by 1 or 3 are
//     rejected, 030 with seven digits is a valid toll-free number, and the
//     Seoul service code 02-120 is not a number.
func ValidatePhone(s string) error {
	var p phoneNumber
	if err := phoneParse(s, &p); err != nil {
		return err
	}
	return nil
}

// IsValidPhone reports whether ValidatePhone(s) returns nil.
func IsValidPhone(s string) bool {
	var p phoneNumber
	return phoneParse(s, &p) == nil
}

// CompactPhone returns the national digits of a phone number: the number
// without separators, with full-width digits folded to ASCII and an
// international form brought home (+82 10-1234-5678 → 01012345678,
// +82 1588 1234 → 15881234). For a string that is not a valid number it
// returns the string with its separators, spaces and parentheses removed
// and its other characters folded (see FoldRune), in the manner of
// python-stdnum's compact: letters and a '+' stay, so ValidatePhone
// rejects the result again, but a misplaced separator is simply dropped.
func CompactPhone(s string) string {
	var p phoneNumber
	if phoneParse(s, &p) == nil {
		return string(p.national())
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch r = FoldRune(r); r {
		case ' ', '\t', '-', '.', '(', ')':
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// FormatPhone returns the number in the Korean national grouping:
// 010-1234-5678, 02-123-4567, 031-1234-5678, 0505-123-4567, 1588-1234,
// 080-123-4567, 031-120, 00798-1234-5678.
func FormatPhone(s string) (string, error) {
	var p phoneNumber
	if err := phoneParse(s, &p); err != nil {
		return "", err
	}
	return string(phoneFormat(nil, p.national(), p.class)), nil
}

// ParsePhone validates s (see ValidatePhone) and returns what the number
// says: its type, its region if it is a landline, and its national and
// international forms.
func ParsePhone(s string) (PhoneInfo, error) {
	var p phoneNumber
	if err := phoneParse(s, &p); err != nil {
		return PhoneInfo{}, err
	}
	c := p.class
	return PhoneInfo{
		digits:    string(p.national()),
		typ:       c.typ,
		region:    c.region,
		prefixLen: uint8(c.prefixLen),
		legacy:    c.legacy,
	}, nil
}

// phoneFormat appends the national grouping of d, which c classifies, to
// b: the prefix group, then the rest with its last four digits apart.
func phoneFormat(b, d []byte, c phoneClass) []byte {
	pl := c.prefixLen
	rest := d[pl:]
	b = append(b, d[:pl]...)
	b = append(b, '-')
	switch len(rest) {
	case 0, 1, 2, 3, 4: // 1588-1234, 031-120
		b = append(b, rest...)
	case 6: // 00308-123-456
		b = append(b, rest[:3]...)
		b = append(b, '-')
		b = append(b, rest[3:]...)
	case 9: // 00798-12-345-6789
		b = append(b, rest[:2]...)
		b = append(b, '-')
		b = append(b, rest[2:5]...)
		b = append(b, '-')
		b = append(b, rest[5:]...)
	default: // 3 or 4, then 4
		m := len(rest) - 4
		b = append(b, rest[:m]...)
		b = append(b, '-')
		b = append(b, rest[m:]...)
	}
	return b
}

// phoneHasTrunk reports whether the national number d begins with a trunk
// prefix that the international form drops: every 0-number except the
// 00-prefixed international toll-free ranges.
func phoneHasTrunk(d string) bool {
	return len(d) > 1 && d[0] == '0' && d[1] != '0'
}

// PhoneInfo is what a valid phone number says, as ParsePhone reads it. It
// is an immutable value; the zero PhoneInfo (type PhoneUnknown) is what
// ParsePhone returns with an error, and its methods return empty strings.
//
// PhoneInfo's String and GoString never print the digits, so a PhoneInfo
// that reaches a log does not leak the number.
type PhoneInfo struct {
	digits    string
	typ       PhoneType
	region    PhoneRegion
	prefixLen uint8
	legacy    bool
}

// Type returns the kind of service the number reaches.
func (p PhoneInfo) Type() PhoneType { return p.typ }

// Digits returns the national digits: 01012345678, 021234567, 15881234.
// It equals CompactPhone of the parsed string.
func (p PhoneInfo) Digits() string { return p.digits }

// Prefix returns the area or service prefix, trunk 0 included: "010",
// "02", "031", "0505", "1588", "00798".
func (p PhoneInfo) Prefix() string { return p.digits[:p.prefixLen] }

// Region returns the 시/도 of a landline's (or area short code's) area
// code, and false for numbers without one: mobiles, 070, 050X, 080,
// representative numbers ….
func (p PhoneInfo) Region() (PhoneRegion, bool) {
	return p.region, p.region != phoneRegionNone
}

// Legacy reports whether the number belongs to a range or shape that is no
// longer issued: the pre-2004 mobile prefixes 011, 016, 017, 018 and 019,
// and 010 with a 3-digit middle group. Such numbers still fill old records
// and logs; a detector may report them at a lower confidence.
func (p PhoneInfo) Legacy() bool { return p.legacy }

// National returns the number in the Korean national grouping, as
// FormatPhone does: 010-1234-5678, 02-123-4567, 1588-1234.
func (p PhoneInfo) National() string {
	if p.digits == "" {
		return ""
	}
	return string(phoneFormat(nil, []byte(p.digits), p.class()))
}

// International returns the number as written from abroad: +82, a space,
// and the national grouping without the trunk 0: +82 10-1234-5678,
// +82 2-123-4567, +82 1588-1234. The international toll-free numbers
// (00308, 00368, 00798) cannot be dialled from abroad; for them the form
// keeps the leading zeros, as libphonenumber does: +82 00798-123-4567.
func (p PhoneInfo) International() string {
	if p.digits == "" {
		return ""
	}
	b := make([]byte, 0, 24)
	b = append(b, "+82 "...)
	if phoneHasTrunk(p.digits) {
		n := len(b)
		b = phoneFormat(b, []byte(p.digits), p.class())
		return string(append(b[:n], b[n+1:]...))
	}
	return string(phoneFormat(b, []byte(p.digits), p.class()))
}

// E164 returns the number in E.164 form: +821012345678, +8221234567,
// +8215881234; for the international toll-free ranges, as libphonenumber
// formats them, +820079812345678.
func (p PhoneInfo) E164() string {
	if p.digits == "" {
		return ""
	}
	if phoneHasTrunk(p.digits) {
		return "+82" + p.digits[1:]
	}
	return "+82" + p.digits
}

// String describes the number without its digits: "PhoneInfo(mobile)",
// "PhoneInfo(landline, Seoul)".
func (p PhoneInfo) String() string {
	if p.region != phoneRegionNone {
		return "PhoneInfo(" + p.typ.String() + ", " + p.region.String() + ")"
	}
	return "PhoneInfo(" + p.typ.String() + ")"
}

// GoString is String, so that %#v does not print the digits either.
func (p PhoneInfo) GoString() string { return p.String() }

func (p PhoneInfo) class() phoneClass {
	return phoneClass{typ: p.typ, prefixLen: int(p.prefixLen), region: p.region, legacy: p.legacy}
}
