package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/kpii/kpii/detector"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
)

// Synthetic values only. 960121-1021413 passes the legacy RRN check digit.
const (
	rrn   = "960121-1021413"
	phone = "010-1234-5678"
	email = "hong@naver.com"
)

// writeTree writes files (slash paths) under a new directory and returns it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	return dir
}

// inDir runs the test in dir (paths in reports are then relative).
func inDir(t *testing.T, dir string) {
	t.Helper()
	t.Chdir(dir)
}

func jsonl(t *testing.T, out string) []jsonRecord {
	t.Helper()
	var recs []jsonRecord
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r jsonRecord
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r), sc.Text())
		recs = append(recs, r)
	}
	return recs
}

func paths(recs []jsonRecord) []string {
	var ps []string
	for _, r := range recs {
		if len(ps) == 0 || ps[len(ps)-1] != r.Path {
			ps = append(ps, r.Path)
		}
	}
	return ps
}

// requireSlices checks that every record's offsets slice want out of its file.
func requireSlices(t *testing.T, recs []jsonRecord, want map[string][]string) {
	t.Helper()
	got := map[string][]string{}
	for _, r := range recs {
		data, err := os.ReadFile(r.Path)
		require.NoError(t, err)
		got[r.Path] = append(got[r.Path], string(data[r.Start:r.End]))
	}
	assert.Equal(t, want, got)
}

func TestScanWalkSkipsAndGlobs(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.log":                  "연락처 " + phone + "\n",
		"sub/b.txt":              "메일 " + email + "\n",
		"sub/deeper/c.log":       "주민번호 " + rrn + "\n",
		".env":                   "ADMIN_PHONE=" + phone + "\n",
		".git/config":            "email = " + email + "\n",
		"node_modules/x/x.js":    "// " + phone + "\n",
		"vendor/v/v.go":          "// " + phone + "\n",
		"logs/2026/app.log":      "phone=" + phone + "\n",
		"logs/2026/app.log.gz":   "phone=" + phone + "\n",
		"testdata/fixture.json":  `{"phone": "` + phone + `"}`,
		"bin/blob.dat":           "\x00\x01\x02 " + phone + "\n",
		"docs/한글 이름.md":          "연락처 " + phone + "\n",
		"clean/nothing-here.txt": "no personal information 2026-11-23\n",
	})
	require.NoError(t, os.Symlink(filepath.Join(dir, "a.log"), filepath.Join(dir, "link.log")))
	inDir(t, dir)

	code, out, errs := runCLI(t, "", "scan", "--format", "jsonl", ".")
	require.Equal(t, exitFindings, code, errs)
	assert.Equal(t, []string{".env", "a.log", "docs/한글 이름.md", "logs/2026/app.log", "logs/2026/app.log.gz",
		"sub/b.txt", "sub/deeper/c.log", "testdata/fixture.json"}, paths(jsonl(t, out)),
		".git, node_modules, vendor, binary files and symbolic links are skipped; the rest in lexical order")

	code, out, _ = runCLI(t, "", "scan", "--format", "jsonl", "--include", "*.log", ".")
	assert.Equal(t, exitFindings, code)
	assert.Equal(t, []string{"a.log", "logs/2026/app.log", "sub/deeper/c.log"}, paths(jsonl(t, out)))

	code, out, _ = runCLI(t, "", "scan", "--format", "jsonl", "--exclude", "logs/**", "--exclude", "testdata",
		"--exclude", "*.md", "--exclude", ".env", ".")
	assert.Equal(t, exitFindings, code)
	assert.Equal(t, []string{"a.log", "sub/b.txt", "sub/deeper/c.log"}, paths(jsonl(t, out)))

	code, out, _ = runCLI(t, "", "scan", "--format", "jsonl", "--include", "**/deeper/*", "--include", "/a.log", ".")
	assert.Equal(t, exitFindings, code)
	assert.Equal(t, []string{"a.log", "sub/deeper/c.log"}, paths(jsonl(t, out)))

	// Filters apply to what a walk finds; a path named is always scanned,
	// and so is a skipped directory named as the root.
	code, out, _ = runCLI(t, "", "scan", "--format", "jsonl", "--include", "*.txt", "a.log", "vendor", "bin/blob.dat")
	assert.Equal(t, exitFindings, code)
	assert.Equal(t, []string{"a.log", "bin/blob.dat"}, paths(jsonl(t, out)),
		"vendor's files do not match --include; a binary file named is scanned")
	code, out, _ = runCLI(t, "", "scan", "--format", "jsonl", "vendor")
	assert.Equal(t, exitFindings, code)
	assert.Equal(t, []string{"vendor/v/v.go"}, paths(jsonl(t, out)))

	code, _, errs = runCLI(t, "", "scan", "--include", "[", ".")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, "bad pattern")
}

