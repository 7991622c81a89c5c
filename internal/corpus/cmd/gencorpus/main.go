// Command gencorpus writes a corpus from kpii's deterministic generator
// (package internal/corpus), for samples and for looking at what the
// benchmarks scan.
//
//	go run ./internal/corpus/cmd/gencorpus -profile realistic -format log -seed 1 -lines 150 -o testdata/sample.log
//	go run ./internal/corpus/cmd/gencorpus -profile dense -size 1048576 -labels labels.jsonl > dense.log
//
// -labels writes one JSON object per planted value: kind, start and end
// (byte offsets into the corpus), line (1-based) and the value itself.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/kpii/kpii/internal/corpus"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(2)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	profile := fs.String("profile", "realistic", "realistic, clean or dense")
	format := fs.String("format", "log", "log or jsonl")
	seed := fs.Int64("seed", 1, "PRNG seed")
	size := fs.Int("size", 0, "target size in bytes (overshoots by less than one line)")
	lines := fs.Int("lines", 0, "exact number of lines (overrides -size)")
	out := fs.String("o", "-", "output file, - for stdout")
	labels := fs.String("labels", "", "also write the planted values as JSON lines to this file (- for stdout)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	spec := corpus.Spec{Seed: *seed, Size: *size, Lines: *lines}
	var err error
	if spec.Profile, err = corpus.ParseProfile(*profile); err != nil {
		return err
	}
	if spec.Format, err = corpus.ParseFormat(*format); err != nil {
		return err
	}
	if spec.Size <= 0 && spec.Lines <= 0 {
		return fmt.Errorf("give -size or -lines")
	}
	data, items := spec.GenerateLabelled()
	if err := write(*out, stdout, data); err != nil {
		return err
	}
	if *labels == "" {
		return nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		err := enc.Encode(struct {
			Kind  string `json:"kind"`
			Start int    `json:"start"`
			End   int    `json:"end"`
			Line  int    `json:"line"`
			Text  string `json:"text"`
		}{it.Kind, it.Start, it.End, bytes.Count(data[:it.Start], []byte("\n")) + 1, string(data[it.Start:it.End])})
		if err != nil {
			return err
		}
	}
	return write(*labels, stdout, buf.Bytes())
}

func write(path string, stdout io.Writer, data []byte) error {
	if path == "-" {
		w := bufio.NewWriter(stdout)
		if _, err := w.Write(data); err != nil {
			return err
		}
		return w.Flush()
	}
	return os.WriteFile(path, data, 0o644)
}
