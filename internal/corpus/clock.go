package corpus

// The corpus clock. Every timestamp in the corpus is derived from one
// monotonic counter of Unix milliseconds that stays inside the window
// [clockStart, clockEnd), November and December 2026, Korea time. The window
// is chosen so that epoch values are harmless look-alikes: every epoch
// millisecond in it starts with "179", so its "month" digits (9x) can never
// form the date of a resident registration number.

const (
	msPerDay   = 86_400_000
	kstOffset  = 9 * 3_600_000
	windowDays = 61
)

var (
	clockStart = daysFromCivil(2026, 11, 1)*msPerDay - kstOffset
	clockEnd   = clockStart + windowDays*msPerDay
)

// daysFromCivil returns the number of days from 1970-01-01 to y-m-d in the
// proleptic Gregorian calendar (H. Hinnant's algorithm).
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era*146097 + doe - 719468)
}

// civil is the inverse of daysFromCivil for days ≥ 0.
func civil(days int64) (y, m, d int) {
	z := days + 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		m = int(mp + 3)
	} else {
		m = int(mp - 9)
	}
	y = int(yoe + era*400)
	if m <= 2 {
		y++
	}
	return y, m, d
}

// daysIn returns the number of days of month m in year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// stamp is one instant broken into its Korea-time fields.
type stamp struct {
	y, mo, d, h, mi, s, ms int
	utc                    bool
}

func makeStamp(epochMs int64, utc bool) stamp {
	local := epochMs
	if !utc {
		local += kstOffset
	}
	days := local / msPerDay
	rem := int(local % msPerDay)
	y, mo, d := civil(days)
	return stamp{y: y, mo: mo, d: d, h: rem / 3_600_000, mi: rem / 60_000 % 60,
		s: rem / 1000 % 60, ms: rem % 1000, utc: utc}
}

var monthAbbr = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// appendPad appends v in decimal, left-padded with zeros to width.
func appendPad(b []byte, v, width int) []byte {
	var tmp [20]byte
	i := len(tmp)
	for v >= 10 || width > 1 {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
		width--
	}
	i--
	tmp[i] = byte('0' + v)
	return append(b, tmp[i:]...)
}

func (t stamp) date(b []byte, sep byte) []byte {
	b = appendPad(b, t.y, 4)
	if sep != 0 {
		b = append(b, sep)
	}
	b = appendPad(b, t.mo, 2)
	if sep != 0 {
		b = append(b, sep)
	}
	return appendPad(b, t.d, 2)
}

func (t stamp) clock(b []byte) []byte {
	b = appendPad(b, t.h, 2)
	b = append(b, ':')
	b = appendPad(b, t.mi, 2)
	b = append(b, ':')
	return appendPad(b, t.s, 2)
}

// iso: 2026-11-23T05:23:45.123+09:00 (or …Z in UTC).
func (t stamp) iso(b []byte) []byte {
	b = t.date(b, '-')
	b = append(b, 'T')
	b = t.clock(b)
	b = append(b, '.')
	b = appendPad(b, t.ms, 3)
	if t.utc {
		return append(b, 'Z')
	}
	return append(b, "+09:00"...)
}

// plain: 2026-11-23 05:23:45.123
func (t stamp) plain(b []byte) []byte {
	b = t.date(b, '-')
	b = append(b, ' ')
	b = t.clock(b)
	b = append(b, '.')
	return appendPad(b, t.ms, 3)
}

// nginx: 23/Nov/2026:05:23:45 +0900
func (t stamp) nginx(b []byte) []byte {
	b = appendPad(b, t.d, 2)
	b = append(b, '/')
	b = append(b, monthAbbr[t.mo-1]...)
	b = append(b, '/')
	b = appendPad(b, t.y, 4)
	b = append(b, ':')
	b = t.clock(b)
	return append(b, " +0900"...)
}

// syslog: Nov 23 05:23:45 (day space-padded)
func (t stamp) syslog(b []byte) []byte {
	b = append(b, monthAbbr[t.mo-1]...)
	b = append(b, ' ')
	if t.d < 10 {
		b = append(b, ' ')
	}
	b = appendPad(b, t.d, 1)
	b = append(b, ' ')
	return t.clock(b)
}
