package redact

import (
	"bytes"
	"unicode/utf8"

	"github.com/kpii/kpii/patterns"
)

// RegistrationMask returns the masker for 주민등록번호 and 외국인등록번호 as
// Korean practice writes them (formats reference §8): the birth date and
// the 7th digit stay, the rest is hidden — 900101-1234567 becomes
// 900101-1******. With keepSexDigit false the 7th digit is hidden too
// (900101-*******), the stricter convention. Separators and full-width
// digits are kept as written; at least six digits are always hidden, so a
// short value (a user pattern mapped to RRN) is never shown whole.
func RegistrationMask(keepSexDigit bool) Masker {
	if keepSexDigit {
		return registrationMask{keep: 7}
	}
	return registrationMask{keep: 6}
}

type registrationMask struct{ keep int }

func (m registrationMask) AppendMask(dst []byte, _ patterns.Kind, v []byte) []byte {
	n := countDigits(v)
	keep := min(m.keep, max(0, n-6))
	return appendDigitMask(dst, v, keep, n)
}

// PhonePart says which group of a phone number PhoneMask hides.
type PhonePart uint8

const (
	// PhoneMiddle hides the middle group, the first part of the subscriber
	// number: 010-****-5678, 02-***-4567 (the default).
	PhoneMiddle PhonePart = iota
	// PhoneLast hides the last four digits: 010-1234-****.
	PhoneLast
)

// PhoneMask returns the masker for phone numbers that hides one group of
// digits and keeps the separators and the length: 010-1234-5678 becomes
// 010-****-5678 with PhoneMiddle and 010-1234-**** with PhoneLast. Both
// conventions are in use in Korea (formats reference §8); pick one and use
// it everywhere.
//
// The groups are read from the number as written; a number written without
// separators (01012345678, +821012345678) is split by its prefix: 02 (Seoul),
// 050x, other 0xx area and mobile codes, and +82 followed by the national
// number without its trunk 0. A number with no middle group (1588-1234)
// has its last four digits hidden in either mode. A value with fewer than
// seven digits has all of them hidden.
func PhoneMask(hide PhonePart) Masker { return phoneMask{part: hide} }

type phoneMask struct{ part PhonePart }

func (m phoneMask) AppendMask(dst []byte, _ patterns.Kind, v []byte) []byte {
	lo, hi := phoneHidden(v, m.part)
	return appendDigitMask(dst, v, lo, hi)
}

// phoneHidden returns the range of digit indexes a phone mask hides.
func phoneHidden(v []byte, part PhonePart) (lo, hi int) {
	var starts [8]int // digit index at which each group starts
	var lens [8]int
	ng, n := 0, 0
	inGroup := false
	for i := 0; i < len(v); {
		isDigit, size := digitAt(v, i)
		if isDigit {
			if !inGroup && ng < len(starts) {
				starts[ng] = n
				ng++
			}
			if ng > 0 {
				lens[ng-1]++
			}
			n++
		}
		inGroup = isDigit
		i += size
	}
	if n < 7 {
		return 0, n
	}
	last := n - 4
	if part == PhoneLast {
		return last, n
	}
	// Written in groups: the middle group is the one before the last, when
	// the last has four digits and the middle three or four.
	if ng >= 3 && lens[ng-1] == 4 && lens[ng-2] >= 3 && lens[ng-2] <= 4 && starts[ng-1] == last {
		return starts[ng-2], last
	}
	// Otherwise split the digits by their prefix.
	ps := phonePrefixLen(v, n)
	if ps >= last {
		return last, n
	}
	return ps, last
}

// phonePrefixLen returns how many leading digits of the phone number v
// (with n digits) are its country, area or service prefix.
func phonePrefixLen(v []byte, n int) int {
	var d [6]byte
	k := 0
	plus := false
	for i := 0; i < len(v) && k < len(d); {
		isDigit, size := digitAt(v, i)
		r, _ := utf8.DecodeRune(v[i:])
		if isDigit {
			d[k] = byte(patterns.FoldRune(r))
			k++
		} else if k == 0 && patterns.FoldRune(r) == '+' {
			plus = true
		}
		i += size
	}
	if plus && d[0] == '8' && d[1] == '2' {
		// +82: the national number follows, usually without its trunk 0.
		nat := d[2:]
		switch {
		case nat[0] == '0':
			return 2 + nationalPrefixLen(nat) // "+82 (0)10…", "+82 010…"
		case nat[0] == '1' && n-2 == 8:
			return 2 + 4 // a 15xx/16xx/18xx service number has no trunk 0
		}
		var withZero [4]byte
		withZero[0] = '0'
		copy(withZero[1:], nat)
		return 2 + nationalPrefixLen(withZero[:]) - 1
	}
	if d[0] != '0' && !(d[0] == '1' && n == 8) {
		// A number stored without its trunk 0 (1012345678 in a numeric
		// field): its prefix is one digit shorter than dialled.
		var withZero [4]byte
		withZero[0] = '0'
		copy(withZero[1:], d[:])
		return nationalPrefixLen(withZero[:]) - 1
	}
	return nationalPrefixLen(d[:])
}

