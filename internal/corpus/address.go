package corpus

// Korean addresses (korean-pii-formats.md §6). The 시·도 and 시·군·구 names
// are real (checked against the 행정안전부 행정동코드 table of 2023-07 and
// the renamings since); road names end in 대로/로/길 as the road-name grammar
// requires, building and lot numbers are random, so the addresses are
// well-formed but synthetic.

type district struct {
	name  string   // 시·군·구, possibly two words ("성남시 분당구"); empty for 세종
	town  string   // 읍·면 on the road-name line, or ""
	roads []string // road names (ending in 대로/로/길)
	dongs []string // 법정동 (or 리 under a 읍/면) for 참고항목 and 지번주소
}

type province struct {
	full, short, old string // official name, short form, name before a renaming
	zipLo, zipHi     int    // first two digits of the 5-digit postal code
	districts        []district
}

var provinces = []province{
	{"서울특별시", "서울", "", 1, 9, []district{
		{"강남구", "", []string{"테헤란로", "강남대로", "선릉로", "논현로", "도산대로", "봉은사로"}, []string{"역삼동", "삼성동", "논현동", "대치동"}},
		{"종로구", "", []string{"세종대로", "율곡로", "자하문로", "창경궁로"}, []string{"세종로", "청진동", "혜화동"}},
		{"중구", "", []string{"세종대로", "을지로", "퇴계로", "명동길"}, []string{"태평로1가", "명동1가", "회현동1가"}},
		{"마포구", "", []string{"월드컵로", "양화로", "와우산로", "독막로"}, []string{"서교동", "합정동", "망원동"}},
		{"송파구", "", []string{"올림픽로", "송파대로", "잠실로", "백제고분로"}, []string{"잠실동", "신천동", "방이동"}},
		{"광진구", "", []string{"광나루로", "능동로", "아차산로"}, []string{"광장동", "자양동", "구의동"}},
		{"영등포구", "", []string{"여의대로", "국제금융로", "영중로"}, []string{"여의도동", "영등포동"}},
	}},
	{"부산광역시", "부산", "", 46, 49, []district{
		{"해운대구", "", []string{"해운대해변로", "센텀중앙로", "좌동순환로"}, []string{"우동", "중동", "좌동"}},
		{"부산진구", "", []string{"중앙대로", "서면로", "가야대로"}, []string{"부전동", "전포동"}},
	}},
	{"대구광역시", "대구", "", 41, 43, []district{
		{"수성구", "", []string{"달구벌대로", "동대구로", "청수로"}, []string{"범어동", "만촌동"}},
		{"군위군", "군위읍", []string{"군청로", "중앙길"}, []string{"서부리", "동부리"}},
	}},
	{"인천광역시", "인천", "", 21, 23, []district{
		{"연수구", "", []string{"컨벤시아대로", "송도과학로", "인천타워대로"}, []string{"송도동", "연수동"}},
		{"남동구", "", []string{"예술로", "인하로", "구월로"}, []string{"구월동", "간석동"}},
	}},
	{"광주광역시", "광주", "", 61, 62, []district{
		{"서구", "", []string{"상무중앙로", "내방로", "시청로"}, []string{"치평동", "화정동"}},
	}},
	{"대전광역시", "대전", "", 34, 35, []district{
		{"유성구", "", []string{"대학로", "엑스포로", "유성대로"}, []string{"봉명동", "궁동"}},
		{"동구", "", []string{"우암로", "중앙로", "동서대로"}, []string{"가양동", "용전동"}},
	}},
	{"울산광역시", "울산", "", 44, 45, []district{
		{"남구", "", []string{"중앙로", "삼산로", "번영로"}, []string{"삼산동", "달동"}},
		{"울주군", "온양읍", []string{"솔밭1길", "온양로", "대운길"}, []string{"운화리", "동상리"}},
	}},
	{"세종특별자치시", "세종", "", 30, 30, []district{
		{"", "", []string{"한누리대로", "도움6로", "갈매로", "보듬3로"}, []string{"보람동", "어진동", "나성동"}},
	}},
	{"경기도", "경기", "", 10, 20, []district{
		{"성남시 분당구", "", []string{"판교역로", "불정로", "황새울로", "분당로"}, []string{"삼평동", "정자동", "백현동"}},
		{"수원시 영통구", "", []string{"삼성로", "광교중앙로", "매영로"}, []string{"매탄동", "이의동"}},
		{"수원시 권선구", "", []string{"서호동로", "권선로", "세화로"}, []string{"서둔동", "권선동"}},
		{"고양시 일산동구", "", []string{"중앙로", "정발산로", "장백로"}, []string{"장항동", "마두동"}},
		{"용인시 수지구", "", []string{"포은대로", "수지로", "문정로"}, []string{"풍덕천동", "죽전동"}},
		{"파주시", "", []string{"문발로", "경의로", "금정로"}, []string{"문발동", "금촌동"}},
	}},
	{"강원특별자치도", "강원", "강원도", 24, 26, []district{
		{"춘천시", "", []string{"중앙로", "퇴계로", "공지로"}, []string{"옥천동", "퇴계동"}},
		{"원주시", "", []string{"시청로", "단구로"}, []string{"무실동", "단구동"}},
		{"강릉시", "", []string{"강릉대로", "경강로"}, []string{"교동", "포남동"}},
	}},
	{"충청북도", "충북", "", 27, 29, []district{
		{"청주시 상당구", "", []string{"상당로", "대성로"}, []string{"북문로1가", "문화동"}},
		{"충주시", "", []string{"충주대로", "으뜸로"}, []string{"금릉동", "연수동"}},
	}},
	{"충청남도", "충남", "", 31, 33, []district{
		{"천안시 서북구", "", []string{"불당대로", "번영로"}, []string{"불당동", "쌍용동"}},
		{"아산시", "", []string{"번영로", "시민로"}, []string{"모종동", "온천동"}},
	}},
	{"전북특별자치도", "전북", "전라북도", 54, 56, []district{
		{"전주시 완산구", "", []string{"팔달로", "효자로", "서원로"}, []string{"효자동1가", "중앙동1가"}},
		{"군산시", "", []string{"시청로", "대학로"}, []string{"조촌동", "나운동"}},
	}},
	{"전라남도", "전남", "", 57, 60, []district{
		{"여수시", "", []string{"시청로", "여수시청로"}, []string{"학동", "문수동"}},
		{"순천시", "", []string{"장명로", "중앙로"}, []string{"장천동", "조례동"}},
		{"무안군", "삼향읍", []string{"오룡길", "남악로"}, []string{"남악리", "유교리"}},
	}},
	{"경상북도", "경북", "", 36, 40, []district{
		{"포항시 남구", "", []string{"포스코대로", "희망대로"}, []string{"대잠동", "이동"}},
		{"경주시", "", []string{"양정로", "태종로"}, []string{"동천동", "황성동"}},
		{"안동시", "", []string{"퇴계로", "경동로"}, []string{"명륜동", "옥동"}},
	}},
	{"경상남도", "경남", "", 50, 53, []district{
		{"창원시 의창구", "", []string{"중앙대로", "창이대로"}, []string{"용호동", "팔용동"}},
		{"김해시", "", []string{"김해대로", "가야로"}, []string{"내동", "삼계동"}},
	}},
	{"제주특별자치도", "제주", "", 63, 63, []district{
		{"제주시", "", []string{"문연로", "연삼로", "노형로"}, []string{"연동", "노형동"}},
		{"서귀포시", "", []string{"중앙로", "일주동로"}, []string{"서귀동", "법환동"}},
	}},
}

