package patterns_test

import (
	"errors"
	"fmt"

	"github.com/kpii/kpii/patterns"
)

// All numbers below are synthetic.

func ExampleCompactPhone() {
	fmt.Println(patterns.CompactPhone("010-1234-5678"))
	fmt.Println(patterns.CompactPhone("+82 10-1234-5678"))
	fmt.Println(patterns.CompactPhone("０２)１２３－４５６７"))
	fmt.Println(patterns.CompactPhone("1588-1234"))
	// Output:
	// 01012345678
	// 01012345678
	// 021234567
	// 15881234
}

func ExampleValidatePhone() {
	fmt.Println(patterns.ValidatePhone("010-1234-5678"))
	fmt.Println(patterns.ValidatePhone("070-123-4567"))
	err := patterns.ValidatePhone("049-123-4567")
	fmt.Println(err)
	fmt.Println(errors.Is(err, patterns.ErrComponent))
	// Output:
	// <nil>
	// kpii: invalid PHONE: length: too few digits for the prefix
	// kpii: invalid PHONE: component: prefix not in the numbering plan
	// true
}

func ExampleIsValidPhone() {
	for _, s := range []string{"02-123-4567", "(031) 123-4567", "+82 (0)10 1234 5678", "02-0123-4567", "1234-5678", "112"} {
		fmt.Println(s, patterns.IsValidPhone(s))
	}
	// Output:
	// 02-123-4567 true
	// (031) 123-4567 true
	// +82 (0)10 1234 5678 true
	// 02-0123-4567 false
	// 1234-5678 false
	// 112 false
}

func ExampleFormatPhone() {
	for _, s := range []string{"01012345678", "021234567", "+82 31 1234 5678", "05051234567", "15881234", "0801234567"} {
		f, err := patterns.FormatPhone(s)
		fmt.Println(f, err)
	}
	// Output:
	// 010-1234-5678 <nil>
	// 02-123-4567 <nil>
	// 031-1234-5678 <nil>
	// 0505-123-4567 <nil>
	// 1588-1234 <nil>
	// 080-123-4567 <nil>
}

func ExampleParsePhone() {
	info, err := patterns.ParsePhone("+82 2-123-4567")
	if err != nil {
		fmt.Println(err)
		return
	}
	region, _ := info.Region()
	fmt.Println(info.Type(), region.Korean(), region.English())
	fmt.Println(info.National())
	fmt.Println(info.International())
	fmt.Println(info.E164())
	// Output:
	// landline 서울 Seoul
	// 02-123-4567
	// +82 2-123-4567
	// +8221234567
}

func ExamplePhoneInfo_Type() {
	for _, s := range []string{"010-1234-5678", "070-1234-5678", "0505-123-4567", "080-123-4567", "060-700-1234", "1588-1234", "015-123-4567"} {
		info, _ := patterns.ParsePhone(s)
		fmt.Println(s, info.Type())
	}
	// Output:
	// 010-1234-5678 mobile
	// 070-1234-5678 voip
	// 0505-123-4567 personal
	// 080-123-4567 toll-free
	// 060-700-1234 premium-rate
	// 1588-1234 representative
	// 015-123-4567 pager
}

func ExamplePhoneInfo_Digits() {
	info, _ := patterns.ParsePhone("+82 (0)10-1234-5678")
	fmt.Println(info.Digits())
	// Output: 01012345678
}

func ExamplePhoneInfo_Prefix() {
	for _, s := range []string{"010-1234-5678", "02-123-4567", "0505-123-4567", "1588-1234"} {
		info, _ := patterns.ParsePhone(s)
		fmt.Println(info.Prefix())
	}
	// Output:
	// 010
	// 02
	// 0505
	// 1588
}

func ExamplePhoneInfo_Region() {
	for _, s := range []string{"064-712-3456", "010-1234-5678"} {
		info, _ := patterns.ParsePhone(s)
		region, ok := info.Region()
		fmt.Println(s, ok, region)
	}
	// Output:
	// 064-712-3456 true Jeju
	// 010-1234-5678 false none
}

func ExamplePhoneInfo_Legacy() {
	for _, s := range []string{"010-1234-5678", "011-123-4567", "010-123-4567"} {
		info, _ := patterns.ParsePhone(s)
		fmt.Println(s, info.Legacy())
	}
	// Output:
	// 010-1234-5678 false
	// 011-123-4567 true
	// 010-123-4567 true
}

func ExamplePhoneInfo_National() {
	info, _ := patterns.ParsePhone("+82 505 123 4567")
	fmt.Println(info.National())
	// Output: 0505-123-4567
}

func ExamplePhoneInfo_International() {
	for _, s := range []string{"010-1234-5678", "02-123-4567", "1588-1234"} {
		info, _ := patterns.ParsePhone(s)
		fmt.Println(info.International())
	}
	// Output:
	// +82 10-1234-5678
	// +82 2-123-4567
	// +82 1588-1234
}

func ExamplePhoneInfo_E164() {
	info, _ := patterns.ParsePhone("010-1234-5678")
	fmt.Println(info.E164())
	// Output: +821012345678
}

func ExamplePhoneInfo_String() {
	info, _ := patterns.ParsePhone("02-123-4567")
	fmt.Println(info) // never prints the digits
	// Output: PhoneInfo(landline, Seoul)
}

func ExamplePhoneInfo_GoString() {
	info, _ := patterns.ParsePhone("010-1234-5678")
	fmt.Printf("%#v\n", info)
	// Output: PhoneInfo(mobile)
}

func ExamplePhoneType_String() {
	fmt.Println(patterns.PhoneMobile, patterns.PhoneRepresentative, patterns.PhoneAreaShortCode)
	// Output: mobile representative area-short-code
}

func ExamplePhoneType_KoreanName() {
	fmt.Println(patterns.PhoneMobile.KoreanName(), patterns.PhoneRepresentative.KoreanName())
	// Output: 휴대전화 전국대표번호
}

func ExamplePhoneRegion_Korean() {
	info, _ := patterns.ParsePhone("031-123-4567")
	region, _ := info.Region()
	fmt.Println(region.Korean())
	// Output: 경기
}

func ExamplePhoneRegion_English() {
	info, _ := patterns.ParsePhone("044-123-4567")
	region, _ := info.Region()
	fmt.Println(region.English())
	// Output: Sejong City
}

func ExamplePhoneRegion_OfficialName() {
	info, _ := patterns.ParsePhone("033-123-4567")
	region, _ := info.Region()
	fmt.Println(region.OfficialName())
	// Output: 강원특별자치도
}

func ExamplePhoneRegion_AreaCode() {
	info, _ := patterns.ParsePhone("+82 51 123 4567")
	region, _ := info.Region()
	fmt.Println(region.AreaCode(), region.Korean())
	// Output: 051 부산
}

func ExamplePhoneRegion_String() {
	info, _ := patterns.ParsePhone("02-123-4567")
	region, _ := info.Region()
	fmt.Println(region)
	// Output: Seoul
}
