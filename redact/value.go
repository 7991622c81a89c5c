package redact

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/kpii/kpii/patterns"
)

// Value returns a redacted deep copy of v; v and everything it points to
// are left untouched.
//
// Strings, []byte and integers are redacted with their struct field name or
// map key as context (Field), so Phone: "01012345678" counts where the same
// digits in a field named Count might not. An integer that holds personal
// information cannot hold a mask and becomes 0. Booleans, floats, time.Time,
// *time.Location, funcs and channels are copied as they are.
//
// Struct tags steer the walk:
//
//	Trace string `kpii:"-"`   // copied as is, never scanned
//	Jumin string `kpii:"rrn"` // always masked as an RRN, detected or not
//
// A kind tag (any kind name: rrn, phone, EMPLOYEE_ID …) applies to every
// string and integer inside the field: strings are masked whole by the
// policy's masker for that kind (the empty string stays empty), integers
// become 0.
//
// Unexported fields cannot be redacted through reflection. Those whose type
// can hold text (strings, byte slices, interfaces, maps, slices, pointers
// to such) are left zero in the copy; the others (numbers, bools, and
// structs and arrays of them) are copied. An error held in an interface
// becomes an error whose message is the redacted Error() of the original:
// its type and its wrapped errors are not kept. Map entries whose keys
// redact to the same mask are merged.
//
// Pointers, maps and slices that the value reaches more than once are
// copied once, so cycles are copied as cycles. A value nested deeper than
// the Redactor's depth limit (WithMaxDepth) is an error naming its path —
// field names and indexes, never map keys or values — and Value then
// returns the zero T.
func Value[T any](r *Redactor, v T) (T, error) {
	src := reflect.ValueOf(&v).Elem()
	dst := reflect.New(src.Type()).Elem()
	w := walker{r: r}
	if err := w.copy(dst, src, walkCtx{}, 0); err != nil {
		var zero T
		return zero, err
	}
	return *dst.Addr().Interface().(*T), nil
}

// valueAny is Value for an interface value, for the slog handler.
func (r *Redactor) valueAny(v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	src := reflect.ValueOf(v)
	dst := reflect.New(src.Type()).Elem()
	w := walker{r: r}
	if err := w.copy(dst, src, walkCtx{}, 0); err != nil {
		return nil, err
	}
	return dst.Interface(), nil
}

type walkCtx struct {
	name string        // field name or map key: context for the detector
	kind patterns.Kind // from a kpii tag: mask whole values as this kind
}

type seenKey struct {
	p unsafe.Pointer
	t reflect.Type
	n int
}

type walker struct {
	r    *Redactor
	seen map[seenKey]reflect.Value
	path []pathElem
}

type pathElem struct {
	field string
	index int // -1: a map entry
}

// ErrTooDeep is wrapped by the error Value returns for a value nested
// deeper than the depth limit.
var ErrTooDeep = errors.New("redact: value nested too deeply")

func (w *walker) depthError() error {
	var b strings.Builder
	for _, p := range w.path {
		switch {
		case p.field != "":
			b.WriteString("." + p.field)
		case p.index < 0:
			b.WriteString("[*]")
		default:
			b.WriteString("[" + strconv.Itoa(p.index) + "]")
		}
	}
	at := b.String()
	if at == "" {
		at = "the top"
	}
	return fmt.Errorf("%w: more than %d levels at %s", ErrTooDeep, w.r.maxDepth, at)
}

func (w *walker) remember(k seenKey, v reflect.Value) {
	if w.seen == nil {
		w.seen = make(map[seenKey]reflect.Value)
	}
	w.seen[k] = v
}

var (
	timeType     = reflect.TypeFor[time.Time]()
	locationType = reflect.TypeFor[time.Location]()
	errorType    = reflect.TypeFor[error]()
)

// redactedError is what an error in an interface becomes in a copy.
type redactedError struct{ msg string }

func (e *redactedError) Error() string { return e.msg }

var redactedErrorType = reflect.TypeFor[*redactedError]()

