package patterns

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cardCases are the examples of korean-pii-formats.md §7.5, the networks'
// published test numbers and synthetic domestic numbers. rule 0 means
// valid.
var cardCases = []struct {
	name string
	in   string
	rule Rule
	want CardInfo
}{
	{name: "visa test", in: "4111 1111 1111 1111", want: CardInfo{CardVisa, "411111", 16}},
	{name: "mastercard test", in: "5555-5555-5555-4444", want: CardInfo{CardMastercard, "555555", 16}},
	{name: "mastercard 2-series", in: "2221000000000009", want: CardInfo{CardMastercard, "222100", 16}},
	{name: "amex test", in: "378282246310005", want: CardInfo{CardAmex, "378282", 15}},
	{name: "amex grouped", in: "3782 822463 10005", want: CardInfo{CardAmex, "378282", 15}},
	{name: "diners 14", in: "3056 930902 5904", want: CardInfo{CardDiners, "305693", 14}},
	{name: "jcb", in: "3530111333300000", want: CardInfo{CardJCB, "353011", 16}},
	{name: "discover", in: "6011111111111117", want: CardInfo{CardDiscover, "601111", 16}},
	{name: "unionpay 19", in: "6200000000000000000", want: CardInfo{CardUnionPay, "620000", 19}},
	{name: "domestic", in: "9410-1234-5678-9010", want: CardInfo{CardDomestic, "941012", 16}},
	{name: "domestic spaced", in: "9440 1234 5678 9014", want: CardInfo{CardDomestic, "944012", 16}},
	{name: "full-width", in: "４１１１－１１１１－１１１１－１１１１", want: CardInfo{CardVisa, "411111", 16}},

	{name: "luhn", in: "4111 1111 1111 1112", rule: RuleChecksum},
	{name: "domestic luhn", in: "9410-1234-5678-9012", rule: RuleChecksum},
	{name: "MII 1", in: "1234-5678-9012-3456", rule: RuleComponent},
	{name: "MII 7", in: "7111111111111111", rule: RuleComponent},
	{name: "2 outside mastercard", in: "2024031512345678", rule: RuleComponent},
	{name: "amex 16", in: "3782822463100058", rule: RuleComponent},
	{name: "mastercard 19", in: "5555555555555555553", rule: RuleComponent},
	{name: "twelve digits", in: "4111-1111-1111", rule: RuleLength},
	{name: "twenty digits", in: "41111111111111111111", rule: RuleLength},
	{name: "masked", in: "4111-11**-****-1111", rule: RuleFormat},
	{name: "letters", in: "4111-1111-1111-111a", rule: RuleFormat},
	{name: "empty", in: "", rule: RuleLength},
}

func TestValidateCard(t *testing.T) {
	for _, tt := range cardCases {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateCard(tt.in)
			assert.Equal(t, err == nil, IsValidCard(tt.in))
			info, perr := ParseCard(tt.in)
			assert.Equal(t, err, perr)
			if tt.rule != 0 {
				require.Error(t, err)
				assert.ErrorIs(t, err, regSentinel(tt.rule))
				var verr *ValidationError
				require.ErrorAs(t, err, &verr)
				assert.Equal(t, Card, verr.Kind)
				assert.Equal(t, tt.rule, verr.Rule)
				assert.Equal(t, CardInfo{}, info)
				regAssertNoDigits(t, err, tt.in)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, info)
			assert.Equal(t, tt.want.Network == CardDomestic, info.Domestic())
		})
	}
}

func TestLuhn(t *testing.T) {
	assert.True(t, luhnValid([]byte("79927398713")))
	assert.False(t, luhnValid([]byte("79927398710")))
	d := []byte("4111111111111110")
	n := 0
	for c := byte('0'); c <= '9'; c++ {
		d[15] = c
		if luhnValid(d) {
			n++
		}
	}
	assert.Equal(t, 1, n)
}

