package patterns

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// E-mail addresses (이메일 주소): CompactEmail, ValidateEmail, IsValidEmail,
// FormatEmail, ParseEmail and EmailAddress. The rules are documented on
// ValidateEmail; emailCheckParts is the allocation-free core that they and
// the detector's matcher share.

// Lengths of RFC 5321 §4.5.3.1 and RFC 1035 §2.3.4.
const (
	emailMaxLocal   = 64  // octets in the local part
	emailMaxLabel   = 63  // octets in a label, in ASCII form
	emailMaxDomain  = 253 // octets in the dotted ASCII form of the domain
	emailMaxAddress = 254 // octets in local "@" ASCII-domain

	// emailMaxULabelRunes: a label whose A-label fits in 63 octets has at
	// most 63-len("xn--") = 59 code points, since Punycode spends at least
	// one output byte on every code point.
	emailMaxULabelRunes = emailMaxLabel - len(punyACEPrefix)
)

// The shared errors. Details describe the rule, never the input.
var (
	errEmailNoAt         = newValidationError(Email, RuleFormat, "no @ separating local part and domain")
	errEmailManyAt       = newValidationError(Email, RuleFormat, "more than one @")
	errEmailUTF8         = newValidationError(Email, RuleFormat, "not valid UTF-8")
	errEmailLocalEmpty   = newValidationError(Email, RuleFormat, "empty local part")
	errEmailQuoted       = newValidationError(Email, RuleFormat, "quoted local parts are not supported")
	errEmailLocalChar    = newValidationError(Email, RuleFormat, "local part has a character outside the dot-atom set")
	errEmailLocalDot     = newValidationError(Email, RuleFormat, "local part has a leading, trailing or doubled dot")
	errEmailDomainEmpty  = newValidationError(Email, RuleFormat, "empty domain")
	errEmailLiteral      = newValidationError(Email, RuleFormat, "address literals are not supported")
	errEmailDomainChar   = newValidationError(Email, RuleFormat, "domain has a character that is not allowed in a host name")
	errEmailLabelEmpty   = newValidationError(Email, RuleFormat, "domain has an empty label (leading, trailing or doubled dot)")
	errEmailHyphen       = newValidationError(Email, RuleFormat, "domain label starts or ends with a hyphen")
	errEmailReserved     = newValidationError(Email, RuleFormat, "domain label has hyphens in positions 3 and 4 but is not an xn-- label")
	errEmailPunycode     = newValidationError(Email, RuleFormat, "xn-- label is not the Punycode of a valid internationalised label")
	errEmailNotNFC       = newValidationError(Email, RuleFormat, "internationalised domain label is not in Unicode normalization form C")
	errEmailOneLabel     = newValidationError(Email, RuleFormat, "domain has a single label (no top-level domain)")
	errEmailLocalLength  = newValidationError(Email, RuleLength, "local part longer than 64 octets")
	errEmailLabelLength  = newValidationError(Email, RuleLength, "domain label longer than 63 octets in ASCII form")
	errEmailDomainLength = newValidationError(Email, RuleLength, "domain longer than 253 octets in ASCII form")
	errEmailLength       = newValidationError(Email, RuleLength, "address longer than 254 octets")
	errEmailTLDLetters   = newValidationError(Email, RuleComponent, "top-level domain is not all letters")
	errEmailTLDShort     = newValidationError(Email, RuleComponent, "top-level domain shorter than two letters")
)

// emailErrors lists every error the e-mail validator returns (for tests).
var emailErrors = []*ValidationError{
	errEmailNoAt, errEmailManyAt, errEmailUTF8, errEmailLocalEmpty, errEmailQuoted,
	errEmailLocalChar, errEmailLocalDot, errEmailDomainEmpty, errEmailLiteral,
	errEmailDomainChar, errEmailLabelEmpty, errEmailHyphen, errEmailReserved,
	errEmailPunycode, errEmailNotNFC, errEmailOneLabel, errEmailLocalLength,
	errEmailLabelLength, errEmailDomainLength, errEmailLength, errEmailTLDLetters,
	errEmailTLDShort,
}

