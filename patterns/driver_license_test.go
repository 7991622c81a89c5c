package patterns

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dlCases are the examples of korean-pii-formats.md §7.2 (Presidio's tests
// among them) and derived ones. rule 0 means valid.
var dlCases = []struct {
	name string
	in   string
	rule Rule
	want DriverLicenseInfo
}{
	{name: "presidio dashed", in: "11-22-123456-12", want: DriverLicenseInfo{11, "서울", 22, false}},
	{name: "presidio bare", in: "112212345612", want: DriverLicenseInfo{11, "서울", 22, false}},
	{name: "presidio 13", in: "13-22-123456-12", want: DriverLicenseInfo{13, "경기남부", 22, false}},
	{name: "presidio spaces", in: "28 22 123456 12", want: DriverLicenseInfo{28, "세종", 22, false}},
	{name: "korean-id 29", in: "29-22-123456-78", want: DriverLicenseInfo{29, "경기북부", 22, false}},
	{name: "name form", in: "서울 12-345678-90", want: DriverLicenseInfo{11, "서울", 12, true}},
	{name: "name form glued", in: "부산95-123456-01", want: DriverLicenseInfo{12, "부산", 95, true}},
	{name: "name form 경기", in: "경기 05-123456-78", want: DriverLicenseInfo{13, "경기", 5, true}},
	{name: "region 26", in: "26-05-987654-32", want: DriverLicenseInfo{26, "울산", 5, false}},
	{name: "full-width", in: "１１－２２－１２３４５６－１２", want: DriverLicenseInfo{11, "서울", 22, false}},

	{name: "region 99", in: "99-22-123456-12", rule: RuleComponent},
	{name: "region 27", in: "27-22-123456-12", rule: RuleComponent},
	{name: "region 10", in: "10-22-123456-12", rule: RuleComponent},
	{name: "region 30", in: "30-22-123456-12", rule: RuleComponent},
	{name: "five-digit serial", in: "11-22-12345-12", rule: RuleLength},
	{name: "one last digit", in: "11-22-123456-1", rule: RuleLength},
	{name: "letter in serial", in: "11-22-123A56-12", rule: RuleFormat},
	{name: "three-digit region", in: "111-22-123456-12", rule: RuleLength},
	{name: "three last digits", in: "11-22-123456-123", rule: RuleLength},
	{name: "unknown name", in: "평양 12-345678-90", rule: RuleComponent},
	{name: "name with twelve digits", in: "서울 11-22-123456-12", rule: RuleLength},
	{name: "ten digits without name", in: "12-345678-90", rule: RuleLength},
	{name: "hangul after digits", in: "11-22-123456-12 서울", rule: RuleFormat},
	{name: "empty", in: "", rule: RuleLength},
}

func TestValidateDriverLicense(t *testing.T) {
	for _, tt := range dlCases {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateDriverLicense(tt.in)
			assert.Equal(t, err == nil, IsValidDriverLicense(tt.in))
			info, perr := ParseDriverLicense(tt.in)
			assert.Equal(t, err, perr)
			if tt.rule != 0 {
				require.Error(t, err)
				assert.ErrorIs(t, err, regSentinel(tt.rule))
				var verr *ValidationError
				require.ErrorAs(t, err, &verr)
				assert.Equal(t, DriverLicense, verr.Kind)
				assert.Equal(t, tt.rule, verr.Rule)
				assert.Equal(t, DriverLicenseInfo{}, info)
				regAssertNoDigits(t, err, tt.in)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, info)
		})
	}
}

func TestDriverLicenseRegionTable(t *testing.T) {
	var codes []int
	for c, name := range dlRegions {
		if name != "" {
			codes = append(codes, c)
		}
	}
	assert.Equal(t, []int{11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29}, codes)
	for _, n := range dlNames {
		assert.Len(t, n.name, 6, "names are two syllables")
		assert.NotEmpty(t, dlRegions[n.code])
	}
}

