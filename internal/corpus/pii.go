package corpus

// Generators for the personal values the corpus plants. Every value is
// synthetic and valid by the rules of korean-pii-formats.md §2–§6; the check
// digits are computed here, independently of kpii's own validators.

// rrnWeights are the check-digit weights of a resident registration number
// (korean-pii-formats.md §2.5).
var rrnWeights = [12]int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}

func rrnSum(d *[13]byte) int {
	s := 0
	for i, w := range rrnWeights {
		s += int(d[i]) * w
	}
	return s
}

// rrnCheck is the pre-2020 RRN check digit: (11 − s mod 11) mod 10.
func rrnCheck(d *[13]byte) byte { return byte((11 - rrnSum(d)%11) % 10) }

// frnCheck is the "+2" FRN variant (eGov, Presidio): (13 − s mod 11) mod 10.
func frnCheck(d *[13]byte) byte { return byte((13 - rrnSum(d)%11) % 10) }

// regNumber appends a resident (foreign == false, G 1–4) or foreigner
// (G 5–8) registration number in the dashed YYMMDD-GXXXXXX form. The date
// always exists. Resident numbers: pre-2020-10 style with a region code and
// a correct check digit, or a random tail (numbers assigned since
// 2020-10-05, or reassigned), which for older birth dates is made to fail
// the check digit so that both cases are present. Foreigner numbers: the
// "+2" check digit (60 %), the plain RRN formula (20 %), or neither (20 %).
func (g *gen) regNumber(foreign bool) {
	r := &g.r
	var y int
	if foreign {
		y = r.between(1955, 2021)
	} else {
		y = r.between(1940, 2024)
	}
	m := r.between(1, 12)
	d := r.between(1, daysIn(y, m))
	var dg [13]byte
	dg[0], dg[1] = byte(y%100/10), byte(y%10)
	dg[2], dg[3] = byte(m/10), byte(m%10)
	dg[4], dg[5] = byte(d/10), byte(d%10)
	gd := 1
	if y >= 2000 {
		gd = 3
	}
	if foreign {
		gd += 4
	}
	if r.intn(2) == 1 {
		gd++
	}
	dg[6] = byte(gd)
	if !foreign {
		newStyle := y > 2020 || (y == 2020 && (m > 10 || (m == 10 && d >= 5)))
		if newStyle || r.chance(1, 4) {
			for i := 7; i < 13; i++ {
				dg[i] = byte(r.intn(10))
			}
			if !newStyle && rrnCheck(&dg) == dg[12] {
				dg[12] = (dg[12] + 1) % 10
			}
		} else {
			reg := r.intn(96)
			dg[7], dg[8] = byte(reg/10), byte(reg%10)
			for i := 9; i < 12; i++ {
				dg[i] = byte(r.intn(10))
			}
			dg[12] = rrnCheck(&dg)
		}
	} else {
		reg := 2 * r.intn(48) // even registration office, 00–94
		dg[7], dg[8] = byte(reg/10), byte(reg%10)
		dg[9], dg[10] = byte(r.intn(10)), byte(r.intn(10))
		dg[11] = byte(r.between(6, 9))
		switch w := r.intn(10); {
		case w < 6:
			dg[12] = frnCheck(&dg)
		case w < 8:
			dg[12] = rrnCheck(&dg)
		default:
			a, b := frnCheck(&dg), rrnCheck(&dg)
			dg[12] = byte(r.intn(10))
			for dg[12] == a || dg[12] == b {
				dg[12] = (dg[12] + 1) % 10
			}
		}
	}
	for i, v := range dg {
		if i == 6 {
			g.b = append(g.b, '-')
		}
		g.b = append(g.b, '0'+v)
	}
}

// digits appends n random decimal digits, the first in [first, 9].
func (g *gen) digits(n, first int) {
	g.b = append(g.b, byte('0'+g.r.between(first, 9)))
	for i := 1; i < n; i++ {
		g.b = append(g.b, byte('0'+g.r.intn(10)))
	}
}

// Phone families and their weights (per 1000 phone numbers).
const (
	phMobileDash = iota
	phMobileBare
	phMobileDot
	phMobileSpace
	phLegacy
	phSeoul
	phSeoulParen
	phArea
	phAreaParen
	phVoIP
	phPersonal
	phTollFree
	phPremium
	phUAN
	phIntlMobile
	phIntlSeoul
	phFullWidth
	phPager
)

var phoneCum = cumulative(380, 80, 30, 30, 40, 100, 20, 100, 20, 50, 20, 20, 10, 50, 40, 10, 10, 10)

