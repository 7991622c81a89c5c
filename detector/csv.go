package detector

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// CSVFinding is a finding in one cell of a CSV (or TSV) file. The embedded
// Finding's Start and End are byte offsets into the cell's value — the field
// as encoding/csv returns it, quotes removed and doubled quotes undone, in
// UTF-8 — not into the file; Path and Pointer are empty.
type CSVFinding struct {
	Finding
	// Row is the 1-based number of the record in the input; when the input
	// has a header row, it is record 1 and the first data row is 2, as a
	// spreadsheet numbers them.
	Row int
	// Column is the 0-based index of the cell in its record.
	Column int
	// Header is the column's name from the header row; empty without one
	// (and for a finding in the header row itself).
	Header string
	// Line is the 1-based line of the input on which the cell starts; it
	// differs from Row when quoted cells hold line breaks.
	Line int
}

// CSVOption configures FindCSV and ScanCSV.
type CSVOption func(*csvConfig)

type csvConfig struct {
	comma      rune
	header     bool
	lazyQuotes bool
	enc        Encoding
}

// CSVComma sets the field delimiter: ',' (the default), '\t' for TSV, ';'
// as European spreadsheets write it, or any other rune encoding/csv accepts.
func CSVComma(r rune) CSVOption { return func(c *csvConfig) { c.comma = r } }

// CSVHeader says whether the first record is a header row (the default:
// true). Header names act as field names for the cells under them, through
// FindField's rules: a bare value under "휴대폰", "phone" or "jumin_no" is
// found at higher confidence.
func CSVHeader(has bool) CSVOption { return func(c *csvConfig) { c.header = has } }

// CSVLazyQuotes accepts a quote in an unquoted field and a lone quote in a
// quoted field, as encoding/csv's LazyQuotes does; exports by hand-written
// tools often need it.
func CSVLazyQuotes() CSVOption { return func(c *csvConfig) { c.lazyQuotes = true } }

// CSVEncoding sets the input's encoding (default EncodingUTF8; a byte order
// mark is skipped in any case). Korean spreadsheets often export CP949:
// pass EncodingEUCKR, or EncodingAuto to detect it from the first 64 KiB.
// Offsets stay offsets into the decoded (UTF-8) cell value.
func CSVEncoding(enc Encoding) CSVOption { return func(c *csvConfig) { c.enc = enc } }

// FindCSV returns the personal information in a CSV file, cell by cell.
// With a header row (the default) each column's name is the field name of
// its cells, as for FindField; numbers that lost their leading zero in a
// spreadsheet (1012345678 under "휴대폰") are found as FindJSON finds them.
// Quoted cells may hold delimiters and line breaks. Records may have
// different numbers of fields. Cells of the header row are scanned too,
// without field context.
//
// A malformed file returns nil findings and an error that names the line and
// column, never the content ("kpii: invalid CSV: parse error on line 3,
// column 5: …"). Memory is bounded by the longest record; use ScanCSV to
// handle findings as they are found.
func (d *Detector) FindCSV(r io.Reader, opts ...CSVOption) ([]CSVFinding, error) {
	var out []CSVFinding
	err := d.ScanCSV(r, func(f CSVFinding) error {
		out = append(out, f)
		return nil
	}, opts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ScanCSV is FindCSV calling fn with each finding as it is found, in
// record and column order. An error from fn stops the scan and is returned
// as is, as Scan does.
func (d *Detector) ScanCSV(r io.Reader, fn func(CSVFinding) error, opts ...CSVOption) error {
	cfg := csvConfig{comma: ',', header: true, enc: EncodingUTF8}
	for _, o := range opts {
		o(&cfg)
	}
	if r == nil || fn == nil {
		return errors.New("kpii: csv: nil reader or callback")
	}
	if cfg.comma == '"' || cfg.comma == '\r' || cfg.comma == '\n' || !utf8.ValidRune(cfg.comma) || cfg.comma == utf8.RuneError {
		return errors.New("kpii: csv: invalid delimiter")
	}
	in, err := decodedReader(r, cfg.enc)
	if err != nil {
		return err
	}
	cr := csv.NewReader(in)
	cr.Comma = cfg.comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = cfg.lazyQuotes
	cr.ReuseRecord = true

	var headers []string
	var masks []kindMask
	for row := 1; ; row++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return fmt.Errorf("kpii: invalid CSV: %w", err)
			}
			return fmt.Errorf("kpii: reading CSV: %w", err)
		}
		header := cfg.header && row == 1
		if header {
			headers = make([]string, len(rec))
			masks = make([]kindMask, len(rec))
			for i, h := range rec {
				headers[i] = h
				masks[i] = d.maskOf(h)
			}
		}
		for col, cell := range rec {
			if cell == "" {
				continue
			}
			var sc scanContext
			name := ""
			if !header && col < len(headers) {
				name = headers[col]
				sc = scanContext{field: masks[col], fieldName: name}
			}
			fs := d.findNumber(stringBytes(cell), sc)
			if len(fs) == 0 {
				continue
			}
			line, _ := cr.FieldPos(col)
			for _, f := range fs {
				if err := fn(CSVFinding{Finding: f, Row: row, Column: col, Header: name, Line: line}); err != nil {
					return err
				}
			}
		}
	}
}

// decodedReader returns r decoded to UTF-8 from enc, without a byte order
// mark.
func decodedReader(r io.Reader, enc Encoding) (io.Reader, error) {
	want := 3
	if enc == EncodingAuto || enc == EncodingUTF16 {
		want = sniffSize
	}
	br := bufio.NewReaderSize(r, max(want, 4096))
	head, err := br.Peek(want)
	complete := err != nil
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, fmt.Errorf("kpii: reading CSV: %w", err)
	}
	enc, bom, err := resolveEncoding(enc, head, complete)
	if err != nil {
		return nil, err
	}
	if _, err := br.Discard(bom); err != nil {
		return nil, fmt.Errorf("kpii: reading CSV: %w", err)
	}
	if enc == EncodingUTF8 {
		return br, nil
	}
	return transform.NewReader(br, newTextDecoder(enc).t), nil
}
