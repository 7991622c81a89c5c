package detector

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/kpii/kpii/patterns"
)

// JSONError is FindJSON's error for input that is not JSON. It says where
// and what, never what the input holds there.
type JSONError struct {
	// Offset is the byte offset in the input where the problem was found.
	Offset int
	// Reason describes the problem: "unterminated string", "invalid escape" …
	Reason string
}

// Error returns "kpii: invalid JSON at byte 123: unterminated string".
func (e *JSONError) Error() string {
	return fmt.Sprintf("kpii: invalid JSON at byte %d: %s", e.Offset, e.Reason)
}

// FindJSON returns the personal information in a JSON document, or in a
// sequence of them (NDJSON, JSON Lines, or any values separated by
// whitespace). Every string is scanned as its decoded value, under its key:
// the key acts as a field name (see FindField), so a bare value under
// "jumin", "phone", "hp", "email", "주소" or "연락처" is found where the same
// characters in prose would not be, at higher confidence. A value inherits
// the field context of the nearest enclosing key that suggests a kind
// ({"phone": {"home": …}}), and array elements that of the array's key.
//
// Numbers are scanned too: a 13-digit RRN stored as a number, and — under a
// key suggesting a phone or registration number — a number whose leading
// zeros the numeric type dropped (1012345678 under "phone" is
// 010-1234-5678; see the reason "leading zeros restored"). Object keys are
// scanned as values of their own (a map keyed by e-mail address).
//
// Start and End are byte offsets into data: data[f.Start:f.End] is the
// value as it is written in the document, escapes included. When an escape
// sequence (\u0031, \", a surrogate pair) produced only part of a finding's
// first or last character, the span widens to the whole escape.
//
// Path locates the value: "user.contacts[2].phone". Keys that are
// identifiers (letters — Hangul included —, digits, '_' and '$', not
// starting with a digit) follow a dot; other keys are quoted as JSON strings
// in brackets: `addr["주소 1"]`, `["e-mail"]`. A key that itself holds
// personal information is never written into a path: it appears as
// [<EMAIL>] (and <EMAIL> in the pointer). Pointer is the RFC 6901 JSON
// Pointer of the same value: "/user/contacts/2/phone", '~' and '/' escaped
// as "~0" and "~1". A finding in a key has the path of that key's member.
//
// Input holding several top-level values is treated as an array of records:
// every path starts with the record's 0-based index, "[3].user.phone", and
// every pointer with it, "/3/user/phone". Input holding one value (the
// usual document) has no such prefix; input holding only whitespace has no
// records and no findings. A leading UTF-8 byte order mark is skipped.
//
// Nesting depth is not limited: the walk is iterative. Invalid JSON returns
// nil findings and a *JSONError with the byte offset ("kpii: invalid JSON at
// byte 123: unterminated string"); the error never quotes the input. Like
// encoding/json, FindJSON accepts invalid UTF-8 inside strings and scans it
// as it is.
func (d *Detector) FindJSON(data []byte) ([]Finding, error) {
	w := jsonWalker{d: d, data: data}
	if err := w.walk(); err != nil {
		return nil, err
	}
	w.finish()
	return w.out, nil
}

// fieldCtx is the field context values inherit: the kinds a key suggests
// and the key.
type fieldCtx struct {
	mask kindMask
	name string
}

type jsonFrame struct {
	array  bool
	index  int           // arrays: the current element
	key    string        // objects: the current member's key, decoded
	masked patterns.Kind // the current key holds personal information
	ctx    fieldCtx      // the container's own field context
}

type jsonWalker struct {
	d      *Detector
	data   []byte
	stack  []jsonFrame
	out    []Finding
	recs   []int // record index of each finding in out
	record int
	fields map[string]kindMask
	// scratch for unescaping strings: dec is the decoded value; from and to
	// are, for each byte of dec, the raw span (relative to the string's
	// content) of the character or escape it came from.
	dec      []byte
	from, to []int32
	path     []byte
}

func (w *jsonWalker) errAt(off int, reason string) error {
	return &JSONError{Offset: off, Reason: reason}
}

