package redact

import (
	"context"
	"encoding"
	"encoding/json"
	"fmt"
	"log/slog"
	"reflect"
	"strconv"
)

// NewHandler returns a slog.Handler that redacts every record with r and
// passes it to next: a drop-in wrapper around slog.NewJSONHandler,
// slog.NewTextHandler or any other handler.
//
// It redacts the message and every attribute, at any depth of groups:
//
//   - strings, with the attribute's key as context (Field): under "phone"
//     or "jumin" a bare number counts;
//   - integers only when their key names a kind (phone, rrn, 연락처 …) and
//     the digits are personal information there; they then become their
//     mask, a string;
//   - LogValuers, resolved first; errors, fmt.Stringers and
//     encoding.TextMarshalers, as the redacted text of Error, String or
//     MarshalText; json.Marshalers, as the redacted JSON of MarshalJSON (a
//     json.RawMessage);
//   - structs, maps, slices, arrays and pointers, as their redacted deep
//     copy (Value);
//   - keys and group names, as text without context (a key built from an
//     e-mail address does not leak it).
//
// Booleans, floats, times and durations, and integers under other keys,
// pass through untouched, and so does a record that holds nothing to
// redact (no copy is made). The handler fails closed: a value it cannot
// walk — a channel, a func, a String method that panics, a value nested
// deeper than the depth limit — is replaced by Marker, never passed on
// raw.
//
// Attributes added with WithAttrs are redacted once, when they are added,
// not for every record. A nil r means New(nil).
func NewHandler(next slog.Handler, r *Redactor) slog.Handler {
	if r == nil {
		r = New(nil)
	}
	return &handler{next: next, r: r}
}

type handler struct {
	next slog.Handler
	r    *Redactor
}

func (h *handler) Enabled(ctx context.Context, l slog.Level) bool { return h.next.Enabled(ctx, l) }

func (h *handler) WithAttrs(attrs []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		red[i], _ = h.attr(a, 0)
	}
	return &handler{next: h.next.WithAttrs(red), r: h.r}
}

func (h *handler) WithGroup(name string) slog.Handler {
	return &handler{next: h.next.WithGroup(h.r.String(name)), r: h.r}
}

func (h *handler) Handle(ctx context.Context, rec slog.Record) error {
	msg := h.r.String(rec.Message)
	changed := msg != rec.Message
	var buf [8]slog.Attr
	attrs := buf[:0]
	rec.Attrs(func(a slog.Attr) bool {
		ra, ch := h.attr(a, 0)
		attrs = append(attrs, ra)
		changed = changed || ch
		return true
	})
	if !changed {
		return h.next.Handle(ctx, rec)
	}
	nr := slog.NewRecord(rec.Time, rec.Level, msg, rec.PC)
	nr.AddAttrs(attrs...)
	return h.next.Handle(ctx, nr)
}

// attr returns the redacted attribute and whether it differs from a.
func (h *handler) attr(a slog.Attr, depth int) (slog.Attr, bool) {
	key := h.r.String(a.Key)
	changed := key != a.Key
	v := a.Value
	if v.Kind() == slog.KindLogValuer {
		v = v.Resolve()
		changed = true
	}
	switch v.Kind() {
	case slog.KindString:
		s := v.String()
		if rs := h.r.Field(a.Key, s); rs != s {
			v, changed = slog.StringValue(rs), true
		}
	case slog.KindInt64:
		if h.r.fields.suggests(a.Key) {
			var b [24]byte
			if m, ok := h.number(a.Key, strconv.AppendInt(b[:0], v.Int64(), 10)); ok {
				v, changed = m, true
			}
		}
	case slog.KindUint64:
		if h.r.fields.suggests(a.Key) {
			var b [24]byte
			if m, ok := h.number(a.Key, strconv.AppendUint(b[:0], v.Uint64(), 10)); ok {
				v, changed = m, true
			}
		}
	case slog.KindGroup:
		if depth >= h.r.maxDepth {
			return slog.String(key, Marker), true
		}
		g := v.Group()
		var red []slog.Attr
		for i, ga := range g {
			ra, ch := h.attr(ga, depth+1)
			if ch && red == nil {
				red = make([]slog.Attr, len(g))
				copy(red, g[:i])
			}
			if red != nil {
				red[i] = ra
			}
		}
		if red != nil {
			v, changed = slog.GroupValue(red...), true
		}
	case slog.KindAny:
		if x := v.Any(); x != nil {
			v, changed = h.any(a.Key, x), true
		}
	}
	if !changed {
		return a, false
	}
	return slog.Attr{Key: key, Value: v}, true
}

func (h *handler) number(key string, digits []byte) (slog.Value, bool) {
	fs := h.r.findField(key, unsafeString(digits))
	if len(fs) == 0 {
		return slog.Value{}, false
	}
	return slog.StringValue(string(h.r.appendRange(nil, digits, 0, len(digits), fs))), true
}

// any redacts a KindAny value; see NewHandler for the order of the cases.
func (h *handler) any(key string, x any) (v slog.Value) {
	defer func() {
		if recover() != nil {
			v = slog.StringValue(Marker)
		}
	}()
	switch t := x.(type) {
	case error:
		return slog.StringValue(h.r.Field(key, t.Error()))
	case []byte:
		return slog.AnyValue([]byte(h.r.Field(key, unsafeString(t))))
	case json.Marshaler:
		b, err := t.MarshalJSON()
		if err != nil {
			return slog.StringValue(Marker)
		}
		rb, err := h.r.JSON(b)
		if err != nil {
			return slog.StringValue(Marker)
		}
		return slog.AnyValue(json.RawMessage(rb))
	case encoding.TextMarshaler:
		b, err := t.MarshalText()
		if err != nil {
			return slog.StringValue(Marker)
		}
		return slog.StringValue(h.r.Field(key, string(b)))
	case fmt.Stringer:
		return slog.StringValue(h.r.Field(key, t.String()))
	}
	rv := reflect.ValueOf(x)
	switch rv.Kind() {
	case reflect.String:
		return slog.StringValue(h.r.Field(key, rv.String()))
	case reflect.Bool, reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return slog.AnyValue(x)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		var b [24]byte
		digits := fmt.Appendf(b[:0], "%d", x)
		if h.r.fields.suggests(key) {
			if m, ok := h.number(key, digits); ok {
				return m
			}
		}
		return slog.AnyValue(x)
	case reflect.Struct, reflect.Map, reflect.Slice, reflect.Array, reflect.Pointer, reflect.Interface:
		cp, err := h.r.valueAny(x)
		if err != nil {
			return slog.StringValue(Marker)
		}
		return slog.AnyValue(cp)
	}
	return slog.StringValue(Marker) // chan, func, unsafe.Pointer
}