// Byte classes.
const (
	emailClassLocal  = 1 << iota // RFC 5322 atext or '.'
	emailClassDomain             // letter, digit, '-' or '.'
	emailClassLetter             // A–Z, a–z
)

var emailClasses = emailBuildClasses()

func emailBuildClasses() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= emailClassLocal | emailClassDomain | emailClassLetter
		t[c-'a'+'A'] |= emailClassLocal | emailClassDomain | emailClassLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] |= emailClassLocal | emailClassDomain
	}
	for _, c := range []byte("!#$%&'*+/=?^_`{|}~-.") {
		t[c] |= emailClassLocal
	}
	t['-'] |= emailClassDomain
	t['.'] |= emailClassDomain
	return t
}

// emailLocalByte reports whether the ASCII byte c may appear in a local
// part: RFC 5322 atext or '.'. Bytes ≥ 0x80 report false; they start UTF-8
// sequences that the validator judges as runes. The detector's matcher uses
// it to scan backwards from an '@'.
func emailLocalByte(c byte) bool { return emailClasses[c]&emailClassLocal != 0 }

// emailDomainByte reports whether the ASCII byte c may appear in a domain
// written in ASCII: a letter, a digit, '-' or '.'.
func emailDomainByte(c byte) bool { return emailClasses[c]&emailClassDomain != 0 }

