package detector

import (
	"bytes"
	"sort"
	"unsafe"

	"github.com/kpii/kpii/patterns"
)

// Detector finds personal information in text. It is immutable once built
// and safe for concurrent use: build one with New and share it.
type Detector struct {
	idx      *kindIndex
	enabled  kindMask
	minConf  Confidence
	ctx      *contextTable
	allow    *AllowList
	deny     []denyEntry
	patterns []*Pattern
	onError  func(error)

	fields *fieldCache // kinds per field name, filled as names are seen

	// hot-path switches
	reg, phone, email, addr bool
	// gate[gateIndex(len, first, second)] says which digit matchers a digit
	// run of that length and first two digits could possibly start; most runs
	// in logs (octets, clock parts, status codes, sizes) find 0 here and cost
	// one load. The masked index keeps the lookup free of bounds checks.
	gate [4096]uint8

	more moreKinds // the later digit matchers (more_kinds.go)
}

// Digit-run gate bits.
const (
	gateReg uint8 = 1 << iota
	gatePhone
	gateAddr
	// The later kinds (more_kinds.go); none is set with DefaultKinds.
	gateCard
	gateBRN
	gateDL
	gatePassport
	gateCtx // BANK_ACCOUNT and HEALTH_INSURANCE: context-only shapes
)

// New builds a Detector. Without options it detects DefaultKinds at Medium
// confidence or above.
func New(opts ...Option) *Detector {
	c := config{kinds: DefaultKinds(), minConf: Medium}
	for _, o := range opts {
		o(&c)
	}
	d := &Detector{idx: newKindIndex(), minConf: c.minConf, allow: c.allow, onError: c.onError, fields: &fieldCache{}}
	if d.minConf < Low {
		d.minConf = Low
	}
	for _, p := range c.patterns {
		d.idx.add(p.kind)
	}
	for k := range c.deny {
		d.idx.add(k)
	}
	for _, k := range c.kinds {
		d.idx.add(k)
	}
	d.enabled = d.idx.mask(c.kinds)
	for _, p := range c.patterns {
		if b, ok := d.idx.bit(p.kind); ok && d.enabled&b != 0 {
			d.patterns = append(d.patterns, p)
		}
	}
	on := func(k patterns.Kind) bool { b, ok := d.idx.bit(k); return ok && d.enabled&b != 0 }
	d.reg = on(patterns.RRN) || on(patterns.FRN) || on(patterns.CRN)
	d.phone = on(patterns.Phone)
	d.email = on(patterns.Email)
	d.addr = on(patterns.Address)
	d.more = newMoreKinds(on)
	d.gate = buildGate(d.reg, d.phone, d.addr, d.more)

	pos := defaultContextWords()
	for k, ws := range c.extraContext {
		pos[k] = append(append([]string(nil), pos[k]...), ws...)
	}
	for _, p := range c.patterns {
		pos[p.kind] = append(append([]string(nil), pos[p.kind]...), p.context...)
	}
	d.ctx = newContextTable(pos, negativeContextWords, d.idx)
	d.more.prefilter(d.ctx, d.idx)
	for k, vs := range c.deny {
		if b, ok := d.idx.bit(k); ok && d.enabled&b != 0 {
			for _, v := range vs {
				if v != "" {
					d.deny = append(d.deny, denyEntry{kind: k, value: []byte(v)})
				}
			}
		}
	}
	return d
}

// Kinds returns the kinds the detector reports.
func (d *Detector) Kinds() []patterns.Kind {
	var out []patterns.Kind
	for i, k := range d.idx.kinds {
		if d.enabled&(1<<uint(i)) != 0 {
			out = append(out, k)
		}
	}
	return out
}

// MinConfidence returns the lowest confidence the detector reports.
func (d *Detector) MinConfidence() Confidence { return d.minConf }

// Find returns the findings in s, sorted by Start and non-overlapping. It
// returns nil, without allocating, when s holds nothing to report.
func (d *Detector) Find(s string) []Finding {
	if s == "" {
		return nil
	}
	// The detector only reads its input; viewing the string's bytes avoids a
	// copy of every line a log pipeline hands it.
	return d.FindBytes(stringBytes(s))
}