func TestScanBinaryFilesAreSkipped(t *testing.T) {
	utf16 := append([]byte{0xFF, 0xFE}, utf16le(t, "연락처 "+phone+"\n")...)
	dir := writeTree(t, map[string]string{
		"image.png": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR " + phone,
		"late.bin":  strings.Repeat("x", 9000) + "\x00" + phone + "\n", // NUL after 8 KiB: text
		"wide.txt":  string(utf16),                                     // NULs, but a UTF-16 BOM
	})
	inDir(t, dir)
	code, out, errs := runCLI(t, "", "scan", ".")
	require.Equal(t, exitFindings, code, errs)
	assert.NotContains(t, out, "image.png")
	assert.Contains(t, out, "late.bin:1:9002: PHONE")
	assert.Contains(t, out, "wide.txt:1:11: PHONE")
	assert.Contains(t, errs, "2 files scanned")
	assert.Contains(t, errs, "1 binary file skipped")
}

func TestScanParallelOutputIsStable(t *testing.T) {
	files := map[string]string{}
	for i := range 300 {
		var b strings.Builder
		// Files of very different sizes finish in a different order from
		// the one they are reported in.
		for range (i * 37) % 400 {
			b.WriteString("2026-11-23T05:23:45Z INFO GET /api/v1/orders/123456 200 12ms ok\n")
		}
		fmt.Fprintf(&b, "user %d phone 010-%04d-5678 mail u%d@example.co.kr\n", i, 1000+i, i)
		files[fmt.Sprintf("d%d/f%03d.log", i%7, i)] = b.String()
	}
	dir := writeTree(t, files)
	inDir(t, dir)

	prev := runtime.GOMAXPROCS(4)
	defer runtime.GOMAXPROCS(prev)
	for _, format := range []string{"text", "jsonl", "json", "sarif"} {
		code1, out1, _ := runCLI(t, "", "scan", "--format", format, ".")
		code2, out2, _ := runCLI(t, "", "scan", "--format", format, ".")
		runtime.GOMAXPROCS(1)
		code3, out3, _ := runCLI(t, "", "scan", "--format", format, ".")
		runtime.GOMAXPROCS(4)
		require.Equal(t, exitFindings, code1)
		require.Equal(t, code1, code2)
		require.Equal(t, code1, code3)
		assert.Equal(t, out1, out2, "%s: two runs give the same bytes", format)
		assert.Equal(t, out1, out3, "%s: one worker or four give the same bytes", format)
		if format == "json" || format == "sarif" {
			assert.True(t, json.Valid([]byte(out1)), "%s: one valid document", format)
		}
	}
	_, out, _ := runCLI(t, "", "scan", "--format", "jsonl", ".")
	recs := jsonl(t, out)
	require.Len(t, recs, 600)
	ps := paths(recs)
	assert.IsNonDecreasing(t, ps, "reported in path order")
	assert.Len(t, ps, 300)
}

