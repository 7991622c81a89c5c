package detector

import (
	"math/bits"

	"github.com/kpii/kpii/patterns"
)

// This file adds the identifiers beyond the mission kinds — PASSPORT,
// DRIVER_LICENSE, BRN, CARD, BANK_ACCOUNT and HEALTH_INSURANCE (CRN comes
// with the registration-number matcher) — to the digit-run dispatch. They
// are off by default: DefaultKinds stays the mission five, and a Detector
// built with them has none of the gate bits below, so its scan does exactly
// what it did before. Turn them on with WithKinds(AllKinds()...) or the
// CLI's --kinds.

// AllKinds returns every built-in kind, in patterns.Kinds order: the
// mission kinds, then PASSPORT, DRIVER_LICENSE, BRN, CRN, CARD,
// BANK_ACCOUNT and HEALTH_INSURANCE.
//
//	d := detector.New(detector.WithKinds(detector.AllKinds()...))
func AllKinds() []patterns.Kind { return patterns.Kinds() }

// moreKinds says which of the later digit matchers a Detector runs.
type moreKinds struct {
	card, brn, dl, passport, account, health bool

	// pairs holds the first two bytes (ASCII lower-cased) of every
	// positive context word of the later kinds, and grams, per kind, their
	// first three (two for two-byte words); nil when no later kind is on.
	pairs *pairSet
	grams *gramSet
}

// pairSet is a set of byte pairs, one bit each.
type pairSet [1 << 16 / 64]uint64

func (p *pairSet) add(b0, b1 byte) {
	k := int(b0)<<8 | int(b1)
	p[k>>6] |= 1 << (k & 63)
}

func (p *pairSet) has(b0, b1 byte) bool {
	k := int(b0)<<8 | int(b1)
	return p[k>>6]&(1<<(k&63)) != 0
}

// gramSet is a hashed set of (kind, first bytes of a word) keys, one bit
// each: a Bloom filter with one hash, so a false "maybe" only costs the
// full context lookup.
type gramSet [1 << 17 / 64]uint64

func gramKey(slot int, b0, b1, b2 byte) uint32 {
	h := (uint32(slot)+1)*0x9E3779B1 ^ uint32(b0)<<16 ^ uint32(b1)<<8 ^ uint32(b2)
	h *= 0x85EBCA6B
	return h >> (32 - 17)
}

func (s *gramSet) add(k uint32)      { s[k>>6] |= 1 << (k & 63) }
func (s *gramSet) has(k uint32) bool { return s[k>>6]&(1<<(k&63)) != 0 }

// prefilter builds mk.grams from the detector's context table.
func (mk *moreKinds) prefilter(t *contextTable, idx *kindIndex) {
	if !(mk.card || mk.brn || mk.dl || mk.passport || mk.account || mk.health) {
		return
	}
	mk.pairs, mk.grams = new(pairSet), new(gramSet)
	for _, e := range t.entries {
		if e.negative {
			continue
		}
		for _, k := range []patterns.Kind{patterns.Passport, patterns.DriverLicense, patterns.BRN, patterns.Card, patterns.BankAccount, patterns.HealthInsurance} {
			b, ok := idx.bit(k)
			if !ok || e.kinds&b == 0 {
				continue
			}
			var b2 byte
			if len(e.word) > 2 {
				b2 = e.word[2]
			}
			mk.pairs.add(e.word[0], e.word[1])
			mk.grams.add(gramKey(bits.TrailingZeros64(uint64(b)), e.word[0], e.word[1], b2))
		}
	}
}

// mayHaveContext reports whether a positive context word of the kind with
// bit b could stand in the context window of text[start:end]: a cheap pass
// over the window that lets a candidate which needs context skip the full
// lookup when no word can be there (a bare 13-digit id after "ts=").
func (mk *moreKinds) mayHaveContext(text []byte, start, end int, b kindMask) bool {
	slot := bits.TrailingZeros64(uint64(b))
	ws := max(0, start-contextBefore)
	we := min(len(text), end+contextAfter)
	for p := ws; p+1 < we; p++ {
		if p == start {
			p = end - 1
			continue
		}
		b0, b1 := lowerASCII(text[p]), lowerASCII(text[p+1])
		if !mk.pairs.has(b0, b1) {
			continue
		}
		if mk.grams.has(gramKey(slot, b0, b1, 0)) ||
			p+2 < we && mk.grams.has(gramKey(slot, b0, b1, lowerASCII(text[p+2]))) {
			return true
		}
	}
	return false
}