// phoneURLSafe says which families can appear in a URL or a query string
// (no spaces, parentheses or full-width characters).
var phoneURLSafe = [...]bool{true, true, true, false, true, true, false, true, false, true, true, true, true, true, true, true, false, true}

var (
	areaCodes   = []string{"031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"}
	legacyCodes = []string{"011", "016", "017", "018", "019"}
	uanPrefixes = []string{"1522", "1533", "1544", "1566", "1577", "1588", "1599", "1600", "1644", "1660", "1661", "1666", "1668", "1670", "1688", "1800", "1833", "1855", "1877", "1899"}
)

// phone appends a Korean phone number valid under libphonenumber's KR
// metadata (korean-pii-formats.md §4.1), in one of the written forms of
// §4.3–§4.5.
func (g *gen) phone(urlSafe bool) {
	r := &g.r
	f := r.weighted(phoneCum)
	if urlSafe && !phoneURLSafe[f] {
		f = phMobileDash
	}
	switch f {
	case phMobileDash, phMobileBare, phMobileDot, phMobileSpace, phFullWidth:
		sep := map3(f)
		start := len(g.b)
		g.b = append(g.b, "010"...)
		if sep != 0 {
			g.b = append(g.b, sep)
		}
		g.mobileMiddle()
		if sep != 0 {
			g.b = append(g.b, sep)
		}
		g.digits(4, 0)
		if f == phFullWidth {
			g.fullWidth(start)
		}
	case phLegacy:
		g.b = append(g.b, pick(r, legacyCodes)...)
		g.b = append(g.b, '-')
		g.digits(r.between(3, 4), 2)
		g.b = append(g.b, '-')
		g.digits(4, 0)
	case phSeoul, phSeoulParen:
		g.b = append(g.b, "02"...)
		if f == phSeoulParen {
			g.b = append(g.b, ')')
		} else {
			g.b = append(g.b, '-')
		}
		g.digits(r.between(3, 4), 2)
		g.b = append(g.b, '-')
		g.digits(4, 0)
	case phArea, phAreaParen:
		code := pick(r, areaCodes)
		if f == phAreaParen {
			g.b = append(g.b, '(')
			g.b = append(g.b, code...)
			g.b = append(g.b, ") "...)
		} else {
			g.b = append(g.b, code...)
			g.b = append(g.b, '-')
		}
		g.digits(r.between(3, 4), 2)
		g.b = append(g.b, '-')
		g.digits(4, 0)
	case phVoIP:
		g.b = append(g.b, "070-"...)
		g.digits(4, 2)
		g.b = append(g.b, '-')
		g.digits(4, 0)
	case phPersonal:
		g.b = append(g.b, "050"...)
		g.b = append(g.b, byte('0'+r.between(2, 8)), '-')
		g.digits(r.between(3, 4), 2)
		g.b = append(g.b, '-')
		g.digits(4, 0)
	case phTollFree:
		g.b = append(g.b, "080-"...)
		g.digits(3, 0)
		g.b = append(g.b, '-')
		g.digits(4, 0)
	case phPremium:
		g.b = append(g.b, "060-"...)
		g.digits(3, 2)
		g.b = append(g.b, '-')
		g.digits(4, 0)
	case phUAN:
		g.b = append(g.b, pick(r, uanPrefixes)...)
		g.b = append(g.b, '-')
		g.digits(4, 0)
	case phIntlMobile:
		v := r.intn(4)
		if urlSafe && v >= 2 {
			v -= 2
		}
		switch v {
		case 0:
			g.b = append(g.b, "+82-10-"...)
			g.mobileMiddle()
			g.b = append(g.b, '-')
		case 1:
			g.b = append(g.b, "+8210"...)
			g.mobileMiddle()
		case 2:
			g.b = append(g.b, "+82 10-"...)
			g.mobileMiddle()
			g.b = append(g.b, '-')
		default:
			g.b = append(g.b, "+82 10 "...)
			g.mobileMiddle()
			g.b = append(g.b, ' ')
		}
		g.digits(4, 0)
	case phIntlSeoul:
		if urlSafe || r.intn(2) == 0 {
			g.b = append(g.b, "+82-2-"...)
			g.digits(r.between(3, 4), 2)
			g.b = append(g.b, '-')
		} else {
			g.b = append(g.b, "+82 2 "...)
			g.digits(4, 2)
			g.b = append(g.b, ' ')
		}
		g.digits(4, 0)
	case phPager:
		g.b = append(g.b, "015-"...)
		g.digits(3, 2)
		g.b = append(g.b, '-')
		g.digits(4, 0)
	}
}

