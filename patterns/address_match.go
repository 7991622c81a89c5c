package patterns

import (
	"bytes"
	"unicode/utf8"
)

// The ADDRESS matcher and the parser it shares with ParseAddress. Both work
// on bytes, by hand (no regexp), within bounded windows, and allocate
// nothing.
//
// # What the matcher accepts
//
// Korean road-name addresses (도로명주소):
//
//	[postal] [시/도] [시/군/구 [일반구]] [읍/면] [동] road [지하] N[-M] [[,] detail] [(reference)] [postal]
//
// where road is a name ending in 대로, 로 or 길 with an optional branch
// written attached or after a space (중앙로12번길, 중앙로 12번길,
// 동일로173가길, 솔밭1길), and the building number may be attached
// (테헤란로152). Korean lot-number addresses (지번주소):
//
//	[postal] [시/도] [시/군/구 [일반구]] [읍/면] 동|N가|리 [산] N[-M][번지] [detail] [(reference)] [postal]
//
// English addresses, smallest unit first:
//
//	[(reference),] [detail,] [San] N[-M][,] Road [N-gil|Nbeon-gil][,] [X-eup|-myeon,] [X-gu|-si|-gun,]… [Province] [postal] [, Korea]
//
// Postal codes: 5 digits (first two 01–63) or legacy NNN-NNN, in an
// address span when directly before or after one, on their own when
// labelled (우편번호 06236, zip: 06236) or written in brackets (06236).
//
// Administrative units must come from the gazetteer and agree with each
// other (a 시/군/구 must lie in the 시/도 written before it). A road name
// needs a gazetteer-backed unit before it or a road-name shape; see
// addrRoadPlausible for the rules that keep particles (으로/로) and nouns
// (경로, 옆길) out.
//
// # Evidence
//
//   - EvidenceStrong: 시/도 and 시/군/구 (세종특별자치시 counts as both);
//   - no bits: a 시/군/구 with a road or 동 and a number;
//   - EvidenceWeak: a 시/도 or 읍/면 without its 시/군/구;
//   - EvidenceNeedsContext: street-only (테헤란로 152, 역삼동 123-4) or a
//     bracketed postal code alone: reported only next to a context word;
//   - EvidenceCanonical: official notation (full official 시/도 name,
//     시/군/구, road name written without spaces, a comma before detail).
//
// # Cheap rejection
//
// A digit run that none of the detector's trigger rules admits costs a few
// nanoseconds. One after a road/동 syllable is dropped before any parsing
// when the word before it is the particle 으로 or a stop word (경로, 새로,
// 옆길), or when a counter or unit follows it (3일, 2개, 1번, 10cm); only
// what survives is parsed, from each candidate start within the window,
// earliest first.

// Window bounds of the matcher.
const (
	addrBackWindow = 128 // bytes looked at before i
	addrFwdWindow  = 160 // bytes looked at after i
	addrMaxTokens  = 24  // candidate starts tried
)

// AddressContextWords are the words that, near a candidate, make an address
// reading likely (korean-pii-formats.md §9, plus field names used by Korean
// address APIs). The detector reports EvidenceNeedsContext matches only next
// to one of them. Match them case-insensitively.
var AddressContextWords = []string{
	"주소", "주소지", "거주지", "실거주지", "자택", "배송지", "배송주소", "배송 주소", "수령지", "받는 곳", "받는곳",
	"사업장주소", "사업장 주소", "소재지", "도로명주소", "도로명 주소", "지번", "지번주소", "우편번호", "집주소", "회사주소",
	"address", "addr", "shipping address", "delivery address", "home address", "mailing address",
	"zip", "zipcode", "zip code", "postal code", "postcode", "zonecode", "roadAddress", "jibunAddress", "adres",
	"위치", "찾아오시는 길", "오시는 길",
}

// addrSpan is a half-open byte range; the zero value is "absent".
type addrSpan struct{ s, e int }

func (sp addrSpan) ok() bool { return sp.e > sp.s }

// addrRes is what the parser establishes, as offsets into the input.
type addrRes struct {
	start, end int
	form       AddressForm
	english    bool

	prov, dist, sub int // gazetteer indices; -1 / gazNone when absent
	provAlias       int
	distAmbiguous   bool
	outdated        bool
	townFlags       uint16

	postal, provTok, distTok, subTok, townTok, dongTok addrSpan
	roadTok, branchTok, numTok, detailTok, refTok      addrSpan
	enDist, enProv                                     addrSpan // English district(s) and province as written

	underground, mountain, lotSuffix bool
	spacedBranch, unspacedNum        bool
	commaDetail, oddSpacing          bool

	fail *ValidationError
}

func (r *addrRes) reset(start int) {
	*r = addrRes{start: start, prov: -1, dist: gazNone, sub: gazNone}
}

// MatchAddress looks for an address around the digit run that starts at
// text[i] and returns its span. The detector calls it at a digit run when
// (a) the rune before the run, skipping at most one space, is not ASCII,
// (b) the run is 5 digits or NNN-NNN or follows '(' or '[', (c) the run is
// followed by a space (or ", ": MOIS English notation writes "209,
// Sejong-daero") and an upper-case ASCII letter, or (d) it follows an
// English road or 동 name ending in lower case and a space or two (English
// in Korean order: "Seoul, Gangnam-gu, Teheran-ro 152"). Two spaces, or a
// query string's '+', may stand for a space. Any i is safe: MatchAddress
// returns false quickly when nothing fits.
//
// The span runs from the first administrative unit (or a postal code
// directly before it) through the building or lot number and the detail,
// reference part and postal code that directly follow (an English
// address's country name stays outside); it always contains i, starts on a
// rune start, is valid UTF-8, and lies within 128 bytes before and 160
// bytes after i. A postal code alone is a match when a label precedes it
// (우편번호, (우), zip, postal code, a JSON key "zipcode") or, with
// EvidenceNeedsContext, when it is bracketed; a bare 5-digit number never
// is. MatchAddress does not allocate.
func MatchAddress(text []byte, i int) (Match, bool) {
	if i < 0 || i >= len(text) || !addrIsDigit(text[i]) || (i > 0 && addrIsDigit(text[i-1])) {
		return Match{}, false
	}
	j := i
	for j < len(text) && addrIsDigit(text[j]) && j-i < 8 {
		j++
	}
	trig := addrTrigger(text, i, j)
	if trig == 0 {
		return Match{}, false
	}
	if trig == addrTrigKo && (addrAnchorRejects(text, i) || addrTailRejects(text, j)) {
		return Match{}, false
	}
	if trig&(addrTrigKo|addrTrigEnKo) == 0 && !(trig&addrTrigPostal != 0 && addrPostalPlausible(text, i, j) ||
		trig&addrTrigEn != 0 && addrEnRoadAhead(text, j)) {
		return Match{}, false // a 5-digit id or an English "200 OK" in a log line
	}
	lim := i + addrFwdWindow
	if lim > len(text) {
		lim = len(text)
	}
	lo := i - addrBackWindow
	if lo < 0 {
		lo = 0
	}
	for k := i - 1; k >= lo; k-- {
		if c := text[k]; c == '\n' || c == '\r' {
			lo = k + 1
			break
		}
	}

	// Candidate starts: token starts in [lo, i], earliest first; when there
	// are more than addrMaxTokens, the ones nearest i are kept.
	var starts [addrMaxTokens]int
	n := 0
	for p := lo; p <= i; {
		if addrIsDelim(text[p]) {
			p++
			continue
		}
		if p == lo && lo > 0 && !addrIsDelim(text[p-1]) && text[p-1] != '\n' && text[p-1] != '\r' {
			// a token cut by the window: skip it
			for p <= i && !addrIsDelim(text[p]) {
				p++
			}
			continue
		}
		starts[n%addrMaxTokens] = p
		n++
		if text[p] == '(' || text[p] == '[' {
			// a bracket opens a token of its own (postal code or English reference)
			p++
			continue
		}
		for p <= i && !addrIsDelim(text[p]) && text[p] != '(' && text[p] != '[' {
			p++
		}
	}

	var r addrRes
	for k := max(0, n-addrMaxTokens); k < n; k++ {
		s := starts[k%addrMaxTokens]
		c := text[s]
		switch {
		case c >= 0xEA && c <= 0xED: // Hangul
			if trig&(addrTrigKo|addrTrigPostal) == 0 {
				continue
			}
			if !addrKoStartPlausible(text, s, lim) {
				continue
			}
			if addrParseKo(text, s, lim, &r, false) && r.start <= i && i < r.end {
				return Match{Kind: Address, Start: r.start, End: r.end, Evidence: r.evidence()}, true
			}
		case c == '(' || c == '[' || addrIsDigit(c):
			if _, ok := addrPostalTok(text, s, lim); ok && addrParseKo(text, s, lim, &r, false) && r.start <= i && i < r.end {
				return Match{Kind: Address, Start: r.start, End: r.end, Evidence: r.evidence()}, true
			}
			if addrEnStartPlausible(text, s, lim) && addrParseEn(text, s, lim, &r, false) && r.start <= i && i < r.end {
				return Match{Kind: Address, Start: r.start, End: r.end, Evidence: r.evidence()}, true
			}
		case c == 'S' || c == 's':
			if addrParseEn(text, s, lim, &r, false) && r.start <= i && i < r.end {
				return Match{Kind: Address, Start: r.start, End: r.end, Evidence: r.evidence()}, true
			}
			fallthrough
		case addrIsUpper(c):
			if trig&addrTrigEnKo != 0 && addrParseEnKo(text, s, lim, &r) && r.start <= i && i < r.end {
				return Match{Kind: Address, Start: r.start, End: r.end, Evidence: r.evidence()}, true
			}
		}
	}

	// A postal code on its own: labelled, or in brackets.
	if trig&addrTrigPostal != 0 {
		return addrPostalAlone(text, i, lim)
	}
	return Match{}, false
}

