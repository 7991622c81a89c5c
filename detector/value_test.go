package detector_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// vspan is a finding as the value tests compare it: the path and the
// bytes it covers in the text at that path.
type vspan struct {
	Kind patterns.Kind
	Path string
	Text string
}

// vspans resolves each finding's text through texts, the string form of
// the value at each path.
func vspans(t *testing.T, fs []detector.Finding, texts map[string]string) []vspan {
	t.Helper()
	var out []vspan
	for _, f := range fs {
		s, ok := texts[f.Path]
		require.True(t, ok, "no text for path %q", f.Path)
		require.True(t, f.Start >= 0 && f.End <= len(s) && f.Start < f.End, "%v outside %q", f, f.Path)
		out = append(out, vspan{f.Kind, f.Path, s[f.Start:f.End]})
	}
	return out
}

type Contact struct {
	Kind  string
	Phone string
}

type inner struct {
	Hp    string
	Email string
}

type Address struct {
	Zip string
}

type Customer struct {
	Name     string
	Jumin    string
	Contacts []Contact
	Tags     [2]string
	Meta     map[string]any
	ByID     map[int]string
	Raw      []byte
	Tel      int64
	Mobile   float64
	Count    uint64
	Ptr      **Contact
	Any      any
	note     string //nolint:unused // unexported: never read
	inner
	*Address
	Missing *Contact
	Fn      func()
	Ch      chan int
}

func TestFindValueKinds(t *testing.T) {
	d := detector.New()
	c := &Contact{Kind: "fax", Phone: "02-123-4567"}
	v := Customer{
		Name:     "홍길동",
		Jumin:    "9601211021414",
		Contacts: []Contact{{Kind: "home", Phone: "0212345678"}, {Kind: "mobile", Phone: "010-1234-5678"}},
		Tags:     [2]string{"vip", "hong@naver.com"},
		Meta: map[string]any{
			"주소 1":  "kim.minsu@example.co.kr",
			"list":  []any{"x", map[string]any{"hp": "01012345678"}},
			"plain": "nothing here 12345",
		},
		ByID:    map[int]string{42: "010-1234-5678", 7: "none"},
		Raw:     []byte("tel 0212345678"),
		Tel:     1012345678,
		Mobile:  1012345678,
		Count:   9601211021413,
		Ptr:     &c,
		Any:     &Contact{Phone: "010-1234-5678"},
		note:    "010-1234-5678",
		inner:   inner{Hp: "01012345678", Email: "hong@naver.com"},
		Address: &Address{Zip: "hong@naver.com"},
	}
	fs, err := d.FindValue(v)
	require.NoError(t, err)
	texts := map[string]string{
		"Jumin": v.Jumin, "Contacts[0].Phone": "0212345678", "Contacts[1].Phone": "010-1234-5678",
		"Tags[1]": "hong@naver.com", `Meta["주소 1"]`: "kim.minsu@example.co.kr", "Meta.list[1].hp": "01012345678",
		"ByID[42]": "010-1234-5678", "Raw": "tel 0212345678", "Tel": "1012345678", "Mobile": "1012345678",
		"Count": "9601211021413", "Ptr.Phone": "02-123-4567", "Any.Phone": "010-1234-5678",
		"Hp": "01012345678", "Email": "hong@naver.com", "Zip": "hong@naver.com",
	}
	assert.Equal(t, []vspan{
		{patterns.RRN, "Jumin", "9601211021414"},
		{patterns.Phone, "Contacts[0].Phone", "0212345678"},
		{patterns.Phone, "Contacts[1].Phone", "010-1234-5678"},
		{patterns.Email, "Tags[1]", "hong@naver.com"},
		{patterns.Phone, "Meta.list[1].hp", "01012345678"},
		{patterns.Email, `Meta["주소 1"]`, "kim.minsu@example.co.kr"},
		{patterns.Phone, "ByID[42]", "010-1234-5678"},
		{patterns.Phone, "Raw", "0212345678"},
		{patterns.Phone, "Tel", "1012345678"},
		{patterns.Phone, "Mobile", "1012345678"},
		{patterns.RRN, "Count", "9601211021413"},
		{patterns.Phone, "Ptr.Phone", "02-123-4567"},
		{patterns.Phone, "Any.Phone", "010-1234-5678"},
		{patterns.Phone, "Hp", "01012345678"},
		{patterns.Email, "Email", "hong@naver.com"},
		{patterns.Email, "Zip", "hong@naver.com"},
	}, vspans(t, fs, texts))
	for _, f := range fs {
		assert.Empty(t, f.Pointer)
	}

	// The same through a pointer and an interface, twice: deterministic.
	var boxed any = &v
	again, err := d.FindValue(&boxed)
	require.NoError(t, err)
	assert.Equal(t, fs, again)
}

