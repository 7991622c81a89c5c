package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"golang.org/x/text/transform"
)

// finding is one finding, located in its file, ready to report.
type finding struct {
	Kind       patterns.Kind
	Confidence detector.Confidence
	Reasons    []detector.Reason
	Start, End int64 // byte offsets in the file as it is written (its own encoding)
	Pos, EndAt position
	// Value is the finding's text in UTF-8. It is printed only with
	// --show-values; otherwise it serves the masked preview.
	Value string
	// RecordPath and Pointer locate a finding in a JSON record.
	RecordPath, Pointer string
	// CSV: Row is the 1-based record number (the header row is 1), Field the
	// 0-based index of the cell, Header its column's name.
	CSV    bool
	Row    int
	Field  int
	Header string
}

// job is one input to scan.
type job struct {
	index  int
	path   string // as shown in reports; "-" for stdin
	stdin  bool
	walked bool // found by walking a directory (binary files are skipped)
}

// fileResult is what scanning one input gave; its findings went to the
// reporter as they were released.
type fileResult struct {
	index    int
	path     string
	findings int
	byKind   map[patterns.Kind]int
	byConf   [detector.High + 1]int
	allowed  int   // findings suppressed by kpii:allow
	err      error // the input could not be read (fully)
	skipped  bool  // binary
	enc      detector.Encoding
	bytes    int64
}

// collector takes a file's findings in file order and holds each until its
// line is complete — a kpii:allow marker may follow a finding on its line —
// then drops the allowed ones, counts the rest and sends them, rendered, to
// the emitter. So a file with a million findings is reported as it is
// scanned, in bounded memory.
type collector struct {
	res      *fileResult
	rep      reporter
	send     func([]byte)
	t        *tracker
	pending  []finding
	kept     []finding
	first    bool
	ws       *workspace
	released int64 // every finding before this offset has been released
	from     int64 // findings before this offset are dropped (a rescan)
}

// releaseEvery is how many findings wait before the complete lines among
// them are released.
const releaseEvery = 256

func (c *collector) add(f finding) {
	if f.Start < c.from {
		return
	}
	c.pending = append(c.pending, f)
	if len(c.pending) >= releaseEvery {
		c.release(false)
	}
}

// release sends the findings on the lines the tracker has passed (their
// markers are known), or all of them after t.finish.
func (c *collector) release(all bool) {
	n := len(c.pending)
	if !all {
		n = 0
		for n < len(c.pending) && c.pending[n].Pos.Line < c.t.cur.line {
			n++
		}
		c.released = max(c.released, c.t.cur.lineStart)
	}
	if n == 0 {
		return
	}
	c.kept = c.kept[:0]
	for _, f := range c.pending[:n] {
		if c.t.allowed(f.Pos.Line) {
			c.res.allowed++
			continue
		}
		c.kept = append(c.kept, f)
		c.res.findings++
		c.res.byKind[f.Kind]++
		c.res.byConf[f.Confidence]++
	}
	if len(c.kept) > 0 {
		c.send(c.rep.render(&batch{path: c.res.path, enc: c.res.enc, findings: c.kept, first: c.first}))
		c.first = false
	}
	k := copy(c.pending, c.pending[n:])
	clear(c.pending[k:])
	c.pending = c.pending[:k]
}

// fileMode is how a file is read.
type fileMode uint8

const (
	modeText fileMode = iota
	modeJSON
	modeNDJSON
	modeCSV
	modeTSV
)

func modeOf(path string) fileMode {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return modeJSON
	case ".ndjson", ".jsonl":
		return modeNDJSON
	case ".csv":
		return modeCSV
	case ".tsv":
		return modeTSV
	}
	return modeText
}

// maxJSONDocument is the largest .json file read whole and scanned as JSON;
// a larger one is streamed as text.
const maxJSONDocument = 256 << 20