// stringBytes views a string's bytes without copying; callers only read.
func stringBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// scanContext is what a scan knows beyond the text: whether the text is
// already normalised, and the kinds its field name suggests.
type scanContext struct {
	normalized bool
	off        []int32 // for a folded copy: its bytes' offsets in the caller's input
	field      kindMask
	fieldName  string
	slab       []Reason // the findings' Reasons are cut from it: one allocation for many findings
	// nearMisses are RRN and FRN candidates one level below the minimum
	// confidence that another finding on their line may raise (raiseNearby).
	nearMisses []Finding
}

// keepReasons copies rs into sc's slab and returns the copy, capped so that
// appending to one finding's Reasons never touches another's. A new slab
// holds rs alone for a short text (a log line) and up to 512 reasons for a
// large buffer, one per 128 bytes.
func (sc *scanContext) keepReasons(rs []Reason, textLen int) []Reason {
	if cap(sc.slab)-len(sc.slab) < len(rs) {
		sc.slab = make([]Reason, 0, max(len(rs), min(textLen>>7, 512)))
	}
	k := len(sc.slab)
	sc.slab = append(sc.slab, rs...)
	return sc.slab[k:len(sc.slab):len(sc.slab)]
}

// FindBytes is Find on a byte slice. It neither modifies nor retains b.
func (d *Detector) FindBytes(b []byte) []Finding {
	return d.findBytes(b, scanContext{})
}

func (d *Detector) findBytes(b []byte, sc scanContext) []Finding {
	var out []Finding
	for from := 0; from < len(b); {
		var at int
		out, at = d.scan(b, from, out, &sc)
		if at < 0 {
			break
		}
		// text around at needs folding: scan its line on a normalised copy,
		// then go on after it.
		ls, le := normWindow(b, at)
		if ls < from {
			ls = from // the text before was settled by the previous window
		}
		for len(out) > 0 && out[len(out)-1].End > ls {
			out = out[:len(out)-1] // rescanned below, with the folded text
		}
		for len(sc.nearMisses) > 0 && sc.nearMisses[len(sc.nearMisses)-1].End > ls {
			sc.nearMisses = sc.nearMisses[:len(sc.nearMisses)-1]
		}
		nt := normalizeText(b[ls:le])
		nsc := sc
		nsc.normalized, nsc.off, nsc.nearMisses = true, nt.off, nil
		found, _ := d.scan(nt.buf, 0, nil, &nsc)
		for _, f := range found {
			f.Start = ls + int(nt.off[f.Start])
			f.End = ls + int(nt.off[f.End])
			out = addFinding(out, f)
		}
		for _, f := range nsc.nearMisses {
			f.Start = ls + int(nt.off[f.Start])
			f.End = ls + int(nt.off[f.End])
			sc.nearMisses = append(sc.nearMisses, f)
		}
		sc.slab = nsc.slab
		from = le
	}
	if len(sc.nearMisses) > 0 {
		out = d.raiseNearby(b, out, sc.nearMisses)
	}
	if len(d.deny) > 0 || len(d.patterns) > 0 {
		var extra []Finding
		extra = d.findDenied(b, extra)
		extra = d.findPatterns(b, extra)
		out = mergeFindings(out, extra)
	}
	return out
}

// normWindow returns the line around position at: the span normalised when
// at holds a character only the folded text can match. Folding is per
// character, so normalising whole lines gives the same findings whether the
// input arrives as one buffer or as Scan's windows. A very long line with
// such a character is folded whole: slower (the folded copy is built at tens
// of MB/s), never wrong.
func normWindow(b []byte, at int) (int, int) {
	ls := at
	for ls > 0 && b[ls-1] != '\n' {
		ls--
	}
	le := at
	for le < len(b) && b[le] != '\n' {
		le++
	}
	return ls, le
}

// Byte classes of the prefilter: a byte that can start a candidate.
const (
	clsNone = iota
	clsDigit
	clsAt      // '@'
	clsPercent // '%', for "%40"
	clsPlus    // '+', for "+82"
	clsFull    // 0xEF: lead byte of full-width forms (０, ＠, ＋)
	clsJamo    // 0xE1: lead byte of conjoining jamo (NFD Hangul)
)

