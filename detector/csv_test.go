package detector_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/korean"
)

type cspan struct {
	Kind   patterns.Kind
	Row    int
	Column int
	Header string
	Line   int
	Text   string
}

// cspans resolves each finding's text through cells[row][column], the
// cell values as encoding/csv returns them.
func cspans(t *testing.T, fs []detector.CSVFinding, cells [][]string) []cspan {
	t.Helper()
	var out []cspan
	for _, f := range fs {
		cell := cells[f.Row-1][f.Column]
		require.True(t, f.Start >= 0 && f.Start < f.End && f.End <= len(cell), "%v outside its cell", f)
		out = append(out, cspan{f.Kind, f.Row, f.Column, f.Header, f.Line, cell[f.Start:f.End]})
	}
	return out
}

const customersCSV = `이름,주민번호,휴대폰,메모
홍길동,9601211021414,1012345678,"연락처 02-123-4567, 메일 hong@naver.com"
김철수,960121-1021413,010-1234-5678,"여러 줄
메모 ""01012345678"""
이영희,,,9601211021414
`

var customersCells = [][]string{
	{"이름", "주민번호", "휴대폰", "메모"},
	{"홍길동", "9601211021414", "1012345678", "연락처 02-123-4567, 메일 hong@naver.com"},
	{"김철수", "960121-1021413", "010-1234-5678", "여러 줄\n메모 \"01012345678\""},
	{"이영희", "", "", "9601211021414"},
}

func TestFindCSV(t *testing.T) {
	d := detector.New()
	fs, err := d.FindCSV(strings.NewReader(customersCSV))
	require.NoError(t, err)
	assert.Equal(t, []cspan{
		{patterns.RRN, 2, 1, "주민번호", 2, "9601211021414"},
		{patterns.Phone, 2, 2, "휴대폰", 2, "1012345678"},
		{patterns.Phone, 2, 3, "메모", 2, "02-123-4567"},
		{patterns.Email, 2, 3, "메모", 2, "hong@naver.com"},
		{patterns.RRN, 3, 1, "주민번호", 3, "960121-1021413"},
		{patterns.Phone, 3, 2, "휴대폰", 3, "010-1234-5678"},
		{patterns.Phone, 3, 3, "메모", 3, "01012345678"},
		// The bare RRN that fails its check digit under "메모" is Low: not
		// reported, while under "주민번호" it is.
	}, cspans(t, fs, customersCells))
	assert.Contains(t, fs[0].Explain(), "field name 주민번호")
	assert.Contains(t, fs[1].Explain(), "leading zeros restored")
	assert.Empty(t, fs[0].Path)
}

func TestFindCSVOptions(t *testing.T) {
	d := detector.New()
	t.Run("TSV", func(t *testing.T) {
		in := "name\tphone\n홍길동\t0212345678\n"
		fs, err := d.FindCSV(strings.NewReader(in), detector.CSVComma('\t'))
		require.NoError(t, err)
		assert.Equal(t, []cspan{{patterns.Phone, 2, 1, "phone", 2, "0212345678"}},
			cspans(t, fs, [][]string{{"name", "phone"}, {"홍길동", "0212345678"}}))
	})
	t.Run("semicolon, uneven records", func(t *testing.T) {
		in := "a;email\nx;hong@naver.com;010-1234-5678\n"
		fs, err := d.FindCSV(strings.NewReader(in), detector.CSVComma(';'))
		require.NoError(t, err)
		assert.Equal(t, []cspan{
			{patterns.Email, 2, 1, "email", 2, "hong@naver.com"},
			{patterns.Phone, 2, 2, "", 2, "010-1234-5678"},
		}, cspans(t, fs, [][]string{{"a", "email"}, {"x", "hong@naver.com", "010-1234-5678"}}))
	})
	t.Run("no header", func(t *testing.T) {
		in := "주민번호,9601211021414\n010-1234-5678,x\n"
		fs, err := d.FindCSV(strings.NewReader(in), detector.CSVHeader(false))
		require.NoError(t, err)
		assert.Equal(t, []cspan{{patterns.Phone, 2, 0, "", 2, "010-1234-5678"}},
			cspans(t, fs, [][]string{{"주민번호", "9601211021414"}, {"010-1234-5678", "x"}}))
	})
	t.Run("header cells are scanned", func(t *testing.T) {
		fs, err := d.FindCSV(strings.NewReader("hong@naver.com,b\n1,2\n"))
		require.NoError(t, err)
		require.Len(t, fs, 1)
		assert.Equal(t, 1, fs[0].Row)
		assert.Empty(t, fs[0].Header)
	})
	t.Run("lazy quotes", func(t *testing.T) {
		in := "memo\n그는 \"010-1234-5678\"로\n"
		_, err := d.FindCSV(strings.NewReader(in))
		require.Error(t, err)
		fs, err := d.FindCSV(strings.NewReader(in), detector.CSVLazyQuotes())
		require.NoError(t, err)
		require.Len(t, fs, 1)
	})
	t.Run("byte order mark", func(t *testing.T) {
		fs, err := d.FindCSV(strings.NewReader("\uFEFF휴대폰\n0212345678\n"))
		require.NoError(t, err)
		require.Len(t, fs, 1)
		assert.Equal(t, "휴대폰", fs[0].Header)
	})
	t.Run("EUC-KR", func(t *testing.T) {
		in, err := korean.EUCKR.NewEncoder().String(customersCSV)
		require.NoError(t, err)
		want, err := d.FindCSV(strings.NewReader(customersCSV))
		require.NoError(t, err)
		for _, enc := range []detector.Encoding{detector.EncodingEUCKR, detector.EncodingAuto} {
			fs, err := d.FindCSV(strings.NewReader(in), detector.CSVEncoding(enc))
			require.NoError(t, err)
			assert.Equal(t, want, fs, enc.String())
		}
	})
}

func TestFindCSVErrors(t *testing.T) {
	d := detector.New()
	fs, err := d.FindCSV(strings.NewReader("a,b\n010-1234-5678,\"hong@naver.com\n"))
	assert.Nil(t, fs)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "kpii: invalid CSV")
	assert.Contains(t, err.Error(), "line 2")
	assert.NotContains(t, err.Error(), "hong")
	assert.NotContains(t, err.Error(), "1234")

	_, err = d.FindCSV(strings.NewReader("a"), detector.CSVComma('"'))
	require.Error(t, err)

	broken := errors.New("network gone")
	_, err = d.FindCSV(&failingReader{data: []byte("a,b\n1,2\n"), err: broken})
	require.ErrorIs(t, err, broken)

	stop := errors.New("stop")
	calls := 0
	err = d.ScanCSV(strings.NewReader(customersCSV), func(detector.CSVFinding) error {
		calls++
		return stop
	})
	assert.Same(t, stop, err)
	assert.Equal(t, 1, calls)
}
