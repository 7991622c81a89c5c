package redact

import (
	"bytes"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
)

// Marker replaces a value that a Redactor cannot look inside — a log
// attribute whose String method panics, a channel, a value nested deeper
// than the depth limit — instead of passing it on unredacted.
const Marker = "[REDACTED]"

// DefaultMaxDepth is how deep Value (and the slog handler, for the values
// of attributes) descends into nested values unless WithMaxDepth says
// otherwise.
const DefaultMaxDepth = 100

// A Redactor finds personal information with a detector and replaces each
// finding as its Policy says. Build one with New and share it: it is
// immutable and safe for concurrent use.
type Redactor struct {
	d        *detector.Detector
	policy   Policy
	maxDepth int
	fields   *fieldCache
}

// An Option configures a Redactor. Options apply in order.
type Option func(*config)

type config struct {
	policy   Policy
	maxDepth int
}

// WithPolicy sets the policy (default KoreanPolicy()).
func WithPolicy(p Policy) Option { return func(c *config) { c.policy = p } }

// WithMasker masks kind with m, on top of the policy set so far: it is
// WithPolicy(policy.With(kind, m)).
func WithMasker(kind patterns.Kind, m Masker) Option {
	return func(c *config) { c.policy = c.policy.With(kind, m) }
}

// WithMaxDepth sets how deep Value descends into nested Go values (default
// DefaultMaxDepth). A deeper value is an error for Value and the Marker for
// the slog handler. (JSON accepts documents nested up to 10000 levels, as
// encoding/json does.)
func WithMaxDepth(n int) Option { return func(c *config) { c.maxDepth = n } }

// New returns a Redactor that finds with d and masks with the Korean
// partial masks of KoreanPolicy unless an option says otherwise. A nil d
// means detector.New(): the mission kinds at Medium confidence or above.
func New(d *detector.Detector, opts ...Option) *Redactor {
	if d == nil {
		d = detector.New()
	}
	c := config{policy: KoreanPolicy(), maxDepth: DefaultMaxDepth}
	for _, o := range opts {
		o(&c)
	}
	if c.maxDepth < 1 {
		c.maxDepth = 1
	}
	return &Redactor{d: d, policy: c.policy, maxDepth: c.maxDepth, fields: new(fieldCache)}
}

// String returns s with every finding replaced by its mask. It returns s
// itself, without allocating, when s holds nothing to redact.
func (r *Redactor) String(s string) string {
	if s == "" {
		return s
	}
	b := stringBytes(s)
	fs := r.d.FindBytes(b)
	if len(fs) == 0 {
		return s
	}
	out := r.appendRange(make([]byte, 0, len(s)+8*len(fs)), b, 0, len(b), fs)
	return unsafe.String(unsafe.SliceData(out), len(out))
}

// Bytes returns b with every finding replaced by its mask, in a new slice;
// b is not modified. When b holds nothing to redact, Bytes returns b itself
// and allocates nothing — do not modify the result in place unless you own
// b.
func (r *Redactor) Bytes(b []byte) []byte {
	fs := r.d.FindBytes(b)
	if len(fs) == 0 {
		return b
	}
	return r.appendRange(make([]byte, 0, len(b)+8*len(fs)), b, 0, len(b), fs)
}

// Field is String for a value that sits under a field name — a JSON key, a
// struct field, a CSV column, a log attribute key. The name serves as
// context (detector.FindField): under "phone" or "주민번호" a bare number
// that alone is too weak to report is redacted.
func (r *Redactor) Field(name, value string) string {
	if value == "" {
		return value
	}
	fs := r.findField(name, value)
	if len(fs) == 0 {
		return value
	}
	b := stringBytes(value)
	out := r.appendRange(make([]byte, 0, len(b)+8*len(fs)), b, 0, len(b), fs)
	return unsafe.String(unsafe.SliceData(out), len(out))
}

// findField is d.FindField without its per-call cost for the common field
// names that suggest no kind.
func (r *Redactor) findField(name, value string) []detector.Finding {
	if name == "" || !r.fields.suggests(name) {
		return r.d.Find(value)
	}
	return r.d.FindField(name, value)
}

// maxPasses bounds how often a line is scanned again after masking.
const maxPasses = 4