var byteClass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = clsDigit
	}
	t['@'] = clsAt
	t['%'] = clsPercent
	t['+'] = clsPlus
	t[0xEF] = clsFull
	t[0xE1] = clsJamo
	return
}()

// matchDigits runs the digit matchers whose cheap gates the digit run
// text[i:j] passes. The gates keep the common digit runs of logs
// (timestamps, sizes, ids) away from the matchers; they are written so that
// a run no gate accepts costs a handful of comparisons.
func (d *Detector) matchDigits(m *patterns.Match, text []byte, i, j int, next byte) bool {
	l := j - i
	if d.reg && (l == 13 || l == 6 && (next == '-' || next == ' ' || next == ',' || next == '\t')) {
		if mm, ok := patterns.MatchRegistration(text, i); ok {
			*m = mm
			return true
		}
	}
	if d.phone && l >= 2 {
		f := text[i]
		sep := next == '-' || next == '.' || next == ' ' || next == ')' || next == ',' || next == '\t'
		if f == '0' && (l <= 4 && sep || l >= 9 && l <= 12) ||
			f == '1' && l >= 4 && (text[i+1] == '5' || text[i+1] == '6' || text[i+1] == '8') && (l == 4 && sep || l == 8) ||
			f == '8' && l == 2 && next == '-' {
			if mm, ok := patterns.MatchPhone(text, i); ok {
				*m = mm
				return true
			}
		}
	}
	if d.addr {
		if l == 5 && postalMayBe(text, i, j) || l == 3 && next == '-' || addressMayEndAt(text, i, j, next) {
			if mm, ok := patterns.MatchAddress(text, i); ok {
				*m = mm
				return true
			}
		}
	}
	return false
}

// buildGate fills the digit-run gate for the enabled matchers.
func buildGate(reg, phone, addr bool, more moreKinds) (gate [4096]uint8) {
	for l := 1; l < 16; l++ {
		for f := byte(0); f < 10; f++ {
			for sd := byte(0); sd <= 10; sd++ { // 10: a one-digit run
				if (l == 1) != (sd == 10) {
					continue
				}
				g := &gate[gateIndex(l, f, sd)]
				if reg && (l == 13 || l == 6) {
					*g |= gateReg
				}
				if phone && phoneMayStart(l, f, sd) {
					*g |= gatePhone
				}
				if addr && l == 5 {
					*g |= gateAddr // a postal code: 06236
				}
				*g |= more.bits(l, int(f))
			}
		}
	}
	return
}

// gateIndex packs a digit run's length (at most 15), first digit and second
// digit (10 for none) into an index of the gate.
func gateIndex(l int, first, second byte) uint16 {
	return (uint16(l)<<8 | uint16(first)<<4 | uint16(second)) & 0xFFF
}

// phoneMayStart says whether a digit run of length l starting with digits f
// and s can begin a phone number MatchPhone accepts: the first group of a
// grouped number (02, 0XX, 050X, 00X/00700 call-out prefixes, 15XX/16XX/18XX,
// 82 of "82-10-…") or a bare national number of 8 to 12 digits.
func phoneMayStart(l int, f, s byte) bool {
	switch f {
	case 0:
		switch l {
		case 2:
			return s == 2
		case 3:
			return true // 0XX prefixes, 00X call-out prefixes
		case 4:
			return s == 5 // 050X
		case 5:
			return s == 0 // 00700
		}
		return l >= 9 && l <= 12
	case 1:
		return (l == 4 || l == 8) && (s == 5 || s == 6 || s == 8)
	case 8:
		return l == 2 && s == 2
	}
	return false
}

