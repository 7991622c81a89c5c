package patterns

import (
	"unicode"
	"unicode/utf8"
)

// EmailContextWords raise an e-mail candidate's confidence.
var EmailContextWords = []string{"이메일", "메일", "전자우편", "메일주소", "email", "e-mail", "mail", "mailto", "contact"}

// emailFileExtensions are "top-level domains" that, after an '@', are far
// more often a file name ("icon@2x.png") than a mail domain.
var emailFileExtensions = [...]string{
	"png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "js", "mjs", "ts", "css", "scss", "map", "go",
	"py", "java", "kt", "rb", "php", "json", "yaml", "yml", "xml", "txt", "log", "md", "html", "htm", "pdf",
	"doc", "docx", "xls", "xlsx", "ppt", "pptx", "hwp", "csv", "tar", "gz", "tgz", "rar", "7z", "mp3",
	"mp4", "mov", "avi", "wav", "woff", "woff2", "ttf", "otf", "exe", "dll", "so", "jar", "lock", "sh",
}

// MatchEmail matches an e-mail address around the '@' at text[at] (or the
// URL-encoded "%40" starting at text[at], as in "email=hong%40naver.com").
//
// The local part runs back from the '@' over dot-atom characters (or, for an
// internationalised address, over letters of any script up to a space or
// punctuation); the domain runs forward over labels. An ASCII label ends
// where a Hangul particle glues on ("hong@naver.com으로"), and a Hangul top
// label is cut to the IDN TLD it starts with ("…한국에서"). The parts must
// pass ValidateEmail's rules. File names ("icon@2x.png"), SSH remotes
// ("git@github.com:org/repo") and URL credentials ("user:secret@host") are
// not matches; "user@host:22" is a look-alike.
func MatchEmail(text []byte, at int) (Match, bool) {
	n := len(text)
	if at <= 0 || at >= n {
		return Match{}, false
	}
	atLen := 1
	switch text[at] {
	case '@':
	case '%':
		if at+2 >= n || text[at+1] != '4' || text[at+2] != '0' {
			return Match{}, false
		}
		atLen = 3
	default:
		return Match{}, false
	}
	s := at
	for s > 0 && emailScanLocalByte(text[s-1]) {
		s--
	}
	if s == at && text[at-1] >= utf8.RuneSelf {
		s = emailUnicodeLocalStart(text, at)
	}
	if s == at || text[s] == '.' {
		return Match{}, false // no local part, or one starting with a dot (".hong@…")
	}
	if s > 0 && text[s-1] == '*' {
		return Match{}, false // masked: d*****g@nate.com is already redacted
	}
	ds := at + atLen
	e := emailDomainEnd(text, ds)
	for e > ds && (text[e-1] == '.' || text[e-1] == '-') {
		e--
	}
	if e == ds {
		return Match{}, false
	}
	local, domain := text[s:at], text[ds:e]
	if emailCheckParts(local, domain) != nil {
		return Match{}, false
	}
	m := Match{Kind: Email, Start: s, End: e, Evidence: EvidenceCanonical | EvidenceStrong}
	if emailLooksLikeFile(domain) {
		return Match{}, false
	}
	if string(local) == "git" && e < n && text[e] == ':' {
		return Match{}, false // an SSH remote, git@github.com:org/repo.git
	}
	if s > 0 && text[s-1] == ':' && emailURLUserinfo(text, s-1) {
		return Match{}, false // URL credentials, postgres://app:secret@host: a password, not a mailbox
	}
	if e < n && text[e] == ':' && e+1 < n && (isDigitByte(text[e+1]) || text[e+1] == '/') {
		m.Evidence |= EvidenceLookalike // user@host:22, user@host:/path
	}
	return m, true
}

// emailScanLocalByte is the set the matcher walks back over from the '@':
// letters, digits and . _ + - only. RFC 5322 atext also allows
// ! # $ % & ' * / = ? ^ ` { | } ~, which real addresses almost never use but
// URLs and logs put right before addresses ("/signup?email=lee@…").
func emailScanLocalByte(c byte) bool {
	return isASCIILetterOrDigit(c) || c == '.' || c == '_' || c == '+' || c == '-'
}

func isASCIILetterOrDigit(c byte) bool {
	return c-'0' < 10 || (c|0x20)-'a' < 26
}

// emailUnicodeLocalStart walks back from the '@' over letters and digits of
// any script (RFC 6531 local parts such as 홍길동@…), stopping at a space,
// punctuation or the start of the text.
func emailUnicodeLocalStart(text []byte, at int) int {
	s := at
	for s > 0 && at-s < 64 {
		r, size := utf8.DecodeLastRune(text[:s])
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.IsDigit(r) || r < utf8.RuneSelf && emailScanLocalByte(byte(r))) {
			break
		}
		s -= size
	}
	return s
}

// emailDomainEnd returns where the domain that starts at ds ends.
func emailDomainEnd(text []byte, ds int) int {
	n, e := len(text), ds
	for e < n {
		ls := e
		if text[e] < utf8.RuneSelf {
			for e < n && text[e] != '.' && emailDomainByte(text[e]) {
				e++
			}
		} else {
			for e < n && e-ls < 63*3 {
				r, size := utf8.DecodeRune(text[e:])
				if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
					break
				}
				e += size
			}
			if e > ls && e-ls > len("한국") && string(text[ls:ls+len("한국")]) == "한국" && (e >= n || text[e] != '.') {
				e = ls + len("한국") // "…@홍길동.한국에서": a particle glued to the IDN TLD
			}
		}
		if e == ls {
			return ls
		}
		if e+1 < n && text[e] == '.' && (emailDomainByte(text[e+1]) && text[e+1] != '.' || text[e+1] >= utf8.RuneSelf) {
			e++
			continue
		}
		return e
	}
	return e
}

func emailLooksLikeFile(domain []byte) bool {
	dot := -1
	for k := len(domain) - 1; k >= 0; k-- {
		if domain[k] == '.' {
			dot = k
			break
		}
	}
	tld := domain[dot+1:]
	for _, ext := range emailFileExtensions {
		if len(ext) == len(tld) && asciiEqualFold(tld, ext) {
			return true
		}
	}
	// "@2x.", "@3x." retina suffixes
	return len(domain) > 2 && isDigitByte(domain[0]) && (domain[1] == 'x' || domain[1] == 'X') && domain[2] == '.'
}

// emailURLUserinfo reports whether the ':' at colon separates the user
// and password of a URL's userinfo ("scheme://user:secret@host").
func emailURLUserinfo(text []byte, colon int) bool {
	k := colon
	for k > 0 && colon-k < 64 && emailScanLocalByte(text[k-1]) {
		k--
	}
	return k >= 2 && text[k-1] == '/' && text[k-2] == '/'
}

// asciiEqualFold compares b with the lower-case ASCII string s, ignoring
// ASCII letter case in b.
func asciiEqualFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for k := 0; k < len(b); k++ {
		c := b[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[k] {
			return false
		}
	}
	return true
}