func TestCardNetworks(t *testing.T) {
	for prefix, want := range map[string]CardNetwork{
		"4000": CardVisa, "5100": CardMastercard, "5599": CardMastercard, "2221": CardMastercard, "2720": CardMastercard,
		"2220": CardUnknown, "2721": CardUnknown, "3400": CardAmex, "3700": CardAmex, "3528": CardJCB, "3589": CardJCB,
		"3527": CardUnknown, "3000": CardDiners, "3059": CardDiners, "3095": CardDiners, "3600": CardDiners,
		"3800": CardDiners, "3900": CardDiners, "3100": CardUnknown, "6200": CardUnionPay, "6011": CardDiscover,
		"6440": CardDiscover, "6500": CardDiscover, "6304": CardMaestro, "5018": CardMaestro, "9410": CardDomestic,
		"1234": CardUnknown, "7000": CardUnknown, "8000": CardUnknown, "0000": CardUnknown,
	} {
		assert.Equal(t, want, cardNetworkOf([]byte(prefix)), prefix)
	}
	assert.Equal(t, "domestic", CardDomestic.String())
	assert.Equal(t, "unknown", CardNetwork(200).String())
}

func TestIsMaskedCard(t *testing.T) {
	for _, s := range []string{"4111-11**-****-1111", "9410-1234-****-9010", "411111******1111", "4111 11XX XXXX 1111",
		"5555-55●●-●●●●-4444", "3782-82*****-0005"} {
		assert.True(t, IsMaskedCard(s), s)
	}
	for _, s := range []string{"4111-1111-1111-1111", "****-****-****-****", "*111-1111-1111-1111", "4111-11**-1111",
		"010-****-5678", "4111-11**-****-1111-2222-3333", "hello", ""} {
		assert.False(t, IsMaskedCard(s), s)
	}
}

