package corpus

// fill expands one placeholder into g.b. Look-alike values are built so
// that they stay look-alikes: hex strings never hold more than five digits
// in a row, numeric ids never start with 0, epoch values never form a date,
// EAN-13 codes never hold a calendar date in their first six digits.
func (g *gen) fill(p ph) {
	r := &g.r
	switch p {
	case phTsISO:
		g.b = g.st.iso(g.b)
	case phTsPlain:
		g.b = g.st.plain(g.b)
	case phTsNginx:
		g.b = g.st.nginx(g.b)
	case phTsSyslog:
		g.b = g.st.syslog(g.b)
	case phTsUTC:
		if !g.utcOK {
			g.utc, g.utcOK = makeStamp(g.now, true), true
		}
		g.b = g.utc.iso(g.b)
	case phEpochMs:
		g.b = appendInt(g.b, g.now)
	case phEpochS:
		g.b = appendInt(g.b, g.now/1000)
	case phYMD:
		g.b = g.st.date(g.b, 0)
	case phDate:
		g.b = g.st.date(g.b, '-')

	case phIP:
		if r.chance(85, 100) {
			g.ip4()
		} else {
			g.ip6()
		}
	case phIP4:
		g.ip4()
	case phPort:
		g.b = appendPad(g.b, r.between(1024, 65535), 1)

	case phN1:
		g.b = appendPad(g.b, r.between(1, 9), 1)
	case phN2:
		g.b = appendPad(g.b, r.between(1, 99), 1)
	case phN3:
		g.b = appendPad(g.b, r.between(1, 999), 1)
	case phN4:
		g.b = appendPad(g.b, r.between(1000, 9999), 1)
	case phID5:
		g.digits(5, 1)
	case phID6:
		g.digits(6, 1)
	case phID7:
		g.digits(7, 1)
	case phID9:
		g.digits(9, 1)
	case phPID:
		g.b = appendPad(g.b, r.between(1000, 99999), 1)
	case phCnt:
		g.b = appendComma(g.b, g.magnitude(5))
	case phAmt:
		g.b = appendInt(g.b, int64(g.amount()))
	case phAmtWon:
		g.b = appendComma(g.b, g.amount())
		g.b = append(g.b, "원"...)
	case phAmtKRW:
		g.b = append(g.b, "₩"...)
		g.b = appendComma(g.b, g.amount())
	case phMs:
		g.b = appendPad(g.b, g.magnitude(4)%5000+1, 1)
	case phSec:
		g.b = appendPad(g.b, r.intn(10), 1)
		g.b = append(g.b, '.')
		g.b = appendPad(g.b, r.intn(1000), 3)
		g.b = append(g.b, 's')
	case phRT:
		if r.chance(9, 10) {
			g.b = append(g.b, "0."...)
		} else {
			g.b = appendPad(g.b, r.between(1, 9), 1)
			g.b = append(g.b, '.')
		}
		g.b = appendPad(g.b, r.intn(1000), 3)
	case phBytes:
		g.b = appendPad(g.b, g.magnitude(6), 1)
	case phStatus:
		g.b = append(g.b, pick(r, httpStatus)...)
	case phMB:
		g.b = appendPad(g.b, r.between(64, 8000), 1)

	case phUUID:
		g.uuid()
	case phHex8:
		g.hex(8, false)
	case phHex16:
		g.hex(16, false)
	case phHex32:
		g.hex(32, false)
	case phSha7:
		g.hex(7, false)
	case phQID:
		g.hex(10, true)
	case phOrd: // ORD-20261123-000123
		g.b = append(g.b, "ORD-"...)
		g.b = g.st.date(g.b, 0)
		g.b = append(g.b, '-')
		g.b = appendPad(g.b, r.intn(1_000_000), 6)
	case phOrd2: // 20240315-1234567
		y := r.between(2024, 2026)
		m := r.between(1, 12)
		g.b = appendPad(g.b, y, 4)
		g.b = appendPad(g.b, m, 2)
		g.b = appendPad(g.b, r.between(1, daysIn(y, m)), 2)
		g.b = append(g.b, '-')
		g.digits(7, 1)
	case phEAN:
		g.ean()
	case phSKU:
		g.b = append(g.b, "SKU-"...)
		g.b = append(g.b, byte('A'+r.intn(26)), byte('A'+r.intn(26)), '-')
		g.digits(5, 1)
	case phTrack: // 12-digit parcel invoice number
		g.digits(12, 3)
	case phVer:
		g.b = appendPad(g.b, r.between(1, 4), 1)
		g.b = append(g.b, '.')
		g.b = appendPad(g.b, r.intn(30), 1)
		g.b = append(g.b, '.')
		g.b = appendPad(g.b, r.intn(20), 1)
		if r.chance(1, 10) {
			g.b = append(g.b, "-rc."...)
			g.b = appendPad(g.b, r.between(1, 5), 1)
		}
	case phPod:
		g.b = append(g.b, "order-api-"...)
		g.hex(9, false)
		g.b = append(g.b, '-')
		for range 5 {
			g.b = append(g.b, "bcdfghjklmnpqrstvwxz2456789"[r.intn(27)])
		}

	case phMethod:
		g.b = append(g.b, pick(r, httpMethods)...)
	case phPath:
		g.expand(pick(r, paths))
	case phRef:
		g.expand(pick(r, referrers))
	case phUA:
		g.b = append(g.b, pick(r, userAgents)...)
	case phKw:
		g.b = append(g.b, pick(r, searchKeywords)...)
	case phThread:
		g.expand(pick(r, threads))
	case phLogger:
		g.b = append(g.b, pick(r, loggers)...)
	case phTopic:
		g.b = append(g.b, pick(r, topics)...)
	case phJob:
		g.b = append(g.b, pick(r, jobs)...)
	case phHost:
		g.b = append(g.b, pick(r, hosts)...)
	case phLvl:
		g.b = append(g.b, levelNames[g.level]...)
	case phLvl5:
		g.b = append(g.b, level5[g.level]...)
	case phJLvl:
		g.b = append(g.b, levelJSON[g.level]...)
	case phExcJ:
		g.expand(pick(r, exceptionsJSON))
	case phFrame:
		g.expand(pick(r, frames))
	case phAppMsg:
		switch {
		case g.msg != nil:
			m := g.msg
			g.msg = nil
			g.expand(m)
		case g.level == lvlError:
			g.expand(pick(r, errorMsgs))
		case r.chance(1, 500):
			g.expand(pick(r, appMsgsRare))
		default:
			g.expand(pick(r, appMsgs))
		}
	case phBatchMsg:
		if g.bmsg != nil {
			m := g.bmsg
			g.bmsg = nil
			g.expand(m)
		} else {
			g.expand(pick(r, batchMsgs))
		}

	case phMaskedPhone:
		g.b = append(g.b, "010-****-"...)
		g.digits(4, 0)
	case phMaskedRRN:
		y := r.between(40, 99)
		m := r.between(1, 12)
		g.b = appendPad(g.b, y, 2)
		g.b = appendPad(g.b, m, 2)
		g.b = appendPad(g.b, r.between(1, daysIn(1900+y, m)), 2)
		g.b = append(g.b, '-', byte('1'+r.intn(2)))
		g.b = append(g.b, "******"...)
	case phDummyRRN: // invalid dates: month 34, month 00
		if r.intn(2) == 0 {
			g.b = append(g.b, "123456-1234567"...)
		} else {
			g.b = append(g.b, "000000-0000000"...)
		}

	case phPhone, phPhoneURL:
		s := len(g.b)
		g.phone(p == phPhoneURL)
		g.mark(kPhone, s)
	case phEmail, phEmailURL:
		s := len(g.b)
		g.email(p == phEmailURL)
		g.mark(kEmail, s)
	case phRRN:
		s := len(g.b)
		g.regNumber(false)
		g.mark(kRRN, s)
	case phFRN:
		s := len(g.b)
		g.regNumber(true)
		g.mark(kFRN, s)
	case phAddr:
		s := len(g.b)
		g.address()
		g.mark(kAddr, s)
	}
}

