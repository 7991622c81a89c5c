package patterns

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// emailTestDomain returns an n-octet ASCII domain of labels of at most 63
// letters, ending in ".com".
func emailTestDomain(t testing.TB, n int) string {
	var b strings.Builder
	rest := n - len("com")
	for rest > 0 {
		l := min(emailMaxLabel, rest-1)
		if rest-(l+1) == 1 { // a single octet left could only be a dot
			l--
		}
		b.WriteString(strings.Repeat("a", l))
		b.WriteByte('.')
		rest -= l + 1
	}
	b.WriteString("com")
	require.Len(t, b.String(), n)
	return b.String()
}

// TestEmailReferenceExamples checks every example of §5.2 of the formats
// reference.
func TestEmailReferenceExamples(t *testing.T) {
	valid := []string{
		"hong.gildong@naver.com",
		"gildong_01@daum.net",
		"kim@hanmail.net",
		"lee-99@kakao.com",
		"park@nate.com",
		"user+tag@gmail.com",
		"help@example.co.kr",
		"admin@xn--wk0bu0i737a.xn--3e0b707e",
		"admin@홍길동.한국",
		"홍길동@홍길동.한국",
		// Listed as a look-alike: a valid shape, which only context can
		// tell from test data.
		"ceo@medsupply.co.kr",
	}
	for _, s := range valid {
		err := ValidateEmail(s)
		assert.True(t, err == nil, "%s: %v", s, err)
		assert.True(t, IsValidEmail(s), s)
	}

	invalid := []struct {
		in   string
		rule error
		want *ValidationError
	}{
		{"hong.gildong@naver", ErrFormat, errEmailOneLabel},
		{"hong..gildong@naver.com", ErrFormat, errEmailLocalDot},
		{".hong@naver.com", ErrFormat, errEmailLocalDot},
		{"hong@naver..com", ErrFormat, errEmailLabelEmpty},
		{"hong@-naver.com", ErrFormat, errEmailHyphen},
		{"hong gildong@naver.com", ErrFormat, errEmailLocalChar},
		{"a@b.c", ErrComponent, errEmailTLDShort},
		{strings.Repeat("a", 65) + "@naver.com", ErrLength, errEmailLocalLength},
		{"@naver.com", ErrFormat, errEmailLocalEmpty},
	}
	for _, tc := range invalid {
		err := ValidateEmail(tc.in)
		require.Error(t, err, tc.in)
		assert.ErrorIs(t, err, tc.rule, tc.in)
		assert.Same(t, tc.want, err, "%s: %v", tc.in, err)
		assert.False(t, IsValidEmail(tc.in), tc.in)
	}
}

func TestEmailValidateRules(t *testing.T) {
	tests := []struct {
		in   string
		want *ValidationError // nil: valid
	}{
		// Local parts.
		{"!#$%&'*+/=?^_`{|}~-@example.com", nil},
		{"a.b.c@example.com", nil},
		{"홍길동@example.kr", nil},
		{"hong.길동99@example.kr", nil},
		{"josé@example.com", nil},
		{"hong.@example.com", errEmailLocalDot},
		{"\"hong gildong\"@example.com", errEmailQuoted},
		{"hong(comment)@example.com", errEmailLocalChar},
		{"hong@gildong@example.com", errEmailManyAt},
		{"hong\x00@example.com", errEmailLocalChar},
		{"hong\u200b@example.com", errEmailLocalChar}, // zero-width space (Cf)
		{"hong😀@example.com", errEmailLocalChar},
		{"hong,gil@example.com", errEmailLocalChar},
		{"hong\xff@example.com", errEmailUTF8},
		{"hong", errEmailNoAt},
		{"", errEmailNoAt},
		{"hong@", errEmailDomainEmpty},
		// Domains.
		{"hong@[192.0.2.1]", errEmailLiteral},
		{"hong@[IPv6:2001:db8::1]", errEmailLiteral},
		{"hong@example.com.", errEmailLabelEmpty},
		{"hong@.example.com", errEmailLabelEmpty},
		{"hong@exa_mple.com", errEmailDomainChar},
		{"hong@example-.com", errEmailHyphen},
		{"hong@example.-com", errEmailHyphen},
		{"hong@ab--cd.com", errEmailReserved},
		{"hong@a-b-c.com", nil},
		{"hong@a--b.com", nil}, // hyphens in positions 2 and 3 are fine
		{"hong@123.com", nil},
		{"hong@EXAMPLE.COM", nil},
		{"hong@example", errEmailOneLabel},
		{"hong@한국", errEmailOneLabel},
		{"hong@exam ple.com", errEmailDomainChar},
		{"hong@example.com\xff", errEmailDomainChar}, // lower-casing made it U+FFFD
		{"hong@example.com", nil},
		{"hong@exa☃mple.com", errEmailDomainChar},
		{"hong@\u0301a.com", errEmailDomainChar}, // starts with a combining mark
		{"hong@-한국.kr", errEmailHyphen},
		{"hong@한국-.kr", errEmailHyphen},
		{"hong@ab--한국.kr", errEmailReserved},
		// Top-level domains.
		{"hong@example.123", errEmailTLDLetters},
		{"hong@example.c0m", errEmailTLDLetters},
		{"hong@example.k", errEmailTLDShort},
		{"hong@example.한", errEmailTLDShort},
		{"hong@example.한1", errEmailTLDLetters},
		{"hong@example.xn--3e0b707e", nil},
		{"hong@example.한국", nil},
		{"hong@example.рф", nil},
		{"hong@123.456", errEmailTLDLetters},
	}
	for _, tc := range tests {
		err := ValidateEmail(tc.in)
		if tc.want == nil {
			assert.True(t, err == nil, "%q: %v", tc.in, err)
			continue
		}
		assert.Same(t, tc.want, err, "%q: %v", tc.in, err)
	}
}

