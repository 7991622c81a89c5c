package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/redact"
	"golang.org/x/text/encoding"
	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
)

const redactUsage = `Usage: kpii redact [flags] [PATH...|-]

Writes each input with its personal information masked to stdout (stdin
when no PATH or "-"), streaming: memory stays bounded whatever the input
size. With -w each PATH is rewritten in place instead.

Policies:
  korean    Korean partial masks (default): 960121-1******, 010-****-5678,
            ho**@naver.com, 서울특별시 강남구 테헤란로 ***
  full      every letter and digit of a finding: ******-*******
  label     the kind's Korean name: [주민등록번호], [전화번호]
  label-en  the kind's name: [RRN], [PHONE]
  token     keyed pseudonyms, PHONE_lrsqcwne (HMAC-SHA-256); the key, at
            least 16 bytes, comes from the environment variable named by
            --token-key-env, never from the command line

Encodings: the output is written in the input's encoding. --encoding auto
(the default) recognises UTF-8, UTF-8 and UTF-16 with a byte order mark,
and EUC-KR/CP949, deciding for each input from its first 64 KiB. UTF-8 input is
copied byte for byte outside the masked values. EUC-KR and UTF-16 input is
decoded, redacted and encoded again, its byte order mark kept; an invalid
byte sequence in it, which cannot be encoded again, becomes '?'.

Exit status: 0 when every input was redacted and written, whether or not
anything needed masking; 2 on a usage or I/O error (the message names the
path). Messages never contain a found value.

Flags:
`

// renameFile is os.Rename; tests replace it to fail the last step of -w.
var renameFile = os.Rename

func runRedact(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kpii redact", flag.ContinueOnError)
	fs.SetOutput(stderr)
	policy := fs.String("policy", "korean", "masking policy: korean, full, label, label-en or token")
	keyEnv := fs.String("token-key-env", "", "name of the environment variable holding the key for --policy token")
	var df detectorFlags
	df.register(fs, "redact")
	inPlace := fs.Bool("w", false, "rewrite each PATH in place (temporary file, fsync, rename; permissions kept)")
	fs.Usage = func() {
		fmt.Fprint(stderr, redactUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "kpii redact: "+format+"\n", a...)
		return exitError
	}

	d, enc, err := df.build()
	if err != nil {
		return fail("%v", err)
	}
	pol, err := cliPolicy(*policy, *keyEnv)
	if err != nil {
		return fail("%v", err)
	}
	sr := streamRedactor{r: redact.New(d, redact.WithPolicy(pol)), enc: enc}

	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	status := exitClean
	if *inPlace {
		for _, p := range paths {
			if p == "-" {
				return fail("-w needs file paths, not stdin")
			}
		}
		for _, p := range paths {
			if err := rewriteFile(p, sr); err != nil {
				fmt.Fprintf(stderr, "kpii redact: %s: %v\n", p, err)
				status = exitError
			}
		}
		return status
	}

	out := bufio.NewWriterSize(stdout, 64<<10)
	for _, p := range paths {
		if err := redactPath(p, stdin, out, sr); err != nil {
			out.Flush()
			var we *writeError
			if errors.As(err, &we) {
				return fail("writing output: %v", we.err)
			}
			fmt.Fprintf(stderr, "kpii redact: %s: %v\n", displayPath(p), err)
			status = exitError
		}
	}
	if err := out.Flush(); err != nil {
		return fail("writing output: %v", err)
	}
	return status
}

// streamRedactor redacts streams in their own encoding.
type streamRedactor struct {
	r   *redact.Redactor
	enc detector.Encoding // as asked: auto, utf-8, euc-kr, …
}

// copy writes src to dst with its personal information masked, through
// redact.NewWriter (line-aware, bounded memory). UTF-8 goes through as
// bytes; EUC-KR and UTF-16 are decoded, redacted and encoded again. When
// sum is set it reports whether anything was masked, by comparing digests
// of the text before and after redaction.
func (s streamRedactor) copy(dst io.Writer, src io.Reader, sum bool) (changed bool, err error) {
	br := bufio.NewReaderSize(src, sniffSize)
	head, perr := br.Peek(sniffSize)
	if perr != nil && perr != io.EOF && perr != bufio.ErrBufferFull {
		return false, perr
	}
	enc, bom := resolveEncoding(s.enc, head, perr != nil)

	var inSum, outSum hash.Hash
	in := io.Reader(br)
	out := dst
	var encw io.WriteCloser
	if te := textEncoding(enc); te != nil {
		if bom > 0 {
			if _, err := io.CopyN(dst, br, int64(bom)); err != nil {
				return false, err
			}
		}
		in = transform.NewReader(br, te.NewDecoder())
		// An invalid sequence decodes to U+FFFD, which EUC-KR cannot encode:
		// it is written back as '?'.
		encw = transform.NewWriter(dst, transform.Chain(runes.Map(invalidToQuestionMark),
			encoding.ReplaceUnsupported(te.NewEncoder())))
		out = encw
	}
	if sum {
		inSum, outSum = sha256.New(), sha256.New()
		in = io.TeeReader(in, inSum)
		out = io.MultiWriter(out, outSum)
	}
	w := redact.NewWriter(out, s.r)
	_, err = io.Copy(w, in)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if encw != nil {
		if cerr := encw.Close(); err == nil {
			err = cerr
		}
	}
	if sum {
		changed = !sameSum(inSum, outSum)
	}
	return changed, err
}

