package detector

import (
	"cmp"
	"encoding"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/kpii/kpii/patterns"
)

// MaxValueDepth is how deeply FindValue follows nested structs, maps,
// slices, arrays and pointers before it gives up with an error.
const MaxValueDepth = 10000

// FindValue returns the personal information in a Go value: strings,
// numbers and byte slices inside structs, maps, slices, arrays, pointers and
// interfaces, at any depth up to MaxValueDepth.
//
// Each finding's Path locates the value it is in, with the syntax FindJSON
// uses: struct fields by their Go name, map entries by their key, elements
// by index ("Users[2].Contacts.Phone", `Meta["주소 1"]`). Map keys that are
// integers, floats or booleans are written in brackets (byID[42]); keys of
// other kinds by their position in sorted order (#0, #1 …). Fields of an
// embedded struct are written as promoted fields, without the embedded type's
// name. A string map key that itself holds personal information is reported
// and written as [<KIND>]. Pointer stays empty: a Go value has no JSON
// Pointer. Start and End are byte offsets into the string at that path: the
// string itself, the decimal text of a number, the bytes of a []byte, or the
// text a method produced (below).
//
// Struct field names and map keys act as field names for FindField: a value
// under "Phone", "JuminNo" or "연락처" is found at higher confidence, and
// values inherit the nearest enclosing name that suggests a kind. Numbers
// are scanned as FindJSON scans them (leading zeros a numeric type dropped
// are tried again under a telling name).
//
// Struct tags: `kpii:"rrn"` (any kind name, or several separated by commas)
// treats the field and everything under it as that kind — a bare value is
// reported even where its shape alone would be too weak — and `kpii:"-"`
// skips the field. A tag naming a kind that is neither built in nor known to
// the detector is an error. Unexported fields are skipped (the exported
// fields of an embedded struct are walked, as encoding/json does), as are
// channels, functions and complex numbers.
//
// A value whose type has a text form is scanned through it instead of being
// walked, in this order of preference: json.Marshaler (its output goes
// through FindJSON, and the JSON paths are appended to the value's path),
// encoding.TextMarshaler, error, fmt.Stringer. Methods with pointer
// receivers are used when the value is addressable. time.Time, net.IP,
// big.Int and json.RawMessage are thus scanned as they print.
//
// Every pointer, map and slice is followed once: a value reachable along
// several paths is reported at the first one in walk order (map keys
// sorted), and cycles end there. Maps are walked in sorted key order, so
// the result is deterministic.
//
// Errors — a tag naming an unknown kind, a method that fails, panics or
// returns invalid JSON, a value nested deeper than MaxValueDepth — return nil
// findings: a caller redacting the value cannot trust a partial result. They
// name types and fields, never values.
func (d *Detector) FindValue(v any) ([]Finding, error) {
	w := valueWalker{d: d}
	if err := w.walk(reflect.ValueOf(v)); err != nil {
		return nil, err
	}
	return w.out, nil
}

// valueCtx is what a value inherits from the fields and keys above it.
type valueCtx struct {
	fieldCtx
	forced kindMask // kinds that kpii tags above force
}

func (c valueCtx) scan() scanContext {
	name := c.name
	if name == "" && c.forced != 0 {
		name = "kpii tag"
	}
	return scanContext{field: c.mask | c.forced, fieldName: name}
}

type valueFrame struct {
	v      reflect.Value
	i, n   int
	keys   []reflect.Value // maps, sorted
	info   *structInfo     // structs
	seg    pathSeg         // this container's step in the path
	hasSeg bool
	ctx    valueCtx
}

type valueWalker struct {
	d      *Detector
	stack  []valueFrame
	out    []Finding
	seen   map[visitKey]struct{}
	fields map[string]kindMask // map keys seen, and the kinds they suggest
	num    [64]byte
	path   []byte
}

// nameMask is maskOf with a cache for this call: map keys repeat. (Keys
// are user data, so they are never cached beyond the call.)
func (w *valueWalker) nameMask(name string) kindMask {
	if m, ok := w.fields[name]; ok {
		return m
	}
	if w.fields == nil {
		w.fields = make(map[string]kindMask)
	}
	m := w.d.maskOf(name)
	w.fields[name] = m
	return m
}

type visitKey struct {
	p   unsafe.Pointer
	t   reflect.Type
	len int
}

