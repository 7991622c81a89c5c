package patterns

// Bank account numbers (계좌번호): CompactBankAccount, ValidateBankAccount,
// IsValidBankAccount, ParseBankAccount and MatchBankAccount (formats
// reference §7.6).
//
// Korea has no national account format and no public check digit: each
// bank embeds a branch code, a product code, a serial and an internal check
// value it does not disclose. Numbers have 10 to 14 digits and are written
// in bank-specific groupings (신한 3-3-6, 우리 4-3-6, 하나 3-6-5, 국민 6-2-6,
// 카카오뱅크 4-2-7 …). So an account number is mostly recognised by what is
// written around it; only 카카오뱅크's prefixes are distinctive enough to
// stand alone. There is no FormatBankAccount: without knowing the bank there
// is no canonical grouping.

// BankAccountContextWords let a bank account candidate be reported (formats
// reference §9 and §7.6): account words, and bank names. Names that are also
// ordinary words or place names (국민, 우리, 하나, 기업, 부산, 대구, 경남,
// 광주, 전북, 제주) count only as part of a bank's name — 국민은행, 우리은행 —
// which the word 은행 covers; distinctive names (신한, 농협, 카카오뱅크 …)
// count on their own.
var BankAccountContextWords = []string{
	"계좌번호", "계좌 번호", "계좌", "입금계좌", "입금", "예금주", "가상계좌", "환불계좌", "출금계좌", "송금", "이체", "은행",
	"국민은행", "우리은행", "하나은행", "기업은행", "부산은행", "대구은행", "경남은행", "광주은행", "전북은행", "제주은행",
	"신한", "농협", "카카오뱅크", "토스뱅크", "케이뱅크", "SC제일", "제일은행", "새마을금고", "우체국", "수협", "신협",
	"씨티은행", "산업은행", "IBK", "KB", "NH", "iM뱅크",
	"account no", "account number", "account_no", "accountno", "acct", "acct_no", "bank", "bank account",
	"bank_account", "deposit",
}

// BankAccountInfo is what ParseBankAccount can tell about an account
// number; for most numbers, nothing.
type BankAccountInfo struct {
	// Bank is the bank's Korean name when the number's prefix identifies
	// it (카카오뱅크: 3333, 3355, 3650), "" otherwise.
	Bank string
	// Product is the product the prefix gives (입출금, 적금, 대출), "" when
	// unknown.
	Product string
	// Length is the number of digits, 10–14.
	Length int
}

var bankErrs = struct{ format, length *ValidationError }{
	format: newValidationError(BankAccount, RuleFormat, "character other than a digit or a separator"),
	length: newValidationError(BankAccount, RuleLength, "not ten to fourteen digits"),
}

// kakaoProduct returns the 카카오뱅크 product of a 13-digit number with the
// prefix p (its first four digits), "" for other prefixes.
func kakaoProduct(p []byte) string {
	switch string(p) {
	case "3333":
		return "입출금"
	case "3355":
		return "적금"
	case "3650":
		return "대출"
	}
	return ""
}

func bankCollect(s string, d *[14]byte) (int, *ValidationError) {
	n, ok := collectDigits(s, d[:])
	switch {
	case !ok:
		return n, bankErrs.format
	case n < 10 || n > 14:
		return n, bankErrs.length
	}
	return n, nil
}

// CompactBankAccount returns s folded (FoldRune) and without the
// separators '-', ' ', '.' and '/'.
func CompactBankAccount(s string) string { return compactDigits(s) }

// ValidateBankAccount reports whether s has the shape of a Korean bank
// account number, returning nil or a *ValidationError that unwraps to
// ErrFormat or ErrLength. The error never contains the value. It does not
// allocate.
//
// Only the shape can be checked: digits and separators (RuleFormat), 10 to
// 14 digits (RuleLength). Banks do not publish their check values, so a
// valid shape says little; the detector reports account numbers only next
// to an account word or a bank name.
func ValidateBankAccount(s string) error {
	var d [14]byte
	_, e := bankCollect(s, &d)
	return errOrNil(e)
}

