package patterns_test

import (
	"fmt"
	"testing"
	"unicode/utf8"

	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type matchCase struct {
	text string
	at   string // the trigger: the first occurrence of this string in text
	want string // the matched span, "" for no match
	kind patterns.Kind
	ev   patterns.Evidence // bits that must be set
}

func runMatchCases(t *testing.T, match func([]byte, int) (patterns.Match, bool), cases []matchCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			i := indexOf(tc.text, tc.at)
			require.GreaterOrEqual(t, i, 0, "trigger %q not in text", tc.at)
			m, ok := match([]byte(tc.text), i)
			if tc.want == "" {
				assert.False(t, ok, "unexpected match %q", spanText(tc.text, m))
				return
			}
			require.True(t, ok)
			assert.Equal(t, tc.want, tc.text[m.Start:m.End])
			assert.Equal(t, tc.kind, m.Kind)
			assert.True(t, m.Evidence.Has(tc.ev), "evidence %s lacks %s", m.Evidence, tc.ev)
		})
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func spanText(s string, m patterns.Match) string {
	if m.Start < 0 || m.End > len(s) || m.Start > m.End {
		return "<out of range>"
	}
	return s[m.Start:m.End]
}

// Synthetic numbers: 960121-1021413 passes the legacy RRN check digit,
// 960121-1021414 does not.
func TestMatchRegistration(t *testing.T) {
	runMatchCases(t, patterns.MatchRegistration, []matchCase{
		{"960121-1021413", "9", "960121-1021413", patterns.RRN, patterns.EvidenceCanonical | patterns.EvidenceChecksumOK},
		{"x 960121-1021414이야", "9", "960121-1021414", patterns.RRN, patterns.EvidenceCanonical | patterns.EvidenceChecksumFailed},
		{"9601211021413", "9", "9601211021413", patterns.RRN, patterns.EvidenceBare | patterns.EvidenceChecksumOK},
		{"960121 - 1021413", "9", "960121 - 1021413", patterns.RRN, patterns.EvidenceChecksumOK},
		{"911124-5678906", "9", "911124-5678906", patterns.FRN, patterns.EvidenceChecksumOK},
		{"130111-0006246", "1", "130111-0006246", patterns.CRN, patterns.EvidenceChecksumOK},
		{"110111-2487050", "1", "110111-2487050", patterns.RRN, patterns.EvidenceCorporateShape}, // context decides
		{"8801231000003", "8", "8801231000003", patterns.RRN, patterns.EvidenceLookalike},        // an 880 barcode
		{"19601211021413", "1", "", "", 0},   // 14 digits
		{"1-960121-1021413", "9", "", "", 0}, // continues a number
		{"960121-1021413-1", "9", "", "", 0},
		{"961321-1021413", "9", "", "", 0}, // month 13
		{"960230-1021413", "9", "", "", 0}, // 30 February
		{"991231-4019906", "9", "", "", 0}, // 2099: future
		{"960121-102141", "9", "", "", 0},  // 12 digits
		{"960121--1021413", "9", "", "", 0},
		{"960121", "9", "", "", 0},
	})
}

