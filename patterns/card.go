package patterns

import "unicode/utf8"

// Payment card numbers (신용·체크카드 번호, PANs): CompactCard, ValidateCard,
// IsValidCard, FormatCard, ParseCard, IsMaskedCard and MatchCard (formats
// reference §7.5).
//
// A PAN has 14 to 19 digits, the last a Luhn check digit; the first six
// (the BIN or IIN) name the issuer. Korean domestic-only cards start with 9
// (ISO/IEC 7812 major industry identifier 9, national assignment); every
// Korean issuer also issues Visa, Mastercard, JCB, Amex and UnionPay cards.

// CardNetwork is the card scheme the issuer prefix of a PAN belongs to.
type CardNetwork uint8

// The card networks. CardUnknown is the network of the zero CardInfo.
const (
	CardUnknown    CardNetwork = iota
	CardVisa                   // 4
	CardMastercard             // 51–55, 2221–2720
	CardAmex                   // 34, 37
	CardJCB                    // 3528–3589
	CardDiners                 // 300–305, 3095, 36, 38, 39
	CardUnionPay               // 62
	CardDiscover               // 6011, 644–649, 65
	CardMaestro                // other 5 and 6 prefixes: Maestro and national schemes
	CardDomestic               // 9: Korean domestic-only cards (국내전용카드)
	cardNetworkCount
)

var cardNetworkNames = [cardNetworkCount]string{
	CardUnknown: "unknown", CardVisa: "visa", CardMastercard: "mastercard", CardAmex: "amex", CardJCB: "jcb",
	CardDiners: "diners", CardUnionPay: "unionpay", CardDiscover: "discover", CardMaestro: "maestro",
	CardDomestic: "domestic",
}

// String returns the network's stable name: "visa", "mastercard", "amex",
// "jcb", "diners", "unionpay", "discover", "maestro", "domestic" or
// "unknown".
func (c CardNetwork) String() string {
	if c < cardNetworkCount {
		return cardNetworkNames[c]
	}
	return "unknown"
}

// cardNetworkOf classifies the issuer prefix of the digits d (at least
// four); CardUnknown for prefixes no card network uses.
func cardNetworkOf(d []byte) CardNetwork {
	p2 := int(d[0]-'0')*10 + int(d[1]-'0')
	p3 := p2*10 + int(d[2]-'0')
	p4 := p3*10 + int(d[3]-'0')
	switch d[0] {
	case '2':
		if p4 >= 2221 && p4 <= 2720 {
			return CardMastercard
		}
	case '3':
		switch {
		case p2 == 34 || p2 == 37:
			return CardAmex
		case p4 >= 3528 && p4 <= 3589:
			return CardJCB
		case p3 >= 300 && p3 <= 305, p4 == 3095, p2 == 36, p2 == 38, p2 == 39:
			return CardDiners
		}
	case '4':
		return CardVisa
	case '5':
		if p2 >= 51 && p2 <= 55 {
			return CardMastercard
		}
		return CardMaestro
	case '6':
		switch {
		case p2 == 62:
			return CardUnionPay
		case p4 == 6011, p3 >= 644 && p3 <= 649, p2 == 65:
			return CardDiscover
		}
		return CardMaestro
	case '9':
		return CardDomestic
	}
	return CardUnknown
}

// cardLengthOK reports whether a PAN of n digits exists in network c.
func cardLengthOK(c CardNetwork, n int) bool {
	switch c {
	case CardAmex:
		return n == 15
	case CardDiners:
		return n >= 14 && n <= 16
	case CardMastercard, CardDomestic:
		return n == 16
	case CardUnknown:
		return false
	}
	return n >= 16 && n <= 19
}

