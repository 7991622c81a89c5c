package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Synthetic values only: 960121-1021413 passes the legacy RRN check digit.
const redactInput = "2026-11-23 INFO 가입 주민번호 960121-1021413 연락처 010-1234-5678\n" +
	"2026-11-23 INFO 메일 hong@naver.com\n" +
	"2026-11-23 INFO nothing here\n" +
	"no final newline 02-123-4567"

const redactKorean = "2026-11-23 INFO 가입 주민번호 960121-1****** 연락처 010-****-5678\n" +
	"2026-11-23 INFO 메일 ho**@naver.com\n" +
	"2026-11-23 INFO nothing here\n" +
	"no final newline 02-***-4567"

func runRedactCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := runRedact(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestRedactStdinToStdout(t *testing.T) {
	code, out, errs := runRedactCLI(t, redactInput)
	require.Equal(t, exitClean, code, errs)
	assert.Equal(t, redactKorean, out)

	code, out, _ = runRedactCLI(t, redactInput, "-")
	assert.Equal(t, exitClean, code)
	assert.Equal(t, redactKorean, out)

	code, out, _ = runRedactCLI(t, "nothing to redact\n")
	assert.Equal(t, exitClean, code, "0 whether or not something was redacted")
	assert.Equal(t, "nothing to redact\n", out)
}

func TestRedactFilesToStdout(t *testing.T) {
	a := writeFile(t, "a.log", "a 010-1234-5678") // no final newline
	b := writeFile(t, "b.log", "b hong@naver.com\n")
	code, out, errs := runRedactCLI(t, "", a, b)
	require.Equal(t, exitClean, code, errs)
	assert.Equal(t, "a 010-****-5678b ho**@naver.com\n", out, "concatenated like cat")
}

func TestRedactPolicies(t *testing.T) {
	in := "960121-1021413 010-1234-5678\n"
	cases := map[string]string{
		"korean":   "960121-1****** 010-****-5678\n",
		"full":     "******-******* ***-****-****\n",
		"label":    "[주민등록번호] [전화번호]\n",
		"label-en": "[RRN] [PHONE]\n",
	}
	for policy, want := range cases {
		code, out, errs := runRedactCLI(t, in, "--policy", policy)
		require.Equal(t, exitClean, code, errs)
		assert.Equal(t, want, out, policy)
	}
}

func TestRedactTokenPolicy(t *testing.T) {
	t.Setenv("KPII_TEST_KEY", "cli-test-key-0123456789")
	code, out, errs := runRedactCLI(t, "010-1234-5678 01012345678\n", "--policy", "token", "--token-key-env", "KPII_TEST_KEY")
	require.Equal(t, exitClean, code, errs)
	fields := strings.Fields(out)
	require.Len(t, fields, 2)
	assert.Regexp(t, `^PHONE_[a-z2-7]{8}$`, fields[0])
	assert.Equal(t, fields[0], fields[1], "the same number gives the same token")

	code, _, errs = runRedactCLI(t, "", "--policy", "token")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, "--token-key-env")

	code, _, errs = runRedactCLI(t, "", "--policy", "token", "--token-key-env", "KPII_TEST_UNSET_VARIABLE")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, "KPII_TEST_UNSET_VARIABLE is unset or empty")

	t.Setenv("KPII_TEST_SHORT", "tooshort")
	code, _, errs = runRedactCLI(t, "", "--policy", "token", "--token-key-env", "KPII_TEST_SHORT")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, "at least 16 bytes")
	assert.NotContains(t, errs, "tooshort", "the key never appears")
}

func TestRedactUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--policy", "nope"},
		{"--kinds", "RRN,NOPE"},
		{"--min-confidence", "sure"},
		{"--no-such-flag"},
		{"-w"},
		{"-w", "-"},
	} {
		code, out, errs := runRedactCLI(t, "010-1234-5678\n", args...)
		assert.Equal(t, exitError, code, args)
		assert.Empty(t, out, args)
		assert.NotEmpty(t, errs, args)
	}
	code, _, errs := runRedactCLI(t, "", "-h")
	assert.Equal(t, exitClean, code)
	assert.Contains(t, errs, "Exit status")
}

