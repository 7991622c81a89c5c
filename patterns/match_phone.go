package patterns

// PhoneContextWords raise a phone candidate's confidence (formats
// reference §9): Korean labels, English labels and field names.
var PhoneContextWords = []string{
	"전화번호", "전화", "휴대폰", "핸드폰", "휴대전화", "연락처", "폰번호", "핸드폰번호", "휴대폰번호", "모바일", "대표전화",
	"긴급연락처", "안심번호", "팩스", "국번없이", "문자", "고객센터", "상담", "콜센터", "수신거부", "무료거부", "ARS",
	"phone", "mobile", "tel", "telephone", "cell", "contact", "fax", "hp", "msisdn", "call", "mbtlnum", "moblphon", "telno",
}

type phoneGroup struct{ start, end int }

// MatchPhone matches a Korean phone number that begins at text[i]: the
// first digit of a digit run, a '+' (international form), the '%' of "%2B"
// or a '(' (an area code in parentheses). A digit at i that follows '(' is matched with the
// parenthesis.
//
// Accepted forms: digit groups separated by '-', '.', ')', or spaces
// ("010-1234-5678", "02)123-4567", "(031) 123-4567", "010 1234 5678"), the
// three columns of a split export ("010,1234,5678", tab-separated too), a
// bare run ("01012345678"), and the international forms "+82 10-1234-5678",
// "+82 (0)10-…", "+82 010-…", "+821012345678", "82-10-1234-5678" and,
// percent-encoded in a query string, "%2B821012345678" (from i at '%'). The
// digits must form a valid number of the numbering plan (ParsePhone); when
// the number is written in groups, the first group must be its prefix (area
// or service code) and the rest 3–4 then 4 digits. A candidate that a digit
// or '-'/'.'+digit continues on either side is not a match.
func MatchPhone(text []byte, i int) (Match, bool) {
	n := len(text)
	if i < 0 || i >= n {
		return Match{}, false
	}
	start, j := i, i
	intl, paren := false, false
	switch c := text[i]; {
	case c == '+':
		intl = true
		j++
		for j < n && j-i <= 2 && text[j] == ' ' {
			j++
		}
		if j+1 >= n || text[j] != '8' || text[j+1] != '2' {
			return Match{}, false
		}
	case c == '%':
		// "%2B82…": a '+' percent-encoded in a query string (tel=%2B8210…)
		if j+4 >= n || text[j+1] != '2' || text[j+2]|0x20 != 'b' || text[j+3] != '8' || text[j+4] != '2' {
			return Match{}, false
		}
		intl = true
		j += 3
	case c == '(':
		paren = true
		j++
	case isDigitByte(c):
		if i > 0 && text[i-1] == '(' {
			start, paren = i-1, true
		}
	default:
		return Match{}, false
	}
	if !paren && !intl && continuesNumberBefore(text, start) {
		return Match{}, false
	}
	if start > 0 && text[start-1] == '+' && !intl && text[start] != '0' {
		// "+8210…" is matched from its '+'; before a trunk 0 the '+' is no
		// country code but a space in a query string (q=이름+010-1234-5678)
		return Match{}, false
	}

	var groups [6]phoneGroup
	ng := 0
	for ng < len(groups) {
		e := digitRunEnd(text, j)
		if e == j {
			break
		}
		groups[ng] = phoneGroup{j, e}
		ng++
		if paren && ng == 1 && (e >= n || text[e] != ')') {
			if text[i] == '(' {
				return Match{}, false
			}
			// "md5(010-1234-5678)": the parenthesis belongs to the text
			// around the number, not to an area code.
			start, paren = i, false
			if continuesNumberBefore(text, start) {
				return Match{}, false
			}
		}
		k := phoneSkipSeparator(text, e)
		if k == e || k >= n || !isDigitByte(text[k]) {
			// "+82 (0)10": the trunk zero in parentheses.
			if intl && ng == 1 && k+2 < n && text[k] == '(' && text[k+1] == '0' && text[k+2] == ')' {
				j = phoneSkipSeparator(text, k+3)
				if j == k+3 && (j >= n || !isDigitByte(text[j])) {
					break
				}
				continue
			}
			break
		}
		j = k
	}
	if ng == 0 {
		return Match{}, false
	}
	if !phoneColumnsConsistent(text, groups[:ng]) {
		// A ',' or tab that does not split one number into its columns
		// ends the number: 01077260431,34141 is a phone and a postal code.
		for k := 1; k < ng; k++ {
			if c := text[groups[k-1].end]; c == ',' || c == '\t' {
				ng = k
				break
			}
		}
	}

	first := 0
	if !intl && !paren && ng >= 3 && phoneIsCallOutPrefix(text[groups[0].start:groups[0].end]) &&
		groups[1].end-groups[1].start == 2 && text[groups[1].start] == '8' && text[groups[1].start+1] == '2' {
		// "001-82-10-1234-5678": dialled from abroad through a carrier prefix.
		groups[0] = groups[1]
		copy(groups[1:], groups[2:ng])
		ng--
		intl = true
	}
	if intl || (ng >= 3 && groups[0].end-groups[0].start == 2 && text[groups[0].start] == '8' && text[groups[0].start+1] == '2' && text[groups[0].end] == '-') {
		g := groups[0]
		if g.end-g.start == 2 {
			first = 1 // "+82 10-…": the country code is a group of its own
		} else {
			groups[0].start += 2 // "+821012345678"
		}
		intl = true
	}
	if first >= ng {
		return Match{}, false
	}
	for last := ng; last > first; last-- {
		if m, ok := phoneTry(text, groups[first:last], intl); ok {
			m.Start = start
			return m, true
		}
	}
	return Match{}, false
}

