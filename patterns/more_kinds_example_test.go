package patterns_test

import (
	"errors"
	"fmt"

	"github.com/kpii/kpii/patterns"
)

// All numbers below are synthetic, published test values (card networks'
// test PANs) or public corporate numbers (korean-pii-formats.md §7); none
// belongs to a person.

func ExampleCompactPassport() {
	fmt.Println(patterns.CompactPassport(" ｍ１２３ａ４５６７ "))
	// Output: M123A4567
}

func ExampleValidatePassport() {
	for _, s := range []string{"M12345678", "M123A4567", "A123B4567", "M123-A4567", "M1234567"} {
		fmt.Println(patterns.ValidatePassport(s))
	}
	// Output:
	// <nil>
	// <nil>
	// kpii: invalid PASSPORT: component: type letter is not M, S, R, D, O or G
	// kpii: invalid PASSPORT: format: character other than a letter or a digit
	// kpii: invalid PASSPORT: length: not nine characters
}

func ExampleIsValidPassport() {
	fmt.Println(patterns.IsValidPassport("G12345678"), patterns.IsValidPassport("M1234A567"))
	// Output: true false
}

func ExampleFormatPassport() {
	s, err := patterns.FormatPassport("m123a4567")
	fmt.Println(s, err)
	// Output: M123A4567 <nil>
}

func ExampleParsePassport() {
	info, err := patterns.ParsePassport("M123A4567")
	fmt.Println(info.Type, info.Type.KoreanName(), info.NextGeneration, err)
	// Output: multiple 복수여권 true <nil>
}

func ExampleMatchPassport() {
	text := []byte("여권번호: M123A4567입니다")
	m, ok := patterns.MatchPassport(text, 14)
	fmt.Println(ok, string(text[m.Start:m.End]), m.Evidence)
	// Output: true M123A4567 canonical shape, needs context
}

func ExampleIsPassportTypeLetter() {
	fmt.Println(patterns.IsPassportTypeLetter('M'), patterns.IsPassportTypeLetter('A'))
	// Output: true false
}

func ExampleCompactDriverLicense() {
	fmt.Println(patterns.CompactDriverLicense("11-22-123456-12"))
	fmt.Println(patterns.CompactDriverLicense("서울 12-345678-90"))
	// Output:
	// 112212345612
	// 서울1234567890
}

func ExampleValidateDriverLicense() {
	for _, s := range []string{"11-22-123456-12", "서울 12-345678-90", "99-22-123456-12", "11-22-12345-12"} {
		fmt.Println(patterns.ValidateDriverLicense(s))
	}
	// Output:
	// <nil>
	// <nil>
	// kpii: invalid DRIVER_LICENSE: component: region code not in the table
	// kpii: invalid DRIVER_LICENSE: length: not twelve digits, or ten after a region name
}

func ExampleIsValidDriverLicense() {
	fmt.Println(patterns.IsValidDriverLicense("28 22 123456 12"), patterns.IsValidDriverLicense("27-22-123456-12"))
	// Output: true false
}

func ExampleFormatDriverLicense() {
	s, _ := patterns.FormatDriverLicense("112212345612")
	fmt.Println(s)
	s, _ = patterns.FormatDriverLicense("부산1234567890")
	fmt.Println(s)
	// Output:
	// 11-22-123456-12
	// 부산 12-345678-90
}

func ExampleParseDriverLicense() {
	info, _ := patterns.ParseDriverLicense("13-05-123456-78")
	fmt.Println(info.RegionCode, info.Region, info.Year, info.NameForm)
	info, _ = patterns.ParseDriverLicense("서울 12-345678-90")
	fmt.Println(info.RegionCode, info.Region, info.Year, info.NameForm)
	// Output:
	// 13 경기남부 5 false
	// 11 서울 12 true
}

func ExampleMatchDriverLicense() {
	text := []byte("면허: 서울 12-345678-90")
	m, ok := patterns.MatchDriverLicense(text, 15) // the first digit
	fmt.Println(ok, string(text[m.Start:m.End]), m.Evidence)
	// Output: true 서울 12-345678-90 canonical shape
}

func ExampleCompactBRN() {
	fmt.Println(patterns.CompactBRN("124-81-00998"))
	// Output: 1248100998
}

func ExampleValidateBRN() {
	for _, s := range []string{"124-81-00998", "123-45-67890", "100-86-08983", "110-81-4127"} {
		err := patterns.ValidateBRN(s)
		fmt.Println(err, errors.Is(err, patterns.ErrChecksum))
	}
	// Output:
	// <nil> false
	// kpii: invalid BRN: checksum: check digit does not hold true
	// kpii: invalid BRN: component: office code below one hundred and one false
	// kpii: invalid BRN: length: not ten digits false
}

func ExampleIsValidBRN() {
	fmt.Println(patterns.IsValidBRN("2208869974"), patterns.IsValidBRN("104-86-56658"))
	// Output: true false
}

func ExampleFormatBRN() {
	s, err := patterns.FormatBRN("1248100998")
	fmt.Println(s, err)
	// Output: 124-81-00998 <nil>
}

