package corpus

// Independent checks used by the tests: the rules of
// korean-pii-formats.md §2–§6 written again, as differently from the
// generator as is practical (regular expressions, time.Date, the
// libphonenumber patterns verbatim), so that the tests cross-check the
// generator rather than restate it.

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

var fullWidth = strings.NewReplacer(
	"０", "0", "１", "1", "２", "2", "３", "3", "４", "4",
	"５", "5", "６", "6", "７", "7", "８", "8", "９", "9", "－", "-")

// realDate reports whether yy-mm-dd exists in the century G implies.
func realDate(yymmdd string, g byte) bool {
	century := map[byte]int{'9': 1800, '0': 1800, '1': 1900, '2': 1900, '5': 1900, '6': 1900, '3': 2000, '4': 2000, '7': 2000, '8': 2000}[g]
	var yy, mm, dd int
	if _, err := fmt.Sscanf(yymmdd, "%2d%2d%2d", &yy, &mm, &dd); err != nil || mm < 1 || mm > 12 || dd < 1 {
		return false
	}
	t := time.Date(century+yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
	return t.Day() == dd && int(t.Month()) == mm
}

var regNumRE = regexp.MustCompile(`^([0-9]{6})-([0-9])([0-9]{6})$`)

type regCheck struct {
	rrnSum, frnPlus2 bool // which check-digit formulas the number satisfies
}

// checkRegNumber validates an RRN (foreign false: G 1–4) or FRN (G 5–8):
// dashed 6-7 shape, real date. It reports which check digits hold.
func checkRegNumber(s string, foreign bool) (regCheck, error) {
	m := regNumRE.FindStringSubmatch(s)
	if m == nil {
		return regCheck{}, fmt.Errorf("not YYMMDD-NNNNNNN: %q", s)
	}
	g := m[2][0]
	if foreign != (g >= '5' && g <= '8') || (!foreign && (g < '1' || g > '4')) {
		return regCheck{}, fmt.Errorf("G digit %c wrong for foreign=%v: %q", g, foreign, s)
	}
	if !realDate(m[1], g) {
		return regCheck{}, fmt.Errorf("no such date: %q", s)
	}
	d := m[1] + m[2] + m[3]
	w := []int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	sum := 0
	for i := range 12 {
		sum += int(d[i]-'0') * w[i]
	}
	last := int(d[12] - '0')
	return regCheck{rrnSum: (11-sum%11)%10 == last, frnPlus2: (13-sum%11)%10 == last}, nil
}

// libphonenumber KR national significant number patterns (§4.1, verbatim).
var nsnREs = map[string]*regexp.Regexp{
	"fixed":    regexp.MustCompile(`^(?:(?:2|3[1-3]|[46][1-4]|5[1-5])[1-9]\d{6,7}|(?:3[1-3]|[46][1-4]|5[1-5])1\d{2,3})$`),
	"mobile":   regexp.MustCompile(`^(?:1(?:05(?:[0-8]\d|9[0-6])|22[13]\d)\d{4,5}|1(?:0[0-46-9]|[16-9]\d|2[013-9])\d{6,7})$`),
	"pager":    regexp.MustCompile(`^15\d{7,8}$`),
	"voip":     regexp.MustCompile(`^70\d{8}$`),
	"personal": regexp.MustCompile(`^50\d{8,9}$`),
	"tollfree": regexp.MustCompile(`^(?:00(?:308\d{6,7}|798\d{7,9})|(?:00368|[38]0)\d{7})$`),
	"premium":  regexp.MustCompile(`^60[2-9]\d{6}$`),
}

var uanRE = regexp.MustCompile(`^1(?:5(?:22|33|44|66|77|88|99)|6(?:[07]0|44|6[0168]|88)|8(?:00|33|55|77|99))\d{4}$`)

// phoneType returns the libphonenumber type of a digit string written in
// national form (leading trunk 0) or as a UAN (15xx/16xx/18xx, 8 digits),
// or "" when it is not a valid Korean number.
func phoneType(digits string) string {
	if len(digits) == 8 && digits[0] == '1' && uanRE.MatchString(digits) {
		return "uan"
	}
	if len(digits) < 6 || digits[0] != '0' {
		return ""
	}
	nsn := digits[1:]
	for _, t := range []string{"fixed", "mobile", "pager", "voip", "personal", "tollfree", "premium"} {
		if nsnREs[t].MatchString(nsn) {
			return t
		}
	}
	return ""
}

var phoneShapeRE = regexp.MustCompile(`^(?:\+82[- ]?)?(?:\(\d{2,4}\) |\d{1,4}[-. )]?)?\d{3,4}[-. ]?\d{4}$`)

// checkPhone validates a written phone number: shape, then numbering plan.
func checkPhone(s string) (string, error) {
	n := fullWidth.Replace(s)
	if !phoneShapeRE.MatchString(n) {
		return "", fmt.Errorf("not a phone shape: %q", s)
	}
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, n)
	if strings.HasPrefix(n, "+82") {
		digits = "0" + digits[2:]
		if uanRE.MatchString(digits[1:]) {
			return "uan", nil
		}
	}
	t := phoneType(digits)
	if t == "" {
		return "", fmt.Errorf("not in the numbering plan: %q", s)
	}
	return t, nil
}