func newMoreKinds(on func(patterns.Kind) bool) moreKinds {
	return moreKinds{
		card:     on(patterns.Card),
		brn:      on(patterns.BRN),
		dl:       on(patterns.DriverLicense),
		passport: on(patterns.Passport),
		account:  on(patterns.BankAccount),
		health:   on(patterns.HealthInsurance),
	}
}

// gateMore is every gate bit of the later matchers.
const gateMore = gateCard | gateBRN | gateDL | gatePassport | gateCtx

// bits returns the gate bits of the later matchers for a digit run of
// length l (15 meaning 15 or more) whose first digit is f. They are the
// lengths a candidate's first digit run can have:
//
//	CARD            4 (grouped) or ≥ 14 (bare), first digit 2–6 or 9
//	BRN             3 (grouped) or 10 (bare), first digit 1–9
//	DRIVER_LICENSE  2 (grouped; the pre-2014 form's year) or 12 (bare), 11–29
//	PASSPORT        8 (M12345678) or 3 (M123A4567), after a type letter
//	BANK_ACCOUNT    3 to 6 (grouped) or 10–14 (bare)
//	HEALTH          11 (bare)
func (mk moreKinds) bits(l, f int) uint8 {
	var g uint8
	if mk.card && (f >= 2 && f <= 6 || f == 9) && (l == 4 || l >= 14) {
		g |= gateCard
	}
	if mk.brn && f >= 1 && (l == 3 || l == 10) {
		g |= gateBRN
	}
	if mk.dl && (l == 2 || l == 12 && (f == 1 || f == 2)) {
		g |= gateDL
	}
	if mk.passport && (l == 3 || l == 8) {
		g |= gatePassport
	}
	if mk.account && (l >= 3 && l <= 6 || l >= 10 && l <= 14) || mk.health && l == 11 {
		g |= gateCtx
	}
	return g
}

// moreWorth is the scan loop's first look at a digit run that the later
// kinds' gate bits accept: no candidate continues a longer number
// ("2024-03-15", "10.0.0.1"), every grouped shape continues with '-' or
// ' ', a passport's digits follow an upper-case letter, and the bare shapes
// are at least ten digits long (l is the run's length, 15 for more).
func moreWorth(text []byte, i, l int, next byte) bool {
	if i >= 2 && (text[i-1] == '-' || text[i-1] == '.') && text[i-2]-'0' < 10 {
		return false
	}
	return next == '-' || next == ' ' || l >= 10 || (l == 8 || l == 3) && i > 0 && text[i-1]-'A' < 26
}

// scanMore is the scan loop's step for a digit run text[i:j] whose gate
// bits g include a later kind's: the mission matchers and the later ones
// run on it, and pick decides. It returns out and where the scan goes on.
// The caller has already sent lines that need folding to the folded copy.
func (d *Detector) scanMore(text []byte, i, j int, next byte, g uint8, out []Finding, sc *scanContext) ([]Finding, int) {
	addr := d.addr
	if !moreWorth(text, i, min(j-i, 15), next) {
		// No later kind starts here.
		if g &^= gateMore; g == 0 && !(addr && (j-i == 3 && next == '-' || addressMayEndAt(text, i, j, next))) {
			return out, j
		}
	}
	var m patterns.Match
	found := (g&^gateMore != 0 || addr && (j-i == 3 && next == '-' || addressMayEndAt(text, i, j, next))) && d.matchDigits(&m, text, i, j, next)
	if g&gateMore == 0 {
		if !found {
			return out, j
		}
		return d.consider(text, m, out, sc), max(j, m.End)
	}
	return d.matchMore(text, i, j, next, g, m, found, out, sc)
}

