package patterns

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// passportCases are the examples of korean-pii-formats.md §7.1 (Presidio's
// tests among them) and derived ones. rule 0 means valid.
var passportCases = []struct {
	name string
	in   string
	rule Rule
	want PassportInfo
}{
	{name: "old multiple", in: "M12345678", want: PassportInfo{PassportMultiple, 'M', false}},
	{name: "new multiple", in: "M123A4567", want: PassportInfo{PassportMultiple, 'M', true}},
	{name: "single", in: "S12345678", want: PassportInfo{PassportSingle, 'S', false}},
	{name: "resident", in: "R98765432", want: PassportInfo{PassportResident, 'R', false}},
	{name: "diplomatic", in: "D12345678", want: PassportInfo{PassportDiplomatic, 'D', false}},
	{name: "new with G in the middle", in: "M901G7890", want: PassportInfo{PassportMultiple, 'M', true}},
	{name: "official O", in: "O12345678", want: PassportInfo{PassportOfficial, 'O', false}},
	{name: "official G", in: "G12345678", want: PassportInfo{PassportOfficial, 'G', false}},
	{name: "lower case", in: "m123a4567", want: PassportInfo{PassportMultiple, 'M', true}},
	{name: "surrounding spaces", in: "  M12345678 ", want: PassportInfo{PassportMultiple, 'M', false}},
	{name: "full-width", in: "Ｍ１２３Ａ４５６７", want: PassportInfo{PassportMultiple, 'M', true}},

	{name: "bad type letter", in: "A123B4567", rule: RuleComponent},
	{name: "bad type letter old", in: "X12345678", rule: RuleComponent},
	{name: "eight characters", in: "M12A4567", rule: RuleLength},
	{name: "letter misplaced", in: "M1234A567", rule: RuleFormat},
	{name: "two letters", in: "M123AB567", rule: RuleFormat},
	{name: "short new", in: "M123A456", rule: RuleLength},
	{name: "nine digits", in: "M123456789", rule: RuleLength},
	{name: "seven digits", in: "M1234567", rule: RuleLength},
	{name: "two type letters", in: "MM123A4567", rule: RuleLength},
	{name: "inner space", in: "M123 A4567", rule: RuleFormat},
	{name: "inner hyphen", in: "M123-A4567", rule: RuleFormat},
	{name: "digit first", in: "112345678", rule: RuleFormat},
	{name: "hangul", in: "M1234567가", rule: RuleFormat},
	{name: "empty", in: "", rule: RuleLength},
	{name: "format beats component", in: "A1234-678", rule: RuleFormat},
}

func TestValidatePassport(t *testing.T) {
	for _, tt := range passportCases {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidatePassport(tt.in)
			assert.Equal(t, err == nil, IsValidPassport(tt.in))
			info, perr := ParsePassport(tt.in)
			assert.Equal(t, err, perr)
			if tt.rule != 0 {
				require.Error(t, err)
				assert.ErrorIs(t, err, regSentinel(tt.rule))
				var verr *ValidationError
				require.ErrorAs(t, err, &verr)
				assert.Equal(t, Passport, verr.Kind)
				assert.Equal(t, tt.rule, verr.Rule)
				assert.Equal(t, PassportInfo{}, info)
				regAssertNoDigits(t, err, tt.in)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, info)
		})
	}
}

func TestCompactFormatPassport(t *testing.T) {
	assert.Equal(t, "M12345678", CompactPassport(" ｍ１２３４５６７８ "))
	assert.Equal(t, "M123 A4567", CompactPassport("m123 a4567"), "inner separators are kept for Validate")
	got, err := FormatPassport("m123a4567")
	require.NoError(t, err)
	assert.Equal(t, "M123A4567", got)
	got, err = FormatPassport("A12345678") // shape only: the type letter is not judged
	require.NoError(t, err)
	assert.Equal(t, "A12345678", got)
	_, err = FormatPassport("M1234A567")
	assert.ErrorIs(t, err, ErrFormat)
}

func TestPassportTypeNames(t *testing.T) {
	assert.Equal(t, "official", PassportOfficial.String())
	assert.Equal(t, "관용여권", PassportOfficial.KoreanName())
	assert.Equal(t, "unknown", PassportType(99).String())
	assert.Equal(t, "알 수 없음", PassportType(99).KoreanName())
	for _, c := range []byte("MSRDOG") {
		assert.True(t, IsPassportTypeLetter(c), string(c))
	}
	for _, c := range []byte("AmP1 ") {
		assert.False(t, IsPassportTypeLetter(c), string(c))
	}
}

