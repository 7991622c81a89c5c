package patterns

// The Korean telephone numbering plan as data. The ranges follow the KR
// territory of libphonenumber's PhoneNumberMetadata.xml (see
// korean-pii-formats.md §4.1); the few places where kpii deliberately
// differs are marked "kpii:" below and listed in the package documentation
// of phone.go. phone_crosscheck_test.go checks every range of this table
// against github.com/nyaruka/phonenumbers.

// PhoneRegion is the 시/도 (top-level province or metropolitan city) that a
// landline area code stands for. The zero PhoneRegion stands for none: a
// mobile, a 070 VoIP number or any other number without an area code.
//
// Area codes follow 시/도 boundaries closely but not exactly (a few
// exchanges serve places across a boundary, and 군위군, part of 대구 since
// 2023, keeps area code 054), so a region is a property of the number, not
// of the subscriber's address.
type PhoneRegion uint8

const (
	phoneRegionNone PhoneRegion = iota
	phoneRegionSeoul
	phoneRegionGyeonggi
	phoneRegionIncheon
	phoneRegionGangwon
	phoneRegionChungnam
	phoneRegionDaejeon
	phoneRegionChungbuk
	phoneRegionSejong
	phoneRegionBusan
	phoneRegionUlsan
	phoneRegionDaegu
	phoneRegionGyeongbuk
	phoneRegionGyeongnam
	phoneRegionJeonnam
	phoneRegionGwangju
	phoneRegionJeonbuk
	phoneRegionJeju
	phoneRegionCount
)

// phoneRegionNames holds, per region, the area code, the short Korean and
// English names used by libphonenumber's geocoder (geocoding/ko/82.txt and
// geocoding/en/82.txt) and the official Korean name of the 시/도.
var phoneRegionNames = [phoneRegionCount]struct {
	areaCode, korean, english, official string
}{
	phoneRegionNone:      {},
	phoneRegionSeoul:     {"02", "서울", "Seoul", "서울특별시"},
	phoneRegionGyeonggi:  {"031", "경기", "Gyeonggi", "경기도"},
	phoneRegionIncheon:   {"032", "인천", "Incheon", "인천광역시"},
	phoneRegionGangwon:   {"033", "강원", "Gangwon", "강원특별자치도"},
	phoneRegionChungnam:  {"041", "충남", "Chungnam", "충청남도"},
	phoneRegionDaejeon:   {"042", "대전", "Daejeon", "대전광역시"},
	phoneRegionChungbuk:  {"043", "충북", "Chungbuk", "충청북도"},
	phoneRegionSejong:    {"044", "세종", "Sejong City", "세종특별자치시"},
	phoneRegionBusan:     {"051", "부산", "Busan", "부산광역시"},
	phoneRegionUlsan:     {"052", "울산", "Ulsan", "울산광역시"},
	phoneRegionDaegu:     {"053", "대구", "Daegu", "대구광역시"},
	phoneRegionGyeongbuk: {"054", "경북", "Gyeongbuk", "경상북도"},
	phoneRegionGyeongnam: {"055", "경남", "Gyeongnam", "경상남도"},
	phoneRegionJeonnam:   {"061", "전남", "Jeonnam", "전라남도"},
	phoneRegionGwangju:   {"062", "광주", "Gwangju", "광주광역시"},
	phoneRegionJeonbuk:   {"063", "전북", "Jeonbuk", "전북특별자치도"},
	phoneRegionJeju:      {"064", "제주", "Jeju", "제주특별자치도"},
}

// phoneRule is an extra constraint on the subscriber digits of a range,
// beyond their count.
type phoneRule uint8

const (
	phoneRuleNone phoneRule = iota
	// phoneRuleArea: a geographic number. The subscriber number has 7 or 8
	// digits and does not begin with 0; outside Seoul, 3 or 4 digits
	// beginning with 1 are a short service code dialled after the area code
	// (031-120, 051-114), typed PhoneAreaShortCode.
	phoneRuleArea
	// phoneRule010: subscriber numbers beginning 597, 598 or 599 are not in
	// the plan (libphonenumber: 1(?:05(?:[0-8]\d|9[0-6])…)).
	phoneRule010
	// phoneRule012: subscriber numbers beginning with 2 must continue with 1
	// or 3 (libphonenumber: 122[13]\d…).
	phoneRule012
	// phoneRule060: the subscriber number begins with 2–9.
	phoneRule060
)

