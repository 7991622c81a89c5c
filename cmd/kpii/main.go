// Command kpii finds Korean personal information in files and streams.
//
// Usage:
//
//	kpii scan [--format text|jsonl] [--min-confidence low|medium|high] [--kinds RRN,PHONE,…] [PATH…|-]
//	kpii redact [--policy korean|full|label|label-en|token] [-w] [PATH|-]
//
// Exit status: 0 when nothing at or above the threshold was found, 1 when
// something was, 2 on a usage or I/O error. Output never contains a found
// value: the text format shows a masked preview.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `kpii finds Korean personal information (주민등록번호, 외국인등록번호, phone numbers,
e-mail addresses, addresses) in text.

Usage:
  kpii scan [flags] [PATH...|-]   report findings (stdin when no PATH or "-")
  kpii redact [flags] [PATH|-]    write the input with PII masked to stdout (or in place with -w)

Run "kpii scan -h" or "kpii redact -h" for the flags.
scan exits 0 when nothing was found, 1 on findings; both exit 2 on a usage or I/O error.
`

// Exit codes.
const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError
	}
	switch args[0] {
	case "scan":
		return runScan(args[1:], stdin, stdout, stderr)
	case "redact":
		return runRedact(args[1:], stdin, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitClean
	}
	fmt.Fprintf(stderr, "kpii: unknown command %q\n\n%s", args[0], usage)
	return exitError
}
