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
// A prefilter finds the places a match can start — the digit runs whose
// length, first digits and neighbours some matcher accepts, an '@' or
// "%40", a "+82" — from bitmaps of 64 bytes at a time (built with AVX2 on
// amd64, byte by byte elsewhere or with -tags purego; the results are the
// same); hand-written matchers in package patterns turn those into
// candidates and validate them (birth date and 7th digit, numbering plan,
// RFC 5321, gazetteer). Validation decides; context adjusts: Korean and English
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
// digit and has no context word stays Low, below the default, unless
// another finding (a phone number, an e-mail address) sits within 160
// bytes on its line, as in a customer record: that raises it one level. A number whose
// 7th digit is 9 or 0 and which satisfies the corporate-number check digit
// is a 법인등록번호 (CRN), never an RRN.
//
// Phone numbers: a 010 mobile written in its usual grouping and any +82 form
// are High; other grouped numbers and bare numbers that start with the
// trunk 0 Medium; a bare 8-digit 15xx/16xx/18xx or legacy 01X number Low.
// E-mail addresses are High. Addresses are High with 시/도 and 시/군/구,
// Medium with 시/군/구, and a street-only form is reported only next to a
// context word; a postal code standing alone (우편번호 06236) identifies
// nobody and stays Low.
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
//
// # Records and streams
//
// Scan reads an io.Reader of any size with bounded memory: it scans windows
// of 64 KiB that end at a line break or, inside a longer line, at a byte no
// item contains (with 512 bytes of overlap on both sides), and reports each
// finding once, with offsets from the start of the stream. Its findings are
// FindBytes's on the whole input, straddling items and context words
// included; the two limits of windowing (look-alike folding decided per
// window, user patterns matched within a window) are documented on Scan. An
// error from the callback stops it and is returned as is; read errors are
// wrapped.
//
// FindJSON walks JSON and NDJSON with its own tokenizer, iteratively (any
// depth). Every string is scanned decoded, under its key as a field name (as
// FindField does), and its findings are mapped back to the raw bytes, escape
// sequences included; numbers are scanned too, with the leading zeros that a
// numeric type drops restored under a key that calls for them (1012345678
// under "phone"). Paths read "user.contacts[2].phone", with keys that are not
// identifiers quoted (addr["주소 1"]), and pointers "/user/contacts/2/phone";
// input with several top-level values is an array of records ("[3].user.phone").
// A key that holds personal information is reported, and written as [<KIND>]
// in every path under it, so that paths never carry values.
//
// FindValue walks Go values by reflection with the same paths. Struct tags
// kpii:"rrn" (treat as that kind) and kpii:"-" (skip) steer it; unexported
// fields are skipped; every pointer, map and slice is followed once, so
// cycles end; depth is capped at MaxValueDepth; types with a text form
// (json.Marshaler, encoding.TextMarshaler, error, fmt.Stringer) are scanned
// through it. Offsets are into the string at the path.
//
// FindCSV and ScanCSV scan cells with their column's header as field name;
// a CSVFinding adds the 1-based record number (the header row is record 1),
// the 0-based column and the header, and its offsets are into the cell.
//
// FindEncoded and ScanEncoded read EUC-KR/CP949 and UTF-16 through
// golang.org/x/text/encoding and map every offset back to the original
// bytes; EncodingAuto decides from a byte order mark, UTF-8 validity or a
// clean EUC-KR decode, and ParseEncoding reads the names a --encoding flag
// takes. CSVEncoding does the same for CSV exports.
//
// The errors of all of these say where and what went wrong — a byte offset,
// a line, a type or field name — and never quote what they were reading.
package detector
