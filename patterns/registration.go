package patterns

import (
	"strings"
	"time"
)

// This file holds what the resident (RRN) and foreigner (FRN) registration
// number validators share: the option type, the parsed result, the shared
// error values and the zero-allocation core that the detector calls on
// every 13-digit candidate. rrn.go and frn.go hold the public functions;
// crn.go holds the corporate registration number, whose shape is the same.
//
// Layout of both numbers (13 digits, displayed YYMMDD-GNNNNNN):
//
//	digits 1–6   birth date YYMMDD
//	digit  7     G: century and sex (9/0 1800s, 1/2 1900s, 3/4 2000s for
//	             Korean nationals; 5/6 1900s, 7/8 2000s for foreigners;
//	             odd = male, even = female)
//	digits 8–12  region, office and serial before 2020-10-05; random since
//	digit  13    check digit before 2020-10-05; random since

// Sex is the sex a registration number encodes in its seventh digit (odd
// digits are male, even digits female). The zero Sex, found only in a zero
// RegistrationInfo, means unknown.
type Sex uint8

// The sexes a registration number can encode.
const (
	Male   Sex = 1 // seventh digit 9, 1, 3, 5 or 7
	Female Sex = 2 // seventh digit 0, 2, 4, 6 or 8
)

// String returns "male", "female" or, for the zero Sex, "unknown".
func (s Sex) String() string {
	switch s {
	case Male:
		return "male"
	case Female:
		return "female"
	}
	return "unknown"
}

// ChecksumVariant says which published check-digit formula a registration
// number satisfies. With s = Σ wᵢ·dᵢ over the first twelve digits and the
// weights 2 3 4 5 6 7 8 9 2 3 4 5, the two formulas are
//
//	ChecksumRRN       check = (11 − s mod 11) mod 10   (RRN; the "plain" FRN variant)
//	ChecksumFRNPlus2  check = (13 − s mod 11) mod 10   (the "+2" FRN variant)
//
// The two always give different check digits (they differ by 2 mod 10), so
// a number satisfies at most one of them.
type ChecksumVariant uint8

// The check-digit formulas a registration number may satisfy.
const (
	// ChecksumNone: no published formula holds. Normal for numbers issued
	// since 2020-10-05, whose last six digits are random.
	ChecksumNone ChecksumVariant = iota
	// ChecksumRRN: the resident registration formula holds. For an FRN
	// this is the variant used by Hibernate Validator, python-stdnum and
	// korean-id ≤ 1.2.
	ChecksumRRN
	// ChecksumFRNPlus2: the "+2" foreigner formula holds (eGov
	// EgovNumberCheckUtil, Presidio, korean-id ≥ 1.3). Reported for FRNs
	// only; it is no rule for a Korean national's number.
	ChecksumFRNPlus2
)

// String returns "none", "RRN formula" or "FRN +2 formula".
func (v ChecksumVariant) String() string {
	switch v {
	case ChecksumNone:
		return "none"
	case ChecksumRRN:
		return "RRN formula"
	case ChecksumFRNPlus2:
		return "FRN +2 formula"
	}
	return "unknown checksum variant"
}

// RegistrationInfo is what a valid resident or foreigner registration
// number says. It holds no digits of the number beyond the birth date.
// ParseRRN and ParseFRN return it; the zero value is what they return
// alongside an error.
type RegistrationInfo struct {
	// Kind is RRN for seventh digits 1–4, 9 and 0, FRN for 5–8.
	Kind Kind
	// BirthDate is the registered birth date at midnight UTC. It is the
	// date on the register, which need not be the real one.
	BirthDate time.Time
	// Century is 1800, 1900 or 2000, from the seventh digit.
	Century int
	// Sex is Male for odd seventh digits, Female for even ones.
	Sex Sex
	// Foreign is true for a foreigner registration number (Kind FRN).
	Foreign bool
	// Checksum names the check-digit formula the number satisfies, if
	// any. For an RRN only ChecksumRRN is tried; for an FRN both published
	// variants are, and the one that holds is reported (at most one can).
	Checksum ChecksumVariant
	// ChecksumValid is Checksum != ChecksumNone: for an RRN, the legacy
	// formula holds; for an FRN, one of the two variants does. A false
	// value is no error: numbers issued since 2020-10-05 end in six random
	// digits (use WithStrictChecksum to make it one). A true value raises
	// confidence for numbers issued before that date; for a number with a
	// birth date after it, one random tail in ten passes by chance.
	ChecksumValid bool
	// CRNLookalike is true when the thirteen digits also satisfy the
	// corporate registration number rules (a type code from 별표3 and
	// the CRN check digit, see ValidateCRN). For 1800s numbers (seventh
	// digit 9 or 0) that is an error instead (see ValidateRRN); for the
	// others it is reported here so that a detector can lower its
	// confidence: a CRN such as 110111-2487050 is also a well-formed
	// resident number (1911-01-11, female).
	CRNLookalike bool
}