func TestEmailLengths(t *testing.T) {
	t.Run("local part", func(t *testing.T) {
		assert.True(t, IsValidEmail(strings.Repeat("a", 64)+"@example.com"))
		assert.Same(t, errEmailLocalLength, ValidateEmail(strings.Repeat("a", 65)+"@example.com"))
		// UTF-8 octets count, not characters: 21 syllables = 63 octets.
		assert.True(t, IsValidEmail(strings.Repeat("홍", 21)+"a@example.kr"))
		assert.Same(t, errEmailLocalLength, ValidateEmail(strings.Repeat("홍", 22)+"@example.kr"))
	})
	t.Run("label", func(t *testing.T) {
		assert.True(t, IsValidEmail("hong@"+strings.Repeat("a", 63)+".com"))
		err := ValidateEmail("hong@" + strings.Repeat("a", 64) + ".com")
		assert.Same(t, errEmailLabelLength, err)
		assert.ErrorIs(t, err, ErrLength)
		// IDN labels count in their A-label form (checked with Python's
		// punycode codec): 53 × "a" + "한" → 63 octets, 54 × "a" → 64.
		u63 := strings.Repeat("a", 53) + "한"
		u64 := strings.Repeat("a", 54) + "한"
		a63 := "xn--" + strings.Repeat("a", 53) + "-5e61v"
		a64 := "xn--" + strings.Repeat("a", 54) + "-3v06v"
		require.Len(t, a63, 63)
		a, err := ParseEmail("hong@" + u63 + ".kr")
		require.NoError(t, err)
		assert.Equal(t, a63+".kr", a.ASCIIDomain())
		assert.Same(t, errEmailLabelLength, ValidateEmail("hong@"+u64+".kr"))
		assert.True(t, IsValidEmail("hong@"+a63+".kr"))
		assert.Same(t, errEmailLabelLength, ValidateEmail("hong@"+a64+".kr"))
		// More code points than any 63-octet A-label can hold.
		assert.Same(t, errEmailLabelLength, ValidateEmail("hong@"+strings.Repeat("한", 60)+".kr"))
	})
	t.Run("domain", func(t *testing.T) {
		// "a@" + 252 = 254 octets: the longest address.
		assert.True(t, IsValidEmail("a@"+emailTestDomain(t, 252)))
		// 253 octets is a valid domain (RFC 1035), but no address can use
		// it: "a@" + 253 = 255 > 254.
		assert.Same(t, errEmailLength, ValidateEmail("a@"+emailTestDomain(t, 253)))
		assert.Nil(t, emailCheckDomain([]byte(emailTestDomain(t, 253)), 0))
		for _, n := range []int{254, 255, 256} {
			err := ValidateEmail("a@" + emailTestDomain(t, n))
			assert.Same(t, errEmailDomainLength, err, n)
			assert.ErrorIs(t, err, ErrLength)
		}
	})
	t.Run("address", func(t *testing.T) {
		local := strings.Repeat("a", 64)
		assert.True(t, IsValidEmail(local+"@"+emailTestDomain(t, 189)))
		assert.Same(t, errEmailLength, ValidateEmail(local+"@"+emailTestDomain(t, 190)))
		// An IDN domain counts in ASCII form: 홍길동.한국 is 16 octets in
		// UTF-8 but 28 as xn--wk0bu0i737a.xn--3e0b707e.
		idn := "홍길동.한국"
		ace := "xn--wk0bu0i737a.xn--3e0b707e"
		n := emailMaxAddress - len(local) - 1 - len(ace) - 1
		pad, longer := emailTestDomain(t, n), emailTestDomain(t, n+1)
		assert.True(t, IsValidEmail(local+"@"+pad+"."+ace))
		assert.True(t, IsValidEmail(local+"@"+pad+"."+idn))
		assert.Same(t, errEmailLength, ValidateEmail(local+"@"+longer+"."+idn))
		assert.Same(t, errEmailLength, ValidateEmail(local+"@"+longer+"."+ace))
	})
}

