package patterns

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAddrSyllableConstants(t *testing.T) {
	for s, want := range map[string]uint32{"로": addrU로, "길": addrU길, "동": addrU동, "리": addrU리, "산": addrU산, "하": addrU하, "가": addrU가} {
		b := []byte(s)
		assert.Equalf(t, want, uint32(b[0])<<16|uint32(b[1])<<8|uint32(b[2]), "%s", s)
	}
}

func TestGazetteerHash(t *testing.T) {
	for k := range gazNameEnd {
		require.Equalf(t, k, gazFind([]byte(gazName(k))), "name %q", gazName(k))
		if k > 0 {
			require.Less(t, gazName(k-1), gazName(k), "names are sorted and unique")
		}
	}
	for _, s := range []string{"", "서울특별시청", "x", strings.Repeat("가", 20)} {
		assert.Equal(t, -1, gazFind([]byte(s)), s)
	}
}

func TestGazetteerProvinces(t *testing.T) {
	require.Len(t, gazProvinces, 17)
	tests := []struct{ name, want string }{
		{"서울특별시", "서울특별시"}, {"서울시", "서울특별시"}, {"서울", "서울특별시"}, {"seoul", "서울특별시"},
		{"부산", "부산광역시"}, {"대구시", "대구광역시"}, {"인천", "인천광역시"}, {"광주", "광주광역시"},
		{"대전", "대전광역시"}, {"울산시", "울산광역시"}, {"세종", "세종특별자치시"}, {"세종시", "세종특별자치시"},
		{"경기", "경기도"}, {"gyeonggi-do", "경기도"},
		{"강원특별자치도", "강원특별자치도"}, {"강원도", "강원특별자치도"}, {"강원", "강원특별자치도"},
		{"충북", "충청북도"}, {"충남", "충청남도"},
		{"전북특별자치도", "전북특별자치도"}, {"전북자치도", "전북특별자치도"}, {"전라북도", "전북특별자치도"}, {"전북", "전북특별자치도"},
		{"jeollabuk-do", "전북특별자치도"},
		{"전남", "전라남도"}, {"경북", "경상북도"}, {"경남", "경상남도"},
		{"제주특별자치도", "제주특별자치도"}, {"제주도", "제주특별자치도"}, {"제주", "제주특별자치도"},
	}
	for _, tt := range tests {
		p := gazProvinceOf(gazFind([]byte(tt.name)))
		if assert.GreaterOrEqualf(t, p, 0, "%s is a 시/도", tt.name) {
			assert.Equalf(t, tt.want, gazProvinces[p].name, "%s", tt.name)
		}
	}
	p := gazProvinceOf(gazFindFold([]byte("SEOUL")))
	require.GreaterOrEqual(t, p, 0)
	assert.Equal(t, "서울특별시", gazProvinces[p].name)
	for _, name := range []string{"서울특별", "서울특별시청", "강남", "경기도청", ""} {
		assert.Lessf(t, gazProvinceOf(gazFind([]byte(name))), 0, "%q is not a 시/도", name)
	}
}

func addrProvinceNamed(t *testing.T, name string) int {
	t.Helper()
	p := gazProvinceOf(gazFind([]byte(name)))
	require.GreaterOrEqualf(t, p, 0, "no 시/도 %s", name)
	return p
}

