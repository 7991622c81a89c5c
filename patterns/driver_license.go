package patterns

import "unicode/utf8"

// Korean driver licence numbers (운전면허번호): CompactDriverLicense,
// ValidateDriverLicense, IsValidDriverLicense, FormatDriverLicense,
// ParseDriverLicense and MatchDriverLicense (formats reference §7.2).
//
// Layout, 12 digits RR-YY-NNNNNN-CD: RR the region of first issue, YY the
// year of the first licence, NNNNNN a serial, C and D a check digit and a
// reissue count (the sources disagree on the last two; no algorithm is
// public, so nothing is checked there). Licences issued until May 2014
// print the region as a name instead of RR: 서울 12-345678-90, ten digits.

// DriverLicenseInfo is what a valid driver licence number says.
// ParseDriverLicense returns it; the zero value is what it returns
// alongside an error.
type DriverLicenseInfo struct {
	// RegionCode is the two-digit region code: 11–26, 28 or 29. For a
	// number written with a region name it is the code of that region
	// (the modern number is the code followed by the ten digits).
	RegionCode int
	// Region is the region's Korean name: 서울, 부산, 경기남부 … for a
	// code, the name as printed (서울, 경기 …) for the pre-2014 form.
	Region string
	// Year is the two-digit year of the first licence (YY), 0–99.
	Year int
	// NameForm is true for the pre-2014 form with a region name
	// (서울 12-345678-90).
	NameForm bool
}

// dlRegions maps a region code to its name; "" for codes not in the table.
var dlRegions = func() (t [100]string) {
	for code, name := range map[int]string{
		11: "서울", 12: "부산", 13: "경기남부", 14: "강원", 15: "충북", 16: "충남", 17: "전북", 18: "전남",
		19: "경북", 20: "경남", 21: "제주", 22: "대구", 23: "인천", 24: "광주", 25: "대전", 26: "울산",
		28: "세종", 29: "경기북부",
	} {
		t[code] = name
	}
	return
}()

// dlNames are the region names of the pre-2014 form and their codes. Every
// name is two Hangul syllables (six bytes of UTF-8).
var dlNames = [...]struct {
	name string
	code int
}{
	{"서울", 11}, {"부산", 12}, {"경기", 13}, {"강원", 14}, {"충북", 15}, {"충남", 16}, {"전북", 17}, {"전남", 18},
	{"경북", 19}, {"경남", 20}, {"제주", 21}, {"대구", 22}, {"인천", 23}, {"광주", 24}, {"대전", 25}, {"울산", 26},
	{"세종", 28},
}

// dlNameCode returns the region code of a region name, 0 for none.
func dlNameCode[T string | []byte](name T) int {
	if len(name) != 6 {
		return 0
	}
	for _, n := range dlNames {
		if string(name) == n.name {
			return n.code
		}
	}
	return 0
}

// dlNameOf returns the printed region name of a code of dlNames.
func dlNameOf(code int) string {
	for _, n := range dlNames {
		if n.code == code {
			return n.name
		}
	}
	return ""
}

// DriverLicenseContextWords raise a driver licence candidate's confidence
// and let a bare 12-digit run be reported (formats reference §9).
var DriverLicenseContextWords = []string{
	"운전면허번호", "운전면허 번호", "운전 면허 번호", "운전면허증 번호", "운전면허증", "운전면허", "면허번호", "면허증",
	"driver's license", "drivers license", "driver license", "driving licence", "driving license",
	"license no", "licence no", "dl no", "dlno", "dl_no", "license_no", "licence_no", "driver_license",
}

var (
	dlErrChar   = newValidationError(DriverLicense, RuleFormat, "character other than a digit, a separator or a leading region name")
	dlErrLength = newValidationError(DriverLicense, RuleLength, "not twelve digits, or ten after a region name")
	dlErrRegion = newValidationError(DriverLicense, RuleComponent, "region code not in the table")
	dlErrName   = newValidationError(DriverLicense, RuleComponent, "region name not in the table")
)

