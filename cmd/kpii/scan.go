package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
)

const scanUsage = `Usage: kpii scan [flags] [PATH...|-]

Reports the Korean personal information (주민등록번호, 외국인등록번호, phone
numbers, e-mail addresses, addresses) in files, directories and standard
input ("-", or no PATH at all).

Directories are walked recursively. A walk skips .git, .hg, .svn,
node_modules and vendor, binary files (a NUL byte in the first 8 KiB, unless
a UTF-16 byte order mark says otherwise) and symbolic links. --include and
--exclude take globs matched against the file's slash path relative to the
directory named: a pattern without "/" matches the base name at any depth
("*.log"), "**" matches any number of directories ("logs/**/*.gz"), and an
excluded directory is not entered. A path named on the command line is
always scanned.

Files are scanned in parallel, one per core, and reported in a stable order:
the arguments as given, each directory in lexical order.

  .json           JSON documents: findings carry record_path and pointer
  .ndjson .jsonl  one JSON record a line, the same
  .csv .tsv       cell by cell, the header row naming the fields: findings
                  carry row, csv_column (both 1-based) and header
  anything else   text, streamed in bounded memory

A file that is not what its name says is scanned as text. --encoding auto
recognises UTF-8, UTF-8 and UTF-16 with a byte order mark, and EUC-KR/CP949
(UTF-16 without a byte order mark needs --encoding utf-16); offsets and
columns count the file's own bytes.

Findings on a line that contains kpii:allow — in a comment, anywhere on the
line — are not reported. --allow-file lists values (any spelling) and re:
patterns never to report, one a line, # starting a comment.

Formats:
  text   path:line:column: KIND confidence preview (column in bytes), grouped
         under a heading per file on a terminal, in colour unless NO_COLOR is
         set; a summary per kind on stderr
  json   one document: {"findings": [...], "summary": {...}}
  jsonl  one finding a line: path, kind, start and end (byte offsets in the
         file), line, column (bytes, 1-based), confidence, reasons, and for
         records record_path, pointer, row, csv_column, header
  sarif  SARIF 2.1.0 for GitHub code scanning: a rule per kind; level error,
         warning or note for high, medium and low confidence; columns in
         UTF-16 code units

No output holds a found value unless --show-values is given (text then
prints it, json and jsonl add "value"; sarif never does). Messages about
unreadable files name the path and the reason, never content.

Exit status:
  0  nothing found at or above --min-confidence
  1  findings
  2  a usage error, or an input that could not be read: it is reported on
     stderr and counted, the scan goes on and reports everything else, and
     the status says the scan is incomplete even when it found something

Flags:
`

func runScan(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kpii scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, json, jsonl or sarif")
	var df detectorFlags
	df.register(fs, "report")
	var wopt walkOptions
	fs.Var(&wopt.include, "include", "scan only the files a walk finds that match this `glob` (repeatable)")
	fs.Var(&wopt.exclude, "exclude", "skip the files and directories a walk finds that match this `glob` (repeatable)")
	showValues := fs.Bool("show-values", false, "print the values found (text) or add them as \"value\" (json, jsonl)")
	color := fs.String("color", "auto", "colour in the text format: auto (on a terminal, unless NO_COLOR is set), always or never")
	fs.Usage = func() {
		fmt.Fprint(stderr, scanUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "kpii scan: "+format+"\n", a...)
		return exitError
	}
	switch *format {
	case "text", "json", "jsonl", "sarif":
	default:
		return fail("unknown format %q (want text, json, jsonl or sarif)", *format)
	}
	useColor := false
	switch *color {
	case "always":
		useColor = true
	case "never":
	case "auto":
		useColor = isTerminal(stdout) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
	default:
		return fail("--color: want auto, always or never, not %q", *color)
	}
	d, enc, err := df.build()
	if err != nil {
		return fail("%v", err)
	}

	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	showProgress := isTerminal(stderr) && !inCI()
	wopt.sizes = showProgress
	inputs := collect(paths, wopt)

	rep := newReporter(*format, reportOptions{
		showValues: *showValues,
		color:      useColor,
		heading:    isTerminal(stdout),
		kinds:      d.Kinds(),
	})
	var read atomic.Int64
	sc := &scanner{d: d, enc: enc, stdin: stdin, read: &read}

	var prog *progress
	if showProgress {
		var total int64
		for _, in := range inputs {
			total += max(in.size, 0)
		}
		if total > progressThreshold {
			prog = startProgress(stderr, total, len(inputs), &read)
		}
	}

	out := bufio.NewWriterSize(stdout, 64<<10)
	sum := newSummary()
	if err := rep.begin(out); err != nil {
		prog.finish()
		return fail("writing output: %v", err)
	}
	var writeErr error
	done := make(chan struct{})
	stop := func(err error) {
		if writeErr == nil {
			writeErr = err
			close(done) // stop feeding the workers
		}
	}
	emitChunk := func(chunk []byte, newFile bool) {
		if writeErr != nil || len(chunk) == 0 {
			return
		}
		if err := rep.write(out, chunk, newFile); err != nil {
			stop(err)
			return
		}
		if prog != nil {
			resume := prog.pause()
			if err := out.Flush(); err != nil {
				stop(err)
			}
			resume()
		}
	}
	emitDone := func(r *fileResult) {
		sum.add(r)
		if r.err != nil && writeErr == nil {
			resume := prog.pause()
			out.Flush()
			fmt.Fprintf(stderr, "kpii scan: %s: %s\n", displayPath(r.path), describeErr(r.err))
			resume()
		}
	}
	scanAll(sc, rep, inputs, prog, done, emitChunk, emitDone)
	prog.finish()

	if writeErr == nil {
		writeErr = rep.end(out, sum)
	}
	if writeErr == nil {
		writeErr = out.Flush()
	}
	if writeErr != nil {
		return fail("writing output: %v", writeErr)
	}
	if *format == "text" {
		sum.writeText(stderr)
	}
	switch {
	case len(sum.Unreadable) > 0:
		return exitError
	case sum.Findings > 0:
		return exitFindings
	}
	return exitClean
}

