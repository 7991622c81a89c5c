package patterns

import "strings"

// Korean addresses (ADDRESS): 도로명주소 (road-name), 지번주소 (lot-number),
// their English form, and 우편번호 (postal codes).
//
// An address is valid when its administrative units are real and agree —
// every 시/도 and 시/군/구 is in the gazetteer (old names included: 강원도,
// 전라북도, 경상북도 군위군, 인천 남구), a written 시/군/구 lies in the
// written 시/도, a 일반구 under its 시 — and it has a road name and building
// number or a 동/리 and lot number. 세종특별자치시 has no 시/군/구; elsewhere a
// 시/군/구 is required. Postal codes are 5 digits whose first two are 01–63
// (and, next to a 시/도, within that 시/도's range) or legacy NNN-NNN.

// AddressForm says how an address is written.
type AddressForm uint8

// The address forms.
const (
	AddressRoadName   AddressForm = iota + 1 // 도로명주소: 세종대로 209
	AddressLotNumber                         // 지번주소: 삼성동 338-3
	AddressEnglish                           // English: 209 Sejong-daero, Jongno-gu, Seoul (or in Korean order: Seoul, Jongno-gu, Sejong-daero 209)
	AddressPostalCode                        // a postal code on its own: 06236, 135-080
)

// String returns road-name, lot-number, english or postal-code.
func (f AddressForm) String() string {
	switch f {
	case AddressRoadName:
		return "road-name"
	case AddressLotNumber:
		return "lot-number"
	case AddressEnglish:
		return "english"
	case AddressPostalCode:
		return "postal-code"
	}
	return "unknown"
}

// AddressInfo is what an address says, component by component. Empty
// strings are components the address does not have.
type AddressInfo struct {
	Form AddressForm

	// Province is the 시/도's current official name (서울특별시 for 서울,
	// 서울시 or Seoul; 전북특별자치도 for 전라북도), filled in from the
	// 시/군/구 when that is unambiguous and the 시/도 is not written.
	Province string
	// City is the 시/군/구 under its current name, a 일반구 with its 시
	// ("성남시 분당구"); in the English form, as written ("Jongno-gu").
	City string
	// Town is the 읍 or 면, as written.
	Town string
	// Neighborhood is the 동, N가 or 리 of a lot-number address (or one
	// written before a road name), as written.
	Neighborhood string
	// Road is the road name without internal spaces: 중앙로12번길.
	Road string
	// Underground is set for 지하 building numbers.
	Underground bool
	// BuildingNumber is the road-name building number, "152" or "9-16".
	BuildingNumber string
	// Mountain is set for 산 lot numbers.
	Mountain bool
	// LotNumber is the 지번, "338-3", without 산 or 번지.
	LotNumber string
	// Detail is the 상세주소: "101동 1203호", "3층".
	Detail string
	// Reference is the 참고항목 without its parentheses: "역삼동, 삼성빌딩".
	Reference string
	// PostalCode is the 5-digit code or the legacy "NNN-NNN".
	PostalCode string
	// Outdated is set when a former name was written (강원도, 전라북도,
	// 경상북도 군위군, 인천 남구 or 중구); Province and City then hold the
	// current name where there is exactly one.
	Outdated bool
}

// Address validation errors. They never contain the address.
var (
	addrErrEmpty          = newValidationError(Address, RuleLength, "empty")
	addrErrTooLong        = newValidationError(Address, RuleLength, "longer than 512 bytes")
	addrErrFormat         = newValidationError(Address, RuleFormat, "not a road-name, lot-number or English address")
	addrErrTrailing       = newValidationError(Address, RuleFormat, "text after the address")
	addrErrNoNumber       = newValidationError(Address, RuleFormat, "no road name with building number nor 동/리 with lot number")
	addrErrNoDistrict     = newValidationError(Address, RuleComponent, "no 시/군/구")
	addrErrMismatch       = newValidationError(Address, RuleComponent, "시/군/구 not in the 시/도")
	addrErrPostalProvince = newValidationError(Address, RuleComponent, "postal code outside the 시/도's range")
)

