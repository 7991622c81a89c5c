package patterns

import "time"

// RRNContextWords and FRNContextWords are the words that, near a
// registration-number candidate, raise its confidence: Korean and English
// labels and the field names Korean code uses (formats reference §9).
var (
	RRNContextWords = []string{
		"주민등록번호", "주민번호", "주민등록", "주민 번호", "주민", "생년월일", "주민등록증", "신분증", "실명확인",
		"resident registration", "registration number", "rrn", "jumin", "juminno", "jumin_no", "ssn", "socno",
		"national id", "citizen", "ihidnum", "ihid_num",
	}
	FRNContextWords = []string{
		"외국인등록번호", "외국인번호", "외국인등록증", "외국인", "거소신고", "거소", "체류", "arc",
		"foreigner registration", "alien registration", "frn", "arn", "fgnno", "foreign",
	}
	CRNContextWords = []string{"법인등록번호", "법인번호", "법인", "등기", "corporate registration", "corporate", "corp", "corp_reg", "crn", "jurir_no"}
)

// MatchRegistration matches a 13-digit registration number — an RRN
// (주민등록번호), an FRN (외국인등록번호) or a CRN (법인등록번호), which
// share the YYMMDD-NNNNNNN shape — whose first digit is text[i].
//
// Accepted shapes: 6 digits, a separator ('-' with optional spaces around it,
// or one or two spaces, or the single ',' or tab between the two columns of
// a split export), 7 digits; or a bare run of exactly 13 digits. A
// candidate that is part of a longer number (a digit, or '-'/'.' and a digit,
// directly before or after) is not a match.
//
// Validation decides: the birth date must exist for the century the 7th
// digit gives and must not lie in the future; the 7th digit picks RRN (1–4,
// 9, 0) or FRN (5–8). A failed legacy check digit does not reject (numbers
// issued since 2020-10 have a random tail); it is reported as
// EvidenceChecksumFailed. A number whose 7th digit is 9 or 0 (an 1800s
// birth) that satisfies the CRN rules is reported as a CRN, never as an
// RRN; one that does not is a weak RRN. Any other number whose own check
// digit fails but which satisfies the CRN rules (one in forty random tails
// do) keeps its kind with EvidenceCorporateShape, for the detector to settle
// by the words around it.
func MatchRegistration(text []byte, i int) (Match, bool) {
	n := len(text)
	if i < 0 || i+13 > n || !isDigitByte(text[i]) || continuesNumberBefore(text, i) {
		return Match{}, false
	}
	var d [13]byte
	j := i
	for k := 0; k < 6; k++ {
		if !isDigitByte(text[j]) {
			return Match{}, false
		}
		d[k] = text[j]
		j++
	}
	var ev Evidence
	if isDigitByte(text[j]) {
		ev = EvidenceBare
	} else if (text[j] == ',' || text[j] == '\t') && j+1 < n && isDigitByte(text[j+1]) {
		j++ // the two columns of a split export (주민번호1,주민번호2): as bare
	} else {
		sep, dashes := 0, 0
		for j < n && sep < 3 && (text[j] == ' ' || text[j] == '-') {
			if text[j] == '-' {
				dashes++
			}
			j++
			sep++
		}
		if sep == 0 || dashes > 1 {
			return Match{}, false
		}
		if dashes == 1 && sep == 1 {
			ev = EvidenceCanonical
		}
	}
	if j+7 > n {
		return Match{}, false
	}
	for k := 6; k < 13; k++ {
		if !isDigitByte(text[j]) {
			return Match{}, false
		}
		d[k] = text[j]
		j++
	}
	if continuesNumberAfter(text, j) {
		return Match{}, false
	}
	// The calendar check first, without the clock: most 13-digit runs in
	// logs (epoch milliseconds, ids) fail it, and reading the clock is the
	// dearest step. Only a valid date from this century meets "not in the
	// future".
	info, err := regParseDigits(d[:], regDate{}, true)
	if err != nil {
		if crnCheckDigits(d[:]) == nil {
			// An 1800s "birth" with the CRN type code and check digit.
			return Match{Kind: CRN, Start: i, End: j, Evidence: ev | EvidenceChecksumOK}, true
		}
		return Match{}, false
	}
	if info.Century == 2000 {
		if _, err := regParseDigits(d[:], regToday(), false); err != nil {
			return Match{}, false
		}
	}
	m := Match{Kind: info.Kind, Start: i, End: j, Evidence: ev}
	if g := d[6]; g == '9' || g == '0' {
		m.Evidence |= EvidenceWeak // born in the 1800s: nobody alive
	}
	if info.ChecksumValid {
		m.Evidence |= EvidenceChecksumOK
	} else {
		m.Evidence |= EvidenceChecksumFailed
	}
	// About one random number in forty also satisfies the CRN type-code and
	// check-digit rules. Such a number, unless it can be a post-2020-10 number
	// whose own check digit fails by design, may be a 법인등록번호 (LG전자's
	// 110111-2487050 is also a well-formed 1911 birth; 110111-7123451 a
	// foreigner's number with a valid check digit): the words around it
	// decide (package detector).
	if info.CRNLookalike && (info.ChecksumValid || info.BirthDate.Before(regRandomTailSince)) {
		m.Evidence |= EvidenceCorporateShape
	}
	if i >= 2 && text[i-1] == '-' && isASCIIAlnum(text[i-2]) {
		m.Evidence |= EvidenceLookalike // the tail of an id: LOT-211102-8411792, app-241102-2509794.log
	}
	if m.Evidence.Has(EvidenceBare) && d[0] == '8' && d[1] == '8' && d[2] == '0' && ean13Holds(d[:]) {
		m.Evidence |= EvidenceLookalike // a Korean product barcode (GS1 prefix 880)
	}
	return m, true
}

// regRandomTailSince is the day RRNs stopped carrying a region code and a
// check digit (2020-10-05): numbers of people born since then can only be
// new-style.
var regRandomTailSince = time.Date(2020, 10, 5, 0, 0, 0, 0, time.UTC)

// ean13Holds reports whether 13 digits carry a valid EAN-13 check digit,
// the mark of a product barcode (Korean ones start with 880).
func ean13Holds(d []byte) bool {
	s := 0
	for k := 0; k < 12; k++ {
		v := int(d[k] - '0')
		if k%2 == 1 {
			v *= 3
		}
		s += v
	}
	return (10-s%10)%10 == int(d[12]-'0')
}

// regToday is the reference date for "birth date in the future". Korea's
// date is used so that a baby registered today in Seoul validates even while
// it is still yesterday in UTC.
func regToday() regDate {
	return regDateOf(time.Now().In(kst))
}

var kst = time.FixedZone("KST", 9*60*60)