var (
	dotAtomRE  = regexp.MustCompile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
	hangulRE   = regexp.MustCompile(`^[가-힣]+$`)
	ldhRE      = regexp.MustCompile(`^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$`)
	idnLabelRE = regexp.MustCompile(`^[가-힣A-Za-z0-9](?:[가-힣A-Za-z0-9-]*[가-힣A-Za-z0-9])?$`)
	tldRE      = regexp.MustCompile(`^(?:[A-Za-z]{2,63}|xn--[a-z0-9-]+|[가-힣]{2,})$`)
)

// checkEmail validates an address by §5.1: local ≤ 64 octets, dot-atom or
// (RFC 6531) Hangul; domain ≤ 255 octets of LDH or Hangul labels ≤ 63
// octets; at least two labels; a real TLD shape.
func checkEmail(s string) error {
	at := strings.LastIndexByte(s, '@')
	if at <= 0 {
		return fmt.Errorf("no local part: %q", s)
	}
	local, domain := s[:at], s[at+1:]
	if len(local) > 64 || !(dotAtomRE.MatchString(local) || hangulRE.MatchString(local)) {
		return fmt.Errorf("bad local part: %q", s)
	}
	labels := strings.Split(domain, ".")
	if len(domain) > 255 || len(labels) < 2 {
		return fmt.Errorf("bad domain: %q", s)
	}
	for _, l := range labels {
		if len(l) == 0 || len(l) > 63 || !(ldhRE.MatchString(l) || idnLabelRE.MatchString(l) && strings.ContainsFunc(l, isHangul)) {
			return fmt.Errorf("bad label %q: %q", l, s)
		}
	}
	if !tldRE.MatchString(labels[len(labels)-1]) {
		return fmt.Errorf("bad TLD: %q", s)
	}
	return nil
}

func isHangul(r rune) bool { return r >= '가' && r <= '힣' }

// sidoNames: the 17 시·도 (§6.1), official, short and pre-renaming forms.
var sidoNames = []string{
	"서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시", "세종특별자치시",
	"경기도", "강원특별자치도", "충청북도", "충청남도", "전북특별자치도", "전라남도", "경상북도", "경상남도", "제주특별자치도",
	"서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주",
	"강원도", "전라북도",
}