// dlParse reads s: an optional region name (letters before the first
// digit, spaces allowed after it), then digits and separators. It stores
// the digits in d and does not allocate.
func dlParse(s string, d *[12]byte) (DriverLicenseInfo, int, *ValidationError) {
	n := 0
	nameStart, nameEnd := -1, -1
	for i := 0; i < len(s); {
		start := i
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
		case r >= '0' && r <= '9':
			if n < len(d) {
				d[n] = byte(r)
			}
			n++
		case isSeparator(r):
		case r >= 0xAC00 && r <= 0xD7A3 && n == 0 && (nameEnd < 0 || nameEnd == start):
			if nameStart < 0 {
				nameStart = start
			}
			nameEnd = i
		default:
			return DriverLicenseInfo{}, n, dlErrChar
		}
	}
	var info DriverLicenseInfo
	if nameStart >= 0 {
		if n != 10 {
			return DriverLicenseInfo{}, n, dlErrLength
		}
		code := dlNameCode(s[nameStart:nameEnd])
		if code == 0 {
			return DriverLicenseInfo{}, n, dlErrName
		}
		info = DriverLicenseInfo{RegionCode: code, Region: dlNameOf(code), Year: int(d[0]-'0')*10 + int(d[1]-'0'), NameForm: true}
		return info, n, nil
	}
	if n != 12 {
		return DriverLicenseInfo{}, n, dlErrLength
	}
	code := int(d[0]-'0')*10 + int(d[1]-'0')
	if dlRegions[code] == "" {
		return DriverLicenseInfo{}, n, dlErrRegion
	}
	info = DriverLicenseInfo{RegionCode: code, Region: dlRegions[code], Year: int(d[2]-'0')*10 + int(d[3]-'0')}
	return info, n, nil
}

// CompactDriverLicense returns s folded (FoldRune) and without the
// separators '-', ' ', '.' and '/': "11-22-123456-12" becomes
// "112212345612", "서울 12-345678-90" becomes "서울1234567890".
func CompactDriverLicense(s string) string { return compactDigits(s) }

// ValidateDriverLicense reports whether s is a well-formed driver licence
// number, returning nil or a *ValidationError that unwraps to ErrFormat,
// ErrLength or ErrComponent. The error never contains the value. It does
// not allocate.
//
// Accepted: twelve digits with any separators (11-22-123456-12,
// 112212345612, 28 22 123456 12, full-width digits, dash look-alikes), or
// the pre-2014 form, a region name and ten digits (서울 12-345678-90). The
// rules, in this order:
//
//  1. format: only digits and separators, and Hangul only as a region name
//     before the first digit;
//  2. length: twelve digits, or ten after a region name;
//  3. component: the region code is in the table — 11 서울, 12 부산,
//     13 경기(남부), 14 강원, 15 충북, 16 충남, 17 전북, 18 전남, 19 경북,
//     20 경남, 21 제주, 22 대구, 23 인천, 24 광주, 25 대전, 26 울산,
//     28 세종, 29 경기북부 — or the region name is one of 서울 … 울산, 세종.
//
// Where the sources disagree (korean-pii-formats.md §7.2), kpii decides:
//
//   - Region 29 (경기북부) is listed by korean-id only, not by Presidio or
//     Microsoft Purview (11–26, 28). kpii accepts it: the 경기북부 police
//     agency issues licences, and rejecting its numbers would leak them;
//     27 stays unassigned.
//   - The last two digits (check digit and reissue count, or a two-digit
//     reissue count) are not checked: no algorithm is published.
func ValidateDriverLicense(s string) error {
	var d [12]byte
	_, _, e := dlParse(s, &d)
	return errOrNil(e)
}

// IsValidDriverLicense reports whether ValidateDriverLicense(s) returns nil.
func IsValidDriverLicense(s string) bool {
	var d [12]byte
	_, _, e := dlParse(s, &d)
	return e == nil
}