// IsValidBankAccount reports whether ValidateBankAccount(s) returns nil.
func IsValidBankAccount(s string) bool { return ValidateBankAccount(s) == nil }

// ParseBankAccount validates s as ValidateBankAccount does and returns what
// its prefix says: the bank and product of a 카카오뱅크 number (13 digits
// starting 3333, 3355 or 3650), nothing for the others. On error it returns
// the zero BankAccountInfo.
func ParseBankAccount(s string) (BankAccountInfo, error) {
	var d [14]byte
	n, e := bankCollect(s, &d)
	if e != nil {
		return BankAccountInfo{}, e
	}
	info := BankAccountInfo{Length: n}
	if n == 13 {
		if p := kakaoProduct(d[:4]); p != "" {
			info.Bank, info.Product = "카카오뱅크", p
		}
	}
	return info, nil
}

// MatchBankAccount matches a bank account number whose first digit is
// text[i]: 10 to 14 digits, bare or in two to four groups joined by '-' or
// single spaces, the first group of 3 to 6 digits (the bank groupings of
// §7.6: 신한 3-3-6, 우리 4-3-6, 하나 3-6-5, 국민 6-2-6, 농협 3-4-4-2 …), the
// others of 2 to 7, except a last group of one digit (새마을금고
// 9002-1234-5678-9, 대구 508-10-123456-7).
//
// Every match carries EvidenceNeedsContext — the detector reports it only
// next to an account word or a bank name, or under a telling field name —
// except a 카카오뱅크 number in its printed grouping, 3333-NN-NNNNNNN (also
// 3355, 3650), which carries EvidenceCanonical alone and is reported without
// context. A
// candidate continued by a digit (or '-'/'.' and a digit) on either side is
// not a match; a bare run must not touch an ASCII letter either.
func MatchBankAccount(text []byte, i int) (Match, bool) {
	if i < 0 || i+10 > len(text) || !isDigitByte(text[i]) || continuesNumberBefore(text, i) {
		return Match{}, false
	}
	var g [5]digitGroup
	ng, sep := readDigitGroups(text, i, g[:], true)
	if ng == 1 || sep == ' ' && g[0].len() >= 10 {
		end := g[0].end
		if l := g[0].len(); l < 10 || l > 14 || alnumBefore(text, i) || alnumAt(text, end) || continuesNumberAfter(text, end) {
			return Match{}, false
		}
		return Match{Kind: BankAccount, Start: i, End: end, Evidence: EvidenceBare | EvidenceNeedsContext}, true
	}
	if f := g[0].len(); f < 3 || f > 6 {
		return Match{}, false
	}
	// Groups of 2–7 digits, a last one of 1–7: a group outside that range
	// ends the candidate.
	for k := 1; k < ng; k++ {
		if l := g[k].len(); l > 7 || l < 2 && (k < 2 || k == 4 || k+1 < ng) {
			ng = k
			break
		}
	}
	// The longest prefix of the groups that forms an account number.
	for last := min(ng, 4) - 1; last >= 1; last-- {
		total := 0
		for k := 0; k <= last; k++ {
			total += g[k].len()
		}
		end := g[last].end
		if total < 10 || total > 14 || continuesNumberAfter(text, end) || alnumAt(text, end) {
			continue
		}
		if sep == '-' && last < ng-1 {
			continue // a '-' and more digits continue it
		}
		m := Match{Kind: BankAccount, Start: i, End: end, Evidence: EvidenceCanonical | EvidenceNeedsContext}
		if sep == '-' && last == 2 && g[0].len() == 4 && g[1].len() == 2 && g[2].len() == 7 &&
			kakaoProduct(text[g[0].start:g[0].end]) != "" {
			m.Evidence = EvidenceCanonical
		}
		return m, true
	}
	return Match{}, false
}