func TestMatchPhone(t *testing.T) {
	runMatchCases(t, patterns.MatchPhone, []matchCase{
		{"010-1234-5678로", "0", "010-1234-5678", patterns.Phone, patterns.EvidenceCanonical | patterns.EvidenceStrong},
		{"01012345678", "0", "01012345678", patterns.Phone, patterns.EvidenceBare},
		{"02)2133-4251~3", "0", "02)2133-4251", patterns.Phone, patterns.EvidenceCanonical},
		{"(031) 123-4567", "(", "(031) 123-4567", patterns.Phone, patterns.EvidenceCanonical},
		{"(031) 123-4567", "0", "(031) 123-4567", patterns.Phone, patterns.EvidenceCanonical},
		{"md5(010-1234-5678)", "0", "010-1234-5678", patterns.Phone, patterns.EvidenceCanonical},
		{"+82 10-1234-5678", "+", "+82 10-1234-5678", patterns.Phone, patterns.EvidenceStrong},
		{"+82 (0)10 1234 5678", "+", "+82 (0)10 1234 5678", patterns.Phone, patterns.EvidenceStrong},
		{"+821012345678", "+", "+821012345678", patterns.Phone, patterns.EvidenceStrong},
		{"82-10-1234-5678", "8", "82-10-1234-5678", patterns.Phone, patterns.EvidenceStrong},
		{"001-82-10-1234-5678", "0", "001-82-10-1234-5678", patterns.Phone, patterns.EvidenceStrong},
		{"+82 1588 1234", "+", "+82 1588 1234", patterns.Phone, patterns.EvidenceStrong},
		{"1588-1234", "1", "1588-1234", patterns.Phone, patterns.EvidenceCanonical},
		{"15881234", "1", "15881234", patterns.Phone, patterns.EvidenceWeak},
		{"0505-123-4567", "0", "0505-123-4567", patterns.Phone, patterns.EvidenceCanonical},
		{"010 1234 5678 2024년", "0", "010 1234 5678", patterns.Phone, patterns.EvidenceCanonical},
		{"011-123-4567", "0", "011-123-4567", patterns.Phone, patterns.EvidenceCanonical},
		{"010-1234-5678-9", "0", "", "", 0},
		{"1010-1234-5678", "0", "", "", 0},
		{"070-123-4567", "0", "", "", 0},
		{"02-0123-4567", "0", "", "", 0},
		{"021-234-567", "0", "", "", 0}, // grouped off the prefix
		{"031-120", "0", "", "", 0},     // area short code: a public service
		{"1234-5678", "1", "", "", 0},
		{"+1 212 555 0100", "+", "", "", 0},
		{"tel=%2B821012345678&x", "%", "%2B821012345678", patterns.Phone, patterns.EvidenceStrong},
		{"q=%EA%B9%80+010-1234-5678", "010", "010-1234-5678", patterns.Phone, patterns.EvidenceCanonical | patterns.EvidenceStrong},
		{"오윤아,010,7897,4869,ko@x.kr", "0", "010,7897,4869", patterns.Phone, 0},
		{"010\t7897\t4869", "0", "010\t7897\t4869", patterns.Phone, 0},
		{"010,7897,4869,1234", "0", "", "", 0},
		{"010,7897-4869", "0", "", "", 0},
		{"2024,02,123,4567", "02", "", "", 0}, // a month, a count, an amount
		{"1,Kang Minseo,01077260431,34141,대전", "010", "01077260431", patterns.Phone, patterns.EvidenceBare},
	})
}

func TestMatchEmail(t *testing.T) {
	runMatchCases(t, patterns.MatchEmail, []matchCase{
		{"hong@naver.com으로", "@", "hong@naver.com", patterns.Email, patterns.EvidenceStrong},
		{"mailto:a.b@example.co.kr", "@", "a.b@example.co.kr", patterns.Email, 0},
		{"/signup?email=lee%40daum.net&x", "%", "lee%40daum.net", patterns.Email, 0},
		{"admin@홍길동.한국에서", "@", "admin@홍길동.한국", patterns.Email, 0},
		{"홍길동@example.kr", "@", "홍길동@example.kr", patterns.Email, 0},
		{"EMAIL:haeun.park@gmail.com", "@", "haeun.park@gmail.com", patterns.Email, 0},
		{"ssh deploy@example.com:22", "@", "deploy@example.com", patterns.Email, patterns.EvidenceLookalike},
		{"icon@2x.png", "@", "", "", 0},
		{"email=d*****g@nate.com", "@", "", "", 0}, // masked
		{"git@github.com:org/repo.git", "@", "", "", 0},
		{"postgres://app:s3cr3t@db.example.com/x", "@", "", "", 0},
		{".hong@naver.com", "@", "", "", 0},
		{"user@localhost", "@", "", "", 0},
		{"@naver.com", "@", "", "", 0},
		{"lodash@4.17.21", "@", "", "", 0},
		{"a%41b.com", "%", "", "", 0},
	})
}

