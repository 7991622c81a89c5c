package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunRedactsTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "app.log")
	require.NoError(t, os.WriteFile(path, []byte(sampleLog+"last line without newline hong@naver.com"), 0o600))
	var out bytes.Buffer
	require.NoError(t, run(path, &out))
	want := `2026-11-23T05:23:45Z INFO  signup member=1042 phone=010-****-5678 email=ho**@naver.com
2026-11-23T05:23:46Z WARN  identity check failed 주민번호 960121-1****** (명의 불일치)
2026-11-23T05:23:47Z INFO  GET /api/v1/orders/123456 200 12ms
2026-11-23T05:23:48Z INFO  callback to ０２－***－４５６７ scheduled
last line without newline ho**@naver.com`
	assert.Equal(t, want, out.String())
}

func TestRunBigFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.log")
	line := "2026-11-23T05:23:45Z INFO signup phone=010-1234-5678\n"
	require.NoError(t, os.WriteFile(path, []byte(strings.Repeat(line, 20000)), 0o600))
	var out bytes.Buffer
	require.NoError(t, run(path, &out))
	assert.Equal(t, strings.Repeat(strings.Replace(line, "1234", "****", 1), 20000), out.String())
}

func TestRunMissingFile(t *testing.T) {
	err := run(filepath.Join(t.TempDir(), "missing.log"), &bytes.Buffer{})
	assert.ErrorIs(t, err, os.ErrNotExist)
}
