package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The later kinds are off by default and on with --kinds; every built-in
// name is accepted, in any case and with '-' for '_'.
func TestScanMoreKinds(t *testing.T) {
	in := "카드 4111-1111-1111-1111\n사업자등록번호 124-81-00998\n운전면허 11-22-123456-78\n여권번호 M123A4567\n" +
		"입금계좌 110-123-456789\n법인등록번호 130111-0006246\n증번호 12345678901\n"
	code, out, _ := runCLI(t, in, "scan")
	assert.Equal(t, exitClean, code, "not in the default kinds")
	assert.Empty(t, out)

	code, out, errs := runCLI(t, in, "scan", "--kinds",
		"card,brn,driver-license,passport,bank_account,CRN,health-insurance")
	require.Equal(t, exitFindings, code, errs)
	for _, kind := range []string{"CARD", "BRN", "DRIVER_LICENSE", "PASSPORT", "BANK_ACCOUNT", "CRN", "HEALTH_INSURANCE"} {
		assert.Contains(t, out, " "+kind+" ", kind)
	}
	assert.Equal(t, 7, strings.Count(out, "\n"))
	assert.NotContains(t, out, "4111-1111-1111-1111", "output never holds a value")
}

func TestRedactMoreKinds(t *testing.T) {
	code, out, errs := runRedactCLI(t, "카드 4111-1111-1111-1111, 면허 11-22-123456-78, 연락처 010-1234-5678\n",
		"--kinds", "CARD,DRIVER_LICENSE,PHONE")
	require.Equal(t, exitClean, code, errs)
	assert.Equal(t, "카드 4111-11**-****-1111, 면허 11-22-******-78, 연락처 010-****-5678\n", out)
}
