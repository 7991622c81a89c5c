// Package detector finds Korean personal information in text in one pass.
//
// Build a Detector once with New and share it: it is immutable and safe for
// concurrent use.
//
//	d := detector.New(detector.WithKinds(patterns.RRN, patterns.Phone))
//	for _, f := range d.Find(line) {
//		fmt.Println(f.Kind, f.Start, f.End, f.Confidence, f.Explain())
//	}
//
// # How it decides
//
// A byte-class prefilter jumps from one digit run, '@', '%40' or '+' to the
// next; hand-written matchers in package patterns turn those into candidates
// and validate them (birth date and 7th digit, numbering plan, RFC 5321,
// gazetteer). Validation decides; context adjusts: Korean and English
// context words up to 80 bytes before and 40 after a candidate, on its
// line, raise its confidence one level, and look-alike words (주문번호,
// order, ts …) lower it. Korean words count before particles (주민번호는);
// ASCII words need a boundary. The policy for each kind is in the
// documentation of Confidence's levels and in DESIGN decisions below.
//
// # Confidence policy
//
// RRN and FRN written YYMMDD-NNNNNNN with a real birth date and a valid 7th
// digit are reported at the default (Medium) confidence even when the
// legacy check digit fails — numbers issued since 2020-10-05 have a random
// tail — and at High when it holds. A bare 13-digit run that fails the check
// digit and has no context word stays Low, below the default. A number whose
// 7th digit is 9 or 0 and which satisfies the corporate-number check digit
// is a 법인등록번호 (CRN), never an RRN.
//
// Phone numbers: a 010 mobile written in its usual grouping and any +82 form
// are High; other grouped numbers and bare numbers that start with the
// trunk 0 Medium; a bare 8-digit 15xx/16xx/18xx or legacy 01X number Low. E-mail addresses are High. Addresses are
// High with 시/도 and 시/군/구, Medium with 시/군/구, and a street-only form
// is reported only next to a context word.
//
// # Offsets
//
// Start and End are byte offsets into the caller's input. Full-width digits
// (０１０), dash look-alikes (– — ― − ー －), ideographic spaces and
// decomposed Hangul are folded inside, on a copy with an offset map, so a
// Finding always slices the original bytes.
//
// # Overlaps
//
// One finding per span: of two overlapping candidates the more confident
// wins, then the longer (an e-mail address whose local part is a phone
// number is an e-mail address).
package detector