// workspace holds one worker's buffers, reused from file to file: a scan of
// many files then allocates per finding, not per file.
type workspace struct {
	br  *bufio.Reader
	buf []byte // the tracker's
}

func newWorkspace() *workspace {
	return &workspace{br: bufio.NewReaderSize(nil, sniffSize), buf: make([]byte, 0, 2*trackerKeep+256<<10)}
}

// tracker returns a streaming tracker on the workspace's buffer.
func (ws *workspace) tracker(enc detector.Encoding, bom int, chars bool) *tracker {
	t := newTracker(enc, bom, trackerKeep, chars)
	t.buf = ws.buf[:0]
	return t
}

// scanner scans inputs with one shared, immutable Detector.
type scanner struct {
	d     *detector.Detector
	enc   detector.Encoding // as the user asked: auto, utf-8, …
	stdin io.Reader
	read  *atomic.Int64 // bytes read, for the progress display
}

// countReader counts the bytes read and remembers a read error, so that an
// I/O error is told apart from a parse error after a library wrapped it.
type countReader struct {
	r     io.Reader
	n     *atomic.Int64
	total int64
	err   error
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.total += int64(n)
	if c.n != nil {
		c.n.Add(int64(n))
	}
	if err != nil && err != io.EOF && c.err == nil {
		c.err = err
	}
	return n, err
}

// describeErr says what went wrong without repeating the path (the report
// names it) and without anything read from the file.
func describeErr(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		if pe.Op == "open" || pe.Op == "stat" || pe.Op == "lstat" {
			return pe.Err.Error()
		}
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}

func (s *scanner) open(j job) (io.ReadCloser, int64, error) {
	if j.stdin {
		return io.NopCloser(s.stdin), -1, nil
	}
	f, err := os.Open(j.path)
	if err != nil {
		return nil, 0, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	if st.IsDir() {
		f.Close()
		return nil, 0, errors.New("is a directory")
	}
	size := int64(-1)
	if st.Mode().IsRegular() {
		size = st.Size()
	}
	return f, size, nil
}

// scan scans one input and sends its report, in chunks, with send. It
// never panics on bad input; an input it cannot read is reported in the
// result's err, after what was found before the error.
func (s *scanner) scan(ws *workspace, j job, rep reporter, send func([]byte)) (res fileResult) {
	res = fileResult{index: j.index, path: j.path, byKind: map[patterns.Kind]int{}}
	rc, size, err := s.open(j)
	if err != nil {
		res.err = err
		return res
	}
	defer rc.Close()
	cr := &countReader{r: rc, n: s.read}
	br := ws.br
	br.Reset(cr)
	defer br.Reset(nil)
	head, err := br.Peek(sniffSize)
	complete := err != nil
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		res.err = err
		return res
	}
	if j.walked && isBinary(head, s.enc) {
		res.skipped = true
		return res
	}
	enc, bom := resolveEncoding(s.enc, head, complete)
	res.enc = enc

	mode := modeText
	if !j.stdin {
		mode = modeOf(j.path)
	}
	if (mode == modeJSON || mode == modeNDJSON) && enc != detector.EncodingUTF8 {
		mode = modeText // JSON is UTF-8; UTF-16 JSON from PowerShell is scanned as text
	}
	if mode == modeJSON && size > maxJSONDocument {
		mode = modeText
	}

	c := &collector{res: &res, rep: rep, send: send, first: true, ws: ws}
	switch mode {
	case modeJSON:
		var data []byte
		data, err = io.ReadAll(br)
		if err == nil {
			err = s.scanJSON(c, data, bom)
			if errors.Is(err, errNotRecords) {
				err = s.scanText(c, bytes.NewReader(data), enc, bom)
			}
		}
	case modeNDJSON:
		err = s.scanNDJSON(c, br, bom)
	case modeCSV, modeTSV:
		comma := byte(',')
		if mode == modeTSV {
			comma = '\t'
		}
		err = s.scanCSV(c, br, enc, bom, comma)
		if cr.err == nil && errors.Is(err, errNotRecords) {
			// Scan it again as text, from the first line not reported yet.
			c.pending = c.pending[:0]
			c.from = c.released
			err = s.rescanText(c, j, enc, bom)
		}
	default:
		err = s.scanText(c, br, enc, bom)
	}
	res.bytes = cr.total
	if cr.err != nil {
		err = cr.err // an I/O error, whatever a library made of it
	}
	res.err = err
	if c.t != nil {
		c.t.finish()
		c.release(true)
		if c.t.keep > 0 {
			ws.buf = c.t.buf[:0] // the buffer, grown perhaps, serves the next file
		}
	}
	return res
}

