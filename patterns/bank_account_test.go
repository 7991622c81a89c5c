package patterns

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var bankCases = []struct {
	name string
	in   string
	rule Rule
	want BankAccountInfo
}{
	{name: "kakao", in: "3333-01-1234567", want: BankAccountInfo{"카카오뱅크", "입출금", 13}},
	{name: "kakao savings", in: "3355-12-1234567", want: BankAccountInfo{"카카오뱅크", "적금", 13}},
	{name: "kakao loan", in: "3650-12-1234567", want: BankAccountInfo{"카카오뱅크", "대출", 13}},
	{name: "shinhan 3-3-6", in: "110-123-456789", want: BankAccountInfo{Length: 12}},
	{name: "woori 4-3-6", in: "1002-123-456789", want: BankAccountInfo{Length: 13}},
	{name: "hana 3-6-5", in: "123-456789-01234", want: BankAccountInfo{Length: 14}},
	{name: "kb 6-2-6", in: "123456-01-123456", want: BankAccountInfo{Length: 14}},
	{name: "ten digits", in: "0123456789", want: BankAccountInfo{Length: 10}},
	{name: "3333 with twelve digits", in: "3333-01-123456", want: BankAccountInfo{Length: 12}},
	{name: "nine digits", in: "123-456-789", rule: RuleLength},
	{name: "fifteen digits", in: "123-456789-012345", rule: RuleLength},
	{name: "letter", in: "110-123-45678a", rule: RuleFormat},
	{name: "empty", in: "", rule: RuleLength},
}

func TestValidateBankAccount(t *testing.T) {
	for _, tt := range bankCases {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateBankAccount(tt.in)
			assert.Equal(t, err == nil, IsValidBankAccount(tt.in))
			info, perr := ParseBankAccount(tt.in)
			assert.Equal(t, err, perr)
			if tt.rule != 0 {
				require.Error(t, err)
				assert.ErrorIs(t, err, regSentinel(tt.rule))
				var verr *ValidationError
				require.ErrorAs(t, err, &verr)
				assert.Equal(t, BankAccount, verr.Kind)
				assert.Equal(t, BankAccountInfo{}, info)
				regAssertNoDigits(t, err, tt.in)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, info)
		})
	}
	assert.Equal(t, "3333011234567", CompactBankAccount("3333-01-1234567"))
}

func TestMatchBankAccount(t *testing.T) {
	cases := []struct {
		text string
		want string
		ev   Evidence
	}{
		{"3333-01-1234567", "3333-01-1234567", EvidenceCanonical},
		{"입금 110-123-456789", "110-123-456789", EvidenceCanonical | EvidenceNeedsContext},
		{"1002-123-456789로", "1002-123-456789", EvidenceCanonical | EvidenceNeedsContext},
		{"123-456789-01234", "123-456789-01234", EvidenceCanonical | EvidenceNeedsContext},
		{"123456-01-123456", "123456-01-123456", EvidenceCanonical | EvidenceNeedsContext},
		{"123-12-1234-123", "123-12-1234-123", EvidenceCanonical | EvidenceNeedsContext},
		{"110 123 456789 입금", "110 123 456789", EvidenceCanonical | EvidenceNeedsContext},
		{"110 123 456789 5000원", "110 123 456789", EvidenceCanonical | EvidenceNeedsContext},
		{"3333 01 1234567", "3333 01 1234567", EvidenceCanonical | EvidenceNeedsContext},
		{"acct 01012345678", "01012345678", EvidenceBare | EvidenceNeedsContext},
		{"110-123-456789-1", "110-123-456789-1", EvidenceCanonical | EvidenceNeedsContext},
		{"110-123-456789-12-3", "", 0},
		{"110-123-4567", "110-123-4567", EvidenceCanonical | EvidenceNeedsContext},
		{"110-123-456", "", 0},
		{"12-123-456789", "", 0},
		{"12345-123-456789", "12345-123-456789", EvidenceCanonical | EvidenceNeedsContext},
		{"12-123-4567890", "", 0},
		{"1234567-123-4567", "", 0},
		{"123456789", "", 0},
		{"123456789012345", "", 0},
		{"x1234567890", "", 0},
		{"110-1-23456789", "", 0},
		{"새마을금고 9002-1234-5678-9", "9002-1234-5678-9", EvidenceCanonical | EvidenceNeedsContext},
		{"508-10-123456-7", "508-10-123456-7", EvidenceCanonical | EvidenceNeedsContext},
		{"13212-34-567890", "13212-34-567890", EvidenceCanonical | EvidenceNeedsContext},
		{"123-45678-901", "123-45678-901", EvidenceCanonical | EvidenceNeedsContext},
		{"9002-1234-5678-9-1", "", 0},
		{"9002-1-5678-91234", "", 0},
	}
	for _, tt := range cases {
		text := []byte(tt.text)
		i := strings.IndexFunc(tt.text, func(r rune) bool { return r >= '0' && r <= '9' })
		m, ok := MatchBankAccount(text, i)
		if tt.want == "" {
			assert.False(t, ok, "%q: %+v", tt.text, m)
			continue
		}
		require.True(t, ok, tt.text)
		assert.Equal(t, tt.want, tt.text[m.Start:m.End], tt.text)
		assert.Equal(t, tt.ev, m.Evidence, tt.text)
	}
}

func TestBankAccountAllocs(t *testing.T) {
	text := []byte("계좌 110-123-456789")
	assert.Zero(t, testing.AllocsPerRun(100, func() { MatchBankAccount(text, 7) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ValidateBankAccount("110-123-456789") }))
}

func FuzzParseBankAccount(f *testing.F) {
	for _, tt := range bankCases {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := ValidateBankAccount(s)
		assert.Equal(t, err == nil, IsValidBankAccount(s))
		info, perr := ParseBankAccount(s)
		assert.Equal(t, err, perr)
		if err != nil {
			var verr *ValidationError
			require.ErrorAs(t, err, &verr)
			assert.Equal(t, BankAccount, verr.Kind)
			regAssertNoDigits(t, err, s)
			return
		}
		c := CompactBankAccount(s)
		assert.Equal(t, len(c), info.Length)
		assert.Equal(t, info.Bank != "", info.Product != "")
	})
}

func FuzzMatchBankAccount(f *testing.F) {
	for _, s := range []string{"3333-01-1234567", "입금 110-123-456789", "110 123 456789 5000원", "acct 01012345678", "123-12-1234-123"} {
		f.Add([]byte(s), 0)
	}
	f.Fuzz(func(t *testing.T, text []byte, i int) {
		if len(text) > 0 {
			i = ((i % len(text)) + len(text)) % len(text)
		}
		m, ok := MatchBankAccount(text, i)
		if !ok {
			return
		}
		if m.Kind != BankAccount || m.Start != i || m.End > len(text) || m.End-m.Start > 17 {
			t.Fatalf("MatchBankAccount(%q, %d) = %+v", text, i, m)
		}
		if err := ValidateBankAccount(string(text[m.Start:m.End])); err != nil {
			t.Fatalf("MatchBankAccount(%q, %d) = %q, which does not validate: %v", text, i, text[m.Start:m.End], err)
		}
		if !m.Evidence.Has(EvidenceNeedsContext) && kakaoProduct(text[i:i+4]) == "" {
			t.Fatalf("MatchBankAccount(%q, %d) = %+v: only 카카오뱅크 numbers stand alone", text, i, m)
		}
	})
}