// luhnValid reports whether the ASCII digits d satisfy the Luhn check.
func luhnValid(d []byte) bool {
	sum := 0
	double := false
	for k := len(d) - 1; k >= 0; k-- {
		v := int(d[k] - '0')
		if double {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		double = !double
	}
	return sum%10 == 0
}

// CardInfo is what a valid card number says. ParseCard returns it; the
// zero value is what it returns alongside an error.
type CardInfo struct {
	// Network is the card scheme of the issuer prefix.
	Network CardNetwork
	// BIN is the first six digits, the issuer identification number
	// (the part a masked receipt shows).
	BIN string
	// Length is the number of digits, 14–19.
	Length int
}

// Domestic reports whether the card is a Korean domestic-only card
// (issuer prefix 9).
func (c CardInfo) Domestic() bool { return c.Network == CardDomestic }

// CardContextWords raise a card candidate's confidence and let a Korean
// domestic card whose Luhn digit fails be reported (formats reference §9).
var CardContextWords = []string{
	"카드번호", "카드 번호", "신용카드", "체크카드", "법인카드", "결제카드", "카드", "유효기간",
	"card", "card no", "card number", "credit card", "debit card", "cardno", "card_no", "card_number", "ccnum",
	"pan", "cvc", "cvv", "visa", "mastercard", "amex",
}

var cardErrs = struct {
	format, masked, length, issuer, netLength, checksum *ValidationError
}{
	format:    newValidationError(Card, RuleFormat, "character other than a digit or a separator"),
	masked:    newValidationError(Card, RuleFormat, "masked digits: the number is already redacted"),
	length:    newValidationError(Card, RuleLength, "not fourteen to nineteen digits"),
	issuer:    newValidationError(Card, RuleComponent, "issuer prefix not assigned to a card network"),
	netLength: newValidationError(Card, RuleComponent, "length not used by the card network"),
	checksum:  newValidationError(Card, RuleChecksum, "Luhn check digit does not hold"),
}

// isCardMaskRune reports whether r is a character that masked card
// numbers show in place of digits: * X x # ● • ＊ (folded already).
func isCardMaskRune(r rune) bool {
	switch r {
	case '*', 'X', 'x', '#', '●', '•', '○':
		return true
	}
	return false
}

// cardCollect stores the digits of s in d and returns their count; masked
// digits and other characters are RuleFormat errors.
func cardCollect(s string, d *[19]byte) (int, *ValidationError) {
	n := 0
	var masked bool
	for i := 0; i < len(s); {
		r := rune(s[i])
		if r < utf8.RuneSelf {
			i++
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
			r = FoldRune(r)
		}
		switch {
		case r >= '0' && r <= '9':
			if n < len(d) {
				d[n] = byte(r)
			}
			n++
		case isSeparator(r):
		case isCardMaskRune(r):
			masked = true
		default:
			return n, cardErrs.format
		}
	}
	if masked {
		return n, cardErrs.masked
	}
	if n < 14 || n > 19 {
		return n, cardErrs.length
	}
	return n, nil
}

// cardCheckDigits checks 14–19 ASCII digits against the issuer table, the
// network's lengths and, when luhn is true, the Luhn digit.
func cardCheckDigits(d []byte, luhn bool) (CardNetwork, *ValidationError) {
	c := cardNetworkOf(d)
	if c == CardUnknown {
		return c, cardErrs.issuer
	}
	if !cardLengthOK(c, len(d)) {
		return c, cardErrs.netLength
	}
	if luhn && !luhnValid(d) {
		return c, cardErrs.checksum
	}
	return c, nil
}

// CompactCard returns s folded (FoldRune) and without the separators '-',
// ' ', '.' and '/': "4111 1111 1111 1111" becomes "4111111111111111".
func CompactCard(s string) string { return compactDigits(s) }

// ValidateCard reports whether s is a valid payment card number, returning
// nil or a *ValidationError that unwraps to ErrFormat, ErrLength,
// ErrComponent or ErrChecksum. The error never contains the value. It does
// not allocate.
//
// s is read as by CompactCard: separators may stand anywhere. The rules,
// in this order:
//
//  1. format: only digits and separators; a masked number
//     (4111-11**-****-1111) is a RuleFormat error of its own (see
//     IsMaskedCard);
//  2. length: 14 to 19 digits;
//  3. component: the issuer prefix belongs to a card network — Visa 4,
//     Mastercard 51–55 and 2221–2720, Amex 34/37, JCB 3528–3589, Diners
//     300–305/3095/36/38/39, UnionPay 62, Discover 6011/644–649/65, other
//     5 and 6 prefixes (Maestro, national schemes), and 9, Korean
//     domestic-only cards — and the length is one the network issues
//     (Amex 15, Diners 14–16, Mastercard and domestic 16, the others
//     16–19);
//  4. checksum: the Luhn check digit holds.
//
// Where the sources disagree (korean-pii-formats.md §7.5), kpii decides:
// whether every 9-prefix domestic card satisfies Luhn is not confirmed (one
// 2014 article speaks of a three-digit check number). ValidateCard applies
// ISO/IEC 7812 and requires Luhn for every card; MatchCard reports a
// domestic number whose Luhn digit fails only next to a card context word.
// Twelve- and thirteen-digit numbers (old Visa) are not accepted: in logs
// they are ids far more often than cards.
func ValidateCard(s string) error {
	var d [19]byte
	n, e := cardCollect(s, &d)
	if e != nil {
		return e
	}
	_, e = cardCheckDigits(d[:n], true)
	return errOrNil(e)
}

// IsValidCard reports whether ValidateCard(s) returns nil.
func IsValidCard(s string) bool { return ValidateCard(s) == nil }

// FormatCard returns the digits of s in the usual printed grouping: 4-6-5
// for a 15-digit Amex, 4-6-4 for a 14-digit Diners card, groups of four
// otherwise (4111-1111-1111-1111). It checks format, length and issuer
// prefix, not the Luhn digit.
func FormatCard(s string) (string, error) {
	var d [19]byte
	n, e := cardCollect(s, &d)
	if e != nil {
		return "", e
	}
	c, e := cardCheckDigits(d[:n], false)
	if e != nil {
		return "", e
	}
	b := make([]byte, 0, 23)
	switch {
	case c == CardAmex || n == 14:
		b = appendGrouped(b, d[:n], '-', 4, 6)
	default:
		b = appendGrouped(b, d[:n], '-', 4, 4, 4, 4)
	}
	return string(b), nil
}

// ParseCard validates s as ValidateCard does and returns its network, BIN
// and length. On error it returns the zero CardInfo.
func ParseCard(s string) (CardInfo, error) {
	var d [19]byte
	n, e := cardCollect(s, &d)
	if e != nil {
		return CardInfo{}, e
	}
	c, e := cardCheckDigits(d[:n], true)
	if e != nil {
		return CardInfo{}, e
	}
	return CardInfo{Network: c, BIN: string(d[:6]), Length: n}, nil
}

// IsMaskedCard reports whether s is a card number that is already masked:
// 14 to 19 positions of digits and mask characters (* X x # ● •),
// separators allowed, at least one of each, starting with a digit —
// 4111-11**-****-1111, 9410-1234-****-9010 (the receipt convention), or
// 411111******1111. The detector never reports such a value; a redactor can
// use IsMaskedCard to tell an already-redacted record from a clean one.
func IsMaskedCard(s string) bool {
	digits, masks := 0, 0
	first := true
	for _, r := range s {
		r = FoldRune(r)
		switch {
		case r >= '0' && r <= '9':
			digits++
		case isCardMaskRune(r):
			if first {
				return false
			}
			masks++
		case isSeparator(r):
			if first {
				return false
			}
			continue
		default:
			return false
		}
		first = false
	}
	n := digits + masks
	return digits > 0 && masks > 0 && n >= 14 && n <= 19
}

// MatchCard matches a payment card number whose first digit is text[i]:
// 14 to 19 digits with an issuer prefix of a card network (see
// ValidateCard), written bare or in the printed groupings — 4-4-4-4 (and
// 4-4-4-2/3, 4-4-4-4-1/2/3), 4-6-4 and 4-6-5 — with '-' or single spaces.
//
// A number whose Luhn digit holds carries EvidenceChecksumOK and is
// reported without context (EvidenceStrong in a printed grouping, which the
// detector reports at High). A Korean domestic (9-prefix) number whose Luhn
// digit fails carries EvidenceChecksumFailed, EvidenceWeak and
// EvidenceNeedsContext; any other number whose Luhn digit fails is no
// match. Masked numbers (4111-11**-****-1111) are no match. A candidate
// continued by a digit (or '-'/'.' and a digit) or touching an ASCII letter
// on either side is not a match.
func MatchCard(text []byte, i int) (Match, bool) {
	n := len(text)
	if i < 0 || i+14 > n || !isDigitByte(text[i]) || continuesNumberBefore(text, i) || alnumBefore(text, i) {
		return Match{}, false
	}
	switch text[i] {
	case '2', '3', '4', '5', '6', '9':
	default:
		return Match{}, false
	}
	var g [6]digitGroup
	ng, _ := readDigitGroups(text, i, g[:], true)
	// The groupings that fit, longest first: a space-separated number may
	// be followed by unrelated digits (an expiry date, an amount).
	var lasts [2]int
	nl := 0
	grouped := true
	switch {
	case ng == 1:
		if l := g[0].len(); l >= 14 && l <= 19 {
			lasts[0], nl, grouped = 0, 1, false
		}
	case g[0].len() != 4:
	case ng >= 3 && g[1].len() == 6 && (g[2].len() == 4 || g[2].len() == 5):
		lasts[0], nl = 2, 1
	case ng >= 4 && g[1].len() == 4 && g[2].len() == 4:
		if ng >= 5 && g[3].len() == 4 && g[4].len() <= 3 {
			lasts[nl] = 4
			nl++
		}
		if g[3].len() >= 2 {
			lasts[nl] = 3
			nl++
		}
	}
	var fallback Match
	for _, last := range lasts[:nl] {
		end := g[last].end
		if continuesNumberAfter(text, end) || alnumAt(text, end) || cardMaskAt(text, end) {
			continue
		}
		var d [19]byte
		nd := 0
		for k := 0; k <= last; k++ {
			nd += copy(d[nd:], text[g[k].start:g[k].end])
		}
		c, e := cardCheckDigits(d[:nd], false)
		if e != nil {
			continue
		}
		ev := EvidenceCanonical | EvidenceStrong
		if !grouped {
			ev = EvidenceBare
		}
		m := Match{Kind: Card, Start: i, End: end}
		switch {
		case luhnValid(d[:nd]):
			m.Evidence = ev | EvidenceChecksumOK
			return m, true
		case c == CardDomestic && fallback.End == 0:
			m.Evidence = ev&^EvidenceStrong | EvidenceChecksumFailed | EvidenceWeak | EvidenceNeedsContext
			fallback = m
		}
	}
	return fallback, fallback.End != 0
}

// cardMaskAt reports whether a mask character stands at text[j], possibly
// after a '-': the digits before j are the visible part of a masked number
// (411111******1111). After a space it is text, not a mask ("… 1111 *결제*").
func cardMaskAt(text []byte, j int) bool {
	if j < len(text) && text[j] == '-' {
		j++
	}
	if j >= len(text) {
		return false
	}
	c := text[j]
	if c < utf8.RuneSelf {
		return c == '*' || c == 'X' || c == 'x' || c == '#'
	}
	r, _ := utf8.DecodeRune(text[j:])
	return isCardMaskRune(r)
}
