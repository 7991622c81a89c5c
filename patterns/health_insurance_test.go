package patterns

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestValidateHealthInsurance(t *testing.T) {
	for in, rule := range map[string]Rule{
		"12345678901":  0,
		"1-2345678901": 0,
		"１２３４５６７８９０１":  0,
		"1234567890":   RuleLength,
		"123456789012": RuleLength,
		"1234567890a":  RuleFormat,
		"":             RuleLength,
	} {
		err := ValidateHealthInsurance(in)
		assert.Equal(t, err == nil, IsValidHealthInsurance(in), in)
		if rule == 0 {
			assert.NoError(t, err, in)
			continue
		}
		assert.ErrorIs(t, err, regSentinel(rule), in)
		var verr *ValidationError
		require.ErrorAs(t, err, &verr)
		assert.Equal(t, HealthInsurance, verr.Kind)
		regAssertNoDigits(t, err, in)
	}
	assert.Equal(t, "12345678901", CompactHealthInsurance("1-2345678901"))
}

func TestMatchHealthInsurance(t *testing.T) {
	for text, want := range map[string]string{
		"증번호 12345678901": "12345678901",
		"(12345678901)":   "12345678901",
		"12345678901번":    "12345678901",
		"1234567890":      "",
		"123456789012":    "",
		"a12345678901":    "",
		"12345678901-2":   "",
		"9-12345678901":   "",
		"12345678901x":    "",
	} {
		i := 0
		for i < len(text) && (text[i] < '0' || text[i] > '9') {
			i++
		}
		if text[0] == '9' {
			i = 2
		}
		m, ok := MatchHealthInsurance([]byte(text), i)
		if want == "" {
			assert.False(t, ok, "%q: %+v", text, m)
			continue
		}
		require.True(t, ok, text)
		assert.Equal(t, want, text[m.Start:m.End])
		assert.Equal(t, EvidenceBare|EvidenceWeak|EvidenceNeedsContext, m.Evidence)
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { MatchHealthInsurance([]byte("12345678901"), 0) }))
}

func FuzzParseHealthInsurance(f *testing.F) {
	for _, s := range []string{"12345678901", "1-2345678901", "1234567890a", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := ValidateHealthInsurance(s)
		assert.Equal(t, err == nil, IsValidHealthInsurance(s))
		if err != nil {
			regAssertNoDigits(t, err, s)
			return
		}
		assert.Len(t, CompactHealthInsurance(s), 11)
	})
}

func FuzzMatchHealthInsurance(f *testing.F) {
	for _, s := range []string{"건강보험증 번호 12345678901", "12345678901번", "123456789012"} {
		f.Add([]byte(s), 0)
	}
	f.Fuzz(func(t *testing.T, text []byte, i int) {
		if len(text) > 0 {
			i = ((i % len(text)) + len(text)) % len(text)
		}
		m, ok := MatchHealthInsurance(text, i)
		if !ok {
			return
		}
		if m.Kind != HealthInsurance || m.Start != i || m.End != i+11 || !m.Evidence.Has(EvidenceNeedsContext) {
			t.Fatalf("MatchHealthInsurance(%q, %d) = %+v", text, i, m)
		}
		if err := ValidateHealthInsurance(string(text[m.Start:m.End])); err != nil {
			t.Fatalf("MatchHealthInsurance(%q, %d): %v", text, i, err)
		}
	})
}
