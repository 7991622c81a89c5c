// Command logfile redacts an existing log file through redact.NewWriter:
// the file is streamed line by line, so its size does not matter.
//
//	go run ./examples/logfile app.log > app.redacted.log
//
// Without an argument it writes a small synthetic log to a temporary file
// and redacts that.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/redact"
)

func main() {
	path := ""
	if len(os.Args) > 1 {
		path = os.Args[1]
	} else {
		dir, err := os.MkdirTemp("", "kpii-logfile-")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "app.log")
		if err := os.WriteFile(path, []byte(sampleLog), 0o600); err != nil {
			log.Fatal(err)
		}
	}
	if err := run(path, os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// sampleLog is synthetic.
const sampleLog = `2026-11-23T05:23:45Z INFO  signup member=1042 phone=010-1234-5678 email=hong@naver.com
2026-11-23T05:23:46Z WARN  identity check failed 주민번호 960121-1021414 (명의 불일치)
2026-11-23T05:23:47Z INFO  GET /api/v1/orders/123456 200 12ms
2026-11-23T05:23:48Z INFO  callback to ０２－１２３－４５６７ scheduled
`

// run copies the log file at path to w, redacted.
func run(path string, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := redact.New(detector.New())
	rw := redact.NewWriter(w, r)
	if _, err := io.Copy(rw, f); err != nil {
		return fmt.Errorf("redacting %s: %w", path, err)
	}
	return rw.Close() // writes a last line that has no newline
}