// FormatDriverLicense validates s and returns it in its printed form:
// 11-22-123456-12, or for the pre-2014 form 서울 12-345678-90.
func FormatDriverLicense(s string) (string, error) {
	var d [12]byte
	info, _, e := dlParse(s, &d)
	if e != nil {
		return "", e
	}
	if info.NameForm {
		b := make([]byte, 0, 20)
		b = append(b, info.Region...)
		b = append(b, ' ')
		return string(appendGrouped(b, d[:10], '-', 2, 6, 2)), nil
	}
	return string(appendGrouped(make([]byte, 0, 15), d[:], '-', 2, 2, 6, 2)), nil
}

// ParseDriverLicense validates s as ValidateDriverLicense does and returns
// its region and year of first licence. On error it returns the zero
// DriverLicenseInfo.
func ParseDriverLicense(s string) (DriverLicenseInfo, error) {
	var d [12]byte
	info, _, e := dlParse(s, &d)
	return info, errOrNil(e)
}

// MatchDriverLicense matches a driver licence number whose first digit is
// text[i]:
//
//   - RR-YY-NNNNNN-CD with a region code from the table: EvidenceCanonical,
//     reported without context. The same groups separated by single spaces
//     (28 22 123456 12, as Presidio accepts) carry EvidenceWeak: reported
//     with a context word.
//   - The pre-2014 form, a region name right before the digits (one space
//     allowed) and YY-NNNNNN-CD: EvidenceCanonical; the match starts at the
//     name, before i.
//   - YY-NNNNNN-CD without a name (Microsoft Purview's ten-digit pattern)
//     and a bare run of twelve digits with a valid region code:
//     EvidenceNeedsContext.
//
// A candidate continued by a digit (or '-'/'.' and a digit) on either side
// is not a match; a bare run must not touch an ASCII letter either (hex
// ids).
func MatchDriverLicense(text []byte, i int) (Match, bool) {
	if i < 0 || i >= len(text) || !isDigitByte(text[i]) || continuesNumberBefore(text, i) {
		return Match{}, false
	}
	var g [5]digitGroup
	ng, sep := readDigitGroups(text, i, g[:], true)
	region := func(k int) bool {
		return dlRegions[int(text[k]-'0')*10+int(text[k+1]-'0')] != ""
	}
	switch {
	case ng == 1 && g[0].len() == 12:
		if !region(i) || alnumBefore(text, i) || alnumAt(text, g[0].end) || groupsContinue(text, g[0].end, sep) {
			return Match{}, false
		}
		return Match{Kind: DriverLicense, Start: i, End: g[0].end, Evidence: EvidenceBare | EvidenceNeedsContext}, true
	case ng == 4 && g[0].len() == 2 && g[1].len() == 2 && g[2].len() == 6 && g[3].len() == 2:
		if !region(i) || groupsContinue(text, g[3].end, sep) {
			return Match{}, false
		}
		ev := EvidenceCanonical
		if sep == ' ' {
			ev = EvidenceWeak
		}
		return Match{Kind: DriverLicense, Start: i, End: g[3].end, Evidence: ev}, true
	case ng >= 3 && sep == '-' && g[0].len() == 2 && g[1].len() == 6 && g[2].len() == 2:
		if ng > 3 || groupsContinue(text, g[2].end, sep) {
			return Match{}, false
		}
		if start, ok := dlNameBefore(text, i); ok {
			return Match{Kind: DriverLicense, Start: start, End: g[2].end, Evidence: EvidenceCanonical}, true
		}
		if alnumBefore(text, i) {
			return Match{}, false
		}
		return Match{Kind: DriverLicense, Start: i, End: g[2].end, Evidence: EvidenceNeedsContext}, true
	}
	return Match{}, false
}

// dlNameBefore reports whether a region name of the pre-2014 form ends at
// i, or one space before it, and returns where the name starts. The name
// must not continue a longer Hangul word or follow an ASCII letter or
// digit.
func dlNameBefore(text []byte, i int) (int, bool) {
	k := i
	if k > 0 && text[k-1] == ' ' {
		k--
	}
	if k < 6 || dlNameCode(text[k-6:k]) == 0 {
		return 0, false
	}
	s := k - 6
	if s > 0 {
		if c := text[s-1]; c >= utf8.RuneSelf || isASCIIAlnum(c) {
			return 0, false
		}
	}
	return s, true
}
