package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"

	"github.com/kpii/kpii/internal/corpus"
)

// BenchmarkScanDir scans a directory of generated service logs (the
// Realistic corpus, 64 files of different seeds; 256 MiB unless
// KPII_BENCH_DIR_MB says otherwise) with 1 worker, 2 workers and one per
// core, through the whole CLI: walk, read, detect, locate, render JSON lines.
// MB/s that grows with the worker count shows the scan using every core:
//
//	go test -run '^$' -bench ScanDir -benchtime 3x ./cmd/kpii
func BenchmarkScanDir(b *testing.B) {
	total := 256 << 20
	if mb, err := strconv.Atoi(os.Getenv("KPII_BENCH_DIR_MB")); err == nil && mb > 0 {
		total = mb << 20
	}
	const files = 64
	dir := b.TempDir()
	var size int64
	for i := range files {
		data := corpus.Generate(corpus.Realistic, int64(i+1), total/files)
		sub := filepath.Join(dir, fmt.Sprintf("host%02d", i%8))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("app-%02d.log", i)), data, 0o644); err != nil {
			b.Fatal(err)
		}
		size += int64(len(data))
	}
	procs := []int{1, 2}
	if n := runtime.NumCPU(); n > 2 {
		procs = append(procs, n)
	}
	for _, p := range procs {
		b.Run("procs="+strconv.Itoa(p), func(b *testing.B) {
			prev := runtime.GOMAXPROCS(p)
			defer runtime.GOMAXPROCS(prev)
			b.SetBytes(size)
			for b.Loop() {
				if code := run([]string{"scan", "--format", "jsonl", dir}, nil, io.Discard, io.Discard); code != exitFindings {
					b.Fatalf("exit status %d", code)
				}
			}
		})
	}
}