// fuzzMatcher checks the invariants every matcher keeps on any input and
// any trigger position: no panic, a span inside the text that contains the
// trigger, a kind, and UTF-8 boundaries when the text is valid UTF-8.
func fuzzMatcher(t *testing.T, match func([]byte, int) (patterns.Match, bool), b []byte, i int) {
	if len(b) == 0 {
		return
	}
	if i < 0 {
		i = -i
	}
	i %= len(b)
	m, ok := match(b, i)
	if !ok {
		return
	}
	if m.Start < 0 || m.End > len(b) || m.Start >= m.End || m.Start > i || m.End <= i {
		t.Fatalf("span %d:%d for trigger %d in %d bytes", m.Start, m.End, i, len(b))
	}
	if m.Kind == "" {
		t.Fatal("match without a kind")
	}
	if utf8.Valid(b) && (!utf8.RuneStart(b[m.Start]) || m.End < len(b) && !utf8.RuneStart(b[m.End])) {
		t.Fatalf("span %d:%d not on UTF-8 boundaries", m.Start, m.End)
	}
}

func FuzzMatchRegistration(f *testing.F) {
	for _, s := range []string{"960121-1021413", "9601211021413", "130111-0006246", "960121 - 1021413이야", "1-960121-1"} {
		f.Add([]byte(s), 0)
	}
	f.Fuzz(func(t *testing.T, b []byte, i int) { fuzzMatcher(t, patterns.MatchRegistration, b, i) })
}

func FuzzMatchPhone(f *testing.F) {
	for _, s := range []string{"010-1234-5678", "+82 (0)10 1234 5678", "(031) 123-4567", "001-82-10-1234-5678", "md5(010-1234-5678)", "+8"} {
		f.Add([]byte(s), 0)
	}
	f.Fuzz(func(t *testing.T, b []byte, i int) { fuzzMatcher(t, patterns.MatchPhone, b, i) })
}

func FuzzMatchEmail(f *testing.F) {
	for _, s := range []string{"hong@naver.com", "a%40b.co", "admin@홍길동.한국에서", "@", "x@y.z", "홍@예.한국"} {
		f.Add([]byte(s), 1)
	}
	f.Fuzz(func(t *testing.T, b []byte, i int) { fuzzMatcher(t, patterns.MatchEmail, b, i) })
}

func TestEvidence(t *testing.T) {
	e := patterns.EvidenceCanonical | patterns.EvidenceChecksumOK
	assert.True(t, e.Has(patterns.EvidenceCanonical))
	assert.False(t, e.Has(patterns.EvidenceCanonical|patterns.EvidenceBare))
	assert.Equal(t, "checksum ok, canonical shape", e.String())
	assert.Equal(t, "", patterns.Evidence(0).String())
}

func TestMatchersDoNotAllocate(t *testing.T) {
	cases := []struct {
		match func([]byte, int) (patterns.Match, bool)
		text  string
		at    int
	}{
		{patterns.MatchRegistration, "주민번호 960121-1021413", len("주민번호 ")},
		{patterns.MatchPhone, "tel +82 10-1234-5678", 4},
		{patterns.MatchEmail, "hong@naver.com", 4},
	}
	for _, tc := range cases {
		b := []byte(tc.text)
		_, ok := tc.match(b, tc.at)
		require.True(t, ok, tc.text)
		assert.Zero(t, testing.AllocsPerRun(100, func() { tc.match(b, tc.at) }), tc.text)
	}
}

func ExampleMatchRegistration() {
	text := []byte("주민번호는960121-1021414이야")
	m, ok := patterns.MatchRegistration(text, len("주민번호는"))
	fmt.Println(ok, m.Kind, string(text[m.Start:m.End]), m.Evidence)
	// Output:
	// true RRN 960121-1021414 checksum failed, canonical shape
}

func ExampleMatchPhone() {
	text := []byte("연락처 +82 (0)10 1234 5678")
	m, ok := patterns.MatchPhone(text, len("연락처 "))
	fmt.Println(ok, string(text[m.Start:m.End]))
	// Output:
	// true +82 (0)10 1234 5678
}

func ExampleMatchEmail() {
	text := []byte("hong@naver.com으로 보내주세요")
	m, ok := patterns.MatchEmail(text, 4)
	fmt.Println(ok, string(text[m.Start:m.End]))
	// Output:
	// true hong@naver.com
}

func ExampleEvidence_Has() {
	e := patterns.EvidenceCanonical | patterns.EvidenceChecksumOK
	fmt.Println(e.Has(patterns.EvidenceChecksumOK), e)
	// Output:
	// true checksum ok, canonical shape
}
