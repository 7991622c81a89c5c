package patterns

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldRune maps the look-alike characters that Korean text uses inside
// identifiers to their ASCII forms, and returns every other rune unchanged:
//
//   - full-width ASCII U+FF01–U+FF5E (０–９, ＋, －, ＠, Ｍ …) to ASCII;
//   - every dash look-alike in the formats reference (U+2010–U+2015, U+2212,
//     U+30FC katakana prolonged mark, U+FE63, U+FF0D) to '-', and the Hangul
//     letter ㅡ (U+3161), which people type for one (010ㅡ1234ㅡ5678);
//   - ideographic space U+3000, no-break spaces U+00A0, U+2007, U+202F and
//     the thin and narrow spaces U+2009, U+200A to ' '.
//
// The detector and every validator share this mapping, so a number written
// with an IME's full-width digits validates exactly as its ASCII twin.
func FoldRune(r rune) rune {
	switch {
	case r < 0x80:
		return r
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFF01 + '!'
	}
	switch r {
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x30FC, 0xFE63,
		0x3161: // ㅡ, the Hangul letter typed for a dash (010ㅡ1234ㅡ5678)
		return '-'
	case 0x3000, 0x00A0, 0x2007, 0x202F, 0x2009, 0x200A:
		return ' '
	}
	return r
}

// Normalize returns s with every rune passed through FoldRune and the
// result in Unicode NFC, so decomposed Hangul (NFD jamo, as macOS and some
// IMEs produce) becomes precomposed syllables. It returns s itself, without
// allocating, when nothing changes.
func Normalize(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	if !needsFolding(s) {
		if norm.NFC.IsNormalString(s) {
			return s
		}
		return norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(FoldRune(r))
	}
	return norm.NFC.String(b.String())
}

func needsFolding(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if FoldRune(r) != r {
			return true
		}
		i += size
	}
	return false
}

// isSeparator reports whether c (already folded) is one of the characters
// that people put between the groups of a number: '-', '.', ' ' and '/'.
func isSeparator(c rune) bool {
	return c == '-' || c == '.' || c == ' ' || c == '/'
}
