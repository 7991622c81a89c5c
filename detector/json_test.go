package detector_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jspan is a finding as the JSON tests compare it: the raw bytes it covers
// in the document, its path and pointer.
type jspan struct {
	Kind    patterns.Kind
	Raw     string
	Path    string
	Pointer string
}

func jspans(doc string, fs []detector.Finding) []jspan {
	var out []jspan
	for _, f := range fs {
		out = append(out, jspan{f.Kind, doc[f.Start:f.End], f.Path, f.Pointer})
	}
	return out
}

func TestFindJSON(t *testing.T) {
	d := detector.New()
	cases := []struct {
		name string
		doc  string
		want []jspan
	}{
		{"nested objects and arrays",
			`{"user":{"name":"홍길동","contacts":[{"type":"home","phone":"02-123-4567"},{"type":"mobile","phone":"010-1234-5678"},{"type":"mail","value":"hong@naver.com"}]}}`,
			[]jspan{
				{patterns.Phone, "02-123-4567", "user.contacts[0].phone", "/user/contacts/0/phone"},
				{patterns.Phone, "010-1234-5678", "user.contacts[1].phone", "/user/contacts/1/phone"},
				{patterns.Email, "hong@naver.com", "user.contacts[2].value", "/user/contacts/2/value"},
			}},
		{"Korean keys as context",
			`{"주민등록번호":"9601211021414","연락처":"0212345678","비고":"9601211021414"}`,
			[]jspan{
				{patterns.RRN, "9601211021414", "주민등록번호", "/주민등록번호"},
				{patterns.Phone, "0212345678", "연락처", "/연락처"},
			}},
		{"English keys, any case and separator",
			`{"JUMIN_NO":"9601211021414","user-hp":"15881234","Tel1":"15881234","memo":"15881234"}`,
			[]jspan{
				{patterns.RRN, "9601211021414", "JUMIN_NO", "/JUMIN_NO"},
				{patterns.Phone, "15881234", `["user-hp"]`, "/user-hp"},
				{patterns.Phone, "15881234", "Tel1", "/Tel1"},
			}},
		{"non-identifier keys quoted",
			`{"주소 1":{"e-mail":"hong@naver.com"},"":{"2":"010-1234-5678"}}`,
			[]jspan{
				{patterns.Email, "hong@naver.com", `["주소 1"]["e-mail"]`, "/주소 1/e-mail"},
				{patterns.Phone, "010-1234-5678", `[""]["2"]`, "//2"},
			}},
		{"pointer escaping",
			`{"a/b":{"m~n":"hong@naver.com"}}`,
			[]jspan{{patterns.Email, "hong@naver.com", `["a/b"]["m~n"]`, "/a~1b/m~0n"}}},
		{"unicode escape inside digits",
			`{"rrn":"\u0039601211021413"}`,
			[]jspan{{patterns.RRN, `\u0039601211021413`, "rrn", "/rrn"}}},
		{"unicode escape for a digit of a phone number",
			`{"hp":"0\u00310-1234-5678"}`,
			[]jspan{{patterns.Phone, `0\u00310-1234-5678`, "hp", "/hp"}}},
		{"escaped quotes around a value",
			`{"msg":"say \"hong@naver.com\" now"}`,
			[]jspan{{patterns.Email, "hong@naver.com", "msg", "/msg"}}},
		{"escaped at sign and hyphens",
			`{"email":"hong\u0040naver.com","phone":"010\u002d1234\u002D5678"}`,
			[]jspan{
				{patterns.Email, `hong\u0040naver.com`, "email", "/email"},
				{patterns.Phone, `010\u002d1234\u002D5678`, "phone", "/phone"},
			}},
		{"escaped full-width digits",
			`{"hp":"\uff10\uff11\uff10-1234-5678"}`,
			[]jspan{{patterns.Phone, `\uff10\uff11\uff10-1234-5678`, "hp", "/hp"}}},
		{"surrogate pair before a value",
			`{"msg":"\ud83d\ude00 010-1234-5678 \/ ok\n"}`,
			[]jspan{{patterns.Phone, "010-1234-5678", "msg", "/msg"}}},
		{"numbers",
			`{"hp":1012345678,"rrn":9601211021413,"jumin":1013123456,"id":1012345678,"n":-1.5e3}`,
			[]jspan{
				{patterns.Phone, "1012345678", "hp", "/hp"},
				{patterns.RRN, "9601211021413", "rrn", "/rrn"},
				{patterns.RRN, "1013123456", "jumin", "/jumin"},
			}},
		{"array elements inherit the key",
			`{"phones":["010-1234-5678","15881234"],"tel":[["15881234"]],"ids":["15881234"]}`,
			[]jspan{
				{patterns.Phone, "010-1234-5678", "phones[0]", "/phones/0"},
				{patterns.Phone, "15881234", "phones[1]", "/phones/1"},
				{patterns.Phone, "15881234", "tel[0][0]", "/tel/0/0"},
			}},
		{"nested values inherit the nearest telling key",
			`{"phone":{"home":"0212345678","note":{"x":"0212345678"}}}`,
			[]jspan{
				{patterns.Phone, "0212345678", "phone.home", "/phone/home"},
				{patterns.Phone, "0212345678", "phone.note.x", "/phone/note/x"},
			}},
		{"top-level array and scalar",
			`[{"hp":"01012345678"},"hong@naver.com"]`,
			[]jspan{
				{patterns.Phone, "01012345678", "[0].hp", "/0/hp"},
				{patterns.Email, "hong@naver.com", "[1]", "/1"},
			}},
		{"personal information in a key is reported, never put in a path",
			`{"users":{"hong@naver.com":{"tel":"0212345678"}}}`,
			[]jspan{
				{patterns.Email, "hong@naver.com", "users[<EMAIL>]", "/users/<EMAIL>"},
				{patterns.Phone, "0212345678", "users[<EMAIL>].tel", "/users/<EMAIL>/tel"},
			}},
		{"NDJSON records",
			"{\"phone\":\"010-1234-5678\"}\n{\"x\":1}\n\n{\"user\":{\"email\":\"hong@naver.com\"}}\n",
			[]jspan{
				{patterns.Phone, "010-1234-5678", "[0].phone", "/0/phone"},
				{patterns.Email, "hong@naver.com", "[2].user.email", "/2/user/email"},
			}},
		{"concatenated values", `["010-1234-5678"]"hong@naver.com" 1 true`,
			[]jspan{
				{patterns.Phone, "010-1234-5678", "[0][0]", "/0/0"},
				{patterns.Email, "hong@naver.com", "[1]", "/1"},
			}},
		{"byte order mark", "\xEF\xBB\xBF{\"hp\":\"01012345678\"}",
			[]jspan{{patterns.Phone, "01012345678", "hp", "/hp"}}},
		{"nothing", `{"a":[1,2,{"b":null,"c":false}],"d":"2024-03-15T14:32:11Z"}`, nil},
		{"only whitespace", " \n\t", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs, err := d.FindJSON([]byte(tc.doc))
			require.NoError(t, err)
			assert.Equal(t, tc.want, jspans(tc.doc, fs))
		})
	}
}