// matchMore runs the later matchers whose gate bits g holds on the digit
// run text[i:j], together with the mission match m (when found), and adds
// the best candidate to out. It returns out and where the scan goes on.
func (d *Detector) matchMore(text []byte, i, j int, next byte, g uint8, m patterns.Match, found bool, out []Finding, sc *scanContext) ([]Finding, int) {
	if found {
		m = d.settleCorporate(text, m, sc)
	}
	l := j - i
	sep := next == '-' || next == ' '
	// Below ten digits every shape but a passport's continues with a
	// separator (moreWorth let the run through for one of them).
	if l < 10 && !sep {
		g &= gatePassport
	}
	if g&gatePassport != 0 && !(i > 0 && patterns.IsPassportTypeLetter(text[i-1]) && (l == 8 || next-'A' < 26)) {
		g &^= gatePassport
	}
	if g == 0 {
		if !found {
			return out, j
		}
		return d.consider(text, m, out, sc), max(j, m.End)
	}
	var cands [7]patterns.Match
	n := 0
	if found {
		cands[0] = m
		n = 1
	}
	mk := &d.more
	add := func(c patterns.Match, ok bool) {
		if !ok {
			return
		}
		if c.Evidence.Has(patterns.EvidenceNeedsContext) && sc.field == 0 {
			if b, ok := d.idx.bit(c.Kind); ok && !mk.mayHaveContext(text, c.Start, c.End, b) {
				return // it would be dropped for want of context
			}
		}
		cands[n] = c
		n++
	}
	// Grouped shapes: a look at the next group before the matcher runs.
	// CARD 4-4…/4-6…, BRN 3-2-…, DRIVER_LICENSE 11-22-… or 12-345678-….
	if g&gateCard != 0 && (l >= 14 || digitsAt(text, j+1, 4)) {
		add(patterns.MatchCard(text, i))
	}
	if g&gateBRN != 0 && (l == 10 || digitsAt(text, j+1, 2) && j+3 < len(text) && text[j+3] == next) {
		add(patterns.MatchBRN(text, i))
	}
	if g&gateDL != 0 && (l == 12 || digitsAt(text, j+1, 2) && (j+3 < len(text) && text[j+3] == next || j+7 < len(text) && text[j+7] == next)) {
		add(patterns.MatchDriverLicense(text, i))
	}
	if g&gatePassport != 0 {
		add(patterns.MatchPassport(text, i-1))
	}
	if g&gateCtx != 0 {
		if mk.account && (l >= 10 || digitsAt(text, j+1, 2)) {
			add(patterns.MatchBankAccount(text, i))
		}
		if mk.health && l == 11 {
			add(patterns.MatchHealthInsurance(text, i))
		}
	}
	end := j
	switch n {
	case 0:
		return out, end
	case 1:
		return d.consider(text, cands[0], out, sc), max(end, cands[0].End)
	}
	best := d.pick(text, cands[:n], found, sc)
	if best < 0 {
		for _, c := range cands[:n] {
			end = max(end, c.End)
		}
		return out, end
	}
	return d.consider(text, cands[best], out, sc), max(end, cands[best].End)
}

// digitsAt reports whether text[k:k+n] are n ASCII digits.
func digitsAt(text []byte, k, n int) bool {
	if k+n > len(text) {
		return false
	}
	for _, c := range text[k : k+n] {
		if c-'0' >= 10 {
			return false
		}
	}
	return true
}

