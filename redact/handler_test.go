package redact

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/netip"
	"strings"
	"testing"
	"testing/slogtest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHandlerConformance(t *testing.T) {
	var buf bytes.Buffer
	r := New(nil)
	h := NewHandler(slog.NewJSONHandler(&buf, nil), r)
	results := func() []map[string]any {
		var ms []map[string]any
		for _, line := range bytes.Split(buf.Bytes(), []byte{'\n'}) {
			if len(line) == 0 {
				continue
			}
			var m map[string]any
			if err := json.Unmarshal(line, &m); err != nil {
				t.Fatal(err)
			}
			ms = append(ms, m)
		}
		return ms
	}
	require.NoError(t, slogtest.TestHandler(h, results))
}

func TestHandlerConformanceRun(t *testing.T) {
	r := New(nil)
	var buf *bytes.Buffer
	slogtest.Run(t, func(*testing.T) slog.Handler {
		buf = new(bytes.Buffer)
		return NewHandler(slog.NewJSONHandler(buf, nil), r)
	}, func(t *testing.T) map[string]any {
		var m map[string]any
		require.NoError(t, json.Unmarshal(buf.Bytes(), &m))
		return m
	})
}

func logJSON(t *testing.T, f func(*slog.Logger)) map[string]any {
	t.Helper()
	var buf bytes.Buffer
	f(slog.New(NewHandler(slog.NewJSONHandler(&buf, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}), New(nil))))
	for _, secret := range []string{"1021413", "1234-5678", "hong@", "01012345678"} {
		assert.NotContains(t, buf.String(), secret, "no PII reaches the sink")
	}
	var m map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &m), buf.String())
	return m
}

type account struct {
	ID    int
	Email string
	Phone string
}

type phoneValuer string

func (p phoneValuer) LogValue() slog.Value {
	return slog.GroupValue(slog.String("number", string(p)), slog.Int("n", 1))
}

type stringer struct{ v string }

func (s stringer) String() string { return "user<" + s.v + ">" }

type marshaler struct{ v string }

func (m marshaler) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]string{"phone": m.v, "x": "y"})
}

type panicky struct{}

func (panicky) String() string { panic("010-1234-5678") }

func TestHandlerRedactsEverything(t *testing.T) {
	when := time.Date(2026, 11, 23, 5, 0, 0, 0, time.UTC)
	m := logJSON(t, func(l *slog.Logger) {
		l.Info("가입 960121-1021413 완료",
			"phone", "010-1234-5678",
			"hp", "01012345678",
			"count", 42, "ok", true, "ratio", 0.5, "took", 3*time.Second, "at", when,
			"mobile", int64(1012345678), // 010-1234-5678 stored as an integer
			"jumin", uint64(9601211021413),
			slog.Group("user", "email", "hong@naver.com", slog.Group("deep", "tel", "02-123-4567")),
			"valuer", phoneValuer("010-1234-5678"),
			"err", errors.New("lookup 010-1234-5678 failed"),
			"stringer", stringer{"hong@naver.com"},
			"marshaler", marshaler{"010-1234-5678"},
			"struct", account{ID: 7, Email: "hong@naver.com", Phone: "010-1234-5678"},
			"ptr", &account{ID: 8, Phone: "010-1234-5678"},
			"map", map[string]any{"phone": "021234567"},
			"slice", []string{"010-1234-5678", "ok"},
			"addr", netip.MustParseAddr("10.0.0.1"),
			"bytes", []byte("010-1234-5678"),
			"ch", make(chan int),
			"panicky", panicky{},
			"hong@naver.com", "key is PII",
		)
	})
	assert.Equal(t, "가입 960121-1****** 완료", m["msg"])
	assert.Equal(t, "010-****-5678", m["phone"])
	assert.Equal(t, "010****5678", m["hp"])
	assert.Equal(t, 42.0, m["count"])
	assert.Equal(t, true, m["ok"])
	assert.Equal(t, 0.5, m["ratio"])
	assert.Equal(t, float64(3*time.Second), m["took"])
	assert.Equal(t, "2026-11-23T05:00:00Z", m["at"])
	assert.Equal(t, "10****5678", m["mobile"], "an integer phone that lost its 0 is masked")
	assert.Equal(t, "9601211******", m["jumin"], "an integer under a telling key is masked")
	assert.Equal(t, map[string]any{"email": "ho**@naver.com", "deep": map[string]any{"tel": "02-***-4567"}}, m["user"])
	assert.Equal(t, map[string]any{"number": "010-****-5678", "n": 1.0}, m["valuer"])
	assert.Equal(t, "lookup 010-****-5678 failed", m["err"])
	assert.Equal(t, "user<ho**@naver.com>", m["stringer"])
	assert.Equal(t, map[string]any{"phone": "010-****-5678", "x": "y"}, m["marshaler"])
	assert.Equal(t, map[string]any{"ID": 7.0, "Email": "ho**@naver.com", "Phone": "010-****-5678"}, m["struct"])
	assert.Equal(t, map[string]any{"ID": 8.0, "Email": "", "Phone": "010-****-5678"}, m["ptr"])
	assert.Equal(t, map[string]any{"phone": "02***4567"}, m["map"])
	assert.Equal(t, []any{"010-****-5678", "ok"}, m["slice"])
	assert.Equal(t, "10.0.0.1", m["addr"])
	assert.Equal(t, Marker, m["ch"], "fails closed on what it cannot walk")
	assert.Equal(t, Marker, m["panicky"])
	assert.Equal(t, "key is PII", m["ho**@naver.com"])
	assert.NotContains(t, m, "hong@naver.com")
}