// emailUnicodeAllowed reports whether the non-ASCII rune r may appear in a
// local part or a domain label: a letter, a combining mark or a decimal
// digit of any script.
func emailUnicodeAllowed(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// emailCheckParts validates an address split at its '@': local and domain
// as written (the domain may hold U-labels or xn-- A-labels, in any letter
// case; U-labels are lower-cased before they are measured, as CompactEmail
// would). It applies every rule of ValidateEmail but does no folding or
// normalisation: a caller that may see full-width forms or NFD text
// compacts first. It does not allocate: ASCII input takes one table-driven
// pass, and U-labels and A-labels are converted in fixed-size stack buffers
// only to check and measure them. The one exception is a label whose NFC
// status needs norm's full check (combining marks), which costs norm's own
// buffer.
func emailCheckParts(local, domain []byte) *ValidationError {
	if e := emailCheckLocal(local); e != nil {
		return e
	}
	return emailCheckDomain(domain, len(local))
}

func emailCheckLocal(local []byte) *ValidationError {
	if len(local) == 0 {
		return errEmailLocalEmpty
	}
	if local[0] == '"' {
		return errEmailQuoted
	}
	afterDot := true // a dot at the start counts as a doubled dot
	for i := 0; i < len(local); {
		c := local[i]
		if c < utf8.RuneSelf {
			if emailClasses[c]&emailClassLocal == 0 {
				if c == '@' {
					return errEmailManyAt
				}
				return errEmailLocalChar
			}
			if c == '.' {
				if afterDot {
					return errEmailLocalDot
				}
				afterDot = true
			} else {
				afterDot = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(local[i:])
		if r == utf8.RuneError && size == 1 {
			return errEmailUTF8
		}
		if !emailUnicodeAllowed(r) {
			return errEmailLocalChar
		}
		afterDot = false
		i += size
	}
	if afterDot {
		return errEmailLocalDot
	}
	if len(local) > emailMaxLocal {
		return errEmailLocalLength
	}
	return nil
}

func emailCheckDomain(domain []byte, localLen int) *ValidationError {
	if len(domain) == 0 {
		return errEmailDomainEmpty
	}
	if domain[0] == '[' {
		return errEmailLiteral
	}
	var (
		asciiLen int              // length of the domain in ASCII form
		labels   int              // number of labels
		tldErr   *ValidationError // the verdict on the last label as a TLD
	)
	for start := 0; ; {
		// Scan one label: ASCII inline; at the first non-ASCII byte the
		// whole label goes to emailCheckULabel.
		end, letters, unicodeLabel := start, true, false
		for ; end < len(domain); end++ {
			c := domain[end]
			if c == '.' {
				break
			}
			if c >= utf8.RuneSelf {
				unicodeLabel = true
				break
			}
			cl := emailClasses[c]
			if cl&emailClassDomain == 0 {
				return errEmailDomainChar
			}
			if cl&emailClassLetter == 0 {
				letters = false
			}
		}
		var (
			n        int
			tld, err *ValidationError
		)
		if unicodeLabel {
			if dot := bytes.IndexByte(domain[end:], '.'); dot >= 0 {
				end += dot
			} else {
				end = len(domain)
			}
			n, tld, err = emailCheckULabel(domain[start:end])
		} else {
			n, tld, err = emailCheckASCIILabel(domain[start:end], letters)
		}
		if err != nil {
			return err
		}
		asciiLen += n
		labels++
		if end == len(domain) {
			tldErr = tld
			break
		}
		asciiLen++ // the dot
		start = end + 1
	}
	switch {
	case labels < 2:
		return errEmailOneLabel
	case asciiLen > emailMaxDomain:
		return errEmailDomainLength
	case localLen+1+asciiLen > emailMaxAddress:
		return errEmailLength
	}
	return tldErr
}

// emailCheckASCIILabel checks a label of ASCII host-name characters
// (letters: whether they are all letters) and returns its length and the
// verdict on it as a top-level domain (nil: it would make a valid TLD).
func emailCheckASCIILabel(label []byte, letters bool) (n int, tld, err *ValidationError) {
	if len(label) == 0 {
		return 0, nil, errEmailLabelEmpty
	}
	if label[0] == '-' || label[len(label)-1] == '-' {
		return 0, nil, errEmailHyphen
	}
	if len(label) > emailMaxLabel {
		return 0, nil, errEmailLabelLength
	}
	if len(label) >= 4 && label[2] == '-' && label[3] == '-' {
		if label[0]|0x20 == 'x' && label[1]|0x20 == 'n' {
			return emailCheckALabel(label)
		}
		return 0, nil, errEmailReserved
	}
	switch {
	case !letters:
		tld = errEmailTLDLetters
	case len(label) < 2:
		tld = errEmailTLDShort
	}
	return len(label), tld, nil
}

// emailCheckALabel checks an ASCII label of at most 63 bytes that starts
// with "xn--": it must be the canonical Punycode of a valid U-label.
func emailCheckALabel(label []byte) (n int, tld, err *ValidationError) {
	var buf [emailMaxLabel]rune
	runes, ok := punyAppendDecode(buf[:0], label[len(punyACEPrefix):])
	if !ok {
		return 0, nil, errEmailPunycode
	}
	unicodeSeen := false
	for i, r := range runes {
		if r < utf8.RuneSelf {
			// Basic code points are copied as written; DNS ignores their
			// case, and so does the canonical comparison below.
			if 'A' <= r && r <= 'Z' {
				runes[i] = r + 'a' - 'A'
			}
		} else {
			unicodeSeen = true
		}
	}
	if !unicodeSeen { // an A-label always encodes some non-ASCII
		return 0, nil, errEmailPunycode
	}
	if e := emailCheckURunes(runes); e != nil {
		return 0, nil, errEmailPunycode
	}
	// Canonical form: encoding the decoded label must give the label back.
	var enc [emailMaxULabelRunes]byte
	out, ok := punyAppendEncode(enc[:0], runes, len(enc))
	if !ok || !emailEqualFoldASCII(out, label[len(punyACEPrefix):]) {
		return 0, nil, errEmailPunycode
	}
	return len(label), emailCheckIDNTLD(runes), nil
}

// emailCheckULabel checks a label that holds non-ASCII characters and
// measures its A-label, without building it anywhere but on the stack.
// Letters are lower-cased first, as CompactEmail does.
func emailCheckULabel(label []byte) (n int, tld, err *ValidationError) {
	var buf [emailMaxULabelRunes]rune
	count := 0
	for i := 0; i < len(label); {
		c := label[i]
		var r rune
		if c < utf8.RuneSelf {
			if emailClasses[c]&emailClassDomain == 0 {
				return 0, nil, errEmailDomainChar
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			r = rune(c)
			i++
		} else {
			var size int
			r, size = utf8.DecodeRune(label[i:])
			if r == utf8.RuneError && size == 1 {
				return 0, nil, errEmailUTF8
			}
			if !emailUnicodeAllowed(r) {
				return 0, nil, errEmailDomainChar
			}
			if r = unicode.ToLower(r); r < utf8.RuneSelf {
				// e.g. KELVIN SIGN → 'k': CompactEmail lower-cases it to
				// ASCII; written raw it is no host-name character.
				return 0, nil, errEmailDomainChar
			}
			i += size
		}
		if count == len(buf) {
			return 0, nil, errEmailLabelLength
		}
		buf[count] = r
		count++
	}
	runes := buf[:count]
	if e := emailCheckURunes(runes); e != nil {
		return 0, nil, e
	}
	var enc [emailMaxULabelRunes]byte
	out, ok := punyAppendEncode(enc[:0], runes, len(enc))
	if !ok {
		return 0, nil, errEmailLabelLength
	}
	return len(punyACEPrefix) + len(out), emailCheckIDNTLD(runes), nil
}

// emailCheckURunes applies the U-label rules to a lower-cased label of at
// most 63 code points.
func emailCheckURunes(runes []rune) *ValidationError {
	if len(runes) == 0 {
		return errEmailLabelEmpty
	}
	for _, r := range runes {
		if r < utf8.RuneSelf {
			if emailClasses[r]&emailClassDomain == 0 || r == '.' {
				return errEmailDomainChar
			}
		} else if !emailUnicodeAllowed(r) || unicode.ToLower(r) != r || FoldRune(r) != r {
			// Upper-case letters and full-width forms: CompactEmail maps
			// them away, so a label holding them is not in canonical form.
			return errEmailDomainChar
		}
	}
	if runes[0] == '-' || runes[len(runes)-1] == '-' {
		return errEmailHyphen
	}
	if len(runes) >= 4 && runes[2] == '-' && runes[3] == '-' {
		return errEmailReserved
	}
	if unicode.IsMark(runes[0]) {
		return errEmailDomainChar
	}
	if !emailIsNFC(runes) {
		return errEmailNotNFC
	}
	return nil
}

// emailNFCBuffers holds the buffers emailIsNFC hands to the norm package,
// whose argument escapes (a stack buffer passed to it would move to the heap).
var emailNFCBuffers = sync.Pool{New: func() any { return new([emailMaxLabel * utf8.UTFMax]byte) }}

// emailIsNFC reports whether a label of at most 63 code points is in NFC.
// Labels of starters without canonical decompositions (Hangul syllables,
// Han, most scripts' letters) are settled rune by rune; the others (Latin
// letters with accents, combining marks) go through norm's full check in a
// pooled buffer, which allocates only when combining marks need sorting
// out.
func emailIsNFC(runes []rune) bool {
	quick := true
	for _, r := range runes {
		if r < utf8.RuneSelf {
			continue
		}
		var b [utf8.UTFMax]byte
		p := norm.NFC.Properties(b[:utf8.EncodeRune(b[:], r)])
		if !p.BoundaryBefore() || p.Decomposition() != nil {
			quick = false
			break
		}
	}
	if quick {
		return true
	}
	buf := emailNFCBuffers.Get().(*[emailMaxLabel * utf8.UTFMax]byte)
	m := 0
	for _, r := range runes {
		m += utf8.EncodeRune(buf[m:], r)
	}
	ok := norm.NFC.IsNormal(buf[:m])
	emailNFCBuffers.Put(buf)
	return ok
}

// emailCheckIDNTLD judges a valid U-label as a top-level domain.
func emailCheckIDNTLD(runes []rune) *ValidationError {
	letters := 0
	for _, r := range runes {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsMark(r):
		default:
			return errEmailTLDLetters
		}
	}
	if letters < 2 {
		return errEmailTLDShort
	}
	return nil
}

// emailEqualFoldASCII compares two ASCII strings ignoring letter case.
func emailEqualFoldASCII(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// CompactEmail returns s in the form the e-mail validator checks: every
// rune folded with FoldRune (full-width letters, digits and ＠ become
// ASCII), surrounding white space trimmed, the text in Unicode NFC
// (decomposed Hangul becomes syllables), and the domain lower-cased with
// the ideographic full stops 。 and ｡ read as dots (as IDNA's UTS #46
// mapping does; the full-width ． is already folded). The local part keeps
// its letter case, since RFC 5321 lets the receiving host decide whether
// case matters there. CompactEmail does not validate; for a string without
// an '@' it returns the folded, trimmed, normalised text.
func CompactEmail(s string) string {
	if !punyIsASCII(s) { // ASCII is already folded and in NFC
		s = Normalize(s)
	}
	s = strings.TrimSpace(s)
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return s
	}
	domain := s[at+1:]
	d := strings.ToLower(domain)
	if strings.ContainsAny(d, "\u3002\uff61") {
		d = strings.NewReplacer("\u3002", ".", "\uff61", ".").Replace(d)
	}
	if d == domain {
		return s
	}
	return s[:at+1] + norm.NFC.String(d)
}

// ValidateEmail checks the e-mail address s after compacting it (see
// CompactEmail) and returns nil or a *ValidationError saying which rule
// failed. The error never contains the address or any part of it.
//
// It accepts the practical subset of RFC 5321/5322 that people write and a
// detector can delimit in running text, extended to internationalised
// addresses (RFC 6531 UTF-8 local parts, IDNA domain names):
//
//   - Local part: a dot-atom, atoms of RFC 5322 atext
//     (A–Z a–z 0–9 ! # $ % & ' * + / = ? ^ _ ` { | } ~ -) joined by single
//     dots, with no leading or trailing dot. Beyond ASCII (RFC 6531)
//     letters, combining marks and decimal digits of any script are allowed
//     (홍길동@example.kr); spaces, controls, symbols and punctuation are not.
//     Quoted local parts ("hong gildong"@example.com) and comments are
//     rejected: legal, but rare, and a detector cannot delimit them.
//   - Domain: at least two labels joined by single dots, no trailing dot.
//     An ASCII label is letters, digits and hyphens, neither starting nor
//     ending with a hyphen, without hyphens in positions 3 and 4 unless it
//     is an xn-- A-label (RFC 5890 reserves the others). An A-label must be
//     the canonical Punycode of a valid U-label. A U-label (a label with
//     non-ASCII characters) is lower-case letters, marks and digits of any
//     script plus ASCII letters, digits and hyphens, in NFC, not starting
//     with a combining mark, under the same hyphen rules. This is a
//     practical subset of IDNA2008: its per-code-point tables, bidi rule and
//     contextual rules are not applied. Address literals ([192.0.2.1],
//     [IPv6:…]) are rejected.
//   - Top-level domain: at least two letters: ASCII letters, or letters
//     (and marks) of any script for an IDN TLD (한국 = xn--3e0b707e). Digits
//     and hyphens are not allowed, so numeric TLDs are rejected.
//   - Lengths, in octets (RFC 5321 §4.5.3.1): the local part at most 64
//     (UTF-8 octets for an RFC 6531 local part); every label at most 63 and
//     the domain at most 253 in ASCII (A-label) form, 253 dotted characters
//     being RFC 1035's 255-octet wire form; the whole address, local part +
//     "@" + ASCII domain, at most 254 (the 256-octet path limit less its
//     angle brackets). So a domain used in an address has at most 252.
//
// The first failed rule is reported, reading left to right: the local part
// (ErrFormat, then ErrLength), each domain label (ErrFormat, then ErrLength
// for its A-label), the number of labels (ErrFormat), the domain and address
// lengths (ErrLength), and last the top-level domain (ErrComponent).
func ValidateEmail(s string) error {
	if _, e := emailParse(s); e != nil {
		return e
	}
	return nil
}

// IsValidEmail reports whether ValidateEmail(s) returns nil.
func IsValidEmail(s string) bool {
	_, e := emailParse(s)
	return e == nil
}

// FormatEmail returns the canonical display form of the address s: the
// local part as written (folded and in NFC, case kept) and the domain in
// lower case, with internationalised labels in Unicode
// ("admin@xn--wk0bu0i737a.xn--3e0b707e" is shown as "admin@홍길동.한국").
// It is ParseEmail(s).String(); the ASCII form is available from
// EmailAddress.ASCIIDomain.
func FormatEmail(s string) (string, error) {
	a, err := ParseEmail(s)
	if err != nil {
		return "", err
	}
	return a.String(), nil
}

// EmailAddress is a validated e-mail address. It is an immutable value,
// comparable with ==: two EmailAddress values are equal when their local
// parts and (lower-cased) domains are. The zero value is not a valid
// address; its methods return empty strings and false.
type EmailAddress struct {
	local  string // compacted local part
	domain string // lower-case domain, U-labels for IDN labels
	ascii  string // lower-case domain, A-labels for IDN labels
}

// ParseEmail validates the address s like ValidateEmail and returns its
// parts.
func ParseEmail(s string) (EmailAddress, error) {
	c, e := emailParse(s)
	if e != nil {
		return EmailAddress{}, e
	}
	at := strings.LastIndexByte(c, '@')
	local, domain := c[:at], c[at+1:]
	a := EmailAddress{local: local, domain: domain, ascii: domain}
	if punyIsASCII(domain) && !strings.Contains(domain, punyACEPrefix) {
		return a, nil
	}
	labels := strings.Split(domain, ".")
	uni := make([]string, len(labels))
	for i, l := range labels {
		// Both conversions succeed: emailCheckParts has checked every label.
		labels[i], _ = punyToASCIILabel(l)
		uni[i], _ = punyToUnicodeLabel(l)
	}
	a.ascii = strings.Join(labels, ".")
	a.domain = strings.Join(uni, ".")
	return a, nil
}

// emailParse compacts s, validates it and returns the compacted form.
func emailParse(s string) (string, *ValidationError) {
	c := CompactEmail(s)
	at := strings.LastIndexByte(c, '@')
	if at < 0 {
		return "", errEmailNoAt
	}
	if e := emailCheckParts([]byte(c[:at]), []byte(c[at+1:])); e != nil {
		return "", e
	}
	return c, nil
}

// Local returns the local part (the mailbox name before '@') as written,
// letter case kept.
func (a EmailAddress) Local() string { return a.local }

// Domain returns the domain in lower case, internationalised labels in
// Unicode ("홍길동.한국").
func (a EmailAddress) Domain() string { return a.domain }

// ASCIIDomain returns the domain in lower case, internationalised labels as
// Punycode A-labels ("xn--wk0bu0i737a.xn--3e0b707e"): the form DNS uses.
// For an all-ASCII domain it equals Domain.
func (a EmailAddress) ASCIIDomain() string { return a.ascii }

// TLD returns the top-level domain, in Unicode for an IDN TLD ("kr",
// "한국").
func (a EmailAddress) TLD() string {
	if i := strings.LastIndexByte(a.domain, '.'); i >= 0 {
		return a.domain[i+1:]
	}
	return a.domain
}

// IsIDN reports whether the domain is internationalised: whether any of its
// labels is non-ASCII (or, equivalently, an xn-- A-label). An RFC 6531
// local part alone does not make an address IDN.
func (a EmailAddress) IsIDN() bool { return a.domain != a.ascii }

// IsKorean reports whether the domain is under Korea's country-code
// top-level domains: .kr or the Hangul IDN ccTLD .한국 (xn--3e0b707e).
func (a EmailAddress) IsKorean() bool {
	tld := a.TLD()
	return tld == "kr" || tld == "한국"
}

// String returns the canonical display form: local part, '@' and the
// Unicode domain (what FormatEmail returns), or "" for the zero value.
func (a EmailAddress) String() string {
	if a.local == "" && a.domain == "" {
		return ""
	}
	return a.local + "@" + a.domain
}
