package detector

import (
	"github.com/kpii/kpii/patterns"
)

// baseConfidence is the confidence policy before context: what validation
// and shape alone say.
//
//   - RRN/FRN written YYMMDD-NNNNNNN with a real birth date and a valid 7th
//     digit: Medium even when the legacy check digit fails (numbers issued
//     since 2020-10 have a random tail), High when it holds. A bare 13-digit
//     run: Medium with the check digit, Low without it. Space-separated
//     halves: as bare. An 1800s birth (7th digit 9 or 0): Medium with its
//     check digit (such numbers were all issued long before 2020), Low
//     without.
//   - CRN: Medium; its check digit is required to match at all.
//   - PHONE: a 010 mobile in its usual grouping or any +82 form: High; other
//     grouped numbers and bare numbers with the trunk 0: Medium; a bare
//     8-digit 15xx/16xx/18xx number or a bare legacy 01X number: Low.
//   - EMAIL: High.
//   - ADDRESS: with 시/도 and 시/군/구: High; with 시/군/구: Medium; less
//     structure: Low; a street-only form needs a context word. A postal code
//     standing alone (우편번호 06236, "zip":"06236") is a fragment that
//     identifies nobody: Low whatever the context, so only
//     WithMinConfidence(Low) reports it; next to its address it is part of
//     the address's finding.
//
// The later kinds (off by default, see AllKinds):
//
//   - CARD: Luhn-valid with a card network's issuer prefix: High in a
//     printed grouping (4111-1111-1111-1111), Medium bare; a Korean
//     domestic (9-prefix) number whose Luhn digit fails needs a context
//     word.
//   - BRN: NTS check digit, office and type codes: Medium as NNN-NN-NNNNN;
//     space-separated: Low; bare ten digits need a context word; the
//     placeholder 123-45-6789x one level lower.
//   - CRN: Medium as NNNNNN-NNNNNNN; a bare 13-digit run: Low (epoch
//     milliseconds satisfy the CRN rules about one time in thirty).
//   - DRIVER_LICENSE: region code (or pre-2014 region name) and layout:
//     Medium with hyphens; space-separated: Low; bare twelve digits and the
//     nameless ten-digit form need a context word.
//   - BANK_ACCOUNT: a 카카오뱅크 number in its grouping (3333-NN-NNNNNNN):
//     Medium; every other shape needs a context word (a bank name or an
//     account word).
//   - PASSPORT, HEALTH_INSURANCE: always need a context word.
//
// A candidate that needs a context word is Medium with one, and dropped
// without.
//
// A look-alike (an EAN-13 check digit on a bare run, URL credentials) lowers
// one level; so does a look-alike word nearby (주문번호, order, ts …); a
// context word raises one level. An RRN or FRN one level short only for its
// check digit is raised by another finding on its line (raiseNearby).
func baseConfidence(m patterns.Match) Confidence {
	e := m.Evidence
	var c Confidence
	switch m.Kind {
	case patterns.RRN, patterns.FRN:
		switch {
		case e.Has(patterns.EvidenceCanonical) && e.Has(patterns.EvidenceChecksumOK):
			c = High
		case e.Has(patterns.EvidenceCanonical), e.Has(patterns.EvidenceChecksumOK):
			c = Medium
		default:
			c = Low
		}
		if e.Has(patterns.EvidenceWeak) {
			// An 1800s birth (7th digit 9 or 0): its number was issued long
			// before 2020-10, so a real one keeps its check digit.
			c = Low
			if e.Has(patterns.EvidenceChecksumOK) {
				c = Medium
			}
		}
		return c
	case patterns.Email:
		c = High
	case patterns.CRN:
		c = Medium
		if e.Has(patterns.EvidenceBare) {
			c = Low
		}
	case patterns.Card, patterns.BRN, patterns.DriverLicense, patterns.BankAccount, patterns.Passport, patterns.HealthInsurance:
		// Shape and validation alone, as documented above; a match that
		// needs context is scored in score.
		c = Medium
		if e.Has(patterns.EvidenceStrong) && e.Has(patterns.EvidenceChecksumOK) {
			c = High
		}
	default:
		c = Medium
		if e.Has(patterns.EvidenceStrong) {
			c = High
		}
	}
	if e.Has(patterns.EvidenceWeak) {
		c = c.lower()
	}
	return c
}