// copy sets dst, a settable zero value of src's type, to the redacted copy
// of src.
func (w *walker) copy(dst, src reflect.Value, c walkCtx, depth int) error {
	if depth > w.r.maxDepth {
		return w.depthError()
	}
	switch src.Kind() {
	case reflect.String:
		dst.SetString(w.text(c, src.String()))
	case reflect.Int8, reflect.Int16, reflect.Uint8, reflect.Uint16:
		// Five digits at most: no identifier fits.
		if c.kind != "" {
			return nil // left 0
		}
		dst.Set(src)
	case reflect.Int, reflect.Int32, reflect.Int64:
		n := src.Int()
		var buf [24]byte
		if !w.number(c, strconv.AppendInt(buf[:0], n, 10)) {
			dst.SetInt(n)
		}
	case reflect.Uint, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n := src.Uint()
		var buf [24]byte
		if !w.number(c, strconv.AppendUint(buf[:0], n, 10)) {
			dst.SetUint(n)
		}
	case reflect.Slice:
		return w.copySlice(dst, src, c, depth)
	case reflect.Array:
		for i := 0; i < src.Len(); i++ {
			w.path = append(w.path, pathElem{index: i})
			if err := w.copy(dst.Index(i), src.Index(i), c, depth+1); err != nil {
				return err
			}
			w.path = w.path[:len(w.path)-1]
		}
	case reflect.Map:
		return w.copyMap(dst, src, c, depth)
	case reflect.Pointer:
		if src.IsNil() {
			return nil
		}
		if src.Type().Elem() == locationType {
			dst.Set(src) // immutable, and holds no personal information
			return nil
		}
		k := seenKey{p: src.UnsafePointer(), t: src.Type()}
		if prev, ok := w.seen[k]; ok {
			dst.Set(prev)
			return nil
		}
		np := reflect.New(src.Type().Elem())
		w.remember(k, np)
		dst.Set(np)
		return w.copy(np.Elem(), src.Elem(), c, depth+1)
	case reflect.Interface:
		if src.IsNil() {
			return nil
		}
		e := src.Elem()
		if e.Type().Implements(errorType) && redactedErrorType.AssignableTo(dst.Type()) {
			msg, ok := safeError(e.Interface().(error))
			if !ok {
				msg = Marker
			}
			dst.Set(reflect.ValueOf(&redactedError{msg: w.text(c, msg)}))
			return nil
		}
		ne := reflect.New(e.Type()).Elem()
		if err := w.copy(ne, e, c, depth+1); err != nil {
			return err
		}
		dst.Set(ne)
	case reflect.Struct:
		return w.copyStruct(dst, src, c, depth)
	default:
		// Bool, floats, complex numbers, chan, func, unsafe.Pointer.
		dst.Set(src)
	}
	return nil
}

// text redacts a string in context.
func (w *walker) text(c walkCtx, s string) string {
	if c.kind != "" {
		if s == "" {
			return s
		}
		return string(w.r.mask(nil, c.kind, stringBytes(s)))
	}
	return w.r.Field(c.name, s)
}

// number reports whether the decimal digits of an integer are personal
// information in context; the caller then leaves the copy 0.
func (w *walker) number(c walkCtx, digits []byte) bool {
	if c.kind != "" {
		return len(digits) > 1 || digits[0] != '0'
	}
	return len(w.r.findField(c.name, unsafeString(digits))) > 0
}

func (w *walker) copySlice(dst, src reflect.Value, c walkCtx, depth int) error {
	if src.IsNil() {
		return nil
	}
	if src.Type().Elem().Kind() == reflect.Uint8 {
		b := src.Bytes()
		var out []byte
		switch {
		case c.kind != "" && len(b) > 0:
			out = w.r.mask(nil, c.kind, b)
		default:
			out = []byte(w.r.Field(c.name, unsafeString(b)))
		}
		dst.SetBytes(out)
		return nil
	}
	k := seenKey{p: src.UnsafePointer(), t: src.Type(), n: src.Len()}
	if prev, ok := w.seen[k]; ok && src.Len() > 0 {
		dst.Set(prev)
		return nil
	}
	ns := reflect.MakeSlice(src.Type(), src.Len(), src.Cap())
	if src.Len() > 0 {
		w.remember(k, ns)
	}
	dst.Set(ns)
	for i := 0; i < src.Len(); i++ {
		w.path = append(w.path, pathElem{index: i})
		if err := w.copy(ns.Index(i), src.Index(i), c, depth+1); err != nil {
			return err
		}
		w.path = w.path[:len(w.path)-1]
	}
	return nil
}

