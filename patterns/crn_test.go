package patterns

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// crnCase is one row of the CRN table: rule 0 means valid.
type crnCase struct {
	name string
	in   string
	rule Rule
	want CRNInfo
}

// crnCases are every example of korean-pii-formats.md §7.4 plus derived
// and Presidio (PR 2178) ones.
var crnCases = []crnCase{
	// §7.4 valid, public.
	{name: "samsung", in: "130111-0006246", want: CRNInfo{"1301", 11, "commercial company"}},
	{name: "LG", in: "110111-2487050", want: CRNInfo{"1101", 11, "commercial company"}},
	{name: "emart", in: "110111-4594952", want: CRNInfo{"1101", 11, "commercial company"}},
	{name: "public 6638542", in: "110111-6638542", want: CRNInfo{"1101", 11, "commercial company"}},
	{name: "public 0541796", in: "131111-0541796", want: CRNInfo{"1311", 11, "commercial company"}},
	{name: "no hyphen", in: "1101110414758", want: CRNInfo{"1101", 11, "commercial company"}},

	// §7.4 invalid.
	{name: "check minus one", in: "130111-0006245", rule: RuleChecksum},
	{name: "check plus one", in: "130111-0006247", rule: RuleChecksum},
	{name: "korean-id Luhn-folded value", in: "110111-0006249", rule: RuleChecksum},
	{name: "egov documentation sample", in: "134153-4433453", rule: RuleChecksum},
	{name: "type 99", in: "130199-0006242", rule: RuleComponent},
	{name: "12 digits", in: "130111-000624", rule: RuleLength},

	// Presidio PR 2178 synthetic numbers.
	{name: "presidio type 11", in: "110111-1234569", want: CRNInfo{"1101", 11, "commercial company"}},
	{name: "presidio type 22", in: "134322-0000114", want: CRNInfo{"1343", 22, "civil-law corporation"}},
	{name: "presidio type 81", in: "110181-0001235", want: CRNInfo{"1101", 81, "foreign corporation"}},
	{name: "presidio bad check", in: "110111-1234560", rule: RuleChecksum},
	{name: "presidio type 16", in: "110116-1234567", rule: RuleComponent},
	{name: "presidio type 00", in: "110100-1234567", rule: RuleComponent},
	{name: "presidio type 61", in: "110161-1234567", rule: RuleComponent},
	{name: "presidio too long", in: "110111-12345678", rule: RuleLength},
	{name: "presidio letter", in: "110111-123456A", rule: RuleFormat},

	// Derived: one number per group of 별표3 and the edges of the ranges.
	{name: "type 31", in: "110131-1234567", want: CRNInfo{"1101", 31, "special-law corporation"}},
	{name: "type 53", in: "110153-0007779", want: CRNInfo{"1101", 53, "special-law corporation"}},
	{name: "type 71", in: "110171-0000121", want: CRNInfo{"1101", 71, "other corporation"}},
	{name: "type 86", in: "110186-0000013", want: CRNInfo{"1101", 86, "foreign corporation"}},
	{name: "type 15", in: "120615-0123458", want: CRNInfo{"1206", 15, "commercial company"}},
	{name: "stdnum RRN doctest", in: "971013-9019902", want: CRNInfo{"9710", 13, "commercial company"}},
	{name: "type 10", in: "110110-0000000", rule: RuleComponent},
	{name: "type 23", in: "110123-0000000", rule: RuleComponent},
	{name: "type 54", in: "110154-0000000", rule: RuleComponent},
	{name: "type 70", in: "110170-0000000", rule: RuleComponent},
	{name: "type 87", in: "110187-0000000", rule: RuleComponent},
	{name: "full-width", in: "１３０１１１－０００６２４６", want: CRNInfo{"1301", 11, "commercial company"}},
	{name: "em dash", in: "130111—0006246", want: CRNInfo{"1301", 11, "commercial company"}},
	{name: "spaces", in: "1301 11 0006246", want: CRNInfo{"1301", 11, "commercial company"}},
	{name: "empty", in: "", rule: RuleLength},
	{name: "format beats component", in: "130199-000624x", rule: RuleFormat},
	{name: "component beats checksum", in: "130199-0006243", rule: RuleComponent},
}