// phoneColumnsConsistent says whether a number written in split columns
// (groups separated by ',' or a tab) is exactly three groups, a three-digit
// prefix and two more, every one separated by that same byte: a row's 전화번호1,
// 전화번호2 and 전화번호3, not a list of numbers. When it is not, MatchPhone
// reads the groups before the first such separator alone.
func phoneColumnsConsistent(text []byte, groups []phoneGroup) bool {
	var col byte
	for k := 1; k < len(groups); k++ {
		if c := text[groups[k-1].end]; c == ',' || c == '\t' {
			col = c
		}
	}
	if col == 0 {
		return true
	}
	// The first column is a three-digit prefix (010, 031, 070): "02" is as
	// often a month in a row of numbers.
	if len(groups) != 3 || text[groups[0].start] != '0' || groups[0].end-groups[0].start != 3 {
		return false
	}
	for k := 1; k < len(groups); k++ {
		if groups[k].start != groups[k-1].end+1 || text[groups[k-1].end] != col {
			return false
		}
	}
	return true
}

// phoneSkipSeparator skips one separator between digit groups: optional
// spaces, at most one of '-', '.', ')', optional spaces, three bytes at
// most; or a single ',' or tab before a digit (split columns).
func phoneSkipSeparator(text []byte, j int) int {
	if j+1 < len(text) && (text[j] == ',' || text[j] == '\t') && isDigitByte(text[j+1]) {
		return j + 1 // split columns of an export: 010,1234,5678 or 010<TAB>1234<TAB>5678
	}
	k, mark := j, false
	for k < len(text) && k-j < 3 {
		switch text[k] {
		case ' ':
		case '-', '.', ')':
			if mark {
				return k
			}
			mark = true
		default:
			return k
		}
		k++
	}
	return k
}

func phoneTry(text []byte, groups []phoneGroup, intl bool) (Match, bool) {
	var d [16]byte
	nd := 0
	if intl && text[groups[0].start] != '0' {
		d[0] = '0'
		nd = 1
	}
	for _, g := range groups {
		if nd+g.end-g.start > len(d) {
			return Match{}, false
		}
		nd += copy(d[nd:], text[g.start:g.end])
	}
	end := groups[len(groups)-1].end
	if continuesNumberAfter(text, end) {
		return Match{}, false
	}
	digits := d[:nd]
	c, err := phoneClassify(digits)
	if err != nil && intl && d[0] == '0' && text[groups[0].start] != '0' {
		// "+82 1588 1234": representative numbers have no trunk zero.
		digits = d[1:nd]
		c, err = phoneClassify(digits)
	}
	if err != nil || c.typ == PhoneAreaShortCode {
		// Area short codes (031-120) reach public services, not people.
		return Match{}, false
	}
	m := Match{Kind: Phone, End: end}
	if len(groups) == 1 {
		m.Evidence = EvidenceBare
		// A bare run that the numbering plan accepts and that starts with
		// the trunk 0 is specific (ids rarely start with 0); a bare 8-digit
		// 15xx/16xx/18xx run or a legacy 01X run is not.
		if intl {
			m.Evidence |= EvidenceStrong
		} else if c.typ == PhoneRepresentative || c.legacy {
			m.Evidence |= EvidenceWeak
		}
		return m, true
	}
	// Grouped: the first group is the prefix, then 3–4 and 4 digits (or a
	// single group of 4 after a 4-digit representative prefix).
	prefix := groups[0].end - groups[0].start
	want := c.prefixLen
	if intl && digits[0] == '0' && text[groups[0].start] != '0' {
		want--
	}
	if prefix != want && !(want == 4 && prefix == 3 && digits[0] == '0') {
		return Match{}, false
	}
	rest := groups[1:]
	switch len(rest) {
	case 1:
		l := rest[0].end - rest[0].start
		if !(l == 4 && len(digits)-c.prefixLen == 4) {
			return Match{}, false
		}
	case 2:
		mid, last := rest[0].end-rest[0].start, rest[1].end-rest[1].start
		if mid < 3 || mid > 4 || last != 4 {
			return Match{}, false
		}
	default:
		return Match{}, false
	}
	m.Evidence = EvidenceCanonical
	if intl || (c.typ == PhoneMobile && !c.legacy) {
		m.Evidence |= EvidenceStrong
	}
	return m, true
}

// phoneIsCallOutPrefix reports whether g is one of the international call
// prefixes used from Korea (001, 002, 005, 006, 008, 00700).
func phoneIsCallOutPrefix(g []byte) bool {
	switch string(g) {
	case "001", "002", "005", "006", "008", "00700":
		return true
	}
	return false
}