// addressMayEndAt is the address gate that does not depend on the run's
// length: a building or lot number right after a road, street or lot word,
// spaces allowed (테헤란로 152, 역삼동 123-4, 테헤란로  152, 산 12, and in
// English in Korean order, Teheran-ro 152), or an English-form number
// followed by a capitalised word, a comma allowed (209 Sejong-daero, 209,
// Sejong-daero). A number after any other non-ASCII
// character passes only when that character folds (an ideographic space,
// a full-width parenthesis): digitRun then sends the line to be folded. A
// number right after '(' or '[' is a postal code or nothing
// (patterns.MatchAddress), and the gate lets postal codes through.
func addressMayEndAt(text []byte, i, j int, next byte) bool {
	k := i
	for k > 0 && i-k < 2 && (text[k-1] == ' ' || text[k-1] == '+') {
		k-- // '+': a space in a query string (테헤란로+152)
	}
	if k > 0 && text[k-1] >= 0x80 {
		return k >= 3 && roadWordEndsAt(text, k) && !counterAt(text, j) || foldableBefore(text, k)
	}
	if k < i && k > 0 && text[k-1]-'a' < 26 && englishRoadEndsAt(text, k) {
		return true // Gangnam-gu, Teheran-ro 152: English in Korean order
	}
	if next == ',' {
		j++
		if j < len(text) {
			next = text[j]
		}
	}
	return next == ' ' && j+1 < len(text) && text[j+1]-'A' < 26
}

// counterAt says whether text[j:] starts with a counter or unit syllable
// (처리 4건, 리 3개, 2시): a number before one is no building or lot number,
// whatever follows it (patterns.MatchAddress; TestCountersAgreeWithMatchAddress).
// 번, 차 and 가 are not among them: 번지, 번길, 차길, 가동 are.
func counterAt(text []byte, j int) bool {
	if j+3 > len(text) {
		return false
	}
	switch uint32(text[j])<<16 | uint32(text[j+1])<<8 | uint32(text[j+2]) {
	case 0xEAB1B4, 0xEAB09C, 0xEBAA85, 0xEC9B90, 0xED9A8C, 0xEC8B9C, 0xEBB684, 0xECB488, // 건 개 명 원 회 시 분 초
		0xEB8584, 0xEC9B94, 0xEC84B8, 0xEC9EA5, 0xEAB68C, 0xECA090, 0xECA3BC, 0xEC9DBC: // 년 월 세 장 권 점 주 일
		return true
	}
	return false
}

// englishRoadEndsAt says whether text[:k] ends with an English road or 동
// name in lower case — Teheran-ro, Sejong-daero, Sejongdaero, Yeoksam-dong
// (-gil, -ri and -ga names are left to the English order) — the ones
// patterns.MatchAddress takes a Korean-order English address to close with
// (TestEnglishRoadWordsAgreeWithMatchAddress).
func englishRoadEndsAt(text []byte, k int) bool {
	s := k
	for s > 0 && k-s < 40 && (isASCIILetter(text[s-1]) || text[s-1] == '-') {
		s--
	}
	w := text[s:k]
	if len(w) < 4 || !isASCIILetter(w[0]) {
		return false
	}
	for _, suf := range [...]string{"-ro", "-daero", "-dong"} {
		if hasSuffixFold(w, suf) {
			return true
		}
	}
	return len(w) > 6 && hasSuffixFold(w, "daero")
}

// hasSuffixFold reports whether w ends with the lower-case suffix, in any
// case.
func hasSuffixFold(w []byte, suffix string) bool {
	if len(w) < len(suffix) {
		return false
	}
	w = w[len(w)-len(suffix):]
	for i := range w {
		if lowerASCII(w[i]) != suffix[i] {
			return false
		}
	}
	return true
}

// roadWordEndsAt says whether text[:k] ends with one of the syllables a
// Korean building or lot number follows — 로 길 동 리 산 하 가, the ones
// patterns.MatchAddress starts from (TestRoadWordsAgreeWithMatchAddress).
func roadWordEndsAt(text []byte, k int) bool {
	switch uint32(text[k-3])<<16 | uint32(text[k-2])<<8 | uint32(text[k-1]) {
	case 0xEBA19C, 0xEAB8B8, 0xEB8F99, 0xEBA6AC, 0xEC82B0, 0xED9598, 0xEAB080:
		return true
	}
	return false
}