func TestScanJSONRecords(t *testing.T) {
	doc := `{
  "user": {"name": "홍길동", "contacts": [{"phone": "` + phone + `"}, {"email": "` + email + `"}]},
  "addr": {"주소 1": "서울특별시 강남구 테헤란로 152"},
  "jumin": 9601211021413
}
`
	nd := `{"msg": "가입", "hp": "01012345678"}
not json: 연락처 ` + phone + `

{"id": 3, "note": "주민번호 ` + rrn + `"}
`
	dir := writeTree(t, map[string]string{"users.json": doc, "events.ndjson": nd, "broken.json": "{ 연락처 " + phone + "\n"})
	inDir(t, dir)
	code, out, errs := runCLI(t, "", "scan", "--format", "jsonl", "events.ndjson", "users.json", "broken.json")
	require.Equal(t, exitFindings, code, errs)
	recs := jsonl(t, out)
	type loc struct{ Path, RecordPath, Pointer, Kind string }
	var got []loc
	for _, r := range recs {
		got = append(got, loc{r.Path, r.RecordPath, r.Pointer, string(r.Kind)})
	}
	assert.Equal(t, []loc{
		{"events.ndjson", "[0].hp", "/0/hp", "PHONE"},
		{"events.ndjson", "", "", "PHONE"}, // a line that is not JSON is scanned as text
		{"events.ndjson", "[2].note", "/2/note", "RRN"},
		{"users.json", "user.contacts[0].phone", "/user/contacts/0/phone", "PHONE"},
		{"users.json", "user.contacts[1].email", "/user/contacts/1/email", "EMAIL"},
		{"users.json", `addr["주소 1"]`, "/addr/주소 1", "ADDRESS"},
		{"users.json", "jumin", "/jumin", "RRN"},
		{"broken.json", "", "", "PHONE"}, // not JSON: scanned as text
	}, got)
	requireSlices(t, recs, map[string][]string{
		"events.ndjson": {"01012345678", phone, rrn},
		"users.json":    {phone, email, "서울특별시 강남구 테헤란로 152", "9601211021413"},
		"broken.json":   {phone},
	})
	assert.Equal(t, 1, recs[0].Line)
	assert.Equal(t, 2, recs[1].Line)
	assert.Equal(t, 4, recs[2].Line)
	assert.Equal(t, 2, recs[3].Line)
	assert.Equal(t, 4, recs[6].Line)

	_, text, _ := runCLI(t, "", "scan", "users.json")
	assert.Contains(t, text, "users.json:2:57: PHONE high 01*-****-**** (user.contacts[0].phone)\n")
}

func TestScanCSVRecords(t *testing.T) {
	csvText := "이름,휴대폰,주민번호,메모\r\n" +
		"홍길동," + phone + "," + rrn + ",\"메모 \"\"인용\"\" 02-123-4567\"\r\n" +
		"\r\n" + // an empty line is no record
		"김철수,1012345678,,\"여러\r\n줄 " + email + "\"\r\n"
	tsv := "name\tphone\n홍길동\t" + phone + "\n"
	dir := writeTree(t, map[string]string{"export.csv": csvText, "export.tsv": tsv,
		"bad.csv": "a,b\n\"x\" y," + phone + "\n"})
	inDir(t, dir)
	code, out, errs := runCLI(t, "", "scan", "--format", "jsonl", ".")
	require.Equal(t, exitFindings, code, errs)
	recs := jsonl(t, out)
	type cell struct {
		Path   string
		Row    int
		Col    int
		Header string
		Line   int
		Column int
	}
	var got []cell
	for _, r := range recs {
		got = append(got, cell{r.Path, r.Row, r.CSVColumn, r.Header, r.Line, r.Column})
	}
	assert.Equal(t, []cell{
		{"bad.csv", 0, 0, "", 2, 7}, // a bare quote: not CSV, scanned as text
		{"export.csv", 2, 2, "휴대폰", 2, 11},
		{"export.csv", 2, 3, "주민번호", 2, 25},
		{"export.csv", 2, 4, "메모", 2, 59},
		{"export.csv", 3, 2, "휴대폰", 4, 11}, // row 3 on line 4: the empty line is no record
		{"export.csv", 3, 4, "메모", 5, 5},   // a quoted cell over two lines
		{"export.tsv", 2, 2, "phone", 2, 11},
	}, got)
	requireSlices(t, recs, map[string][]string{
		"bad.csv":    {phone},
		"export.csv": {phone, rrn, "02-123-4567", "1012345678", email},
		"export.tsv": {phone},
	})
	_, text, _ := runCLI(t, "", "scan", "export.csv")
	assert.Contains(t, text, `export.csv:4:11: PHONE high 10******** (row 3, column 2 "휴대폰")`)
}

