package redact

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/kpii/kpii/detector"
)

// jsonMaxDepth bounds the nesting of arrays and objects JSON accepts, as
// encoding/json does.
const jsonMaxDepth = 10000

// SyntaxError reports invalid JSON given to Redactor.JSON. It names the
// byte offset and the rule broken, never the content.
type SyntaxError struct {
	Offset int64 // byte offset of the error in the input
	msg    string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("redact: invalid JSON at byte offset %d: %s", e.Offset, e.msg)
}

func syntaxError(off int, msg string) error { return &SyntaxError{Offset: int64(off), msg: msg} }

// JSON returns the JSON document data with the personal information in it
// redacted and everything else — structure, key order, whitespace, number
// formats, escape sequences — kept byte for byte.
//
// String values are redacted in place, with the value's key as context
// (Field): under "phone" or "jumin" a bare number counts. Values in an array
// take the key of the array. Keys are redacted too, without context, so a
// map keyed by e-mail address does not leak its keys. A number that holds
// personal information (a 주민등록번호 stored as 9601211021413) becomes a
// string holding its mask. Masks are written with JSON escaping; the
// escapes of the original outside the masked spans stay as written.
//
// When data holds nothing to redact, JSON returns data itself. Invalid JSON
// is an error of type *SyntaxError that names the byte offset, never the
// content; nothing is returned with it.
func (r *Redactor) JSON(data []byte) ([]byte, error) {
	st := jsonState{r: r, data: data}
	i, err := st.value(st.ws(0), "", 0)
	if err != nil {
		return nil, err
	}
	if i = st.ws(i); i != len(data) {
		return nil, syntaxError(i, "data after the top-level value")
	}
	if st.out == nil {
		return data, nil
	}
	return append(st.out, data[st.last:]...), nil
}

type jsonState struct {
	r    *Redactor
	data []byte
	out  []byte // nil until the first replacement
	last int    // data[last:] is not yet in out
	dec  []byte // scratch: a decoded string
	off  []int  // scratch: dec[k] came from data[off[k]]
	mask []byte // scratch: a mask before escaping
	full []byte // scratch: a whole redacted string
	esc  []byte // scratch: a mask after escaping
}