// nationalPrefixLen returns the length of the area, mobile or service
// prefix of a number written as dialled in Korea (d holds its first digits).
func nationalPrefixLen(d []byte) int {
	switch {
	case d[0] == '0' && d[1] == '2':
		return 2
	case d[0] == '0' && d[1] == '5' && d[2] == '0':
		return 4 // 050x personal numbers
	case d[0] == '1':
		return 4 // 15xx, 16xx, 18xx
	}
	return 3
}

// EmailMask returns the masker for e-mail addresses that keeps the first
// keep characters of the local part and the whole domain, and hides the rest
// of the local part character by character: hong.gildong@naver.com becomes
// ho**********@naver.com with keep 2 (the convention of hiding "from the
// third character to @"). At most half of the local part is ever shown, so
// a short local part is not given away: kim@x.kr becomes k**@x.kr. The
// separator may be '@', a full-width '＠' or a URL-encoded "%40"; a value
// without one is masked in full.
func EmailMask(keep int) Masker { return emailMask{keep: max(0, keep)} }

type emailMask struct{ keep int }

func (m emailMask) AppendMask(dst []byte, _ patterns.Kind, v []byte) []byte {
	at := emailSeparator(v)
	if at < 0 {
		return appendFullMask(dst, v)
	}
	local := v[:at]
	keep := min(m.keep, utf8.RuneCount(local)/2)
	for i := 0; i < len(local); {
		r, size := utf8.DecodeRune(local[i:])
		if keep > 0 && r != utf8.RuneError {
			dst = append(dst, local[i:i+size]...)
			keep--
		} else {
			dst = append(dst, maskRune)
		}
		i += size
	}
	return append(dst, v[at:]...)
}

// emailSeparator returns the offset of the last '@', '＠' or "%40" in v, or
// -1.
func emailSeparator(v []byte) int {
	best := bytes.LastIndexByte(v, '@')
	if i := bytes.LastIndex(v, []byte("＠")); i > best {
		best = i
	}
	for i := len(v) - 3; i > best; i-- {
		if v[i] == '%' && v[i+1] == '4' && v[i+2] == '0' {
			best = i
			break
		}
	}
	return best
}

// AddressMask returns the masker for addresses that keeps the address down
// to its road name (…로, …길, …대로) or its 동/리/읍/면 and hides the
// building number, the lot number and the numbers of the detail address:
//
//	서울특별시 강남구 테헤란로 123, 101동 1203호 → 서울특별시 강남구 테헤란로 ***, ***동 ****호
//	서울시 서초구 서초동 1234-5 번지       → 서울시 서초구 서초동 ****-* 번지
//
// It works on the text of the span, without a parser: the anchor is the
// first whitespace-separated word that starts with a Hangul letter and ends
// in 로, 길, 동, 리, 읍 or 면 (or a digit and 가, as in 종로1가). Digits inside
// the words up to the anchor stay (강남대로94길, 서초1동); after it every
// digit and every Latin letter (101동, B1층) is hidden, while Hangul words
// (동, 호, 번지, (역삼동)) stay. Digits before the anchor in a word that does
// not start with Hangul — a 우편번호 — are hidden. Without an anchor (an
// English-form address, a 우편번호 alone) every digit is hidden.
func AddressMask() Masker { return addressMask{} }

type addressMask struct{}

