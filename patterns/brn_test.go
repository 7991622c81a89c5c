package patterns

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// brnCases are the examples of korean-pii-formats.md §7.3 (public numbers
// from python-stdnum and Presidio among them) and derived ones. rule 0
// means valid.
var brnCases = []struct {
	name string
	in   string
	rule Rule
	want BRNInfo
}{
	{name: "samsung", in: "124-81-00998", want: BRNInfo{"124", 81, BRNCorporation}},
	{name: "stdnum non-profit", in: "116-82-00276", want: BRNInfo{"116", 82, BRNNonProfit}},
	{name: "stdnum 86", in: "134-86-72683", want: BRNInfo{"134", 86, BRNCorporation}},
	{name: "stdnum 211", in: "211-86-08983", want: BRNInfo{"211", 86, BRNCorporation}},
	{name: "presidio 86", in: "104-86-56659", want: BRNInfo{"104", 86, BRNCorporation}},
	{name: "presidio 82", in: "104-82-13138", want: BRNInfo{"104", 82, BRNNonProfit}},
	{name: "bare", in: "2208869974", want: BRNInfo{"220", 88, BRNCorporation}},
	{name: "spaces", in: "220 88 69974", want: BRNInfo{"220", 88, BRNCorporation}},
	{name: "placeholder passes the check", in: "123-45-67891", want: BRNInfo{"123", 45, BRNIndividual}},
	{name: "full-width", in: "１２４－８１－００９９８", want: BRNInfo{"124", 81, BRNCorporation}},
	{name: "individual exempt", in: "238-93-10347", want: BRNInfo{"238", 93, BRNIndividualExempt}},

	{name: "presidio bad check", in: "104-86-56658", rule: RuleChecksum},
	{name: "presidio sequence", in: "123-45-67890", rule: RuleChecksum},
	{name: "office below 101", in: "100-86-08983", rule: RuleComponent},
	{name: "type 00", in: "211-00-08983", rule: RuleComponent},
	{name: "serial 0000", in: "211-86-00003", rule: RuleComponent},
	{name: "stdnum placeholder", in: "206-18-12345", rule: RuleChecksum},
	{name: "presidio nine digits", in: "110-81-4127", rule: RuleLength},
	{name: "eleven digits", in: "124-81-009981", rule: RuleLength},
	{name: "letter", in: "124-81-0099A", rule: RuleFormat},
	{name: "empty", in: "", rule: RuleLength},
	{name: "component beats checksum", in: "000-00-00000", rule: RuleComponent},
}

func TestValidateBRN(t *testing.T) {
	for _, tt := range brnCases {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateBRN(tt.in)
			assert.Equal(t, err == nil, IsValidBRN(tt.in))
			info, perr := ParseBRN(tt.in)
			assert.Equal(t, err, perr)
			if tt.rule != 0 {
				require.Error(t, err)
				assert.ErrorIs(t, err, regSentinel(tt.rule))
				var verr *ValidationError
				require.ErrorAs(t, err, &verr)
				assert.Equal(t, BRN, verr.Kind)
				assert.Equal(t, tt.rule, verr.Rule)
				assert.Equal(t, BRNInfo{}, info)
				regAssertNoDigits(t, err, tt.in)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, info)
		})
	}
}

func TestBRNCheckDigit(t *testing.T) {
	// Exactly one check digit in ten holds.
	d := []byte("1248100990")
	n := 0
	for c := byte('0'); c <= '9'; c++ {
		d[9] = c
		if brnCheckDigits(d) == nil {
			n++
		}
	}
	assert.Equal(t, 1, n)
	// The ⌊5·d₉/10⌋ term matters: without it 124-81-00998 would need 4.
	assert.Nil(t, brnCheckDigits([]byte("1248100998")))
	assert.Same(t, brnErrs.checksum, brnCheckDigits([]byte("1248100994")))
}

func TestBRNTypes(t *testing.T) {
	for code, want := range map[int]BRNType{
		0: BRNUnknown, 1: BRNIndividual, 79: BRNIndividual, 80: BRNSpecial, 81: BRNCorporation, 82: BRNNonProfit,
		83: BRNGovernment, 84: BRNForeign, 85: BRNCorporationBranch, 86: BRNCorporation, 87: BRNCorporation,
		88: BRNCorporation, 89: BRNReligious, 90: BRNIndividualExempt, 99: BRNIndividualExempt,
	} {
		assert.Equal(t, want, brnTypeOf(code), "%d", code)
	}
	assert.True(t, BRNCorporation.Corporate())
	assert.True(t, BRNForeign.Corporate())
	assert.False(t, BRNIndividual.Corporate())
	assert.False(t, BRNReligious.Corporate())
	assert.Equal(t, "corporation-branch", BRNCorporationBranch.String())
	assert.Equal(t, "영리법인 지점", BRNCorporationBranch.KoreanName())
	assert.Equal(t, "unknown", BRNType(200).String())
}

