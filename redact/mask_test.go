package redact

import (
	"testing"

	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

func maskWith(m Masker, kind patterns.Kind, v string) string {
	return string(m.AppendMask(nil, kind, []byte(v)))
}

func TestRegistrationMask(t *testing.T) {
	keep, hideAll := RegistrationMask(true), RegistrationMask(false)
	cases := []struct{ in, keep, hideAll string }{
		{"900101-1234567", "900101-1******", "900101-*******"},
		{"9001011234567", "9001011******", "900101*******"},
		{"960121 - 1021413", "960121 - 1******", "960121 - *******"},
		{"960121–1021413", "960121–1******", "960121–*******"},
		{"９６０１２１－１０２１４１３", "９６０１２１－１******", "９６０１２１－*******"},
		{"1234567", "1******", "1******"}, // at least six hidden
		{"12345", "*****", "*****"},
	}
	for _, c := range cases {
		assert.Equal(t, c.keep, maskWith(keep, patterns.RRN, c.in), c.in)
		assert.Equal(t, c.hideAll, maskWith(hideAll, patterns.FRN, c.in), c.in)
	}
}

func TestPhoneMask(t *testing.T) {
	mid, last := PhoneMask(PhoneMiddle), PhoneMask(PhoneLast)
	cases := []struct{ in, mid, last string }{
		{"010-1234-5678", "010-****-5678", "010-1234-****"},
		{"01012345678", "010****5678", "0101234****"},
		{"010.1234.5678", "010.****.5678", "010.1234.****"},
		{"010 1234 5678", "010 **** 5678", "010 1234 ****"},
		{"02-123-4567", "02-***-4567", "02-123-****"},
		{"021234567", "02***4567", "02123****"},
		{"02)123-4567", "02)***-4567", "02)123-****"},
		{"(031) 123-4567", "(031) ***-4567", "(031) 123-****"},
		{"0311234567", "031***4567", "031123****"},
		{"+82 10-1234-5678", "+82 10-****-5678", "+82 10-1234-****"},
		{"+821012345678", "+8210****5678", "+82101234****"},
		{"+82 (0)10-1234-5678", "+82 (0)10-****-5678", "+82 (0)10-1234-****"},
		{"+8221234567", "+822***4567", "+822123****"},
		{"+821588 0000", "+821588 ****", "+821588 ****"},
		{"+82 505-123-4567", "+82 505-***-4567", "+82 505-123-****"},
		{"+825051234567", "+82505***4567", "+82505123****"},
		{"010-12345678", "010-****5678", "010-1234****"},
		{"1588-1234", "1588-****", "1588-****"},
		{"15881234", "1588****", "1588****"},
		{"０１０－１２３４－５６７８", "０１０－****－５６７８", "０１０－１２３４－****"},
		{"0505-123-4567", "0505-***-4567", "0505-123-****"},
		{"050512345678", "0505****5678", "05051234****"},
		{"12-34", "**-**", "**-**"},
	}
	for _, c := range cases {
		assert.Equal(t, c.mid, maskWith(mid, patterns.Phone, c.in), c.in)
		assert.Equal(t, c.last, maskWith(last, patterns.Phone, c.in), c.in)
	}
}

func TestEmailMask(t *testing.T) {
	m := EmailMask(2)
	cases := []struct{ in, want string }{
		{"kildong@naver.com", "ki*****@naver.com"},
		{"hong@naver.com", "ho**@naver.com"},
		{"kim@x.kr", "k**@x.kr"},
		{"a@x.kr", "*@x.kr"},
		{"hong.gildong@naver.com", "ho**********@naver.com"},
		{"홍길동@회사.한국", "홍**@회사.한국"},
		{"hong%40naver.com", "ho**%40naver.com"},
		{"hong＠naver.com", "ho**＠naver.com"},
		{"no-separator", "**-*********"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, maskWith(m, patterns.Email, c.in), c.in)
	}
	assert.Equal(t, "********@naver.com", maskWith(EmailMask(0), patterns.Email, "kildong1@naver.com"))
	assert.Equal(t, "kild****@naver.com", maskWith(EmailMask(9), patterns.Email, "kildong1@naver.com"))
	assert.Equal(t, "********@naver.com", maskWith(EmailMask(-3), patterns.Email, "kildong1@naver.com"))
}

func TestAddressMask(t *testing.T) {
	m := AddressMask()
	cases := []struct{ in, want string }{
		{"서울특별시 강남구 테헤란로 123, 101동 1203호", "서울특별시 강남구 테헤란로 ***, ***동 ****호"},
		{"서울특별시 강남구 테헤란로 123", "서울특별시 강남구 테헤란로 ***"},
		{"서울시 종로구 세종대로 209 (세종로)", "서울시 종로구 세종대로 *** (세종로)"},
		{"서울특별시 서초구 강남대로94길 21", "서울특별시 서초구 강남대로94길 **"},
		{"서울시 서초구 서초동 1234-5 번지", "서울시 서초구 서초동 ****-* 번지"},
		{"경기도 광주시 오포읍 신현리 12-3", "경기도 광주시 오포읍 신현리 **-*"},
		{"서울 종로구 종로1가 24", "서울 종로구 종로1가 **"},
		{"06236 서울특별시 강남구 테헤란로 123", "***** 서울특별시 강남구 테헤란로 ***"},
		{"(06236) 서울특별시 강남구 테헤란로 123, B동 1203호", "(*****) 서울특별시 강남구 테헤란로 ***, *동 ****호"},
		{"서울특별시 강남구 테헤란로 123,101동", "서울특별시 강남구 테헤란로 ***,***동"},
		{"서울특별시 강남구 123-4", "서울특별시 강남구 ***-*"},
		{"123 Teheran-ro, Gangnam-gu, Seoul 06236", "*** Teheran-ro, Gangnam-gu, Seoul *****"},
		{"서울특별시 강남구 테헤란로 １２３", "서울특별시 강남구 테헤란로 ***"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, maskWith(m, patterns.Address, c.in), c.in)
	}
}

func TestFullMask(t *testing.T) {
	m := FullMask()
	assert.Equal(t, "***-****-****", maskWith(m, patterns.Phone, "010-1234-5678"))
	assert.Equal(t, "****@*****.***", maskWith(m, patterns.Email, "hong@naver.com"))
	assert.Equal(t, "***** *** **** ***", maskWith(m, patterns.Address, "서울특별시 강남구 테헤란로 123"))
	assert.Equal(t, "***－****", maskWith(m, patterns.Phone, "０１０－１２３４"))
	assert.Equal(t, "*-*", maskWith(m, "X", "\xff-\xfe"), "invalid UTF-8 is hidden")
}

func TestLabelMask(t *testing.T) {
	ko, en := LabelMask(language.Korean), LabelMask(language.English)
	assert.Equal(t, "[주민등록번호]", maskWith(ko, patterns.RRN, "960121-1021413"))
	assert.Equal(t, "[RRN]", maskWith(en, patterns.RRN, "960121-1021413"))
	assert.Equal(t, "[전화번호]", maskWith(LabelMask(language.MustParse("ko-KR")), patterns.Phone, "x"))
	assert.Equal(t, "[EMPLOYEE_ID]", maskWith(ko, "EMPLOYEE_ID", "x"))
	assert.Equal(t, "[REDACTED]", maskWith(en, "", "x"))
}

func TestMaskFunc(t *testing.T) {
	m := MaskFunc(func(k patterns.Kind, v string) string { return "<" + string(k) + ":" + string(rune(len(v)+'0')) + ">" })
	assert.Equal(t, "<PHONE:9>", maskWith(m, patterns.Phone, "1588-1234"))
}

func TestTokenMask(t *testing.T) {
	key := []byte("0123456789abcdef-test-key")
	m, err := TokenMask(key)
	assert.NoError(t, err)
	tok := maskWith(m, patterns.Phone, "010-1234-5678")
	assert.Regexp(t, `^PHONE_[a-z2-7]{8}$`, tok)
	for _, same := range []string{"01012345678", "０１０－１２３４－５６７８", "010.1234.5678", "+82 10-1234-5678", "+82 010-1234-5678", "+821012345678", "010 1234 5678"} {
		assert.Equal(t, tok, maskWith(m, patterns.Phone, same), same)
	}
	assert.NotEqual(t, tok, maskWith(m, patterns.Phone, "010-1234-5679"))
	assert.Equal(t, maskWith(m, patterns.Email, "Hong@Naver.com")[6:], maskWith(m, patterns.Email, "hong%40naver.com")[6:])
	assert.Equal(t, maskWith(m, patterns.RRN, "960121-1021413")[4:], maskWith(m, patterns.RRN, "９６０１２１－１０２１４１３")[4:])

	// A different key gives a different token; the key is copied.
	other, err := TokenMask([]byte("another key of 16+ bytes"))
	assert.NoError(t, err)
	assert.NotEqual(t, tok, maskWith(other, patterns.Phone, "010-1234-5678"))
	key[0] = 'X'
	assert.Equal(t, tok, maskWith(m, patterns.Phone, "010-1234-5678"))

	long, err := TokenMask(key, TokenLength(52))
	assert.NoError(t, err)
	assert.Regexp(t, `^RRN_[a-z2-7]{52}$`, maskWith(long, patterns.RRN, "960121-1021413"))
}

func TestTokenMaskNeedsAKey(t *testing.T) {
	for _, k := range [][]byte{nil, {}, []byte("short")} {
		m, err := TokenMask(k)
		assert.Nil(t, m)
		assert.ErrorIs(t, err, ErrTokenKey)
	}
	_, err := TokenMask([]byte("secret-key-secret-key"), TokenLength(3))
	assert.Error(t, err)
	_, err = TokenMask([]byte("secret-key-secret-key"), TokenLength(53))
	assert.Error(t, err)
	_, err = TokenMask([]byte("shortsecret"))
	assert.NotContains(t, err.Error(), "shortsecret", "the error never shows the key")
}