func TestGazetteerDistricts(t *testing.T) {
	seoul := addrProvinceNamed(t, "서울특별시")
	daegu := addrProvinceNamed(t, "대구광역시")
	gyeongbuk := addrProvinceNamed(t, "경상북도")
	gyeonggi := addrProvinceNamed(t, "경기도")
	incheon := addrProvinceNamed(t, "인천광역시")
	busan := addrProvinceNamed(t, "부산광역시")

	district := func(name string, p int) (gazDistrict, bool) {
		d, _ := gazDistrictIn(gazFind([]byte(name)), p)
		if d == gazNone {
			return gazDistrict{}, false
		}
		return gazDistricts[d], true
	}
	tests := []struct {
		name   string
		prov   int
		ok     bool
		parent string // the 시 of a 일반구
		former bool
		cur    string // current name
	}{
		{"강남구", seoul, true, "", false, "강남구"},
		{"강남구", busan, false, "", false, ""},
		{"중구", seoul, true, "", false, "중구"},
		{"중구", busan, true, "", false, "중구"},
		{"분당구", gyeonggi, true, "성남시", false, "분당구"},
		{"성남시", gyeonggi, true, "", false, "성남시"},
		{"군위군", daegu, true, "", false, "군위군"},
		{"군위군", gyeongbuk, true, "", false, "군위군"}, // moved 2023-07-01, old name kept
		{"제물포구", incheon, true, "", false, "제물포구"},
		{"영종구", incheon, true, "", false, "영종구"},
		{"검단구", incheon, true, "", false, "검단구"},
		{"중구", incheon, true, "", true, "중구"},
		{"동구", incheon, true, "", true, "동구"},
		{"남구", incheon, true, "", true, "미추홀구"},
		{"미추홀구", incheon, true, "", false, "미추홀구"},
		{"원미구", gyeonggi, true, "부천시", false, "원미구"},
		{"동탄구", gyeonggi, true, "화성시", false, "동탄구"},
		{"서귀포시", addrProvinceNamed(t, "제주특별자치도"), true, "", false, "서귀포시"},
		{"중구영종출장소", incheon, false, "", false, ""},
		{"북부출장소", -1, false, "", false, ""},
	}
	for _, tt := range tests {
		d, ok := district(tt.name, tt.prov)
		if !assert.Equalf(t, tt.ok, ok, "%s in province %d", tt.name, tt.prov) || !ok {
			continue
		}
		parent := ""
		if d.parent != gazNone {
			parent = gazDistricts[d.parent].name
		}
		assert.Equalf(t, tt.parent, parent, "%s: parent", tt.name)
		assert.Equalf(t, tt.former, d.flags&gazDistFormer != 0, "%s: former", tt.name)
		assert.Equalf(t, tt.cur, gazDistricts[d.current].name, "%s: current name", tt.name)
	}
	_, amb := gazDistrictIn(gazFind([]byte("중구")), -1)
	assert.True(t, amb, "중구 without a 시/도 is ambiguous")
	// The shape of the table: 75 자치시 + 2 행정시, 82 군, 70 자치구 (after
	// Incheon's 2026 reorganisation), 39 일반구.
	si, gun, gu, ilban := 0, 0, 0, 0
	for _, d := range gazDistricts {
		switch {
		case d.flags&gazDistFormer != 0:
		case d.flags&gazDistIlbangu != 0:
			ilban++
		case d.flags&gazDistSi != 0:
			si++
		case d.flags&gazDistGun != 0:
			gun++
		case d.flags&gazDistGu != 0:
			gu++
		}
	}
	assert.Equal(t, []int{77, 82, 70, 39}, []int{si, gun, gu, ilban}, "시, 군, 자치구, 일반구")
}

func TestGazetteerTowns(t *testing.T) {
	tests := []struct {
		name string
		want uint16 // bits that must be set; 0 for absent
	}{
		{"역삼1동", gazTownDong | gazTownTable},
		{"역삼동", gazTownDong | gazTownDerived},
		{"창신동", gazTownDong | gazTownDerived},
		{"창신제1동", gazTownDong | gazTownTable},
		{"종로1가", gazTownGa | gazTownDerived},
		{"종로4가", gazTownGa | gazTownDerived},
		{"종로6가", gazTownGa | gazTownDerived},
		{"성수동1가", gazTownGa | gazTownDerived},
		{"성수1가", gazTownGa | gazTownDerived},
		{"상계3동", gazTownDong | gazTownDerived},
		{"상계동", gazTownDong | gazTownDerived},
		{"용담동", gazTownDong | gazTownDerived},
		{"명암동", gazTownDong | gazTownDerived},
		{"화평동", gazTownDong | gazTownDerived},
		{"군위읍", gazTownEup},
		{"조치원읍", gazTownEup},
		{"홍북읍", gazTownEup},
		{"풍천면", gazTownMyeon},
		{"심곡1동", gazTownDong}, // 부천 (changes.tsv)
		{"논공읍공단출장소", 0},
		{"테헤란로", 0},
	}
	for _, tt := range tests {
		f := gazTownFlags(gazFind([]byte(tt.name)))
		if tt.want == 0 {
			assert.Zerof(t, f, "%s is no 읍/면/동", tt.name)
		} else {
			assert.Equalf(t, tt.want, f&tt.want, "%s: flags %#x", tt.name, f)
		}
	}
}

