package patterns_test

import (
	"errors"
	"fmt"

	"github.com/kpii/kpii/patterns"
)

func ExampleCompactEmail() {
	fmt.Println(patterns.CompactEmail("  Hong.GilDong＠NAVER．COM "))
	fmt.Println(patterns.CompactEmail("admin@XN--WK0BU0I737A.XN--3E0B707E"))
	// Output:
	// Hong.GilDong@naver.com
	// admin@xn--wk0bu0i737a.xn--3e0b707e
}

func ExampleValidateEmail() {
	for _, s := range []string{
		"hong.gildong@naver.com",
		"hong..gildong@naver.com",
		"hong.gildong@naver",
		"a@b.c",
	} {
		err := patterns.ValidateEmail(s)
		switch {
		case err == nil:
			fmt.Println("valid")
		case errors.Is(err, patterns.ErrComponent):
			fmt.Println("bad top-level domain:", err)
		default:
			fmt.Println(err)
		}
	}
	// Output:
	// valid
	// kpii: invalid EMAIL: format: local part has a leading, trailing or doubled dot
	// kpii: invalid EMAIL: format: domain has a single label (no top-level domain)
	// bad top-level domain: kpii: invalid EMAIL: component: top-level domain shorter than two letters
}

func ExampleIsValidEmail() {
	fmt.Println(patterns.IsValidEmail("user+tag@gmail.com"))
	fmt.Println(patterns.IsValidEmail("홍길동@홍길동.한국")) // RFC 6531 (EAI)
	fmt.Println(patterns.IsValidEmail("@naver.com"))
	// Output:
	// true
	// true
	// false
}

func ExampleFormatEmail() {
	s, err := patterns.FormatEmail("Help@EXAMPLE.CO.KR")
	fmt.Println(s, err)
	s, err = patterns.FormatEmail("admin@xn--wk0bu0i737a.xn--3e0b707e")
	fmt.Println(s, err)
	// Output:
	// Help@example.co.kr <nil>
	// admin@홍길동.한국 <nil>
}

func ExampleParseEmail() {
	a, err := patterns.ParseEmail("admin@xn--wk0bu0i737a.xn--3e0b707e")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Local(), a.Domain(), a.ASCIIDomain(), a.TLD(), a.IsIDN(), a.IsKorean())
	// Output:
	// admin 홍길동.한국 xn--wk0bu0i737a.xn--3e0b707e 한국 true true
}

func ExampleEmailAddress_Local() {
	a, _ := patterns.ParseEmail("Hong.GilDong@Example.kr")
	fmt.Println(a.Local())
	// Output: Hong.GilDong
}

func ExampleEmailAddress_Domain() {
	a, _ := patterns.ParseEmail("hong@xn--bj0bj06e.kr")
	fmt.Println(a.Domain())
	// Output: 한글.kr
}

func ExampleEmailAddress_ASCIIDomain() {
	a, _ := patterns.ParseEmail("hong@한글.kr")
	fmt.Println(a.ASCIIDomain())
	// Output: xn--bj0bj06e.kr
}

func ExampleEmailAddress_TLD() {
	a, _ := patterns.ParseEmail("help@example.co.kr")
	b, _ := patterns.ParseEmail("admin@홍길동.한국")
	fmt.Println(a.TLD(), b.TLD())
	// Output: kr 한국
}

func ExampleEmailAddress_IsIDN() {
	a, _ := patterns.ParseEmail("admin@홍길동.한국")
	b, _ := patterns.ParseEmail("홍길동@example.kr")
	fmt.Println(a.IsIDN(), b.IsIDN())
	// Output: true false
}

func ExampleEmailAddress_IsKorean() {
	for _, s := range []string{"help@example.co.kr", "admin@xn--3e0b707e.xn--3e0b707e", "user@example.com"} {
		a, _ := patterns.ParseEmail(s)
		fmt.Println(a.IsKorean())
	}
	// Output:
	// true
	// true
	// false
}

func ExampleEmailAddress_String() {
	a, _ := patterns.ParseEmail(" kim＠HANMAIL.NET ")
	fmt.Println(a.String())
	// Output: kim@hanmail.net
}