func TestFindJSONFieldReasons(t *testing.T) {
	d := detector.New()
	doc := []byte(`{"jumin":"9601211021414"}`)
	fs, err := d.FindJSON(doc)
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, detector.Medium, fs[0].Confidence)
	assert.Contains(t, fs[0].Explain(), "field name jumin")
	// The reason must not alias the caller's buffer.
	copy(doc[2:7], "xxxxx")
	assert.Contains(t, fs[0].Explain(), "field name jumin")

	// The same value under a neutral key is below the default threshold.
	fs, err = d.FindJSON([]byte(`{"memo":"9601211021414"}`))
	require.NoError(t, err)
	assert.Empty(t, fs)
}

func TestFindJSONInvalid(t *testing.T) {
	d := detector.New()
	cases := []struct {
		doc    string
		offset int
		reason string
	}{
		{`{"phone":"010-1234-5678"`, 24, "unexpected end of input"},
		{`{"phone":"010-1234-5678}`, 9, "unterminated string"},
		{`{"phone" "010-1234-5678"}`, 9, "want ':'"},
		{`{phone:"010-1234-5678"}`, 1, "want a string as object key"},
		{`["010-1234-5678",]`, 17, "unexpected character"},
		{`["010-1234-5678" "x"]`, 17, "want ',' or ']'"},
		{`{"a":"010-1234-5678" "b"}`, 21, "want ',' or '}'"},
		{`{"a":tru}`, 5, "invalid literal"},
		{`{"a":truex}`, 9, "invalid character after literal"},
		{`{"a":0101234567}`, 6, "invalid character after number"},
		{`{"a":-}`, 6, "invalid number"},
		{`{"a":1.}`, 7, "want a digit after '.'"},
		{`{"a":1e+}`, 8, "exponent"},
		{`"010\x1234"`, 4, "invalid escape"},
		{`"010\u12G4"`, 4, "invalid \\u escape"},
		{"\"010-1234\x01-5678\"", 9, "control character"},
		{`{"a":1}}`, 7, "unexpected character"},
		{`[`, 1, "unexpected end of input"},
		{`[[[[`, 4, "unexpected end of input"},
		{`{"hong@naver.com"`, 17, "unexpected end of input"},
	}
	for _, tc := range cases {
		t.Run(tc.doc, func(t *testing.T) {
			fs, err := d.FindJSON([]byte(tc.doc))
			assert.Nil(t, fs, "no partial results")
			var je *detector.JSONError
			require.ErrorAs(t, err, &je)
			assert.Equal(t, tc.offset, je.Offset)
			assert.Contains(t, je.Reason, tc.reason)
			assert.True(t, strings.HasPrefix(err.Error(), "kpii: invalid JSON at byte "+strconv.Itoa(tc.offset)+": "), err.Error())
			for _, secret := range []string{"010", "1234", "5678", "hong", "naver"} {
				assert.NotContains(t, err.Error(), secret)
			}
		})
	}
}

