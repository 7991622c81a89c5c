package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpii/kpii/internal/corpus"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "c.log")
	labels := filepath.Join(dir, "labels.jsonl")
	if err := run([]string{"-profile", "dense", "-format", "jsonl", "-seed", "4", "-lines", "20", "-o", out, "-labels", labels}, nil); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(out)
	want, items := corpus.Spec{Profile: corpus.Dense, Format: corpus.JSONL, Seed: 4, Lines: 20}.GenerateLabelled()
	if !bytes.Equal(got, want) {
		t.Fatal("output differs from the generator")
	}
	lb, _ := os.ReadFile(labels)
	ls := strings.Split(strings.TrimSpace(string(lb)), "\n")
	if len(ls) != len(items) {
		t.Fatalf("%d labels, want %d", len(ls), len(items))
	}
	var l struct {
		Kind       string
		Start, End int
		Line       int
		Text       string
	}
	if err := json.Unmarshal([]byte(ls[0]), &l); err != nil {
		t.Fatal(err)
	}
	if l.Kind != items[0].Kind || l.Text != string(want[items[0].Start:items[0].End]) || l.Line < 1 {
		t.Fatalf("first label %+v does not match item %+v", l, items[0])
	}

	var stdout bytes.Buffer
	if err := run([]string{"-size", "1000"}, &stdout); err != nil || stdout.Len() < 1000 {
		t.Fatalf("stdout run: err %v, %d bytes", err, stdout.Len())
	}
	for _, args := range [][]string{
		{"-profile", "noisy", "-lines", "1"},
		{"-format", "csv", "-lines", "1"},
		{"-profile", "clean"},
		{"-lines", "1", "extra"},
	} {
		if err := run(args, &stdout); err == nil {
			t.Errorf("run(%q) succeeded, want an error", args)
		}
	}
}