func TestFindValueScalarsAndNil(t *testing.T) {
	d := detector.New()
	var nilContact *Contact
	var nilStringer fmt.Stringer
	var nilMap map[string]string
	for _, v := range []any{nil, nilContact, nilStringer, nilMap, []string(nil), 42, true, 3.5, complex(1, 2),
		make(chan int), func() {}, struct{}{}, [0]int{}} {
		fs, err := d.FindValue(v)
		assert.NoError(t, err, "%T", v)
		assert.Empty(t, fs, "%T", v)
	}
	fs, err := d.FindValue("연락처 010-1234-5678")
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, "", fs[0].Path)
	assert.Equal(t, len("연락처 "), fs[0].Start)
}

type tagged struct {
	Value  string   `kpii:"rrn"`
	Plain  string   // the same value without the tag: below the threshold
	Phones []string `kpii:"phone"`
	Either string   `kpii:"phone, email"`
	Secret string   `kpii:"-"`
	Nested struct {
		Deep string
	} `kpii:"RRN"`
}

func TestFindValueTags(t *testing.T) {
	d := detector.New()
	v := tagged{Value: "9601211021414", Plain: "9601211021414", Phones: []string{"0212345678"},
		Either: "0212345678", Secret: "960121-1021413"}
	v.Nested.Deep = "9601211021414"
	fs, err := d.FindValue(v)
	require.NoError(t, err)
	texts := map[string]string{"Value": v.Value, "Phones[0]": "0212345678", "Either": "0212345678", "Nested.Deep": v.Nested.Deep}
	assert.Equal(t, []vspan{
		{patterns.RRN, "Value", "9601211021414"},
		{patterns.Phone, "Phones[0]", "0212345678"},
		{patterns.Phone, "Either", "0212345678"},
		{patterns.RRN, "Nested.Deep", "9601211021414"},
	}, vspans(t, fs, texts))
	assert.Equal(t, detector.Medium, fs[0].Confidence)
	assert.Contains(t, fs[0].Explain(), "field name Value")

	type unknown struct {
		X string `kpii:"phon"`
	}
	fs, err = d.FindValue(unknown{X: "010-1234-5678"})
	assert.Nil(t, fs)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `kpii:"phon"`)
	assert.NotContains(t, err.Error(), "1234")

	// A user-defined kind the detector knows is accepted.
	p, err := detector.NewPattern("MEMBER_NO", `M\d{8}`)
	require.NoError(t, err)
	type member struct {
		ID string `kpii:"member_no"`
	}
	fs, err = detector.New(detector.WithPatterns(p), detector.WithKinds("MEMBER_NO")).FindValue(member{ID: "M12345678"})
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, patterns.Kind("MEMBER_NO"), fs[0].Kind)
}

// protoLike mimics a generated protobuf message: internal state with a
// mutex and caches next to the exported fields.
type protoLike struct {
	state struct {
		mu   sync.Mutex
		done bool
	}
	sizeCache     int32
	unknownFields []byte
	mu            sync.Mutex

	Name  string
	Phone string
	Inner *protoLike
}