// addrMaxLen bounds what ParseAddress reads.
const addrMaxLen = 512

// ParseAddress parses a whole address — road-name, lot-number, English, or
// a postal code on its own — and returns its components. Full-width
// characters and decomposed Hangul are normalised first (see Normalize);
// surrounding spaces are ignored. The error is a *ValidationError.
func ParseAddress(s string) (AddressInfo, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return AddressInfo{}, addrErrEmpty
	}
	if len(t) > addrMaxLen {
		return AddressInfo{}, addrErrTooLong
	}
	b := []byte(Normalize(t))
	lim := len(b)
	var r addrRes
	if addrParseKo(b, 0, lim, &r, true) {
		if r.end != lim {
			return AddressInfo{}, addrErrTrailing
		}
		if r.dist == gazNone && r.prov != gazSejong {
			return AddressInfo{}, addrErrNoDistrict
		}
		info := r.info(b)
		if err := addrCheckPostal(&r, b); err != nil {
			return AddressInfo{}, err
		}
		return info, nil
	}
	koFail := r.fail
	if addrParseEn(b, 0, lim, &r, true) {
		if r.end != lim {
			return AddressInfo{}, addrErrTrailing
		}
		if !r.enDist.ok() && r.prov != gazSejong {
			return AddressInfo{}, addrErrNoDistrict
		}
		if err := addrCheckPostal(&r, b); err != nil {
			return AddressInfo{}, err
		}
		return r.info(b), nil
	}
	if addrParseEnKo(b, 0, lim, &r) && r.end == lim {
		return r.info(b), nil // English in Korean order: Seoul, Gangnam-gu, Teheran-ro 152
	}
	if pe, ok := addrPostalTok(b, 0, lim); ok && pe == lim {
		return AddressInfo{Form: AddressPostalCode, PostalCode: addrPostalDigits(b, addrSpan{0, pe})}, nil
	}
	if koFail != nil {
		return AddressInfo{}, koFail
	}
	return AddressInfo{}, addrErrFormat
}

// ValidateAddress returns nil when s is a valid address (see ParseAddress),
// or a *ValidationError saying which rule failed.
func ValidateAddress(s string) error {
	_, err := ParseAddress(s)
	return err
}

// IsValidAddress reports whether ValidateAddress(s) returns nil.
func IsValidAddress(s string) bool {
	return ValidateAddress(s) == nil
}

// FormatAddress returns s in official notation: the 시/도 and 시/군/구 by
// their current official names (filled in when the 시/군/구 makes them
// unambiguous), the road name without internal spaces, one space between
// units, a comma before the 상세주소, the 참고항목 in parentheses (a 동
// written before a road name moves there) and a postal code in parentheses
// in front. English addresses keep their words and get MOIS punctuation.
func FormatAddress(s string) (string, error) {
	info, err := ParseAddress(s)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	switch info.Form {
	case AddressPostalCode:
		return info.PostalCode, nil
	case AddressEnglish:
		sep := func(x string) {
			if x == "" {
				return
			}
			if b.Len() > 0 {
				b.WriteString(", ")
			}
			b.WriteString(x)
		}
		if info.Reference != "" {
			b.WriteString("(" + info.Reference + ")")
		}
		sep(info.Detail)
		num := info.BuildingNumber
		if info.Form == AddressEnglish && info.LotNumber != "" {
			num = info.LotNumber
			if info.Mountain {
				num = "San " + num
			}
		}
		sep(num)
		sep(info.Road)
		sep(info.Neighborhood)
		sep(info.Town)
		sep(info.City)
		if p := addrProvinceIndex(info.Province); p >= 0 {
			sep(gazProvinces[p].english)
		}
		if info.PostalCode != "" {
			b.WriteString(" " + info.PostalCode)
		}
		return b.String(), nil
	}
	word := func(x string) {
		if x == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(x)
	}
	if info.PostalCode != "" {
		b.WriteString("(" + info.PostalCode + ")")
	}
	word(info.Province)
	word(info.City)
	word(info.Town)
	ref := info.Reference
	if info.Form == AddressRoadName {
		if info.Neighborhood != "" && ref == "" {
			ref = info.Neighborhood
		}
		word(info.Road)
		if info.Underground {
			word("지하")
		}
		word(info.BuildingNumber)
		if info.Detail != "" {
			b.WriteString(", " + info.Detail)
		}
	} else {
		word(info.Neighborhood)
		num := info.LotNumber
		if info.Mountain {
			num = "산" + num
		}
		word(num)
		word(info.Detail)
	}
	if ref != "" {
		b.WriteString(" (" + ref + ")")
	}
	return b.String(), nil
}

