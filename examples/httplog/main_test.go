package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/redact"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var secrets = []string{"1234-5678", "01012345678", "1021413", "hong@", "123-4567", "synthetic-token"}

func TestRunLogsNoPII(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf))
	for _, s := range secrets {
		assert.NotContains(t, buf.String(), s)
	}
	var m map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &m))
	assert.Equal(t, "POST", m["method"])
	assert.Equal(t, map[string]any{"name": "홍길동", "phone": "010-****-5678", "jumin": "960121-1******", "email": "ho**@naver.com"}, m["body"])
	headers := m["headers"].(map[string]any)
	assert.Equal(t, []any{"02-***-4567"}, headers["X-Phone"])
	assert.Equal(t, []any{"[REDACTED]"}, headers["Authorization"])
	assert.Equal(t, map[string]any{"ref": []any{"ho**@naver.com"}, "hp": []any{"010****5678"}}, m["query"])
}

func TestMiddlewarePassesTheBodyThrough(t *testing.T) {
	var logs bytes.Buffer
	h := newServer(&logs)
	body := `{"phone":"010-1234-5678"}`
	req := httptest.NewRequest("POST", "/members", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	assert.Equal(t, "registered 010-1234-5678", rec.Body.String(), "the application sees the real value")
	assert.Contains(t, logs.String(), `"body":{"phone":"010-****-5678"}`)
	assert.NotContains(t, logs.String(), "1234-5678")
}

func TestMiddlewareTextAndLongBodies(t *testing.T) {
	var logs bytes.Buffer
	h := newServer(&logs)
	req := httptest.NewRequest("POST", "/note", strings.NewReader("메모: 연락처 010-1234-5678"))
	req.Header.Set("Content-Type", "text/plain")
	h.ServeHTTP(httptest.NewRecorder(), req)
	assert.Contains(t, logs.String(), `"text":"메모: 연락처 010-****-5678","truncated":false`)

	logs.Reset()
	long := strings.Repeat("x", maxLoggedBody) + " 010-1234-5678"
	var got string
	inner := newServerWith(&logs, func(b []byte) { got = string(b) })
	req = httptest.NewRequest("POST", "/upload", strings.NewReader(long))
	inner.ServeHTTP(httptest.NewRecorder(), req)
	assert.Equal(t, long, got, "a body longer than the logged part reaches the application whole")
	assert.Contains(t, logs.String(), `"truncated":true`)
}

// newServerWith is newServer with an application that hands its body to
// sink.
func newServerWith(w io.Writer, sink func([]byte)) http.Handler {
	r := redact.New(detector.New())
	logger := slog.New(redact.NewHandler(slog.NewJSONHandler(w, nil), r))
	return LogRequests(logger, r, http.HandlerFunc(func(_ http.ResponseWriter, req *http.Request) {
		b, _ := io.ReadAll(req.Body)
		sink(b)
	}))
}
