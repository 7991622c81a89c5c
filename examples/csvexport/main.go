// Command csvexport checks a customer export before it is shared and writes
// a redacted copy. The export is what Korean Excel saves as CSV: CP949
// (EUC-KR), with a header row.
//
//  1. detector.FindCSV reads it record by record, with each column's header
//     as the field name of its cells (a bare number under 휴대폰 counts, and so
//     does one that lost its leading zero in the spreadsheet, 1012345678),
//     and reports row, column and kind — never a value.
//
//  2. The same findings drive the redaction: each cell is rewritten with the
//     policy's masker for the kind found in it, so what was reported is what
//     is masked. The copy is UTF-8 with a byte order mark, which Excel opens
//     correctly.
//
//     go run ./examples/csvexport                  # a synthetic export
//     go run ./examples/csvexport export.csv > export.redacted.csv
//
// For a quick look without writing code, kpii scan export.csv reports the
// same findings with row, column and header.
package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"log"
	"os"
	"sort"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/kpii/kpii/redact"
	"golang.org/x/text/encoding/korean"
)

// sampleExport is synthetic; main encodes it in CP949 as Excel would.
const sampleExport = `고객번호,이름,휴대폰,주민등록번호,이메일,주소,메모
1001,홍길동,010-1234-5678,960121-1021413,hong@naver.com,"서울특별시 강남구 테헤란로 152, 12층",VIP
1002,김민수,1098765432,,minsu.kim@example.co.kr,부산광역시 해운대구 센텀중앙로 79,"재발송 요청: 연락처 02-123-4567"
1003,박서연,,,,,주문번호 20240315-1432117 확인
`

func main() {
	var in []byte
	var err error
	if len(os.Args) > 1 {
		in, err = os.ReadFile(os.Args[1])
	} else {
		in, err = korean.EUCKR.NewEncoder().Bytes([]byte(sampleExport))
	}
	if err != nil {
		log.Fatal(err)
	}
	if err := run(in, os.Stderr, os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// run reports what the export in holds to report and writes the redacted
// export, in UTF-8, to out.
func run(in []byte, report, out io.Writer) error {
	d := detector.New()
	fs, err := d.FindCSV(bytes.NewReader(in), detector.CSVEncoding(detector.EncodingAuto))
	if err != nil {
		return err // names the line and column, never the content
	}

	// 1. The report: where, what kind, how sure.
	type cell struct{ row, col int }
	byCell := map[cell][]detector.Finding{}
	for _, f := range fs {
		fmt.Fprintf(report, "row %d, %s: %s (%s)\n", f.Row, f.Header, f.Kind, f.Confidence)
		byCell[cell{f.Row, f.Column}] = append(byCell[cell{f.Row, f.Column}], f.Finding)
	}
	fmt.Fprintf(report, "%d findings\n", len(fs))

	// 2. The redacted copy, cell by cell, from the same findings.
	text := in
	if detector.DetectEncoding(in) == detector.EncodingEUCKR {
		if text, err = korean.EUCKR.NewDecoder().Bytes(in); err != nil {
			return err
		}
	}
	text = bytes.TrimPrefix(text, []byte("\xEF\xBB\xBF"))
	policy := redact.KoreanPolicy()
	cr := csv.NewReader(bytes.NewReader(text))
	cr.FieldsPerRecord = -1
	if _, err := io.WriteString(out, "\xEF\xBB\xBF"); err != nil { // for Excel
		return err
	}
	cw := csv.NewWriter(out)
	for row := 1; ; row++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		for col := range rec {
			if found := byCell[cell{row, col}]; len(found) > 0 {
				rec[col] = mask(rec[col], found, policy)
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// mask replaces each finding in a cell by the policy's mask for its kind.
func mask(value string, fs []detector.Finding, policy redact.Policy) string {
	sort.Slice(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
	var b []byte
	pos := 0
	for _, f := range fs {
		if f.Start < pos {
			continue
		}
		b = append(b, value[pos:f.Start]...)
		v := value[f.Start:f.End]
		m := policy.Masker(f.Kind)
		if f.Kind == patterns.Phone && v != "" && v[0] >= '1' && v[0] <= '9' {
			// A number that lost its trunk 0 in the spreadsheet (1012345678):
			// mask it as the number it is, 010-****-5678, then drop the 0 again.
			b = append(b, m.AppendMask(nil, f.Kind, []byte("0"+v))[1:]...)
		} else {
			b = m.AppendMask(b, f.Kind, []byte(v))
		}
		pos = f.End
	}
	return string(append(b, value[pos:]...))
}