var (
	roadAddrRE = regexp.MustCompile(`^(?:[가-힣]+[시군구] ){0,2}(?:[가-힣]+[읍면] )?[가-힣0-9]+(?:대로|로|길)(?: ?[1-9]\d*(?:번길|길))? (?:지하 )?[1-9]\d*(?:-[1-9]\d*)?(?:, (?:[1-9]\d*동 [1-9]\d*호|[1-9]\d*층(?: [1-9]\d*호)?))?(?: ?\([가-힣0-9]+(?:, [가-힣A-Za-z0-9]+)?\))?$`)
	lotAddrRE  = regexp.MustCompile(`^(?:[가-힣]+[시군구] ){0,2}(?:[가-힣]+[읍면] )?[가-힣0-9]+(?:동|리|가|로) (?:산 )?[1-9]\d*(?:-[1-9]\d*)?(?:번지)?(?: [1-9]\d*층)?$`)
	zipRE      = regexp.MustCompile(`^\(([0-9]{5})\) `)
	districtRE = regexp.MustCompile(`^[가-힣]+[시군구] `)
)

// checkAddress validates a 도로명주소 or 지번주소 by §6: optional postal code
// (first two digits 01–63), a 시·도, a 시·군·구 (except in 세종), then the
// road-name grammar (road ending in 대로/로/길, optional N길/N번길, building
// number ≥ 1, 상세주소, 참고항목) or the lot grammar.
func checkAddress(s string) error {
	rest := s
	if m := zipRE.FindStringSubmatch(rest); m != nil {
		if p := m[1][:2]; p < "01" || p > "63" {
			return fmt.Errorf("postal code outside 01–63: %q", s)
		}
		rest = rest[len(m[0]):]
	}
	sido := ""
	for _, n := range sidoNames {
		if strings.HasPrefix(rest, n+" ") && len(n) > len(sido) {
			sido = n
		}
	}
	if sido == "" {
		return fmt.Errorf("no 시·도: %q", s)
	}
	rest = rest[len(sido)+1:]
	if !strings.HasPrefix(sido, "세종") && !districtRE.MatchString(rest) {
		return fmt.Errorf("no 시·군·구: %q", s)
	}
	if !roadAddrRE.MatchString(rest) && !lotAddrRE.MatchString(rest) {
		return fmt.Errorf("neither road-name nor lot grammar: %q", s)
	}
	return nil
}

// checkItem validates one labelled value by its kind.
func checkItem(kind, v string) error {
	if !utf8.ValidString(v) || strings.ContainsAny(v, "\n\"\\") {
		return fmt.Errorf("bad bytes in %q", v)
	}
	switch kind {
	case KindRRN, KindFRN:
		_, err := checkRegNumber(v, kind == KindFRN)
		return err
	case KindPhone:
		_, err := checkPhone(v)
		return err
	case KindEmail:
		return checkEmail(v)
	case KindAddress:
		return checkAddress(v)
	}
	return fmt.Errorf("unknown kind %q", kind)
}

// ---- PII-free checks ----

type run struct{ start, end int }

func digitRuns(s string) []run {
	var rs []run
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		rs = append(rs, run{i, j})
		i = j
	}
	return rs
}

var fullSidoList = append(sidoNames[:17:17], "강원도", "전라북도")

// roadNumber reports whether line holds a road name followed by a building
// number: a Hangul syllable or digit, then 대로/로/길, an optional space, a
// number (optionally N-M), then a space, ',', a parenthesis or the end.
func roadNumber(line string) bool {
	for _, suffix := range []string{"로", "길"} {
		for off := 0; ; {
			i := strings.Index(line[off:], suffix)
			if i < 0 {
				break
			}
			i += off
			off = i + len(suffix)
			r, _ := utf8.DecodeLastRuneInString(line[:i])
			if !isHangul(r) && (r < '0' || r > '9') {
				continue
			}
			j := off
			if j < len(line) && line[j] == ' ' {
				j++
			}
			k := j
			for k < len(line) && (line[k] >= '0' && line[k] <= '9' || line[k] == '-' && k > j) {
				k++
			}
			if k > j && (k == len(line) || strings.IndexByte(" ,()", line[k]) >= 0) {
				return true
			}
		}
	}
	return false
}

