package patterns

import (
	"bytes"
	"math"
	"strings"
	"unicode/utf8"
)

// Punycode (RFC 3492), hand-written so that the e-mail validator can check
// internationalised domain names without a dependency and without
// allocating: the core functions append to caller-provided slices, so a
// caller that passes a large-enough stack array never touches the heap.
//
// Only the Bootstring parameters of Punycode (RFC 3492 §5) are used. The
// optional mixed-case annotation (§A) is ignored when decoding — upper- and
// lower-case digits decode alike and basic code points are copied as
// written — and never produced when encoding: digits are written in lower
// case. The IDNA prefix "xn--" is not part of Punycode; punyToASCIILabel and
// punyToUnicodeLabel add and strip it.

const (
	punyBase        = 36
	punyTMin        = 1
	punyTMax        = 26
	punySkew        = 38
	punyDamp        = 700
	punyInitialBias = 72
	punyInitialN    = 128
	punyDelimiter   = '-'
	punyACEPrefix   = "xn--"

	// punyMaxInt bounds every intermediate value; RFC 3492 §6.4 asks for
	// overflow detection against the width of the integers used. Int64
	// arithmetic makes overflow unreachable for any input shorter than
	// millions of code points, but the checks stay so that no input can
	// wrap around.
	punyMaxInt = math.MaxInt64
)

// punyAdapt is the bias adaptation function of RFC 3492 §6.1.
func punyAdapt(delta, numPoints int64, first bool) int64 {
	if first {
		delta /= punyDamp
	} else {
		delta /= 2
	}
	delta += delta / numPoints
	k := int64(0)
	for delta > ((punyBase-punyTMin)*punyTMax)/2 {
		delta /= punyBase - punyTMin
		k += punyBase
	}
	return k + (punyBase-punyTMin+1)*delta/(delta+punySkew)
}

// punyThreshold returns t(k) of RFC 3492 §6.2/§6.3, clamped to [tmin, tmax].
func punyThreshold(k, bias int64) int64 {
	switch {
	case k <= bias:
		return punyTMin
	case k >= bias+punyTMax:
		return punyTMax
	}
	return k - bias
}

// punyEncodeDigit maps 0..25 to 'a'..'z' and 26..35 to '0'..'9'.
func punyEncodeDigit(d int64) byte {
	if d < 26 {
		return byte('a' + d)
	}
	return byte('0' + d - 26)
}

// punyDecodeDigit is the inverse of punyEncodeDigit; it accepts upper-case
// letters too (RFC 3492 §5: digits are case-insensitive).
func punyDecodeDigit(c byte) (int64, bool) {
	switch {
	case c >= '0' && c <= '9':
		return int64(c-'0') + 26, true
	case c >= 'a' && c <= 'z':
		return int64(c - 'a'), true
	case c >= 'A' && c <= 'Z':
		return int64(c - 'A'), true
	}
	return 0, false
}

// punyAppendEncode appends the Punycode encoding of src to dst and returns
// the extended slice. It reports false when src holds something that is not
// a Unicode scalar value (a surrogate, a negative value or one above
// U+10FFFF), on arithmetic overflow, or — when limit is not negative — as
// soon as the encoding would be longer than limit bytes. With a limit no
// larger than cap(dst)-len(dst) it never allocates.
func punyAppendEncode(dst []byte, src []rune, limit int) ([]byte, bool) {
	start := len(dst)
	// full reports whether one more byte would exceed the limit.
	full := func() bool { return limit >= 0 && len(dst)-start >= limit }

	// Copy the basic code points (RFC 3492 §6.3: "copy them to the output
	// in order").
	var b int64
	for _, r := range src {
		if r < 0 || r > utf8.MaxRune || (r >= 0xD800 && r <= 0xDFFF) {
			return dst, false
		}
		if r < 0x80 {
			if full() {
				return dst, false
			}
			dst = append(dst, byte(r))
			b++
		}
	}
	if b > 0 {
		if full() {
			return dst, false
		}
		dst = append(dst, punyDelimiter)
	}

	n := int64(punyInitialN)
	delta := int64(0)
	bias := int64(punyInitialBias)
	h := b
	total := int64(len(src))
	for h < total {
		// m: the smallest code point >= n in the input.
		m := int64(punyMaxInt)
		for _, r := range src {
			if c := int64(r); c >= n && c < m {
				m = c
			}
		}
		if (m - n) > (punyMaxInt-delta)/(h+1) {
			return dst, false
		}
		delta += (m - n) * (h + 1)
		n = m
		for _, r := range src {
			c := int64(r)
			if c < n {
				if delta == punyMaxInt {
					return dst, false
				}
				delta++
			}
			if c != n {
				continue
			}
			q := delta
			for k := int64(punyBase); ; k += punyBase {
				t := punyThreshold(k, bias)
				if q < t {
					break
				}
				if full() {
					return dst, false
				}
				dst = append(dst, punyEncodeDigit(t+(q-t)%(punyBase-t)))
				q = (q - t) / (punyBase - t)
			}
			if full() {
				return dst, false
			}
			dst = append(dst, punyEncodeDigit(q))
			bias = punyAdapt(delta, h+1, h == b)
			delta = 0
			h++
		}
		delta++
		n++
	}
	return dst, true
}

