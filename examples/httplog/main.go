// Command httplog is HTTP middleware that logs every request — method,
// path, query, headers and body — with the personal information in them
// redacted, while the application behind it receives the request
// unchanged.
//
//	go run ./examples/httplog
//
// It starts a test server, sends it one request with synthetic personal
// information, and prints the log line.
package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/redact"
)

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// maxLoggedBody is how much of a request body the middleware logs.
const maxLoggedBody = 64 << 10

// secretHeaders are never logged, redacted or not.
var secretHeaders = map[string]bool{"Authorization": true, "Cookie": true, "Proxy-Authorization": true}

// LogRequests returns middleware that logs each request to logger with r's
// redaction, then passes the request, body intact, to next.
func LogRequests(logger *slog.Logger, r *redact.Redactor, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		attrs := []slog.Attr{
			slog.String("method", req.Method),
			slog.String("path", r.String(req.URL.Path)),
			slog.Any("query", redactQuery(r, req.URL.Query())),
			slog.Any("headers", redactHeaders(r, req.Header)),
		}
		if req.Body != nil {
			body, err := io.ReadAll(io.LimitReader(req.Body, maxLoggedBody+1))
			if err != nil {
				http.Error(w, "bad request body", http.StatusBadRequest)
				return
			}
			// Give the application the whole body back, untouched.
			req.Body = struct {
				io.Reader
				io.Closer
			}{io.MultiReader(bytes.NewReader(body), req.Body), req.Body}
			attrs = append(attrs, bodyAttr(r, req.Header.Get("Content-Type"), body))
		}
		logger.LogAttrs(req.Context(), slog.LevelInfo, "request", attrs...)
		next.ServeHTTP(w, req)
	})
}

// bodyAttr logs a body: JSON with its structure (keys as context), other
// text as text. A truncated body is marked so.
func bodyAttr(r *redact.Redactor, contentType string, body []byte) slog.Attr {
	truncated := len(body) > maxLoggedBody
	if truncated {
		body = body[:maxLoggedBody]
	}
	if strings.HasPrefix(contentType, "application/json") && !truncated {
		if red, err := r.JSON(body); err == nil {
			return slog.Any("body", json.RawMessage(red))
		}
	}
	return slog.Group("body", slog.String("text", string(r.Bytes(body))), slog.Bool("truncated", truncated))
}

func redactHeaders(r *redact.Redactor, h http.Header) map[string][]string {
	out := make(map[string][]string, len(h))
	for name, vs := range h {
		red := make([]string, len(vs))
		for i, v := range vs {
			if secretHeaders[name] {
				red[i] = redact.Marker
			} else {
				red[i] = r.Field(name, v) // the header name is context: X-Phone
			}
		}
		out[name] = red
	}
	return out
}

func redactQuery(r *redact.Redactor, q url.Values) map[string][]string {
	out := make(map[string][]string, len(q))
	for name, vs := range q {
		red := make([]string, len(vs))
		for i, v := range vs {
			red[i] = r.Field(name, v)
		}
		out[r.String(name)] = red
	}
	return out
}

// app is the application: it needs the real values.
func app(w http.ResponseWriter, req *http.Request) {
	var m struct{ Phone string }
	if err := json.NewDecoder(req.Body).Decode(&m); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	io.WriteString(w, "registered "+m.Phone)
}

// newServer returns the application behind the logging middleware; logs go
// to w as JSON, through the redacting handler as a second line of defence.
func newServer(w io.Writer) http.Handler {
	r := redact.New(detector.New())
	logger := slog.New(redact.NewHandler(slog.NewJSONHandler(w, nil), r))
	return LogRequests(logger, r, http.HandlerFunc(app))
}

func run(w io.Writer) error {
	srv := httptest.NewServer(newServer(w))
	defer srv.Close()
	body := `{"name": "홍길동", "phone": "010-1234-5678", "jumin": "960121-1021413", "email": "hong@naver.com"}`
	req, err := http.NewRequest("POST", srv.URL+"/members?ref=hong@naver.com&hp=01012345678", strings.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Phone", "02-123-4567")
	req.Header.Set("Authorization", "Bearer synthetic-token")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}
