package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
	return p
}

func TestScanExitCodes(t *testing.T) {
	code, out, _ := runCLI(t, "nothing to see 2026-11-23\n", "scan")
	assert.Equal(t, exitClean, code)
	assert.Empty(t, out)

	code, out, _ = runCLI(t, "연락처 010-1234-5678\n", "scan", "-")
	assert.Equal(t, exitFindings, code)
	assert.Equal(t, "<stdin>:1:11: PHONE high 01*-****-****\n", out)

	code, _, errs := runCLI(t, "", "scan", "--format", "xml")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, "unknown format")

	code, _, errs = runCLI(t, "", "scan", "--kinds", "RRN,NOPE")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, "NOPE")

	code, _, errs = runCLI(t, "", "frobnicate")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, "unknown command")
}

func TestScanMissingFileNamesThePathAndGoesOn(t *testing.T) {
	good := writeFile(t, "a.log", "hong@naver.com\n")
	missing := filepath.Join(t.TempDir(), "missing.log")
	code, out, errs := runCLI(t, "", "scan", missing, good)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, missing)
	assert.Contains(t, out, good+":1:1: EMAIL")
}

func TestScanJSONLOffsetsSliceTheFile(t *testing.T) {
	var content strings.Builder
	content.WriteString("첫 줄은 깨끗합니다\n")
	for i := 0; i < 50000; i++ { // several chunks' worth of lines
		content.WriteString("2026-11-23T05:23:45Z INFO order=123456 amount=12,345원 ok\n")
	}
	content.WriteString("고객 주민번호는960121-1021413이고 메일은 kim@example.co.kr\n")
	path := writeFile(t, "big.log", content.String())
	data, err := os.ReadFile(path)
	require.NoError(t, err)

	code, out, errs := runCLI(t, "", "scan", "--format", "jsonl", path)
	require.Equal(t, exitFindings, code, errs)
	var recs []jsonRecord
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var r jsonRecord
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
		recs = append(recs, r)
	}
	require.Len(t, recs, 2)
	assert.Equal(t, "960121-1021413", string(data[recs[0].Start:recs[0].End]))
	assert.Equal(t, "kim@example.co.kr", string(data[recs[1].Start:recs[1].End]))
	assert.Equal(t, 50002, recs[0].Line)
	assert.Equal(t, path, recs[0].Path)
	assert.NotContains(t, out, "960121-1021413", "output never holds a value")
}

func TestScanKindsAndMinConfidence(t *testing.T) {
	in := "960121-1021414 010-1234-5678\n"
	code, out, _ := runCLI(t, in, "scan", "--kinds", "phone")
	assert.Equal(t, exitFindings, code)
	assert.NotContains(t, out, "RRN")
	code, out, _ = runCLI(t, in, "scan", "--min-confidence", "high", "--kinds", "RRN")
	assert.Equal(t, exitClean, code)
	assert.Empty(t, out)
}

func TestMaskPreview(t *testing.T) {
	assert.Equal(t, "96****-*******", maskPreview([]byte("960121-1021413")))
	assert.Equal(t, "ho**@*****.***", maskPreview([]byte("hong@naver.com")))
	assert.Equal(t, "서울*** ***", maskPreview([]byte("서울특별시 강남구")))
}

func TestSampleLogInREADME(t *testing.T) {
	// The README's first command scans this file; keep it finding things.
	code, out, errs := runCLI(t, "", "scan", "../../testdata/sample.log")
	require.Equal(t, exitFindings, code, errs)
	for _, kind := range []string{"RRN", "PHONE", "EMAIL"} {
		assert.Contains(t, out, " "+kind+" ")
	}
}