// postalMayBe says whether a 5-digit run could be a postal code the
// address matcher accepts (patterns' addrPostalPlausible, widened): one in
// brackets ((06236), [06236]); one after a label, across separators
// (우편번호 06236, (우) 03154, ZIP code 47545, zip=06236, "zipcode":"06236");
// one after a word or number it may trail, spaced (Seoul 03154, 152 06236);
// or one before Hangul (06236 서울, 06236서울). Sizes, ports and ids in logs
// (glued to letters or '/', after ':' or '=' and a key that is no label,
// "port": 8080) have none of these.
func postalMayBe(text []byte, i, j int) bool {
	if i > 0 {
		switch c := text[i-1]; {
		case c == '(' || c == '[':
			return true
		case isASCIILetter(c) || c-'0' < 10 || c == '-' || c == '_' || c == '.' || c == '/' || c == '#':
			return false // glued to an id: SKU-HN-71356, tid=…b63651 (addrGlued)
		}
	}
	// Hangul after it, across spaces and a comma: the address it leads.
	k := j
	for k < len(text) && k-j < 4 && (text[k] == ' ' || text[k] == '\t' || text[k] == ',') {
		k++
	}
	if k < len(text) && (text[k] >= 0x80 || k == j && (text[k] == ')' || text[k] == ']')) {
		return true
	}
	// What precedes it, across the separators of a label.
	p := i
	for n := 0; n < 4 && p > 0; n++ {
		if c := text[p-1]; c != ' ' && c != ':' && c != '=' && c != '"' && c != '\'' && c != '\t' && c != ',' {
			break
		}
		p--
	}
	if p == i || p == 0 {
		return false
	}
	spaced := text[i-1] == ' ' && (p == i-1 || p == i-2 && text[p] == ',')
	switch c := text[p-1]; {
	case c >= 0x80, c == ')', c == 'p', c == 'P', c == 'e', c == 'E':
		return true // 우편번호, (우), zip, code
	case c-'0' < 10, isASCIILetter(c):
		return spaced // after an address's number or an English 시/도 name
	}
	return false
}

// consider scores a match and adds it to out when it clears the threshold,
// resolving overlaps with the findings before it.
func (d *Detector) consider(text []byte, m patterns.Match, out []Finding, sc *scanContext) []Finding {
	m = d.settleCorporate(text, m, sc)
	bit, ok := d.idx.bit(m.Kind)
	if !ok || d.enabled&bit == 0 {
		return out
	}
	conf, hit := d.score(text, sc.off, m, bit, sc.field&bit != 0)
	nearMiss := conf < d.minConf && conf+1 == d.minConf && mayRiseNearby(m, hit) && !idKeyBefore(text, m.Start) &&
		!epochMillisShaped(text, m)
	if conf < d.minConf && !nearMiss {
		return out
	}
	if d.allow != nil && d.allow.allows(m.Kind, text[m.Start:m.End]) {
		return out
	}
	var buf [8]Reason
	rs := sc.keepReasons(d.reasons(buf[:0], m, hit, sc), len(text))
	f := Finding{Kind: m.Kind, Start: m.Start, End: m.End, Confidence: conf, Reasons: rs}
	if nearMiss {
		sc.nearMisses = append(sc.nearMisses, f)
		return out
	}
	if out == nil {
		// Room for a finding per 4 KiB: one for a log line, and fewer
		// doublings of a large buffer's list.
		out = make([]Finding, 0, 1+len(text)>>12)
	}
	return addFinding(out, f)
}

// nearbyReach is how far, on the same line, another finding raises a near
// miss (raiseNearby): a record's fields, not a long JSON line's far end.
const nearbyReach = 160

// mayRiseNearby says whether a candidate that scored one level below the
// minimum may be raised by another finding on its line: a resident or
// foreigner number with a real birth date and 7th digit whose only fault is
// its check digit (numbers issued since 2020-10 have a random one) and that
// no look-alike, look-alike word or clock marks as something else. Customer
// records put it next to a phone number or an e-mail address: 박경숙
// 4408161573206 01047460863.
func mayRiseNearby(m patterns.Match, hit contextHit) bool {
	return (m.Kind == patterns.RRN || m.Kind == patterns.FRN) && m.Evidence.Has(patterns.EvidenceChecksumFailed) &&
		!m.Evidence.Has(patterns.EvidenceLookalike) && hit.neg < 0 && !hit.timestamp
}

// epochMillisShaped says whether a bare 13-digit match reads as epoch
// milliseconds of 2001–2036 (10… to 20…): in a record next to a phone number
// it is a timestamp far more often than the number of someone born in 1910–
// 1920 or 2010–2020 whose check digit fails.
func epochMillisShaped(text []byte, m patterns.Match) bool {
	if !m.Evidence.Has(patterns.EvidenceBare) || m.End-m.Start != 13 {
		return false
	}
	v := int(text[m.Start]-'0')*10 + int(text[m.Start+1]-'0')
	return v >= 10 && v <= 20
}