// rescanText scans a file again from its start as text, after it turned out
// not to be the records its name promised.
func (s *scanner) rescanText(c *collector, j job, enc detector.Encoding, bom int) error {
	rc, _, err := s.open(j)
	if err != nil {
		return err
	}
	defer rc.Close()
	return s.scanText(c, bufio.NewReaderSize(rc, 64<<10), enc, bom)
}

// errNotRecords says that a .json or .csv file could not be read as such; it
// is then scanned as text.
var errNotRecords = errors.New("not records")

// locate turns a finding's offsets into positions and slices its value.
func locate(t *tracker, f detector.Finding, base int64, enc detector.Encoding) (finding, error) {
	start, end := base+int64(f.Start), base+int64(f.End)
	p1, err := t.pos(start)
	if err != nil {
		return finding{}, err
	}
	saved := t.cur
	p2, err := t.pos(end)
	if err != nil {
		return finding{}, err
	}
	v, _ := t.slice(start, end)
	t.cur = saved // findings may overlap in records: the next one starts no earlier
	return finding{Kind: f.Kind, Confidence: f.Confidence, Reasons: f.Reasons, Start: start, End: end,
		Pos: p1, EndAt: p2, Value: decodeValue(v, enc), RecordPath: f.Path, Pointer: f.Pointer}, nil
}

// scanText streams r through the detector (ScanEncoded: bounded memory,
// offsets in the original bytes).
func (s *scanner) scanText(c *collector, r io.Reader, enc detector.Encoding, bom int) error {
	t := c.ws.tracker(enc, bom, false)
	c.t = t
	_, err := s.d.ScanEncoded(io.TeeReader(r, t), enc, func(f detector.Finding) error {
		lf, err := locate(t, f, 0, enc)
		if err != nil {
			return err
		}
		c.add(lf)
		return nil
	})
	return err
}

// scanJSON scans a whole JSON document (or several) with FindJSON.
func (s *scanner) scanJSON(c *collector, data []byte, bom int) error {
	fs, err := s.d.FindJSON(data)
	if err != nil {
		return errNotRecords
	}
	sort.SliceStable(fs, func(i, k int) bool {
		if fs[i].Start != fs[k].Start {
			return fs[i].Start < fs[k].Start
		}
		return fs[i].End < fs[k].End
	})
	t := newTracker(detector.EncodingUTF8, bom, 0, false)
	t.adopt(data)
	c.t = t
	for _, f := range fs {
		lf, err := locate(t, f, 0, detector.EncodingUTF8)
		if err != nil {
			return err
		}
		c.add(lf)
	}
	return nil
}