func TestFindValueProtobufLike(t *testing.T) {
	d := detector.New()
	msg := &protoLike{Name: "홍길동", Phone: "010-1234-5678", unknownFields: []byte("010-1234-5678"),
		Inner: &protoLike{Phone: "02-123-4567"}}
	// Another goroutine holds and releases the mutexes meanwhile: FindValue
	// never reads unexported fields, so the race detector stays quiet.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
				msg.mu.Lock()
				msg.state.mu.Lock()
				msg.sizeCache++
				msg.state.mu.Unlock()
				msg.mu.Unlock()
			}
		}
	}()
	for i := 0; i < 50; i++ {
		fs, err := d.FindValue(msg)
		require.NoError(t, err)
		require.Len(t, fs, 2)
		assert.Equal(t, "Phone", fs[0].Path)
		assert.Equal(t, "Inner.Phone", fs[1].Path)
	}
	close(stop)
	wg.Wait()
}

type masked struct{ phone string }

func (m masked) String() string { return "tel " + m.phone }

type ptrStringer struct{ v string }

func (p *ptrStringer) String() string { return p.v }

type textual struct{ v string }

func (t textual) MarshalText() ([]byte, error) { return []byte(t.v), nil }

type jsonish struct{ hp string }

func (j jsonish) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any{"contact": map[string]string{"hp": j.hp}})
}

// both prefers MarshalJSON to String.
type both struct{}

func (both) MarshalJSON() ([]byte, error) { return []byte(`{"email":"hong@naver.com"}`), nil }
func (both) String() string               { return "010-1234-5678" }

func TestFindValueTextForms(t *testing.T) {
	d := detector.New()
	v := struct {
		Masked  masked
		Ptr     ptrStringer
		Err     error
		Text    textual
		JSON    jsonish
		Both    both
		Raw     json.RawMessage
		When    time.Time
		IP      net.IP
		Big     *big.Int
		Dur     time.Duration
		Stamped *time.Time
	}{
		Masked: masked{phone: "010-1234-5678"},
		Ptr:    ptrStringer{v: "hong@naver.com"},
		Err:    fmt.Errorf("call %s failed", "010-1234-5678"),
		Text:   textual{v: "rrn 960121-1021413"},
		JSON:   jsonish{hp: "01012345678"},
		Raw:    json.RawMessage(`{"phone":"02-123-4567"}`),
		When:   time.Date(2024, 3, 15, 14, 32, 11, 0, time.UTC),
		IP:     net.IPv4(10, 0, 0, 12),
		Big:    big.NewInt(9601211021413),
	}
	// Addressable, so the pointer-receiver String of Ptr is used.
	fs, err := d.FindValue(&v)
	require.NoError(t, err)
	texts := map[string]string{
		"Masked": "tel 010-1234-5678", "Ptr": "hong@naver.com", "Err": "call 010-1234-5678 failed",
		"Text": "rrn 960121-1021413", "JSON.contact.hp": `{"contact":{"hp":"01012345678"}}`,
		"Both.email": `{"email":"hong@naver.com"}`, "Raw.phone": `{"phone":"02-123-4567"}`, "Big": "9601211021413",
	}
	assert.Equal(t, []vspan{
		{patterns.Phone, "Masked", "010-1234-5678"},
		{patterns.Email, "Ptr", "hong@naver.com"},
		{patterns.Phone, "Err", "010-1234-5678"},
		{patterns.RRN, "Text", "960121-1021413"},
		{patterns.Phone, "JSON.contact.hp", "01012345678"},
		{patterns.Email, "Both.email", "hong@naver.com"},
		{patterns.Phone, "Raw.phone", "02-123-4567"},
		{patterns.RRN, "Big", "9601211021413"},
	}, vspans(t, fs, texts))

	// Not addressable: the pointer-receiver method is out of reach, and
	// the unexported field behind it is skipped.
	fs, err = d.FindValue(ptrStringer{v: "hong@naver.com"})
	require.NoError(t, err)
	assert.Empty(t, fs)
	// A nil pointer whose method has a pointer receiver is skipped, not called.
	fs, err = d.FindValue((*ptrStringer)(nil))
	require.NoError(t, err)
	assert.Empty(t, fs)
}

type failingJSON struct{}

func (failingJSON) MarshalJSON() ([]byte, error) {
	return nil, errors.New("cannot marshal 010-1234-5678")
}

type badJSON struct{}

func (badJSON) MarshalJSON() ([]byte, error) { return []byte(`{"phone":"010-1234-5678"`), nil }

type panicky struct{ p *string }

func (p panicky) String() string { return *p.p }