// Trigger classes of a digit run.
const (
	addrTrigKo     = 1 << iota // after a road/동/리/산/지하/가 syllable
	addrTrigPostal             // 5 digits, NNN-NNN, or after '(' / '['
	addrTrigEn                 // followed by [,] space and an upper-case letter
	addrTrigEnKo               // after an English road or 동 name: Korean order (Gangnam-gu, Teheran-ro 152)
)

// addrAnchorRejects looks at the Hangul word right before the digit run at
// b[i]: a particle 으로 or a stop word (경로, 새로, 옆길 …) cannot be the road
// or 동 of an address that holds the run.
func addrAnchorRejects(b []byte, i int) bool {
	p := i
	for p > 0 && i-p < 2 && (b[p-1] == ' ' || b[p-1] == '+') {
		p--
	}
	s := p
	for s > 0 && p-s < 45 && !addrIsDelim(b[s-1]) && b[s-1] != '(' && b[s-1] != '[' {
		s--
	}
	if s > 0 && !addrIsDelim(b[s-1]) && b[s-1] != '(' && b[s-1] != '[' {
		return false // a long token: decide slowly
	}
	if addrEndsWith(b, s, p, "으로") {
		return true
	}
	// stop words ending in 로 or 길 (경로, 새로, 옆길); not 동: 연동 is a 동 too
	return (addrEndsWith(b, s, p, "로") || addrEndsWith(b, s, p, "길")) && addrStopWord(b[s:p])
}

// addrTailRejects looks at what directly follows the digit run ending at
// b[j] (after a sub-number): a counter or unit (3일, 2개, 1번, 10cm) means
// the run is no building, lot, branch or detail number.
func addrTailRejects(b []byte, j int) bool {
	q := j
	if q+1 < len(b) && b[q] == '-' && addrIsDigit(b[q+1]) {
		q = addrDigitsEnd(b, q+1, min(len(b), q+8))
	}
	if q >= len(b) {
		return false
	}
	if q+1 < len(b) && addrIsDigit(b[q+1]) {
		switch b[q] {
		case '.', ':', '/':
			return true // 3.5, 10:30, 3/4
		case ',':
			// 8,741건: a thousands separator (but 152,101동 is a detail)
			d := addrDigitsEnd(b, q+1, min(len(b), q+6))
			return d-q-1 == 3 && !(d+3 <= len(b) && (string(b[d:d+3]) == "동" || string(b[d:d+3]) == "호" || string(b[d:d+3]) == "층"))
		}
	}
	if addrIsLetter(b[q]) {
		return !((b[q] == 'F' || b[q] == 'f') && (q+1 == len(b) || !addrIsLetter(b[q+1])))
	}
	if !addrSyl(b, q, len(b)) {
		return false
	}
	h := addrHangulEnd(b, q, min(len(b), q+21))
	w := b[q:h]
	if addrIsParticle(string(w)) || addrIsBranch(w) {
		return false
	}
	switch string(w) {
	case "가", "가동", "동", "로", "대로", "층", "호", "호실", "통", "반", "번지":
		return false
	}
	switch {
	case len(w) >= 6 && string(w[:6]) == "가제": // 성수1가제1동
		return false
	case len(w) > 6 && string(w[:6]) == "번지": // 1번지에서
		return !addrIsParticle(string(w[6:]))
	}
	return true
}

// addrPostalPlausible is the cheap test for a postal-code trigger at
// b[i:j]: brackets, Hangul after it (an address it leads), a label before
// it, or an address before it (it trails a number, a reference part, a
// Korean word or an English 시/도 name).
func addrPostalPlausible(b []byte, i, j int) bool {
	if i > 0 && (b[i-1] == '(' || b[i-1] == '[') {
		_, ok := addrPostalTok(b, i-1, len(b)) // (06236), not [2026-11-05
		return ok && !addrGlued(b, i-1)        // not sshd[20595]
	}
	if addrGlued(b, i) {
		return false // SKU-HN-71356, tid=…b63651
	}
	ce := j
	if ce+4 <= len(b) && b[ce] == '-' {
		ce += 4 // NNN-NNN
	}
	k := addrSkipSpaces(b, ce, len(b))
	if k < len(b) && b[k] == ',' {
		k = addrSkipSpaces(b, k+1, len(b))
	}
	if k > ce && addrSyl(b, k, len(b)) {
		return true
	}
	// what precedes it, across separators
	p := i
	for n := 0; n < 4 && p > 0; n++ {
		c := b[p-1]
		if c != ' ' && c != ':' && c != '=' && c != '"' && c != '\'' && c != '\t' && c != ',' {
			break
		}
		p--
	}
	if p == i || p == 0 {
		return false // glued to what precedes it: part of an id
	}
	spaced := b[i-1] == ' ' && (p == i-1 || p == i-2 && b[p] == ',')
	switch c := b[p-1]; {
	case c >= 0x80:
		// a label (우편번호) or a Korean address before it
		return p >= 3 && addrSyl(b, p-3, p)
	case c == ')':
		return addrPostalLabelled(b, i) || spaced && addrAddressBefore(b, p)
	case c == 'p' || c == 'P' || c == 'e' || c == 'E':
		if addrPostalLabelled(b, i) {
			return true // zip, zipcode, postal code, postcode …
		}
	case addrIsDigit(c):
		return spaced && addrAddressBefore(b, p)
	}
	if spaced && addrIsLetter(b[p-1]) {
		// an English 시/도 name: Seoul 03154
		w := p
		for w > 0 && p-w < 24 && (addrIsLetter(b[w-1]) || b[w-1] == '-') {
			w--
		}
		return gazProvinceOf(gazFindFold(b[w:p])) >= 0
	}
	return false
}

