package redact

import (
	"unicode"
	"unicode/utf8"

	"github.com/kpii/kpii/patterns"
)

// A Masker produces the replacement for one finding. Maskers are values:
// immutable and safe for concurrent use, so one Masker serves every
// Redactor that holds it.
type Masker interface {
	// AppendMask appends the replacement for value, a finding of the given
	// kind as written in the input, to dst and returns the extended slice.
	// It must not retain or modify value.
	AppendMask(dst []byte, kind patterns.Kind, value []byte) []byte
}

// MaskFunc adapts a function to a Masker: the custom masker. The function
// receives the kind and the value as written and returns the replacement,
// which is inserted as is. A MaskFunc that returns its input unchanged
// leaves the value in the output; that is the caller's decision.
type MaskFunc func(kind patterns.Kind, value string) string

// AppendMask implements Masker.
func (f MaskFunc) AppendMask(dst []byte, kind patterns.Kind, value []byte) []byte {
	return append(dst, f(kind, string(value))...)
}

// maskRune is what every hidden character becomes.
const maskRune = '*'

// FullMask returns the masker that hides every letter and digit and keeps
// everything else — separators, '@', '.', spaces, brackets — so the result
// has the shape and the character count of the value: 010-1234-5678 becomes
// ***-****-****, hong@naver.com becomes ****@*****.***. Policies use it for
// kinds they have no masker for.
func FullMask() Masker { return fullMask{} }

type fullMask struct{}

func (fullMask) AppendMask(dst []byte, _ patterns.Kind, v []byte) []byte {
	return appendFullMask(dst, v)
}

// appendFullMask hides every letter and digit of v, rune by rune. Bytes that
// are not valid UTF-8 are hidden too: they could be anything.
func appendFullMask(dst, v []byte) []byte {
	for i := 0; i < len(v); {
		c := v[i]
		if c < utf8.RuneSelf {
			if isASCIIAlnum(c) {
				c = maskRune
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(v[i:])
		if r == utf8.RuneError || hides(r) {
			dst = append(dst, maskRune)
		} else {
			dst = append(dst, v[i:i+size]...)
		}
		i += size
	}
	return dst
}

// hides reports whether a full mask hides r: letters, digits and other
// numbers (full-width digits fold to ASCII digits and are Nd already).
func hides(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

func isASCIIAlnum(c byte) bool {
	return c-'0' < 10 || (c|0x20)-'a' < 26
}

// digitAt reports whether the rune at v[i:] is a decimal digit, ASCII or
// one of its look-alikes (full-width ０–９), and returns its size.
func digitAt(v []byte, i int) (isDigit bool, size int) {
	c := v[i]
	if c < utf8.RuneSelf {
		return c-'0' < 10, 1
	}
	r, size := utf8.DecodeRune(v[i:])
	f := patterns.FoldRune(r)
	return f >= '0' && f <= '9', size
}

// appendDigitMask copies v, replacing the digits whose index (counting
// digits only, from 0) is in [lo, hi) by '*'. Letters are hidden too
// (an identifier's span holds digits and separators only; anything else is
// hidden rather than guessed at); separators are kept.
func appendDigitMask(dst, v []byte, lo, hi int) []byte {
	k := 0
	for i := 0; i < len(v); {
		isDigit, size := digitAt(v, i)
		switch {
		case isDigit:
			if k >= lo && k < hi {
				dst = append(dst, maskRune)
			} else {
				dst = append(dst, v[i:i+size]...)
			}
			k++
		case size == 1 && isASCIIAlnum(v[i]):
			dst = append(dst, maskRune)
		case size > 1:
			r, _ := utf8.DecodeRune(v[i:])
			if r == utf8.RuneError || hides(r) {
				dst = append(dst, maskRune)
			} else {
				dst = append(dst, v[i:i+size]...)
			}
		default:
			dst = append(dst, v[i])
		}
		i += size
	}
	return dst
}

// countDigits counts the decimal digits of v (ASCII and look-alikes).
func countDigits(v []byte) int {
	n := 0
	for i := 0; i < len(v); {
		isDigit, size := digitAt(v, i)
		if isDigit {
			n++
		}
		i += size
	}
	return n
}