// score applies the context — words around the match, or the name of the
// field the text sits under — to the base confidence: a context word or a
// telling field name adds a level; a look-alike, or a look-alike word
// labelling the value (within negativeBefore bytes before it or
// negativeAfter after it), takes one away (two for an e-mail address, which
// starts at High) and outranks the context words; a timestamp look-alike
// takes two. The result is clamped to High; zero or less drops the match, as
// does a match that needs context and has none.
func (d *Detector) score(text []byte, off []int32, m patterns.Match, bit kindMask, field bool) (Confidence, contextHit) {
	hit := d.ctx.lookup(text, off, m.Start, m.End, bit)
	if hit.neg >= 0 && (hit.negOff < -negativeBefore || hit.negOff > negativeAfter) {
		hit.neg = -1
	}
	labelled := hit.neg >= 0 && !field // a look-alike word labels the value
	supported := hit.pos >= 0 && !labelled || field
	if m.Evidence.Has(patterns.EvidenceNeedsContext) && !supported {
		return 0, hit
	}
	s := int(baseConfidence(m))
	if m.Evidence.Has(patterns.EvidenceNeedsContext) {
		s = int(Low)
	}
	if supported {
		s++
	}
	if m.Evidence.Has(patterns.EvidenceLookalike) {
		s--
	}
	if labelled {
		s--
		if m.Kind == patterns.Email {
			s-- // e-mail starts at High; "Message-ID: <…@host>" must drop
		}
	}
	if (m.Kind != patterns.CRN || s >= int(d.minConf)) && timestampLookalike(text, registrationShape(m)) {
		s -= 2
		hit.timestamp = true
	}
	if m.Evidence.Has(patterns.EvidenceFragment) && s > int(Low) {
		s = int(Low) // a postal code without its address identifies nobody
	}
	switch {
	case s <= 0:
		return 0, hit
	case s > int(High):
		return High, hit
	}
	return Confidence(s), hit
}

// reasons explains a kept finding, appending to rs (which has room for
// every reason there can be: eight).
func (d *Detector) reasons(rs []Reason, m patterns.Match, hit contextHit, sc *scanContext) []Reason {
	rs = append(rs, Reason{Code: ReasonValidated, Detail: validatedDetail(m.Kind)})
	e := m.Evidence
	switch {
	case e.Has(patterns.EvidenceChecksumOK):
		rs = append(rs, Reason{Code: ReasonChecksum})
	case e.Has(patterns.EvidenceChecksumFailed):
		detail := "(allowed: numbers issued since 2020-10 have no check digit)"
		if m.Kind == patterns.Card {
			detail = "(allowed with context: Korean domestic cards are not known to all use Luhn)"
		}
		rs = append(rs, Reason{Code: ReasonChecksumFailed, Detail: detail})
	}
	if s := shapeDetail(e); s != "" {
		rs = append(rs, Reason{Code: ReasonShape, Detail: s})
	}
	if e.Has(patterns.EvidenceLookalike) {
		rs = append(rs, Reason{Code: ReasonLookalike})
	}
	if hit.timestamp {
		rs = append(rs, Reason{Code: ReasonLookalike, Detail: "timestamp"})
	}
	if hit.pos >= 0 {
		rs = append(rs, Reason{Code: ReasonContext, Detail: d.ctx.entries[hit.pos].label, Offset: hit.posOffset})
	}
	if sc.field != 0 && sc.fieldName != "" {
		if b, ok := d.idx.bit(m.Kind); ok && sc.field&b != 0 {
			rs = append(rs, Reason{Code: ReasonFieldName, Detail: sc.fieldName})
		}
	}
	if hit.neg >= 0 {
		rs = append(rs, Reason{Code: ReasonNegativeContext, Detail: d.ctx.entries[hit.neg].label, Offset: hit.negOff})
	}
	return rs
}

func validatedDetail(k patterns.Kind) string {
	switch k {
	case patterns.RRN, patterns.FRN:
		return "birth date and 7th digit"
	case patterns.CRN:
		return "corporation type and check digit"
	case patterns.Phone:
		return "numbering plan"
	case patterns.Email:
		return "RFC 5321 address"
	case patterns.Address:
		return "gazetteer and road-name grammar"
	case patterns.Passport:
		return "type letter and layout"
	case patterns.DriverLicense:
		return "region code and layout"
	case patterns.BRN:
		return "office code, type code and NTS check digit"
	case patterns.Card:
		return "issuer prefix, length and Luhn check digit"
	case patterns.BankAccount:
		return "account number layout"
	case patterns.HealthInsurance:
		return "eleven digits (weak source)"
	}
	return ""
}

// shapeDetails holds the shape description of every combination of the
// four shape bits, built once so that explaining a finding does not build
// strings.
var shapeDetails = func() (t [16]string) {
	names := [4]string{"canonical", "bare digits", "strong structure", "weak structure"}
	for combo := range t {
		for i, name := range names {
			if combo&(1<<i) != 0 {
				if t[combo] != "" {
					t[combo] += ", "
				}
				t[combo] += name
			}
		}
	}
	return
}()

func shapeDetail(e patterns.Evidence) string {
	var combo int
	for i, bit := range [4]patterns.Evidence{patterns.EvidenceCanonical, patterns.EvidenceBare, patterns.EvidenceStrong, patterns.EvidenceWeak} {
		if e.Has(bit) {
			combo |= 1 << i
		}
	}
	return shapeDetails[combo]
}