// addrGlued reports whether b[i] continues an ASCII word or id: the byte
// before it is a letter, a digit, '-', '_', '.', '/' or '#'.
func addrGlued(b []byte, i int) bool {
	if i == 0 {
		return false
	}
	c := b[i-1]
	return addrIsAlnum(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == '#'
}

// addrAddressBefore reports whether Hangul or an English road class occurs
// within 48 bytes before b[p]: the address a trailing postal code follows.
func addrAddressBefore(b []byte, p int) bool {
	for k := p - 1; k >= 0 && p-k <= 48; k-- {
		if b[k] >= 0xEA && b[k] <= 0xED {
			return true
		}
		if b[k] == '-' && k+3 <= len(b) && (string(b[k:k+3]) == "-ro" || string(b[k:k+3]) == "-gi" || string(b[k:k+3]) == "-da") {
			return true
		}
	}
	return false
}

// addrEnRoadAhead is the cheap test for an English trigger at a run ending
// at b[j]: the next word is a road (Sejong-daero, Teheran-ro, Toegye-ro,
// Gwangnaru-ro, Jungang-gil) or a lot-number unit (Jamwon-dong, -ri, -ga).
func addrEnRoadAhead(b []byte, j int) bool {
	k := j
	if k+1 < len(b) && b[k] == '-' && addrIsDigit(b[k+1]) {
		k = addrDigitsEnd(b, k+1, min(len(b), k+7))
	}
	if k < len(b) && b[k] == ',' {
		k++
	}
	if k >= len(b) || b[k] != ' ' {
		return false
	}
	_, form := addrEnRoadWords(b, k+1, len(b))
	return form != 0
}

// addrEnRoadWords reads an English road or 동/리/가 name at b[k:]: one
// capitalised word with its suffix (Teheran-ro, Sejong-daero, Yeoksam-dong),
// or up to three words whose last carries it (Centum jungang-ro, World Cup
// buk-ro). It returns the name's end and AddressRoadName or AddressLotNumber,
// or 0 when there is none.
func addrEnRoadWords(b []byte, k, lim int) (int, AddressForm) {
	if k >= lim || !addrIsUpper(b[k]) {
		return k, 0
	}
	we := addrEnWordEnd(b, k, lim)
	for n := 0; n < 3; n++ {
		w := b[k:we]
		if n > 0 {
			// a later word: "jungang-ro", "buk-ro", "daero"
			w = b[addrEnLastWordStart(b, k, we):we]
		}
		switch {
		case n == 0 && len(w) < 4:
		case addrFoldHasSuffix(w, "-ro") || addrFoldHasSuffix(w, "-daero") || addrFoldHasSuffix(w, "-gil") ||
			(addrFoldHasSuffix(w, "daero") && len(w) > 6) || addrFoldHasSuffix(w, "-ro.") || addrFoldHasSuffix(w, "beon-gil"):
			return we, AddressRoadName
		case addrFoldHasSuffix(w, "-dong") || addrFoldHasSuffix(w, "-ri") || addrFoldHasSuffix(w, "-ga"):
			return we, AddressLotNumber
		}
		if we+1 >= lim || b[we] != ' ' || bytes.IndexByte(b[k:we], '-') >= 0 {
			break // a hyphenated word ends the name
		}
		next := we + 1
		if addrIsDigit(b[next]) {
			// a numbered branch: Yeonmujang 5ga-gil, Dosan 12-gil
			d := addrDigitsEnd(b, next, min(lim, next+4))
			if d == next || d >= lim || !(addrIsLetter(b[d]) || b[d] == '-' && d+1 < lim && addrIsLetter(b[d+1])) {
				break
			}
			if ne := addrEnWordEnd(b, d+1, lim); ne > d+1 && (b[d] == '-' || addrIsLetter(b[d])) {
				we = ne
				continue
			}
			break
		}
		if !addrIsLetter(b[next]) {
			break
		}
		we = addrEnWordEnd(b, next, lim)
	}
	return k, 0
}

// addrEnRoadBefore reports whether an English road or 동 name (Teheran-ro,
// Sejong-daero, Sejongdaero, Yeoksam-dong), its last letter in lower case,
// ends at b[p-1]: the number after it may close an English address written
// in Korean order.
func addrEnRoadBefore(b []byte, p int) bool {
	if p == 0 || b[p-1]-'a' >= 26 {
		return false // INFO 16478: the common case, decided at once
	}
	s := p
	for s > 0 && p-s < 40 && (addrIsLetter(b[s-1]) || b[s-1] == '-') {
		s--
	}
	w := b[s:p]
	if len(w) < 4 || !addrIsLetter(w[0]) || w[len(w)-1]-'a' >= 26 {
		return false // the name ends in lower case: Teheran-ro, not INFO
	}
	// -gil, -ri and -ga names are left to the English order: the detector's
	// gate looks for names ending in o or g only.
	return addrFoldHasSuffix(w, "-ro") || addrFoldHasSuffix(w, "-daero") ||
		addrFoldHasSuffix(w, "daero") && len(w) > 6 || addrFoldHasSuffix(w, "-dong")
}

// addrParseEnKo reads an English address written in Korean order, largest
// unit first, at b[p:]: [province] district… [town] road-or-동 N[-M]
// (Seoul, Gangnam-gu, Teheran-ro 152; Incheon Jung-gu Gonghang-ro 272;
// Seoul Mapo-gu World Cup buk-ro 396). Commas between the units are
// optional; a province or a district is required.
func addrParseEnKo(b []byte, p, lim int, r *addrRes) bool {
	r.reset(p)
	r.english = true
	q := p
	we := addrEnWordEnd(b, q, lim)
	if pv, pe := addrEnProvince(b, q, we, lim); pv >= 0 {
		r.prov, r.enProv = pv, addrSpan{q, pe}
		q = addrEnSep(b, pe, lim)
		we = addrEnWordEnd(b, q, lim)
	}
	for n := 0; n < 2 && q < lim && addrIsUpper(b[q]); n++ {
		w := b[q:we]
		if !(addrFoldHasSuffix(w, "-gu") || addrFoldHasSuffix(w, "-si") || addrFoldHasSuffix(w, "-gun")) {
			break
		}
		if r.enDist.ok() {
			r.enDist.e = we // Seongnam-si Bundang-gu: one unit
		} else {
			r.enDist = addrSpan{q, we}
		}
		q = addrEnSep(b, we, lim)
		we = addrEnWordEnd(b, q, lim)
	}
	if !r.enProv.ok() && !r.enDist.ok() {
		return false
	}
	if q < lim && addrIsUpper(b[q]) && (addrFoldHasSuffix(b[q:we], "-eup") || addrFoldHasSuffix(b[q:we], "-myeon")) {
		r.townTok = addrSpan{q, we}
		q = addrEnSep(b, we, lim)
	}
	re, form := addrEnRoadWords(b, q, lim)
	switch form {
	case AddressRoadName:
		r.roadTok = addrSpan{q, re}
	case AddressLotNumber:
		r.dongTok = addrSpan{q, re}
	default:
		return false
	}
	r.form = form
	k := addrSkipSpaces(b, re, lim)
	if k == re {
		return false
	}
	ne, ok := addrNum(b, k, lim)
	if !ok || ne < lim && (addrIsAlnum(b[ne]) || b[ne] == '-') {
		return false
	}
	r.numTok = addrSpan{k, ne}
	r.end = ne
	return true
}

// addrEnLastWordStart returns where the last space-separated word of
// b[k:we] starts.
func addrEnLastWordStart(b []byte, k, we int) int {
	s := we
	for s > k && b[s-1] != ' ' {
		s--
	}
	return s
}

// addrEnStartPlausible is a cheap filter before the English parser: a
// reference "(Word", a detail (101-dong, #12, 3F), or a number followed by
// [,] space and an upper-case letter; or "San ".
func addrEnStartPlausible(b []byte, s, lim int) bool {
	if s+1 >= lim {
		return false
	}
	switch c := b[s]; {
	case c == '(':
		return addrIsUpper(b[s+1])
	case c == '#':
		return true
	case c == 'S' || c == 's':
		return true
	case !addrIsDigit(c):
		return false
	}
	d := addrDigitsEnd(b, s, lim)
	if d < lim && b[d] == '-' {
		if d+1 < lim && addrIsLetter(b[d+1]) {
			return true // 101-dong
		}
		d = addrDigitsEnd(b, d+1, lim)
	}
	if d < lim && addrIsLetter(b[d]) {
		return true // 101dong, 3F
	}
	if d < lim && b[d] == ',' {
		d++
	}
	return d+1 < lim && b[d] == ' ' && addrIsUpper(b[d+1])
}

// The UTF-8 bytes of the syllables that end a road, 동, 리, 산, 지하 or
// N가 word, as 24-bit numbers (address_test.go checks them).
const (
	addrU로 = 0xEBA19C
	addrU길 = 0xEAB8B8
	addrU동 = 0xEB8F99
	addrU리 = 0xEBA6AC
	addrU산 = 0xEC82B0
	addrU하 = 0xED9598
	addrU가 = 0xEAB080
)

// addrTrigger classifies the digit run text[i:j] cheaply; 0 rejects it.
func addrTrigger(b []byte, i, j int) int {
	t := 0
	p := i
	for p > 0 && i-p < 2 && (b[p-1] == ' ' || b[p-1] == '+') {
		p-- // 테헤란로 152, typed with two spaces, or in a query string (테헤란로+152)
	}
	if p > 0 && addrIsLetter(b[p-1]) && addrEnRoadBefore(b, p) {
		t |= addrTrigEnKo
	}
	if p >= 3 && b[p-3] >= 0xEA && b[p-3] <= 0xED {
		switch uint32(b[p-3])<<16 | uint32(b[p-2])<<8 | uint32(b[p-1]) {
		case addrU로, addrU길, addrU동, addrU리, addrU산, addrU하, addrU가:
			t |= addrTrigKo
		}
	}
	n := j - i
	if (n == 5 && (j == len(b) || !addrIsDigit(b[j]))) ||
		(n == 3 && j+4 <= len(b) && b[j] == '-' && addrIsDigit(b[j+1]) && addrIsDigit(b[j+2]) && addrIsDigit(b[j+3]) && (j+4 == len(b) || !addrIsDigit(b[j+4]))) ||
		(i > 0 && (b[i-1] == '(' || b[i-1] == '[')) {
		t |= addrTrigPostal
	}
	q := j
	if q < len(b) && b[q] == '-' { // N-M
		q++
		for q < len(b) && q-j < 6 && addrIsDigit(b[q]) {
			q++
		}
	}
	if q < len(b) && b[q] == ',' {
		q++
	}
	if q+1 < len(b) && b[q] == ' ' && b[q+1] >= 'A' && b[q+1] <= 'Z' {
		t |= addrTrigEn
	}
	return t
}

func addrIsDigit(c byte) bool { return c >= '0' && c <= '9' }
func addrIsUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func addrIsLetter(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}
func addrIsAlnum(c byte) bool { return addrIsDigit(c) || addrIsLetter(c) }
func addrIsSpace(c byte) bool { return c == ' ' || c == '\t' || c == '+' }

// addrIsDelim reports whether the ASCII byte c separates tokens.
func addrIsDelim(c byte) bool {
	if c >= 0x80 {
		return false
	}
	return !(addrIsAlnum(c) || c == '-' || c == '.' || c == '_' || c == '#' || c == '*' || c == '(' || c == '[')
}

// addrSyl reports whether a Hangul syllable (U+AC00–U+D7A3) starts at b[p]
// and ends before lim.
func addrSyl(b []byte, p, lim int) bool {
	if p+3 > lim || p+3 > len(b) {
		return false
	}
	c := b[p]
	if c < 0xEA || c > 0xED || b[p+1]&0xC0 != 0x80 || b[p+2]&0xC0 != 0x80 {
		return false
	}
	r := rune(c&0x0F)<<12 | rune(b[p+1]&0x3F)<<6 | rune(b[p+2]&0x3F)
	return r >= 0xAC00 && r <= 0xD7A3
}

// addrSylRune returns the syllable at b[p] (addrSyl must hold).
func addrSylRune(b []byte, p int) rune {
	return rune(b[p]&0x0F)<<12 | rune(b[p+1]&0x3F)<<6 | rune(b[p+2]&0x3F)
}

// addrHangulEnd returns the end of the run of Hangul syllables at b[p:lim].
func addrHangulEnd(b []byte, p, lim int) int {
	for addrSyl(b, p, lim) {
		p += 3
	}
	return p
}

// addrDigitsEnd returns the end of the ASCII digit run at b[p:lim].
func addrDigitsEnd(b []byte, p, lim int) int {
	for p < lim && addrIsDigit(b[p]) {
		p++
	}
	return p
}

// addrSkipSpaces skips at most two spaces or tabs.
func addrSkipSpaces(b []byte, p, lim int) int {
	for k := 0; k < 2 && p < lim && addrIsSpace(b[p]); k++ {
		p++
	}
	return p
}

// addrHasFinal reports whether the syllable has a final consonant other
// than ㄹ, after which the particle is 으로, never 로.
func addrHasFinal(r rune) bool {
	jong := (r - 0xAC00) % 28
	return jong != 0 && jong != 8
}

// addrEndsWith reports whether b[s:e] ends with the syllable string x.
func addrEndsWith(b []byte, s, e int, x string) bool {
	return e-s >= len(x) && string(b[e-len(x):e]) == x
}

// addrMaybeAdmin is a cheap filter before a gazetteer lookup: the last
// syllable of a 시/도, 시/군/구 or 읍/면 name, or a two-syllable short name.
func addrMaybeAdmin(tok []byte) bool {
	n := len(tok)
	if n < 6 || n > 45 {
		return false
	}
	switch string(tok[n-3:]) {
	case "시", "도", "구", "군", "읍", "면":
		return true
	}
	if n != 6 {
		return false
	}
	switch string(tok) { // the two-syllable short names of the 시/도
	case "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주":
		return true
	}
	return false
}

// addrKoStartPlausible rejects Hangul tokens that can start neither an
// administrative chain nor a street-only address, before any parsing.
func addrKoStartPlausible(b []byte, s, lim int) bool {
	e := addrHangulEnd(b, s, lim)
	if e-s < 6 {
		return false
	}
	if addrMaybeAdmin(b[s:e]) && (e >= lim || addrIsSpace(b[e])) {
		return true
	}
	switch string(b[e-3 : e]) {
	case "로", "길", "동", "리", "가":
		return true
	}
	// stem + digits: 솔밭1길, 역삼1동, 종로1가
	return e < lim && addrIsDigit(b[e])
}

// --- the Korean parser ---------------------------------------------------

// addrParseKo parses a Korean address starting at b[p]; whole asks for
// ParseAddress's strictness (the caller checks that it ends at the end).
func addrParseKo(b []byte, p, lim int, r *addrRes, whole bool) bool {
	r.reset(p)
	q := p
	if pe, ok := addrPostalTok(b, q, lim); ok {
		r.postal = addrSpan{q, pe}
		q = addrSkipSpaces(b, pe, lim)
		if q < lim && b[q] == ',' {
			q = addrSkipSpaces(b, q+1, lim)
		}
	}
	q = addrAdminChain(b, q, lim, r)
	if r.fail != nil {
		return false
	}
	hasAdmin := r.prov >= 0 || r.dist != gazNone || r.townTok.ok()
	if r.postal.ok() && !hasAdmin {
		return false // a postal code only leads an address with units
	}
	e, ok := addrBody(b, q, lim, r, hasAdmin)
	if !ok {
		return false
	}
	e = addrTail(b, e, lim, r, whole)
	r.end = e
	if r.form == 0 {
		return false
	}
	return true
}

// addrAdminChain reads 시/도, 시/군/구, 일반구 and 읍/면 tokens at b[q:].
func addrAdminChain(b []byte, q, lim int, r *addrRes) int {
	for n := 0; n < 5 && q < lim; n++ {
		te := addrHangulEnd(b, q, lim)
		if te == q || te >= lim || !addrIsSpace(b[te]) {
			break
		}
		tok := b[q:te]
		if !addrMaybeAdmin(tok) {
			break
		}
		k := gazFind(tok)
		if k < 0 {
			break
		}
		next := addrSkipSpaces(b, te, lim)
		if next-te > 1 {
			r.oddSpacing = true
		}
		took := false
		switch {
		case r.prov < 0 && r.dist == gazNone && !r.townTok.ok():
			p := gazProvinceOf(k)
			d, amb := gazDistrictIn(k, -1)
			if p >= 0 && (d == gazNone || addrNextIsDistrictOf(b, next, lim, p)) {
				// 광주시 북구 → 광주광역시; 광주시 오포읍 → 경기도 광주시
				r.prov = p
				r.provTok = addrSpan{q, te}
				for _, ref := range gazRefsOf(k) {
					if ref&gazRefKindMask == gazRefProvince && int(ref&31) == p {
						r.provAlias = int(ref>>5) & 3
					}
				}
				if r.provAlias == gazAliasFormer {
					r.outdated = true
				}
				took = true
				// "서울 특별시": a short name followed by its type.
				if ne := addrHangulEnd(b, next, lim); ne > next && ne < lim && addrIsSpace(b[ne]) {
					switch string(b[next:ne]) {
					case "특별시", "광역시", "특별자치시", "특별자치도", "도":
						r.provTok.e = ne
						r.oddSpacing = true
						next = addrSkipSpaces(b, ne, lim)
					}
				}
			} else if d != gazNone {
				addrTakeDistrict(r, d, q, te)
				r.distAmbiguous = amb
				took = true
			} else if f := gazTownFlags(k); f&(gazTownEup|gazTownMyeon) != 0 {
				r.townTok, r.townFlags, took = addrSpan{q, te}, f, true
			}
		case r.dist == gazNone && !r.townTok.ok():
			if d, _ := gazDistrictIn(k, r.prov); d != gazNone && r.prov != gazSejong {
				addrTakeDistrict(r, d, q, te)
				took = true
			} else if f := gazTownFlags(k); f&(gazTownEup|gazTownMyeon) != 0 {
				r.townTok, r.townFlags, took = addrSpan{q, te}, f, true
			} else if d, _ := gazDistrictIn(k, -1); d != gazNone {
				r.fail = addrErrMismatch
				return q
			}
		case r.dist != gazNone && r.sub == gazNone && !r.townTok.ok() && gazHasChildren(r.dist):
			if c := gazChildIn(k, r.dist); c != gazNone {
				r.sub = c
				r.subTok = addrSpan{q, te}
				if gazDistricts[c].flags&gazDistFormer != 0 {
					r.outdated = true
				}
				took = true
			} else if f := gazTownFlags(k); f&(gazTownEup|gazTownMyeon) != 0 {
				r.townTok, r.townFlags, took = addrSpan{q, te}, f, true
			}
		case !r.townTok.ok():
			if f := gazTownFlags(k); f&(gazTownEup|gazTownMyeon) != 0 {
				r.townTok, r.townFlags, took = addrSpan{q, te}, f, true
			}
		}
		if !took {
			break
		}
		q = next
	}
	return q
}

func addrTakeDistrict(r *addrRes, d, s, e int) {
	r.dist = d
	r.distTok = addrSpan{s, e}
	dd := &gazDistricts[d]
	if dd.flags&gazDistFormer != 0 {
		r.outdated = true // renamed (인천 남구), split or abolished (인천 중구)
	}
	if r.prov >= 0 && int(dd.province) != r.prov {
		r.outdated = true // accepted under its former province (경상북도 군위군)
	}
}

// addrNextIsDistrictOf reports whether the token at b[q:] is a 시/군/구 of
// province p (to read 광주시 북구 as 광주광역시, 광주시 오포읍 as 경기도 광주시).
func addrNextIsDistrictOf(b []byte, q, lim, p int) bool {
	e := addrHangulEnd(b, q, lim)
	d, _ := gazDistrictIn(gazFind(b[q:e]), p)
	return d != gazNone
}

// addrBody parses the road or lot part and the number at b[q:].
func addrBody(b []byte, q, lim int, r *addrRes, hasAdmin bool) (int, bool) {
	if q >= lim {
		return q, false
	}
	// 동 / N가 / 리, then a lot number or a road.
	if de, ok := addrDongTok(b, q, lim, r, hasAdmin); ok {
		r.dongTok = addrSpan{q, de}
		if ns := addrSkipSpaces(b, de, lim); ns > de && hasAdmin {
			if e, ok := addrRoadNum(b, ns, lim, r, true); ok {
				r.form = AddressRoadName
				return e, true
			}
		}
		if e, ok := addrLot(b, de, lim, r, hasAdmin); ok {
			r.form = AddressLotNumber
			return e, true
		}
		r.dongTok = addrSpan{}
		r.numTok = addrSpan{}
		r.mountain, r.lotSuffix = false, false
	}
	if e, ok := addrRoadNum(b, q, lim, r, hasAdmin); ok {
		r.form = AddressRoadName
		if hasAdmin && !r.branchTok.ok() && e+6 <= lim && string(b[e:min(e+6, len(b))]) == "번지" && addrNumBoundary(b, e+6, lim, true) {
			// 세종로 1번지: a 법정동 named …로 with a lot number
			r.form, r.dongTok, r.roadTok, r.lotSuffix = AddressLotNumber, r.roadTok, addrSpan{}, true
			e += 6
		}
		return e, true
	}
	// 세종로 산 203-26번지: a 법정동 named …로 with a mountain lot or 번지
	if h := addrHangulEnd(b, q, lim); hasAdmin && h-q >= 6 && string(b[h-3:h]) == "로" {
		r.roadTok, r.numTok, r.underground = addrSpan{}, addrSpan{}, false
		if e, ok := addrLot(b, h, lim, r, hasAdmin); ok && (r.mountain || r.lotSuffix) {
			r.form, r.dongTok = AddressLotNumber, addrSpan{q, h}
			return e, true
		}
		r.numTok, r.mountain, r.lotSuffix = addrSpan{}, false, false
	}
	return q, false
}

// addrDongTok reads a 동, N가 or 리 token: 역삼동, 역삼1동, 창신제1동,
// 종로1가, 성수동1가, 가술리.
func addrDongTok(b []byte, q, lim int, r *addrRes, hasAdmin bool) (int, bool) {
	h := addrHangulEnd(b, q, lim)
	if h-q < 3 {
		return q, false
	}
	e := h
	numbered := false
	if d := addrDigitsEnd(b, h, lim); d > h && d-h <= 2 && b[h] != '0' {
		h2 := addrHangulEnd(b, d, lim)
		switch string(b[d:h2]) {
		case "동", "가", "가동":
			e, numbered = h2, true
		default:
			return q, false
		}
	}
	last := string(b[e-3 : e])
	switch {
	case numbered:
	case last == "동" && e-q >= 6:
	case last == "리" && e-q >= 6 && r.townTok.ok():
	default:
		return q, false
	}
	// followed by a space, a digit (삼성동338) or 산
	if e < lim && !addrIsSpace(b[e]) && !addrIsDigit(b[e]) && !(addrSyl(b, e, lim) && string(b[e:e+3]) == "산") {
		return q, false
	}
	if !hasAdmin {
		k := gazFind(b[q:e])
		if gazTownFlags(k)&(gazTownDong|gazTownGa) == 0 || addrStopWord(b[q:e]) {
			return q, false
		}
	}
	return e, true
}

// addrLot reads [space] [산 [space]] N[-M][번지] after a 동/가/리 token.
func addrLot(b []byte, p, lim int, r *addrRes, hasAdmin bool) (int, bool) {
	q := addrSkipSpaces(b, p, lim)
	if addrSyl(b, q, lim) && string(b[q:q+3]) == "산" {
		r.mountain = true
		q = addrSkipSpaces(b, q+3, lim)
	}
	ne, ok := addrNum(b, q, lim)
	if !ok {
		return p, false
	}
	r.numTok = addrSpan{q, ne}
	e := ne
	if addrSyl(b, e, lim) && e+6 <= lim && string(b[e:e+6]) == "번지" {
		r.lotSuffix = true
		e += 6
	}
	if !addrNumBoundary(b, e, lim, r.lotSuffix) {
		return p, false
	}
	if !hasAdmin && !r.mountain && !r.lotSuffix && !addrHasDash(b, r.numTok) {
		return p, false // 역삼동 123 alone is too weak
	}
	return e, true
}

func addrHasDash(b []byte, sp addrSpan) bool {
	for k := sp.s; k < sp.e; k++ {
		if b[k] == '-' {
			return true
		}
	}
	return false
}

// addrNum reads N or N-M: 1–5 digits without a leading zero, a sub-number
// of 1–4 digits.
func addrNum(b []byte, q, lim int) (int, bool) {
	d := addrDigitsEnd(b, q, lim)
	if d == q || d-q > 5 || b[q] == '0' {
		return q, false
	}
	if d+1 < lim && b[d] == '-' && addrIsDigit(b[d+1]) && b[d+1] != '0' {
		d2 := addrDigitsEnd(b, d+1, lim)
		if d2-d-1 > 4 {
			return q, false
		}
		d = d2
	}
	return d, true
}

// addrParticles may follow a building or lot number directly.
func addrIsParticle(w string) bool {
	switch w {
	case "에", "에서", "에서는", "에서도", "에는", "에도", "으로", "로", "이", "가", "은", "는", "을", "를", "의",
		"까지", "부터", "와", "과", "도", "이며", "이고", "이다", "입니다", "이에요", "예요", "이야", "야", "인", "임",
		"이라", "라", "로서", "이었", "였", "이던", "던", "번지", "번지에", "번지의", "번지에서", "번지입니다", "번지로", "번지이며",
		// the copula and endings of speech: 613이요, 2요, 300이겠네요, 451-2번지라서
		"이요", "요", "이고요", "고요", "이예요", "에요", "이라서", "라서", "이라고", "라고", "이니까", "니까",
		"인데", "인데요", "이죠", "죠", "이지요", "이겠네요", "이겠죠", "이래요", "래요", "이었어요", "였어요", "이었는데", "였는데",
		"이랑", "랑", "까지요", "이었고", "였고", "고":
		return true
	}
	return false
}

// addrNumBoundary checks what follows a number: not another digit, letter
// or group, not a decimal, time or date, and of Hangul only a particle.
func addrNumBoundary(b []byte, e, lim int, lot bool) bool {
	if e >= len(b) {
		return true
	}
	c := b[e]
	switch {
	case addrIsAlnum(c), c == '-', c == '%', c == '@', c == '_', c == '+', c == '*', c == '#', c == '=':
		return false
	case c == '.' || c == ':' || c == '/' || c == '~':
		return !(e+1 < len(b) && addrIsDigit(b[e+1]))
	case c >= 0xEA && c <= 0xED:
		h := addrHangulEnd(b, e, min(len(b), e+21))
		if h == e {
			return true
		}
		if h-e > 18 {
			return false
		}
		return addrIsParticle(string(b[e:h]))
	case c >= 0x80:
		r, _ := utf8.DecodeRune(b[e:])
		switch r {
		case '㎡', '㎞', '㎝', '㎜', '㎏', '℃', '°', '％', '개', '원':
			return false
		}
	}
	return true
}

// addrRoadNum reads a road name and its building number at b[q:].
func addrRoadNum(b []byte, q, lim int, r *addrRes, hasAdmin bool) (int, bool) {
	if hasAdmin && q < lim && addrIsDigit(b[q]) {
		return addrDigitRoadNum(b, q, lim, r)
	}
	h := addrHangulEnd(b, q, lim)
	if h-q < 6 {
		return q, false
	}
	roadEnd, stemEnd := -1, -1
	branch, numbered := false, false
	last := string(b[h-3 : h])
	if last == "로" || last == "길" {
		stemEnd = h - 3
		if addrEndsWith(b, q, h, "대로") {
			stemEnd = h - 6
		}
		roadEnd = h
		if d := addrDigitsEnd(b, h, lim); d > h {
			h2 := addrHangulEnd(b, d, lim)
			switch {
			case d-h <= 4 && b[h] != '0' && addrIsBranch(b[d:h2]):
				roadEnd, branch = h2, true
			case h2 == d:
				// 테헤란로152: the number is attached; checked below
			case addrIsParticle(string(b[d:h2])) && string(b[d:h2]) != "가":
				// 테헤란로152에
			default:
				return q, false // 태평로1가, 역삼로3층 …
			}
		}
	} else if d := addrDigitsEnd(b, h, lim); d > h && d-h <= 4 && b[h] != '0' {
		// 솔밭1길: stem, digits, 길; 도움6로, 보듬3로: a numbered road
		h2 := addrHangulEnd(b, d, lim)
		switch {
		case addrIsBranch(b[d:h2]):
			stemEnd, roadEnd, branch = h, h2, true
		case string(b[d:h2]) == "로" || string(b[d:h2]) == "대로":
			stemEnd, roadEnd, numbered = h, h2, true
			// a branch of a numbered road: 보듬3로19길, 도움6로57번길
			if d2 := addrDigitsEnd(b, h2, lim); d2 > h2 && d2-h2 <= 4 && b[h2] != '0' {
				h3 := addrHangulEnd(b, d2, lim)
				switch {
				case addrIsBranch(b[d2:h3]):
					roadEnd, branch = h3, true
				case h3 == d2:
					// 도움6로11: the number is attached
				default:
					return q, false
				}
			}
		default:
			return q, false
		}
	} else {
		return q, false
	}
	if stemEnd <= q {
		return q, false
	}
	// spaced branch: 중앙로 12번길, 도움6로 48길
	p := roadEnd
	spacedBranch := false
	if !branch && (last == "로" || last == "길" || numbered) {
		if ns := addrSkipSpaces(b, p, lim); ns > p {
			d := addrDigitsEnd(b, ns, lim)
			if d > ns && d-ns <= 4 && b[ns] != '0' {
				h2 := addrHangulEnd(b, d, lim)
				if addrIsBranch(b[d:h2]) {
					branch, spacedBranch = true, true
					r.branchTok = addrSpan{ns, h2}
					p = h2
				}
			}
		}
	}
	if !addrRoadPlausible(b, q, stemEnd, roadEnd, branch || numbered, hasAdmin) {
		return q, false
	}
	// building number: [spaces] [지하 [space]] N[-M]
	ns := addrSkipSpaces(b, p, lim)
	unspaced := ns == p
	if unspaced {
		// only 테헤란로152 (not after a branch) or …로지하188
		switch {
		case p >= lim:
			return q, false
		case addrIsDigit(b[p]):
		case !(p+6 <= lim && string(b[p:p+6]) == "지하"):
			return q, false
		}
	}
	if ns-p > 1 {
		r.oddSpacing = true
	}
	if addrSyl(b, ns, lim) && ns+6 <= lim && string(b[ns:ns+6]) == "지하" {
		r.underground = true
		ns = addrSkipSpaces(b, ns+6, lim)
	}
	ne, ok := addrNum(b, ns, lim)
	if !ok {
		return q, false
	}
	if !addrNumBoundary(b, ne, lim, false) {
		return q, false
	}
	if unspaced && !r.underground && ne < lim && b[ne] >= 0x80 {
		return q, false // 테헤란로152에: too close to prose without a space
	}
	r.roadTok = addrSpan{q, roadEnd}
	r.numTok = addrSpan{ns, ne}
	r.spacedBranch = spacedBranch
	r.unspacedNum = unspaced
	return ne, true
}

// addrDigitRoadNum reads a road name that starts with digits, after
// administrative units only: 3.15대로 1 (창원).
func addrDigitRoadNum(b []byte, q, lim int, r *addrRes) (int, bool) {
	d := addrDigitsEnd(b, q, lim)
	if d-q > 2 || b[q] == '0' {
		return q, false
	}
	if d+1 < lim && b[d] == '.' && addrIsDigit(b[d+1]) {
		d = addrDigitsEnd(b, d+1, lim)
		if d-q > 5 {
			return q, false
		}
	}
	h := addrHangulEnd(b, d, lim)
	if h-d < 6 || !(addrEndsWith(b, d, h, "대로") || addrEndsWith(b, d, h, "로") || addrEndsWith(b, d, h, "길")) {
		return q, false
	}
	ns := addrSkipSpaces(b, h, lim)
	if ns == h {
		return q, false
	}
	ne, ok := addrNum(b, ns, lim)
	if !ok || !addrNumBoundary(b, ne, lim, false) {
		return q, false
	}
	r.roadTok = addrSpan{q, h}
	r.numTok = addrSpan{ns, ne}
	return ne, true
}

// addrIsBranch reports whether w is a branch-road suffix after a number:
// 길, 번길, 가길 … 하길, 번안길.
func addrIsBranch(w []byte) bool {
	switch string(w) {
	case "길", "번길", "번안길", "가길", "나길", "다길", "라길", "마길", "바길", "사길", "아길", "자길", "차길", "카길", "타길", "파길", "하길":
		return true
	}
	return false
}

// addrRoadPlausible decides whether b[q:roadEnd] (stem b[q:stemEnd]) is a
// road name and not a word that ends in 로 or 길:
//
//   - a token ending in 으로 is the particle, never a road;
//   - common nouns and adverbs (경로, 새로, 옆길, 골목길 …) are never roads;
//   - with an administrative unit before it, any other stem will do;
//   - street-only, a branch (N길, N번길) or 대로 is a road shape; a plain
//     …로 needs a stem of two syllables ending in a final consonant other
//     than ㄹ (after which the particle would be 으로: 테헤란로, 중앙로) or
//     of three syllables or more, or one such syllable (종로); a plain …길
//     needs a stem of two syllables.
func addrRoadPlausible(b []byte, q, stemEnd, roadEnd int, branch, hasAdmin bool) bool {
	nameEnd := roadEnd
	if branch {
		// the base road name before the branch number
		nameEnd = stemEnd
		for nameEnd < roadEnd && !addrIsDigit(b[nameEnd]) {
			nameEnd += 3
		}
	}
	base := b[q:nameEnd]
	if addrEndsWith(b, q, nameEnd, "으로") {
		return false
	}
	if addrStopWord(base) {
		return false
	}
	if hasAdmin {
		return true
	}
	stemSyl := (stemEnd - q) / 3
	if branch {
		return stemSyl >= 1
	}
	if addrEndsWith(b, q, roadEnd, "대로") {
		return stemSyl >= 1
	}
	lastStem := addrSylRune(b, stemEnd-3)
	if string(b[roadEnd-3:roadEnd]) == "길" {
		return stemSyl >= 2
	}
	switch {
	case stemSyl >= 3:
		return true
	case stemSyl >= 1:
		return addrHasFinal(lastStem)
	}
	return false
}

// addrStopWord lists words ending in 로, 길 or 동 that are not road or
// 동 names: nouns of the 路 family, adverbs, everyday paths, and common
// nouns ending in 동 (이동, 운동 …).
func addrStopWord(w []byte) bool {
	switch string(w) {
	case "경로", "진로", "통로", "항로", "선로", "공로", "육로", "행로", "수로", "회로", "미로", "도로", "철로",
		"차로", "대로", "해로", "활로", "기로", "말로", "퇴로", "귀로", "가로", "세로", "새로", "서로", "바로", "주로",
		"별로", "따로", "절로", "홀로", "날로", "실로", "고로", "그로", "이로", "저로", "위로", "뒤로", "우로", "좌로",
		"우회로", "교차로", "산책로", "등산로", "활주로", "통학로", "진입로", "출입로", "대피로", "피난로", "보행로",
		"하수로", "배수로", "수송로", "판로", "유통로", "감염경로", "이동경로", "순환로", "비상로", "탈출로", "차도로", "한도로",
		"그대로", "이대로", "저대로", "제대로", "멋대로", "맘대로", "마음대로", "생각대로", "뜻대로", "마음대로로", "계획대로", "예정대로", "순서대로", "차례대로", "말대로", "그런대로", "있는대로",
		"길", "옆길", "뒷길", "앞길", "샛길", "산길", "골목길", "지름길", "오솔길", "밤길", "눈길", "빗길", "찻길",
		"물길", "뱃길", "하늘길", "등굣길", "하굣길", "출근길", "퇴근길", "귀갓길", "귀성길", "귀경길", "갈길",
		"먼길", "큰길", "한길", "외길", "첫길", "비탈길", "꽃길", "흙길", "자갈길", "이길", "저길", "그길", "가는길",
		"오는길", "돌아오는길", "집에가는길", "산책길", "등산길", "퇴근길에", "나들이길", "여행길", "출장길", "배송길",
		"이동", "자동", "수동", "행동", "활동", "운동", "감동", "변동", "연동", "작동", "가동", "출동", "노동", "충동",
		"소동", "폭동", "난동", "선동", "진동", "파동", "발동", "기동", "구동", "요동", "유동", "부동", "협동", "공동",
		"합동", "정동", "반동", "율동", "약동", "격동", "경동", "태동", "준동", "책동", "미동", "저동", "서동", "동동":
		return true
	}
	return false
}

// addrDetailTok reads one detail token at b[q:]: 101동, 1203호, 3층,
// 301호실, 3F, B1, B2층, 지하1층, 제2층, A동, 가동.
func addrDetailTok(b []byte, q, lim int) (int, bool) {
	if q >= lim {
		return q, false
	}
	p := q
	if addrSyl(b, p, lim) && p+6 <= lim && string(b[p:p+6]) == "지하" {
		p = addrSkipSpaces(b, p+6, lim)
		d := addrDigitsEnd(b, p, lim)
		if d > p && d-p <= 2 && d+3 <= lim && string(b[d:d+3]) == "층" {
			return addrDetailEnd(b, d+3, lim)
		}
		return q, false
	}
	if addrSyl(b, p, lim) && string(b[p:p+3]) == "제" {
		p += 3
	}
	if p+1 < lim && (b[p] == 'B' || b[p] == 'b') && addrIsDigit(b[p+1]) {
		d := addrDigitsEnd(b, p+1, lim)
		if d-p-1 > 2 {
			return q, false
		}
		if d+3 <= lim && string(b[d:d+3]) == "층" {
			return addrDetailEnd(b, d+3, lim)
		}
		if d < lim && (addrIsAlnum(b[d]) || b[d] == '-') {
			return q, false
		}
		return d, true
	}
	if p < lim && addrIsUpper(b[p]) && p+4 <= lim && string(b[p+1:p+4]) == "동" {
		return addrDetailEnd(b, p+4, lim)
	}
	if addrSyl(b, p, lim) && p+6 <= lim && string(b[p+3:p+6]) == "동" && p == q {
		switch string(b[p : p+3]) {
		case "가", "나", "다", "라", "마", "바", "사", "아", "자":
			return addrDetailEnd(b, p+6, lim)
		}
	}
	d := addrDigitsEnd(b, p, lim)
	if d == p || d-p > 5 {
		return q, false
	}
	if d < lim && (b[d] == 'F' || b[d] == 'f') && d-p <= 3 {
		if d+1 < lim && addrIsAlnum(b[d+1]) {
			return q, false
		}
		return d + 1, true
	}
	if d+1 < lim && b[d] == '-' && addrIsDigit(b[d+1]) && p == q {
		// 101-1203: apartment 동-호 shorthand
		d2 := addrDigitsEnd(b, d+1, lim)
		if d2-d-1 > 4 || d-p > 4 || (d2 < lim && (b[d2] == '-' || addrIsAlnum(b[d2]))) {
			return q, false
		}
		if d2+3 <= lim && string(b[d2:d2+3]) == "호" {
			return addrDetailEnd(b, d2+3, lim)
		}
		return d2, true
	}
	if !addrSyl(b, d, lim) {
		return q, false
	}
	switch string(b[d : d+3]) {
	case "동", "층", "통", "반":
		return addrDetailEnd(b, d+3, lim)
	case "호":
		if d+6 <= lim && string(b[d+3:d+6]) == "실" {
			return addrDetailEnd(b, d+6, lim)
		}
		return addrDetailEnd(b, d+3, lim)
	}
	return q, false
}

// addrDetailEnd accepts a detail token ending at e when what follows is not
// more of a word (a particle may follow).
func addrDetailEnd(b []byte, e, lim int) (int, bool) {
	if e >= len(b) || e >= lim {
		return e, true
	}
	c := b[e]
	if addrIsAlnum(c) {
		// 3층301호: another detail token follows directly
		if addrIsDigit(c) {
			if _, ok := addrDetailTok(b, e, lim); ok {
				return e, true
			}
		}
		return e, false
	}
	if addrSyl(b, e, lim) {
		h := addrHangulEnd(b, e, min(len(b), e+21))
		if !addrIsParticle(string(b[e:h])) {
			return e, false
		}
	}
	return e, true
}

// addrDetails reads detail tokens after a number at b[e:]: an optional
// comma, then up to four tokens, optionally led by one building name
// (강남파이낸스센터 31층).
func addrDetails(b []byte, e, lim int, r *addrRes) int {
	q := e
	comma := false
	if q < lim && b[q] == ',' {
		comma = true
		q = addrSkipSpaces(b, q+1, lim)
	} else if q < lim && addrIsSpace(b[q]) {
		q = addrSkipSpaces(b, q, lim)
	} else if !(q < lim && addrIsDigit(b[q])) {
		return e
	}
	start := q
	last := -1
	for n := 0; n < 4; n++ {
		t, ok := addrDetailTok(b, q, lim)
		if !ok && n == 0 {
			// a building name (two words after a comma) before a detail token:
			// 강남파이낸스센터 31층, 역삼동 삼성빌딩 3층
			w := q
			words := 1
			if comma {
				words = 2
			}
			for k := 0; k < words && !ok; k++ {
				ws := w
				for w < lim && w-ws < 45 && !addrIsDelim(b[w]) && b[w] != '(' {
					w++
				}
				if w == ws || w >= lim || b[w] != ' ' || addrIsDigit(b[ws]) || !utf8.Valid(b[ws:w]) {
					break
				}
				w++
				if t2, ok2 := addrDetailTok(b, w, lim); ok2 {
					t, ok = t2, true
				}
			}
		}
		if !ok {
			break
		}
		last = t
		q = t
		if q < lim && addrIsDigit(b[q]) {
			continue // 3층301호
		}
		if q+1 < lim && b[q] == ' ' {
			if _, ok := addrDetailTok(b, q+1, lim); ok {
				q++
				continue
			}
		}
		break
	}
	if last < 0 {
		return e
	}
	r.detailTok = addrSpan{start, last}
	r.commaDetail = comma
	return last
}

// addrRef reads a reference part "(역삼동, 삼성빌딩)" at b[e:] (after at most
// one space). One that holds more than four digits in a row, '-' aside, is a
// phone number or an id in brackets, not a reference part.
func addrRef(b []byte, e, lim int, r *addrRes) int {
	q := e
	if q < lim && addrIsSpace(b[q]) {
		q++
	}
	if q >= lim || b[q] != '(' {
		return e
	}
	hangul, digits := false, 0
	for k := q + 1; k < lim && k-q <= 96; k++ {
		c := b[k]
		if addrIsDigit(c) {
			if digits++; digits > 4 {
				return e // (담당 02-3771-5520): a number, not a 동 or building name
			}
		} else if c != '-' {
			digits = 0
		}
		switch {
		case c == ')':
			if !hangul || k == q+1 || !utf8.Valid(b[q+1:k]) {
				return e
			}
			r.refTok = addrSpan{q + 1, k}
			return k + 1
		case c == '(' || c == '\n' || c == '\r' || c == '[' || c == ']':
			return e
		case c == '*':
			hangul = true
		case addrSyl(b, k, lim):
			hangul = true
		}
	}
	return e
}

// addrTail reads detail, reference part and a trailing postal code.
func addrTail(b []byte, e, lim int, r *addrRes, whole bool) int {
	e = addrDetails(b, e, lim, r)
	e = addrRef(b, e, lim, r)
	if r.postal.ok() {
		return e
	}
	q := e
	if q < lim && b[q] == ',' {
		q++
	}
	ns := addrSkipSpaces(b, q, lim)
	if ns < lim && b[ns] == '(' && ns+1 < lim && !addrIsDigit(b[ns+1]) {
		// (우) 06236 / (우편번호 06236)
		k := ns + 1
		w := addrHangulEnd(b, k, lim)
		switch string(b[k:w]) {
		case "우", "우편번호":
			if w < lim && b[w] == ')' {
				w++
			}
			d := addrSkipSpaces(b, w, lim)
			if pe, ok := addrPostalTok(b, d, lim); ok {
				if pe < lim && b[pe] == ')' && b[w-1] != ')' {
					pe++
				}
				r.postal = addrSpan{ns, pe}
				return pe
			}
		}
		return e
	}
	if pe, ok := addrPostalTok(b, ns, lim); ok && (b[ns] == '(' || b[ns] == '[' || (ns > q && (pe >= len(b) || b[pe] < 0x80))) {
		r.postal = addrSpan{ns, pe}
		return pe
	}
	return e
}

// addrPostalTok reads a postal code at b[q:]: (NNNNN), [NNNNN], NNNNN,
// NNN-NNN, (NNN-NNN).
func addrPostalTok(b []byte, q, lim int) (int, bool) {
	if q >= lim {
		return q, false
	}
	open := byte(0)
	p := q
	if b[p] == '(' || b[p] == '[' {
		open = b[p]
		p++
	}
	ce, ok := addrPostalCode(b, p, lim)
	if !ok {
		return q, false
	}
	if open != 0 {
		want := byte(')')
		if open == '[' {
			want = ']'
		}
		if ce >= lim || b[ce] != want {
			return q, false
		}
		return ce + 1, true
	}
	return ce, true
}

// addrPostalCode reads the digits of a postal code: 5 digits whose first two
// are 01–63, or NNN-NNN with a first digit 1–7.
func addrPostalCode(b []byte, p, lim int) (int, bool) {
	d := addrDigitsEnd(b, p, lim)
	switch d - p {
	case 5:
		if v := int(b[p]-'0')*10 + int(b[p+1]-'0'); v < 1 || v > 63 {
			return p, false
		}
	case 3:
		if b[p] < '1' || b[p] > '7' || d+4 > lim || b[d] != '-' {
			return p, false
		}
		d2 := addrDigitsEnd(b, d+1, lim)
		if d2-d-1 != 3 {
			return p, false
		}
		d = d2
	default:
		return p, false
	}
	if d < len(b) && (addrIsAlnum(b[d]) || b[d] == '-' || (b[d] == '.' && d+1 < len(b) && addrIsDigit(b[d+1]))) {
		return p, false
	}
	return d, true
}

// addrPostalAlone reports a postal code at b[i] that stands on its own: a
// label before it (우편번호, zip …) makes it a match, brackets alone a
// NeedsContext one; both are fragments (EvidenceFragment).
func addrPostalAlone(b []byte, i, lim int) (Match, bool) {
	s := i
	if i > 0 && (b[i-1] == '(' || b[i-1] == '[') {
		s = i - 1
	}
	pe, ok := addrPostalTok(b, s, lim)
	if !ok {
		return Match{}, false
	}
	ce, _ := addrPostalCode(b, i, lim)
	if addrPostalLabelled(b, s) {
		return Match{Kind: Address, Start: i, End: ce, Evidence: EvidenceFragment}, true
	}
	if s < i && pe > ce && !addrGlued(b, s) {
		return Match{Kind: Address, Start: i, End: ce, Evidence: EvidenceNeedsContext | EvidenceFragment}, true
	}
	return Match{}, false
}

// addrPostalLabelled looks for a postal-code label directly before b[s]:
// 우편번호[:], (우), 우), zip[code][:], postal code, postcode, "zipcode":"…".
func addrPostalLabelled(b []byte, s int) bool {
	k := s
	for n := 0; n < 4 && k > 0; n++ {
		c := b[k-1]
		if c == ' ' || c == ':' || c == '=' || c == '"' || c == '\'' || c == '\t' {
			k--
			continue
		}
		break
	}
	w := k
	if w >= 1 && b[w-1] == ')' {
		// (우) / 우)
		if w >= 4 && string(b[w-4:w-1]) == "우" {
			return true
		}
		return false
	}
	// Korean: 우편번호, 우편번호는, 우편 번호
	for _, lab := range [...]string{"우편번호", "우편번호는", "우편번호:", "우편 번호", "새우편번호", "구우편번호"} {
		if w >= len(lab) && string(b[w-len(lab):w]) == lab {
			return true
		}
	}
	// English, any case: zip, zipcode, zip code, postal code, postcode, post code, postal_code, zip_code
	var buf [16]byte
	n := 0
	for k := w - 1; k >= 0 && n < len(buf); k-- {
		c := b[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if !(c >= 'a' && c <= 'z' || c == ' ' || c == '_' || c == '-') {
			break
		}
		buf[len(buf)-1-n] = c
		n++
	}
	tail := string(buf[len(buf)-n:])
	for _, lab := range [...]string{"zip", "zipcode", "zip code", "zip_code", "postal code", "postal_code", "postalcode", "postcode", "post code", "post_code", "zonecode"} {
		if len(tail) >= len(lab) && tail[len(tail)-len(lab):] == lab {
			if len(tail) == len(lab) {
				return true
			}
			c := tail[len(tail)-len(lab)-1]
			if c == ' ' || c == '_' || c == '-' {
				return true
			}
		}
	}
	return false
}

// evidence turns what the parser found into Evidence bits.
func (r *addrRes) evidence() Evidence {
	var ev Evidence
	if r.form == AddressPostalCode {
		return 0
	}
	hasDist := r.dist != gazNone || r.prov == gazSejong || r.enDist.ok()
	hasProv := r.prov >= 0
	switch {
	case hasProv && hasDist:
		ev |= EvidenceStrong
	case hasDist:
	case hasProv || r.townTok.ok():
		ev |= EvidenceWeak
	default:
		ev |= EvidenceNeedsContext
	}
	if r.canonical() {
		ev |= EvidenceCanonical
	}
	return ev
}

// canonical reports official notation.
func (r *addrRes) canonical() bool {
	if r.english {
		return r.enCanonical()
	}
	if r.prov < 0 || r.provAlias != gazAliasOfficial || r.outdated || r.oddSpacing {
		return false
	}
	if r.dist == gazNone && r.prov != gazSejong {
		return false
	}
	if r.dist != gazNone && gazHasChildren(r.dist) && r.sub == gazNone {
		return false
	}
	switch r.form {
	case AddressRoadName:
		return !r.spacedBranch && !r.unspacedNum && (!r.detailTok.ok() || r.commaDetail)
	case AddressLotNumber:
		return r.dongTok.ok()
	}
	return false
}

// --- the English parser --------------------------------------------------

// addrFoldHasSuffix reports whether w ends with the lower-case ASCII suffix
// x in any letter case.
func addrFoldHasSuffix(w []byte, x string) bool {
	if len(w) < len(x) {
		return false
	}
	w = w[len(w)-len(x):]
	for k := 0; k < len(x); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != x[k] {
			return false
		}
	}
	return true
}

// addrFoldEq reports whether w equals the lower-case ASCII x in any case.
func addrFoldEq(w []byte, x string) bool {
	return len(w) == len(x) && addrFoldHasSuffix(w, x)
}

// addrEnWordEnd returns the end of an English word at b[q:]: a letter, then
// letters, digits, hyphens, apostrophes and dots.
func addrEnWordEnd(b []byte, q, lim int) int {
	if q >= lim || !addrIsLetter(b[q]) {
		return q
	}
	e := q + 1
	for e < lim && e-q < 40 && (addrIsAlnum(b[e]) || b[e] == '-' || b[e] == '\'' || b[e] == '.') {
		e++
	}
	for e > q && (b[e-1] == '.' || b[e-1] == '-') {
		e--
	}
	return e
}

// addrEnSep skips a component separator: [","] spaces. It returns q
// unchanged when there is none.
func addrEnSep(b []byte, q, lim int) int {
	k := q
	if k < lim && b[k] == ',' {
		k++
	}
	k2 := addrSkipSpaces(b, k, lim)
	if k2 == k && k == q {
		return q
	}
	return k2
}

// addrEnDetailTok reads an English detail token: 101-dong, 102-ho, #1203,
// 3F, B1, Apt 1203, Unit 5, Suite 300, Room 301, 12th Floor.
func addrEnDetailTok(b []byte, q, lim int) (int, bool) {
	if q >= lim {
		return q, false
	}
	if b[q] == '#' {
		d := addrDigitsEnd(b, q+1, lim)
		if d > q+1 && d-q-1 <= 5 {
			return d, true
		}
		return q, false
	}
	if addrIsLetter(b[q]) {
		we := addrEnWordEnd(b, q, lim)
		w := b[q:we]
		if (w[0] == 'B' || w[0] == 'b') && len(w) >= 2 && len(w) <= 3 && addrIsDigit(w[1]) && (len(w) == 2 || addrIsDigit(w[2])) {
			return we, true
		}
		for _, x := range [...]string{"apt", "apt.", "unit", "suite", "ste", "room", "rm", "floor", "fl"} {
			if addrFoldEq(w, x) || (we < lim && b[we] == '.' && addrFoldEq(w, x)) {
				k := we
				if k < lim && b[k] == '.' {
					k++
				}
				k = addrSkipSpaces(b, k, lim)
				d := addrDigitsEnd(b, k, lim)
				if d > k && d-k <= 5 {
					return d, true
				}
			}
		}
		return q, false
	}
	d := addrDigitsEnd(b, q, lim)
	if d == q || d-q > 5 {
		return q, false
	}
	k := d
	if k < lim && b[k] == '-' {
		k++
	}
	we := addrEnWordEnd(b, k, lim)
	w := b[k:we]
	switch {
	case addrFoldEq(w, "dong"), addrFoldEq(w, "ho"), addrFoldEq(w, "f") && k == d:
		return we, true
	case addrFoldEq(w, "st") || addrFoldEq(w, "nd") || addrFoldEq(w, "rd") || addrFoldEq(w, "th"):
		k2 := addrSkipSpaces(b, we, lim)
		fe := addrEnWordEnd(b, k2, lim)
		if addrFoldEq(b[k2:fe], "floor") || addrFoldEq(b[k2:fe], "fl") {
			return fe, true
		}
	}
	return q, false
}

// addrEnBranch reads a branch after an English road name: " 507-gil",
// " 77beon-gil", " 77-beongil", " 12 beon-gil".
func addrEnBranch(b []byte, q, lim int) (int, bool) {
	k := addrSkipSpaces(b, q, lim)
	if k == q {
		return q, false
	}
	d := addrDigitsEnd(b, k, lim)
	if d == k || d-k > 4 {
		return q, false
	}
	k = d
	if k < lim && (b[k] == '-' || b[k] == ' ') {
		k++
	}
	we := addrEnWordEnd(b, k, lim)
	w := b[k:we]
	if addrFoldEq(w, "gil") || addrFoldEq(w, "beongil") || addrFoldEq(w, "beon-gil") || addrFoldEq(w, "ga-gil") {
		return we, true
	}
	return q, false
}

// addrEnProvinceEnd reads an English 시/도 name at b[q:we] and the words
// that may follow it (Special City, Metropolitan City, Province …).
func addrEnProvince(b []byte, q, we, lim int) (prov, end int) {
	p := gazProvinceOf(gazFindFold(b[q:we]))
	if p < 0 {
		return -1, q
	}
	end = we
	for n := 0; n < 4; n++ {
		k := addrSkipSpaces(b, end, lim)
		if k == end {
			break
		}
		e := addrEnWordEnd(b, k, lim)
		w := b[k:e]
		switch {
		case addrFoldEq(w, "special"), addrFoldEq(w, "metropolitan"), addrFoldEq(w, "self-governing"),
			addrFoldEq(w, "city"), addrFoldEq(w, "province"), addrFoldEq(w, "state"), addrFoldEq(w, "do"), addrFoldEq(w, "si"):
			end = e
			continue
		}
		break
	}
	return p, end
}

// addrParseEn parses an English address starting at b[p].
func addrParseEn(b []byte, p, lim int, r *addrRes, whole bool) bool {
	r.reset(p)
	r.english = true
	q := p
	if q < lim && b[q] == '(' {
		k := q + 1
		for k < lim && k-q < 96 && b[k] != ')' && b[k] != '(' && b[k] != '\n' {
			k++
		}
		if k >= lim || b[k] != ')' || k == q+1 || !addrIsLetter(b[q+1]) || !utf8.Valid(b[q+1:k]) {
			return false
		}
		r.refTok = addrSpan{q + 1, k}
		q = addrEnSep(b, k+1, lim)
		if q == k+1 {
			return false
		}
	}
	// detail, then a comma
	ds := q
	de := -1
	for n := 0; n < 3; n++ {
		t, ok := addrEnDetailTok(b, q, lim)
		if !ok {
			break
		}
		de = t
		if t+1 < lim && b[t] == ' ' {
			if _, ok2 := addrEnDetailTok(b, t+1, lim); ok2 {
				q = t + 1
				continue
			}
		}
		break
	}
	if de > 0 {
		if de < lim && b[de] == ',' {
			r.detailTok = addrSpan{ds, de}
			q = addrSkipSpaces(b, de+1, lim)
		} else {
			q = ds
		}
	}
	// [San] N[-M][,]
	if q+4 < lim && addrFoldEq(b[q:q+3], "san") && b[q+3] == ' ' && addrIsDigit(b[q+4]) {
		r.mountain = true
		q += 4
	}
	ne, ok := addrNum(b, q, lim)
	if !ok {
		return false
	}
	r.numTok = addrSpan{q, ne}
	k := ne
	comma := false
	if k < lim && b[k] == ',' {
		comma = true
		k++
	}
	if k >= lim || b[k] != ' ' {
		return false
	}
	r.commaDetail = comma // for English: a comma after the number
	k = addrSkipSpaces(b, k, lim)
	we, form := addrEnRoadWords(b, k, lim)
	switch form {
	case AddressRoadName:
		r.form = AddressRoadName
		e := we
		if be, ok := addrEnBranch(b, we, lim); ok {
			e = be
		}
		r.roadTok = addrSpan{k, e}
	case AddressLotNumber:
		r.form = AddressLotNumber
		r.dongTok = addrSpan{k, we}
	default:
		return false
	}
	e := r.roadTok.e
	if r.form == AddressLotNumber {
		e = r.dongTok.e
	}
	// components: [town,] [district[, district],] [province] [postal] [, country]
	stage := 0    // 1 town, 2 district, 3 province, 4 postal, 5 country
	spanEnd := -1 // the span ends before the country name
	for n := 0; n < 8; n++ {
		c := addrEnSep(b, e, lim)
		if c == e || c >= lim {
			break
		}
		if addrIsDigit(b[c]) {
			if stage >= 4 || stage < 2 && r.prov < 0 {
				break
			}
			pe, ok := addrPostalCode(b, c, lim)
			if !ok || (pe < len(b) && b[pe] >= 0x80) {
				break
			}
			r.postal = addrSpan{c, pe}
			e, stage = pe, 4
			continue
		}
		ce := addrEnWordEnd(b, c, lim)
		cw := b[c:ce]
		if len(cw) < 2 || !addrIsUpper(cw[0]) {
			break
		}
		if stage < 3 {
			if pv, pe := addrEnProvince(b, c, ce, lim); pv >= 0 {
				r.prov = pv
				r.enProv = addrSpan{c, pe}
				e, stage = pe, 3
				continue
			}
		}
		switch {
		case stage < 1 && (addrFoldHasSuffix(cw, "-eup") || addrFoldHasSuffix(cw, "-myeon")):
			r.townTok = addrSpan{c, ce}
			e, stage = ce, 1
			continue
		case stage < 2 && (addrFoldHasSuffix(cw, "-gu") || addrFoldHasSuffix(cw, "-si") || addrFoldHasSuffix(cw, "-gun")):
			r.enDist = addrSpan{c, ce}
			e, stage = ce, 2
			continue
		case stage == 2 && (addrFoldHasSuffix(cw, "-gu") || addrFoldHasSuffix(cw, "-si")) && r.enDist.ok():
			r.enDist.e = ce // Bundang-gu, Seongnam-si → one unit
			e = ce
			continue
		case stage >= 2 && stage < 5 && (addrFoldEq(cw, "korea") || addrFoldEq(cw, "rok")):
			spanEnd = e
			e, stage = ce, 5
			continue
		case stage >= 2 && stage < 5 && (addrFoldEq(cw, "republic") || addrFoldEq(cw, "south")):
			k2 := addrSkipSpaces(b, ce, lim)
			if addrFoldEq(cw, "republic") {
				o := addrEnWordEnd(b, k2, lim)
				if !addrFoldEq(b[k2:o], "of") {
					break
				}
				k2 = addrSkipSpaces(b, o, lim)
			}
			ke := addrEnWordEnd(b, k2, lim)
			if addrFoldEq(b[k2:ke], "korea") {
				spanEnd = e
				e, stage = ke, 5
				continue
			}
		}
		break
	}
	if r.form == AddressLotNumber && !r.enDist.ok() {
		return false
	}
	if !r.roadTok.ok() && !r.dongTok.ok() {
		return false
	}
	// a street-only English road needs the hyphenated road class
	if !r.enDist.ok() && r.prov < 0 && !r.detailTok.ok() && !r.refTok.ok() {
		rw := b[r.roadTok.s:r.roadTok.e]
		if !(addrContainsFold(rw, "-ro") || addrContainsFold(rw, "-daero") || addrContainsFold(rw, "-gil")) {
			return false
		}
	}
	if e < lim && (addrIsAlnum(b[e]) || b[e] >= 0x80 && !addrIsDelimRune(b, e)) && !whole {
		// the address runs into more of a word
		if b[e] != '(' {
			return false
		}
	}
	r.end = e
	if spanEnd >= 0 && !whole {
		r.end = spanEnd
	}
	return true
}

func addrContainsFold(w []byte, x string) bool {
	for k := 0; k+len(x) <= len(w); k++ {
		if addrFoldHasSuffix(w[:k+len(x)], x) {
			return true
		}
	}
	return false
}

// addrIsDelimRune reports whether a non-ASCII rune at b[e] ends a word
// (Hangul does not).
func addrIsDelimRune(b []byte, e int) bool {
	return !(b[e] >= 0xEA && b[e] <= 0xED)
}

// enCanonical reports MOIS English notation: a comma after the building
// number, the 시/군/구 and the 시/도.
func (r *addrRes) enCanonical() bool {
	return r.commaDetail && r.enDist.ok() && r.prov >= 0
}
