package redact

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/kpii/kpii/patterns"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSONKeepsFormattingAndRedactsValues(t *testing.T) {
	r := New(nil)
	in := "{\n  \"name\" : \"홍길동\",\n\t\"hp\":\"01012345678\" ,\"phone\": 1012345678,\n" +
		"  \"jumin\":   9601211021414, \"n\": -1.5e+3, \"ok\": true, \"nil\": null,\n" +
		"  \"contacts\": [ \"010-1234-5678\", {\"email\": \"hong@naver.com\"} ],\n" +
		"  \"note\": \"연락처\\n010-1234-5678\\t끝\", \"empty\": {}, \"list\": []\n}\n"
	want := "{\n  \"name\" : \"홍길동\",\n\t\"hp\":\"010****5678\" ,\"phone\": \"10****5678\",\n" +
		"  \"jumin\":   \"9601211******\", \"n\": -1.5e+3, \"ok\": true, \"nil\": null,\n" +
		"  \"contacts\": [ \"010-****-5678\", {\"email\": \"ho**@naver.com\"} ],\n" +
		"  \"note\": \"연락처\\n010-****-5678\\t끝\", \"empty\": {}, \"list\": []\n}\n"
	out, err := r.JSON([]byte(in))
	require.NoError(t, err)
	assert.Equal(t, want, string(out))
	assert.True(t, json.Valid(out))
}

func TestJSONEscapesInsideAFinding(t *testing.T) {
	r := New(nil)
	// The finding spans an escape: the escape is replaced with the mask, the
	// escapes around it stay as written.
	out, err := r.JSON([]byte(`["\u0041 960121\u002d1021413 \u00e9", "\u003cb\u003e"]`))
	require.NoError(t, err)
	assert.Equal(t, `["\u0041 960121-1****** \u00e9", "\u003cb\u003e"]`, string(out))
	// A surrogate pair before the finding keeps the offsets right.
	out, err = r.JSON([]byte(`{"m":"\ud83d\ude00 010-1234-5678 \ud83d\ude00"}`))
	require.NoError(t, err)
	assert.Equal(t, `{"m":"\ud83d\ude00 010-****-5678 \ud83d\ude00"}`, string(out))
}

func TestJSONMasksNeedingEscapes(t *testing.T) {
	r := New(nil, WithPolicy(MaskAll(MaskFunc(func(_ patterns.Kind, _ string) string { return "\"a\\b\n\x01\u2028" }))))
	out, err := r.JSON([]byte(`{"x":"010-1234-5678"}`))
	require.NoError(t, err)
	assert.Equal(t, `{"x":"\"a\\b\n\u0001\u2028"}`, string(out))
	var v map[string]string
	require.NoError(t, json.Unmarshal(out, &v))
	assert.Equal(t, "\"a\\b\n\x01\u2028", v["x"])
}

func TestJSONKeysAreRedacted(t *testing.T) {
	r := New(nil)
	out, err := r.JSON([]byte(`{"hong@naver.com": {"visits": 3}}`))
	require.NoError(t, err)
	assert.Equal(t, `{"ho**@naver.com": {"visits": 3}}`, string(out))
}

func TestJSONCleanReturnsInput(t *testing.T) {
	r := New(nil)
	in := []byte(`{"a": [1, 2.5, "x", null, {"b": false}]}`)
	out, err := r.JSON(in)
	require.NoError(t, err)
	assert.Same(t, &in[0], &out[0])
}

func TestJSONErrorsNameOffsetNotContent(t *testing.T) {
	r := New(nil)
	cases := []struct {
		in  string
		off int64
	}{
		{``, 0},
		{`   `, 3},
		{`{"rrn": "960121-1021413"`, 24},
		{`{"rrn": "960121-1021413" 010-1234-5678}`, 25},
		{`["010-1234-5678",]`, 17},
		{`{"a":1}x`, 7},
		{`"960121-1021413`, 15},
		{"\"960121\x01\"", 7},
		{`"\x"`, 2},
		{`"\u12G4"`, 5},
		{`01`, 1},
		{`-`, 1},
		{`1.`, 2},
		{`1e`, 2},
		{`tru`, 3},
		{`nul1`, 3},
		{`{1:2}`, 1},
		{`{"a" 1}`, 5},
		{`[1 2]`, 3},
		{`hong@naver.com`, 0},
	}
	for _, c := range cases {
		out, err := r.JSON([]byte(c.in))
		assert.Nil(t, out, c.in)
		var se *SyntaxError
		if assert.True(t, errors.As(err, &se), c.in) {
			assert.Equal(t, c.off, se.Offset, c.in)
		}
		assert.False(t, json.Valid([]byte(c.in)), "encoding/json agrees: %q", c.in)
		for _, secret := range []string{"960121", "1021413", "010", "1234", "hong", "naver"} {
			assert.NotContains(t, err.Error(), secret)
		}
	}
}

func TestJSONDeepNesting(t *testing.T) {
	r := New(nil)
	deep := strings.Repeat("[", 500) + `"010-1234-5678"` + strings.Repeat("]", 500)
	out, err := r.JSON([]byte(deep))
	require.NoError(t, err)
	assert.Contains(t, string(out), "010-****-5678")
	_, err = r.JSON([]byte(strings.Repeat("[", jsonMaxDepth+1) + strings.Repeat("]", jsonMaxDepth+1)))
	assert.Error(t, err)
}

func TestJSONMatchesEncodingJSONOnValidity(t *testing.T) {
	r := New(nil)
	for _, s := range []string{`{}`, `[]`, `0`, `-0.0e-0`, `"a\/b"`, ` [ 1 , { "a" : "b" } ] `, `{"a":"b","a":"c"}`, "\"\xff\""} {
		out, err := r.JSON([]byte(s))
		assert.NoError(t, err, s)
		assert.Equal(t, s, string(out))
	}
}