// countingHandler counts the records and attributes it sees.
type countingHandler struct {
	slog.Handler
	records *int
	last    *slog.Record
}

func (c countingHandler) Handle(ctx context.Context, r slog.Record) error {
	*c.records++
	*c.last = r
	return c.Handler.Handle(ctx, r)
}

func (c countingHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return countingHandler{c.Handler.WithAttrs(as), c.records, c.last}
}

func (c countingHandler) WithGroup(name string) slog.Handler {
	return countingHandler{c.Handler.WithGroup(name), c.records, c.last}
}

type countingValuer struct{ n *int }

func (v countingValuer) LogValue() slog.Value {
	*v.n++
	return slog.StringValue("010-1234-5678")
}

func TestHandlerWithAttrsRedactsOnce(t *testing.T) {
	var buf bytes.Buffer
	n := 0
	var last slog.Record
	next := countingHandler{slog.NewJSONHandler(&buf, nil), new(int), &last}
	l := slog.New(NewHandler(next, New(nil))).With("caller", countingValuer{&n}, "email", "hong@naver.com").WithGroup("req")
	for i := 0; i < 3; i++ {
		l.Info("hi", "id", i)
	}
	assert.Equal(t, 1, n, "pre-attached attributes are redacted (and resolved) once")
	assert.Equal(t, 3, *next.records)
	out := buf.String()
	assert.Equal(t, 3, strings.Count(out, `"caller":"010-****-5678","email":"ho**@naver.com","req":{"id":`))
	assert.NotContains(t, out, "1234-5678")
}

func TestHandlerPassesCleanRecordsUntouched(t *testing.T) {
	var last slog.Record
	next := countingHandler{slog.NewJSONHandler(&bytes.Buffer{}, nil), new(int), &last}
	h := NewHandler(next, New(nil))
	rec := slog.NewRecord(time.Now(), slog.LevelInfo, "clean", 0)
	rec.AddAttrs(slog.Int("a", 1), slog.String("b", "x"), slog.Bool("c", true))
	require.NoError(t, h.Handle(context.Background(), rec))
	assert.Equal(t, "clean", last.Message)
	assert.Equal(t, 3, last.NumAttrs())
	if raceEnabled {
		t.Skip("allocation counts differ under the race detector")
	}
	allocs := testing.AllocsPerRun(100, func() { _ = h.Handle(context.Background(), rec) })
	assert.Zero(t, allocs, "a clean record costs the wrapper no allocation")
}

func TestHandlerGroupNameAndDepth(t *testing.T) {
	var buf bytes.Buffer
	h := NewHandler(slog.NewJSONHandler(&buf, nil), New(nil, WithMaxDepth(3)))
	l := slog.New(h).WithGroup("hong@naver.com")
	type deep struct{ Next *deep }
	d := &deep{}
	for i := 0; i < 10; i++ {
		d = &deep{Next: d}
	}
	l.Info("x", "deep", d, slog.Group("a", slog.Group("b", slog.Group("c", slog.Group("d", slog.String("e", "f"))))))
	out := buf.String()
	assert.Contains(t, out, `"ho**@naver.com":{`)
	assert.Contains(t, out, `"deep":"`+Marker+`"`)
	assert.Contains(t, out, `"d":"`+Marker+`"`)
}