func TestValidateCRN(t *testing.T) {
	for _, tt := range crnCases {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateCRN(tt.in)
			assert.Equal(t, err == nil, IsValidCRN(tt.in))
			info, perr := ParseCRN(tt.in)
			assert.Equal(t, err, perr)
			if tt.rule != 0 {
				require.Error(t, err)
				assert.ErrorIs(t, err, regSentinel(tt.rule))
				var verr *ValidationError
				require.ErrorAs(t, err, &verr)
				assert.Equal(t, CRN, verr.Kind)
				assert.Equal(t, tt.rule, verr.Rule)
				assert.Equal(t, CRNInfo{}, info)
				regAssertNoDigits(t, err, tt.in)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, info)
		})
	}
}

func TestCRNTypeTable(t *testing.T) {
	var assigned []int
	for c := 0; c < 100; c++ {
		if crnTypeGroups[c] != 0 {
			assigned = append(assigned, c)
		}
	}
	want := []int{11, 12, 13, 14, 15, 21, 22}
	for c := 31; c <= 53; c++ {
		want = append(want, c)
	}
	want = append(want, 71, 81, 82, 83, 84, 85, 86)
	assert.Equal(t, want, assigned)
}

func TestCRNCheckDigits(t *testing.T) {
	assert.Nil(t, crnCheckDigits([]byte("1301110006246")))
	assert.Same(t, crnErrs.checksum, crnCheckDigits([]byte("1301110006245")))
	assert.Same(t, crnErrs.component, crnCheckDigits([]byte("1301990006242")))
	assert.Same(t, crnErrs.length, crnCheckDigits([]byte("130111000624")))
	assert.Same(t, crnErrs.length, crnCheckDigits(nil))
	assert.Same(t, crnErrs.format, crnCheckDigits([]byte("130111-000624")))
	// Exactly one check digit in ten holds.
	d := []byte("1301110006240")
	n := 0
	for c := byte('0'); c <= '9'; c++ {
		d[12] = c
		if crnCheckDigits(d) == nil {
			n++
		}
	}
	assert.Equal(t, 1, n)
}

func TestFormatCRN(t *testing.T) {
	got, err := FormatCRN("1301110006246")
	require.NoError(t, err)
	assert.Equal(t, "130111-0006246", got)
	got, err = FormatCRN("１３０１１１　０００６２４６")
	require.NoError(t, err)
	assert.Equal(t, "130111-0006246", got)
	_, err = FormatCRN("130111-000624")
	assert.ErrorIs(t, err, ErrLength)
	var verr *ValidationError
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, CRN, verr.Kind)
}

func FuzzParseCRN(f *testing.F) {
	for _, tt := range crnCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := CompactCRN(s)
		err := ValidateCRN(s)
		assert.Equal(t, err == nil, IsValidCRN(s))
		info, perr := ParseCRN(s)
		assert.Equal(t, err, perr)
		assert.Equal(t, err, ValidateCRN(c))
		if err != nil {
			var verr *ValidationError
			require.ErrorAs(t, err, &verr)
			assert.Equal(t, CRN, verr.Kind)
			assert.Equal(t, CRNInfo{}, info)
			regAssertNoDigits(t, err, s)
		} else {
			formatted, ferr := FormatCRN(s)
			require.NoError(t, ferr)
			assert.Len(t, formatted, 14)
			assert.Equal(t, byte('-'), formatted[6])
			assert.Equal(t, c, CompactCRN(formatted))
			again, aerr := ParseCRN(formatted)
			assert.NoError(t, aerr)
			assert.Equal(t, info, again)
			assert.Equal(t, c[:4], info.RegistryOffice)
			assert.NotEmpty(t, info.Type)
		}
		if regIsDigits(c, 13) {
			assert.Equal(t, regError(crnCheckDigits([]byte(c))), err, "crnCheckDigits and Validate agree")
			if err == nil && (c[6] == '9' || c[6] == '0') {
				assert.ErrorIs(t, ValidateRRN(s, WithFutureBirthDates()), ErrComponent)
			}
		}
	})
}
