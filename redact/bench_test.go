package redact

// Figures are in the README's performance table; compare within one run.

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/internal/corpus"
)

// The benchmark corpus: 4 MiB of the realistic profile of the shared
// generator (internal/corpus, seed 1): digit-heavy service logs with one PII
// item per 20 lines, the same bytes the detector's benchmarks use.
var benchCorpus = corpus.Generate(corpus.Realistic, 1, 4<<20)

// benchLines is the corpus split into lines, as a logger writes them.
var benchLines = bytes.SplitAfter(benchCorpus, []byte{'\n'})

func BenchmarkDetectorFindBytes(b *testing.B) {
	d := detector.New()
	b.SetBytes(int64(len(benchCorpus)))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range benchLines {
			_ = d.FindBytes(l)
		}
	}
}

func BenchmarkRedactorBytes(b *testing.B) {
	r := New(detector.New())
	b.SetBytes(int64(len(benchCorpus)))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range benchLines {
			_ = r.Bytes(l)
		}
	}
}

func BenchmarkRedactorBytesWhole(b *testing.B) {
	r := New(detector.New())
	b.SetBytes(int64(len(benchCorpus)))
	b.ReportAllocs()
	for b.Loop() {
		_ = r.Bytes(benchCorpus)
	}
}

func BenchmarkDetectorFindBytesWhole(b *testing.B) {
	d := detector.New()
	b.SetBytes(int64(len(benchCorpus)))
	b.ReportAllocs()
	for b.Loop() {
		_ = d.FindBytes(benchCorpus)
	}
}

func BenchmarkRedactorBytesCleanLine(b *testing.B) {
	r := New(detector.New())
	line := []byte(genCleanLine(rand.New(rand.NewPCG(1, 1))))
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		_ = r.Bytes(line)
	}
}

func BenchmarkNewWriter(b *testing.B) {
	r := New(detector.New())
	w := NewWriter(io.Discard, r)
	b.SetBytes(int64(len(benchCorpus)))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range benchLines {
			_, _ = w.Write(l)
		}
	}
}

func BenchmarkNewWriterBigWrites(b *testing.B) {
	r := New(detector.New())
	w := NewWriter(io.Discard, r)
	b.SetBytes(int64(len(benchCorpus)))
	b.ReportAllocs()
	for b.Loop() {
		for rest := benchCorpus; len(rest) > 0; {
			n := min(len(rest), 32<<10)
			_, _ = w.Write(rest[:n])
			rest = rest[n:]
		}
	}
}

func BenchmarkTransformer(b *testing.B) {
	r := New(detector.New())
	t := r.Transformer()
	dst := make([]byte, 4096)
	b.SetBytes(int64(len(benchCorpus)))
	b.ReportAllocs()
	for b.Loop() {
		t.Reset()
		src := benchCorpus
		for len(src) > 0 {
			n := min(len(src), 4096)
			_, nSrc, _ := t.Transform(dst, src[:n], n == len(src))
			src = src[nSrc:]
		}
	}
}

// slogBench logs one record with the attributes a service typically
// attaches, clean or with personal information.
func slogBench(b *testing.B, h slog.Handler, pii bool) {
	l := slog.New(h)
	phone, email := "ok", "none"
	if pii {
		phone, email = "010-1234-5678", "hong@naver.com"
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		l.LogAttrs(ctx, slog.LevelInfo, "order placed",
			slog.String("method", "POST"), slog.String("path", "/api/v1/orders"),
			slog.Int("status", 201), slog.Duration("took", 12*time.Millisecond),
			slog.String("phone", phone), slog.String("email", email))
	}
}

func BenchmarkSlogJSONHandler(b *testing.B) {
	slogBench(b, slog.NewJSONHandler(io.Discard, nil), false)
}

func BenchmarkSlogRedactHandlerClean(b *testing.B) {
	slogBench(b, NewHandler(slog.NewJSONHandler(io.Discard, nil), New(detector.New())), false)
}

func BenchmarkSlogRedactHandlerPII(b *testing.B) {
	slogBench(b, NewHandler(slog.NewJSONHandler(io.Discard, nil), New(detector.New())), true)
}

func BenchmarkSlogJSONHandlerPIIUnredacted(b *testing.B) {
	slogBench(b, slog.NewJSONHandler(io.Discard, nil), true)
}

// BenchmarkSlogRedactHandlerNeutralKeys logs a clean record whose keys
// suggest no kind: the handler adds no allocation to the JSON handler's.
func BenchmarkSlogRedactHandlerNeutralKeys(b *testing.B) {
	l := slog.New(NewHandler(slog.NewJSONHandler(io.Discard, nil), New(detector.New())))
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		l.LogAttrs(ctx, slog.LevelInfo, "order placed",
			slog.String("method", "POST"), slog.String("path", "/api/v1/orders"),
			slog.Int("status", 201), slog.Duration("took", 12*time.Millisecond),
			slog.String("region", "kr-central"), slog.String("result", "ok"))
	}
}

func BenchmarkSlogJSONHandlerNeutralKeys(b *testing.B) {
	l := slog.New(slog.NewJSONHandler(io.Discard, nil))
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		l.LogAttrs(ctx, slog.LevelInfo, "order placed",
			slog.String("method", "POST"), slog.String("path", "/api/v1/orders"),
			slog.Int("status", 201), slog.Duration("took", 12*time.Millisecond),
			slog.String("region", "kr-central"), slog.String("result", "ok"))
	}
}
