package redact

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type contact struct {
	Kind  string
	Value string
}

type user struct {
	Name     string
	Phone    string
	HP       int64  `kpii:"phone"`
	Jumin    string `kpii:"rrn"`
	TraceID  string `kpii:"-"`
	Note     []byte
	Tags     []string
	Contacts []contact
	Extra    map[string]any
	Manager  *user
	Joined   time.Time
	Err      error
	Score    float64
	Active   bool
	secret   string
	count    int
	Tel      string `json:"hp"`
}

func sampleUser() *user {
	u := &user{
		Name:     "홍길동",
		Phone:    "010-1234-5678",
		HP:       1012345678,
		Jumin:    "whatever the detector thinks 9601211021414",
		TraceID:  "010-1234-5678",
		Note:     []byte("메일 hong@naver.com"),
		Tags:     []string{"vip", "960121-1021413"},
		Contacts: []contact{{"phone", "02-123-4567"}},
		Extra:    map[string]any{"phone": "021234567", "n": 3, "hong@naver.com": "key"},
		Joined:   time.Date(2026, 11, 23, 5, 23, 45, 0, time.FixedZone("KST", 9*3600)),
		Err:      fmt.Errorf("lookup %s: %w", "010-1234-5678", errors.New("not found")),
		Score:    1.5,
		Active:   true,
		secret:   "960121-1021413",
		count:    7,
		Tel:      "0311234567",
	}
	u.Manager = u // a cycle
	return u
}

func TestValueRedactsACopy(t *testing.T) {
	r := New(nil)
	u := sampleUser()
	got, err := Value(r, u)
	require.NoError(t, err)

	assert.Equal(t, "홍길동", got.Name)
	assert.Equal(t, "010-****-5678", got.Phone)
	assert.Zero(t, got.HP, "an integer tagged with a kind cannot hold a mask")
	assert.Equal(t, "******** *** ******** ****** 9601211******", got.Jumin, "tagged: masked whole as an RRN")
	assert.Equal(t, "010-1234-5678", got.TraceID, `kpii:"-" is copied as is`)
	assert.Equal(t, "메일 ho**@naver.com", string(got.Note))
	assert.Equal(t, []string{"vip", "960121-1******"}, got.Tags)
	assert.Equal(t, []contact{{"phone", "02-***-4567"}}, got.Contacts)
	assert.Equal(t, map[string]any{"phone": "02***4567", "n": 3, "ho**@naver.com": "key"}, got.Extra, "map keys are context and are redacted")
	assert.Same(t, got, got.Manager, "cycles are copied as cycles")
	assert.True(t, u.Joined.Equal(got.Joined))
	assert.Equal(t, u.Joined.Location(), got.Joined.Location())
	assert.EqualError(t, got.Err, "lookup 010-****-5678: not found")
	assert.Equal(t, 1.5, got.Score)
	assert.True(t, got.Active)
	assert.Empty(t, got.secret, "unexported text is left zero")
	assert.Equal(t, 7, got.count, "unexported numbers are copied")
	assert.Equal(t, "031***4567", got.Tel, "the json name is context when the Go name says nothing")

	// The original is untouched.
	orig := sampleUser()
	assert.Equal(t, orig.Phone, u.Phone)
	assert.Equal(t, orig.Note, u.Note)
	assert.Equal(t, orig.Tags, u.Tags)
	assert.Equal(t, orig.Contacts, u.Contacts)
	assert.Equal(t, orig.Extra, u.Extra)
	assert.Equal(t, orig.secret, u.secret)
	assert.Equal(t, orig.Err.Error(), u.Err.Error())
}

func TestValueOfInterfacesAndScalars(t *testing.T) {
	r := New(nil)
	s, err := Value(r, "tel 010-1234-5678")
	require.NoError(t, err)
	assert.Equal(t, "tel 010-****-5678", s)

	var a any = map[string][]any{"list": {"hong@naver.com", 1, nil}}
	got, err := Value(r, a)
	require.NoError(t, err)
	assert.Equal(t, map[string][]any{"list": {"ho**@naver.com", 1, nil}}, got)

	var nilAny any
	got, err = Value(r, nilAny)
	require.NoError(t, err)
	assert.Nil(t, got)

	type rrnHolder struct{ RRN int64 }
	h, err := Value(r, rrnHolder{RRN: 9601211021413})
	require.NoError(t, err)
	assert.Zero(t, h.RRN, "an integer that is personal information becomes 0")
	h, err = Value(r, rrnHolder{RRN: 42})
	require.NoError(t, err)
	assert.Equal(t, int64(42), h.RRN)

	ch := make(chan int)
	type withFunc struct {
		F  func()
		Ch chan int
	}
	wf, err := Value(r, withFunc{Ch: ch})
	require.NoError(t, err)
	assert.Equal(t, ch, wf.Ch)
}

func TestValueCyclesThroughSlicesAndMaps(t *testing.T) {
	r := New(nil)
	s := []any{"010-1234-5678", nil}
	s[1] = s
	got, err := Value(r, s)
	require.NoError(t, err)
	assert.Equal(t, "010-****-5678", got[0])

	m := map[string]any{"phone": "010-1234-5678"}
	m["self"] = m
	gm, err := Value(r, m)
	require.NoError(t, err)
	assert.Equal(t, "010-****-5678", gm["phone"])
	assert.Equal(t, "010-1234-5678", m["phone"])
}

type node struct {
	Value string
	Next  *node
}

func TestValueDepthLimit(t *testing.T) {
	r := New(nil, WithMaxDepth(10))
	var head *node
	for i := 0; i < 20; i++ {
		head = &node{Value: "010-1234-5678", Next: head}
	}
	got, err := Value(r, head)
	assert.ErrorIs(t, err, ErrTooDeep)
	assert.Nil(t, got)
	assert.Contains(t, err.Error(), ".Next.Next")
	assert.NotContains(t, err.Error(), "010")

	m := map[string]any{}
	cur := m
	for i := 0; i < 20; i++ {
		next := map[string]any{}
		cur["hong@naver.com"] = next
		cur = next
	}
	_, err = Value(r, m)
	assert.ErrorIs(t, err, ErrTooDeep)
	assert.NotContains(t, err.Error(), "hong", "map keys never appear in paths")
}

func TestValueBadTag(t *testing.T) {
	type bad struct {
		X string `kpii:"no such kind!"`
	}
	_, err := Value(New(nil), bad{X: "010-1234-5678"})
	assert.ErrorContains(t, err, "bad kpii tag")
	assert.NotContains(t, err.Error(), "010-1234")
}

type nilErr struct{}

func (*nilErr) Error() string { panic("boom") }

func TestValueErrorThatPanics(t *testing.T) {
	type holder struct{ Err error }
	var e *nilErr
	got, err := Value(New(nil), holder{Err: e})
	require.NoError(t, err)
	assert.EqualError(t, got.Err, Marker)
}
