package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunNeverWritesPII(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf))
	out := buf.String()
	for _, secret := range []string{"1234-5678", "01012345678", "1021414", "hong@", "admin@", "123-4567"} {
		assert.NotContains(t, out, secret)
	}
	var records []map[string]any
	sc := bufio.NewScanner(&buf)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), "every line is JSON")
		records = append(records, m)
	}
	require.Len(t, records, 5)
	assert.Equal(t, "회원 가입 요청 010-****-5678", records[0]["msg"])
	assert.Equal(t, "ad***@kpii.example.com", records[0]["admin"])
	assert.Equal(t, "ho**@naver.com", records[0]["email"])
	member := records[1]["member"].(map[string]any)
	assert.Equal(t, "홍길동", member["Name"])
	assert.Equal(t, "010-****-5678", member["Phone"])
	assert.Equal(t, "9601211******", member["Jumin"])
	assert.Equal(t, "basic", member["Plan"])
	assert.Equal(t, "주민번호 960121-1****** 확인 실패: 명의 불일치", records[2]["err"])
	assert.Equal(t, map[string]any{"holder": "ho**@naver.com", "valid": true}, records[3]["token"])
	assert.Equal(t, map[string]any{"hp": "010****5678", "to": "02-***-4567", "status": 200.0}, records[4]["request"])
}
