package patterns

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rrnCase is one row of the RRN tables: rule 0 means valid.
type rrnCase struct {
	name     string
	in       string
	rule     Rule
	birth    time.Time // checked when valid and non-zero
	sex      Sex
	checksum bool
	lookCRN  bool
}

// rrnCases are every example of korean-pii-formats.md §2.8 plus derived
// ones, judged with the default options and the reference date 2026-03-01.
var rrnCases = []rrnCase{
	// §2.8 valid.
	{name: "stdnum doctest is a CRN shape", in: "971013-9019902", rule: RuleComponent}, // §2.8 says valid; see ValidateRRN
	{name: "stdnum no hyphen", in: "9710131019901", birth: regBirth(1997, 10, 13), sex: Male, checksum: true, lookCRN: false},
	{name: "presidio strong", in: "960121-1021413", birth: regBirth(1996, 1, 21), sex: Male, checksum: true},
	{name: "hibernate", in: "861224-2567484", birth: regBirth(1986, 12, 24), sex: Female, checksum: true},
	{name: "stdnum list", in: "880411-2238459", birth: regBirth(1988, 4, 11), sex: Female, checksum: true},
	{name: "2000 leap day", in: "000229-3012345", birth: regBirth(2000, 2, 29), sex: Male, checksum: true},
	{name: "dummy that passes", in: "900101-1234568", birth: regBirth(1990, 1, 1), sex: Male, checksum: true},
	{name: "post-2020 random tail", in: "210315-3847261", birth: regBirth(2021, 3, 15), sex: Male, checksum: false},
	{name: "post-2020 zeros", in: "240101-4000000", birth: regBirth(2024, 1, 1), sex: Female, checksum: false},

	// §2.8 invalid or look-alike.
	{name: "stdnum bad check is only soft", in: "971013-9019903", birth: regBirth(1897, 10, 13), sex: Male, checksum: false},
	{name: "month 13", in: "971310-9019908", rule: RuleDate},
	{name: "month 13 day 32", in: "001332-1234567", rule: RuleDate},
	{name: "30 February", in: "960230-1021413", rule: RuleDate},
	{name: "2001-02-29 passes checksum", in: "010229-3012342", rule: RuleDate},
	{name: "plus is no separator", in: "960121+1021413", rule: RuleFormat},
	{name: "14 digits", in: "960111-10214131", rule: RuleLength},
	{name: "region 99 is not checked", in: "971013-9999904", birth: regBirth(1897, 10, 13), sex: Male, checksum: true},
	{name: "classic dummy month 34", in: "123456-1234567", rule: RuleDate},
	{name: "foreigner", in: "760413-5212134", rule: RuleComponent},

	// Derived: common dummies and look-alikes.
	{name: "common dummy fails checksum only", in: "900101-1234567", birth: regBirth(1990, 1, 1), sex: Male},
	{name: "all zeros", in: "000000-0000000", rule: RuleDate},
	{name: "log timestamp shape", in: "240315-1432117", birth: regBirth(1924, 3, 15), sex: Male},
	{name: "samsung CRN", in: "130111-0006246", rule: RuleComponent},
	{name: "CRN 1101110414758", in: "1101110414758", rule: RuleComponent},
	{name: "CRN 131111-0541796", in: "131111-0541796", rule: RuleComponent},
	{name: "synthetic 1800s CRN shape", in: "120615-0123458", rule: RuleComponent},
	{name: "LG CRN is also a resident number", in: "110111-2487050", birth: regBirth(1911, 1, 11), sex: Female, lookCRN: true},
	{name: "emart CRN is also a resident number", in: "110111-4594952", birth: regBirth(2011, 1, 11), sex: Female, lookCRN: true},
	{name: "CRN with bad check is a 1800s number", in: "110111-0006249", birth: regBirth(1811, 1, 11), sex: Female},
	{name: "1800s valid", in: "850615-0123451", birth: regBirth(1885, 6, 15), sex: Female, checksum: true},
	{name: "1800s CRN shape derived", in: "850615-0123455", rule: RuleComponent},
	{name: "1819 male", in: "190101-9123451", birth: regBirth(1819, 1, 1), sex: Male, checksum: true},
	{name: "FRN 2000s", in: "020305-7081274", rule: RuleComponent},
	{name: "FRN 1900s female", in: "920202-6000003", rule: RuleComponent},
	{name: "FRN bad date is still component", in: "800230-5123456", rule: RuleComponent},

	// Derived: leap years by century.
	{name: "1900-02-29", in: "000229-1123459", rule: RuleDate},
	{name: "1800-02-29", in: "000229-9123451", rule: RuleDate},
	{name: "2000-02-29 female", in: "000229-4123457", birth: regBirth(2000, 2, 29), sex: Female, checksum: true},
	{name: "1996-02-29", in: "960229-2123459", birth: regBirth(1996, 2, 29), sex: Female, checksum: true},
	{name: "2004-02-29", in: "040229-3123453", birth: regBirth(2004, 2, 29), sex: Male, checksum: true},
	{name: "31 April", in: "900431-1234567", rule: RuleDate},
	{name: "day zero", in: "900100-1234567", rule: RuleDate},
	{name: "month zero", in: "900001-1234567", rule: RuleDate},

	// Derived: the future and the reference date 2026-03-01.
	{name: "2099 is future", in: "991231-4019906", rule: RuleDate},
	{name: "G4 2099 is future", in: "990101-4123456", rule: RuleDate},
	{name: "born on the reference date", in: "260301-3123451", birth: regBirth(2026, 3, 1), sex: Male, checksum: true},
	{name: "born the day after", in: "260302-3123455", rule: RuleDate},
	{name: "2020-10 style, checksum by chance", in: "201010-3847260", birth: regBirth(2020, 10, 10), sex: Male, checksum: true},
	{name: "2020-10 style", in: "201010-3847261", birth: regBirth(2020, 10, 10), sex: Male},

	// Derived: text forms.
	{name: "full-width", in: "９６０１２１－１０２１４１３", birth: regBirth(1996, 1, 21), sex: Male, checksum: true},
	{name: "full-width digits ASCII dash", in: "９６０１２１-１０２１４１３", birth: regBirth(1996, 1, 21), sex: Male, checksum: true},
	{name: "en dash", in: "960121–1021413", birth: regBirth(1996, 1, 21), sex: Male, checksum: true},
	{name: "em dash", in: "960121—1021413", birth: regBirth(1996, 1, 21), sex: Male, checksum: true},
	{name: "minus sign", in: "960121−1021413", birth: regBirth(1996, 1, 21), sex: Male, checksum: true},
	{name: "katakana prolonged mark", in: "960121ー1021413", birth: regBirth(1996, 1, 21), sex: Male, checksum: true},
	{name: "horizontal bar", in: "960121―1021413", birth: regBirth(1996, 1, 21), sex: Male, checksum: true},
	{name: "space", in: "960121 1021413", birth: regBirth(1996, 1, 21), sex: Male, checksum: true},
	{name: "ideographic space", in: "960121\u30001021413", birth: regBirth(1996, 1, 21), sex: Male, checksum: true},
	{name: "no-break space", in: "960121\u00a01021413", birth: regBirth(1996, 1, 21), sex: Male, checksum: true},
	{name: "spaces around", in: " 960121 - 1021413 ", birth: regBirth(1996, 1, 21), sex: Male, checksum: true},
	{name: "dots", in: "96.01.21-1021413", birth: regBirth(1996, 1, 21), sex: Male, checksum: true},
	{name: "slash", in: "960121/1021413", birth: regBirth(1996, 1, 21), sex: Male, checksum: true},
	{name: "tab", in: "960121\t1021413", rule: RuleFormat},
	{name: "newline", in: "960121-1021413\n", rule: RuleFormat},
	{name: "masked", in: "960121-1******", rule: RuleFormat},
	{name: "letter", in: "96012l-1021413", rule: RuleFormat},
	{name: "format beats length", in: "9601x", rule: RuleFormat},
	{name: "arabic-indic digits", in: "٩٦٠١٢١-١٠٢١٤١٣", rule: RuleFormat},
	{name: "invalid UTF-8", in: "960121-102141\xff3", rule: RuleFormat},
	{name: "empty", in: "", rule: RuleLength},
	{name: "separators only", in: "- -", rule: RuleLength},
	{name: "12 digits", in: "960121-102141", rule: RuleLength},
	{name: "7-digit front part", in: "9601211-1021413", rule: RuleLength},
}