// scanNDJSON scans one JSON record per line with FindJSON, in memory bounded
// by the longest line; a line that is not JSON is scanned as text.
func (s *scanner) scanNDJSON(c *collector, r io.Reader, bom int) error {
	t := c.ws.tracker(detector.EncodingUTF8, bom, false)
	c.t = t
	defer func() { t.pinOff = -1 }()
	br := bufio.NewReaderSize(r, 64<<10)
	var line []byte
	var off int64
	record := 0
	for {
		line = line[:0]
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			line = append(line, chunk...)
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if len(line) > 0 {
			t.pinOff = off
			t.Write(line)
			body := line
			if off == 0 {
				body = bytes.TrimPrefix(body, bomUTF8)
			}
			if len(bytes.TrimSpace(body)) > 0 {
				fs, jerr := s.d.FindJSON(line)
				asJSON := jerr == nil
				if !asJSON {
					fs = s.d.FindBytes(line)
				}
				for _, f := range fs {
					if asJSON {
						f.Path, f.Pointer = prefixPath(record, f.Path, f.Pointer)
					}
					lf, err := locate(t, f, off, detector.EncodingUTF8)
					if err != nil {
						return err
					}
					c.add(lf)
				}
				record++
			}
			off += int64(len(line))
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// prefixPath puts a record's index in front of a path and a pointer, as
// FindJSON writes the paths of a file holding several records.
func prefixPath(record int, path, pointer string) (string, string) {
	idx := strconv.Itoa(record)
	p := "[" + idx + "]"
	if path != "" && path[0] != '[' {
		p += "."
	}
	return p + path, "/" + idx + pointer
}

// shadowFeed gives the CSV shadow the bytes ScanCSV reads, tells it when the
// input ends, and keeps the tracker from dropping bytes the shadow's records
// still need.
type shadowFeed struct {
	r  io.Reader
	sh *csvShadow
	t  *tracker
}

func (f *shadowFeed) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	f.sh.Write(p[:n])
	if err == io.EOF {
		f.sh.close()
	}
	f.t.pinChar = f.sh.oldestChar()
	return n, err
}

// scanCSV scans a CSV or TSV file with ScanCSV, which reads it record by
// record with the header row's names as field names.
func (s *scanner) scanCSV(c *collector, r io.Reader, enc detector.Encoding, bom int, comma byte) error {
	t := c.ws.tracker(enc, bom, true)
	t.pinChar = 0
	c.t = t
	defer func() { t.pinChar = -1 }()
	orig := io.TeeReader(r, t)
	if bom > 0 {
		if _, err := io.CopyN(io.Discard, orig, int64(bom)); err != nil {
			return err
		}
	}
	var dec io.Reader = orig
	if e := textEncoding(enc); e != nil {
		dec = transform.NewReader(orig, e.NewDecoder())
	}
	sh := newCSVShadow(comma)
	// A header that itself holds personal information is never repeated in
	// a report: it is written [<KIND>], as FindJSON writes such keys.
	piiHeader := map[int]string{}
	err := s.d.ScanCSV(&shadowFeed{r: dec, sh: sh, t: t}, func(f detector.CSVFinding) error {
		if f.Row == 1 {
			piiHeader[f.Column] = "[<" + string(f.Kind) + ">]"
		} else if h, ok := piiHeader[f.Column]; ok {
			f.Header = h
		}
		rec := sh.record(f.Row)
		if rec == nil || f.Column >= len(rec.fields) {
			return errShadow
		}
		fld := rec.fields[f.Column]
		cell := fld.cell()
		if f.Start < 0 || f.Start > f.End || f.End > len(cell) {
			return errShadow
		}
		start, p1, err := t.seekChar(fld.charAt(f.Start))
		if err != nil {
			return err
		}
		saved := t.cur
		end, p2, err := t.seekChar(fld.charAt(f.End))
		if err != nil {
			return err
		}
		t.cur = saved
		c.add(finding{Kind: f.Kind, Confidence: f.Confidence, Reasons: f.Reasons,
			Start: start, End: end, Pos: p1, EndAt: p2, Value: string(cell[f.Start:f.End]),
			CSV: true, Row: f.Row, Field: f.Column, Header: f.Header})
		return nil
	}, detector.CSVComma(rune(comma)), detector.CSVEncoding(detector.EncodingUTF8))
	if err != nil {
		return fmt.Errorf("%w: %v", errNotRecords, err)
	}
	return nil
}
