// Command jsonrecords redacts JSON records before they are stored: a signup
// service receives request bodies holding 주민등록번호, phone numbers, e-mail
// addresses and addresses, and writes them to its store (here, JSON lines on
// stdout) with every value masked by redact.Redactor.JSON — keys, key order,
// whitespace and numbers that are not personal information stay exactly as
// they came. Next to each record it logs where the personal information was
// (detector.FindJSON paths and kinds), never what it was, and before storing
// it checks the redacted record once more: a record in which anything is still
// found is refused, not stored (fail closed).
//
//	go run ./examples/jsonrecords
package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/redact"
)

// requests are synthetic signup bodies, as clients send them.
var requests = []string{
	`{"name":"홍길동","jumin":"960121-1021413","contacts":[{"type":"mobile","phone":"010-1234-5678"},{"type":"email","value":"hong@naver.com"}],"plan":"basic","age":29}`,
	`{"name":"김민수","hp":"010-9876-5432","addr":{"road":"서울특별시 강남구 테헤란로 152, 12층","zip":"06236"},"memo":"배송 전 연락 바람 02-123-4567"}`,
	`{"name":"박서연","email":"seo.park@example.co.kr","order_id":"20240315-1432117","amount":12000}`,
}

// store is where records go: one JSON document a line.
type store struct{ w io.Writer }

func (s store) put(record []byte) error {
	_, err := fmt.Fprintf(s.w, "%s\n", bytes.TrimSpace(record))
	return err
}

func main() {
	if err := run(requests, store{os.Stdout}, os.Stderr); err != nil {
		log.Fatal(err)
	}
}

// d is built once and shared: a Detector is immutable and safe for
// concurrent use.
var d = detector.New()

// run redacts each request body and stores it; audit gets one line per
// record naming the paths and kinds that were masked.
func run(bodies []string, st store, audit io.Writer) error {
	r := redact.New(d) // Korean partial masks: 960121-1******, 010-****-5678
	return runWith(bodies, st, audit, r.JSON)
}

// runWith is run with the redaction step as a parameter, so that the test
// can check that a record the redactor leaves is refused.
func runWith(bodies []string, st store, audit io.Writer, redactJSON func([]byte) ([]byte, error)) error {
	for i, body := range bodies {
		fs, err := d.FindJSON([]byte(body))
		if err != nil {
			return fmt.Errorf("record %d: %w", i, err) // says where, never what
		}
		clean, err := redactJSON([]byte(body))
		if err != nil {
			return fmt.Errorf("record %d: %w", i, err)
		}
		if left, err := d.FindJSON(clean); err != nil || len(left) > 0 {
			return fmt.Errorf("record %d: still holds personal information after redaction; not stored", i)
		}
		if err := st.put(clean); err != nil {
			return err
		}
		where := make([]string, len(fs))
		for k, f := range fs {
			where[k] = f.Kind.String() + " at " + f.Path
		}
		fmt.Fprintf(audit, "record %d: %d masked (%s)\n", i, len(fs), strings.Join(where, ", "))
	}
	return nil
}