func TestCompactFormatBRN(t *testing.T) {
	assert.Equal(t, "1248100998", CompactBRN("124-81-00998"))
	got, err := FormatBRN(" 1248100998 ")
	require.NoError(t, err)
	assert.Equal(t, "124-81-00998", got)
	got, err = FormatBRN("123-45-67890") // shape only
	require.NoError(t, err)
	assert.Equal(t, "123-45-67890", got)
	_, err = FormatBRN("110-81-4127")
	assert.ErrorIs(t, err, ErrLength)
}

func TestMatchBRN(t *testing.T) {
	cases := []struct {
		text string
		want string
		ev   Evidence
	}{
		{"사업자등록번호: 124-81-00998", "124-81-00998", EvidenceCanonical | EvidenceChecksumOK},
		{"(104-86-56659)입니다", "104-86-56659", EvidenceCanonical | EvidenceChecksumOK},
		{"220 88 69974", "220 88 69974", EvidenceWeak | EvidenceChecksumOK},
		{"bizno=2208869974&", "2208869974", EvidenceBare | EvidenceNeedsContext | EvidenceChecksumOK},
		{"123-45-67891", "123-45-67891", EvidenceCanonical | EvidenceChecksumOK | EvidenceLookalike},
		{"123-45-67890", "", 0},
		{"104-86-56658", "", 0},
		{"100-86-08983", "", 0},
		{"211-00-08983", "", 0},
		{"211-86-00003", "", 0},
		{"124-81-00998-1", "", 0},
		{"9-124-81-00998", "", 0},
		{"124-81 00998", "", 0},
		{"a2208869974", "", 0},
		{"22088699741", "", 0},
		{"02-123-4567", "", 0},
	}
	for _, tt := range cases {
		text := []byte(tt.text)
		i := strings.IndexFunc(tt.text, func(r rune) bool { return r >= '0' && r <= '9' })
		m, ok := MatchBRN(text, i)
		if tt.want == "" {
			assert.False(t, ok, "%q: %+v", tt.text, m)
			continue
		}
		require.True(t, ok, tt.text)
		assert.Equal(t, tt.want, tt.text[m.Start:m.End], tt.text)
		assert.Equal(t, tt.ev, m.Evidence, tt.text)
	}
}

func TestBRNAllocs(t *testing.T) {
	text := []byte("사업자 124-81-00998")
	assert.Zero(t, testing.AllocsPerRun(100, func() { MatchBRN(text, 10) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ValidateBRN("124-81-00998") }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ValidateBRN("123-45-67890") }))
}

func FuzzParseBRN(f *testing.F) {
	for _, tt := range brnCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := ValidateBRN(s)
		assert.Equal(t, err == nil, IsValidBRN(s))
		info, perr := ParseBRN(s)
		assert.Equal(t, err, perr)
		c := CompactBRN(s)
		assert.Equal(t, err, ValidateBRN(c))
		if err != nil {
			var verr *ValidationError
			require.ErrorAs(t, err, &verr)
			assert.Equal(t, BRN, verr.Kind)
			assert.Equal(t, BRNInfo{}, info)
			regAssertNoDigits(t, err, s)
			return
		}
		formatted, ferr := FormatBRN(s)
		require.NoError(t, ferr)
		assert.Len(t, formatted, 12)
		assert.Equal(t, c, CompactBRN(formatted))
		assert.Equal(t, c[:3], info.OfficeCode)
		assert.NotEqual(t, BRNUnknown, info.Type)
	})
}

func FuzzMatchBRN(f *testing.F) {
	for _, s := range []string{"사업자등록번호: 124-81-00998", "220 88 69974", "bizno=2208869974", "123-45-67891", "124-81-00998-1"} {
		f.Add([]byte(s), 0)
	}
	f.Fuzz(func(t *testing.T, text []byte, i int) {
		if len(text) > 0 {
			i = ((i % len(text)) + len(text)) % len(text)
		}
		m, ok := MatchBRN(text, i)
		if !ok {
			return
		}
		if m.Kind != BRN || m.Start != i || m.End > len(text) || m.End-m.Start > 12 {
			t.Fatalf("MatchBRN(%q, %d) = %+v", text, i, m)
		}
		if err := ValidateBRN(string(text[m.Start:m.End])); err != nil {
			t.Fatalf("MatchBRN(%q, %d) = %q, which does not validate: %v", text, i, text[m.Start:m.End], err)
		}
	})
}