func (w *valueWalker) walk(root reflect.Value) error {
	if err := w.visit(root, pathSeg{}, false, valueCtx{}); err != nil {
		return err
	}
	for len(w.stack) > 0 {
		top := &w.stack[len(w.stack)-1]
		if top.i >= top.n {
			w.stack = w.stack[:len(w.stack)-1]
			continue
		}
		i := top.i
		top.i++
		var err error
		switch top.v.Kind() {
		case reflect.Slice, reflect.Array:
			err = w.visit(top.v.Index(i), pathSeg{index: i, isIndex: true}, true, top.ctx)
		case reflect.Map:
			err = w.mapEntry(top, i)
		case reflect.Struct:
			err = w.field(top, i)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// visit scans a scalar, or pushes a container for the loop in walk.
func (w *valueWalker) visit(v reflect.Value, seg pathSeg, hasSeg bool, ctx valueCtx) error {
	for v.IsValid() {
		switch v.Kind() {
		case reflect.Interface:
			if v.IsNil() {
				return nil
			}
			v = v.Elem()
			continue
		case reflect.Pointer:
			if v.IsNil() {
				return nil
			}
			if done, err := w.textForm(v, seg, hasSeg, ctx); done || err != nil {
				return err
			}
			if !w.first(visitKey{p: v.UnsafePointer(), t: v.Type()}) {
				return nil
			}
			v = v.Elem()
			continue
		}
		break
	}
	if !v.IsValid() {
		return nil
	}
	if done, err := w.textForm(v, seg, hasSeg, ctx); done || err != nil {
		return err
	}
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		return w.scan(stringBytes(s), seg, hasSeg, ctx, false)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return w.scan(strconv.AppendInt(w.num[:0], v.Int(), 10), seg, hasSeg, ctx, true)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return w.scan(strconv.AppendUint(w.num[:0], v.Uint(), 10), seg, hasSeg, ctx, true)
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsInf(f, 0) || math.IsNaN(f) || math.Abs(f) >= 1e21 {
			return nil
		}
		return w.scan(strconv.AppendFloat(w.num[:0], f, 'f', -1, 64), seg, hasSeg, ctx, true)
	case reflect.Slice:
		if v.Len() == 0 {
			return nil
		}
		et := v.Type().Elem()
		if et.Kind() == reflect.Uint8 {
			return w.scan(v.Bytes(), seg, hasSeg, ctx, false)
		}
		// Only a slice whose elements can refer back to it can be part of a
		// cycle; []string and the like are not worth a visit record.
		if mayRefer(et) && !w.first(visitKey{p: v.UnsafePointer(), t: v.Type(), len: v.Len()}) {
			return nil
		}
		return w.push(valueFrame{v: v, n: v.Len(), seg: seg, hasSeg: hasSeg, ctx: ctx})
	case reflect.Array:
		if v.Len() == 0 {
			return nil
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			var b []byte
			if v.CanAddr() {
				b = v.Bytes()
			} else {
				b = make([]byte, v.Len())
				for i := range b {
					b[i] = byte(v.Index(i).Uint())
				}
			}
			return w.scan(b, seg, hasSeg, ctx, false)
		}
		return w.push(valueFrame{v: v, n: v.Len(), seg: seg, hasSeg: hasSeg, ctx: ctx})
	case reflect.Map:
		if v.Len() == 0 || !w.first(visitKey{p: v.UnsafePointer(), t: v.Type()}) {
			return nil
		}
		keys := v.MapKeys()
		slices.SortFunc(keys, keyCompare)
		return w.push(valueFrame{v: v, n: len(keys), keys: keys, seg: seg, hasSeg: hasSeg, ctx: ctx})
	case reflect.Struct:
		info := structInfoOf(v.Type())
		if len(info.fields) == 0 {
			return nil
		}
		return w.push(valueFrame{v: v, n: len(info.fields), info: info, seg: seg, hasSeg: hasSeg, ctx: ctx})
	}
	return nil // bool, complex, chan, func, unsafe.Pointer, uintptr-like
}

func (w *valueWalker) push(f valueFrame) error {
	if len(w.stack) >= MaxValueDepth {
		return fmt.Errorf("kpii: value nested deeper than %d levels (at a %s)", MaxValueDepth, f.v.Type())
	}
	w.stack = append(w.stack, f)
	return nil
}

// first reports whether k is met for the first time.
func (w *valueWalker) first(k visitKey) bool {
	if w.seen == nil {
		w.seen = make(map[visitKey]struct{})
	}
	if _, ok := w.seen[k]; ok {
		return false
	}
	w.seen[k] = struct{}{}
	return true
}

func (w *valueWalker) field(top *valueFrame, i int) error {
	f := &top.info.fields[i]
	v := top.v.Field(f.index)
	ctx := top.ctx
	if len(f.kinds) > 0 {
		m, err := w.tagMask(f, top.v.Type())
		if err != nil {
			return err
		}
		ctx.forced |= m
		ctx.name = f.name
	}
	if f.embedded {
		return w.visit(v, pathSeg{}, false, ctx)
	}
	if len(f.nameKinds) > 0 {
		var m kindMask
		for _, k := range f.nameKinds {
			if b, ok := w.d.idx.bit(k); ok {
				m |= b
			}
		}
		if m != 0 {
			ctx.fieldCtx = fieldCtx{mask: m, name: f.name}
		}
	}
	return w.visit(v, pathSeg{key: f.name}, true, ctx)
}

func (w *valueWalker) tagMask(f *fieldInfo, t reflect.Type) (kindMask, error) {
	var m kindMask
	for _, k := range f.kinds {
		b, ok := w.d.idx.bit(k)
		if !ok {
			return 0, fmt.Errorf("kpii: struct tag kpii:%q on field %s.%s names no kind this detector knows", f.tag, t, f.name)
		}
		m |= b
	}
	return m, nil
}

func (w *valueWalker) mapEntry(top *valueFrame, i int) error {
	k := top.keys[i]
	v := top.v.MapIndex(k)
	ctx := top.ctx
	var seg pathSeg
	switch k.Kind() {
	case reflect.String:
		key := k.String()
		seg.key = key
		if !w.d.mayFind(stringBytes(key)) {
			if m := w.nameMask(key); m != 0 {
				ctx.fieldCtx = fieldCtx{mask: m, name: key}
			}
		} else if fs := w.d.findBytes(stringBytes(key), scanContext{}); len(fs) > 0 {
			seg.masked = fs[0].Kind
			w.emit(fs, seg, true)
		} else if m := w.nameMask(key); m != 0 {
			ctx.fieldCtx = fieldCtx{mask: m, name: key}
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		seg.lit = strconv.FormatInt(k.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		seg.lit = strconv.FormatUint(k.Uint(), 10)
	case reflect.Bool:
		seg.lit = strconv.FormatBool(k.Bool())
	case reflect.Float32, reflect.Float64:
		seg.lit = strconv.FormatFloat(k.Float(), 'g', -1, 64)
	default:
		seg.lit = "#" + strconv.Itoa(i)
	}
	return w.visit(v, seg, true, ctx)
}

// keyCompare orders map keys: by number, string or boolean value when the
// keys have such a kind, by their printed form otherwise.
func keyCompare(a, b reflect.Value) int {
	if a.Kind() == b.Kind() {
		switch a.Kind() {
		case reflect.String:
			return strings.Compare(a.String(), b.String())
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			return cmp.Compare(a.Int(), b.Int())
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			return cmp.Compare(a.Uint(), b.Uint())
		case reflect.Float32, reflect.Float64:
			return cmp.Compare(a.Float(), b.Float())
		case reflect.Bool:
			return cmp.Compare(boolInt(a.Bool()), boolInt(b.Bool()))
		}
	}
	return strings.Compare(printed(a), printed(b))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func printed(v reflect.Value) string {
	if v.CanInterface() {
		return fmt.Sprint(v.Interface())
	}
	return v.Type().String()
}

// scan finds personal information in text, the string form of the value
// at seg.
func (w *valueWalker) scan(text []byte, seg pathSeg, hasSeg bool, ctx valueCtx, number bool) error {
	if !w.d.mayFind(text) {
		return nil
	}
	var fs []Finding
	if number {
		fs = w.d.findNumber(text, ctx.scan())
	} else {
		fs = w.d.findBytes(text, ctx.scan())
	}
	if len(fs) > 0 {
		w.emit(fs, seg, hasSeg)
	}
	return nil
}

// emit records findings at the path of the frames plus seg.
func (w *valueWalker) emit(fs []Finding, seg pathSeg, hasSeg bool) {
	segs := make([]pathSeg, 0, len(w.stack)+1)
	for i := range w.stack {
		if w.stack[i].hasSeg {
			segs = append(segs, w.stack[i].seg)
		}
	}
	if hasSeg {
		segs = append(segs, seg)
	}
	w.path = appendPath(w.path[:0], segs)
	path := string(w.path)
	for _, f := range fs {
		f.Path = joinPath(path, f.Path)
		f.Pointer = ""
		w.out = append(w.out, f)
	}
}

// The text forms, in order of preference.
var textForms = [...]reflect.Type{
	reflect.TypeFor[json.Marshaler](),
	reflect.TypeFor[encoding.TextMarshaler](),
	reflect.TypeFor[error](),
	reflect.TypeFor[fmt.Stringer](),
}

var methodNames = [...]string{"MarshalJSON", "MarshalText", "Error", "String"}

// textMethods says which text form a type and its pointer type have: the
// index in textForms of the preferred one, or -1.
type textMethods struct{ value, pointer int8 }

var textMethodCache sync.Map // reflect.Type → textMethods

func textMethodsOf(t reflect.Type) textMethods {
	if tm, ok := textMethodCache.Load(t); ok {
		return tm.(textMethods)
	}
	tm := textMethods{value: -1, pointer: -1}
	for m := len(textForms) - 1; m >= 0; m-- {
		if t.Implements(textForms[m]) {
			tm.value = int8(m)
		}
		if t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(textForms[m]) {
			tm.pointer = int8(m)
		}
	}
	textMethodCache.Store(t, tm)
	return tm
}

// textForm scans v through its text form when its type has one, and
// reports whether it did.
func (w *valueWalker) textForm(v reflect.Value, seg pathSeg, hasSeg bool, ctx valueCtx) (bool, error) {
	tm := textMethodsOf(v.Type())
	m, recv := int(tm.value), v
	if tm.pointer >= 0 && tm.pointer != tm.value && v.CanAddr() {
		m, recv = int(tm.pointer), v.Addr()
	}
	if m < 0 || !recv.CanInterface() {
		return false, nil
	}
	return true, w.callText(m, recv, seg, hasSeg, ctx)
}

// mayRefer reports whether values of type t can hold references, and so
// be part of a cycle.
func mayRefer(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice, reflect.Struct, reflect.Array:
		return true
	}
	return false
}

// valueError hides a method's error text (it may quote the value) while
// keeping it for errors.Is and errors.As.
type valueError struct {
	msg string
	err error
}

func (e *valueError) Error() string { return e.msg }
func (e *valueError) Unwrap() error { return e.err }

func (w *valueWalker) callText(m int, recv reflect.Value, seg pathSeg, hasSeg bool, ctx valueCtx) (err error) {
	t := recv.Type()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("kpii: %s method of %s panicked", methodNames[m], t)
		}
	}()
	x := recv.Interface()
	var text []byte
	switch m {
	case 0:
		b, merr := x.(json.Marshaler).MarshalJSON()
		if merr != nil {
			return &valueError{msg: fmt.Sprintf("kpii: MarshalJSON method of %s failed", t), err: merr}
		}
		fs, jerr := w.d.FindJSON(b)
		if jerr != nil {
			return &valueError{msg: fmt.Sprintf("kpii: MarshalJSON method of %s returned invalid JSON: %v", t, jerr), err: jerr}
		}
		if len(fs) > 0 {
			w.emit(fs, seg, hasSeg)
		}
		return nil
	case 1:
		b, merr := x.(encoding.TextMarshaler).MarshalText()
		if merr != nil {
			return &valueError{msg: fmt.Sprintf("kpii: MarshalText method of %s failed", t), err: merr}
		}
		text = b
	case 2:
		text = stringBytes(x.(error).Error())
	case 3:
		text = stringBytes(x.(fmt.Stringer).String())
	}
	return w.scan(text, seg, hasSeg, ctx, false)
}

// structInfo lists the fields FindValue walks in a struct type.
type structInfo struct {
	fields []fieldInfo
}

type fieldInfo struct {
	index    int
	name     string
	embedded bool // an embedded struct (or pointer to one): its fields are promoted
	tag      string
	kinds    []patterns.Kind // from the kpii tag
	// nameKinds are the kinds the field's name suggests (FieldKinds),
	// worked out once per type.
	nameKinds []patterns.Kind
}

var structInfos sync.Map // reflect.Type → *structInfo

func structInfoOf(t reflect.Type) *structInfo {
	if si, ok := structInfos.Load(t); ok {
		return si.(*structInfo)
	}
	si := &structInfo{}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag, tagged := sf.Tag.Lookup("kpii")
		tag = strings.TrimSpace(tag)
		if tag == "-" {
			continue
		}
		ft := sf.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		embedded := sf.Anonymous && ft.Kind() == reflect.Struct
		if !sf.IsExported() && !embedded {
			continue
		}
		fi := fieldInfo{index: i, name: sf.Name, embedded: embedded, tag: tag, nameKinds: FieldKinds(sf.Name)}
		if tagged && tag != "" {
			for _, name := range strings.Split(tag, ",") {
				name = strings.TrimSpace(name)
				if name == "" {
					continue
				}
				k, err := patterns.ParseKind(name)
				if err != nil {
					k = patterns.Kind(strings.ToUpper(strings.ReplaceAll(name, "-", "_")))
				}
				fi.kinds = append(fi.kinds, k)
			}
		}
		si.fields = append(si.fields, fi)
	}
	actual, _ := structInfos.LoadOrStore(t, si)
	return actual.(*structInfo)
}