func TestValidateRRN(t *testing.T) {
	for _, tt := range rrnCases {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateRRN(tt.in, regRef())
			assert.Equal(t, err == nil, IsValidRRN(tt.in, regRef()))
			info, perr := ParseRRN(tt.in, regRef())
			assert.Equal(t, err, perr)
			if tt.rule != 0 {
				require.Error(t, err)
				assert.ErrorIs(t, err, regSentinel(tt.rule))
				var verr *ValidationError
				require.ErrorAs(t, err, &verr)
				assert.Equal(t, RRN, verr.Kind)
				assert.Equal(t, tt.rule, verr.Rule)
				assert.Equal(t, RegistrationInfo{}, info)
				regAssertNoDigits(t, err, tt.in)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, RRN, info.Kind)
			assert.False(t, info.Foreign)
			assert.Equal(t, tt.birth, info.BirthDate)
			assert.Equal(t, tt.birth.Year()/100*100, info.Century)
			assert.Equal(t, tt.sex, info.Sex)
			assert.Equal(t, tt.checksum, info.ChecksumValid)
			if tt.checksum {
				assert.Equal(t, ChecksumRRN, info.Checksum)
			} else {
				assert.Equal(t, ChecksumNone, info.Checksum)
			}
			assert.Equal(t, tt.lookCRN, info.CRNLookalike)

			// Strict mode turns a failed check digit into an error.
			serr := ValidateRRN(tt.in, regRef(), WithStrictChecksum())
			if tt.checksum {
				assert.NoError(t, serr)
			} else {
				assert.ErrorIs(t, serr, ErrChecksum)
				regAssertNoDigits(t, serr, tt.in)
			}
		})
	}
}