func TestEmailIDN(t *testing.T) {
	byACE, err := ParseEmail("admin@xn--wk0bu0i737a.xn--3e0b707e")
	require.NoError(t, err)
	byUni, err := ParseEmail("admin@홍길동.한국")
	require.NoError(t, err)
	assert.Equal(t, byUni, byACE)
	assert.Equal(t, "admin", byACE.Local())
	assert.Equal(t, "홍길동.한국", byACE.Domain())
	assert.Equal(t, "xn--wk0bu0i737a.xn--3e0b707e", byACE.ASCIIDomain())
	assert.Equal(t, "한국", byACE.TLD())
	assert.True(t, byACE.IsIDN())
	assert.True(t, byACE.IsKorean())
	assert.Equal(t, "admin@홍길동.한국", byACE.String())

	a, err := ParseEmail("hong@한글.kr")
	require.NoError(t, err)
	assert.Equal(t, "xn--bj0bj06e.kr", a.ASCIIDomain())
	b, err := ParseEmail("hong@xn--bj0bj06e.kr")
	require.NoError(t, err)
	assert.Equal(t, "한글.kr", b.Domain())
	assert.Equal(t, a, b)

	// Upper-case A-labels and Unicode domains are lower-cased.
	c, err := ParseEmail("Hong@XN--BJ0BJ06E.KR")
	require.NoError(t, err)
	assert.Equal(t, "Hong@한글.kr", c.String())
	d, err := ParseEmail("hong@BÜCHER.de")
	require.NoError(t, err)
	assert.Equal(t, "bücher.de", d.Domain())
	assert.Equal(t, "xn--bcher-kva.de", d.ASCIIDomain())

	// Full-width ＠ and dots, ideographic full stop, NFD Hangul.
	for _, in := range []string{
		"admin＠홍길동．한국",
		"admin@홍길동。한국",
		"ａｄｍｉｎ＠ｘｎ－－ｗｋ０ｂｕ０ｉ７３７ａ．ｘｎ－－３ｅ０ｂ７０７ｅ",
		norm.NFD.String("admin@홍길동.한국"),
		"\u3000admin@홍길동.한국 \n",
	} {
		f, err := FormatEmail(in)
		require.NoError(t, err, "%q", in)
		assert.Equal(t, "admin@홍길동.한국", f, "%q", in)
	}
	nfd := norm.NFD.String("홍길동@example.kr")
	require.NotEqual(t, "홍길동@example.kr", nfd)
	f, err := FormatEmail(nfd)
	require.NoError(t, err)
	assert.Equal(t, "홍길동@example.kr", f)

	// emailCheckParts itself does not normalise: an NFD label is refused.
	assert.Same(t, errEmailNotNFC, emailCheckParts([]byte("a"), []byte(norm.NFD.String("한글.kr"))))

	// Invalid A-labels.
	for _, tc := range []struct {
		label string
		want  *ValidationError
	}{
		{"xn--", errEmailHyphen},                                // empty
		{"xn--abc-", errEmailHyphen},                            // would decode to ASCII only
		{"xn--ab-c", errEmailPunycode},                          // decodes to a control character
		{"xn--zzzzzzzz", errEmailPunycode},                      // beyond U+10FFFF
		{"xn--3e0b707", errEmailPunycode},                       // truncated
		{"xn---3e0b707e", errEmailPunycode},                     // not canonical (leading delimiter)
		{"xn--tda", nil},                                        // ü
		{"xn--wca", errEmailPunycode},                           // Ü: upper case
		{"xn--ab-8tb", errEmailPunycode},                        // a + U+0301 + b: not NFC
		{"xn--n3h", errEmailPunycode},                           // ☃: a symbol
		{"xn--mi7c", errEmailPunycode},                          // full-width ａ
		{"xn--1-372g", nil},                                     // 한1 (not as a TLD)
		{"xn--" + strings.Repeat("a", 60), errEmailLabelLength}, // > 63 octets
	} {
		err := ValidateEmail("hong@" + tc.label + ".kr")
		if tc.want == nil {
			assert.True(t, err == nil, "%s: %v", tc.label, err)
			continue
		}
		assert.Same(t, tc.want, err, "%s: %v", tc.label, err)
	}
	assert.Same(t, errEmailTLDLetters, ValidateEmail("hong@example.xn--1-372g"))
	// An A-label must encode some non-ASCII; the hyphen rule catches such
	// labels first, so ask the A-label check itself.
	_, _, err = emailCheckALabel([]byte("xn--abc-"))
	assert.Same(t, errEmailPunycode, err)
}

