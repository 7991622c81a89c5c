package patterns

// The ADDRESS gazetteer: Korea's 시/도, 시/군/구 and 읍/면/동 names as static
// tables generated from the Ministry of the Interior and Safety's 행정동
// table (testdata/gazetteer/divisions.tsv, 2023-07) and a hand-kept list of
// later changes and aliases (testdata/gazetteer/changes.tsv). Renaming a
// unit is one line of data there and a go generate.
//
// What the tables hold:
//
//   - the 17 시/도 with their official name, customary short names (서울,
//     서울시), former names (강원도, 전라북도) and English names (seoul,
//     gyeonggi-do), all resolving to the current official name;
//   - every 시/군/구, 일반구 under their 시 (성남시 분당구), with the changes
//     after the table: 군위군 under 대구광역시 and still accepted under
//     경상북도; 인천 제물포구·영종구·검단구 (2026-07-01) with 중구 and 동구
//     kept as former names; 인천 남구 as the former name of 미추홀구; 부천시
//     원미구·소사구·오정구 (2024-01-01); 화성시 만세구·효행구·병점구·동탄구
//     (2026-02);
//   - 읍/면/동 names: the table's 행정동 names and the 법정동-like names
//     derived from them (역삼1동 → 역삼동, 종로1.2.3.4가동 → 종로1가 …,
//     창신제1동 → 창신동); internal/gazetteer/gen documents the derivation.
//     Which 시/군/구 a 읍/면/동 belongs to is not kept: the parser uses the
//     name only as evidence that a token is a real 읍/면/동.
//
// Lookups hash a name into a static open-addressing table over one sorted
// name table (gazNames) and never allocate; nothing is built at init.

//go:generate go run ../internal/gazetteer/gen -in ../testdata/gazetteer/divisions.tsv -changes ../testdata/gazetteer/changes.tsv -out zz_gazetteer_gen.go

const gazNone = 0xFFFF

// gazProvince is a 시/도.
type gazProvince struct {
	name     string // official current name: 서울특별시, 전북특별자치도
	short    string // customary short name: 서울, 전북
	english  string // English name: Seoul, Gyeonggi-do
	former   string // former official name, if renamed after the table's predecessor (전라북도)
	postalLo uint8  // first two digits of its 5-digit postal codes, inclusive range
	postalHi uint8
}

// gazDistrict is a 시/군/구, a 일반구 under its 시, or a former name of one.
type gazDistrict struct {
	name     string // as written on its own: 분당구, 성남시, 강남구
	province uint8  // index into gazProvinces
	parent   uint16 // the 시 of a 일반구, else gazNone
	current  uint16 // the district's current entry (itself unless renamed)
	also     uint16 // a province it is also accepted under (경상북도 군위군), else gazNone
	flags    uint8  // gazDist* bits
	since    uint32 // YYYYMMDD it was created, if after the table (0: older)
	until    uint32 // YYYYMMDD it was abolished, split or renamed (0: current)
}

// Reference encoding in gazRefs: the top two bits say what the name names.
const (
	gazRefKindMask = 3 << 14
	gazRefProvince = 0 << 14 // low 5 bits: province index; bits 5–6: alias type
	gazRefDistrict = 1 << 14 // low 14 bits: district index
	gazRefTown     = 2 << 14 // low bits: gazTown* flags

	gazAliasOfficial = 0
	gazAliasShort    = 1
	gazAliasFormer   = 2
	gazAliasEnglish  = 3
)

// Town flags.
const (
	gazTownEup     = 1 << 0
	gazTownMyeon   = 1 << 1
	gazTownDong    = 1 << 2
	gazTownGa      = 1 << 3
	gazTownTable   = 1 << 4 // a 행정동 name as the Ministry table writes it
	gazTownDerived = 1 << 5 // a derived 법정동-like name
)

// District flags.
const (
	gazDistSi      = 1 << 0
	gazDistGun     = 1 << 1
	gazDistGu      = 1 << 2
	gazDistIlbangu = 1 << 3
	gazDistFormer  = 1 << 4
	gazDistAdded   = 1 << 5
	gazDistParent  = 1 << 6 // a 시 with 일반구
)

// gazName returns name k of the sorted name table.
func gazName(k int) string {
	start := uint32(0)
	if k > 0 {
		start = gazNameEnd[k-1]
	}
	return gazNames[start:gazNameEnd[k]]
}

// gazFind returns the index of the name b in the name table, or -1. It
// hashes b (FNV-1a) into gazHash and compares the few names it probes.
func gazFind(b []byte) int {
	if len(b) == 0 || len(b) > 48 {
		return -1
	}
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	for k := h & gazHashMask; ; k = (k + 1) & gazHashMask {
		v := gazHash[k]
		if v == 0 {
			return -1
		}
		if gazName(int(v)-1) == string(b) {
			return int(v) - 1
		}
	}
}

// gazRefsOf returns the references of name k.
func gazRefsOf(k int) []uint16 {
	return gazRefs[gazRefStart[k]:gazRefStart[k+1]]
}

// gazFindFold is gazFind for an ASCII name in any letter case (English
// names are stored in lower case).
func gazFindFold(b []byte) int {
	var buf [32]byte
	if len(b) > len(buf) {
		return -1
	}
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return gazFind(buf[:len(b)])
}

// gazProvinceOf returns the province a name denotes (any alias type), or -1.
func gazProvinceOf(k int) int {
	if k < 0 {
		return -1
	}
	for _, r := range gazRefsOf(k) {
		if r&gazRefKindMask == gazRefProvince {
			return int(r & 31)
		}
	}
	return -1
}

// gazTownFlags returns the town flags of name k (0 if it is no 읍/면/동).
func gazTownFlags(k int) uint16 {
	if k < 0 {
		return 0
	}
	var f uint16
	for _, r := range gazRefsOf(k) {
		if r&gazRefKindMask == gazRefTown {
			f |= r &^ gazRefKindMask
		}
	}
	return f
}

// gazDistrictIn returns the district named k that lies in province p (or
// is also accepted there), or in any province when p < 0 (the first one in
// table order, with ambiguous reporting whether more than one fits); and
// gazNone when none does.
func gazDistrictIn(k, p int) (d int, ambiguous bool) {
	d = gazNone
	if k < 0 {
		return d, false
	}
	for _, r := range gazRefsOf(k) {
		if r&gazRefKindMask != gazRefDistrict {
			continue
		}
		i := int(r &^ gazRefKindMask)
		e := &gazDistricts[i]
		if p >= 0 && int(e.province) != p && int(e.also) != p {
			continue
		}
		if d != gazNone {
			return d, true
		}
		d = i
	}
	return d, false
}

// gazChildIn returns the 일반구 named k under the 시 city, or gazNone.
func gazChildIn(k, city int) int {
	if k < 0 {
		return gazNone
	}
	for _, r := range gazRefsOf(k) {
		if r&gazRefKindMask == gazRefDistrict {
			i := int(r &^ gazRefKindMask)
			if int(gazDistricts[i].parent) == city {
				return i
			}
		}
	}
	return gazNone
}

// gazHasChildren reports whether the 시 d has 일반구.
func gazHasChildren(d int) bool {
	return d != gazNone && gazDistricts[d].flags&gazDistParent != 0
}

// gazProvinceByPostal returns the province whose postal range holds the
// code's first two digits, or -1.
func gazProvinceByPostal(first2 int) int {
	for i := range gazProvinces {
		if first2 >= int(gazProvinces[i].postalLo) && first2 <= int(gazProvinces[i].postalHi) {
			return i
		}
	}
	return -1
}