func map3(f int) byte {
	switch f {
	case phMobileBare:
		return 0
	case phMobileDot:
		return '.'
	case phMobileSpace:
		return ' '
	}
	return '-'
}

// mobileMiddle appends the 4-digit middle group of an 010 number. It starts
// with 2–9; 010-597x … 010-599x are not in the numbering plan.
func (g *gen) mobileMiddle() {
	a := g.r.between(2, 9)
	b := g.r.intn(10)
	c := g.r.intn(10)
	if a == 5 && b == 9 && c >= 7 {
		c = g.r.intn(7)
	}
	g.b = append(g.b, byte('0'+a), byte('0'+b), byte('0'+c), byte('0'+g.r.intn(10)))
}

// fullWidth rewrites g.b[start:] (ASCII digits and '-') into full-width
// digits and U+FF0D, as IME input produces them.
func (g *gen) fullWidth(start int) {
	var tmp [48]byte
	src := append(tmp[:0], g.b[start:]...)
	g.b = g.b[:start]
	for _, c := range src {
		switch {
		case c >= '0' && c <= '9':
			g.b = append(g.b, 0xEF, 0xBC, 0x90+(c-'0'))
		case c == '-':
			g.b = append(g.b, 0xEF, 0xBC, 0x8D)
		default:
			g.b = append(g.b, c)
		}
	}
}

var (
	surnames   = []string{"kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "hong", "yu"}
	givenNames = []string{"gildong", "minsu", "jiyoung", "seojun", "hayoon", "jiho", "soyeon", "dohyun", "yuna", "junho", "eunji", "taeyang", "minji", "hyunwoo", "sujin", "jaewon", "yerin", "donghyun", "seoyeon", "jimin"}
	mailTags   = []string{"shop", "news", "kr", "work", "sns"}
	mailRoles  = []string{"help", "cs", "partner", "sales.kr", "hr-team"}
	hangulName = []string{"홍길동", "김민수", "이지영", "박서준", "최하윤"}
	mailCum    = cumulative(300, 200, 80, 80, 60, 40, 60, 40, 20, 20, 20, 30)
	mailASCII  = []string{"naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "example.co.kr", "example.com", "example.or.kr", "example.ac.kr", "hotmail.com"}
	mailIDN    = []string{"홍길동.한국", "한글.kr", "예시.한국", "xn--wk0bu0i737a.xn--3e0b707e", "xn--bj0bj06e.kr"}
)

// email appends an e-mail address (korean-pii-formats.md §5): a dot-atom
// local part, then a consumer or .kr domain, occasionally an IDN (.한국,
// 한글.kr) and, rarely, a Hangul local part (RFC 6531). URL-safe addresses
// are ASCII only.
func (g *gen) email(urlSafe bool) {
	r := &g.r
	di := r.weighted(mailCum)
	idn := di == len(mailASCII)
	var domain string
	if idn {
		domain = pick(r, mailIDN)
		if urlSafe && domain[0] >= 0x80 {
			domain = mailIDN[3+r.intn(2)]
		}
	} else {
		domain = mailASCII[di]
	}
	if idn && !urlSafe && domain[0] >= 0x80 && r.chance(3, 10) {
		g.b = append(g.b, pick(r, hangulName)...)
	} else {
		s, n := pick(r, surnames), pick(r, givenNames)
		switch r.intn(9) {
		case 0:
			g.b = append(g.b, n...)
			g.b = append(g.b, '.')
			g.b = append(g.b, s...)
		case 1:
			g.b = append(g.b, s...)
			g.b = append(g.b, '.')
			g.b = append(g.b, n...)
		case 2:
			g.b = append(g.b, n...)
			g.digits(r.between(2, 4), 0)
		case 3:
			g.b = append(g.b, s...)
			g.b = append(g.b, '_')
			g.b = append(g.b, n...)
		case 4:
			g.b = append(g.b, n[0])
			g.b = append(g.b, s...)
			g.digits(2, 0)
		case 5:
			g.b = append(g.b, s...)
			g.b = append(g.b, n...)
			g.b = append(g.b, '-')
			g.digits(2, 1)
		case 6:
			g.b = append(g.b, n...)
			g.b = append(g.b, '+')
			g.b = append(g.b, pick(r, mailTags)...)
		case 7:
			g.b = append(g.b, pick(r, mailRoles)...)
		default:
			g.b = append(g.b, s...)
			g.b = append(g.b, n...)
		}
	}
	g.b = append(g.b, '@')
	g.b = append(g.b, domain...)
}
