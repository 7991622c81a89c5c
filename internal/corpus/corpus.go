package corpus

import (
	"fmt"
	"io"
)

// Profile says how much personal data a corpus holds.
type Profile uint8

const (
	// Realistic is a digit-heavy service log with about one personal value
	// per 20 lines.
	Realistic Profile = iota
	// Clean has the same lines with no personal value at all, only
	// look-alikes: timestamps, order ids, IPs, amounts, UUIDs, epoch values.
	Clean
	// Dense has a personal value on most lines, several on some.
	Dense
)

var profileNames = [...]string{Realistic: "realistic", Clean: "clean", Dense: "dense"}

func (p Profile) String() string {
	if int(p) < len(profileNames) {
		return profileNames[p]
	}
	return fmt.Sprintf("Profile(%d)", uint8(p))
}

// ParseProfile parses "realistic", "clean" or "dense".
func ParseProfile(s string) (Profile, error) {
	for i, n := range profileNames {
		if s == n {
			return Profile(i), nil
		}
	}
	return 0, fmt.Errorf("corpus: unknown profile %q (want realistic, clean or dense)", s)
}

// Format says what the lines look like.
type Format uint8

const (
	// Log is a mixed service log: nginx access lines, application logs,
	// JSON lines, Korean batch messages, logfmt, syslog and stack traces.
	Log Format = iota
	// JSONL is one JSON object per line (access, application, event, batch,
	// error and metric records); personal values sit in JSON strings.
	JSONL
)

var formatNames = [...]string{Log: "log", JSONL: "jsonl"}

func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", uint8(f))
}

// ParseFormat parses "log" or "jsonl".
func ParseFormat(s string) (Format, error) {
	for i, n := range formatNames {
		if s == n {
			return Format(i), nil
		}
	}
	return 0, fmt.Errorf("corpus: unknown format %q (want log or jsonl)", s)
}

// The kinds of the planted values, named as kpii names them.
const (
	KindRRN     = "RRN"
	KindFRN     = "FRN"
	KindPhone   = "PHONE"
	KindEmail   = "EMAIL"
	KindAddress = "ADDRESS"
)

// Item is one planted personal value: out[Start:End] is exactly the value.
// An address span includes its postal code, 상세주소 and 참고항목 when
// present.
type Item struct {
	Kind       string
	Start, End int
}

// Spec describes a corpus. The zero value is an empty Realistic log.
type Spec struct {
	Profile Profile
	Format  Format
	Seed    int64
	// Size is the target size in bytes: lines are generated until the output
	// holds at least Size bytes, so it overshoots by less than one line.
	Size int
	// Lines, when positive, asks for exactly that many lines instead; Size
	// is then ignored.
	Lines int
}

// Generate returns the corpus s describes.
func (s Spec) Generate() []byte {
	b, _ := s.generate(false)
	return b
}

// GenerateLabelled returns the corpus and every personal value planted in
// it, in order. The bytes are those Generate returns.
func (s Spec) GenerateLabelled() ([]byte, []Item) {
	return s.generate(true)
}

func (s Spec) generate(label bool) ([]byte, []Item) {
	g := newGen(s, label)
	if s.Lines > 0 {
		g.b = make([]byte, 0, s.Lines*200)
		for range s.Lines {
			g.line()
		}
	} else if s.Size > 0 {
		g.b = make([]byte, 0, s.Size+4096)
		for len(g.b) < s.Size {
			g.line()
		}
	}
	return g.b, g.items
}

// NewReader streams the corpus s describes, line by line, in constant
// memory; the bytes are those Generate returns. When both Size and Lines
// are zero the stream never ends.
func (s Spec) NewReader() io.Reader {
	return &reader{g: newGen(s, false), size: s.Size, lines: s.Lines}
}

type reader struct {
	g        *gen
	off      int // read position in g.b
	total    int // bytes generated so far, before g.b
	produced int // lines generated so far
	size     int
	lines    int
}

func (rd *reader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if rd.off == len(rd.g.b) {
			if rd.done() {
				if n == 0 {
					return 0, io.EOF
				}
				return n, nil
			}
			rd.total += len(rd.g.b)
			rd.g.b = rd.g.b[:0]
			rd.off = 0
			for len(rd.g.b) < 16<<10 && !rd.doneAfter(len(rd.g.b)) {
				rd.g.line()
				rd.produced++
			}
		}
		c := copy(p[n:], rd.g.b[rd.off:])
		rd.off += c
		n += c
	}
	return n, nil
}

func (rd *reader) done() bool { return rd.doneAfter(len(rd.g.b)) }

// doneAfter reports whether the stream is complete once buffered bytes of
// the current chunk are counted.
func (rd *reader) doneAfter(buffered int) bool {
	switch {
	case rd.lines > 0:
		return rd.produced >= rd.lines
	case rd.size > 0:
		return rd.total+buffered >= rd.size
	}
	return false
}

// Generate returns about size bytes of Log-format corpus for profile p,
// byte-identical for the same (p, seed, size) on every platform and Go
// release.
func Generate(p Profile, seed int64, size int) []byte {
	return Spec{Profile: p, Seed: seed, Size: size}.Generate()
}

// GenerateLabelled is Generate with the list of planted personal values.
func GenerateLabelled(p Profile, seed int64, size int) ([]byte, []Item) {
	return Spec{Profile: p, Seed: seed, Size: size}.GenerateLabelled()
}