// RegistrationOption configures ValidateRRN, IsValidRRN, ParseRRN and
// their FRN twins. Build one with WithFutureBirthDates, WithReferenceDate
// or WithStrictChecksum; the zero RegistrationOption changes nothing.
// Options are plain values: building and passing them does not allocate.
type RegistrationOption struct {
	regFlags regOptionFlag
	regRef   time.Time
}

type regOptionFlag uint8

const (
	regOptFuture regOptionFlag = 1 << iota
	regOptStrict
	regOptReference
)

// WithFutureBirthDates accepts birth dates after the reference date. By
// default such a date is a RuleDate error: a number whose owner is not
// born yet is far more often a timestamp or an order number than an RRN.
// (python-stdnum accepts future dates by default; kpii does not.)
func WithFutureBirthDates() RegistrationOption {
	return RegistrationOption{regFlags: regOptFuture}
}

// WithReferenceDate sets the day that counts as "today" for the
// future-birth-date rule: a birth date after t's calendar date (in t's
// location) is a RuleDate error unless WithFutureBirthDates is given. The
// default, and what a zero t means, is the current date in the local time
// zone. Tests use it to be deterministic.
func WithReferenceDate(t time.Time) RegistrationOption {
	return RegistrationOption{regFlags: regOptReference, regRef: t}
}

// WithStrictChecksum makes a failed check digit a RuleChecksum error. By
// default it is only reported (RegistrationInfo.ChecksumValid), because
// numbers issued since 2020-10-05 carry six random digits after the
// seventh and fail the legacy formula nine times in ten. For an FRN the
// check passes when either published variant holds. Use it only for data
// known to predate October 2020.
func WithStrictChecksum() RegistrationOption {
	return RegistrationOption{regFlags: regOptStrict}
}

// regConfig is the resolved form of a list of options.
type regConfig struct {
	ref         regDate
	allowFuture bool
	strict      bool
}

func regConfigure(opts []RegistrationOption) regConfig {
	var c regConfig
	var ref time.Time
	for _, o := range opts {
		if o.regFlags&regOptFuture != 0 {
			c.allowFuture = true
		}
		if o.regFlags&regOptStrict != 0 {
			c.strict = true
		}
		if o.regFlags&regOptReference != 0 {
			ref = o.regRef
		}
	}
	if !c.allowFuture {
		if ref.IsZero() {
			ref = time.Now()
		}
		c.ref = regDateOf(ref)
	}
	return c
}

// regDate is a calendar date, the reference "today" of the future-date rule.
type regDate struct{ y, m, d int }

// regDateOf returns t's calendar date in t's own location.
func regDateOf(t time.Time) regDate {
	y, m, d := t.Date()
	return regDate{y, int(m), d}
}

// regBefore reports whether r lies before the date y-m-d.
func (r regDate) regBefore(y, m, d int) bool {
	if r.y != y {
		return r.y < y
	}
	if r.m != m {
		return r.m < m
	}
	return r.d < d
}

// regDaysIn returns the number of days in month m (1–12) of year y in the
// proleptic Gregorian calendar: 1900 and 1800 are not leap years, 2000 is.
func regDaysIn(y, m int) int {
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

// regDaysFromCivil returns the number of days from 1970-01-01 to the
// Gregorian date y-m-d (y ≥ 0), after Howard Hinnant's days_from_civil. It
// gives the same instant as time.Date at UTC midnight, about five times
// faster, which matters on the detector's hot path.
func regDaysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400 // [0, 399]
	mp := m - 3        // March is month 0 of the computational year
	if m <= 2 {
		mp = m + 9
	}
	doy := (153*mp+2)/5 + d - 1            // [0, 365]
	doe := yoe*365 + yoe/4 - yoe/100 + doy // [0, 146096]
	return int64(era*146097 + doe - 719468)
}

// regErrorSet holds the shared error values of one kind. Details describe
// the rule and never hold a digit, so no message can echo part of a value.
type regErrorSet struct {
	format, length, component, crnShape, month, day, future, checksum *ValidationError
}

func regNewErrorSet(k Kind, component string) regErrorSet {
	s := regErrorSet{
		format:    newValidationError(k, RuleFormat, "character other than a digit or a separator"),
		length:    newValidationError(k, RuleLength, "not thirteen digits"),
		component: newValidationError(k, RuleComponent, component),
		month:     newValidationError(k, RuleDate, "birth month does not exist"),
		day:       newValidationError(k, RuleDate, "birth day does not exist in that month"),
		future:    newValidationError(k, RuleDate, "birth date lies after the reference date"),
		checksum:  newValidationError(k, RuleChecksum, "check digit does not hold"),
	}
	if k == RRN {
		s.crnShape = newValidationError(k, RuleComponent,
			"corporate registration number shape: nineteenth-century code with a valid CRN type code and check digit")
	}
	return s
}

var (
	rrnErrs = regNewErrorSet(RRN, "foreigner registration number (seventh digit five to eight); use FRN")
	frnErrs = regNewErrorSet(FRN, "not a foreigner registration number (seventh digit must be five to eight)")
)

// regWeights are the check-digit weights of digits 1–12.
var regWeights = [12]int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}