func (w *jsonWalker) walk() error {
	pos := 0
	if bytes.HasPrefix(w.data, bomUTF8) {
		pos = len(bomUTF8)
	}
	for {
		pos = skipJSONSpace(w.data, pos)
		if pos >= len(w.data) {
			return nil
		}
		var err error
		if pos, err = w.value(pos); err != nil {
			return err
		}
		w.record++
	}
}

func skipJSONSpace(data []byte, pos int) int {
	for pos < len(data) {
		switch data[pos] {
		case ' ', '\t', '\n', '\r':
			pos++
		default:
			return pos
		}
	}
	return pos
}

// value walks one top-level value starting at data[pos] and returns the
// offset after it. Containers are walked with an explicit stack.
func (w *jsonWalker) value(pos int) (int, error) {
	data := w.data
	var err error
value:
	for {
		pos = skipJSONSpace(data, pos)
		if pos >= len(data) {
			return pos, w.errAt(pos, "unexpected end of input")
		}
		switch c := data[pos]; {
		case c == '{':
			ctx := w.valueCtx()
			pos = skipJSONSpace(data, pos+1)
			if pos < len(data) && data[pos] == '}' {
				pos++
				break
			}
			w.stack = append(w.stack, jsonFrame{ctx: ctx})
			if pos, err = w.memberKey(pos); err != nil {
				return pos, err
			}
			continue value
		case c == '[':
			ctx := w.valueCtx()
			pos = skipJSONSpace(data, pos+1)
			if pos < len(data) && data[pos] == ']' {
				pos++
				break
			}
			w.stack = append(w.stack, jsonFrame{array: true, ctx: ctx})
			continue value
		case c == '"':
			if pos, err = w.stringValue(pos); err != nil {
				return pos, err
			}
		case c == '-' || isDigit(c):
			if pos, err = w.number(pos); err != nil {
				return pos, err
			}
		case c == 't':
			pos, err = w.literal(pos, "true")
		case c == 'f':
			pos, err = w.literal(pos, "false")
		case c == 'n':
			pos, err = w.literal(pos, "null")
		default:
			return pos, w.errAt(pos, "unexpected character, want a value")
		}
		if err != nil {
			return pos, err
		}
		// After a value: close containers, or move to the next member.
		for len(w.stack) > 0 {
			pos = skipJSONSpace(data, pos)
			if pos >= len(data) {
				return pos, w.errAt(pos, "unexpected end of input")
			}
			top := &w.stack[len(w.stack)-1]
			switch c := data[pos]; {
			case c == ',':
				if top.array {
					top.index++
					pos++
					continue value
				}
				if pos, err = w.memberKey(skipJSONSpace(data, pos+1)); err != nil {
					return pos, err
				}
				continue value
			case c == ']' && top.array, c == '}' && !top.array:
				w.stack = w.stack[:len(w.stack)-1]
				pos++
			case top.array:
				return pos, w.errAt(pos, "want ',' or ']' after an array element")
			default:
				return pos, w.errAt(pos, "want ',' or '}' after an object member")
			}
		}
		return pos, nil
	}
}

// valueCtx is the field context of the value about to be read.
func (w *jsonWalker) valueCtx() fieldCtx {
	if len(w.stack) == 0 {
		return fieldCtx{}
	}
	top := &w.stack[len(w.stack)-1]
	if top.array || top.masked != "" {
		return top.ctx
	}
	if m := w.keyMask(top.key); m != 0 {
		return fieldCtx{mask: m, name: top.key}
	}
	return top.ctx
}

func (w *jsonWalker) keyMask(key string) kindMask {
	if m, ok := w.fields[key]; ok {
		return m
	}
	m := w.d.maskOf(key)
	if w.fields == nil {
		w.fields = make(map[string]kindMask)
	}
	w.fields[strings.Clone(key)] = m
	return m
}