// sidoDistrict reports whether a short 시·도 name is followed by a space
// and a 시·군·구 word (for 세종, which has none, a 동·읍·면 word).
func sidoDistrict(line string) bool {
	for _, n := range sidoNames[17:34] {
		for off := 0; ; {
			i := strings.Index(line[off:], n+" ")
			if i < 0 {
				break
			}
			off = i + off + len(n) + 1
			w := line[off:]
			if e := strings.IndexAny(w, " ,"); e >= 0 {
				w = w[:e]
			}
			if w != "" && strings.IndexFunc(w, func(r rune) bool { return !isHangul(r) }) < 0 &&
				(strings.HasSuffix(w, "시") || strings.HasSuffix(w, "군") || strings.HasSuffix(w, "구") ||
					n == "세종" && (strings.HasSuffix(w, "동") || strings.HasSuffix(w, "읍") || strings.HasSuffix(w, "면"))) {
				return true
			}
		}
	}
	return false
}

// piiViolations lists what in line would count as personal data by the
// reference's rules: any '@', "+82", full-width digits, a 13-digit run or a
// dashed/spaced 6-7 pair of digit runs holding a real date, digit groups
// (joined by '-', '.', ' ', ')' or ') ') grouped as phone numbers are that
// form a valid Korean phone number, a 시·도 name with a 시·군·구, or a road name followed by a
// building number.
func piiViolations(line string) []string {
	var v []string
	if strings.Contains(line, "@") || strings.Contains(line, "＠") {
		v = append(v, "'@'")
	}
	if strings.Contains(line, "+82") {
		v = append(v, "+82")
	}
	if strings.ContainsFunc(line, func(r rune) bool { return r >= '０' && r <= '９' }) {
		v = append(v, "full-width digit")
	}
	rs := digitRuns(line)
	for i, r := range rs {
		s := line[r.start:r.end]
		if len(s) == 13 && realDate(s[:6], s[6]) {
			v = append(v, "13-digit date run "+s)
		}
		if len(s) == 6 && i+1 < len(rs) && rs[i+1].start == r.end+1 && (line[r.end] == '-' || line[r.end] == ' ') {
			t := line[rs[i+1].start:rs[i+1].end]
			if len(t) == 7 && realDate(s, t[0]) {
				v = append(v, "6-7 date pair "+s+"-"+t)
			}
		}
	}
	// phone numbers as written: one group (9–12 digits from a trunk 0, or an
	// 8-digit UAN), 0A(A)(A) + 7–8 digits, 15xx-xxxx, or 0A(A)(A)-xxx(x)-xxxx
	sep := func(a, b run) bool {
		gap := line[a.end:b.start]
		return gap == "-" || gap == "." || gap == " " || gap == ")" || gap == ") "
	}
	for i, r := range rs {
		g1 := line[r.start:r.end]
		if t := phoneType(g1); t != "" && (len(g1) >= 9 || t == "uan") {
			v = append(v, "phone "+t+" "+g1)
		}
		if i+1 >= len(rs) || !sep(r, rs[i+1]) {
			continue
		}
		g2 := line[rs[i+1].start:rs[i+1].end]
		trunk := g1[0] == '0' && len(g1) >= 2 && len(g1) <= 4
		if t := phoneType(g1 + g2); t != "" && (trunk && len(g2) >= 7 && len(g2) <= 8 || t == "uan" && len(g1) == 4) {
			v = append(v, "phone "+t+" "+line[r.start:rs[i+1].end])
		}
		if i+2 >= len(rs) || !sep(rs[i+1], rs[i+2]) {
			continue
		}
		g3 := line[rs[i+2].start:rs[i+2].end]
		if t := phoneType(g1 + g2 + g3); t != "" && trunk && len(g2) >= 3 && len(g2) <= 4 && len(g3) == 4 {
			v = append(v, "phone "+t+" "+line[r.start:rs[i+2].end])
		}
	}
	for _, n := range fullSidoList {
		if strings.Contains(line, n) {
			v = append(v, "시·도 "+n)
		}
	}
	if sidoDistrict(line) {
		v = append(v, "시·도 + 시·군·구")
	}
	if roadNumber(line) {
		v = append(v, "road name + number")
	}
	return v
}
