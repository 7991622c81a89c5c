package patterns

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// frnCase is one row of the FRN table: rule 0 means valid.
type frnCase struct {
	name     string
	in       string
	rule     Rule
	birth    time.Time
	sex      Sex
	checksum ChecksumVariant
}

// frnCases are every example of korean-pii-formats.md §3.3 plus derived
// ones, judged with the default options and the reference date 2026-03-01.
var frnCases = []frnCase{
	// §3.3 valid under the +2 variant.
	{name: "presidio strong", in: "911124-5678906", birth: regBirth(1991, 11, 24), sex: Male, checksum: ChecksumFRNPlus2},
	{name: "presidio 1905", in: "050912-6000012", birth: regBirth(1905, 9, 12), sex: Female, checksum: ChecksumFRNPlus2},
	{name: "egov", in: "990101-5020063", birth: regBirth(1999, 1, 1), sex: Male, checksum: ChecksumFRNPlus2},
	{name: "synthetic legacy rules", in: "900101-5041168", birth: regBirth(1990, 1, 1), sex: Male, checksum: ChecksumFRNPlus2},
	{name: "synthetic G7", in: "020305-7081274", birth: regBirth(2002, 3, 5), sex: Male, checksum: ChecksumFRNPlus2},
	{name: "synthetic G6", in: "951120-6100182", birth: regBirth(1995, 11, 20), sex: Female, checksum: ChecksumFRNPlus2},

	// §3.3 valid only under the plain RRN formula.
	{name: "hibernate G5", in: "850101-5000005", birth: regBirth(1985, 1, 1), sex: Male, checksum: ChecksumRRN},
	{name: "hibernate G6", in: "920202-6000003", birth: regBirth(1992, 2, 2), sex: Female, checksum: ChecksumRRN},
	{name: "hibernate G7", in: "010101-7000006", birth: regBirth(2001, 1, 1), sex: Male, checksum: ChecksumRRN},
	{name: "hibernate G8", in: "030303-8000001", birth: regBirth(2003, 3, 3), sex: Female, checksum: ChecksumRRN},
	{name: "korean-id G5", in: "900101-5123450", birth: regBirth(1990, 1, 1), sex: Male, checksum: ChecksumRRN},
	{name: "korean-id G6", in: "900101-6123452", birth: regBirth(1990, 1, 1), sex: Female, checksum: ChecksumRRN},

	// §3.3 invalid: the checksum failures are soft by policy.
	{name: "fails both formulas", in: "911124-5678901", birth: regBirth(1991, 11, 24), sex: Male, checksum: ChecksumNone},
	{name: "egov checksum", in: "881212-5134560", birth: regBirth(1988, 12, 12), sex: Male, checksum: ChecksumNone},
	{name: "Korean national", in: "990101-4123456", rule: RuleComponent},
	{name: "30 February", in: "800230-5123456", rule: RuleDate},
	{name: "G9 is no foreigner code", in: "031015-9223456", rule: RuleComponent},
	{name: "7-digit front part", in: "2000105-7234567", rule: RuleLength},

	// Derived.
	{name: "G0", in: "971013-0019902", rule: RuleComponent},
	{name: "G1", in: "960121-1021413", rule: RuleComponent},
	{name: "1900-02-29", in: "000229-5123450", rule: RuleDate},
	{name: "2000-02-29", in: "000229-7123457", birth: regBirth(2000, 2, 29), sex: Male, checksum: ChecksumFRNPlus2},
	{name: "future", in: "990101-7123456", rule: RuleDate},
	{name: "CRN-shaped FRN is not rejected", in: "110111-6638542", birth: regBirth(1911, 1, 11), sex: Female, checksum: ChecksumNone},
	{name: "full-width", in: "９１１１２４－５６７８９０６", birth: regBirth(1991, 11, 24), sex: Male, checksum: ChecksumFRNPlus2},
	{name: "en dash", in: "911124–5678906", birth: regBirth(1991, 11, 24), sex: Male, checksum: ChecksumFRNPlus2},
	{name: "plus", in: "911124+5678906", rule: RuleFormat},
	{name: "12 digits", in: "911124-567890", rule: RuleLength},
}

func TestValidateFRN(t *testing.T) {
	for _, tt := range frnCases {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateFRN(tt.in, regRef())
			assert.Equal(t, err == nil, IsValidFRN(tt.in, regRef()))
			info, perr := ParseFRN(tt.in, regRef())
			assert.Equal(t, err, perr)
			if tt.rule != 0 {
				require.Error(t, err)
				assert.ErrorIs(t, err, regSentinel(tt.rule))
				var verr *ValidationError
				require.ErrorAs(t, err, &verr)
				assert.Equal(t, FRN, verr.Kind)
				assert.Equal(t, tt.rule, verr.Rule)
				assert.Equal(t, RegistrationInfo{}, info)
				regAssertNoDigits(t, err, tt.in)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, FRN, info.Kind)
			assert.True(t, info.Foreign)
			assert.Equal(t, tt.birth, info.BirthDate)
			assert.Equal(t, tt.birth.Year()/100*100, info.Century)
			assert.Equal(t, tt.sex, info.Sex)
			assert.Equal(t, tt.checksum, info.Checksum)
			assert.Equal(t, tt.checksum != ChecksumNone, info.ChecksumValid)

			// Strict mode accepts either variant and rejects neither.
			serr := ValidateFRN(tt.in, regRef(), WithStrictChecksum())
			if tt.checksum != ChecksumNone {
				assert.NoError(t, serr)
			} else {
				assert.ErrorIs(t, serr, ErrChecksum)
				regAssertNoDigits(t, serr, tt.in)
			}
			// The same number is never an RRN.
			assert.ErrorIs(t, ValidateRRN(tt.in, regRef()), ErrComponent)
		})
	}
}

func TestFRNChecksumVariantsAreExclusive(t *testing.T) {
	// For every check digit at most one variant holds; over the ten check
	// digits each variant holds exactly once.
	ref := regDateOf(regTestRef)
	d := []byte("9111245678900")
	for _, g := range []byte("5678") {
		d[6] = g
		seen := map[ChecksumVariant]int{}
		for c := byte('0'); c <= '9'; c++ {
			d[12] = c
			info, err := regParseDigits(d, ref, true)
			require.Nil(t, err)
			seen[info.Checksum]++
		}
		assert.Equal(t, map[ChecksumVariant]int{ChecksumRRN: 1, ChecksumFRNPlus2: 1, ChecksumNone: 8}, seen)
	}
	// An RRN is never reported under the +2 variant.
	d[6] = '1'
	for c := byte('0'); c <= '9'; c++ {
		d[12] = c
		info, err := regParseDigits(d, ref, true)
		require.Nil(t, err)
		assert.NotEqual(t, ChecksumFRNPlus2, info.Checksum)
	}
}

func TestFormatFRN(t *testing.T) {
	got, err := FormatFRN("９１１１２４５６７８９０６")
	require.NoError(t, err)
	assert.Equal(t, "911124-5678906", got)

	_, err = FormatFRN("911124-567890")
	assert.ErrorIs(t, err, ErrLength)
	var verr *ValidationError
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, FRN, verr.Kind)

	_, err = FormatFRN("911124*5678906")
	assert.ErrorIs(t, err, ErrFormat)
}

func FuzzParseFRN(f *testing.F) {
	for _, tt := range frnCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		regFuzzCheck(t, s, frnFuncs)
		// No string is both a valid RRN and a valid FRN.
		opt := WithFutureBirthDates()
		assert.False(t, IsValidRRN(s, opt) && IsValidFRN(s, opt))
	})
}