func TestEmailCompact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"  Hong.GilDong@NAVER.COM  ", "Hong.GilDong@naver.com"},
		{"ｈｏｎｇ＠ｎａｖｅｒ．ｃｏｍ", "hong@naver.com"},
		{"\u3000hong@naver.com\u3000", "hong@naver.com"},
		{"Admin@홍길동。한국", "Admin@홍길동.한국"},
		{"Hong@XN--3E0B707E.KR", "Hong@xn--3e0b707e.kr"},
		{norm.NFD.String("홍길동@한글.kr"), "홍길동@한글.kr"},
		{"no-at-sign", "no-at-sign"},
		{"hong gildong@naver.com", "hong gildong@naver.com"},
		{"a@b@C.COM", "a@b@c.com"},
		{"", ""},
	} {
		assert.Equal(t, tc.want, CompactEmail(tc.in), "%q", tc.in)
	}
	// No allocation when nothing changes.
	assert.Zero(t, testing.AllocsPerRun(100, func() { CompactEmail("hong.gildong@naver.com") }))
}

func TestEmailParseAndFormat(t *testing.T) {
	a, err := ParseEmail(" Hong.GilDong@Example.CO.KR ")
	require.NoError(t, err)
	assert.Equal(t, "Hong.GilDong", a.Local(), "the local part keeps its case")
	assert.Equal(t, "example.co.kr", a.Domain())
	assert.Equal(t, "example.co.kr", a.ASCIIDomain())
	assert.Equal(t, "kr", a.TLD())
	assert.False(t, a.IsIDN())
	assert.True(t, a.IsKorean())
	assert.Equal(t, "Hong.GilDong@example.co.kr", a.String())

	b, err := ParseEmail("user+tag@gmail.com")
	require.NoError(t, err)
	assert.False(t, b.IsKorean())
	assert.Equal(t, "com", b.TLD())

	e, err := ParseEmail("홍길동@example.com")
	require.NoError(t, err)
	assert.False(t, e.IsIDN(), "a UTF-8 local part alone is not an IDN")

	f, err := FormatEmail("Kim@HANMAIL.NET")
	require.NoError(t, err)
	assert.Equal(t, "Kim@hanmail.net", f)

	f, err = FormatEmail("kim@hanmail")
	assert.Equal(t, "", f)
	assert.ErrorIs(t, err, ErrFormat)

	z, err := ParseEmail("a@b.c")
	assert.ErrorIs(t, err, ErrComponent)
	assert.Equal(t, EmailAddress{}, z)

	var zero EmailAddress
	assert.Equal(t, "", zero.String())
	assert.Equal(t, "", zero.Local())
	assert.Equal(t, "", zero.Domain())
	assert.Equal(t, "", zero.ASCIIDomain())
	assert.Equal(t, "", zero.TLD())
	assert.False(t, zero.IsIDN())
	assert.False(t, zero.IsKorean())
}