func (addressMask) AppendMask(dst []byte, _ patterns.Kind, v []byte) []byte {
	anchorEnd := addressAnchorEnd(v)
	wordHangul := false // the current word starts with a Hangul letter
	inWord := false
	for i := 0; i < len(v); {
		r, size := utf8.DecodeRune(v[i:])
		f := patterns.FoldRune(r)
		if isSpaceRune(f) {
			inWord = false
			dst = append(dst, v[i:i+size]...)
			i += size
			continue
		}
		if !inWord {
			inWord = true
			wordHangul = isHangul(r)
		}
		hide := false
		switch {
		case r == utf8.RuneError && size <= 1:
			hide = true
		case f >= '0' && f <= '9':
			hide = anchorEnd < 0 || i >= anchorEnd || !wordHangul
		case f < utf8.RuneSelf && isASCIIAlnum(byte(f)):
			hide = anchorEnd >= 0 && i >= anchorEnd
		}
		if hide {
			dst = append(dst, maskRune)
		} else {
			dst = append(dst, v[i:i+size]...)
		}
		i += size
	}
	return dst
}

// addressAnchorEnd returns the byte offset just after the anchor word of an
// address (see AddressMask), or -1 when it has none.
func addressAnchorEnd(v []byte) int {
	for i := 0; i < len(v); {
		// Skip spaces, then take one word.
		r, size := utf8.DecodeRune(v[i:])
		if isSpaceRune(patterns.FoldRune(r)) {
			i += size
			continue
		}
		start := i
		for i < len(v) {
			r, size = utf8.DecodeRune(v[i:])
			if isSpaceRune(patterns.FoldRune(r)) {
				break
			}
			i += size
		}
		if end := anchorWordEnd(v[start:i]); end >= 0 {
			return start + end
		}
	}
	return -1
}

// anchorWordEnd reports where the anchor ends in word, after stripping
// leading brackets and trailing punctuation, or -1 when word is no anchor.
func anchorWordEnd(word []byte) int {
	lead := 0
	for lead < len(word) && (word[lead] == '(' || word[lead] == '[') {
		lead++
	}
	end := len(word)
	for end > lead && bytes.IndexByte([]byte(",.;:)]}"), word[end-1]) >= 0 {
		end--
	}
	w := word[lead:end]
	first, _ := utf8.DecodeRune(w)
	if !isHangul(first) {
		return -1
	}
	lastR, size := utf8.DecodeLastRune(w)
	switch lastR {
	case '로', '길', '동', '리', '읍', '면':
		return end
	case '가':
		if prev, _ := utf8.DecodeLastRune(w[:len(w)-size]); prev >= '0' && prev <= '9' {
			return end
		}
	}
	return -1
}

func isHangul(r rune) bool {
	return r >= 0xAC00 && r <= 0xD7A3 || r >= 0x1100 && r <= 0x11FF || r >= 0x3130 && r <= 0x318F
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
}

// DigitMask returns a masker that keeps the first keepFirst and the last
// keepLast digits of a value and hides every digit between them, keeping the
// separators: DigitMask(6, 4) turns 4111-1111-1111-1111 into
// 4111-11**-****-1111. Letters are hidden, like every character that is not
// a digit or a separator.
//
// At least three digits are always hidden, and a value of six digits or
// fewer is hidden whole: when the value is too short for both ends, fewer
// leading digits are kept first, then fewer trailing ones. Negative counts
// mean zero.
func DigitMask(keepFirst, keepLast int) Masker {
	return digitMask{first: max(0, keepFirst), last: max(0, keepLast)}
}

type digitMask struct{ first, last int }

func (m digitMask) AppendMask(dst []byte, _ patterns.Kind, v []byte) []byte {
	n := countDigits(v)
	lo, hi := digitKeep(n, m.first, m.last)
	return appendDigitMask(dst, v, lo, hi)
}

// digitKeep returns the range [lo, hi) of digit indexes to hide in a value
// of n digits that keeps first and last digits, hiding at least three (all
// of them when n ≤ 6).
func digitKeep(n, first, last int) (lo, hi int) {
	minHide := 3
	if n <= 6 {
		minHide = n
	}
	for n-first-last < minHide && first > 0 {
		first--
	}
	for n-first-last < minHide && last > 0 {
		last--
	}
	return first, n - last
}

// DriverLicenseMask returns the masker for driver licence numbers that
// keeps the region and the year and the last two digits and hides the
// six-digit serial, as korean-id formats them (formats reference §8):
// 11-22-123456-78 becomes 11-22-******-78, and the pre-2014 form
// 서울 12-345678-90 becomes 서울 12-******-90 (the region name stays, as
// the region code does). Any other value is hidden as DigitMask(0, 0) does.
func DriverLicenseMask() Masker { return dlMask{} }

type dlMask struct{}