func TestGazetteerPostal(t *testing.T) {
	for code, want := range map[int]string{1: "서울특별시", 30: "세종특별자치시", 43: "대구광역시", 63: "제주특별자치도", 54: "전북특별자치도"} {
		p := gazProvinceByPostal(code)
		if assert.GreaterOrEqualf(t, p, 0, "postal %02d", code) {
			assert.Equalf(t, want, gazProvinces[p].name, "postal %02d", code)
		}
	}
	assert.Less(t, gazProvinceByPostal(64), 0)
}

func TestParseAddress(t *testing.T) {
	tests := []struct {
		in   string
		want AddressInfo
	}{
		{"서울특별시 종로구 세종대로 209", AddressInfo{Form: AddressRoadName, Province: "서울특별시", City: "종로구", Road: "세종대로", BuildingNumber: "209"}},
		{"Seoul, Gangnam-gu, Teheran-ro 152", AddressInfo{Form: AddressEnglish, Province: "서울특별시", City: "Gangnam-gu", Road: "Teheran-ro", BuildingNumber: "152"}},
		{"Seoul Mapo-gu World Cup buk-ro 396", AddressInfo{Form: AddressEnglish, Province: "서울특별시", City: "Mapo-gu", Road: "World Cup buk-ro", BuildingNumber: "396"}},
		{"  서울시 강남구 테헤란로 152  ", AddressInfo{Form: AddressRoadName, Province: "서울특별시", City: "강남구", Road: "테헤란로", BuildingNumber: "152"}},
		{"강남구 테헤란로152", AddressInfo{Form: AddressRoadName, Province: "서울특별시", City: "강남구", Road: "테헤란로", BuildingNumber: "152"}},
		{"(04524) 서울특별시 중구 세종대로 110 (태평로1가, 서울시청)", AddressInfo{Form: AddressRoadName, Province: "서울특별시", City: "중구", Road: "세종대로", BuildingNumber: "110", Reference: "태평로1가, 서울시청", PostalCode: "04524"}},
		{"서울특별시 광진구 광나루로507길 78, 101동 102호(광장동, 신도아파트)", AddressInfo{Form: AddressRoadName, Province: "서울특별시", City: "광진구", Road: "광나루로507길", BuildingNumber: "78", Detail: "101동 102호", Reference: "광장동, 신도아파트"}},
		{"경기도 남양주시 금곡로 102번길 15", AddressInfo{Form: AddressRoadName, Province: "경기도", City: "남양주시", Road: "금곡로102번길", BuildingNumber: "15"}},
		{"경기도 수원시 권선구 서호동로14번길 52-39, 207동 503호(서둔동, 상익리베리움)", AddressInfo{Form: AddressRoadName, Province: "경기도", City: "수원시 권선구", Road: "서호동로14번길", BuildingNumber: "52-39", Detail: "207동 503호", Reference: "서둔동, 상익리베리움"}},
		{"분당구 불정로 90", AddressInfo{Form: AddressRoadName, Province: "경기도", City: "성남시 분당구", Road: "불정로", BuildingNumber: "90"}},
		{"울산광역시 울주군 온양읍 솔밭1길 12, 3층", AddressInfo{Form: AddressRoadName, Province: "울산광역시", City: "울주군", Town: "온양읍", Road: "솔밭1길", BuildingNumber: "12", Detail: "3층"}},
		{"세종특별자치시 한누리대로 2130(보람동)", AddressInfo{Form: AddressRoadName, Province: "세종특별자치시", Road: "한누리대로", BuildingNumber: "2130", Reference: "보람동"}},
		{"세종특별자치시 도움6로 11", AddressInfo{Form: AddressRoadName, Province: "세종특별자치시", Road: "도움6로", BuildingNumber: "11"}},
		{"서울특별시 중구 세종대로 지하 2", AddressInfo{Form: AddressRoadName, Province: "서울특별시", City: "중구", Road: "세종대로", BuildingNumber: "2", Underground: true}},
		{"경남 창원시 마산합포구 3.15대로 1", AddressInfo{Form: AddressRoadName, Province: "경상남도", City: "창원시 마산합포구", Road: "3.15대로", BuildingNumber: "1"}},
		{"서울특별시 강남구 삼성동 338-3", AddressInfo{Form: AddressLotNumber, Province: "서울특별시", City: "강남구", Neighborhood: "삼성동", LotNumber: "338-3"}},
		{"서울특별시 중구 태평로1가 31", AddressInfo{Form: AddressLotNumber, Province: "서울특별시", City: "중구", Neighborhood: "태평로1가", LotNumber: "31"}},
		{"서울시 종로구 세종로 1번지", AddressInfo{Form: AddressLotNumber, Province: "서울특별시", City: "종로구", Neighborhood: "세종로", LotNumber: "1"}},
		{"경상남도 창원시 의창구 대산면 가술리 323-4", AddressInfo{Form: AddressLotNumber, Province: "경상남도", City: "창원시 의창구", Town: "대산면", Neighborhood: "가술리", LotNumber: "323-4"}},
		{"강원특별자치도 정선군 정선읍 봉양리 산65-33번지", AddressInfo{Form: AddressLotNumber, Province: "강원특별자치도", City: "정선군", Town: "정선읍", Neighborhood: "봉양리", LotNumber: "65-33", Mountain: true}},
		{"경상북도 군위군 군위읍 군청로 200", AddressInfo{Form: AddressRoadName, Province: "대구광역시", City: "군위군", Town: "군위읍", Road: "군청로", BuildingNumber: "200", Outdated: true}},
		{"전라북도 전주시 완산구 효자로 225", AddressInfo{Form: AddressRoadName, Province: "전북특별자치도", City: "전주시 완산구", Road: "효자로", BuildingNumber: "225", Outdated: true}},
		{"강원도 춘천시 중앙로 1", AddressInfo{Form: AddressRoadName, Province: "강원특별자치도", City: "춘천시", Road: "중앙로", BuildingNumber: "1", Outdated: true}},
		{"인천 남구 소성로 163", AddressInfo{Form: AddressRoadName, Province: "인천광역시", City: "미추홀구", Road: "소성로", BuildingNumber: "163", Outdated: true}},
		{"인천광역시 중구 공항로 272", AddressInfo{Form: AddressRoadName, Province: "인천광역시", City: "중구", Road: "공항로", BuildingNumber: "272", Outdated: true}},
		{"인천광역시 영종구 공항로 272", AddressInfo{Form: AddressRoadName, Province: "인천광역시", City: "영종구", Road: "공항로", BuildingNumber: "272"}},
		{"광주시 북구 우치로 77", AddressInfo{Form: AddressRoadName, Province: "광주광역시", City: "북구", Road: "우치로", BuildingNumber: "77"}},
		{"광주시 행정타운로 50", AddressInfo{Form: AddressRoadName, Province: "경기도", City: "광주시", Road: "행정타운로", BuildingNumber: "50"}},
		{"서울 특별시 종로구 세종대로 209", AddressInfo{Form: AddressRoadName, Province: "서울특별시", City: "종로구", Road: "세종대로", BuildingNumber: "209"}},
		{"ｓｅｏｕｌ? no", AddressInfo{}},
		{"209 Sejong-daero, Jongno-gu, Seoul 03154", AddressInfo{Form: AddressEnglish, Province: "서울특별시", City: "Jongno-gu", Road: "Sejong-daero", BuildingNumber: "209", PostalCode: "03154"}},
		{"42, Toegye-ro 77-beongil, Chuncheon-si, Gangwon-do", AddressInfo{Form: AddressEnglish, Province: "강원특별자치도", City: "Chuncheon-si", Road: "Toegye-ro 77-beongil", BuildingNumber: "42"}},
		{"(Gwangjang-dong, Sindo APT), 101-dong 102-ho, 78, Gwangnaru-ro 507-gil, Gwangjin-gu, Seoul", AddressInfo{Form: AddressEnglish, Province: "서울특별시", City: "Gwangjin-gu", Road: "Gwangnaru-ro 507-gil", BuildingNumber: "78", Detail: "101-dong 102-ho", Reference: "Gwangjang-dong, Sindo APT"}},
		{"San 65-33, Jamwon-dong, Seocho-gu, Seoul", AddressInfo{Form: AddressEnglish, Province: "서울특별시", City: "Seocho-gu", Neighborhood: "Jamwon-dong", LotNumber: "65-33", Mountain: true}},
		{"90 Buljeong-ro, Bundang-gu, Seongnam-si, Gyeonggi-do 13561", AddressInfo{Form: AddressEnglish, Province: "경기도", City: "Bundang-gu Seongnam-si", Road: "Buljeong-ro", BuildingNumber: "90", PostalCode: "13561"}},
		{"2130 Hannuri-daero, Sejong-si 30151", AddressInfo{Form: AddressEnglish, Province: "세종특별자치시", Road: "Hannuri-daero", BuildingNumber: "2130", PostalCode: "30151"}},
		{"06236", AddressInfo{Form: AddressPostalCode, PostalCode: "06236"}},
		{"(06236)", AddressInfo{Form: AddressPostalCode, PostalCode: "06236"}},
		{"135-080", AddressInfo{Form: AddressPostalCode, PostalCode: "135-080"}},
		{"서울특별시 강남구 테헤란로 １５２", AddressInfo{Form: AddressRoadName, Province: "서울특별시", City: "강남구", Road: "테헤란로", BuildingNumber: "152"}},
		{"\u1109\u1165\u110b\u116e\u11af \u1100\u1161\u11bc\u1102\u1161\u11b7\u1100\u116e \u1110\u1166\u1112\u1166\u1105\u1161\u11ab\u1105\u1169 152", AddressInfo{Form: AddressRoadName, Province: "서울특별시", City: "강남구", Road: "테헤란로", BuildingNumber: "152"}},
	}
	for _, tt := range tests {
		got, err := ParseAddress(tt.in)
		if tt.want.Form == 0 {
			assert.Errorf(t, err, "ParseAddress(%q) = %+v", tt.in, got)
			continue
		}
		if assert.NoErrorf(t, err, "ParseAddress(%q)", tt.in) {
			assert.Equalf(t, tt.want, got, "ParseAddress(%q)", tt.in)
			assert.Truef(t, IsValidAddress(tt.in), "IsValidAddress(%q)", tt.in)
			assert.NoErrorf(t, ValidateAddress(tt.in), "ValidateAddress(%q)", tt.in)
		}
	}
}

func TestParseAddressErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
		rule Rule
	}{
		{"", ErrLength, RuleLength},
		{"   ", ErrLength, RuleLength},
		{strings.Repeat("서울", 200), ErrLength, RuleLength},
		{"테헤란로 152", ErrComponent, RuleComponent},
		{"경기도 강남구 테헤란로 152", ErrComponent, RuleComponent},
		{"(47545) 서울특별시 중구 세종대로 110", ErrComponent, RuleComponent},
		{"서울특별시 강남구", ErrFormat, RuleFormat},
		{"서울특별시 강남구 테헤란로", ErrFormat, RuleFormat},
		{"서울특별시 강남구 테헤란로 152 그리고 더", ErrFormat, RuleFormat},
		{"서울특별시 종로구 세종대로 0", ErrFormat, RuleFormat},
		{"그래서 앞으로 3", ErrFormat, RuleFormat},
		{"12345", ErrFormat, RuleFormat}, // 12 is 경기's range: valid? see below
		{"00123", ErrFormat, RuleFormat},
		{"64000", ErrFormat, RuleFormat},
		{"hello world", ErrFormat, RuleFormat},
	}
	for _, tt := range tests {
		if tt.in == "12345" {
			continue // a valid 경기 postal code on its own; kept to document it
		}
		_, err := ParseAddress(tt.in)
		if !assert.ErrorIsf(t, err, tt.want, "ParseAddress(%q)", tt.in) {
			continue
		}
		var ve *ValidationError
		if assert.ErrorAsf(t, err, &ve, "ParseAddress(%q)", tt.in) {
			assert.Equal(t, Address, ve.Kind)
			assert.Equalf(t, tt.rule, ve.Rule, "ParseAddress(%q)", tt.in)
		}
		if in := strings.TrimSpace(tt.in); in != "" {
			assert.NotContainsf(t, err.Error(), in, "the error must not contain the address")
		}
		assert.Falsef(t, IsValidAddress(tt.in), "IsValidAddress(%q)", tt.in)
	}
}

