package detector

import "github.com/kpii/kpii/patterns"

// leadingZeroReason explains a finding in a number whose leading zeros a
// numeric type had dropped.
const leadingZeroReason = "leading zeros restored (numeric field)"

// findNumber scans the text of a number held in a numeric type — a JSON
// number, a Go integer or float — under the field context sc. Offsets are
// into text.
//
// A numeric type drops leading zeros, and Korean numbers start with them:
// 010-1234-5678 stored as an integer is 1012345678, and an RRN of someone
// born in 2000–2009 (00MMDD-3…) loses one to three digits. So when text
// holds nothing as written and is a plain run of digits, and the field
// context suggests a phone number, a 7- to 10-digit run is tried again with
// the trunk zero; when it suggests a registration number, a 10- to 12-digit
// run is tried again padded to 13 digits. A restored zero maps to the start
// of the number: the finding covers the digits as stored.
func (d *Detector) findNumber(text []byte, sc scanContext) []Finding {
	fs := d.findBytes(text, sc)
	if len(fs) > 0 || sc.field == 0 || len(text) == 0 || text[0] == '0' {
		return fs
	}
	for _, c := range text {
		if !isDigit(c) {
			return fs
		}
	}
	var pads [2]int
	np := 0
	if d.fieldHas(sc.field, patterns.Phone) && len(text) >= 7 && len(text) <= 10 {
		pads[np] = 1
		np++
	}
	if (d.fieldHas(sc.field, patterns.RRN) || d.fieldHas(sc.field, patterns.FRN)) && len(text) >= 10 && len(text) <= 12 {
		pads[np] = 13 - len(text)
		np++
	}
	var buf [16]byte
	for _, pad := range pads[:np] {
		b := append(append(buf[:0], "000"[:pad]...), text...)
		fs = d.findBytes(b, sc)
		if len(fs) == 0 {
			continue
		}
		for i := range fs {
			fs[i].Start = max(fs[i].Start-pad, 0)
			fs[i].End = max(fs[i].End-pad, 0)
			fs[i].Reasons = append(fs[i].Reasons, Reason{Code: ReasonShape, Detail: leadingZeroReason})
		}
		return fs
	}
	return nil
}

// mayFind reports whether scanning text can find anything: whether it
// holds a byte the prefilter starts a candidate at, or the detector has
// deny-list values or user patterns, which are searched everywhere. It
// lets the record scanners skip working out a field context for values
// that cannot hold a finding.
func (d *Detector) mayFind(text []byte) bool {
	if len(d.deny) > 0 || len(d.patterns) > 0 {
		return true
	}
	for _, c := range text {
		if byteClass[c] != clsNone {
			return true
		}
	}
	return false
}

// fieldHas reports whether the field mask holds kind k.
func (d *Detector) fieldHas(mask kindMask, k patterns.Kind) bool {
	b, ok := d.idx.bit(k)
	return ok && mask&b != 0
}

// maskOf returns the kinds a field name suggests, as a mask.
func (d *Detector) maskOf(field string) kindMask {
	var m kindMask
	if field == "" {
		return 0
	}
	for _, k := range FieldKinds(field) {
		if b, ok := d.idx.bit(k); ok {
			m |= b
		}
	}
	return m
}