// TestEmailNilError: a valid address gives a true nil error, not a nil
// *ValidationError in a non-nil interface.
func TestEmailNilError(t *testing.T) {
	err := ValidateEmail("kim@hanmail.net")
	assert.True(t, err == nil)
	_, err = ParseEmail("kim@hanmail.net")
	assert.True(t, err == nil)
	_, err = FormatEmail("kim@hanmail.net")
	assert.True(t, err == nil)
}

// TestEmailErrorsHoldNoInput: every error is one of the shared values, and
// its message holds no part of the address.
func TestEmailErrorsHoldNoInput(t *testing.T) {
	for _, e := range emailErrors {
		assert.Equal(t, Email, e.Kind)
		assert.NotEmpty(t, e.Detail)
	}
	inputs := []string{
		"hong.gildong@naver", "hong..gildong@naver.com", ".hong@naver.com", "hong@naver..com",
		"hong@-naver.com", "hong gildong@naver.com", "gildong@bcd.q", strings.Repeat("gildong", 10) + "@naver.com",
		"@naver.com", "gildong@[192.0.2.1]", "\"gildong\"@naver.com", "gildong@naver.c0m",
		"gildong@xn---hongz.com", "gildong@" + strings.Repeat("naver", 13) + ".com", "gildong",
		"홍길동@홍길동.한", "홍길동@홍길동", "gildong@naver@kakao.com",
	}
	for _, in := range inputs {
		err := ValidateEmail(in)
		require.Error(t, err, in)
		var ve *ValidationError
		require.True(t, errors.As(err, &ve))
		assert.Contains(t, emailErrors, ve, in)
		msg := err.Error()
		for _, part := range strings.FieldsFunc(in, func(r rune) bool { return r == '@' || r == '.' || r == ' ' || r == '"' }) {
			if utf8.RuneCountInString(part) >= 3 {
				assert.NotContains(t, msg, part, "%q: %s", in, msg)
			}
		}
		for _, word := range []string{"hong", "gildong", "naver", "홍길동"} {
			assert.NotContains(t, msg, word)
		}
	}
}

func TestEmailByteTables(t *testing.T) {
	const atext = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-"
	const ldh = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"
	for c := 0; c < 256; c++ {
		b := byte(c)
		assert.Equal(t, strings.IndexByte(atext+".", b) >= 0, emailLocalByte(b), "local %q", b)
		assert.Equal(t, strings.IndexByte(ldh+".", b) >= 0, emailDomainByte(b), "domain %q", b)
	}
}

var emailBenchCases = []struct{ name, local, domain string }{
	{"ascii", "hong.gildong", "naver.com"},
	{"ascii-long", "firstname.lastname+newsletter", "mail.department.example.co.kr"},
	{"ascii-invalid", "hong..gildong", "naver.com"},
	{"utf8-local", "홍길동", "example.kr"},
	{"idn-unicode", "admin", "홍길동.한국"},
	{"idn-punycode", "admin", "xn--wk0bu0i737a.xn--3e0b707e"},
	{"idn-latin", "hans", "bücher.de"},
}

func TestEmailCheckPartsAllocs(t *testing.T) {
	for _, tc := range emailBenchCases {
		local, domain := []byte(tc.local), []byte(tc.domain)
		allocs := testing.AllocsPerRun(200, func() { emailCheckParts(local, domain) })
		assert.Zero(t, allocs, tc.name)
	}
	// Labels with combining marks go through norm's full NFC check, which
	// allocates its reorder buffer: bounded, one per such label.
	local, domain := []byte("a"), []byte("\u092f\u0939\u0932\u094b\u0917.in")
	require.Nil(t, emailCheckParts(local, domain))
	assert.LessOrEqual(t, testing.AllocsPerRun(200, func() { emailCheckParts(local, domain) }), 1.0)
}

func BenchmarkEmailCheckParts(b *testing.B) {
	for _, tc := range emailBenchCases {
		local, domain := []byte(tc.local), []byte(tc.domain)
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(local) + 1 + len(domain)))
			for i := 0; i < b.N; i++ {
				emailCheckParts(local, domain)
			}
		})
	}
}

func BenchmarkValidateEmail(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = ValidateEmail("hong.gildong@naver.com")
	}
}