func (w *walker) copyMap(dst, src reflect.Value, c walkCtx, depth int) error {
	if src.IsNil() {
		return nil
	}
	k := seenKey{p: src.UnsafePointer(), t: src.Type()}
	if prev, ok := w.seen[k]; ok {
		dst.Set(prev)
		return nil
	}
	nm := reflect.MakeMapWithSize(src.Type(), src.Len())
	w.remember(k, nm)
	dst.Set(nm)
	kt, vt := src.Type().Key(), src.Type().Elem()
	it := src.MapRange()
	for it.Next() {
		key, val := it.Key(), it.Value()
		w.path = append(w.path, pathElem{index: -1})
		nk := reflect.New(kt).Elem()
		if err := w.copy(nk, key, walkCtx{kind: c.kind}, depth+1); err != nil {
			return err
		}
		vc := c
		if key.Kind() == reflect.String {
			vc.name = key.String()
		}
		nv := reflect.New(vt).Elem()
		if err := w.copy(nv, val, vc, depth+1); err != nil {
			return err
		}
		nm.SetMapIndex(nk, nv)
		w.path = w.path[:len(w.path)-1]
	}
	return nil
}

func (w *walker) copyStruct(dst, src reflect.Value, c walkCtx, depth int) error {
	t := src.Type()
	dst.Set(src) // unexported fields come along; the walk below fixes the rest
	if t == timeType {
		return nil
	}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			if canHoldText(sf.Type) {
				f := dst.Field(i)
				reflect.NewAt(sf.Type, unsafe.Pointer(f.UnsafeAddr())).Elem().SetZero()
			}
			continue
		}
		tag := sf.Tag.Get("kpii")
		if tag == "-" {
			continue
		}
		fc := walkCtx{name: sf.Name, kind: c.kind}
		if tag != "" {
			var k patterns.Kind
			if err := k.UnmarshalText([]byte(strings.ToUpper(strings.ReplaceAll(tag, "-", "_")))); err != nil {
				return fmt.Errorf("redact: field %s of %s: bad kpii tag", sf.Name, t)
			}
			fc.kind = k
		}
		if js := jsonName(sf.Tag.Get("json")); js != "" && js != sf.Name && !w.r.fields.suggests(sf.Name) {
			fc.name = js
		}
		w.path = append(w.path, pathElem{field: sf.Name})
		f := dst.Field(i)
		f.SetZero()
		if err := w.copy(f, src.Field(i), fc, depth+1); err != nil {
			return err
		}
		w.path = w.path[:len(w.path)-1]
	}
	return nil
}

func jsonName(tag string) string {
	name, _, _ := strings.Cut(tag, ",")
	if name == "-" {
		return ""
	}
	return name
}

// safeError returns err.Error(), or false when it panics (a nil pointer
// receiver, say).
func safeError(err error) (msg string, ok bool) {
	defer func() {
		if recover() != nil {
			msg, ok = "", false
		}
	}()
	return err.Error(), true
}

var textTypes sync.Map // reflect.Type → bool

// canHoldText reports whether a value of type t can hold text, directly or
// through what it points to: strings, byte slices, interfaces, maps,
// slices and pointers of such, structs and arrays containing them.
// Numbers, bools and funcs cannot.
func canHoldText(t reflect.Type) bool {
	if v, ok := textTypes.Load(t); ok {
		return v.(bool)
	}
	v := canHoldTextRec(t, map[reflect.Type]bool{})
	textTypes.Store(t, v)
	return v
}

func canHoldTextRec(t reflect.Type, visiting map[reflect.Type]bool) bool {
	if visiting[t] {
		return false // a cycle adds nothing new
	}
	visiting[t] = true
	defer delete(visiting, t)
	switch t.Kind() {
	case reflect.String, reflect.Interface, reflect.Map, reflect.Chan, reflect.UnsafePointer:
		return true
	case reflect.Slice:
		return t.Elem().Kind() == reflect.Uint8 || canHoldTextRec(t.Elem(), visiting)
	case reflect.Array, reflect.Pointer:
		return canHoldTextRec(t.Elem(), visiting)
	case reflect.Struct:
		if t == timeType {
			return false
		}
		for i := 0; i < t.NumField(); i++ {
			if canHoldTextRec(t.Field(i).Type, visiting) {
				return true
			}
		}
	}
	return false
}