func TestFormatAddress(t *testing.T) {
	tests := []struct{ in, want string }{
		{"서울 강남구 테헤란로152", "서울특별시 강남구 테헤란로 152"},
		{"강남구  테헤란로 152 3층", "서울특별시 강남구 테헤란로 152, 3층"},
		{"경기도 남양주시 금곡로 102번길 15", "경기도 남양주시 금곡로102번길 15"},
		{"서울 강남구 역삼동 테헤란로 152", "서울특별시 강남구 테헤란로 152 (역삼동)"},
		{"(04524)서울특별시 중구 세종대로 110(태평로1가, 서울시청)", "(04524) 서울특별시 중구 세종대로 110 (태평로1가, 서울시청)"},
		{"경상북도 군위군 군위읍 군청로 200", "대구광역시 군위군 군위읍 군청로 200"},
		{"인천 남구 소성로 163", "인천광역시 미추홀구 소성로 163"},
		{"강원도 정선군 정선읍 봉양리 산 65-33번지", "강원특별자치도 정선군 정선읍 봉양리 산65-33"},
		{"209 Sejong-daero, Jongno-gu, Seoul 03154", "209, Sejong-daero, Jongno-gu, Seoul 03154"},
		{"135-080", "135-080"},
	}
	for _, tt := range tests {
		got, err := FormatAddress(tt.in)
		if !assert.NoErrorf(t, err, "FormatAddress(%q)", tt.in) || !assert.Equalf(t, tt.want, got, "FormatAddress(%q)", tt.in) {
			continue
		}
		again, err := FormatAddress(got)
		assert.NoError(t, err)
		assert.Equalf(t, got, again, "FormatAddress is idempotent on %q", got)
	}
	_, err := FormatAddress("테헤란로 152")
	assert.ErrorIs(t, err, ErrComponent, "a street-only address has no 시/군/구")
}

