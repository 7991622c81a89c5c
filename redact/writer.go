package redact

import (
	"bytes"
	"errors"
	"io"
	"sync"
)

// DefaultMaxLineLen is the longest line NewWriter holds whole before it
// redacts the line in pieces.
const DefaultMaxLineLen = 64 << 10

// ErrClosed is returned by a Write to a Writer after Close.
var ErrClosed = errors.New("redact: write after Close")

// A WriterOption configures NewWriter.
type WriterOption func(*writerConfig)

type writerConfig struct{ maxLine int }

// MaxLineLen sets the longest partial line the writer holds while it waits
// for the line's newline (default DefaultMaxLineLen, at least 4 KiB). A
// longer line is redacted and written in pieces, each cut where no finding
// straddles it; the writer's memory stays bounded by this size.
func MaxLineLen(n int) WriterOption { return func(c *writerConfig) { c.maxLine = n } }

// NewWriter returns a writer that redacts what is written to it with r and
// writes the result to w: the sink for log.SetOutput, a zap or zerolog
// writer, a file.
//
// It works a line at a time. The complete lines of each Write are redacted
// and written to w at once, in one call to w.Write; a partial line waits for
// its newline or for Close. A line longer than MaxLineLen is written in
// pieces, never cutting through a finding (the unwritten tail of a long line
// is held back and scanned together with what follows). Nothing is dropped
// or written twice.
//
// Write returns len(p) and a nil error when the complete lines of p, if
// any, have been written to w. When w fails, Write returns 0 and w's error,
// and every later Write and Close returns that error too: part of the
// failed Write may have reached w, so retrying could write it twice. The
// writer is safe for concurrent use; each Write is handled whole before the
// next one starts, so the lines of concurrent Writes never mix.
//
// Close writes the held partial line, redacted, and makes later Writes fail
// with ErrClosed. It does not close w. A nil r means New(nil).
func NewWriter(w io.Writer, r *Redactor, opts ...WriterOption) io.WriteCloser {
	c := writerConfig{maxLine: DefaultMaxLineLen}
	for _, o := range opts {
		o(&c)
	}
	if c.maxLine < 4*holdBack {
		c.maxLine = 4 * holdBack
	}
	if r == nil {
		r = New(nil)
	}
	return &writer{w: w, r: r, maxLine: c.maxLine}
}

type writer struct {
	mu      sync.Mutex
	w       io.Writer
	r       *Redactor
	maxLine int
	// pend holds the current partial line: pend[:ctx] was written already
	// (context for the rest of the line after a cut), pend[ctx:] was not.
	pend   []byte
	ctx    int
	out    []byte
	err    error
	closed bool
}

func (w *writer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return 0, w.err
	}
	if w.closed {
		return 0, ErrClosed
	}
	w.out = w.out[:0]
	rest := p
	// 1. A held line that ends in p is redacted whole, with its context.
	if len(w.pend) > 0 {
		if nl := bytes.IndexByte(rest, '\n'); nl >= 0 {
			w.pend = append(w.pend, rest[:nl+1]...)
			w.out = w.r.appendRange(w.out, w.pend, w.ctx, len(w.pend), w.r.d.FindBytes(w.pend))
			w.pend, w.ctx = w.pend[:0], 0
			rest = rest[nl+1:]
		}
	}
	// 2. The complete lines of p, when no line is held.
	if len(w.pend) == 0 {
		last := bytes.LastIndexByte(rest, '\n')
		if lines := rest[:last+1]; len(lines) > 0 {
			if fs := w.r.d.FindBytes(lines); len(fs) > 0 || len(w.out) > 0 {
				w.out = w.r.appendRange(w.out, lines, 0, len(lines), fs)
			} else if err := w.emit(lines); err != nil {
				return 0, err // clean lines go to w as they are, without a copy
			}
		}
		rest = rest[last+1:]
	}
	// 3. The partial line is held; an over-long one is cut as it grows, so
	// memory stays bounded however large p is.
	for len(rest) > 0 {
		n := min(len(rest), w.maxLine)
		w.pend = append(w.pend, rest[:n]...)
		rest = rest[n:]
		for len(w.pend)-w.ctx >= w.maxLine {
			w.cut()
		}
		if len(w.out) >= w.maxLine {
			if err := w.emit(w.out); err != nil {
				return 0, err
			}
			w.out = w.out[:0]
		}
	}
	if len(w.out) > 0 {
		if err := w.emit(w.out); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// cut moves the redacted head of an over-long partial line to w.out.
func (w *writer) cut() {
	fs := w.r.d.FindBytes(w.pend)
	c := cutPoint(w.pend, w.ctx, fs)
	if c <= w.ctx {
		c = len(w.pend) // no safe cut: a finding fills the window; write it all
	}
	w.out = w.r.appendRange(w.out, w.pend, w.ctx, c, fs)
	keep := contextTail(w.pend, 0, c)
	n := copy(w.pend, w.pend[c-keep:])
	w.pend, w.ctx = w.pend[:n], keep
}

func (w *writer) emit(b []byte) error {
	n, err := w.w.Write(b)
	if err == nil && n < len(b) {
		err = io.ErrShortWrite
	}
	if err != nil {
		w.err = err
	}
	return err
}

func (w *writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return w.err
	}
	if w.closed {
		return nil
	}
	w.closed = true
	if len(w.pend) > w.ctx {
		w.out = w.r.appendRange(w.out[:0], w.pend, w.ctx, len(w.pend), w.r.d.FindBytes(w.pend))
		w.pend, w.ctx = w.pend[:0], 0
		return w.emit(w.out)
	}
	w.pend, w.ctx = nil, 0
	return nil
}