// phoneRange is one block of the numbering plan: the national numbers that
// begin with prefix and have between minSub and maxSub digits after the
// first prefixLen digits.
type phoneRange struct {
	prefix    string // the leading national digits that select the range
	prefixLen uint8  // length of the displayed prefix group (4 for 050X although prefix is "050")
	minSub    uint8  // fewest subscriber digits after the prefix group
	maxSub    uint8  // most subscriber digits after the prefix group
	typ       PhoneType
	region    PhoneRegion
	rule      phoneRule
	legacy    bool // a range no longer issued to new subscribers (011, 016–019)
}

// phonePlan is the numbering plan. Ranges whose prefixes share their first
// three digits must be adjacent (phoneInit checks it).
var phonePlan = [...]phoneRange{
	// Mobile. 010 since 2004; 011/016/017/018/019 are the legacy carrier
	// prefixes, with a 3- or 4-digit middle group. 012 is reserved for
	// machine-to-machine (IoT) lines; libphonenumber types it MOBILE.
	{prefix: "010", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneMobile, rule: phoneRule010},
	{prefix: "011", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneMobile, legacy: true},
	{prefix: "012", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneM2M, rule: phoneRule012},
	{prefix: "016", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneMobile, legacy: true},
	{prefix: "017", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneMobile, legacy: true},
	{prefix: "018", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneMobile, legacy: true},
	{prefix: "019", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneMobile, legacy: true},
	// Pager (무선호출).
	{prefix: "015", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhonePager},

	// Geographic area codes. 049 (Kaesong) is not in the plan.
	{prefix: "02", prefixLen: 2, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionSeoul, rule: phoneRuleArea},
	{prefix: "031", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionGyeonggi, rule: phoneRuleArea},
	{prefix: "032", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionIncheon, rule: phoneRuleArea},
	{prefix: "033", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionGangwon, rule: phoneRuleArea},
	{prefix: "041", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionChungnam, rule: phoneRuleArea},
	{prefix: "042", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionDaejeon, rule: phoneRuleArea},
	{prefix: "043", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionChungbuk, rule: phoneRuleArea},
	{prefix: "044", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionSejong, rule: phoneRuleArea},
	{prefix: "051", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionBusan, rule: phoneRuleArea},
	{prefix: "052", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionUlsan, rule: phoneRuleArea},
	{prefix: "053", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionDaegu, rule: phoneRuleArea},
	{prefix: "054", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionGyeongbuk, rule: phoneRuleArea},
	{prefix: "055", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionGyeongnam, rule: phoneRuleArea},
	{prefix: "061", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionJeonnam, rule: phoneRuleArea},
	{prefix: "062", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionGwangju, rule: phoneRuleArea},
	{prefix: "063", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionJeonbuk, rule: phoneRuleArea},
	{prefix: "064", prefixLen: 3, minSub: 7, maxSub: 8, typ: PhoneLandline, region: phoneRegionJeju, rule: phoneRuleArea},

	// Non-geographic services.
	{prefix: "070", prefixLen: 3, minSub: 8, maxSub: 8, typ: PhoneVoIP},
	// 050X: personal numbers (평생번호, 안심번호). libphonenumber accepts any
	// fourth digit; kpii displays the Korean 050X-XXX(X)-XXXX grouping.
	{prefix: "050", prefixLen: 4, minSub: 7, maxSub: 8, typ: PhonePersonal},
	{prefix: "080", prefixLen: 3, minSub: 7, maxSub: 7, typ: PhoneTollFree},
	// 030 + 7 digits is toll-free in libphonenumber ((?:00368|[38]0)\d{7});
	// 030 with 8 digits (0303-123-4567) is not.
	{prefix: "030", prefixLen: 3, minSub: 7, maxSub: 7, typ: PhoneTollFree},
	{prefix: "060", prefixLen: 3, minSub: 7, maxSub: 7, typ: PhonePremiumRate, rule: phoneRule060},
	// International toll-free (ITFS) numbers, dialled without a trunk prefix
	// and not reachable from abroad.
	{prefix: "00308", prefixLen: 5, minSub: 6, maxSub: 7, typ: PhoneTollFree},
	{prefix: "00368", prefixLen: 5, minSub: 7, maxSub: 7, typ: PhoneTollFree},
	{prefix: "00798", prefixLen: 5, minSub: 7, maxSub: 9, typ: PhoneTollFree},

	// 전국대표번호 (UAN): eight digits, no trunk prefix, no area code.
	{prefix: "1522", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1533", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1544", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	// kpii: 1551 and 1555 are in libphonenumber's ShortNumberMetadata only
	// (8-digit short codes, 55[15]\d{4}); they are working 대표번호 ranges,
	// so kpii accepts them as PhoneRepresentative.
	{prefix: "1551", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1555", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1566", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1577", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1588", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1599", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1600", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1644", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1660", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1661", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1666", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1668", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1670", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1688", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1800", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	// kpii: 1811, 1844 and 1866 — as 1551/1555 above.
	{prefix: "1811", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1833", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1844", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1855", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1866", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1877", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
	{prefix: "1899", prefixLen: 4, minSub: 4, maxSub: 4, typ: PhoneRepresentative},
}

// phoneShortOnlyUAN lists the representative-number prefixes that
// libphonenumber has in ShortNumberMetadata only; kpii accepts them (see
// phonePlan). The cross-check test uses the list.
var phoneShortOnlyUAN = [...]string{"1551", "1555", "1811", "1844", "1866"}

// phoneIDD lists the international call prefixes that may precede the
// country code 82 in a number written as dialled: the prefixes of Korean
// carriers (libphonenumber's internationalPrefix for KR,
// 00(?:[125689]|3(?:[46]5|91)|7(?:00|27|3|55|6[126]))) and, kpii's
// addition, the bare ITU prefix 00 that most other countries use
// (0082-10-1234-5678).
var phoneIDD = [...]string{
	"001", "002", "005", "006", "008", "009",
	"00345", "00365", "00391",
	"00700", "00727", "0073", "00755", "00761", "00762", "00766",
	"00",
}

// phoneIndex maps the first three national digits to 1 + the index in
// phonePlan of the first range with that three-digit key (0: no range).
// Built once by phoneInit; read-only afterwards.
var phoneIndex [1000]uint8

// phoneKeys holds the three-digit key of each range of phonePlan (for the
// two-digit 02, its prefix followed by 0).
var phoneKeys [len(phonePlan)]uint16

func init() { phoneInit() }

func phoneInit() {
	for i := range phonePlan {
		r := &phonePlan[i]
		if len(r.prefix) < 2 || int(r.prefixLen) < len(r.prefix) || r.minSub > r.maxSub || r.minSub == 0 {
			panic("patterns: phone plan: malformed range")
		}
		if len(r.prefix) == 2 { // 02: the key is the prefix and any third digit
			base := phoneKey3(r.prefix + "0")
			phoneKeys[i] = uint16(base)
			for k := base; k < base+10; k++ {
				if phoneIndex[k] != 0 {
					panic("patterns: phone plan: two-digit prefix overlaps another range")
				}
				phoneIndex[k] = uint8(i + 1)
			}
			continue
		}
		k := phoneKey3(r.prefix)
		phoneKeys[i] = uint16(k)
		if phoneIndex[k] == 0 {
			phoneIndex[k] = uint8(i + 1)
			continue
		}
		if prev := phonePlan[i-1].prefix; len(prev) < 3 || phoneKey3(prev) != k {
			panic("patterns: phone plan: ranges sharing their first three digits are not adjacent")
		}
	}
}

func phoneKey3(p string) int {
	return int(p[0]-'0')*100 + int(p[1]-'0')*10 + int(p[2]-'0')
}
