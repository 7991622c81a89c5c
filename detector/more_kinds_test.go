package detector_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// All numbers below are synthetic, card networks' published test numbers,
// or public corporate numbers (korean-pii-formats.md §7).

func TestAllKinds(t *testing.T) {
	assert.Equal(t, patterns.Kinds(), detector.AllKinds())
	d := detector.New(detector.WithKinds(detector.AllKinds()...))
	assert.Equal(t, patterns.Kinds(), d.Kinds())
	assert.Len(t, detector.AllKinds(), 12)
	assert.NotContains(t, detector.DefaultKinds(), patterns.Card, "the later kinds stay off by default")
}

func TestFindMoreKinds(t *testing.T) {
	d := detector.New(detector.WithKinds(detector.AllKinds()...))
	cases := []struct {
		name string
		text string
		want []span
	}{
		// PASSPORT: context only.
		{"passport old", "여권번호 M12345678 확인", []span{{patterns.Passport, "M12345678"}}},
		{"passport new with particle", "passport: M123A4567입니다", []span{{patterns.Passport, "M123A4567"}}},
		{"passport G", "관용 여권 G12345678", []span{{patterns.Passport, "G12345678"}}},
		{"passport without context", "part M12345678 qty 3", nil},
		{"passport shape in a part number", "여권 케이스 품번 M12345678", nil},
		{"passport bad type letter", "여권번호 A12345678", nil},
		{"passport glued to letters", "여권번호 SM12345678", nil},

		// DRIVER_LICENSE.
		{"licence dashed", "운전면허 11-22-123456-12", []span{{patterns.DriverLicense, "11-22-123456-12"}}},
		{"licence without context", "id 13-05-123456-78 ok", []span{{patterns.DriverLicense, "13-05-123456-78"}}},
		{"licence name form", "서울 12-345678-90 재발급", []span{{patterns.DriverLicense, "서울 12-345678-90"}}},
		{"licence bare with context", "면허번호 112212345612", []span{{patterns.DriverLicense, "112212345612"}}},
		{"licence bare without context", "id 112212345612", nil},
		{"licence spaces need context", "28 22 123456 12", nil},
		{"licence spaces with context", "면허번호 28 22 123456 12", []span{{patterns.DriverLicense, "28 22 123456 12"}}},
		{"licence region 99", "면허번호 99-22-123456-12", nil},

		// BRN.
		{"brn", "사업자등록번호 124-81-00998", []span{{patterns.BRN, "124-81-00998"}}},
		{"brn without context", "공급자 104-86-56659 (주)", []span{{patterns.BRN, "104-86-56659"}}},
		{"brn bare with context", "사업자번호 2208869974", []span{{patterns.BRN, "2208869974"}}},
		{"brn bare without context", "id 2208869974", nil},
		{"brn bad check digit", "사업자등록번호 104-86-56658", nil},
		{"brn placeholder without context", "123-45-67891", nil},

		// CRN.
		{"crn", "법인등록번호 130111-0006246", []span{{patterns.CRN, "130111-0006246"}}},
		{"crn without context", "등기 110111-2487050 참조", []span{{patterns.CRN, "110111-2487050"}}},
		{"crn bare needs context", "x 1101110414758 y", nil},
		{"crn bare with context", "jurir_no=1101110414758", []span{{patterns.CRN, "1101110414758"}}},

		// CARD.
		{"card grouped", "카드 4111-1111-1111-1111 승인", []span{{patterns.Card, "4111-1111-1111-1111"}}},
		{"card bare", "pan=5555555555554444", []span{{patterns.Card, "5555555555554444"}}},
		{"card amex", "AMEX 3782 822463 10005", []span{{patterns.Card, "3782 822463 10005"}}},
		{"card domestic", "9410-1234-5678-9010", []span{{patterns.Card, "9410-1234-5678-9010"}}},
		{"card domestic luhn fails, context", "카드번호 9410-1234-5678-9012", []span{{patterns.Card, "9410-1234-5678-9012"}}},
		{"card domestic luhn fails, no context", "id 9410-1234-5678-9012", nil},
		{"card luhn fails", "카드번호 4111-1111-1111-1112", nil},
		{"card masked", "카드 4111-11**-****-1111 승인", nil},
		{"card receipt mask", "카드번호 9410-1234-****-9010", nil},
		{"card order id", "주문번호 4111111111111111", nil},

		// BANK_ACCOUNT.
		{"account kakao", "3333-01-1234567로 보내줘", []span{{patterns.BankAccount, "3333-01-1234567"}}},
		{"account with word", "입금계좌 110-123-456789 예금주 홍길동", []span{{patterns.BankAccount, "110-123-456789"}}},
		{"account with bank", "신한 110-123-456789", []span{{patterns.BankAccount, "110-123-456789"}}},
		{"account with 은행", "국민은행 123456-01-123456", []span{{patterns.BankAccount, "123456-01-123456"}}},
		{"account bare with word", "계좌번호: 1002123456789", []span{{patterns.BankAccount, "1002123456789"}}},
		{"account without context", "ref 110-123-456789", nil},
		{"account: 우리 alone is no bank", "우리 110-123-456789", nil},
		{"account parcel", "계좌 안내, 택배 송장 110-123-456789", nil},

		// HEALTH_INSURANCE.
		{"health", "건강보험증 번호 12345678901", []span{{patterns.HealthInsurance, "12345678901"}}},
		{"health without context", "id 12345678901", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := spans(tc.text, d.Find(tc.text))
			if tc.want == nil {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestKindCollisions covers every pair of kinds whose shapes can meet on
// the same digits: validation decides where it can, context where it
// cannot.
func TestKindCollisions(t *testing.T) {
	d := detector.New(detector.WithKinds(detector.AllKinds()...))
	cases := []struct {
		name string
		text string
		want []span
	}{
		// CRN vs RRN.
		{"CRN 1800s shape is a CRN", "130111-0006246", []span{{patterns.CRN, "130111-0006246"}}},
		{"CRN with 7th digit 2 and a corporate word is a CRN", "법인등록번호 110111-2487050", []span{{patterns.CRN, "110111-2487050"}}},
		{"CRN-shaped number without a corporate word stays an RRN", "고객 110111-2487050", []span{{patterns.RRN, "110111-2487050"}}},
		{"RRN whose own check digit holds stays an RRN", "600111-1000032", []span{{patterns.RRN, "600111-1000032"}}},
		{"RRN", "주민번호 960121-1021413", []span{{patterns.RRN, "960121-1021413"}}},
		{"stdnum 1800s number is a CRN", "971013-9019902", []span{{patterns.CRN, "971013-9019902"}}},

		// BRN vs PHONE.
		{"BRN-shaped sequence is neither", "123-45-67890", nil},
		{"landline is a phone", "02-123-4567", []span{{patterns.Phone, "02-123-4567"}}},
		{"BRN is not a phone", "124-81-00998", []span{{patterns.BRN, "124-81-00998"}}},
		{"both on a line", "124-81-00998 02-123-4567", []span{{patterns.BRN, "124-81-00998"}, {patterns.Phone, "02-123-4567"}}},
		{"representative number", "1588-1234", []span{{patterns.Phone, "1588-1234"}}},

		// CARD vs BANK_ACCOUNT (a 14-digit Luhn-valid Diners-prefix number).
		{"14 digits, no context: card", "36945807302157", []span{{patterns.Card, "36945807302157"}}},
		{"14 digits, account word: account", "입금계좌 36945807302157", []span{{patterns.BankAccount, "36945807302157"}}},
		{"14 digits, card word: card", "카드번호 36945807302157", []span{{patterns.Card, "36945807302157"}}},
		{"16 digits next to 계좌 stay a card", "계좌 4111111111111111", []span{{patterns.Card, "4111111111111111"}}},

		// DRIVER_LICENSE vs PHONE.
		{"licence is not a phone", "11-22-123456-12", []span{{patterns.DriverLicense, "11-22-123456-12"}}},
		{"mobile is not a licence", "010-1234-5678", []span{{patterns.Phone, "010-1234-5678"}}},
		{"licence then phone", "면허 21-12-123456-01 연락처 010-1234-5678",
			[]span{{patterns.DriverLicense, "21-12-123456-01"}, {patterns.Phone, "010-1234-5678"}}},

		// PHONE vs BANK_ACCOUNT and HEALTH_INSURANCE.
		{"phone stays a phone near an account word", "입금 문의 031-123-4567", []span{{patterns.Phone, "031-123-4567"}}},
		{"평생계좌 labelled 계좌", "계좌 010-1234-5678", []span{{patterns.BankAccount, "010-1234-5678"}}},
		{"health number labelled 증번호", "증번호 01012345678", []span{{patterns.HealthInsurance, "01012345678"}}},
		{"phone with its own label", "연락처 01012345678", []span{{patterns.Phone, "01012345678"}}},

		// BRN vs BANK_ACCOUNT.
		{"BRN labelled as an account", "입금계좌 124-81-00998", []span{{patterns.BankAccount, "124-81-00998"}}},
		{"BRN with its label", "사업자번호 124-81-00998 입금", []span{{patterns.BRN, "124-81-00998"}}},

		// DRIVER_LICENSE vs BANK_ACCOUNT vs HEALTH (bare, context only).
		{"bare 12 digits, licence word", "면허번호 112212345612", []span{{patterns.DriverLicense, "112212345612"}}},
		{"bare 12 digits, account word", "계좌번호 112212345612", []span{{patterns.BankAccount, "112212345612"}}},
		{"bare 11 digits, nearer word wins", "계좌 정보와 함께 보낸 증번호 12345678901", []span{{patterns.HealthInsurance, "12345678901"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := spans(tc.text, d.Find(tc.text))
			if tc.want == nil {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestDefaultKindsIgnoreMoreKinds: with DefaultKinds the later kinds are
// not reported and do not change what the mission kinds report.
func TestDefaultKindsIgnoreMoreKinds(t *testing.T) {
	def := detector.New()
	all := detector.New(detector.WithKinds(detector.AllKinds()...))
	for _, text := range []string{
		"카드 4111-1111-1111-1111", "사업자등록번호 124-81-00998", "운전면허 11-22-123456-12", "여권번호 M12345678",
		"3333-01-1234567", "건강보험증 번호 12345678901", "법인등록번호 130111-0006246",
	} {
		assert.Empty(t, def.Find(text), text)
		assert.NotEmpty(t, all.Find(text), text)
	}
	text := "주민번호 960121-1021413 연락처 010-1234-5678 메일 hong@naver.com"
	assert.Equal(t, spans(text, def.Find(text)), spans(text, all.Find(text)))
}

func TestMoreKindsFieldNames(t *testing.T) {
	d := detector.New(detector.WithKinds(detector.AllKinds()...))
	for _, tc := range []struct {
		field, value string
		want         patterns.Kind
	}{
		{"passport_no", "M12345678", patterns.Passport},
		{"passportNo", "M123A4567", patterns.Passport},
		{"card_no", "9410123456789012", patterns.Card},
		{"bank_account", "110123456789", patterns.BankAccount},
		{"계좌번호", "110-123-456789", patterns.BankAccount},
		{"bizno", "2208869974", patterns.BRN},
		{"dl_no", "112212345612", patterns.DriverLicense},
		{"건강보험증번호", "12345678901", patterns.HealthInsurance},
	} {
		fs := d.FindField(tc.field, tc.value)
		require.Len(t, fs, 1, "%s=%s", tc.field, tc.value)
		assert.Equal(t, tc.want, fs[0].Kind, tc.field)
		assert.Contains(t, fs[0].Explain(), tc.field)
	}
	assert.Contains(t, detector.FieldKinds("card_number"), patterns.Card)
	assert.Empty(t, d.FindField("account_id", "110123456789"), "account_id is a user account, not a bank account")
}

func TestMoreKindsConfidence(t *testing.T) {
	d := detector.New(detector.WithKinds(detector.AllKinds()...), detector.WithMinConfidence(detector.Low))
	for _, tc := range []struct {
		text string
		want detector.Confidence
	}{
		{"4111-1111-1111-1111", detector.High},
		{"4111111111111111", detector.Medium},
		{"카드번호 4111111111111111", detector.High},
		{"124-81-00998", detector.Medium},
		{"사업자등록번호 124-81-00998", detector.High},
		{"220 88 69974", detector.Low},
		{"123-45-67891", detector.Low},
		{"11-22-123456-12", detector.Medium},
		{"28 22 123456 12", detector.Low},
		{"3333-01-1234567", detector.Medium},
		{"여권 M12345678", detector.Medium},
		{"130111-0006246", detector.Medium},
		{"1301110006246", detector.Low},
	} {
		fs := d.Find(tc.text)
		require.Len(t, fs, 1, tc.text)
		assert.Equal(t, tc.want, fs[0].Confidence, tc.text)
	}
}

func TestMoreKindsReasons(t *testing.T) {
	d := detector.New(detector.WithKinds(detector.AllKinds()...))
	fs := d.Find("카드번호 9410-1234-5678-9012")
	require.Len(t, fs, 1)
	why := fs[0].Explain()
	assert.Contains(t, why, "Luhn")
	assert.Contains(t, why, "Korean domestic")
	assert.NotContains(t, why, "2020-10")
	fs = d.Find("사업자등록번호 124-81-00998")
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Explain(), "NTS check digit")
}

// TestMoreKindsOffsets: full-width digits and dash look-alikes are folded
// for the later kinds too, and offsets slice the caller's input.
func TestMoreKindsOffsets(t *testing.T) {
	d := detector.New(detector.WithKinds(detector.AllKinds()...))
	for _, text := range []string{
		"카드 ４１１１－１１１１－１１１１－１１１１", "사업자 124–81–00998", "면허 11―22―123456―12", "여권 Ｍ１２３４５６７８",
	} {
		fs := d.Find(text)
		require.Len(t, fs, 1, text)
		v := text[fs[0].Start:fs[0].End]
		assert.False(t, strings.HasPrefix(v, " "), text)
		assert.NotContains(t, v, "카드")
	}
}

func TestMoreKindsAllocs(t *testing.T) {
	d := detector.New(detector.WithKinds(detector.AllKinds()...))
	clean := []byte(`2026-11-23T05:23:45.123Z INFO GET /api/v1/orders/123456?page=2 200 5123 dur=532ms trace=4bf92f3577b34da6 ts=1794384248366`)
	assert.Zero(t, testing.AllocsPerRun(100, func() { d.FindBytes(clean) }))
}

func TestCRNTimestampLookalike(t *testing.T) {
	d := detector.New(detector.WithKinds(detector.AllKinds()...))
	// 240315-2359599 satisfies the CRN rules; next to the same date it is a
	// yyMMdd-HHmmssS timestamp.
	assert.Empty(t, d.Find("2024-03-15 23:59:59 job=240315-2359599 done"))
	assert.Empty(t, d.Find("started_at=240315-2359599"))
	assert.Len(t, d.Find("법인등록번호 240315-2359599"), 1)
}

func FuzzFindAllKinds(f *testing.F) {
	for _, s := range []string{
		"여권번호 M123A4567", "서울 12-345678-90", "사업자 124-81-00998", "카드 4111-1111-1111-1111", "4111-11**-****-1111",
		"입금계좌 110-123-456789", "증번호 12345678901", "계좌 010-1234-5678", "법인등록번호 130111-0006246",
		"카드 ４１１１－１１１１－１１１１－１１１１", "\xff면허 11-22-123456-12",
	} {
		f.Add([]byte(s))
	}
	d := detector.New(detector.WithKinds(detector.AllKinds()...), detector.WithMinConfidence(detector.Low))
	f.Fuzz(func(t *testing.T, b []byte) {
		fs := d.FindBytes(b)
		prevEnd := 0
		for _, fd := range fs {
			if fd.Start < prevEnd || fd.Start >= fd.End || fd.End > len(b) {
				t.Fatalf("finding %v out of order or range (len %d, previous end %d)", fd, len(b), prevEnd)
			}
			if utf8.Valid(b) && (!utf8.RuneStart(b[fd.Start]) || fd.End < len(b) && !utf8.RuneStart(b[fd.End])) {
				t.Fatalf("finding %v not on UTF-8 boundaries", fd)
			}
			prevEnd = fd.End
		}
		assert.Equal(t, fs, d.Find(string(b)))
	})
}

func ExampleAllKinds() {
	d := detector.New(detector.WithKinds(detector.AllKinds()...))
	text := "사업자등록번호 124-81-00998, 카드 4111-1111-1111-1111, 연락처 010-1234-5678"
	for _, f := range d.Find(text) {
		fmt.Println(f.Kind, text[f.Start:f.End], f.Confidence)
	}
	// Output:
	// BRN 124-81-00998 high
	// CARD 4111-1111-1111-1111 high
	// PHONE 010-1234-5678 high
}