// memberKey reads `"key" :` at pos into the top frame and scans the key.
func (w *jsonWalker) memberKey(pos int) (int, error) {
	data := w.data
	if pos >= len(data) {
		return pos, w.errAt(pos, "unexpected end of input")
	}
	if data[pos] != '"' {
		return pos, w.errAt(pos, "want a string as object key")
	}
	end, escaped, err := w.scanString(pos)
	if err != nil {
		return end, err
	}
	top := &w.stack[len(w.stack)-1]
	raw := data[pos+1 : end-1]
	key := raw
	if escaped {
		key = w.unescape(raw)
	}
	top.masked = ""
	if escaped {
		top.key = string(key)
	} else {
		top.key = unsafe.String(unsafe.SliceData(raw), len(raw))
	}
	if w.d.mayFind(key) {
		if fs := w.d.findBytes(key, scanContext{}); len(fs) > 0 {
			top.masked = fs[0].Kind
			w.emit(fs, pos+1, escaped)
		}
	}
	pos = skipJSONSpace(data, end)
	if pos >= len(data) {
		return pos, w.errAt(pos, "unexpected end of input")
	}
	if data[pos] != ':' {
		return pos, w.errAt(pos, "want ':' after an object key")
	}
	return pos + 1, nil
}

// scanString returns the offset after the string that starts with the
// quote at data[pos], and whether it holds escapes. It validates escapes
// and rejects raw control characters.
func (w *jsonWalker) scanString(pos int) (int, bool, error) {
	data := w.data
	escaped := false
	for i := pos + 1; ; {
		for i < len(data) && data[i] != '"' && data[i] != '\\' && data[i] >= 0x20 {
			i++
		}
		if i >= len(data) {
			return i, false, w.errAt(pos, "unterminated string")
		}
		switch data[i] {
		case '"':
			return i + 1, escaped, nil
		case '\\':
			escaped = true
			if i+1 >= len(data) {
				return i, false, w.errAt(pos, "unterminated string")
			}
			switch data[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(data) || !isHex4(data[i+2:i+6]) {
					return i, false, w.errAt(i, "invalid \\u escape")
				}
				i += 6
			default:
				return i, false, w.errAt(i, "invalid escape")
			}
		default:
			return i, false, w.errAt(i, "control character in string")
		}
	}
}

func isHex4(b []byte) bool {
	for _, c := range b[:4] {
		if !(isDigit(c) || (c|0x20)-'a' < 6) {
			return false
		}
	}
	return true
}

func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case isDigit(c):
			r = r<<4 | rune(c-'0')
		default:
			r = r<<4 | rune((c|0x20)-'a'+10)
		}
	}
	return r
}

// unescape decodes the content of a string with escapes into w.dec, noting
// in w.from and w.to where each decoded byte came from. Lone surrogates
// decode to U+FFFD, as encoding/json decodes them.
func (w *jsonWalker) unescape(raw []byte) []byte {
	dec, from, to := w.dec[:0], w.from[:0], w.to[:0]
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			dec = append(dec, c)
			from = append(from, int32(i))
			to = append(to, int32(i+1))
			i++
			continue
		}
		n := 2
		var r rune
		switch raw[i+1] {
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
			r, n = hex4(raw[i+2:]), 6
			if utf16.IsSurrogate(r) {
				r2 := utf8.RuneError
				if i+12 <= len(raw) && raw[i+6] == '\\' && raw[i+7] == 'u' {
					r2 = utf16.DecodeRune(r, hex4(raw[i+8:]))
				}
				if r2 != utf8.RuneError {
					n = 12
				}
				r = r2
			}
		default: // '"', '\\', '/'
			r = rune(raw[i+1])
		}
		k := len(dec)
		dec = utf8.AppendRune(dec, r)
		for ; k < len(dec); k++ {
			from = append(from, int32(i))
			to = append(to, int32(i+n))
		}
		i += n
	}
	w.dec, w.from, w.to = dec, from, to
	return dec
}

