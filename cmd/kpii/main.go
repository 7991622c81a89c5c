// Command kpii finds Korean personal information in files and streams.
//
// Usage:
//
//	kpii scan [--format text|jsonl] [--min-confidence low|medium|high] [--kinds RRN,PHONE,…] [PATH…|-]
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

Run "kpii scan -h" for the flags. Exit status: 0 nothing found, 1 findings, 2 usage or I/O error.
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
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitClean
	}
	fmt.Fprintf(stderr, "kpii: unknown command %q\n\n%s", args[0], usage)
	return exitError
}
