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
//     halves: as bare. An 1800s birth (7th digit 9 or 0): Low.
//   - CRN: Medium; its check digit is required to match at all.
//   - PHONE: a 010 mobile in its usual grouping or any +82 form: High; other
//     grouped numbers and bare numbers with the trunk 0: Medium; a bare
//     8-digit 15xx/16xx/18xx number or a bare legacy 01X number: Low.
//   - EMAIL: High.
//   - ADDRESS: with 시/도 and 시/군/구: High; with 시/군/구: Medium; less
//     structure: Low; a street-only form needs a context word.
//
// A look-alike (an EAN-13 check digit on a bare run, URL credentials) lowers
// one level; so does a look-alike word nearby (주문번호, order, ts …); a
// context word raises one level.
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
			c = Low
		}
		return c
	case patterns.Email:
		c = High
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
	if timestampLookalike(text, m) {
		s -= 2
		hit.timestamp = true
	}
	switch {
	case s <= 0:
		return 0, hit
	case s > int(High):
		return High, hit
	}
	return Confidence(s), hit
}

// reasons explains a kept finding.
func (d *Detector) reasons(m patterns.Match, hit contextHit, sc *scanContext) []Reason {
	rs := make([]Reason, 0, 4)
	rs = append(rs, Reason{Code: ReasonValidated, Detail: validatedDetail(m.Kind)})
	e := m.Evidence
	switch {
	case e.Has(patterns.EvidenceChecksumOK):
		rs = append(rs, Reason{Code: ReasonChecksum})
	case e.Has(patterns.EvidenceChecksumFailed):
		rs = append(rs, Reason{Code: ReasonChecksumFailed, Detail: "(allowed: numbers issued since 2020-10 have no check digit)"})
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