func utf16le(t *testing.T, s string) []byte {
	b, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

func utf16be(t *testing.T, s string) []byte {
	b, err := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

func eucKR(t *testing.T, s string) []byte {
	b, err := korean.EUCKR.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

func TestScanEncodings(t *testing.T) {
	text := "첫 줄\n고객 주민번호 " + rrn + " 연락처 " + phone + "\n"
	csvText := "이름,휴대폰\r\n홍길동," + phone + "\r\n"
	dir := t.TempDir()
	files := map[string][]byte{
		"utf8.log":        []byte(text),
		"utf8-bom.log":    append(bytes.Clone(bomUTF8), text...),
		"euckr.log":       eucKR(t, text),
		"utf16le-bom.log": append(bytes.Clone(bomUTF16LE), utf16le(t, text)...),
		"utf16be-bom.log": append(bytes.Clone(bomUTF16BE), utf16be(t, text)...),
		"cp949.csv":       eucKR(t, csvText),
		"utf16.csv":       append(bytes.Clone(bomUTF16LE), utf16le(t, csvText)...),
	}
	for name, b := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	inDir(t, dir)
	code, out, errs := runCLI(t, "", "scan", "--format", "jsonl", ".")
	require.Equal(t, exitFindings, code, errs)
	recs := jsonl(t, out)
	byPath := map[string][]jsonRecord{}
	for _, r := range recs {
		byPath[r.Path] = append(byPath[r.Path], r)
		data := files[r.Path]
		// Offsets are into the file as written: decode the slice to compare.
		v := decodeValue(data[r.Start:r.End], encodingOf(r))
		assert.Contains(t, []string{rrn, phone}, v, r.Path)
	}
	assert.Len(t, byPath, len(files))
	for name, rs := range byPath {
		if strings.HasSuffix(name, ".csv") {
			require.Len(t, rs, 1, name)
			assert.Equal(t, 2, rs[0].Line, name)
			continue
		}
		require.Len(t, rs, 2, name)
		assert.Equal(t, 2, rs[0].Line, name)
	}
	assert.Equal(t, "euc-kr", byPath["euckr.log"][0].Encoding)
	assert.Equal(t, "utf-16le", byPath["utf16le-bom.log"][0].Encoding)
	assert.Equal(t, "utf-16be", byPath["utf16be-bom.log"][0].Encoding)
	assert.Empty(t, byPath["utf8.log"][0].Encoding)
	// Byte columns count the file's own bytes: "고객 주민번호 " is 20 bytes
	// of UTF-8, 14 of EUC-KR and 16 of UTF-16 (a byte order mark counts on line 1).
	assert.Equal(t, 21, byPath["utf8.log"][0].Column)
	assert.Equal(t, 21, byPath["utf8-bom.log"][0].Column)
	assert.Equal(t, 15, byPath["euckr.log"][0].Column)
	assert.Equal(t, 17, byPath["utf16le-bom.log"][0].Column)
	assert.Equal(t, 8, byPath["cp949.csv"][0].Column)

	// UTF-16 without a byte order mark needs --encoding (and looks binary to a walk).
	require.NoError(t, os.WriteFile("nobom16.txt", utf16be(t, text), 0o644))
	_, out, _ = runCLI(t, "", "scan", "--format", "jsonl", "nobom16.txt")
	assert.Empty(t, jsonl(t, out), "read as UTF-8, the NULs break every number")
	code, out, _ = runCLI(t, "", "scan", "--format", "jsonl", "--encoding", "utf-16", "nobom16.txt")
	assert.Equal(t, exitFindings, code)
	rs := jsonl(t, out)
	require.Len(t, rs, 2)
	assert.Equal(t, "utf-16be", rs[0].Encoding)

	code, _, errs = runCLI(t, "", "scan", "--encoding", "latin-1", ".")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, "--encoding")
}

func encodingOf(r jsonRecord) detector.Encoding {
	if r.Encoding == "" {
		return detector.EncodingUTF8
	}
	enc, err := detector.ParseEncoding(r.Encoding)
	if err != nil {
		panic(err)
	}
	return enc
}

func TestScanAllowFileAndInlineAllow(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"app.log": "대표번호 02-123-4567\n" +
			"test user 010-0000-1234 hong@test.example\n" +
			"real 010-1234-5678 // kpii:allow documented sample\n" +
			"real " + rrn + "\n" +
			`{"phone": "010-9876-5432"} # kpii:allow` + "\n",
		"allow.txt": "# our switchboard\n02 123 4567\nre:^010-0000-\\d{4}$   # reserved test range\n" +
			"re:@test\\.example$\n",
		"users.csv": "name,phone\n홍길동,010-2222-3333\n테스트,010-4444-5555,kpii:allow\n",
	})
	inDir(t, dir)
	code, out, errs := runCLI(t, "", "scan", "--allow-file", "allow.txt", "app.log", "users.csv")
	require.Equal(t, exitFindings, code, errs)
	assert.Equal(t, "app.log:4:6: RRN high 96****-*******\n"+
		`users.csv:2:11: PHONE high 01*-****-**** (row 2, column 2 "phone")`+"\n", out)
	assert.Contains(t, errs, "2 findings in 2 of 2 files scanned")
	assert.Contains(t, errs, "3 allowed by kpii:allow")

	code, _, errs = runCLI(t, "", "scan", "--allow-file", "missing.txt", "app.log")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, "--allow-file missing.txt")
	require.NoError(t, os.WriteFile("bad.txt", []byte("re:(\n"), 0o644))
	code, _, errs = runCLI(t, "", "scan", "--allow-file", "bad.txt", "app.log")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errs, "bad.txt")
}

