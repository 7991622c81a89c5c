package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// progressThreshold is the total input size above which a scan shows its
// progress on a terminal (a variable for tests).
var progressThreshold int64 = 64 << 20

// isTerminal reports whether w is a terminal. Tests replace it.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// inCI reports whether the environment looks like a CI job, where a
// progress line would only clutter the log.
func inCI() bool {
	return os.Getenv("CI") != "" || os.Getenv("TERM") == "dumb"
}

// progress redraws one status line on stderr a few times a second. The
// emitter takes its lock to clear the line before it writes findings, so
// that the two never mix on a shared terminal.
type progress struct {
	mu      sync.Mutex
	w       io.Writer
	total   int64
	files   int
	read    *atomic.Int64
	done    atomic.Int64 // files finished
	shown   bool
	stop    chan struct{}
	stopped chan struct{}
}

func startProgress(w io.Writer, total int64, files int, read *atomic.Int64) *progress {
	p := &progress{w: w, total: total, files: files, read: read, stop: make(chan struct{}), stopped: make(chan struct{})}
	p.draw()
	go func() {
		defer close(p.stopped)
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-tick.C:
				p.draw()
			}
		}
	}()
	return p
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := p.read.Load()
	pct := 0
	if p.total > 0 {
		pct = int(min(n*100/p.total, 100))
	}
	fmt.Fprintf(p.w, "\r\x1b[2Kkpii: %d/%d files, %s of %s (%d%%)", p.done.Load(), p.files, humanBytes(n), humanBytes(p.total), pct)
	p.shown = true
}

// clear removes the status line; the caller holds p.mu.
func (p *progress) clear() {
	if p.shown {
		io.WriteString(p.w, "\r\x1b[2K")
		p.shown = false
	}
}

// pause clears the line and holds it off until the returned function runs.
func (p *progress) pause() func() {
	if p == nil {
		return func() {}
	}
	p.mu.Lock()
	p.clear()
	return p.mu.Unlock
}

func (p *progress) finish() {
	if p == nil {
		return
	}
	close(p.stop)
	<-p.stopped
	p.mu.Lock()
	p.clear()
	p.mu.Unlock()
}