func (w *jsonWalker) stringValue(pos int) (int, error) {
	end, escaped, err := w.scanString(pos)
	if err != nil {
		return end, err
	}
	raw := w.data[pos+1 : end-1]
	value := raw
	if escaped {
		value = w.unescape(raw)
	}
	if !w.d.mayFind(value) {
		return end, nil
	}
	ctx := w.valueCtx()
	if fs := w.d.findBytes(value, scanContext{field: ctx.mask, fieldName: ctx.name}); len(fs) > 0 {
		w.emit(fs, pos+1, escaped)
	}
	return end, nil
}

// number reads the number at pos (RFC 8259 grammar) and scans its text.
func (w *jsonWalker) number(pos int) (int, error) {
	data := w.data
	i := pos
	if data[i] == '-' {
		i++
	}
	switch {
	case i < len(data) && data[i] == '0':
		i++
	case i < len(data) && isDigit(data[i]):
		for i < len(data) && isDigit(data[i]) {
			i++
		}
	default:
		return i, w.errAt(i, "invalid number")
	}
	if i < len(data) && data[i] == '.' {
		i++
		if i >= len(data) || !isDigit(data[i]) {
			return i, w.errAt(i, "invalid number: want a digit after '.'")
		}
		for i < len(data) && isDigit(data[i]) {
			i++
		}
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if i >= len(data) || !isDigit(data[i]) {
			return i, w.errAt(i, "invalid number: want a digit in the exponent")
		}
		for i < len(data) && isDigit(data[i]) {
			i++
		}
	}
	if err := w.delimited(i, "number"); err != nil {
		return i, err
	}
	ctx := w.valueCtx()
	if fs := w.d.findNumber(data[pos:i], scanContext{field: ctx.mask, fieldName: ctx.name}); len(fs) > 0 {
		w.emit(fs, pos, false)
	}
	return i, nil
}

func (w *jsonWalker) literal(pos int, lit string) (int, error) {
	if !bytes.HasPrefix(w.data[pos:], []byte(lit)) {
		return pos, w.errAt(pos, "invalid literal")
	}
	end := pos + len(lit)
	return end, w.delimited(end, "literal")
}

// delimited checks that a number or literal ending at i is not glued to
// more of the same ("0123", "truex").
func (w *jsonWalker) delimited(i int, what string) error {
	if i < len(w.data) {
		c := w.data[i]
		if isDigit(c) || isASCIILetter(c) || c == '.' || c == '-' || c == '+' {
			return w.errAt(i, "invalid character after "+what)
		}
	}
	return nil
}

// emit maps the findings of one string (or number, or key) whose content
// starts at data[base] to the document and records them with the current
// path. For an escaped string the offsets are into w.dec.
func (w *jsonWalker) emit(fs []Finding, base int, escaped bool) {
	segs := w.segments()
	w.path = appendPath(w.path[:0], segs)
	path := string(w.path)
	w.path = appendPointer(w.path[:0], segs)
	ptr := string(w.path)
	for _, f := range fs {
		if escaped {
			f.Start, f.End = int(w.from[f.Start]), int(w.to[f.End-1])
		}
		f.Start += base
		f.End += base
		f.Path, f.Pointer = path, ptr
		for i := range f.Reasons {
			if f.Reasons[i].Code == ReasonFieldName {
				f.Reasons[i].Detail = strings.Clone(f.Reasons[i].Detail) // may alias data
			}
		}
		w.out = append(w.out, f)
		w.recs = append(w.recs, w.record)
	}
}

// segments returns the path of the current value as segments.
func (w *jsonWalker) segments() []pathSeg {
	segs := make([]pathSeg, len(w.stack))
	for i, f := range w.stack {
		if f.array {
			segs[i] = pathSeg{index: f.index, isIndex: true}
		} else {
			segs[i] = pathSeg{key: f.key, masked: f.masked}
		}
	}
	return segs
}

// finish prefixes paths with the record index when there are several.
func (w *jsonWalker) finish() {
	if w.record <= 1 {
		return
	}
	for i := range w.out {
		rec := strconv.Itoa(w.recs[i])
		w.out[i].Path = joinPath("["+rec+"]", w.out[i].Path)
		w.out[i].Pointer = "/" + rec + w.out[i].Pointer
	}
}
