package patterns_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseKind(t *testing.T) {
	cases := []struct {
		in   string
		want patterns.Kind
		err  bool
	}{
		{"RRN", patterns.RRN, false},
		{"phone", patterns.Phone, false},
		{" Email ", patterns.Email, false},
		{"driver-license", patterns.DriverLicense, false},
		{"bank_account", patterns.BankAccount, false},
		{"SSN", "", true},
		{"", "", true},
	}
	for _, tc := range cases {
		got, err := patterns.ParseKind(tc.in)
		if tc.err {
			require.Error(t, err, tc.in)
			assert.Contains(t, err.Error(), "known: RRN")
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got)
	}
}

func TestParseKinds(t *testing.T) {
	got, err := patterns.ParseKinds("rrn, PHONE,,rrn,email")
	require.NoError(t, err)
	assert.Equal(t, []patterns.Kind{patterns.RRN, patterns.Phone, patterns.Email}, got)
	_, err = patterns.ParseKinds("RRN,NOPE")
	require.Error(t, err)
}

func TestKindText(t *testing.T) {
	for _, k := range patterns.Kinds() {
		b, err := json.Marshal(k)
		require.NoError(t, err)
		var back patterns.Kind
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, k, back)
		assert.True(t, k.Builtin())
		assert.NotEqual(t, string(k), k.KoreanName(), "%s has a Korean name", k)
	}
	var custom patterns.Kind
	require.NoError(t, custom.UnmarshalText([]byte("EMPLOYEE_ID")))
	assert.Equal(t, patterns.Kind("EMPLOYEE_ID"), custom)
	assert.False(t, custom.Builtin())
	assert.Equal(t, "EMPLOYEE_ID", custom.KoreanName())
	require.NoError(t, custom.UnmarshalText([]byte("phone")))
	assert.Equal(t, patterns.Phone, custom)
	for _, bad := range []string{"", "lower", "1ABC", "WITH SPACE", "HANGUL한"} {
		assert.Error(t, custom.UnmarshalText([]byte(bad)), bad)
		_, err := patterns.Kind(bad).MarshalText()
		assert.Error(t, err, bad)
	}
}

func TestKindsIsACopy(t *testing.T) {
	ks := patterns.Kinds()
	ks[0] = "X"
	assert.Equal(t, patterns.RRN, patterns.Kinds()[0])
}

func TestValidationErrorUnwraps(t *testing.T) {
	err := patterns.ValidateRRN("961321-1021413")
	require.Error(t, err)
	var ve *patterns.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, patterns.RuleDate, ve.Rule)
	assert.ErrorIs(t, err, patterns.ErrDate)
	assert.NotErrorIs(t, err, patterns.ErrChecksum)
	for r, s := range map[patterns.Rule]string{patterns.RuleFormat: "format", patterns.RuleLength: "length",
		patterns.RuleDate: "date", patterns.RuleComponent: "component", patterns.RuleChecksum: "checksum", 0: "unknown rule"} {
		assert.Equal(t, s, r.String())
	}
}

func TestFoldAndNormalize(t *testing.T) {
	cases := map[string]string{
		"０１０－１２３４－５６７８":                        "010-1234-5678",
		"960121–1021413":                       "960121-1021413",
		"960121ー1021413":                       "960121-1021413",
		"010ㅡ1234ㅡ5678":                        "010-1234-5678",
		"hong＠naver.com":                       "hong@naver.com",
		"a\u3000b\u00a0c":                      "a b c",
		"plain ascii":                          "plain ascii",
		"\u1112\u1161\u11ab\u1100\u1173\u11af": "한글", // NFD jamo → NFC
	}
	for in, want := range cases {
		assert.Equal(t, want, patterns.Normalize(in), "%q", in)
	}
	ascii := "2026-11-23 INFO nothing to fold"
	assert.Zero(t, testing.AllocsPerRun(100, func() { patterns.Normalize(ascii) }))
	assert.Equal(t, 'A', patterns.FoldRune('Ａ'))
	assert.Equal(t, '가', patterns.FoldRune('가'))
}

func ExampleParseKind() {
	k, err := patterns.ParseKind("phone")
	fmt.Println(k, k.KoreanName(), err)
	// Output:
	// PHONE 전화번호 <nil>
}

func ExampleParseKinds() {
	ks, err := patterns.ParseKinds("rrn,email")
	fmt.Println(ks, err)
	// Output:
	// [RRN EMAIL] <nil>
}

func ExampleKinds() {
	fmt.Println(patterns.Kinds()[:5])
	// Output:
	// [RRN FRN PHONE EMAIL ADDRESS]
}

func ExampleKind_KoreanName() {
	fmt.Println(patterns.RRN.KoreanName(), patterns.Kind("EMPLOYEE_ID").KoreanName())
	// Output:
	// 주민등록번호 EMPLOYEE_ID
}

func ExampleFoldRune() {
	fmt.Println(string(patterns.FoldRune('０')), string(patterns.FoldRune('–')), string(patterns.FoldRune('＠')))
	// Output:
	// 0 - @
}

func ExampleNormalize() {
	fmt.Println(patterns.Normalize("０１０－１２３４－５６７８"))
	// Output:
	// 010-1234-5678
}

func ExampleValidationError() {
	err := patterns.ValidateRRN("961321-1021413")
	var ve *patterns.ValidationError
	if errors.As(err, &ve) {
		fmt.Println(ve.Kind, ve.Rule)
	}
	fmt.Println(err)
	// Output:
	// RRN date
	// kpii: invalid RRN: date: birth month does not exist
}
