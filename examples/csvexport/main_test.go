package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/korean"
)

var secrets = []string{"1234-5678", "1021413", "1098765432", "hong@", "minsu.kim@", "테헤란로 152", "센텀중앙로 79", "123-4567"}

func cp949(t *testing.T, s string) []byte {
	b, err := korean.EUCKR.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

func TestRunReportsAndRedactsTheExport(t *testing.T) {
	var report, out bytes.Buffer
	require.NoError(t, run(cp949(t, sampleExport), &report, &out))
	assert.Equal(t, `row 2, 휴대폰: PHONE (high)
row 2, 주민등록번호: RRN (high)
row 2, 이메일: EMAIL (high)
row 2, 주소: ADDRESS (high)
row 3, 휴대폰: PHONE (high)
row 3, 이메일: EMAIL (high)
row 3, 주소: ADDRESS (high)
row 3, 메모: PHONE (high)
8 findings
`, report.String())
	for _, s := range secrets {
		assert.NotContains(t, out.String(), s)
		assert.NotContains(t, report.String(), s)
	}
	require.True(t, bytes.HasPrefix(out.Bytes(), []byte("\xEF\xBB\xBF")), "UTF-8 with a byte order mark")
	recs, err := csv.NewReader(bytes.NewReader(out.Bytes()[3:])).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, [][]string{
		{"고객번호", "이름", "휴대폰", "주민등록번호", "이메일", "주소", "메모"},
		{"1001", "홍길동", "010-****-5678", "960121-1******", "ho**@naver.com", "서울특별시 강남구 테헤란로 ***, **층", "VIP"},
		{"1002", "김민수", "10****5432", "", "mi*******@example.co.kr", "부산광역시 해운대구 센텀중앙로 **", "재발송 요청: 연락처 02-***-4567"},
		{"1003", "박서연", "", "", "", "", "주문번호 20240315-1432117 확인"},
	}, recs, "the number that lost its leading zero is masked too; the order number is not an RRN")
}

func TestRunReadsUTF8Too(t *testing.T) {
	var report, out bytes.Buffer
	require.NoError(t, run([]byte("\xEF\xBB\xBFname,phone\n홍길동,010-1234-5678\n"), &report, &out))
	assert.Contains(t, out.String(), "홍길동,010-****-5678\n")
}

func TestRunRejectsBrokenCSV(t *testing.T) {
	err := run([]byte("a,b\n\"x\" y,010-1234-5678\n"), &bytes.Buffer{}, &bytes.Buffer{})
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "1234")
}

func TestMainRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the command")
	}
	out, err := exec.Command("go", "run", ".").CombinedOutput()
	require.NoError(t, err, string(out))
	assert.Contains(t, string(out), "8 findings")

	path := filepath.Join(t.TempDir(), "export.csv")
	require.NoError(t, os.WriteFile(path, cp949(t, sampleExport), 0o600))
	out, err = exec.Command("go", "run", ".", path).CombinedOutput()
	require.NoError(t, err, string(out))
	assert.Contains(t, string(out), "010-****-5678")
}
