package patterns_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kpii/kpii/patterns"
)

func ExampleParseAddress() {
	info, err := patterns.ParseAddress("서울 광진구 광나루로507길 78, 101동 102호(광장동, 신도아파트)")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(info.Form)
	fmt.Println(info.Province, info.City)
	fmt.Println(info.Road, info.BuildingNumber)
	fmt.Println(info.Detail)
	fmt.Println(info.Reference)

	old, _ := patterns.ParseAddress("경상북도 군위군 군위읍 군청로 200")
	fmt.Println(old.Province, old.City, old.Outdated)

	lot, _ := patterns.ParseAddress("강원특별자치도 정선군 정선읍 봉양리 산65-33번지")
	fmt.Println(lot.Form, lot.Neighborhood, lot.Mountain, lot.LotNumber)

	// English, in either order.
	en, _ := patterns.ParseAddress("Seoul, Gangnam-gu, Teheran-ro 152")
	fmt.Println(en.Form, en.Province, en.City, en.Road, en.BuildingNumber)
	// Output:
	// road-name
	// 서울특별시 광진구
	// 광나루로507길 78
	// 101동 102호
	// 광장동, 신도아파트
	// 대구광역시 군위군 true
	// lot-number 봉양리 true 65-33
	// english 서울특별시 Gangnam-gu Teheran-ro 152
}

func ExampleValidateAddress() {
	for _, s := range []string{
		"서울특별시 종로구 세종대로 209",
		"경기도 강남구 테헤란로 152", // 강남구 is in 서울
		"테헤란로 152",         // street only
	} {
		err := patterns.ValidateAddress(s)
		fmt.Println(err, errors.Is(err, patterns.ErrComponent))
	}
	// Output:
	// <nil> false
	// kpii: invalid ADDRESS: component: 시/군/구 not in the 시/도 true
	// kpii: invalid ADDRESS: component: no 시/군/구 true
}

func ExampleIsValidAddress() {
	fmt.Println(patterns.IsValidAddress("209 Sejong-daero, Jongno-gu, Seoul 03154"))
	fmt.Println(patterns.IsValidAddress("전라북도 전주시 완산구 효자로 225"))
	fmt.Println(patterns.IsValidAddress("서울시 날씨 맑음"))
	// Output:
	// true
	// true
	// false
}

func ExampleFormatAddress() {
	for _, s := range []string{
		"서울 강남구 역삼동 테헤란로152 3층",
		"경기도 남양주시 금곡로 102번길 15",
		"전라북도 전주시 완산구 효자로 225",
	} {
		out, err := patterns.FormatAddress(s)
		fmt.Println(out, err)
	}
	// Output:
	// 서울특별시 강남구 테헤란로 152, 3층 (역삼동) <nil>
	// 경기도 남양주시 금곡로102번길 15 <nil>
	// 전북특별자치도 전주시 완산구 효자로 225 <nil>
}

func ExampleMatchAddress() {
	text := []byte("배송지: (06236) 서울특별시 강남구 테헤란로 152, 101동 1203호(역삼동)에 보내주세요")
	i := strings.Index(string(text), "152")
	if m, ok := patterns.MatchAddress(text, i); ok {
		fmt.Printf("%s [%v]\n", text[m.Start:m.End], m.Evidence)
	}

	street := []byte("거주지 테헤란로 152")
	if m, ok := patterns.MatchAddress(street, strings.Index(string(street), "152")); ok {
		fmt.Printf("%s [%v]\n", street[m.Start:m.End], m.Evidence)
	}

	particle := []byte("그래서 앞으로 3일 동안")
	_, ok := patterns.MatchAddress(particle, strings.Index(string(particle), "3"))
	fmt.Println(ok)
	// Output:
	// (06236) 서울특별시 강남구 테헤란로 152, 101동 1203호(역삼동) [canonical shape, strong structure]
	// 테헤란로 152 [needs context]
	// false
}

func ExampleAddressForm_String() {
	fmt.Println(patterns.AddressRoadName, patterns.AddressLotNumber, patterns.AddressEnglish, patterns.AddressPostalCode)
	// Output: road-name lot-number english postal-code
}