// idKeyBefore says whether the key right before text[i] (user_id=,
// "memberId":", traceID:) names an identifier: a number under it is an id
// whatever else is on the line.
func idKeyBefore(text []byte, i int) bool {
	k := i
	for n := 0; n < 4 && k > 0; n++ {
		if c := text[k-1]; c == '=' || c == ':' || c == '"' || c == '\'' || c == ' ' || c == '\t' {
			k--
			continue
		}
		break
	}
	return k < i && k >= 2 && lowerASCII(text[k-1]) == 'd' && lowerASCII(text[k-2]) == 'i'
}

// raiseNearby raises each near miss that has a reported finding of another
// shape (a phone number, an e-mail or street address …) within nearbyReach
// bytes on its line by one level, with a reason naming that
// finding's kind, and merges it into out.
func (d *Detector) raiseNearby(b []byte, out, nearMisses []Finding) []Finding {
	var raised []Finding
	for _, nm := range nearMisses {
		for _, f := range out {
			if f.End <= nm.Start-nearbyReach {
				continue
			}
			if f.Start >= nm.End+nearbyReach {
				break
			}
			if f.Kind == patterns.RRN || f.Kind == patterns.FRN || f.Kind == patterns.CRN {
				continue // a record's other fields vouch for it, not another number of its shape
			}
			lo, hi, off := f.End, nm.Start, f.End-nm.Start
			if f.Start >= nm.End {
				lo, hi, off = nm.End, f.Start, f.Start-nm.End
			}
			if lo > hi || bytes.IndexByte(b[lo:hi], '\n') >= 0 {
				continue
			}
			nm.Confidence++
			nm.Reasons = append(nm.Reasons, Reason{Code: ReasonNearby, Detail: string(f.Kind), Offset: off})
			raised = append(raised, nm)
			break
		}
	}
	return mergeFindings(out, raised)
}

// settleCorporate turns a registration number that also has the CRN shape
// into a CRN when a corporate context word (법인, crn, corp_reg_no …) or field
// name is around it; otherwise it stays the person's number it parsed as.
func (d *Detector) settleCorporate(text []byte, m patterns.Match, sc *scanContext) patterns.Match {
	if !m.Evidence.Has(patterns.EvidenceCorporateShape) {
		return m
	}
	bit, ok := d.idx.bit(patterns.CRN)
	if !ok {
		return m
	}
	if sc.field&bit != 0 {
		m.Kind = patterns.CRN
		return m
	}
	corp := d.ctx.lookup(text, sc.off, m.Start, m.End, bit)
	if corp.pos < 0 {
		return m
	}
	// A person's own word nearer than the corporate one keeps the person's
	// number: 법인 대표자 주민등록번호 900101-1234567.
	if own, ok := d.idx.bit(m.Kind); ok {
		if hit := d.ctx.lookup(text, sc.off, m.Start, m.End, own); hit.pos >= 0 && abs(hit.posOffset) < abs(corp.posOffset) {
			return m
		}
	}
	m.Kind = patterns.CRN
	return m
}

// addFinding appends f, keeping out sorted and non-overlapping: of two
// overlapping findings the more confident wins, then the longer.
func addFinding(out []Finding, f Finding) []Finding {
	for len(out) > 0 {
		last := out[len(out)-1]
		if last.End <= f.Start {
			break
		}
		if !wins(f, last) {
			return out
		}
		out = out[:len(out)-1]
	}
	return append(out, f)
}

func wins(a, b Finding) bool {
	if a.Confidence != b.Confidence {
		return a.Confidence > b.Confidence
	}
	return a.End-a.Start > b.End-b.Start
}

// mergeFindings merges two lists into one sorted, non-overlapping list.
func mergeFindings(a, b []Finding) []Finding {
	if len(b) == 0 {
		return a
	}
	all := append(append(make([]Finding, 0, len(a)+len(b)), a...), b...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].Start < all[j].Start })
	out := all[:0:0]
	for _, f := range all {
		out = addFinding(out, f)
	}
	return out
}