func TestScanNeverPrintsValuesUnlessAsked(t *testing.T) {
	values := []string{rrn, phone, email, "01012345678", "9601211021413", "1021413", "1234-5678", "hong@", "kim.minsu@"}
	dir := writeTree(t, map[string]string{
		"a.log":       "주민번호 " + rrn + " 연락처 " + phone + " 메일 " + email + "\n",
		"b.json":      `{"phone": "01012345678", "jumin": 9601211021413}`,
		"c.csv":       "phone,email\n" + phone + "," + email + "\n",
		"d.ndjson":    `{"email": "` + email + `"}` + "\n",
		"e-euckr.txt": string(eucKR(t, "주민번호 "+rrn+"\n")),
	})
	inDir(t, dir)
	for _, format := range []string{"text", "json", "jsonl", "sarif"} {
		code, out, errs := runCLI(t, "", "scan", "--format", format, ".")
		require.Equal(t, exitFindings, code, format)
		for _, v := range values {
			assert.NotContains(t, out, v, format)
			assert.NotContains(t, errs, v, format)
		}
	}
	_, out, _ := runCLI(t, "", "scan", "--show-values", ".")
	for _, v := range []string{rrn, phone, email, "01012345678", "9601211021413"} {
		assert.Contains(t, out, v, "text shows values with --show-values")
	}
	_, out, _ = runCLI(t, "", "scan", "--show-values", "--format", "jsonl", ".")
	var shown []string
	for _, r := range jsonl(t, out) {
		require.NotNil(t, r.Value)
		shown = append(shown, *r.Value)
	}
	assert.Contains(t, shown, rrn)
	assert.Contains(t, shown, "9601211021413")
	_, out, _ = runCLI(t, "", "scan", "--show-values", "--format", "json", ".")
	assert.Contains(t, out, `"value":"`+email+`"`)
	_, out, _ = runCLI(t, "", "scan", "--show-values", "--format", "sarif", ".")
	for _, v := range values {
		assert.NotContains(t, out, v, "sarif never holds a value")
	}
}