func invalidToQuestionMark(r rune) rune {
	if r == utf8.RuneError {
		return '?'
	}
	return r
}

// redactPath streams one input, redacted, to out.
func redactPath(path string, stdin io.Reader, out io.Writer, s streamRedactor) error {
	in := stdin
	if path != "-" {
		f, err := openRegular(path)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	ew := &errWriter{w: out}
	_, err := s.copy(ew, in, false)
	if ew.err != nil {
		return &writeError{ew.err}
	}
	return stripPath(err)
}

// cliPolicy returns the policy a --policy name stands for.
func cliPolicy(name, keyEnv string) (redact.Policy, error) {
	switch name {
	case "korean":
		return redact.KoreanPolicy(), nil
	case "full":
		return redact.MaskAll(redact.FullMask()), nil
	case "label":
		return redact.MaskAll(redact.LabelMask(language.Korean)), nil
	case "label-en":
		return redact.MaskAll(redact.LabelMask(language.English)), nil
	case "token":
		if keyEnv == "" {
			return redact.Policy{}, errors.New("--policy token needs --token-key-env NAME (the key is read from that environment variable)")
		}
		key := os.Getenv(keyEnv)
		if key == "" {
			return redact.Policy{}, fmt.Errorf("--token-key-env: environment variable %s is unset or empty", keyEnv)
		}
		m, err := redact.TokenMask([]byte(key))
		if err != nil {
			return redact.Policy{}, fmt.Errorf("--token-key-env %s: %v", keyEnv, err)
		}
		return redact.MaskAll(m), nil
	}
	return redact.Policy{}, fmt.Errorf("unknown policy %q (want korean, full, label, label-en or token)", name)
}

// writeError marks a failure to write the output, as opposed to reading an
// input: it ends the run.
type writeError struct{ err error }

func (e *writeError) Error() string { return e.err.Error() }

// errWriter remembers the first error of the writer it wraps, so that a
// failed write to stdout is told apart from a failed read.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	if err != nil && e.err == nil {
		e.err = err
	}
	return n, err
}

// openRegular opens a file for reading, refusing directories; the error
// does not repeat the path (the caller names it).
func openRegular(path string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, stripPath(err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, stripPath(err)
	}
	if st.IsDir() {
		f.Close()
		return nil, errors.New("is a directory")
	}
	return f, nil
}

func stripPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// rewriteFile redacts a file in place, safely: the result goes to a
// temporary file in the same directory, which is synced, given the
// original's permission bits and renamed over the original. On any error
// the temporary file is removed and the original is untouched. A file with
// nothing to redact is left as it was, modification time included. A
// symbolic link is followed: its target is rewritten.
func rewriteFile(path string, s streamRedactor) (err error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return stripPath(err)
	}
	in, err := openRegular(real)
	if err != nil {
		return err
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return stripPath(err)
	}
	if !st.Mode().IsRegular() {
		return errors.New("not a regular file")
	}
	tmp, err := os.CreateTemp(filepath.Dir(real), "."+filepath.Base(real)+".kpii-*")
	if err != nil {
		return fmt.Errorf("creating a temporary file: %v", stripPath(err))
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()

	ew := &errWriter{w: tmp}
	bw := bufio.NewWriterSize(ew, 64<<10)
	changed, err := s.copy(bw, in, true)
	if err == nil {
		err = bw.Flush()
	}
	if ew.err != nil {
		return fmt.Errorf("writing the temporary file: %v", stripPath(ew.err))
	}
	if err != nil {
		return stripPath(err)
	}
	if !changed {
		return nil // nothing to redact: leave the file alone
	}
	if err := tmp.Chmod(st.Mode().Perm()); err != nil {
		return fmt.Errorf("setting permissions: %v", stripPath(err))
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("syncing the temporary file: %v", stripPath(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("closing the temporary file: %v", stripPath(err))
	}
	if err := renameFile(tmp.Name(), real); err != nil {
		return fmt.Errorf("replacing the file: %v", stripPath(err))
	}
	done = true
	if d, err := os.Open(filepath.Dir(real)); err == nil {
		d.Sync() // make the rename durable; best effort
		d.Close()
	}
	return nil
}

func sameSum(a, b hash.Hash) bool {
	return bytes.Equal(a.Sum(nil), b.Sum(nil))
}