func appendInt(b []byte, v int64) []byte {
	var tmp [20]byte
	i := len(tmp)
	for v >= 10 {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	tmp[i] = byte('0' + v)
	return append(b, tmp[i:]...)
}

// appendComma appends v with thousands separators: 1,234,567.
func appendComma(b []byte, v int) []byte {
	if v < 1000 {
		return appendPad(b, v, 1)
	}
	b = appendComma(b, v/1000)
	b = append(b, ',')
	return appendPad(b, v%1000, 3)
}

// magnitude returns a positive number with 1 to maxDigits digits, each
// length equally likely (log-uniform-ish, as counts and sizes are).
func (g *gen) magnitude(maxDigits int) int {
	n := g.r.between(1, maxDigits)
	lo := 1
	for range n - 1 {
		lo *= 10
	}
	return g.r.between(lo, lo*10-1)
}

// amount is a price in won, 1,000 – 999,900: a multiple of 100, sometimes
// of 10.
func (g *gen) amount() int {
	n := g.r.between(2, 4)
	lo := 10
	for range n - 2 {
		lo *= 10
	}
	v := g.r.between(lo, lo*10-1) * 100
	if g.r.chance(1, 5) {
		v += 10 * g.r.intn(10)
	}
	return v
}

func (g *gen) ip4() {
	r := &g.r
	switch r.intn(4) {
	case 0:
		g.b = append(g.b, "10."...)
		g.b = appendPad(g.b, r.intn(256), 1)
	case 1:
		g.b = append(g.b, "172."...)
		g.b = appendPad(g.b, r.between(16, 31), 1)
	case 2:
		g.b = append(g.b, "192.168"...)
	default:
		g.b = appendPad(g.b, pick(r, []int{1, 14, 27, 39, 58, 61, 106, 110, 112, 116, 118, 121, 125, 175, 183, 203, 211, 218, 220, 222}), 1)
		g.b = append(g.b, '.')
		g.b = appendPad(g.b, r.intn(256), 1)
	}
	g.b = append(g.b, '.')
	g.b = appendPad(g.b, r.intn(256), 1)
	g.b = append(g.b, '.')
	g.b = appendPad(g.b, r.between(1, 254), 1)
}

func (g *gen) ip6() {
	r := &g.r
	g.b = append(g.b, "2001:db8:"...)
	for i := range 3 {
		if i > 0 {
			g.b = append(g.b, ':')
		}
		g.b = appendHex(g.b, r.intn(0x10000))
	}
	g.b = append(g.b, "::"...)
	g.b = appendHex(g.b, r.between(1, 0xffff))
}

func appendHex(b []byte, v int) []byte {
	const hexDigits = "0123456789abcdef"
	started := false
	for s := 12; s >= 0; s -= 4 {
		d := (v >> s) & 0xf
		if d != 0 || started || s == 0 {
			b = append(b, hexDigits[d])
			started = true
		}
	}
	return b
}

// hex appends n random hex digits with at most five decimal digits in a row,
// so that no id hides a phone number or a 13-digit registration number.
func (g *gen) hex(n int, upper bool) {
	letters := "abcdef"
	if upper {
		letters = "ABCDEF"
	}
	run := 0
	for range n {
		x := g.r.intn(16)
		if x < 10 && run < 5 {
			g.b = append(g.b, byte('0'+x))
			run++
		} else {
			g.b = append(g.b, letters[x%6])
			run = 0
		}
	}
}

// uuid appends a version-4 UUID in which every group holds a letter, so no
// group pair reads as a number such as 1588-1234.
func (g *gen) uuid() {
	r := &g.r
	for gi, n := range [5]int{8, 4, 4, 4, 12} {
		if gi > 0 {
			g.b = append(g.b, '-')
		}
		s := len(g.b)
		g.hex(n, false)
		switch gi {
		case 2:
			g.b[s] = '4'
		case 3:
			g.b[s] = "89ab"[r.intn(4)]
		}
		if !hasLetter(g.b[s:]) {
			g.b[s+1+r.intn(n-1)] = "abcdef"[r.intn(6)]
		}
	}
}

func hasLetter(b []byte) bool {
	for _, c := range b {
		if c > '9' {
			return true
		}
	}
	return false
}

// ean appends an EAN-13 with the Korean GS1 prefix 880. Its fifth digit is
// 4–9, so the first six digits never read as a YYMMDD date (day ≥ 40).
func (g *gen) ean() {
	var d [13]byte
	d[0], d[1], d[2], d[3] = 8, 8, 0, 1
	d[4] = byte(g.r.between(4, 9))
	for i := 5; i < 12; i++ {
		d[i] = byte(g.r.intn(10))
	}
	s := 0
	for i := range 12 {
		w := 1
		if i%2 == 1 {
			w = 3
		}
		s += int(d[i]) * w
	}
	d[12] = byte((10 - s%10) % 10)
	for _, v := range d {
		g.b = append(g.b, '0'+v)
	}
}