// punyAppendDecode appends the code points that the Punycode string src
// encodes to dst and returns the extended slice. It reports false on any
// input RFC 3492 §6.2 rejects (a non-basic code point before the last
// delimiter, a byte that is not a digit after it, a truncated integer, a
// decoded basic code point, overflow) and on a decoded value that is not a
// Unicode scalar value. It never produces more code points than src has
// bytes, so a dst with that much spare capacity never grows.
func punyAppendDecode(dst []rune, src []byte) ([]rune, bool) {
	start := len(dst)
	// Basic code points: everything before the last delimiter, if any.
	in := 0
	if d := bytes.LastIndexByte(src, punyDelimiter); d >= 0 {
		for _, c := range src[:d] {
			if c >= 0x80 {
				return dst, false
			}
			dst = append(dst, rune(c))
		}
		in = d + 1
	}

	n := int64(punyInitialN)
	i := int64(0)
	bias := int64(punyInitialBias)
	for in < len(src) {
		oldi, w := i, int64(1)
		for k := int64(punyBase); ; k += punyBase {
			if in >= len(src) {
				return dst, false
			}
			digit, ok := punyDecodeDigit(src[in])
			in++
			if !ok {
				return dst, false
			}
			if digit > (punyMaxInt-i)/w {
				return dst, false
			}
			i += digit * w
			t := punyThreshold(k, bias)
			if digit < t {
				break
			}
			if w > punyMaxInt/(punyBase-t) {
				return dst, false
			}
			w *= punyBase - t
		}
		out := int64(len(dst)-start) + 1
		bias = punyAdapt(i-oldi, out, oldi == 0)
		if i/out > punyMaxInt-n {
			return dst, false
		}
		n += i / out
		i %= out
		if n < 0x80 || n > utf8.MaxRune || (n >= 0xD800 && n <= 0xDFFF) {
			return dst, false
		}
		// Insert n at position i of the output.
		pos := start + int(i)
		dst = append(dst, 0)
		copy(dst[pos+1:], dst[pos:])
		dst[pos] = rune(n)
		i++
	}
	return dst, true
}

// punyEncode returns the Punycode encoding of the UTF-8 string s (without
// the "xn--" prefix). It reports false for invalid UTF-8.
func punyEncode(s string) (string, bool) {
	if !utf8.ValidString(s) {
		return "", false
	}
	out, ok := punyAppendEncode(make([]byte, 0, len(s)+8), []rune(s), -1)
	if !ok {
		return "", false
	}
	return string(out), true
}

// punyDecode returns the string that the Punycode string s encodes.
func punyDecode(s string) (string, bool) {
	out, ok := punyAppendDecode(make([]rune, 0, len(s)), []byte(s))
	if !ok {
		return "", false
	}
	return string(out), true
}

// punyHasACEPrefix reports whether label starts with "xn--" in any case.
func punyHasACEPrefix(label string) bool {
	return len(label) >= 4 && strings.EqualFold(label[:4], punyACEPrefix)
}

// punyToASCIILabel returns label unchanged when it is all ASCII and
// "xn--" followed by its Punycode encoding otherwise. It does not validate
// the label; the e-mail validator has done that.
func punyToASCIILabel(label string) (string, bool) {
	if punyIsASCII(label) {
		return label, true
	}
	enc, ok := punyEncode(label)
	if !ok {
		return "", false
	}
	return punyACEPrefix + enc, true
}

// punyToUnicodeLabel returns the decoded form of an "xn--" label and any
// other label unchanged.
func punyToUnicodeLabel(label string) (string, bool) {
	if !punyHasACEPrefix(label) {
		return label, true
	}
	return punyDecode(label[4:])
}

func punyIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