func TestCompactFormatCard(t *testing.T) {
	assert.Equal(t, "4111111111111111", CompactCard("4111 1111 1111 1111"))
	for in, want := range map[string]string{
		"4111111111111111":    "4111-1111-1111-1111",
		"378282246310005":     "3782-822463-10005",
		"30569309025904":      "3056-930902-5904",
		"6200000000000000000": "6200-0000-0000-0000-000",
		"4111111111111112":    "4111-1111-1111-1112", // the Luhn digit is not judged
	} {
		got, err := FormatCard(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := FormatCard("1234567890123456")
	assert.ErrorIs(t, err, ErrComponent)
}

func TestMatchCard(t *testing.T) {
	cases := []struct {
		text string
		want string
		ev   Evidence
	}{
		{"카드번호 4111-1111-1111-1111", "4111-1111-1111-1111", EvidenceCanonical | EvidenceStrong | EvidenceChecksumOK},
		{"pan=4111111111111111&", "4111111111111111", EvidenceBare | EvidenceChecksumOK},
		{"3782 822463 10005", "3782 822463 10005", EvidenceCanonical | EvidenceStrong | EvidenceChecksumOK},
		{"3056-930902-5904", "3056-930902-5904", EvidenceCanonical | EvidenceStrong | EvidenceChecksumOK},
		{"4111 1111 1111 1111 12/25", "4111 1111 1111 1111", EvidenceCanonical | EvidenceStrong | EvidenceChecksumOK},
		{"6200 0000 0000 0000 000", "6200 0000 0000 0000 000", EvidenceCanonical | EvidenceStrong | EvidenceChecksumOK},
		{"9410-1234-5678-9012", "9410-1234-5678-9012", EvidenceCanonical | EvidenceChecksumFailed | EvidenceWeak | EvidenceNeedsContext},
		{"4111-1111-1111-1112", "", 0},
		{"4111-11**-****-1111", "", 0},
		{"411111******1111", "", 0},
		{"4111-1111-1111-1111-2222", "", 0},
		{"1-4111-1111-1111-1111", "", 0},
		{"x4111111111111111", "", 0},
		{"4111111111111111abc", "", 0},
		{"1234-5678-9012-3456", "", 0},
		{"4111-1111-1111", "", 0},
		{"4111-1111 1111-1111", "", 0},
		{"20240315123456789", "", 0},
		{"4111111111111111**", "", 0},
		{"4111-1111-1111-1111-****", "", 0},
		{"4111-1111-1111-1111 *결제완료*", "4111-1111-1111-1111", EvidenceCanonical | EvidenceStrong | EvidenceChecksumOK},
	}
	for _, tt := range cases {
		text := []byte(tt.text)
		i := strings.IndexFunc(tt.text, func(r rune) bool { return r >= '0' && r <= '9' })
		if strings.HasPrefix(tt.text, "1-") || strings.HasPrefix(tt.text, "x") {
			i = strings.Index(tt.text, "4111")
		}
		m, ok := MatchCard(text, i)
		if tt.want == "" {
			assert.False(t, ok, "%q: %+v", tt.text, m)
			continue
		}
		require.True(t, ok, tt.text)
		assert.Equal(t, tt.want, tt.text[m.Start:m.End], tt.text)
		assert.Equal(t, tt.ev, m.Evidence, tt.text)
	}
}

func TestCardAllocs(t *testing.T) {
	text := []byte("카드 4111-1111-1111-1111")
	assert.Zero(t, testing.AllocsPerRun(100, func() { MatchCard(text, 7) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ValidateCard("4111 1111 1111 1111") }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ValidateCard("4111-11**-****-1111") }))
}

func FuzzParseCard(f *testing.F) {
	for _, tt := range cardCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := ValidateCard(s)
		assert.Equal(t, err == nil, IsValidCard(s))
		info, perr := ParseCard(s)
		assert.Equal(t, err, perr)
		c := CompactCard(s)
		if err != nil {
			var verr *ValidationError
			require.ErrorAs(t, err, &verr)
			assert.Equal(t, Card, verr.Kind)
			assert.Equal(t, CardInfo{}, info)
			regAssertNoDigits(t, err, s)
			return
		}
		assert.NoError(t, ValidateCard(c))
		assert.False(t, IsMaskedCard(s))
		formatted, ferr := FormatCard(s)
		require.NoError(t, ferr)
		assert.Equal(t, c, CompactCard(formatted))
		assert.Equal(t, len(c), info.Length)
		assert.Equal(t, c[:6], info.BIN)
	})
}

func FuzzMatchCard(f *testing.F) {
	for _, s := range []string{"카드번호 4111-1111-1111-1111", "3782 822463 10005", "4111-11**-****-1111", "9410-1234-5678-9012", "pan=4111111111111111"} {
		f.Add([]byte(s), 0)
	}
	f.Fuzz(func(t *testing.T, text []byte, i int) {
		if len(text) > 0 {
			i = ((i % len(text)) + len(text)) % len(text)
		}
		m, ok := MatchCard(text, i)
		if !ok {
			return
		}
		if m.Kind != Card || m.Start != i || m.End > len(text) || m.End-m.Start > 23 {
			t.Fatalf("MatchCard(%q, %d) = %+v", text, i, m)
		}
		span := string(text[m.Start:m.End])
		err := ValidateCard(span)
		switch {
		case m.Evidence.Has(EvidenceChecksumOK):
			if err != nil {
				t.Fatalf("MatchCard(%q, %d) = %q, which does not validate: %v", text, i, span, err)
			}
		case m.Evidence.Has(EvidenceNeedsContext) && span[0] == '9':
			if !IsMaskedCard(span) && err != regError(cardErrs.checksum) {
				t.Fatalf("MatchCard(%q, %d) = %q: want a Luhn failure, got %v", text, i, span, err)
			}
		default:
			t.Fatalf("MatchCard(%q, %d) = %+v: unexpected evidence", text, i, m)
		}
	})
}