func TestFindJSONDeep(t *testing.T) {
	d := detector.New()
	const depth = 10000
	arrays := strings.Repeat("[", depth) + `"010-1234-5678"` + strings.Repeat("]", depth)
	fs, err := d.FindJSON([]byte(arrays))
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, strings.Repeat("[0]", depth), fs[0].Path)
	assert.Equal(t, strings.Repeat("/0", depth), fs[0].Pointer)
	assert.Equal(t, "010-1234-5678", arrays[fs[0].Start:fs[0].End])

	objects := strings.Repeat(`{"a":`, depth) + `{"phone":"0212345678"}` + strings.Repeat("}", depth)
	fs, err = d.FindJSON([]byte(objects))
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, strings.Repeat("a.", depth)+"phone", fs[0].Path)

	// Far deeper than any recursive parser survives: no stack overflow,
	// an error at the end for the unclosed document.
	const huge = 200000
	_, err = d.FindJSON([]byte(strings.Repeat("[", huge)))
	var je *detector.JSONError
	require.ErrorAs(t, err, &je)
	assert.Equal(t, huge, je.Offset)
}

// resolvePointer finds the value a JSON pointer names in v, decoded by
// encoding/json with UseNumber.
func resolvePointer(v any, ptr string) (any, bool) {
	if ptr == "" {
		return v, true
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch c := v.(type) {
		case map[string]any:
			x, ok := c[tok]
			if !ok {
				return nil, false
			}
			v = x
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, false
			}
			v = c[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// hasDuplicateKeys reports whether some object in data repeats a key
// (encoding/json keeps the last one, so pointers are ambiguous there).
func hasDuplicateKeys(data []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		keys   map[string]bool
		object bool
		expect bool // next string token is a key
	}
	var stack []frame
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		if len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.object {
				if s, ok := tok.(string); ok && top.expect {
					if top.keys[s] {
						return true
					}
					top.keys[s] = true
					top.expect = false
					continue
				}
				top.expect = true
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{keys: map[string]bool{}, object: true, expect: true})
		case json.Delim('['):
			stack = append(stack, frame{})
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			if len(stack) > 0 && stack[len(stack)-1].object {
				stack[len(stack)-1].expect = true
			}
		}
	}
}

func FuzzFindJSON(f *testing.F) {
	for _, s := range []string{
		`{"user":{"contacts":[{"phone":"010-1234-5678"}],"jumin":"9601211021414"}}`,
		`{"rrn":"\u0039601211021413","msg":"say \"hong@naver.com\""}`,
		`{"hp":1012345678,"주소 1":"x"}`, "{\"a\":1}\n{\"phone\":\"01012345678\"}\n",
		`{"hong@naver.com":{"tel":"0212345678"}}`, `[[[["02-123-4567"]]]]`, `"\ud83d\ude00 010-1234-5678"`,
		`{"a":"\uff10\uff11\uff10-1234-5678"}`, `{"a":tru}`, `[1,]`,
	} {
		f.Add([]byte(s))
	}
	d := detector.New(detector.WithMinConfidence(detector.Low))
	f.Fuzz(func(t *testing.T, data []byte) {
		fs, err := d.FindJSON(data)
		if json.Valid(data) {
			require.NoError(t, err)
		}
		if err != nil {
			require.Nil(t, fs)
			var je *detector.JSONError
			require.ErrorAs(t, err, &je)
			require.True(t, je.Offset >= 0 && je.Offset <= len(data))
			return
		}
		for _, fd := range fs {
			require.True(t, fd.Start >= 0 && fd.Start < fd.End && fd.End <= len(data), "%v out of range", fd)
		}
		if !utf8.Valid(data) || hasDuplicateKeys(data) {
			return
		}
		// Decode the document(s) independently and check that each
		// finding's raw bytes decode to a piece of the value its pointer
		// names.
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var records []any
		for {
			var v any
			if err := dec.Decode(&v); err == io.EOF {
				break
			} else if err != nil {
				return // a BOM, or nesting encoding/json refuses
			}
			records = append(records, v)
		}
		for _, fd := range fs {
			if strings.Contains(fd.Pointer, "<") {
				continue // a masked key
			}
			var root any = records
			if len(records) == 1 {
				root = records[0]
			}
			v, ok := resolvePointer(root, fd.Pointer)
			require.True(t, ok, "pointer %q does not resolve", fd.Pointer)
			raw := data[fd.Start:fd.End]
			switch v := v.(type) {
			case string:
				var piece string
				require.NoError(t, json.Unmarshal(append(append([]byte{'"'}, raw...), '"'), &piece), "raw slice of %v", fd)
				require.Contains(t, v, piece)
			case json.Number:
				require.Contains(t, v.String(), string(raw))
			default:
				t.Fatalf("finding %v points at a %T", fd, v)
			}
		}
	})
}

func TestFindJSONErrorIsTyped(t *testing.T) {
	_, err := detector.New().FindJSON([]byte(`{`))
	var je *detector.JSONError
	assert.True(t, errors.As(err, &je))
}