var aptNames = []string{"래미안", "자이", "힐스테이트", "푸르지오", "e편한세상", "아이파크", "더샵", "롯데캐슬"}

// address appends a road-name address (80 %) or a lot-number address
// (20 %), optionally preceded by a 5-digit postal code in parentheses and
// followed by 상세주소 and 참고항목, in the notations of
// korean-pii-formats.md §6.2–§6.4.
func (g *gen) address() {
	r := &g.r
	pv := &provinces[r.intn(len(provinces))]
	dt := &pv.districts[r.intn(len(pv.districts))]
	if r.chance(15, 100) {
		g.b = append(g.b, '(')
		g.b = appendPad(g.b, r.between(pv.zipLo, pv.zipHi), 2)
		g.b = appendPad(g.b, r.intn(1000), 3)
		g.b = append(g.b, ") "...)
	}
	switch n := r.intn(100); {
	case n < 15:
		g.b = append(g.b, pv.short...)
	case n < 20 && pv.old != "":
		g.b = append(g.b, pv.old...)
	default:
		g.b = append(g.b, pv.full...)
	}
	if dt.name != "" {
		g.b = append(g.b, ' ')
		g.b = append(g.b, dt.name...)
	}
	if r.chance(1, 5) {
		g.lotAddress(dt)
		return
	}
	if dt.town != "" {
		g.b = append(g.b, ' ')
		g.b = append(g.b, dt.town...)
	}
	g.b = append(g.b, ' ')
	road := pick(r, dt.roads)
	g.b = append(g.b, road...)
	if road[len(road)-3:] != "길" && r.chance(1, 4) {
		if r.chance(1, 5) {
			g.b = append(g.b, ' ') // common in practice, though not official
		}
		if r.intn(2) == 0 {
			g.b = appendPad(g.b, r.between(1, 60), 1)
			g.b = append(g.b, "길"...)
		} else {
			g.b = appendPad(g.b, r.between(2, 300), 1)
			g.b = append(g.b, "번길"...)
		}
	}
	g.b = append(g.b, ' ')
	if r.chance(3, 100) {
		g.b = append(g.b, "지하 "...)
	}
	g.b = appendPad(g.b, r.between(1, 399), 1)
	if r.chance(15, 100) {
		g.b = append(g.b, '-')
		g.b = appendPad(g.b, r.between(1, 40), 1)
	}
	apt := false
	switch n := r.intn(100); {
	case n < 20:
		g.b = append(g.b, ", "...)
		g.b = appendPad(g.b, r.between(101, 125), 1)
		g.b = append(g.b, "동 "...)
		g.b = appendPad(g.b, r.between(1, 30), 1)
		g.b = appendPad(g.b, r.between(1, 8), 2)
		g.b = append(g.b, "호"...)
		apt = true
	case n < 30:
		g.b = append(g.b, ", "...)
		g.b = appendPad(g.b, r.between(1, 20), 1)
		g.b = append(g.b, "층"...)
	case n < 40:
		g.b = append(g.b, ", "...)
		fl := r.between(1, 15)
		g.b = appendPad(g.b, fl, 1)
		g.b = append(g.b, "층 "...)
		g.b = appendPad(g.b, fl*100+r.between(1, 9), 1)
		g.b = append(g.b, "호"...)
	}
	if r.chance(25, 100) {
		if r.chance(1, 3) {
			g.b = append(g.b, ' ')
		}
		g.b = append(g.b, '(')
		g.b = append(g.b, pick(r, dt.dongs)...)
		if apt {
			g.b = append(g.b, ", "...)
			g.b = append(g.b, pick(r, aptNames)...)
			g.b = append(g.b, "아파트"...)
		}
		g.b = append(g.b, ')')
	}
}

// lotAddress finishes a 지번주소: 법정동 (or 읍 + 리), lot number, maybe 번지
// and a floor.
func (g *gen) lotAddress(dt *district) {
	r := &g.r
	if dt.town != "" {
		g.b = append(g.b, ' ')
		g.b = append(g.b, dt.town...)
	}
	g.b = append(g.b, ' ')
	g.b = append(g.b, pick(r, dt.dongs)...)
	g.b = append(g.b, ' ')
	if r.chance(5, 100) {
		g.b = append(g.b, "산 "...)
	}
	g.b = appendPad(g.b, r.between(1, 999), 1)
	if r.chance(1, 2) {
		g.b = append(g.b, '-')
		g.b = appendPad(g.b, r.between(1, 60), 1)
	}
	if r.chance(3, 10) {
		g.b = append(g.b, "번지"...)
	}
	if r.chance(2, 10) {
		g.b = append(g.b, ' ')
		g.b = appendPad(g.b, r.between(1, 12), 1)
		g.b = append(g.b, "층"...)
	}
}