func FuzzParseEmail(f *testing.F) {
	for _, s := range []string{
		"hong.gildong@naver.com", "admin@xn--wk0bu0i737a.xn--3e0b707e", "홍길동@홍길동.한국",
		"hong＠naver．com", "a@b.c", "hong@-naver.com", "\"q\"@example.com", "a@[192.0.2.1]",
		"Hong@XN--BJ0BJ06E.KR", "hans@bücher.de", "a@example.xn--p1ai", "x@\u092f\u0939.in",
	} {
		f.Add(s)
	}
	f.Fuzz(emailCheckProperties)
}

// emailCheckProperties checks what must hold for any input: the
// validators agree, errors are the shared values, and a valid address
// round-trips through its display and ASCII forms.
func emailCheckProperties(t *testing.T, s string) {
	verr := ValidateEmail(s)
	ok := IsValidEmail(s)
	require.Equal(t, verr == nil, ok, "ValidateEmail and IsValidEmail agree")
	a, perr := ParseEmail(s)
	require.Equal(t, verr == nil, perr == nil, "ValidateEmail and ParseEmail agree")
	c := CompactEmail(s)
	require.Equal(t, c, CompactEmail(c), "CompactEmail is idempotent")
	if !ok {
		var ve *ValidationError
		require.True(t, errors.As(verr, &ve))
		require.Contains(t, emailErrors, ve)
		require.Equal(t, EmailAddress{}, a)
		return
	}
	formatted, err := FormatEmail(s)
	require.NoError(t, err)
	require.Equal(t, a.String(), formatted)
	again, err := ParseEmail(formatted)
	require.NoError(t, err, "%q formatted as %q", s, formatted)
	require.Equal(t, a, again, "Format → Parse round-trips")
	f2, err := FormatEmail(formatted)
	require.NoError(t, err)
	require.Equal(t, formatted, f2, "FormatEmail is idempotent")

	ascii, err := ParseEmail(a.Local() + "@" + a.ASCIIDomain())
	require.NoError(t, err)
	require.Equal(t, a, ascii, "the ASCII form parses to the same address")

	require.Nil(t, emailCheckParts([]byte(a.Local()), []byte(a.Domain())))
	require.Nil(t, emailCheckParts([]byte(a.Local()), []byte(a.ASCIIDomain())))
	require.LessOrEqual(t, len(a.Local()), emailMaxLocal)
	require.LessOrEqual(t, len(a.Local())+1+len(a.ASCIIDomain()), emailMaxAddress)
	require.Equal(t, a.IsIDN(), a.Domain() != a.ASCIIDomain())
	for i := 0; i < len(a.ASCIIDomain()); i++ {
		require.True(t, emailDomainByte(a.ASCIIDomain()[i]))
	}
	for i := 0; i < len(a.Local()); i++ {
		if c := a.Local()[i]; c < utf8.RuneSelf {
			require.True(t, emailLocalByte(c))
		}
	}
}

// TestEmailTrickyInputs runs the fuzz properties over inputs that case
// mapping, normalisation and folding make interesting.
func TestEmailTrickyInputs(t *testing.T) {
	for _, s := range []string{
		"a@İ.com",         // İ lower-cases to ASCII i
		"a@K.com",         // KELVIN SIGN lower-cases to k
		"a@Kaé.com",       // … next to non-ASCII
		"a@ǅx.com",        // title-case ǅ
		"a@straße.de",     // ß
		"a@ςσ.gr",         // final and medial sigma
		"a@ﬁx.com",        // ﬁ ligature
		"a@ΐx.gr",         // ΐ
		"a@Ωx.com",        // OHM SIGN: NFC maps it to Ω
		"a@x́ͅ.gr",        // combining marks out of order
		"a@각.kr",        // conjoining jamo: NFC makes 각
		"a@각.kr",         // LV syllable + T jamo: NFC makes 각
		"Á@example.com",  // local part NFC
		"Ａ́@example.com",  // full-width A + combining acute
		"a@ａ́.com",        // the same in the domain
		"a@x。。y.com",      // two ideographic full stops
		"a@١٢.com",        // Arabic-Indic digits
		"a@xn--a.com",     // non-ASCII after xn--
		"a@example.cöm",   // non-ASCII TLD with ASCII letters
		" a@example.com ", // no-break space
		"a@EXAMPLE.ÇOM",   // upper-case non-ASCII in the TLD
	} {
		t.Run(s, func(t *testing.T) { emailCheckProperties(t, s) })
	}
}