func TestMatchPassport(t *testing.T) {
	cases := []struct {
		text string
		i    int
		want string // "" for no match
	}{
		{"여권번호 M12345678", 13, "M12345678"},
		{"passport=M123A4567&x", 9, "M123A4567"},
		{"M12345678", 0, "M12345678"},
		{"(S98765432)", 1, "S98765432"},
		{"여권M123A4567입니다", 6, "M123A4567"},
		{"pp_M12345678", 3, "M12345678"},
		{"SM12345678", 1, ""}, // a letter before
		{"5M12345678", 1, ""}, // a digit before
		{"M123456789", 0, ""}, // nine digits
		{"M12345678A", 0, ""}, // a letter after
		{"M12345678", 1, ""},  // not at the letter
		{"A12345678", 0, ""},  // not a type letter
		{"m12345678", 0, ""},  // lower case
		{"M123a4567", 0, ""},  // lower-case middle letter
		{"M1234567", 0, ""},   // too short
		{"M123-A4567", 0, ""}, // hyphen
		{"M1234A567", 0, ""},  // letter misplaced
		{"", 0, ""},           // empty
		{"M12345678", -1, ""}, // out of range
		{"M12345678", 99, ""}, // out of range
	}
	for _, tt := range cases {
		m, ok := MatchPassport([]byte(tt.text), tt.i)
		if tt.want == "" {
			assert.False(t, ok, "%q at %d: %+v", tt.text, tt.i, m)
			continue
		}
		require.True(t, ok, "%q at %d", tt.text, tt.i)
		assert.Equal(t, tt.want, tt.text[m.Start:m.End])
		assert.Equal(t, Passport, m.Kind)
		assert.True(t, m.Evidence.Has(EvidenceNeedsContext), "passport always needs context")
	}
}

func TestPassportAllocs(t *testing.T) {
	text := []byte("여권번호 M123A4567")
	assert.Zero(t, testing.AllocsPerRun(100, func() { MatchPassport(text, 13) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ValidatePassport("M123A4567") }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ValidatePassport("A123A4567") }))
}

func FuzzParsePassport(f *testing.F) {
	for _, tt := range passportCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := ValidatePassport(s)
		assert.Equal(t, err == nil, IsValidPassport(s))
		info, perr := ParsePassport(s)
		assert.Equal(t, err, perr)
		if err != nil {
			var verr *ValidationError
			require.ErrorAs(t, err, &verr)
			assert.Equal(t, Passport, verr.Kind)
			assert.Equal(t, PassportInfo{}, info)
			regAssertNoDigits(t, err, s)
			return
		}
		c := CompactPassport(s)
		assert.NoError(t, ValidatePassport(c))
		formatted, ferr := FormatPassport(s)
		require.NoError(t, ferr)
		assert.Equal(t, c, formatted)
		again, aerr := ParsePassport(formatted)
		require.NoError(t, aerr)
		assert.Equal(t, info, again)
		assert.NotEqual(t, PassportUnknown, info.Type)
	})
}

func FuzzMatchPassport(f *testing.F) {
	for _, s := range []string{"여권번호 M12345678", "passport: M123A4567입니다", "SM12345678", "part M12345678 qty 3", "G901Z7890,"} {
		f.Add([]byte(s), 0)
	}
	f.Fuzz(func(t *testing.T, text []byte, i int) {
		if len(text) > 0 {
			i = ((i % len(text)) + len(text)) % len(text)
		}
		m, ok := MatchPassport(text, i)
		if !ok {
			return
		}
		if m.Kind != Passport || m.Start != i || m.End != i+9 || m.End > len(text) {
			t.Fatalf("MatchPassport(%q, %d) = %+v", text, i, m)
		}
		if err := ValidatePassport(string(text[m.Start:m.End])); err != nil {
			t.Fatalf("MatchPassport(%q, %d) = %q, which does not validate: %v", text, i, text[m.Start:m.End], err)
		}
		if !m.Evidence.Has(EvidenceNeedsContext) {
			t.Fatalf("MatchPassport(%q, %d): no EvidenceNeedsContext", text, i)
		}
	})
}