// regParseDigits is the zero-allocation core of ParseRRN and ParseFRN, and
// what the detector calls on a candidate. d must be exactly 13 ASCII digits
// (anything else is a RuleLength or RuleFormat error). The seventh digit
// decides the kind: 5–8 is an FRN, every other digit an RRN; the returned
// error carries that kind.
//
// Rules, in order: a 1800s RRN (seventh digit 9 or 0) whose digits satisfy
// the CRN rules is a RuleComponent error; the birth date must exist in the
// century of the seventh digit; unless allowFuture, it must not lie after
// ref. The check digit is never an error here: it is reported in
// Checksum, ChecksumValid.
func regParseDigits(d []byte, ref regDate, allowFuture bool) (RegistrationInfo, *ValidationError) {
	if len(d) != 13 {
		return RegistrationInfo{}, rrnErrs.length
	}
	for _, c := range d {
		if c-'0' > 9 {
			return RegistrationInfo{}, rrnErrs.format
		}
	}
	var info RegistrationInfo
	errs := &rrnErrs
	info.Kind = RRN
	g := d[6] - '0'
	switch g {
	case 9, 0:
		info.Century = 1800
	case 1, 2:
		info.Century = 1900
	case 3, 4:
		info.Century = 2000
	case 5, 6:
		info.Century = 1900
		info.Foreign = true
	default: // 7, 8
		info.Century = 2000
		info.Foreign = true
	}
	if info.Foreign {
		info.Kind = FRN
		errs = &frnErrs
	}
	info.Sex = Female
	if g&1 == 1 {
		info.Sex = Male
	}
	crn := crnCheckDigits(d) == nil
	if crn && info.Century == 1800 {
		return RegistrationInfo{}, errs.crnShape
	}
	info.CRNLookalike = crn

	y := info.Century + int(d[0]-'0')*10 + int(d[1]-'0')
	m := int(d[2]-'0')*10 + int(d[3]-'0')
	day := int(d[4]-'0')*10 + int(d[5]-'0')
	if m < 1 || m > 12 {
		return RegistrationInfo{}, errs.month
	}
	if day < 1 || day > regDaysIn(y, m) {
		return RegistrationInfo{}, errs.day
	}
	if !allowFuture && ref.regBefore(y, m, day) {
		return RegistrationInfo{}, errs.future
	}
	info.BirthDate = time.Unix(regDaysFromCivil(y, m, day)*86400, 0).UTC()

	sum := 0
	for i, w := range regWeights {
		sum += w * int(d[i]-'0')
	}
	r := sum % 11
	check := int(d[12] - '0')
	switch {
	case (11-r)%10 == check:
		info.Checksum = ChecksumRRN
	case info.Foreign && (13-r)%10 == check:
		info.Checksum = ChecksumFRNPlus2
	}
	info.ChecksumValid = info.Checksum != ChecksumNone
	return info, nil
}

// regCollect folds s (FoldRune), skips the separators '-', ' ', '.' and
// '/', and stores its digits in d. Any other character is a RuleFormat
// error, wherever it stands; a digit count other than 13 is a RuleLength
// error. It does not allocate.
func regCollect(s string, errs *regErrorSet, d *[13]byte) *ValidationError {
	n, ok := collectDigits(s, d[:])
	switch {
	case !ok:
		return errs.format
	case n != len(d):
		return errs.length
	}
	return nil
}

// regCompact folds s with FoldRune and drops the separators '-', ' ', '.'
// and '/', keeping every other character. A string of ASCII digits is
// returned as is, without allocating.
func regCompact(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if s[i]-'0' > 9 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = FoldRune(r)
		if isSeparator(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// regFormat returns the thirteen digits of s as NNNNNN-NNNNNNN, or the
// format or length error of errs.
func regFormat(s string, errs *regErrorSet) (string, error) {
	var d [13]byte
	if e := regCollect(s, errs, &d); e != nil {
		return "", e
	}
	var out [14]byte
	copy(out[:6], d[:6])
	out[6] = '-'
	copy(out[7:], d[6:])
	return string(out[:]), nil
}

// regParse is the common body of ParseRRN and ParseFRN: format, length,
// seventh digit for the wanted kind, then regParseDigits, then the check
// digit if the options ask for it.
func regParse(s string, want Kind, opts []RegistrationOption) (RegistrationInfo, *ValidationError) {
	errs := &rrnErrs
	if want == FRN {
		errs = &frnErrs
	}
	var d [13]byte
	if e := regCollect(s, errs, &d); e != nil {
		return RegistrationInfo{}, e
	}
	if foreign := d[6] >= '5' && d[6] <= '8'; foreign != (want == FRN) {
		return RegistrationInfo{}, errs.component
	}
	cfg := regConfigure(opts)
	info, e := regParseDigits(d[:], cfg.ref, cfg.allowFuture)
	if e != nil {
		return RegistrationInfo{}, e
	}
	if cfg.strict && !info.ChecksumValid {
		return RegistrationInfo{}, errs.checksum
	}
	return info, nil
}

// regError turns a possibly nil *ValidationError into an error that is nil
// exactly when e is (a nil pointer in an interface is not a nil error).
func regError(e *ValidationError) error {
	if e == nil {
		return nil
	}
	return e
}
