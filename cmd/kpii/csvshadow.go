package main

import "errors"

// csvShadow reads the same UTF-8 bytes as detector.ScanCSV, in step with it,
// to recover what a CSVFinding does not carry: the cell's text (for the
// preview) and where the cell lies in the file (as a character index, which
// the tracker turns into an offset, a line and a column in the original
// encoding). It follows encoding/csv's rules for valid input — strict quotes,
// empty lines skipped, "\r\n" read as "\n" — and gives up on anything
// encoding/csv would reject, as ScanCSV then fails too.
//
// It keeps the records ScanCSV may still report findings for: those that end
// less than csvLag bytes before the end of what it has been fed (ScanCSV's
// readers buffer a few KiB), and those not yet reported.
type csvShadow struct {
	comma  byte
	state  csvState
	row    int   // records completed
	off    int64 // bytes fed
	char   int64 // characters fed (bytes that start a UTF-8 sequence)
	broken bool

	cur      csvRecord // the record being read; its fields' bytes go to cur.data
	fieldAt  int       // where the current field starts in cur.data
	quoted   bool
	fieldCh  int64 // character index of the field's first byte
	recordCh int64 // character index of the record's first byte
	queue    []csvRecord
}

// csvLag is how far behind the bytes fed a record must end for ScanCSV to be
// done with it: far more than the two 4 KiB buffers between them.
const csvLag = 64 << 10

type csvState uint8

const (
	csvLineStart   csvState = iota // before a record
	csvLineStartCR                 // before a record, after '\r'
	csvFieldStart
	csvUnquoted
	csvUnquotedCR
	csvQuoted
	csvQuotedQuote   // a '"' inside a quoted field
	csvQuotedQuoteCR // '"' then '\r'
)

type csvField struct {
	raw        []byte // as written, between the quotes of a quoted field
	start, end int    // raw is the record's data[start:end]
	quoted     bool
	char       int64 // character index of raw[0]
}

type csvRecord struct {
	row    int
	data   []byte // the bytes of all its fields, one allocation per record
	fields []csvField
	char   int64 // character index of the record's first byte
	end    int64 // offset just past it
}

var errShadow = errors.New("internal error: CSV cell not found")

func newCSVShadow(comma byte) *csvShadow { return &csvShadow{comma: comma} }

// Write feeds the next bytes; it never fails.
func (s *csvShadow) Write(p []byte) (int, error) {
	for _, b := range p {
		if s.broken {
			break
		}
		s.feed(b)
	}
	if s.broken {
		s.queue = nil
	}
	// Forget the records ScanCSV is certainly done with.
	k := 0
	for k < len(s.queue) && s.queue[k].end < s.off-csvLag {
		k++
	}
	if k > 0 {
		s.queue = append(s.queue[:0], s.queue[k:]...)
	}
	return len(p), nil
}

// oldestChar is the character index of the first byte any held or future
// record may need.
func (s *csvShadow) oldestChar() int64 {
	if len(s.queue) > 0 {
		return s.queue[0].char
	}
	if s.state == csvLineStart || s.state == csvLineStartCR {
		return s.char
	}
	return s.recordCh
}