func (dlMask) AppendMask(dst []byte, _ patterns.Kind, v []byte) []byte {
	n := countDigits(v)
	var lo, hi int
	switch n {
	case 12:
		lo, hi = 4, 10
	case 10:
		lo, hi = 2, 8
	default:
		lo, hi = digitKeep(n, 0, 0)
	}
	// A leading Hangul region name (before the first digit) stays.
	name := 0
	for name < len(v) {
		r, size := utf8.DecodeRune(v[name:])
		if !isHangul(r) && r != ' ' {
			break
		}
		name += size
	}
	if n != 10 {
		name = 0
	}
	dst = append(dst, v[:name]...)
	return appendDigitMask(dst, v[name:], lo, hi)
}

// PassportMask returns the masker for passport numbers that keeps the type
// letter and the last three characters and hides the rest: M12345678
// becomes M*****678, M123A4567 becomes M*****567. A value of fewer than
// seven letters and digits keeps its first character only; one of three or
// fewer is hidden whole. Separators, if any, are kept.
func PassportMask() Masker { return passportMask{} }

type passportMask struct{}

func (passportMask) AppendMask(dst []byte, _ patterns.Kind, v []byte) []byte {
	n := 0
	for i := 0; i < len(v); {
		r, size := utf8.DecodeRune(v[i:])
		if f := patterns.FoldRune(r); f < utf8.RuneSelf && isASCIIAlnum(byte(f)) {
			n++
		}
		i += size
	}
	keepFirst, keepLast := 1, 3
	switch {
	case n <= 3:
		keepFirst, keepLast = 0, 0
	case n < 7:
		keepLast = 0
	}
	k := 0
	for i := 0; i < len(v); {
		r, size := utf8.DecodeRune(v[i:])
		f := patterns.FoldRune(r)
		switch {
		case f < utf8.RuneSelf && isASCIIAlnum(byte(f)):
			if k < keepFirst || k >= n-keepLast {
				dst = append(dst, v[i:i+size]...)
			} else {
				dst = append(dst, maskRune)
			}
			k++
		case r == utf8.RuneError || hides(r):
			dst = append(dst, maskRune)
		default:
			dst = append(dst, v[i:i+size]...)
		}
		i += size
	}
	return dst
}

// KoreanPolicy returns the default policy: the Korean partial masks of
// formats reference §8 for the mission kinds and for the later kinds whose
// masking practice is known, and FullMask for every other kind.
//
//	RRN, FRN          900101-1******              RegistrationMask(true)
//	PHONE             010-****-5678               PhoneMask(PhoneMiddle)
//	EMAIL             ho**@naver.com              EmailMask(2)
//	ADDRESS           서울특별시 강남구 테헤란로 ***   AddressMask()
//	CARD              4111-11**-****-1111         DigitMask(6, 4): first six (the BIN) and last four, as PCI DSS allows
//	BANK_ACCOUNT      ***-***-**6789              DigitMask(0, 4): the last four
//	DRIVER_LICENSE    11-22-******-78             DriverLicenseMask()
//	BRN               124-81-***98                DigitMask(5, 2), as korean-id formats it (§8)
//	CRN               130111-*******              DigitMask(6, 0): the registry office and type code
//	PASSPORT          M*****678                   PassportMask(): type letter and last three
//	others            ***********                 FullMask() (HEALTH_INSURANCE, user-defined kinds)
//
// Two choices differ from the reference's sources. Cards: Korean receipts
// hide digits 9–12 (여신금융협회, 2008) rather than 7–12; kpii keeps the
// PCI DSS first-six/last-four, which shows less. CRN: korean-id shows
// 110111-***6249; kpii hides the whole back part, because a 13-digit
// number taken for a CRN could be a mistyped resident registration number,
// and this mask never shows more of one than RegistrationMask does.
//
// Change one kind with Policy.With:
//
//	redact.KoreanPolicy().With(patterns.Phone, redact.PhoneMask(redact.PhoneLast))
func KoreanPolicy() Policy {
	reg := RegistrationMask(true)
	return Policy{kinds: map[patterns.Kind]Masker{
		patterns.RRN:     reg,
		patterns.FRN:     reg,
		patterns.Phone:   PhoneMask(PhoneMiddle),
		patterns.Email:   EmailMask(2),
		patterns.Address: AddressMask(),

		patterns.Card:          DigitMask(6, 4),
		patterns.BankAccount:   DigitMask(0, 4),
		patterns.DriverLicense: DriverLicenseMask(),
		patterns.BRN:           DigitMask(5, 2),
		patterns.CRN:           DigitMask(6, 0),
		patterns.Passport:      PassportMask(),
	}}
}
