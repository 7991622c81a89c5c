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
e-mail addresses, addresses) in files, directories and streams.

Usage:
  kpii scan [flags] [PATH...|-]     report findings in files, directories or stdin
  kpii redact [flags] [PATH...|-]   write the input with PII masked to stdout (or in place with -w)

Run "kpii scan -h" or "kpii redact -h" for the flags.
scan exits 0 when nothing was found, 1 on findings; both exit 2 on a usage or
I/O error (scan still reports what it could read).
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
