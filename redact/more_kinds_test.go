package redact

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
)

// All numbers below are synthetic, card networks' test numbers or public
// corporate numbers (korean-pii-formats.md §7).

func TestKoreanPolicyMoreKinds(t *testing.T) {
	p := KoreanPolicy()
	for _, tc := range []struct {
		kind patterns.Kind
		in   string
		want string
	}{
		{patterns.Card, "4111-1111-1111-1111", "4111-11**-****-1111"},
		{patterns.Card, "4111 1111 1111 1111", "4111 11** **** 1111"},
		{patterns.Card, "4111111111111111", "411111******1111"},
		{patterns.Card, "3782 822463 10005", "3782 82**** *0005"},
		{patterns.Card, "30569309025904", "305693****5904"},
		{patterns.Card, "４１１１－１１１１－１１１１－１１１１", "４１１１－１１**－****－１１１１"},
		{patterns.BankAccount, "110-123-456789", "***-***-**6789"},
		{patterns.BankAccount, "3333-01-1234567", "****-**-***4567"},
		{patterns.BankAccount, "1002123456789", "*********6789"},
		{patterns.DriverLicense, "11-22-123456-78", "11-22-******-78"},
		{patterns.DriverLicense, "112212345678", "1122******78"},
		{patterns.DriverLicense, "서울 12-345678-90", "서울 12-******-90"},
		{patterns.DriverLicense, "28 22 123456 12", "28 22 ****** 12"},
		{patterns.BRN, "124-81-00998", "124-81-***98"},
		{patterns.BRN, "1248100998", "12481***98"},
		{patterns.CRN, "130111-0006246", "130111-*******"},
		{patterns.CRN, "1101110414758", "110111*******"},
		{patterns.Passport, "M12345678", "M*****678"},
		{patterns.Passport, "M123A4567", "M*****567"},
		{patterns.Passport, "Ｍ１２３Ａ４５６７", "Ｍ*****５６７"},
		{patterns.HealthInsurance, "12345678901", "***********"},
	} {
		got := string(p.Masker(tc.kind).AppendMask(nil, tc.kind, []byte(tc.in)))
		assert.Equal(t, tc.want, got, "%s %s", tc.kind, tc.in)
	}
}

func TestDigitMask(t *testing.T) {
	for _, tc := range []struct {
		first, last int
		in, want    string
	}{
		{6, 4, "4111-1111-1111-1111", "4111-11**-****-1111"},
		{6, 4, "1234567890", "123***7890"}, // three hidden at least
		{6, 4, "12345678", "1***5678"},     // the leading part shrinks first
		{6, 4, "123456", "******"},         // six digits or fewer: all hidden
		{0, 4, "110-123-456789", "***-***-**6789"},
		{-1, -1, "12-34", "**-**"},
		{2, 2, "AB12345678", "**12****78"}, // letters are hidden
	} {
		got := string(DigitMask(tc.first, tc.last).AppendMask(nil, patterns.Card, []byte(tc.in)))
		assert.Equal(t, tc.want, got, "%d,%d %s", tc.first, tc.last, tc.in)
	}
}

func TestPassportAndLicenceMasksOddValues(t *testing.T) {
	for in, want := range map[string]string{
		"M12":       "***",
		"M1234":     "M****",
		"M12-34567": "M**-**567",
	} {
		assert.Equal(t, want, string(PassportMask().AppendMask(nil, patterns.Passport, []byte(in))), in)
	}
	for in, want := range map[string]string{
		"1234567":          "*******",
		"서울특별시 1234567890": "서울특별시 12******90", // a Hangul prefix stays only before a 10-digit value
		"가 112212345678":   "* 1122******78",
	} {
		assert.Equal(t, want, string(DriverLicenseMask().AppendMask(nil, patterns.DriverLicense, []byte(in))), in)
	}
}

// TestRedactAllKinds redacts a line with every kind on: every value is
// masked by its kind's Korean mask, the rest is untouched, and the masked
// output is not found again (masked cards, licences and accounts are not
// findings).
func TestRedactAllKinds(t *testing.T) {
	r := New(detector.New(detector.WithKinds(detector.AllKinds()...)))
	in := "카드 4111-1111-1111-1111, 입금계좌 110-123-456789, 면허 11-22-123456-78, 사업자 124-81-00998, " +
		"법인 130111-0006246, 여권번호 M123A4567, 증번호 12345678901, 주민번호 960121-1021413, 연락처 010-1234-5678"
	want := "카드 4111-11**-****-1111, 입금계좌 ***-***-**6789, 면허 11-22-******-78, 사업자 124-81-***98, " +
		"법인 130111-*******, 여권번호 M*****567, 증번호 ***********, 주민번호 960121-1******, 연락처 010-****-5678"
	out := r.String(in)
	assert.Equal(t, want, out)
	assert.Equal(t, out, r.String(out), "idempotent")
	assert.Empty(t, r.d.Find(out))
}

func TestInvariantsAllKinds(t *testing.T) {
	d := detector.New(detector.WithKinds(detector.AllKinds()...), detector.WithMinConfidence(detector.Low))
	sets := []invariantSet{
		{"korean-all", New(d), true},
		{"full-all", New(d, WithPolicy(MaskAll(FullMask()))), true},
	}
	values := []string{
		"4111-1111-1111-1111", "5555555555554444", "3782 822463 10005", "9410-1234-5678-9012", "4111-11**-****-1111",
		"110-123-456789", "3333-01-1234567", "1002123456789", "11-22-123456-78", "서울 12-345678-90", "112212345612",
		"124-81-00998", "2208869974", "130111-0006246", "1101110414758", "M12345678", "M123A4567", "12345678901",
	}
	words := []string{"카드", "계좌", "입금", "면허", "사업자", "법인등록번호", "여권", "증번호", "주문번호", "id", ""}
	rng := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 300; i++ {
		var b strings.Builder
		for n := 1 + rng.IntN(4); n > 0; n-- {
			l, _ := genLine(rng)
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(" ")
			b.WriteString(values[rng.IntN(len(values))])
			b.WriteString("로 ")
			if rng.IntN(2) == 0 {
				l = mutate(rng, l)
			}
			b.WriteString(l)
		}
		for _, set := range sets {
			checkInvariants(t, set, []byte(b.String()))
		}
	}
}
