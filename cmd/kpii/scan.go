package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
)

type scanOptions struct {
	format  string
	minConf detector.Confidence
	kinds   []patterns.Kind
}

func runScan(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kpii scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or jsonl")
	minConf := fs.String("min-confidence", "medium", "lowest confidence reported: low, medium or high")
	kinds := fs.String("kinds", "", "comma-separated kinds to detect (default: "+kindList(detector.DefaultKinds())+")")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kpii scan [flags] [PATH...|-]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	opts := scanOptions{format: *format}
	if opts.format != "text" && opts.format != "jsonl" {
		fmt.Fprintf(stderr, "kpii scan: unknown format %q (want text or jsonl)\n", opts.format)
		return exitError
	}
	var err error
	if opts.minConf, err = detector.ParseConfidence(*minConf); err != nil {
		fmt.Fprintf(stderr, "kpii scan: --min-confidence: %v\n", err)
		return exitError
	}
	if *kinds != "" {
		if opts.kinds, err = patterns.ParseKinds(*kinds); err != nil {
			fmt.Fprintf(stderr, "kpii scan: --kinds: %v\n", err)
			return exitError
		}
	}
	dopts := []detector.Option{detector.WithMinConfidence(opts.minConf)}
	if len(opts.kinds) > 0 {
		dopts = append(dopts, detector.WithKinds(opts.kinds...))
	}
	d := detector.New(dopts...)

	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	rep := newReporter(opts.format, out)
	status := exitClean
	for _, p := range paths {
		n, err := scanPath(d, p, stdin, rep)
		if err != nil {
			out.Flush()
			fmt.Fprintf(stderr, "kpii scan: %s: %v\n", displayPath(p), err)
			status = exitError
			continue
		}
		if n > 0 && status == exitClean {
			status = exitFindings
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "kpii scan: writing output: %v\n", err)
		return exitError
	}
	return status
}

func kindList(ks []patterns.Kind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ",")
}

func displayPath(p string) string {
	if p == "-" {
		return "<stdin>"
	}
	return p
}

func scanPath(d *detector.Detector, path string, stdin io.Reader, rep reporter) (int, error) {
	if path == "-" {
		return scanStream(d, "-", stdin, rep)
	}
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is already in the message
		}
		return 0, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err == nil && st.IsDir() {
		return 0, errors.New("is a directory")
	}
	return scanStream(d, path, f, rep)
}

// chunkSize is how much input is scanned at a time. Chunks end at a
// newline, so a finding never straddles two chunks; a line longer than the
// chunk grows it.
const chunkSize = 1 << 20

// scanStream scans r in chunks of whole lines, with offsets and line
// numbers counted from the start of the stream.
func scanStream(d *detector.Detector, path string, r io.Reader, rep reporter) (int, error) {
	buf := make([]byte, 0, chunkSize)
	base, line, found := 0, 1, 0
	eof := false
	for !eof {
		for len(buf) < cap(buf) && !eof {
			n, err := r.Read(buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if errors.Is(err, io.EOF) {
				eof = true
			} else if err != nil {
				return found, err
			}
		}
		cut := len(buf)
		if !eof {
			if k := bytes.LastIndexByte(buf, '\n'); k >= 0 {
				cut = k + 1
			} else {
				grown := make([]byte, len(buf), 2*cap(buf))
				copy(grown, buf)
				buf = grown
				continue
			}
		}
		chunk := buf[:cut]
		lineAt, lineNo := 0, line
		for _, f := range d.FindBytes(chunk) {
			for {
				k := bytes.IndexByte(chunk[lineAt:f.Start], '\n')
				if k < 0 {
					break
				}
				lineAt += k + 1
				lineNo++
			}
			col := f.Start - lineAt + 1
			if err := rep.report(path, base, lineNo, col, chunk, f); err != nil {
				return found, err
			}
			found++
		}
		line += bytes.Count(chunk, []byte{'\n'})
		base += cut
		rest := copy(buf, buf[cut:])
		buf = buf[:rest]
	}
	return found, nil
}