func (s *csvShadow) feed(b byte) {
	ch := s.char
	s.off++
	if b&0xC0 != 0x80 {
		s.char++
	}
	for {
		switch s.state {
		case csvLineStart:
			switch b {
			case '\n':
				return // an empty line: no record
			case '\r':
				s.state = csvLineStartCR
				return
			}
			s.recordCh = ch
			s.state = csvFieldStart
			continue
		case csvLineStartCR:
			if b == '\n' {
				s.state = csvLineStart
				return
			}
			s.recordCh = ch - 1
			s.startField(ch-1, false)
			s.cur.data = append(s.cur.data, '\r')
			s.state = csvUnquoted
			continue
		case csvFieldStart:
			switch b {
			case '"':
				s.startField(ch+1, true)
				s.state = csvQuoted
			case s.comma:
				s.startField(ch, false)
				s.endField()
			case '\n':
				s.startField(ch, false)
				s.endRecord()
			case '\r':
				s.startField(ch, false)
				s.state = csvUnquotedCR
			default:
				s.startField(ch, false)
				s.state = csvUnquoted
				continue
			}
			return
		case csvUnquoted:
			switch b {
			case s.comma:
				s.endField()
				s.state = csvFieldStart
			case '\n':
				s.endRecord()
			case '\r':
				s.state = csvUnquotedCR
			case '"':
				s.broken = true // a bare quote: encoding/csv rejects it
			default:
				s.cur.data = append(s.cur.data, b)
			}
			return
		case csvUnquotedCR:
			if b == '\n' {
				s.endRecord()
				return
			}
			s.cur.data = append(s.cur.data, '\r')
			s.state = csvUnquoted
			continue
		case csvQuoted:
			if b == '"' {
				s.state = csvQuotedQuote
			} else {
				s.cur.data = append(s.cur.data, b)
			}
			return
		case csvQuotedQuote:
			switch b {
			case '"':
				s.cur.data = append(s.cur.data, '"', '"')
				s.state = csvQuoted
			case s.comma:
				s.endField()
				s.state = csvFieldStart
			case '\n':
				s.endRecord()
			case '\r':
				s.state = csvQuotedQuoteCR
			default:
				s.broken = true
			}
			return
		case csvQuotedQuoteCR:
			if b == '\n' {
				s.endRecord()
			} else {
				s.broken = true
			}
			return
		}
	}
}

func (s *csvShadow) startField(ch int64, quoted bool) {
	s.fieldAt = len(s.cur.data)
	s.quoted = quoted
	s.fieldCh = ch
}

func (s *csvShadow) endField() {
	s.cur.fields = append(s.cur.fields, csvField{start: s.fieldAt, end: len(s.cur.data), quoted: s.quoted, char: s.fieldCh})
	s.fieldAt = len(s.cur.data)
}

func (s *csvShadow) endRecord() {
	s.endField()
	for i := range s.cur.fields {
		f := &s.cur.fields[i]
		f.raw = s.cur.data[f.start:f.end:f.end]
	}
	s.row++
	s.cur.row = s.row
	s.cur.char = s.recordCh
	s.cur.end = s.off
	s.queue = append(s.queue, s.cur)
	s.cur = csvRecord{}
	s.state = csvLineStart
}

// close ends the input: a last record without a line break is complete.
func (s *csvShadow) close() {
	switch s.state {
	case csvFieldStart, csvUnquoted, csvUnquotedCR, csvQuotedQuote, csvQuotedQuoteCR:
		s.endRecord()
	case csvQuoted:
		s.broken = true
	}
}

// record returns record row (1-based), forgetting the ones before it.
func (s *csvShadow) record(row int) *csvRecord {
	k := 0
	for k < len(s.queue) && s.queue[k].row < row {
		k++
	}
	s.queue = s.queue[k:]
	if len(s.queue) == 0 || s.queue[0].row != row {
		return nil
	}
	return &s.queue[0]
}

// cell returns the field's value as encoding/csv returns it.
func (f csvField) cell() []byte {
	if !f.quoted {
		return f.raw
	}
	out := make([]byte, 0, len(f.raw))
	for i := 0; i < len(f.raw); i++ {
		c := f.raw[i]
		if i+1 < len(f.raw) && (c == '"' && f.raw[i+1] == '"' || c == '\r' && f.raw[i+1] == '\n') {
			i++
			if c == '\r' {
				c = '\n'
			}
		}
		out = append(out, c)
	}
	return out
}

// charAt returns the character index, in the file, of byte k of the cell.
func (f csvField) charAt(k int) int64 {
	ch := f.char
	for i, j := 0, 0; j < k && i < len(f.raw); j++ {
		c := f.raw[i]
		if f.quoted && i+1 < len(f.raw) && (c == '"' && f.raw[i+1] == '"' || c == '\r' && f.raw[i+1] == '\n') {
			i += 2
			ch += 2
			continue
		}
		if c&0xC0 != 0x80 {
			ch++
		}
		i++
	}
	return ch
}