func addrProvinceIndex(name string) int {
	for i := range gazProvinces {
		if gazProvinces[i].name == name {
			return i
		}
	}
	return -1
}

// addrPostalDigits returns the code of a postal token without brackets.
func addrPostalDigits(b []byte, sp addrSpan) string {
	s, e := sp.s, sp.e
	for s < e && !addrIsDigit(b[s]) {
		s++
	}
	for e > s && !addrIsDigit(b[e-1]) {
		e--
	}
	return string(b[s:e])
}

// addrCheckPostal checks a 5-digit postal code against the written 시/도.
func addrCheckPostal(r *addrRes, b []byte) error {
	if !r.postal.ok() || r.prov < 0 || r.outdated {
		return nil
	}
	code := addrPostalDigits(b, r.postal)
	if len(code) != 5 {
		return nil
	}
	first2 := int(code[0]-'0')*10 + int(code[1]-'0')
	p := &gazProvinces[r.prov]
	if first2 < int(p.postalLo) || first2 > int(p.postalHi) {
		return addrErrPostalProvince
	}
	return nil
}

// info turns parser offsets into an AddressInfo.
func (r *addrRes) info(b []byte) AddressInfo {
	str := func(sp addrSpan) string {
		if !sp.ok() {
			return ""
		}
		return strings.Join(strings.Fields(string(b[sp.s:sp.e])), " ")
	}
	in := AddressInfo{
		Form:         r.form,
		Town:         str(r.townTok),
		Neighborhood: str(r.dongTok),
		Detail:       str(r.detailTok),
		Reference:    strings.TrimSpace(str(r.refTok)),
		Underground:  r.underground,
		Mountain:     r.mountain,
		Outdated:     r.outdated,
	}
	if r.postal.ok() {
		in.PostalCode = addrPostalDigits(b, r.postal)
	}
	if r.form == AddressRoadName {
		in.BuildingNumber = str(r.numTok)
	} else {
		in.LotNumber = str(r.numTok)
	}
	if r.prov >= 0 {
		in.Province = gazProvinces[r.prov].name
	}
	if r.english {
		in.Form = AddressEnglish
		in.City = strings.ReplaceAll(str(r.enDist), ",", "")
		in.Road = str(r.roadTok)
		return in
	}
	in.Road = strings.ReplaceAll(str(r.roadTok)+str(r.branchTok), " ", "")
	if r.dist != gazNone {
		d := int(gazDistricts[r.dist].current)
		if r.sub != gazNone {
			d = int(gazDistricts[r.sub].current)
		}
		dd := &gazDistricts[d]
		in.City = dd.name
		if r.prov >= 0 && int(dd.province) != r.prov {
			in.Province = gazProvinces[dd.province].name // 경상북도 군위군 → 대구광역시
		}
		if dd.parent != gazNone {
			in.City = gazDistricts[dd.parent].name + " " + dd.name
		}
		if in.Province == "" && !r.distAmbiguous {
			in.Province = gazProvinces[dd.province].name
		}
	}
	return in
}