func TestAddressForm(t *testing.T) {
	for f, want := range map[AddressForm]string{AddressRoadName: "road-name", AddressLotNumber: "lot-number", AddressEnglish: "english", AddressPostalCode: "postal-code", 0: "unknown"} {
		assert.Equal(t, want, f.String())
	}
}

func TestParseAddressAgreesWithMatch(t *testing.T) {
	// A whole address that ParseAddress accepts is also what MatchAddress
	// finds at its building or lot number.
	for _, tt := range []struct{ s, at string }{
		{"서울특별시 종로구 세종대로 209", "209"},
		{"서울특별시 광진구 광나루로507길 78, 101동 102호(광장동, 신도아파트)", "78"},
		{"서울특별시 강남구 삼성동 338-3", "338"},
		{"경상남도 창원시 의창구 대산면 가술리 323-4", "323"},
		{"(04524) 서울특별시 중구 세종대로 110 (태평로1가, 서울시청)", "110"},
	} {
		require.NoError(t, ValidateAddress(tt.s))
		b := []byte(tt.s)
		m, ok := MatchAddress(b, strings.Index(tt.s, tt.at))
		if assert.Truef(t, ok, "MatchAddress(%q)", tt.s) {
			assert.Equal(t, tt.s, string(b[m.Start:m.End]))
		}
	}
}

func FuzzParseAddress(f *testing.F) {
	for _, s := range []string{
		"서울특별시 종로구 세종대로 209",
		"(04524) 서울특별시 중구 세종대로 110 (태평로1가, 서울시청)",
		"강원특별자치도 정선군 정선읍 봉양리 산65-33번지",
		"209 Sejong-daero, Jongno-gu, Seoul 03154",
		"135-080",
		"경상북도 군위군 군위읍 군청로 200",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		info, err := ParseAddress(s)
		if err != nil {
			var ve *ValidationError
			if !errors.As(err, &ve) || ve.Kind != Address {
				t.Fatalf("ParseAddress(%q): error %v is not an address *ValidationError", s, err)
			}
			if IsValidAddress(s) {
				t.Fatalf("IsValidAddress(%q) = true after %v", s, err)
			}
			return
		}
		if info.Form == 0 {
			t.Fatalf("ParseAddress(%q) = %+v without a form", s, info)
		}
		out, err := FormatAddress(s)
		if err != nil {
			t.Fatalf("FormatAddress(%q): %v after a successful parse", s, err)
		}
		again, err := FormatAddress(out)
		if err != nil || again != out {
			t.Fatalf("FormatAddress(%q) = %q; formatting that gives %q, %v", s, out, again, err)
		}
	})
}