func TestValidateRRNFutureOption(t *testing.T) {
	info, err := ParseRRN("991231-4019906", regRef(), WithFutureBirthDates())
	require.NoError(t, err)
	assert.Equal(t, regBirth(2099, 12, 31), info.BirthDate)
	assert.True(t, info.ChecksumValid)

	assert.NoError(t, ValidateRRN("260302-3123455", regRef(), WithFutureBirthDates()))
	// An older reference date turns a past date into a future one.
	old := WithReferenceDate(time.Date(2020, 10, 4, 23, 0, 0, 0, time.UTC))
	assert.ErrorIs(t, ValidateRRN("201005-3847261", old), ErrDate)
	assert.NoError(t, ValidateRRN("201004-3847261", old))
	// A non-existent date stays an error even when the future is allowed.
	assert.ErrorIs(t, ValidateRRN("010229-3012342", WithFutureBirthDates()), ErrDate)
}

func TestValidateRRNComponentBeforeDate(t *testing.T) {
	// Order: format → length → component → date → checksum.
	assert.ErrorIs(t, ValidateRRN("960230-5021413", regRef()), ErrComponent) // foreigner code and 30 Feb
	assert.ErrorIs(t, ValidateRRN("960230+5021413", regRef()), ErrFormat)
	assert.ErrorIs(t, ValidateRRN("960230-50214131", regRef()), ErrLength)
	assert.ErrorIs(t, ValidateRRN("960230-1021413", regRef(), WithStrictChecksum()), ErrDate)
	assert.ErrorIs(t, ValidateRRN("x960230-50214131", regRef()), ErrFormat)
}

func TestCompactRRN(t *testing.T) {
	tests := []struct{ in, want string }{
		{"9601211021413", "9601211021413"},
		{"960121-1021413", "9601211021413"},
		{"９６０１２１－１０２１４１３", "9601211021413"},
		{"960121–1021413", "9601211021413"},
		{" 96.01.21 / 1021413 ", "9601211021413"},
		{"960121\u30001021413", "9601211021413"},
		{"960121+1021413", "960121+1021413"},
		{"960121-1******", "9601211******"},
		{"ＡＢ-１２", "AB12"},
		{"주민 960121-1021413", "주민9601211021413"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, CompactRRN(tt.in), "%q", tt.in)
		assert.Equal(t, tt.want, CompactFRN(tt.in), "%q", tt.in)
		assert.Equal(t, tt.want, CompactCRN(tt.in), "%q", tt.in)
	}
	s := "9601211021413"
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = CompactRRN(s) }))
}

func TestFormatRRN(t *testing.T) {
	tests := []struct {
		in, want string
		rule     Rule
	}{
		{in: "9601211021413", want: "960121-1021413"},
		{in: "960121-1021413", want: "960121-1021413"},
		{in: "９６０１２１－１０２１４１３", want: "960121-1021413"},
		{in: "96 01 21 10 21 41 3", want: "960121-1021413"},
		// Format checks the shape only: a foreigner number or a
		// non-existent date still formats.
		{in: "7604135212134", want: "760413-5212134"},
		{in: "9602301021413", want: "960230-1021413"},
		{in: "960121+1021413", rule: RuleFormat},
		{in: "96012110214", rule: RuleLength},
		{in: "", rule: RuleLength},
	}
	for _, tt := range tests {
		got, err := FormatRRN(tt.in)
		if tt.rule != 0 {
			assert.ErrorIs(t, err, regSentinel(tt.rule), "%q", tt.in)
			assert.Empty(t, got)
			var verr *ValidationError
			require.ErrorAs(t, err, &verr)
			assert.Equal(t, RRN, verr.Kind)
			regAssertNoDigits(t, err, tt.in)
			continue
		}
		require.NoError(t, err, "%q", tt.in)
		assert.Equal(t, tt.want, got)
	}
}

func FuzzParseRRN(f *testing.F) {
	for _, tt := range rrnCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		regFuzzCheck(t, s, rrnFuncs)
		// A 1800s number that passes the CRN rules is never an RRN.
		if c := CompactRRN(s); regIsDigits(c, 13) && (c[6] == '9' || c[6] == '0') && IsValidCRN(c) {
			assert.ErrorIs(t, ValidateRRN(s, WithFutureBirthDates()), ErrComponent)
		}
	})
}