func ExampleParseBRN() {
	info, _ := patterns.ParseBRN("124-81-00998")
	fmt.Println(info.OfficeCode, info.TypeCode, info.Type, info.Type.KoreanName(), info.Type.Corporate())
	// Output: 124 81 corporation 영리법인 본점 true
}

func ExampleMatchBRN() {
	text := []byte("사업자등록번호 124-81-00998")
	m, ok := patterns.MatchBRN(text, 22)
	fmt.Println(ok, string(text[m.Start:m.End]), m.Evidence)
	// Output: true 124-81-00998 checksum ok, canonical shape
}

func ExampleCompactCard() {
	fmt.Println(patterns.CompactCard("4111 1111 1111 1111"))
	// Output: 4111111111111111
}

func ExampleValidateCard() {
	for _, s := range []string{"4111 1111 1111 1111", "9410-1234-5678-9010", "4111 1111 1111 1112", "1234-5678-9012-3456", "4111-11**-****-1111"} {
		fmt.Println(patterns.ValidateCard(s))
	}
	// Output:
	// <nil>
	// <nil>
	// kpii: invalid CARD: checksum: Luhn check digit does not hold
	// kpii: invalid CARD: component: issuer prefix not assigned to a card network
	// kpii: invalid CARD: format: masked digits: the number is already redacted
}

func ExampleIsValidCard() {
	fmt.Println(patterns.IsValidCard("378282246310005"), patterns.IsValidCard("4111-1111-1111"))
	// Output: true false
}

func ExampleFormatCard() {
	for _, s := range []string{"4111111111111111", "378282246310005"} {
		f, _ := patterns.FormatCard(s)
		fmt.Println(f)
	}
	// Output:
	// 4111-1111-1111-1111
	// 3782-822463-10005
}

func ExampleParseCard() {
	info, _ := patterns.ParseCard("9410-1234-5678-9010")
	fmt.Println(info.Network, info.BIN, info.Length, info.Domestic())
	// Output: domestic 941012 16 true
}

func ExampleIsMaskedCard() {
	fmt.Println(patterns.IsMaskedCard("4111-11**-****-1111"), patterns.IsMaskedCard("4111-1111-1111-1111"))
	// Output: true false
}

func ExampleMatchCard() {
	text := []byte("카드 4111-1111-1111-1111, 4111-11**-****-1111")
	m, ok := patterns.MatchCard(text, 7)
	fmt.Println(ok, string(text[m.Start:m.End]), m.Evidence)
	_, ok = patterns.MatchCard(text, 28) // the masked one
	fmt.Println(ok)
	// Output:
	// true 4111-1111-1111-1111 checksum ok, canonical shape, strong structure
	// false
}

func ExampleCompactBankAccount() {
	fmt.Println(patterns.CompactBankAccount("110-123-456789"))
	// Output: 110123456789
}

func ExampleValidateBankAccount() {
	fmt.Println(patterns.ValidateBankAccount("110-123-456789"))
	fmt.Println(patterns.ValidateBankAccount("123-456-789"))
	// Output:
	// <nil>
	// kpii: invalid BANK_ACCOUNT: length: not ten to fourteen digits
}

func ExampleIsValidBankAccount() {
	fmt.Println(patterns.IsValidBankAccount("3333-01-1234567"))
	// Output: true
}

func ExampleParseBankAccount() {
	info, _ := patterns.ParseBankAccount("3333-01-1234567")
	fmt.Println(info.Bank, info.Product, info.Length)
	// Output: 카카오뱅크 입출금 13
}

func ExampleMatchBankAccount() {
	text := []byte("입금계좌 110-123-456789")
	m, ok := patterns.MatchBankAccount(text, 13)
	fmt.Println(ok, string(text[m.Start:m.End]), m.Evidence)
	// Output: true 110-123-456789 canonical shape, needs context
}

func ExampleCompactHealthInsurance() {
	fmt.Println(patterns.CompactHealthInsurance("1-2345678901"))
	// Output: 12345678901
}

func ExampleValidateHealthInsurance() {
	fmt.Println(patterns.ValidateHealthInsurance("12345678901"))
	fmt.Println(patterns.ValidateHealthInsurance("1234567890"))
	// Output:
	// <nil>
	// kpii: invalid HEALTH_INSURANCE: length: not eleven digits
}

func ExampleIsValidHealthInsurance() {
	fmt.Println(patterns.IsValidHealthInsurance("12345678901"))
	// Output: true
}

func ExampleMatchHealthInsurance() {
	text := []byte("증번호 12345678901")
	m, ok := patterns.MatchHealthInsurance(text, 10)
	fmt.Println(ok, string(text[m.Start:m.End]), m.Evidence)
	// Output: true 12345678901 bare digits, weak structure, needs context
}

func ExamplePassportType_String() {
	fmt.Println(patterns.PassportDiplomatic, patterns.PassportDiplomatic.KoreanName())
	// Output: diplomatic 외교관여권
}

func ExampleBRNType_String() {
	fmt.Println(patterns.BRNNonProfit, patterns.BRNNonProfit.KoreanName(), patterns.BRNNonProfit.Corporate())
	// Output: non-profit 비영리법인 true
}

func ExampleCardNetwork_String() {
	fmt.Println(patterns.CardMastercard)
	// Output: mastercard
}
