package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/sample.* from the generator")

var allSpecs = []Spec{
	{Profile: Realistic, Format: Log},
	{Profile: Clean, Format: Log},
	{Profile: Dense, Format: Log},
	{Profile: Realistic, Format: JSONL},
	{Profile: Clean, Format: JSONL},
	{Profile: Dense, Format: JSONL},
}

func name(s Spec) string { return s.Profile.String() + "/" + s.Format.String() }

func sha(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// The golden hashes pin the exact bytes: any change to the generator that
// alters its output must update them (and regenerate testdata/).
func TestGolden(t *testing.T) {
	tests := []struct {
		spec Spec
		want string
	}{
		{Spec{Profile: Realistic, Seed: 1, Size: 4096}, "b5b111eddae4a2bcb2f08325dfd6c3d0212712dbb63241b969de7f5d78952458"},
		{Spec{Profile: Clean, Seed: 1, Size: 4096}, "55047c0f617b7beffe988fad2aef1afd4c232a46dfd4be0dc00b088c294044f8"},
		{Spec{Profile: Dense, Seed: 1, Size: 4096}, "f6c9837d65c87db612f670c50488bd909ae758496a4222f358ed79dbd81db811"},
		{Spec{Profile: Realistic, Format: JSONL, Seed: 1, Size: 4096}, "9d9fcc43af21f769d2d869b8be8d7f5244cdf30a4b797e06fe3d63f6bd2c7301"},
		{Spec{Profile: Realistic, Seed: -7, Size: 65536}, "ebb3d6fc08e2efe1e20da5c921f83b4b0f756e5f954ea6130582d4aaed3773d8"},
	}
	for _, tt := range tests {
		t.Run(name(tt.spec), func(t *testing.T) {
			if got := sha(tt.spec.Generate()); got != tt.want {
				t.Errorf("sha256 = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	for _, s := range allSpecs {
		t.Run(name(s), func(t *testing.T) {
			s.Seed, s.Size = 42, 256<<10
			a := s.Generate()
			b, items := s.GenerateLabelled()
			if !bytes.Equal(a, b) {
				t.Fatal("Generate and GenerateLabelled differ")
			}
			c, items2 := s.GenerateLabelled()
			if !bytes.Equal(b, c) || len(items) != len(items2) {
				t.Fatal("two runs with the same spec differ")
			}
			s.Seed = 43
			if bytes.Equal(a[:1024], s.Generate()[:1024]) {
				t.Fatal("seeds 42 and 43 give the same corpus")
			}
		})
	}
}

func TestSize(t *testing.T) {
	for _, size := range []int{0, 1, 100, 4096, 1 << 20} {
		for _, s := range allSpecs {
			s.Seed, s.Size = 3, size
			b := s.Generate()
			if size == 0 {
				if len(b) != 0 {
					t.Fatalf("%s size 0: got %d bytes", name(s), len(b))
				}
				continue
			}
			if len(b) < size || b[len(b)-1] != '\n' {
				t.Fatalf("%s size %d: got %d bytes, last %q", name(s), size, len(b), b[len(b)-1])
			}
			last := bytes.LastIndexByte(b[:len(b)-1], '\n') + 1
			if last >= size {
				t.Fatalf("%s size %d: %d bytes, more than one line over", name(s), size, len(b))
			}
		}
	}
}

func TestLinesAndPrefix(t *testing.T) {
	for _, s := range allSpecs {
		s.Seed, s.Lines = 9, 500
		b := s.Generate()
		if n := bytes.Count(b, []byte("\n")); n != 500 {
			t.Fatalf("%s: %d lines, want 500", name(s), n)
		}
		s.Lines, s.Size = 0, 100_000
		small := s.Generate()
		s.Size = 300_000
		if big := s.Generate(); !bytes.HasPrefix(big, small) {
			t.Fatalf("%s: a smaller corpus is not a prefix of a larger one", name(s))
		}
	}
}

func TestReader(t *testing.T) {
	for _, s := range allSpecs {
		s.Seed, s.Size = 5, 200_000
		got, err := io.ReadAll(s.NewReader())
		if err != nil || !bytes.Equal(got, s.Generate()) {
			t.Fatalf("%s: reader output differs from Generate (err %v)", name(s), err)
		}
		s.Size, s.Lines = 0, 777
		got, _ = io.ReadAll(s.NewReader())
		if !bytes.Equal(got, s.Generate()) {
			t.Fatalf("%s: reader with Lines differs from Generate", name(s))
		}
	}
	// unbounded
	s := Spec{Profile: Realistic, Seed: 5, Size: 1 << 20}
	got, err := io.ReadAll(io.LimitReader(Spec{Profile: Realistic, Seed: 5}.NewReader(), 1<<20))
	if err != nil || !bytes.Equal(got, s.Generate()[:1<<20]) {
		t.Fatalf("unbounded reader differs from Generate (err %v)", err)
	}
}

// TestItems checks that every labelled item slices exactly a valid value of
// its kind, that items are sorted, disjoint and inside one line, and that
// nothing personal is left outside them.
func TestItems(t *testing.T) {
	for _, s := range allSpecs {
		t.Run(name(s), func(t *testing.T) {
			s.Seed, s.Size = 11, 2<<20
			b, items := s.GenerateLabelled()
			if s.Profile == Clean && len(items) != 0 {
				t.Fatalf("Clean corpus has %d items", len(items))
			}
			if s.Profile != Clean && len(items) == 0 {
				t.Fatal("no items")
			}
			prev := 0
			for _, it := range items {
				if it.Start < prev || it.End <= it.Start || it.End > len(b) {
					t.Fatalf("item %+v out of order or range (prev end %d)", it, prev)
				}
				prev = it.End
				v := string(b[it.Start:it.End])
				if err := checkItem(it.Kind, v); err != nil {
					t.Errorf("%s: %v", it.Kind, err)
				}
			}
			blanked := bytes.Clone(b)
			for _, it := range items {
				for i := it.Start; i < it.End; i++ {
					blanked[i] = 'x'
				}
			}
			bad := 0
			for ln, line := range strings.Split(string(blanked), "\n") {
				if v := piiViolations(line); len(v) > 0 {
					if bad++; bad <= 10 {
						t.Errorf("line %d: unlabelled %v in %q", ln+1, v, line)
					}
				}
			}
		})
	}
}

func TestJSON(t *testing.T) {
	for _, s := range allSpecs {
		s.Seed, s.Size = 13, 1<<20
		for ln, line := range strings.Split(strings.TrimSuffix(string(s.Generate()), "\n"), "\n") {
			if s.Format == Log && !strings.HasPrefix(line, "{") {
				continue
			}
			if !json.Valid([]byte(line)) {
				t.Fatalf("%s line %d is not valid JSON: %s", name(s), ln+1, line)
			}
		}
	}
}

type stats struct {
	lines, itemLines, items int
	kinds                   map[string]int
	phoneTypes              map[string]int
	rrnValid, rrnFail       int
}

func measure(t *testing.T, s Spec) stats {
	t.Helper()
	b, items := s.GenerateLabelled()
	st := stats{lines: bytes.Count(b, []byte("\n")), kinds: map[string]int{}, phoneTypes: map[string]int{}, items: len(items)}
	lastLine := -1
	for _, it := range items {
		st.kinds[it.Kind]++
		v := string(b[it.Start:it.End])
		switch it.Kind {
		case KindPhone:
			typ, _ := checkPhone(v)
			if strings.HasPrefix(v, "+82") {
				typ = "+82"
			}
			st.phoneTypes[typ]++
		case KindRRN:
			if c, _ := checkRegNumber(v, false); c.rrnSum {
				st.rrnValid++
			} else {
				st.rrnFail++
			}
		}
		if ln := bytes.Count(b[:it.Start], []byte("\n")); ln != lastLine {
			st.itemLines++
			lastLine = ln
		}
	}
	return st
}

func TestRates(t *testing.T) {
	if testing.Short() {
		t.Skip("measures several MiB")
	}
	for _, f := range []Format{Log, JSONL} {
		st := measure(t, Spec{Profile: Realistic, Format: f, Seed: 1, Size: 8 << 20})
		rate := float64(st.items) / float64(st.lines)
		t.Logf("realistic/%s: %d lines, %d items, 1 per %.1f lines, kinds %v, phones %v, RRN check ok/fail %d/%d",
			f, st.lines, st.items, 1/rate, st.kinds, st.phoneTypes, st.rrnValid, st.rrnFail)
		if rate < 1.0/22 || rate > 1.0/18 {
			t.Errorf("realistic/%s: one item per %.1f lines, want about 20", f, 1/rate)
		}
		for _, k := range []string{KindRRN, KindFRN, KindPhone, KindEmail, KindAddress} {
			if st.kinds[k] < st.items/20 {
				t.Errorf("realistic/%s: only %d %s items", f, st.kinds[k], k)
			}
		}
		for _, typ := range []string{"mobile", "fixed", "voip", "personal", "tollfree", "premium", "uan", "pager", "+82"} {
			if st.phoneTypes[typ] == 0 {
				t.Errorf("realistic/%s: no %s phone numbers", f, typ)
			}
		}
		if st.rrnValid < st.rrnFail || st.rrnFail < (st.rrnValid+st.rrnFail)/5 {
			t.Errorf("realistic/%s: RRN check digits valid/failing %d/%d, want a mix with most valid", f, st.rrnValid, st.rrnFail)
		}
		d := measure(t, Spec{Profile: Dense, Format: f, Seed: 1, Size: 2 << 20})
		t.Logf("dense/%s: %d lines, %d with items, %d items", f, d.lines, d.itemLines, d.items)
		if d.itemLines*100 < d.lines*75 {
			t.Errorf("dense/%s: only %d of %d lines hold an item", f, d.itemLines, d.lines)
		}
	}
}

// TestCleanIsPIIFree runs the look-alike checks over a larger Clean corpus
// in both formats.
func TestCleanIsPIIFree(t *testing.T) {
	size := 4 << 20
	if testing.Short() {
		size = 1 << 20
	}
	for _, f := range []Format{Log, JSONL} {
		for seed := int64(0); seed < 2; seed++ {
			b := Spec{Profile: Clean, Format: f, Seed: seed, Size: size}.Generate()
			bad := 0
			for ln, line := range strings.Split(string(b), "\n") {
				if v := piiViolations(line); len(v) > 0 {
					if bad++; bad <= 10 {
						t.Errorf("clean/%s seed %d line %d: %v in %q", f, seed, ln+1, v, line)
					}
				}
			}
		}
	}
}

// TestCheckers makes sure the independent checks accept the reference's
// valid examples and reject its invalid ones.
func TestCheckers(t *testing.T) {
	tests := []struct {
		kind, v string
		ok      bool
	}{
		{KindRRN, "971013-1019902", true}, // date fine whatever the check digit
		{KindRRN, "900101-1234568", true},
		{KindRRN, "210315-3847261", true},
		{KindRRN, "960230-1021413", false},
		{KindRRN, "010229-3012342", false},
		{KindRRN, "123456-1234567", false},
		{KindRRN, "760413-5212134", false},
		{KindFRN, "911124-5678906", true},
		{KindFRN, "990101-4123456", false},
		{KindFRN, "800230-5123456", false},
		{KindPhone, "010-1234-5678", true},
		{KindPhone, "01012345678", true},
		{KindPhone, "０１０－１２３４－５６７８", true},
		{KindPhone, "+82 10-1234-5678", true},
		{KindPhone, "+821012345678", true},
		{KindPhone, "02)123-4567", true},
		{KindPhone, "(031) 123-4567", true},
		{KindPhone, "0505-123-4567", true},
		{KindPhone, "0504-1234-5678", true},
		{KindPhone, "080-123-4567", true},
		{KindPhone, "060-700-1234", true},
		{KindPhone, "1588-1234", true},
		{KindPhone, "015-123-4567", true},
		{KindPhone, "070-123-4567", false},
		{KindPhone, "080-1234-5678", false},
		{KindPhone, "02-0123-4567", false},
		{KindPhone, "049-123-4567", false},
		{KindPhone, "013-1234-5678", false},
		{KindPhone, "1234-5678", false},
		{KindPhone, "0303-123-4567", false},
		{KindEmail, "hong.gildong@naver.com", true},
		{KindEmail, "user+tag@gmail.com", true},
		{KindEmail, "admin@xn--wk0bu0i737a.xn--3e0b707e", true},
		{KindEmail, "홍길동@홍길동.한국", true},
		{KindEmail, "hong.gildong@naver", false},
		{KindEmail, "hong..gildong@naver.com", false},
		{KindEmail, "hong@-naver.com", false},
		{KindEmail, "a@b.c", false},
		{KindAddress, "서울특별시 종로구 세종대로 209", true},
		{KindAddress, "(04524) 서울특별시 중구 세종대로 110", true},
		{KindAddress, "서울특별시 광진구 광나루로507길 78, 101동 102호(광장동, 신도아파트)", true},
		{KindAddress, "경기도 수원시 영통구 삼성로 129(매탄동)", true},
		{KindAddress, "세종특별자치시 한누리대로 2130(보람동)", true},
		{KindAddress, "울산광역시 울주군 온양읍 솔밭1길 12", true},
		{KindAddress, "서울특별시 강남구 삼성동 338-3", true},
		{KindAddress, "경상남도 창원시 의창구 대산면 가술리 323-4", true},
		{KindAddress, "서울특별시 종로구", false},
		{KindAddress, "택배로 123개", false},
		{KindAddress, "세종대로 0", false},
		{KindAddress, "(99999) 서울특별시 종로구 세종대로 209", false},
	}
	for _, tt := range tests {
		if err := checkItem(tt.kind, tt.v); (err == nil) != tt.ok {
			t.Errorf("checkItem(%s, %q) = %v, want ok=%v", tt.kind, tt.v, err, tt.ok)
		}
	}
	for _, line := range []string{
		"call 010-1234-5678 now", "id 900101-1234568 x", "x 9001011234568 y", "mail a@b.kr",
		"서울특별시 종로구 세종대로 209", "tel 02)123-4567", "UAN 1588-1234.", "+82 2 123 4567",
		"배송지 서울 강남구 어딘가", "테헤란로 152, 3층", "판교역로 235", "id=0212345678&x", "tel=031 123 4567",
	} {
		if len(piiViolations(line)) == 0 {
			t.Errorf("piiViolations(%q) found nothing", line)
		}
	}
	for _, line := range []string{
		"ORD-20261123-000123", "20240315-1234567", "ts=1794360519943", "10.0.12.34", "123456-1234567",
		"0.023 0.021", "amount=1234567 12,345원", "택배로 123개 보냈어요", "900101-1******", "010-****-5678",
	} {
		if v := piiViolations(line); len(v) != 0 {
			t.Errorf("piiViolations(%q) = %v, want none", line, v)
		}
	}
}

// TestSamples keeps testdata/sample.* in step with the generator; see
// testdata/README.md. Run with -update to rewrite them.
func TestSamples(t *testing.T) {
	for _, tt := range []struct {
		file string
		spec Spec
	}{
		{"sample.log", Spec{Profile: Realistic, Format: Log, Seed: 41, Lines: 150}},
		{"sample.jsonl", Spec{Profile: Realistic, Format: JSONL, Seed: 41, Lines: 150}},
	} {
		path := filepath.Join("..", "..", "testdata", tt.file)
		want := tt.spec.Generate()
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is out of date: regenerate it (see testdata/README.md)", path)
		}
	}
}

func BenchmarkGenerate(b *testing.B) {
	for _, s := range []Spec{
		{Profile: Realistic, Size: 64 << 20},
		{Profile: Clean, Size: 64 << 20},
		{Profile: Dense, Size: 64 << 20},
		{Profile: Realistic, Format: JSONL, Size: 64 << 20},
	} {
		b.Run(name(s), func(b *testing.B) {
			b.SetBytes(int64(s.Size))
			for b.Loop() {
				s.Generate()
			}
		})
	}
}

func BenchmarkGenerateLabelled(b *testing.B) {
	s := Spec{Profile: Realistic, Size: 64 << 20}
	b.SetBytes(int64(s.Size))
	for b.Loop() {
		s.GenerateLabelled()
	}
}