func TestRedactKindsAndConfidence(t *testing.T) {
	code, out, _ := runRedactCLI(t, "960121-1021413 010-1234-5678\n", "--kinds", "phone")
	assert.Equal(t, exitClean, code)
	assert.Equal(t, "960121-1021413 010-****-5678\n", out)
	code, out, _ = runRedactCLI(t, "960121-1021414\n010-1234-5678\n", "--min-confidence", "high")
	assert.Equal(t, exitClean, code)
	assert.Equal(t, "960121-1021414\n010-****-5678\n", out, "a failed check digit is medium")
	code, out, _ = runRedactCLI(t, "960121-1021414 010-1234-5678\n", "--min-confidence", "high")
	assert.Equal(t, exitClean, code)
	assert.Equal(t, "960121-1****** 010-****-5678\n", out, "a phone number on its line raises it")
}

func TestRedactMissingFileNamesThePath(t *testing.T) {
	good := writeFile(t, "good.log", "hong@naver.com\n")
	missing := filepath.Join(t.TempDir(), "missing.log")
	code, out, errs := runRedactCLI(t, "", missing, good, t.TempDir())
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, missing+": no such file or directory")
	assert.Contains(t, errs, "is a directory")
	assert.Equal(t, "ho**@naver.com\n", out, "the other inputs are still redacted")
}

func TestRedactInPlace(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "app.log")
	require.NoError(t, os.WriteFile(p, []byte(redactInput), 0o640))
	require.NoError(t, os.Chmod(p, 0o640))
	clean := filepath.Join(dir, "clean.log")
	require.NoError(t, os.WriteFile(clean, []byte("nothing here\n"), 0o600))
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	require.NoError(t, os.Chtimes(clean, old, old))
	link := filepath.Join(dir, "link.log")
	require.NoError(t, os.Symlink("app.log", link))

	code, out, errs := runRedactCLI(t, "", "-w", link, clean)
	require.Equal(t, exitClean, code, errs)
	assert.Empty(t, out, "-w writes nothing to stdout")

	got, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, redactKorean, string(got))
	st, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o640), st.Mode().Perm(), "permissions kept")
	lst, err := os.Lstat(link)
	require.NoError(t, err)
	assert.Equal(t, os.ModeSymlink, lst.Mode().Type(), "the link stays a link")

	cst, err := os.Stat(clean)
	require.NoError(t, err)
	assert.True(t, cst.ModTime().Equal(old), "a file with nothing to redact is not rewritten")

	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 3, "no temporary file left behind")
}

func TestRedactInPlaceLeavesTheOriginalOnError(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "app.log")
	require.NoError(t, os.WriteFile(p, []byte(redactInput), 0o600))

	renameFile = func(string, string) error { return errors.New("simulated failure") }
	defer func() { renameFile = os.Rename }()
	code, _, errs := runRedactCLI(t, "", "-w", p)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, p+": replacing the file: simulated failure")
	assert.NotContains(t, errs, "960121")

	got, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, redactInput, string(got), "original untouched")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "temporary file removed")

	missing := filepath.Join(dir, "missing.log")
	code, _, errs = runRedactCLI(t, "", "-w", missing)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, missing)
}

// lineSource produces n copies of a line without holding them.
type lineSource struct {
	line []byte
	n    int
	off  int
}

func (s *lineSource) Read(p []byte) (int, error) {
	if s.n == 0 {
		return 0, io.EOF
	}
	k := copy(p, s.line[s.off:])
	s.off += k
	if s.off == len(s.line) {
		s.off = 0
		s.n--
	}
	return k, nil
}

func TestRedactStreamsInConstantMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 64 MiB")
	}
	line := []byte("2026-11-23T05:23:45Z INFO GET /api/v1/orders/123456 200 12ms ok\n")
	src := &lineSource{line: line, n: (64 << 20) / len(line)}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	code := runRedact(nil, src, io.Discard, io.Discard)
	runtime.ReadMemStats(&after)
	require.Equal(t, exitClean, code)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(4<<20), "64 MiB streamed with a few buffers' worth of allocation")
}

func TestRedactKeepsTheInputsEncoding(t *testing.T) {
	le := append(bytes.Clone(bomUTF16LE), utf16le(t, redactInput)...)
	be := append(bytes.Clone(bomUTF16BE), utf16be(t, redactInput)...)
	cases := []struct {
		name string
		in   []byte
		args []string
		want []byte
	}{
		{"euc-kr, detected", eucKR(t, redactInput), nil, eucKR(t, redactKorean)},
		{"euc-kr, named", eucKR(t, redactInput), []string{"--encoding", "cp949"}, eucKR(t, redactKorean)},
		{"utf-16le with BOM", le, nil, append(bytes.Clone(bomUTF16LE), utf16le(t, redactKorean)...)},
		{"utf-16be with BOM", be, []string{"--encoding", "utf-16"}, append(bytes.Clone(bomUTF16BE), utf16be(t, redactKorean)...)},
		{"utf-16be without BOM", utf16be(t, redactInput), []string{"--encoding", "utf-16be"}, utf16be(t, redactKorean)},
		{"utf-8 with BOM", append(bytes.Clone(bomUTF8), redactInput...), nil, append(bytes.Clone(bomUTF8), redactKorean...)},
		{"label policy in euc-kr", eucKR(t, "주민번호 "+rrn+"\n"), []string{"--policy", "label"}, eucKR(t, "주민번호 [주민등록번호]\n")},
	}
	for _, c := range cases {
		code, out, errs := runRedactCLI(t, string(c.in), c.args...)
		require.Equal(t, exitClean, code, errs)
		assert.Equal(t, c.want, []byte(out), c.name)
	}

	// An invalid EUC-KR sequence cannot be written back: it becomes '?'.
	in := append(eucKR(t, "메모 "), 0xFF, ' ')
	in = append(in, eucKR(t, "연락처 "+phone+"\n")...)
	code, out, _ := runRedactCLI(t, string(in), "--encoding", "euc-kr")
	assert.Equal(t, exitClean, code)
	assert.Equal(t, string(eucKR(t, "메모 ? 연락처 010-****-5678\n")), out)
}

func TestRedactInPlaceInItsEncoding(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "export.csv")
	require.NoError(t, os.WriteFile(p, eucKR(t, "이름,휴대폰\r\n홍길동,"+phone+"\r\n"), 0o600))
	clean := filepath.Join(dir, "clean.txt")
	require.NoError(t, os.WriteFile(clean, eucKR(t, "개인정보 없음\n"), 0o600))
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	require.NoError(t, os.Chtimes(clean, old, old))

	code, _, errs := runRedactCLI(t, "", "-w", p, clean)
	require.Equal(t, exitClean, code, errs)
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, eucKR(t, "이름,휴대폰\r\n홍길동,010-****-5678\r\n"), got)
	st, err := os.Stat(clean)
	require.NoError(t, err)
	assert.True(t, st.ModTime().Equal(old), "nothing to redact: not rewritten")
}

func TestRedactSharesScanFlags(t *testing.T) {
	allow := writeFile(t, "allow.txt", "# test number\n010-1234-5678\n")
	code, out, errs := runRedactCLI(t, "010-1234-5678 010-9876-5432\n", "--allow-file", allow)
	require.Equal(t, exitClean, code, errs)
	assert.Equal(t, "010-1234-5678 010-****-5432\n", out)
	code, _, errs = runRedactCLI(t, "", "--encoding", "latin-1")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, "--encoding")
}