func TestFindValueMethodErrors(t *testing.T) {
	d := detector.New()
	for name, v := range map[string]any{
		"failing MarshalJSON": struct{ F failingJSON }{},
		"invalid JSON":        []any{badJSON{}},
		"panicking String":    map[string]any{"x": panicky{}},
	} {
		t.Run(name, func(t *testing.T) {
			fs, err := d.FindValue(v)
			assert.Nil(t, fs)
			require.Error(t, err)
			assert.NotContains(t, err.Error(), "010")
			assert.NotContains(t, err.Error(), "1234")
		})
	}
	_, err := d.FindValue(failingJSON{})
	var inner interface{ Unwrap() error }
	require.ErrorAs(t, err, &inner)
	assert.Contains(t, inner.Unwrap().Error(), "cannot marshal", "the method's error stays reachable")
}

type node struct {
	Phone string
	Next  *node
	Other *node
}

func TestFindValueCyclesAndSharing(t *testing.T) {
	d := detector.New()
	a := &node{Phone: "010-1234-5678"}
	b := &node{Phone: "02-123-4567", Next: a}
	a.Next = b
	a.Other = a
	fs, err := d.FindValue(a)
	require.NoError(t, err)
	require.Len(t, fs, 2)
	assert.Equal(t, "Phone", fs[0].Path)
	assert.Equal(t, "Next.Phone", fs[1].Path)

	m := map[string]any{"email": "hong@naver.com"}
	m["self"] = m
	s := []any{"010-1234-5678", nil}
	s[1] = s
	m["list"] = s
	fs, err = d.FindValue(m)
	require.NoError(t, err)
	require.Len(t, fs, 2)
	assert.Equal(t, "email", fs[0].Path)
	assert.Equal(t, "list[0]", fs[1].Path)

	// A value shared by two fields is reported once, at the first path.
	shared := &Contact{Phone: "010-1234-5678"}
	fs, err = d.FindValue(struct{ A, B *Contact }{shared, shared})
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, "A.Phone", fs[0].Path)
}

func TestFindValueDeep(t *testing.T) {
	d := detector.New()
	build := func(n int) *node {
		head := &node{Phone: "010-1234-5678"}
		for i := 0; i < n; i++ {
			head = &node{Next: head}
		}
		return head
	}
	fs, err := d.FindValue(build(detector.MaxValueDepth - 1))
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, strings.Repeat("Next.", detector.MaxValueDepth-1)+"Phone", fs[0].Path)

	fs, err = d.FindValue(build(detector.MaxValueDepth))
	assert.Nil(t, fs)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "deeper than 10000")

	var nested any = "010-1234-5678"
	for i := 0; i < 100000; i++ {
		nested = []any{nested}
	}
	_, err = d.FindValue(nested)
	require.Error(t, err, "no stack overflow, an error")
}

func TestFindValueMapKeys(t *testing.T) {
	d := detector.New()
	fs, err := d.FindValue(map[string]map[string]string{
		"hong@naver.com": {"tel": "0212345678"},
		"b":              {"x": "y"},
	})
	require.NoError(t, err)
	require.Len(t, fs, 2)
	assert.Equal(t, "[<EMAIL>]", fs[0].Path)
	assert.Equal(t, patterns.Email, fs[0].Kind)
	assert.Equal(t, "[<EMAIL>].tel", fs[1].Path)
	assert.NotContains(t, fs[1].Explain(), "naver")

	keys := map[string]string{}
	for i := 0; i < 100; i++ {
		keys[fmt.Sprintf("k%03d", i)] = "010-1234-5678"
	}
	fs, err = d.FindValue(keys)
	require.NoError(t, err)
	require.Len(t, fs, 100)
	for i, f := range fs {
		assert.Equal(t, fmt.Sprintf("k%03d", i), f.Path)
	}

	type point struct{ X, Y int }
	fs, err = d.FindValue(map[point]string{{2, 1}: "010-1234-5678", {1, 2}: "02-123-4567"})
	require.NoError(t, err)
	require.Len(t, fs, 2)
	assert.Equal(t, "[#0]", fs[0].Path)
	assert.Equal(t, patterns.Phone, fs[0].Kind)
}
