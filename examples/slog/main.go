// Command slog is a service logger that never writes personal information:
// the standard library's JSON handler wrapped by redact.NewHandler. Every
// message and attribute — strings, groups, errors, structs, LogValuers —
// is redacted before the JSON handler sees it.
//
//	go run ./examples/slog
//
// All values are synthetic.
package main

import (
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"os"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/redact"
)

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// Member is what the service stores; some fields are personal information.
type Member struct {
	ID    int
	Name  string
	Phone string
	Email string
	Jumin string `kpii:"rrn"` // always masked, whatever it looks like
	Plan  string
}

// token is a LogValuer: the handler resolves it before redacting.
type token struct{ holder string }

func (t token) LogValue() slog.Value {
	return slog.GroupValue(slog.String("holder", t.holder), slog.Bool("valid", true))
}

// newLogger returns the service's logger: JSON lines on w, redacted.
func newLogger(w io.Writer) *slog.Logger {
	r := redact.New(detector.New()) // build once, share everywhere
	return slog.New(redact.NewHandler(slog.NewJSONHandler(w, nil), r))
}

func run(w io.Writer) error {
	logger := newLogger(w).With("service", "signup", "admin", "admin@kpii.example.com")

	m := Member{ID: 1042, Name: "홍길동", Phone: "010-1234-5678", Email: "hong@naver.com", Jumin: "9601211021414", Plan: "basic"}
	logger.Info("회원 가입 요청 "+m.Phone, "phone", m.Phone, "email", m.Email)
	logger.Info("member saved", "member", m, "id", m.ID)
	logger.Warn("본인 확인 실패", "err", fmt.Errorf("주민번호 %s 확인 실패: %w", "960121-1021414", errors.New("명의 불일치")))
	logger.Info("session", "token", token{holder: "hong@naver.com"})
	logger.WithGroup("request").Info("callback", "hp", "01012345678", "to", "02-123-4567", "status", 200)
	return nil
}