func (st *jsonState) ws(i int) int {
	for i < len(st.data) {
		switch st.data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// replace puts repl in place of data[a:b]; calls come in increasing order.
func (st *jsonState) replace(a, b int, repl []byte) {
	if st.out == nil {
		st.out = make([]byte, 0, len(st.data)+64)
	}
	st.out = append(st.out, st.data[st.last:a]...)
	st.out = append(st.out, repl...)
	st.last = b
}

func (st *jsonState) value(i int, key string, depth int) (int, error) {
	if i >= len(st.data) {
		return i, syntaxError(i, "unexpected end of input")
	}
	switch c := st.data[i]; {
	case c == '{':
		return st.object(i, depth+1)
	case c == '[':
		return st.array(i, key, depth+1)
	case c == '"':
		return st.stringValue(i, key, false)
	case c == 't':
		return st.literal(i, "true")
	case c == 'f':
		return st.literal(i, "false")
	case c == 'n':
		return st.literal(i, "null")
	case c == '-' || c-'0' < 10:
		return st.number(i, key)
	}
	return i, syntaxError(i, "unexpected character, want a value")
}

func (st *jsonState) literal(i int, lit string) (int, error) {
	for k := 0; k < len(lit); k++ {
		if i+k >= len(st.data) {
			return i + k, syntaxError(i+k, "unexpected end of input in literal")
		}
		if st.data[i+k] != lit[k] {
			return i + k, syntaxError(i+k, "invalid literal")
		}
	}
	return i + len(lit), nil
}

func (st *jsonState) object(i, depth int) (int, error) {
	if depth > jsonMaxDepth {
		return i, syntaxError(i, "nested too deeply")
	}
	i = st.ws(i + 1)
	if i < len(st.data) && st.data[i] == '}' {
		return i + 1, nil
	}
	for {
		if i >= len(st.data) {
			return i, syntaxError(i, "unexpected end of input in object")
		}
		if st.data[i] != '"' {
			return i, syntaxError(i, "unexpected character, want a key")
		}
		end, key, err := st.key(i)
		if err != nil {
			return end, err
		}
		i = st.ws(end)
		if i >= len(st.data) || st.data[i] != ':' {
			return i, syntaxError(i, "want ':' after a key")
		}
		if i, err = st.value(st.ws(i+1), key, depth); err != nil {
			return i, err
		}
		i = st.ws(i)
		if i >= len(st.data) {
			return i, syntaxError(i, "unexpected end of input in object")
		}
		switch st.data[i] {
		case ',':
			i = st.ws(i + 1)
		case '}':
			return i + 1, nil
		default:
			return i, syntaxError(i, "want ',' or '}' in object")
		}
	}
}

func (st *jsonState) array(i int, key string, depth int) (int, error) {
	if depth > jsonMaxDepth {
		return i, syntaxError(i, "nested too deeply")
	}
	i = st.ws(i + 1)
	if i < len(st.data) && st.data[i] == ']' {
		return i + 1, nil
	}
	for {
		var err error
		if i, err = st.value(i, key, depth); err != nil {
			return i, err
		}
		i = st.ws(i)
		if i >= len(st.data) {
			return i, syntaxError(i, "unexpected end of input in array")
		}
		switch st.data[i] {
		case ',':
			i = st.ws(i + 1)
		case ']':
			return i + 1, nil
		default:
			return i, syntaxError(i, "want ',' or ']' in array")
		}
	}
}

// key redacts the key starting at data[i] and returns its end and its
// decoded text, for context.
func (st *jsonState) key(i int) (int, string, error) {
	end, err := st.stringValue(i, "", true)
	if err != nil {
		return end, "", err
	}
	raw := st.data[i+1 : end-1]
	if !hasByte(raw, '\\') {
		return end, unsafeString(raw), nil
	}
	st.decode(i+1, end-1)
	return end, string(st.dec), nil
}

// stringValue validates the string starting at data[i], redacts it and
// returns the offset after its closing quote.
func (st *jsonState) stringValue(i int, key string, isKey bool) (int, error) {
	j := i + 1
	escaped := false
	for {
		if j >= len(st.data) {
			return j, syntaxError(j, "unexpected end of input in string")
		}
		c := st.data[j]
		if c == '"' {
			break
		}
		if c < 0x20 {
			return j, syntaxError(j, "control character in string")
		}
		if c != '\\' {
			j++
			continue
		}
		escaped = true
		if j+1 >= len(st.data) {
			return j + 1, syntaxError(j+1, "unexpected end of input in string")
		}
		switch st.data[j+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			j += 2
		case 'u':
			for k := 2; k < 6; k++ {
				if j+k >= len(st.data) {
					return j + k, syntaxError(j+k, "unexpected end of input in string")
				}
				if !isHex(st.data[j+k]) {
					return j + k, syntaxError(j+k, "invalid \\u escape")
				}
			}
			j += 6
		default:
			return j + 1, syntaxError(j+1, "invalid escape")
		}
	}
	end := j + 1
	var fs []detector.Finding
	var text []byte
	if !escaped {
		text = st.data[i+1 : j]
	} else {
		st.decode(i+1, j)
		text = st.dec
	}
	if isKey {
		fs = st.r.d.FindBytes(text)
	} else {
		fs = st.r.findField(key, unsafeString(text))
	}
	if len(fs) == 0 {
		return end, nil
	}
	// Masking can uncover more (see appendRange); when it does, the string
	// is written anew, else each finding is replaced where it is written,
	// leaving the escapes around it alone.
	st.full = st.r.appendRange(st.full[:0], text, 0, len(text), fs)
	st.mask = st.r.appendPass(st.mask[:0], text, 0, len(text), fs)
	if !bytes.Equal(st.full, st.mask) {
		st.esc = appendJSONEscaped(st.esc[:0], st.full)
		st.replace(i+1, j, st.esc)
		return end, nil
	}
	for _, f := range fs {
		a, b := i+1+f.Start, i+1+f.End
		if escaped {
			a, b = st.off[f.Start], st.off[f.End]
		}
		st.mask = st.r.mask(st.mask[:0], f.Kind, text[f.Start:f.End])
		st.esc = appendJSONEscaped(st.esc[:0], st.mask)
		st.replace(a, b, st.esc)
	}
	return end, nil
}

func (st *jsonState) number(i int, key string) (int, error) {
	d := st.data
	j := i
	if d[j] == '-' {
		j++
	}
	switch {
	case j < len(d) && d[j] == '0':
		j++
	case j < len(d) && d[j]-'1' < 9:
		for j < len(d) && d[j]-'0' < 10 {
			j++
		}
	default:
		return j, syntaxError(j, "invalid number")
	}
	if j < len(d) && d[j] == '.' {
		j++
		if j >= len(d) || d[j]-'0' >= 10 {
			return j, syntaxError(j, "invalid number")
		}
		for j < len(d) && d[j]-'0' < 10 {
			j++
		}
	}
	if j < len(d) && (d[j] == 'e' || d[j] == 'E') {
		j++
		if j < len(d) && (d[j] == '+' || d[j] == '-') {
			j++
		}
		if j >= len(d) || d[j]-'0' >= 10 {
			return j, syntaxError(j, "invalid number")
		}
		for j < len(d) && d[j]-'0' < 10 {
			j++
		}
	}
	text := d[i:j]
	if fs := st.r.findField(key, unsafeString(text)); len(fs) > 0 {
		st.mask = st.r.appendRange(st.mask[:0], text, 0, len(text), fs)
		st.esc = append(st.esc[:0], '"')
		st.esc = appendJSONEscaped(st.esc, st.mask)
		st.esc = append(st.esc, '"')
		st.replace(i, j, st.esc)
	}
	return j, nil
}

// decode decodes the already validated string body data[a:b] into st.dec,
// with st.off mapping each decoded byte back to the start of the character
// or escape it came from; st.off[len(st.dec)] == b.
func (st *jsonState) decode(a, b int) {
	dec, off := st.dec[:0], st.off[:0]
	d := st.data
	for i := a; i < b; {
		c := d[i]
		if c != '\\' {
			dec = append(dec, c)
			off = append(off, i)
			i++
			continue
		}
		start := i
		var r rune
		switch d[i+1] {
		case 'b':
			r = '\b'
		case 'f':
			r = '\f'
		case 'n':
			r = '\n'
		case 'r':
			r = '\r'
		case 't':
			r = '\t'
		case 'u':
			r = hex4(d[i+2 : i+6])
			i += 4
			if utf16IsHigh(r) && i+8 <= b && d[i+2] == '\\' && d[i+3] == 'u' {
				if lo := hex4(d[i+4 : i+8]); utf16IsLow(lo) {
					r = (r-0xD800)<<10 + (lo - 0xDC00) + 0x10000
					i += 6
				}
			}
			if r >= 0xD800 && r <= 0xDFFF {
				r = utf8.RuneError
			}
		default: // '"', '\\', '/'
			r = rune(d[i+1])
		}
		i += 2
		n := len(dec)
		dec = utf8.AppendRune(dec, r)
		for ; n < len(dec); n++ {
			off = append(off, start)
		}
	}
	st.dec, st.off = dec, append(off, b)
}

func utf16IsHigh(r rune) bool { return r >= 0xD800 && r < 0xDC00 }
func utf16IsLow(r rune) bool  { return r >= 0xDC00 && r < 0xE000 }

func isHex(c byte) bool { return c-'0' < 10 || (c|0x20)-'a' < 6 }

func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		r <<= 4
		switch {
		case c-'0' < 10:
			r |= rune(c - '0')
		default:
			r |= rune((c|0x20)-'a') + 10
		}
	}
	return r
}

// appendJSONEscaped appends s as the body of a JSON string: quotes,
// backslashes, control characters and U+2028/U+2029 escaped, invalid UTF-8
// replaced by U+FFFD, everything else as is.
func appendJSONEscaped(dst, s []byte) []byte {
	const hexDigits = "0123456789abcdef"
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c == '\r':
				dst = append(dst, '\\', 'r')
			case c == '\t':
				dst = append(dst, '\\', 't')
			case c < 0x20:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return dst
}

func hasByte(b []byte, c byte) bool {
	for _, x := range b {
		if x == c {
			return true
		}
	}
	return false
}