func TestCompactFormatDriverLicense(t *testing.T) {
	assert.Equal(t, "112212345612", CompactDriverLicense("11-22-123456-12"))
	assert.Equal(t, "서울1234567890", CompactDriverLicense("서울 12-345678-90"))
	for in, want := range map[string]string{
		"112212345612":    "11-22-123456-12",
		"28 22 123456 12": "28-22-123456-12",
		"서울 12-345678-90": "서울 12-345678-90",
		"부산1234567890":    "부산 12-345678-90",
		"１１２２１２３４５６１２":    "11-22-123456-12",
	} {
		got, err := FormatDriverLicense(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := FormatDriverLicense("99-22-123456-12")
	assert.ErrorIs(t, err, ErrComponent)
}

func TestMatchDriverLicense(t *testing.T) {
	cases := []struct {
		text string
		at   string // the digit that starts the match
		want string
		ev   Evidence
	}{
		{"면허번호 11-22-123456-12", "11", "11-22-123456-12", EvidenceCanonical},
		{"28 22 123456 12", "28", "28 22 123456 12", EvidenceWeak},
		{"dl=112212345612&", "11", "112212345612", EvidenceBare | EvidenceNeedsContext},
		{"면허: 서울 12-345678-90입니다", "12", "서울 12-345678-90", EvidenceCanonical},
		{"(부산95-123456-01)", "95", "부산95-123456-01", EvidenceCanonical},
		{"번호 12-345678-90", "12", "12-345678-90", EvidenceNeedsContext},
		{"99-22-123456-12", "99", "", 0},                                   // region
		{"27-22-123456-12", "27", "", 0},                                   // region
		{"11-22-12345-12", "11", "", 0},                                    // serial
		{"11-22-123456-123", "11", "", 0},                                  // last group
		{"11-22-123456-12-3", "11", "", 0},                                 // continued
		{"1-11-22-123456-12", "11", "", 0},                                 // continued before
		{"11-22 123456-12", "11", "", 0},                                   // mixed separators
		{"992212345612", "99", "", 0},                                      // bare, region
		{"a112212345612", "11", "", 0},                                     // bare after a letter
		{"1122123456123", "11", "", 0},                                     // thirteen digits
		{"서울특별시 12-345678-90", "12", "12-345678-90", EvidenceNeedsContext}, // not a region name
		{"11-22-010-1234", "11", "", 0},
	}
	for _, tt := range cases {
		i := strings.Index(tt.text, tt.at)
		m, ok := MatchDriverLicense([]byte(tt.text), i)
		if tt.want == "" {
			assert.False(t, ok, "%q: %+v", tt.text, m)
			continue
		}
		require.True(t, ok, tt.text)
		assert.Equal(t, tt.want, tt.text[m.Start:m.End], tt.text)
		assert.Equal(t, tt.ev, m.Evidence, tt.text)
	}
}

func TestDriverLicenseAllocs(t *testing.T) {
	text := []byte("면허 서울 12-345678-90")
	i := strings.Index(string(text), "12")
	assert.Zero(t, testing.AllocsPerRun(100, func() { MatchDriverLicense(text, i) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ValidateDriverLicense("서울 12-345678-90") }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ValidateDriverLicense("99-22-123456-12") }))
}

func FuzzParseDriverLicense(f *testing.F) {
	for _, tt := range dlCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := ValidateDriverLicense(s)
		assert.Equal(t, err == nil, IsValidDriverLicense(s))
		info, perr := ParseDriverLicense(s)
		assert.Equal(t, err, perr)
		if err != nil {
			var verr *ValidationError
			require.ErrorAs(t, err, &verr)
			assert.Equal(t, DriverLicense, verr.Kind)
			assert.Equal(t, DriverLicenseInfo{}, info)
			regAssertNoDigits(t, err, s)
			return
		}
		assert.NotEmpty(t, info.Region)
		assert.NoError(t, ValidateDriverLicense(CompactDriverLicense(s)))
		formatted, ferr := FormatDriverLicense(s)
		require.NoError(t, ferr)
		again, aerr := ParseDriverLicense(formatted)
		require.NoError(t, aerr)
		assert.Equal(t, info.RegionCode, again.RegionCode)
		assert.Equal(t, info.Year, again.Year)
		assert.Equal(t, info.NameForm, again.NameForm)
	})
}

func FuzzMatchDriverLicense(f *testing.F) {
	for _, s := range []string{"면허번호 11-22-123456-12", "서울 12-345678-90", "28 22 123456 12", "112212345612", "99-22-123456-12"} {
		f.Add([]byte(s), 0)
	}
	f.Fuzz(func(t *testing.T, text []byte, i int) {
		if len(text) > 0 {
			i = ((i % len(text)) + len(text)) % len(text)
		}
		m, ok := MatchDriverLicense(text, i)
		if !ok {
			return
		}
		if m.Kind != DriverLicense || m.Start < 0 || m.Start > i || m.End <= i || m.End > len(text) || i-m.Start > 7 {
			t.Fatalf("MatchDriverLicense(%q, %d) = %+v", text, i, m)
		}
		span := string(text[m.Start:m.End])
		if !utf8.ValidString(span) {
			t.Fatalf("MatchDriverLicense(%q, %d) = %q: not UTF-8", text, i, span)
		}
		if m.Evidence.Has(EvidenceNeedsContext) && !m.Evidence.Has(EvidenceBare) {
			// The nameless ten-digit form: no region to validate.
			if n, ok := collectDigits(span, make([]byte, 12)); !ok || n != 10 {
				t.Fatalf("MatchDriverLicense(%q, %d) = %q: not ten digits", text, i, span)
			}
			return
		}
		if err := ValidateDriverLicense(span); err != nil {
			t.Fatalf("MatchDriverLicense(%q, %d) = %q, which does not validate: %v", text, i, span, err)
		}
	})
}
