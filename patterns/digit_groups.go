package patterns

import "unicode/utf8"

// Helpers shared by the matchers and validators of the identifiers beyond
// the mission kinds (passport, driver licence, BRN, card, bank account,
// health insurance). Like match_digits.go they work on ASCII-folded bytes
// and never allocate.

// digitGroup is a run of ASCII digits text[start:end].
type digitGroup struct{ start, end int }

func (g digitGroup) len() int { return g.end - g.start }

// readDigitGroups reads the digit groups that start at text[i] (a digit):
// runs of ASCII digits joined by one separator byte each, the same byte
// throughout — '-' or, when spaces is true, a single ' '. It stores at most
// len(g) groups and returns how many it stored and the separator (0 when it
// read a single group). A separator not followed by a digit ends the
// groups; so does a different separator.
func readDigitGroups(text []byte, i int, g []digitGroup, spaces bool) (int, byte) {
	n := 0
	var sep byte
	for j := i; n < len(g); {
		e := digitRunEnd(text, j)
		if e == j {
			break
		}
		g[n] = digitGroup{j, e}
		n++
		if e+1 >= len(text) || n == len(g) {
			break
		}
		c := text[e]
		if sep == 0 {
			if c != '-' && (c != ' ' || !spaces) {
				break
			}
		} else if c != sep {
			break
		}
		if !isDigitByte(text[e+1]) {
			break
		}
		sep = c
		j = e + 1
	}
	if n <= 1 {
		sep = 0
	}
	return n, sep
}

// groupsContinue reports whether the groups that end at j are continued by
// another group: a digit, a '-' or '.' and a digit (continuesNumberAfter),
// or — for space-separated groups — a space and a digit.
func groupsContinue(text []byte, j int, sep byte) bool {
	if continuesNumberAfter(text, j) {
		return true
	}
	return sep == ' ' && j+1 < len(text) && text[j] == ' ' && isDigitByte(text[j+1])
}

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool { return c-'0' < 10 || (c|0x20)-'a' < 26 }

// alnumBefore reports whether the byte before i is an ASCII letter or digit.
func alnumBefore(text []byte, i int) bool { return i > 0 && isASCIIAlnum(text[i-1]) }

// alnumAt reports whether text[j] is an ASCII letter or digit.
func alnumAt(text []byte, j int) bool { return j < len(text) && isASCIIAlnum(text[j]) }

// collectDigits folds s (FoldRune), skips the separators '-', ' ', '.' and
// '/', and stores its ASCII digits in d, returning how many digits s holds
// (which may exceed len(d); only the first len(d) are stored). It reports
// false when s holds any other character. It does not allocate.
func collectDigits(s string, d []byte) (int, bool) {
	n := 0
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
		default:
			return n, false
		}
	}
	return n, true
}

// appendGrouped appends the digits d to b in groups of the given sizes
// joined by sep; digits beyond the sizes form a last group.
func appendGrouped(b, d []byte, sep byte, sizes ...int) []byte {
	k := 0
	for _, s := range sizes {
		if k >= len(d) {
			break
		}
		if k > 0 {
			b = append(b, sep)
		}
		e := min(k+s, len(d))
		b = append(b, d[k:e]...)
		k = e
	}
	if k < len(d) {
		if k > 0 {
			b = append(b, sep)
		}
		b = append(b, d[k:]...)
	}
	return b
}

// compactDigits folds s and drops the separators '-', ' ', '.' and '/',
// keeping every other character, as CompactRRN does. A string of ASCII
// digits is returned as is, without allocating.
func compactDigits(s string) string { return regCompact(s) }

// errOrNil turns a possibly nil *ValidationError into an error that is nil
// exactly when e is.
func errOrNil(e *ValidationError) error { return regError(e) }