func TestScanJSONDocument(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.log": "연락처 " + phone + "\n", "b.log": "nothing\n"})
	inDir(t, dir)
	code, out, _ := runCLI(t, "", "scan", "--format", "json", ".", "missing.log")
	assert.Equal(t, exitError, code)
	var doc struct {
		Findings []jsonRecord `json:"findings"`
		Summary  summary      `json:"summary"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc), out)
	require.Len(t, doc.Findings, 1)
	assert.Equal(t, "a.log", doc.Findings[0].Path)
	assert.Equal(t, 1, doc.Summary.Findings)
	assert.Equal(t, map[string]int{"PHONE": 1}, doc.Summary.ByKind)
	assert.Equal(t, 2, doc.Summary.FilesScanned)
	assert.Equal(t, []unreadable{{Path: "missing.log", Error: "no such file or directory"}}, doc.Summary.Unreadable)

	_, out, _ = runCLI(t, "", "scan", "--format", "json", "b.log")
	require.NoError(t, json.Unmarshal([]byte(out), &doc), out)
	assert.Empty(t, doc.Findings)
	assert.Contains(t, out, `"findings": [],`)
}

func TestScanExitCodesAndUnreadableInputs(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.log": "연락처 " + phone + "\n", "clean.log": "nothing\n"})
	inDir(t, dir)

	code, _, errs := runCLI(t, "", "scan", "clean.log")
	assert.Equal(t, exitClean, code)
	assert.Contains(t, errs, "kpii: 0 findings in 0 of 1 file scanned")
	code, _, _ = runCLI(t, "", "scan", "a.log", "clean.log")
	assert.Equal(t, exitFindings, code)
	code, _, _ = runCLI(t, "", "scan", "--min-confidence", "high", "--kinds", "EMAIL", "a.log")
	assert.Equal(t, exitClean, code, "nothing at or above the threshold")

	for _, args := range [][]string{
		{"--format", "xml"}, {"--min-confidence", "sure"}, {"--kinds", "NOPE"}, {"--color", "pink"},
		{"--no-such-flag"}, {"--encoding", "ascii"},
	} {
		code, out, errs := runCLI(t, "", append([]string{"scan"}, args...)...)
		assert.Equal(t, exitError, code, args)
		assert.Empty(t, out, args)
		assert.NotEmpty(t, errs, args)
	}

	// A missing file and a file that fails to read: reported with path and
	// reason, counted, and the scan goes on; exit 2 even with findings.
	inputs := []string{"scan", "missing.log", "a.log"}
	if f, err := os.Open("/proc/self/mem"); err == nil {
		_, rerr := f.Read(make([]byte, 1))
		f.Close()
		if rerr != nil {
			inputs = append(inputs, "/proc/self/mem") // reading offset 0 fails with EIO
		}
	}
	code, out, errs := runCLI(t, "", inputs...)
	assert.Equal(t, exitError, code)
	assert.Contains(t, out, "a.log:1:11: PHONE")
	assert.Contains(t, errs, "kpii scan: missing.log: no such file or directory\n")
	if len(inputs) == 4 {
		assert.Contains(t, errs, "kpii scan: /proc/self/mem: read: input/output error\n")
		assert.Contains(t, errs, "2 unreadable inputs")
	}

	code, _, errs = runCLI(t, "", "scan", "-h")
	assert.Equal(t, exitClean, code)
	for _, want := range []string{"Exit status", "0  nothing found", "1  findings", "2  a usage error"} {
		assert.Contains(t, errs, want)
	}
}

func TestScanColourAndHeadingOnATerminal(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.log": "연락처 " + phone + "\n", "b.log": "mail " + email + "\n"})
	inDir(t, dir)
	tty := isTerminal
	defer func() { isTerminal = tty }()
	isTerminal = func(w io.Writer) bool { return true }
	t.Setenv("CI", "1") // no progress line in this test
	t.Setenv("NO_COLOR", "")
	t.Setenv("TERM", "xterm")

	_, out, _ := runCLI(t, "", "scan", ".")
	assert.Equal(t, "\x1b[1m\x1b[35ma.log\x1b[0m\n  \x1b[32m1:11\x1b[0m: \x1b[1mPHONE\x1b[0m \x1b[1;31mhigh\x1b[0m 01*-****-****\n"+
		"\n\x1b[1m\x1b[35mb.log\x1b[0m\n  \x1b[32m1:6\x1b[0m: \x1b[1mEMAIL\x1b[0m \x1b[1;31mhigh\x1b[0m ho**@*****.***\n", out)

	t.Setenv("NO_COLOR", "1")
	_, out, _ = runCLI(t, "", "scan", ".")
	assert.Equal(t, "a.log\n  1:11: PHONE high 01*-****-****\n\nb.log\n  1:6: EMAIL high ho**@*****.***\n", out)
	_, out, _ = runCLI(t, "", "scan", "--color", "always", ".")
	assert.Contains(t, out, "\x1b[", "--color always wins over NO_COLOR")

	isTerminal = func(w io.Writer) bool { return false }
	_, out, _ = runCLI(t, "", "scan", "--color", "auto", ".")
	assert.Equal(t, "a.log:1:11: PHONE high 01*-****-****\nb.log:1:6: EMAIL high ho**@*****.***\n", out)
}

// fakeTTY is a writer the tests' isTerminal calls a terminal.
type fakeTTY struct{ bytes.Buffer }

func TestScanProgressOnlyOnATerminalForLargeInput(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.log": strings.Repeat("2026-11-23 INFO nothing to see here at all\n", 2000)})
	inDir(t, dir)
	tty, threshold := isTerminal, progressThreshold
	defer func() { isTerminal, progressThreshold = tty, threshold }()
	isTerminal = func(w io.Writer) bool { _, ok := w.(*fakeTTY); return ok }
	t.Setenv("TERM", "xterm")
	scan := func(ci string) string {
		t.Setenv("CI", ci)
		errb := &fakeTTY{}
		code := run([]string{"scan", "a.log"}, strings.NewReader(""), io.Discard, errb)
		assert.Equal(t, exitClean, code)
		return errb.String()
	}

	progressThreshold = 1 << 10
	errs := scan("")
	assert.True(t, strings.HasPrefix(errs, "\r\x1b[2Kkpii: 0/1 files, 0 B of 84.0 KiB (0%)"), errs)
	assert.Contains(t, errs, "\r\x1b[2Kkpii: 0 findings in 0 of 1 file scanned", "the line is cleared before the summary")
	assert.NotContains(t, scan("true"), "\r", "no progress in CI")

	progressThreshold = 64 << 20
	assert.NotContains(t, scan(""), "\r", "no progress for small input")
}

func TestScanStreamsInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 64 MiB")
	}
	// 64 MiB on stdin with a finding on every line: the report streams out
	// as the input streams in, so the heap never holds either.
	line := []byte("2026-11-23T05:23:45Z INFO GET /api/v1/orders/123456 200 12ms ok 연락처 010-1234-5678\n")
	n := (64 << 20) / len(line)
	src := &lineSource{line: line, n: n}
	var peak uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	runtime.GC()
	var out countingWriter
	code := run([]string{"scan", "--format", "jsonl"}, src, &out, io.Discard)
	close(stop)
	<-sampled
	require.Equal(t, exitFindings, code)
	assert.Equal(t, n, out.lines, "a finding a line")
	t.Logf("peak heap in use %d MiB for 64 MiB in, %d MiB of report out", peak>>20, out.bytes>>20)
	assert.Less(t, peak, uint64(48<<20))
}

// countingWriter counts what is written to it and keeps nothing.
type countingWriter struct {
	bytes, lines int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.bytes += len(p)
	w.lines += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}

func TestScanLongLines(t *testing.T) {
	// One 12 MiB line with values at both ends and in the middle: the
	// tracker keeps only a few MiB, positions stay exact.
	var b strings.Builder
	b.WriteString("연락처 " + phone + " ")
	for b.Len() < 6<<20 {
		b.WriteString("abcdefgh ")
	}
	b.WriteString("메일 " + email + " ")
	for b.Len() < 12<<20 {
		b.WriteString("가나다라 ")
	}
	b.WriteString("주민번호 " + rrn)
	dir := writeTree(t, map[string]string{"one-line.log": b.String()})
	inDir(t, dir)
	code, out, errs := runCLI(t, "", "scan", "--format", "jsonl", "one-line.log")
	require.Equal(t, exitFindings, code, errs)
	recs := jsonl(t, out)
	requireSlices(t, recs, map[string][]string{"one-line.log": {phone, email, rrn}})
	for _, r := range recs {
		assert.Equal(t, 1, r.Line)
		assert.Equal(t, int(r.Start)+1, r.Column)
	}
}

var update = flag.Bool("update", false, "rewrite the golden files of TestCLIFixtures")

// TestCLIFixtures scans testdata/cli/sample, the inputs the README points
// to, and compares the reports with the golden files next to them.
func TestCLIFixtures(t *testing.T) {
	t.Chdir("../..") // report paths as a user at the repository root sees them
	sch := compileSARIFSchema(t)
	golden := func(name, got string) {
		t.Helper()
		path := filepath.Join("testdata", "cli", name)
		if *update {
			require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		}
		want, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.Equal(t, string(want), got, "%s (go test ./cmd/kpii -run TestCLIFixtures -update)", name)
	}
	code, out, errs := runCLI(t, "", "scan", "--allow-file", "testdata/cli/allow.txt", "testdata/cli/sample")
	require.Equal(t, exitFindings, code, errs)
	golden("scan.txt", out+"\n# stderr\n"+errs)

	code, out, errs = runCLI(t, "", "scan", "--format", "sarif", "testdata/cli/sample")
	require.Equal(t, exitFindings, code, errs)
	validateSARIF(t, sch, out)
	golden("scan.sarif", out)
}

func TestScanCSVThatBreaksHalfwayIsReportedOnce(t *testing.T) {
	// Findings are released while the file is read; when the CSV breaks
	// after hundreds of them, the rest of the file is scanned as text from
	// the first line not yet reported: nothing twice, nothing lost.
	var b strings.Builder
	b.WriteString("name,phone\n")
	for i := range 600 {
		fmt.Fprintf(&b, "user%d,010-%04d-5678\n", i, 1000+i)
	}
	b.WriteString("broken \"quote,010-9999-5678\n")
	for i := range 10 {
		fmt.Fprintf(&b, "late%d,010-%04d-4321\n", i, 2000+i)
	}
	dir := writeTree(t, map[string]string{"half.csv": b.String()})
	inDir(t, dir)
	code, out, errs := runCLI(t, "", "scan", "--format", "jsonl", "half.csv")
	require.Equal(t, exitFindings, code, errs)
	recs := jsonl(t, out)
	require.Len(t, recs, 611)
	seen := map[int64]bool{}
	data := []byte(b.String())
	for i, r := range recs {
		assert.False(t, seen[r.Start], "reported twice at %d", r.Start)
		seen[r.Start] = true
		assert.Regexp(t, `^010-\d{4}-\d{4}$`, string(data[r.Start:r.End]))
		if i > 0 {
			assert.Greater(t, r.Start, recs[i-1].Start, "in file order")
		}
	}
	assert.Equal(t, 2, recs[0].Row, "the first ones as CSV cells")
	assert.Zero(t, recs[610].Row, "the last ones as text")
}