// pick chooses among candidates for the same digit run, which different
// kinds' validation all accepted; it returns the index of the winner, or -1
// when none clears the detector's threshold. missionFirst says cands[0] came
// from a mission matcher (registration, phone, address).
//
// The more confident candidate wins. At equal confidence:
//
//  1. a mission-kind candidate wins over a later kind: a phone number stays
//     a phone number unless a look-alike word labels it (계좌 010-1234-5678
//     is a 평생계좌, 증번호 01012345678 a health insurance number);
//  2. a candidate with a context word or field name of its own wins over
//     one without (입금계좌 next to a 14-digit Luhn-valid number makes it an
//     account, 카드번호 a card);
//  3. of two with context, the nearer word wins;
//  4. a candidate validated by its shape wins over one that needs context;
//  5. otherwise the first: card, BRN, driver licence, passport, account,
//     health insurance.
func (d *Detector) pick(text []byte, cands []patterns.Match, missionFirst bool, sc *scanContext) int {
	type scored struct {
		conf    Confidence
		mission bool
		ctx     bool
		dist    int
		shaped  bool
	}
	best := -1
	var b scored
	for k, c := range cands {
		bit, ok := d.idx.bit(c.Kind)
		if !ok || d.enabled&bit == 0 {
			continue
		}
		field := sc.field&bit != 0
		conf, hit := d.score(text, sc.off, c, bit, field)
		if conf < d.minConf {
			continue
		}
		labelled := hit.neg >= 0 && !field
		s := scored{conf: conf, mission: k == 0 && missionFirst && !labelled, dist: 1 << 30, shaped: !c.Evidence.Has(patterns.EvidenceNeedsContext)}
		switch {
		case field:
			s.ctx, s.dist = true, 0
		case hit.pos >= 0:
			s.ctx, s.dist = true, max(hit.posOffset, -hit.posOffset)
		}
		if best < 0 || better(s.conf, b.conf, s.mission, b.mission, s.ctx, b.ctx, s.dist, b.dist, s.shaped, b.shaped) {
			best, b = k, s
		}
	}
	return best
}

// better reports whether candidate a beats the current best b (see pick).
func better(ac, bc Confidence, am, bm, actx, bctx bool, ad, bd int, ashaped, bshaped bool) bool {
	switch {
	case ac != bc:
		return ac > bc
	case am != bm:
		return am
	case actx != bctx:
		return actx
	case actx && ad != bd:
		return ad < bd
	case ashaped != bshaped:
		return ashaped
	}
	return false
}

// registrationShape returns m as the timestamp check sees it: a CRN has
// the YYMMDD-NNNNNNN shape of an RRN, so a yyMMdd-HHmmssS timestamp that the
// CRN rules happen to accept (about one in thirty) is dropped like one the
// RRN rules accept.
func registrationShape(m patterns.Match) patterns.Match {
	if m.Kind == patterns.CRN {
		m.Kind = patterns.RRN
	}
	return m
}

// Field-name tokens of the later kinds (see FieldKinds). They are added to
// the tables in field.go when the package is initialised, so FindField,
// and the structured-data scanners built on it, recognise card_no,
// passportNo, 계좌번호 … as they do phone or juminNo.
func init() {
	for tok, k := range map[string]patterns.Kind{
		"passport": patterns.Passport, "passportno": patterns.Passport, "passportnumber": patterns.Passport,
		"driverlicense": patterns.DriverLicense, "driverslicense": patterns.DriverLicense,
		"driverlicence": patterns.DriverLicense, "drivinglicence": patterns.DriverLicense,
		"licenseno": patterns.DriverLicense, "licenceno": patterns.DriverLicense, "dlno": patterns.DriverLicense,
		"brn": patterns.BRN, "bizno": patterns.BRN, "bizrno": patterns.BRN, "bizregno": patterns.BRN, "businessno": patterns.BRN,
		"card": patterns.Card, "cardno": patterns.Card, "cardnum": patterns.Card, "cardnumber": patterns.Card,
		"creditcard": patterns.Card, "ccnum": patterns.Card, "pan": patterns.Card,
		"accountno": patterns.BankAccount, "accountnum": patterns.BankAccount, "accountnumber": patterns.BankAccount,
		"acctno": patterns.BankAccount, "bankaccount": patterns.BankAccount, "accno": patterns.BankAccount,
		"nhis": patterns.HealthInsurance, "healthinsurance": patterns.HealthInsurance,
	} {
		fieldWords[tok] = k
	}
	koreanFieldWords = append(koreanFieldWords, []struct {
		word string
		kind patterns.Kind
	}{
		{"여권", patterns.Passport}, {"운전면허", patterns.DriverLicense}, {"면허번호", patterns.DriverLicense},
		{"사업자등록번호", patterns.BRN}, {"사업자번호", patterns.BRN}, {"카드번호", patterns.Card},
		{"계좌", patterns.BankAccount}, {"건강보험", patterns.HealthInsurance}, {"증번호", patterns.HealthInsurance},
	}...)
}

// any reports whether a later kind is on.
func (m *moreKinds) any() bool {
	return m.card || m.brn || m.dl || m.passport || m.account || m.health
}
