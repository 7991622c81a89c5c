package main

import (
	"bytes"
	"os/exec"
	"testing"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestValidBRN(t *testing.T) {
	assert.True(t, validBRN("123-45-67891"))
	assert.True(t, validBRN("1234567891"))
	assert.False(t, validBRN("123-45-67890"), "check digit")
	assert.False(t, validBRN("123-45-6789"), "length")
}

func TestPatterns(t *testing.T) {
	d, err := newDetector()
	require.NoError(t, err)
	kinds := func(s string) []string {
		var ks []string
		for _, f := range d.Find(s) {
			ks = append(ks, string(f.Kind)+" "+s[f.Start:f.End]+" "+f.Confidence.String())
		}
		return ks
	}
	assert.Equal(t, []string{"BRN 123-45-67891 high"}, kinds("사업자등록번호 123-45-67891"), "a context word raises it")
	assert.Equal(t, []string{"BRN 123-45-67891 medium"}, kinds("번호 123-45-67891"))
	assert.Empty(t, kinds("123-45-67890"), "the validator decides")
	assert.Empty(t, kinds("0123-45-67891"), "lookbehind: no digit before")
	assert.Equal(t, []string{"MEMBER_NO M20240315 high"}, kinds("회원번호 M20240315"))
	assert.Empty(t, kinds("상품코드 M12345678"), "a member number needs its context word")
	assert.Equal(t, []string{"PHONE 010-1234-5678 high"}, kinds("연락처 010-1234-5678"), "built-in kinds still on")

	// The detector stays a Detector: immutable, usable from any goroutine,
	// and its options are visible.
	assert.Contains(t, d.Kinds(), patterns.BRN)
	assert.Equal(t, detector.Medium, d.MinConfidence())
}

func TestRun(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	got := out.String()
	assert.Contains(t, got, "거래처 등록: 사업자등록번호 [사업자등록번호], 대표 연락처 010-****-5678\n")
	assert.Contains(t, got, "잘못된 번호 123-45-67890 (검증 실패)\n", "not valid, not redacted")
	assert.Contains(t, got, "회원번호 ********* 문의\n")
	assert.Contains(t, got, "상품코드 M12345678 재입고 알림\n")
	assert.NotContains(t, got, "67891")
	assert.NotContains(t, got, "M20240315")
}

func TestMainRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the command")
	}
	out, err := exec.Command("go", "run", ".").CombinedOutput()
	require.NoError(t, err, string(out))
	assert.Contains(t, string(out), "[사업자등록번호]")
}