// appendRange appends text[from:to] to dst with the findings fs (of text)
// replaced, line by line: each line that received a mask is scanned again,
// because masking can uncover personal information that an overlapping
// finding hid from the first scan (the detector reports one finding per
// span: 010 0000 0000@x.kr is a phone number, and after masking the
// e-mail address that shared its digits shows). Lines without findings are
// copied as they are, without a second look.
func (r *Redactor) appendRange(dst, text []byte, from, to int, fs []detector.Finding) []byte {
	pos := from
	for i := 0; i < len(fs); {
		f := fs[i]
		if f.End <= pos {
			i++
			continue
		}
		if f.Start >= to {
			break
		}
		// The line (within [pos, to)) that holds f, and every later finding
		// that starts on it.
		ls := pos
		if k := bytes.LastIndexByte(text[pos:max(f.Start, pos)], '\n'); k >= 0 {
			ls = pos + k + 1
		}
		le, j := ls, i
		for j < len(fs) && fs[j].Start < to && (j == i || fs[j].Start < le) {
			le = max(le, min(fs[j].End, to))
			if k := bytes.IndexByte(text[le:to], '\n'); k >= 0 {
				le += k
			} else {
				le = to
			}
			j++
		}
		dst = append(dst, text[pos:ls]...)
		mark := len(dst)
		dst = r.appendPass(dst, text, ls, le, fs[i:j])
		dst = r.settle(dst, mark)
		pos, i = le, j
	}
	return append(dst, text[pos:to]...)
}

// settle scans dst[mark:], a masked line, again and masks what it finds,
// until nothing changes (at most maxPasses times).
func (r *Redactor) settle(dst []byte, mark int) []byte {
	var tmp []byte
	for pass := 1; pass < maxPasses; pass++ {
		seg := dst[mark:]
		fs := r.d.FindBytes(seg)
		if len(fs) == 0 {
			return dst
		}
		tmp = r.appendPass(tmp[:0], seg, 0, len(seg), fs)
		if bytes.Equal(tmp, seg) {
			return dst
		}
		dst = append(dst[:mark], tmp...)
	}
	return dst
}

// appendPass appends text[from:to] to dst with the findings fs replaced,
// in one pass. A finding that the range cuts (it starts before from or ends
// after to) is masked in full over the part inside the range: a fragment is
// hidden, not interpreted.
func (r *Redactor) appendPass(dst, text []byte, from, to int, fs []detector.Finding) []byte {
	pos := from
	for _, f := range fs {
		if f.End <= pos || f.Start >= to {
			continue
		}
		s, e := max(f.Start, pos), min(f.End, to)
		dst = append(dst, text[pos:s]...)
		if s != f.Start || e != f.End {
			dst = appendFullMask(dst, text[s:e])
		} else {
			dst = r.policy.Masker(f.Kind).AppendMask(dst, f.Kind, text[s:e])
		}
		pos = e
	}
	return append(dst, text[pos:to]...)
}

// mask appends the policy's mask for a whole value of a known kind.
func (r *Redactor) mask(dst []byte, kind patterns.Kind, v []byte) []byte {
	return r.policy.Masker(kind).AppendMask(dst, kind, v)
}

// stringBytes views a string's bytes without copying; callers only read.
func stringBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// maxCachedFields bounds the field-name cache: log keys and JSON keys are
// few, but a stream of generated keys must not grow memory without bound.
const maxCachedFields = 1024

// fieldCache remembers whether a field name suggests a kind. Lookups are
// lock-free and allocation-free; a new name copies the (small) map.
type fieldCache struct {
	m  atomic.Pointer[map[string]bool]
	mu sync.Mutex
}

func (c *fieldCache) suggests(name string) bool {
	if m := c.m.Load(); m != nil {
		if v, ok := (*m)[name]; ok {
			return v
		}
	}
	v := len(detector.FieldKinds(name)) > 0
	c.mu.Lock()
	defer c.mu.Unlock()
	old := c.m.Load()
	if old != nil && len(*old) >= maxCachedFields {
		return v
	}
	next := make(map[string]bool, 1+lenOf(old))
	if old != nil {
		for k, x := range *old {
			next[k] = x
		}
	}
	next[string(append([]byte(nil), name...))] = v
	c.m.Store(&next)
	return v
}

func lenOf(m *map[string]bool) int {
	if m == nil {
		return 0
	}
	return len(*m)
}

// unsafeString views b as a string without copying; b must not change
// while the string is in use.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }
