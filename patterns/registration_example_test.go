package patterns_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/kpii/kpii/patterns"
)

// All numbers below are synthetic or published test values
// (korean-pii-formats.md §2.8, §3.3, §7.4); none belongs to a person.

func ExampleCompactRRN() {
	fmt.Println(patterns.CompactRRN("960121-1021413"))
	fmt.Println(patterns.CompactRRN("９６０１２１－１０２１４１３"))   // full-width digits and dash
	fmt.Println(patterns.CompactRRN("960121 – 1021413")) // en dash and spaces
	fmt.Println(patterns.CompactRRN("960121+1021413"))   // '+' is kept: Validate reports it
	// Output:
	// 9601211021413
	// 9601211021413
	// 9601211021413
	// 960121+1021413
}

func ExampleValidateRRN() {
	ref := patterns.WithReferenceDate(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	for _, s := range []string{
		"960121-1021413", // valid, check digit holds
		"210315-3847261", // valid: issued after 2020-10, random tail
		"960230-1021413", // 30 February
		"760413-5212134", // a foreigner registration number
		"971013-9019902", // 1800s number with a valid CRN shape
		"960121+1021413",
	} {
		err := patterns.ValidateRRN(s, ref)
		fmt.Println(err, errors.Is(err, patterns.ErrDate))
	}
	// Output:
	// <nil> false
	// <nil> false
	// kpii: invalid RRN: date: birth day does not exist in that month true
	// kpii: invalid RRN: component: foreigner registration number (seventh digit five to eight); use FRN false
	// kpii: invalid RRN: component: corporate registration number shape: nineteenth-century code with a valid CRN type code and check digit false
	// kpii: invalid RRN: format: character other than a digit or a separator false
}

func ExampleIsValidRRN() {
	fmt.Println(patterns.IsValidRRN("9601211021413"))
	fmt.Println(patterns.IsValidRRN("123456-1234567")) // month 34
	// Output:
	// true
	// false
}

func ExampleFormatRRN() {
	s, err := patterns.FormatRRN("９６０１２１ １０２１４１３")
	fmt.Println(s, err)
	_, err = patterns.FormatRRN("960121-102141")
	fmt.Println(err)
	// Output:
	// 960121-1021413 <nil>
	// kpii: invalid RRN: length: not thirteen digits
}

func ExampleParseRRN() {
	info, err := patterns.ParseRRN("000229-3012345")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(info.Kind, info.BirthDate.Format("2006-01-02"), info.Century, info.Sex, info.ChecksumValid)
	// Output:
	// RRN 2000-02-29 2000 male true
}

func ExampleCompactFRN() {
	fmt.Println(patterns.CompactFRN("911124–5678906"))
	// Output:
	// 9111245678906
}

func ExampleValidateFRN() {
	fmt.Println(patterns.ValidateFRN("911124-5678906")) // +2 variant holds
	fmt.Println(patterns.ValidateFRN("911124-5678901")) // neither variant: still valid
	fmt.Println(patterns.ValidateFRN("911124-5678901", patterns.WithStrictChecksum()))
	fmt.Println(patterns.ValidateFRN("990101-4123456")) // a Korean national's number
	// Output:
	// <nil>
	// <nil>
	// kpii: invalid FRN: checksum: check digit does not hold
	// kpii: invalid FRN: component: not a foreigner registration number (seventh digit must be five to eight)
}

func ExampleIsValidFRN() {
	fmt.Println(patterns.IsValidFRN("850101-5000005"))
	fmt.Println(patterns.IsValidFRN("800230-5123456")) // 30 February
	// Output:
	// true
	// false
}

func ExampleFormatFRN() {
	s, err := patterns.FormatFRN("9111245678906")
	fmt.Println(s, err)
	// Output:
	// 911124-5678906 <nil>
}

func ExampleParseFRN() {
	for _, s := range []string{"911124-5678906", "920202-6000003", "881212-5134560"} {
		info, err := patterns.ParseFRN(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(info.Kind, info.BirthDate.Format("2006-01-02"), info.Sex, info.Foreign, info.Checksum)
	}
	// Output:
	// FRN 1991-11-24 male true FRN +2 formula
	// FRN 1992-02-02 female true RRN formula
	// FRN 1988-12-12 male true none
}

func ExampleCompactCRN() {
	fmt.Println(patterns.CompactCRN("１３０１１１－０００６２４６"))
	// Output:
	// 1301110006246
}

func ExampleValidateCRN() {
	fmt.Println(patterns.ValidateCRN("130111-0006246"))
	fmt.Println(patterns.ValidateCRN("130111-0006245"))
	fmt.Println(patterns.ValidateCRN("130199-0006242"))
	// Output:
	// <nil>
	// kpii: invalid CRN: checksum: check digit does not hold
	// kpii: invalid CRN: component: corporation type code not in the registry table
}

func ExampleIsValidCRN() {
	fmt.Println(patterns.IsValidCRN("1101110414758"))
	fmt.Println(patterns.IsValidCRN("110111-0006249")) // passes only a Luhn-folded variant
	// Output:
	// true
	// false
}

func ExampleFormatCRN() {
	s, err := patterns.FormatCRN("1101112487050")
	fmt.Println(s, err)
	// Output:
	// 110111-2487050 <nil>
}

func ExampleParseCRN() {
	info, err := patterns.ParseCRN("134322-0000114")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(info.RegistryOffice, info.TypeCode, info.Type)
	// Output:
	// 1343 22 civil-law corporation
}

func ExampleRegistrationInfo() {
	// A corporate registration number whose seventh digit is 2 is also a
	// well-formed resident registration number; the info says so.
	info, err := patterns.ParseRRN("110111-2487050")
	fmt.Println(err, info.BirthDate.Format("2006-01-02"), info.Sex, info.CRNLookalike)
	// Output:
	// <nil> 1911-01-11 female true
}

func ExampleWithFutureBirthDates() {
	ref := patterns.WithReferenceDate(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(patterns.ValidateRRN("991231-4019906", ref)) // born 2099-12-31
	fmt.Println(patterns.ValidateRRN("991231-4019906", ref, patterns.WithFutureBirthDates()))
	// Output:
	// kpii: invalid RRN: date: birth date lies after the reference date
	// <nil>
}

func ExampleWithReferenceDate() {
	day := func(y int, m time.Month, d int) patterns.RegistrationOption {
		return patterns.WithReferenceDate(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
	}
	fmt.Println(patterns.IsValidRRN("201010-3847261", day(2020, 10, 9)))
	fmt.Println(patterns.IsValidRRN("201010-3847261", day(2020, 10, 10)))
	// Output:
	// false
	// true
}

func ExampleWithStrictChecksum() {
	fmt.Println(patterns.ValidateRRN("900101-1234567"))
	fmt.Println(patterns.ValidateRRN("900101-1234567", patterns.WithStrictChecksum()))
	fmt.Println(patterns.ValidateRRN("900101-1234568", patterns.WithStrictChecksum()))
	// Output:
	// <nil>
	// kpii: invalid RRN: checksum: check digit does not hold
	// <nil>
}

func ExampleSex_String() {
	info, _ := patterns.ParseRRN("861224-2567484")
	fmt.Println(info.Sex.String(), patterns.Male)
	// Output:
	// female male
}

func ExampleChecksumVariant_String() {
	fmt.Println(patterns.ChecksumNone, patterns.ChecksumRRN, patterns.ChecksumFRNPlus2)
	// Output:
	// none RRN formula FRN +2 formula
}
