package redact_test

import (
	"fmt"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/kpii/kpii/redact"
)

func ExampleDigitMask() {
	card := redact.DigitMask(6, 4)
	fmt.Printf("%s\n", card.AppendMask(nil, patterns.Card, []byte("4111-1111-1111-1111")))
	account := redact.DigitMask(0, 4)
	fmt.Printf("%s\n", account.AppendMask(nil, patterns.BankAccount, []byte("110-123-456789")))
	// Output:
	// 4111-11**-****-1111
	// ***-***-**6789
}

func ExampleDriverLicenseMask() {
	m := redact.DriverLicenseMask()
	fmt.Printf("%s\n", m.AppendMask(nil, patterns.DriverLicense, []byte("11-22-123456-78")))
	fmt.Printf("%s\n", m.AppendMask(nil, patterns.DriverLicense, []byte("서울 12-345678-90")))
	// Output:
	// 11-22-******-78
	// 서울 12-******-90
}

func ExamplePassportMask() {
	fmt.Printf("%s\n", redact.PassportMask().AppendMask(nil, patterns.Passport, []byte("M123A4567")))
	// Output: M*****567
}

func ExampleKoreanPolicy_moreKinds() {
	r := redact.New(detector.New(detector.WithKinds(detector.AllKinds()...)))
	fmt.Println(r.String("카드 4111-1111-1111-1111, 사업자 124-81-00998, 여권번호 M12345678"))
	// Output: 카드 4111-11**-****-1111, 사업자 124-81-***98, 여권번호 M*****678
}