// lookahead is how many inputs may be scanned, or wait to be written, ahead
// of the one being written: it bounds the reports held in memory.
const lookahead = 1024

// fileOut carries one input's report from its worker to the emitter, chunk
// by chunk, so that the input being written streams and the ones after it
// wait in memory.
type fileOut struct {
	mu     sync.Mutex
	chunks [][]byte
	res    *fileResult // set when the input is done
	wake   chan struct{}
}

func newFileOut() *fileOut { return &fileOut{wake: make(chan struct{}, 1)} }

func (o *fileOut) notify() {
	select {
	case o.wake <- struct{}{}:
	default: // a wake-up is pending already
	}
}

func (o *fileOut) send(chunk []byte) {
	o.mu.Lock()
	o.chunks = append(o.chunks, chunk)
	o.mu.Unlock()
	o.notify()
}

func (o *fileOut) finish(r *fileResult) {
	o.mu.Lock()
	o.res = r
	o.mu.Unlock()
	o.notify()
}

// scanAll scans the inputs on runtime.GOMAXPROCS(0) workers that share one
// Detector and hands their reports to emitChunk and emitDone in input order,
// whatever order the workers finish in. Closing done stops the feeding of new
// inputs.
func scanAll(sc *scanner, rep reporter, inputs []input, prog *progress, done <-chan struct{},
	emitChunk func(chunk []byte, newFile bool), emitDone func(*fileResult)) {
	workers := max(1, min(runtime.GOMAXPROCS(0), len(inputs)))
	type task struct {
		input
		out *fileOut
	}
	tasks := make(chan task)
	ordered := make(chan *fileOut, lookahead)
	go func() {
		defer close(tasks)
		defer close(ordered)
		for _, in := range inputs {
			o := newFileOut()
			select {
			case ordered <- o:
			case <-done:
				return
			}
			select {
			case tasks <- task{in, o}:
			case <-done:
				o.finish(&fileResult{index: in.index, path: in.path, err: errors.New("not scanned: output failed")})
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ws := newWorkspace()
			for t := range tasks {
				var r fileResult
				if t.err != nil {
					r = fileResult{index: t.index, path: t.path, err: t.err}
				} else {
					r = sc.scan(ws, t.job, rep, t.out.send)
				}
				if prog != nil {
					prog.done.Add(1)
				}
				t.out.finish(&r)
			}
		}()
	}
	for o := range ordered {
		first := true
		for {
			o.mu.Lock()
			chunks, res := o.chunks, o.res
			o.chunks = nil
			o.mu.Unlock()
			for _, c := range chunks {
				emitChunk(c, first)
				first = false
			}
			if res != nil {
				emitDone(res)
				break
			}
			<-o.wake
		}
	}
	wg.Wait()
}
