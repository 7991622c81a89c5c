package detector

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kpii/kpii/internal/corpus"
)

// findBoth returns d's findings in text from the block scan and from the
// byte-at-a-time scan.
func findBoth(d *Detector, text []byte) (blocks, bytes []Finding) {
	saved := blockScan
	defer func() { blockScan = saved }()
	blockScan = true
	blocks = d.FindBytes(text)
	blockScan = false
	bytes = d.FindBytes(text)
	return
}

func TestScanBlocksAgreesOnEval(t *testing.T) {
	if !haveBlockClassifier() {
		t.Skip("no block classifier on this machine")
	}
	files, err := filepath.Glob("../testdata/eval/*.jsonl")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	dets := map[string]*Detector{"default": New(), "all": New(WithKinds(AllKinds()...)), "low": New(WithMinConfidence(Low))}
	for _, f := range files {
		fh, err := os.Open(f)
		require.NoError(t, err)
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var c struct{ Text string }
			require.NoError(t, json.Unmarshal(sc.Bytes(), &c))
			for name, d := range dets {
				a, b := findBoth(d, []byte(c.Text))
				if !assert.Equal(t, b, a, "%s %s: %q", name, filepath.Base(f), c.Text) {
					return
				}
			}
		}
		fh.Close()
	}
}

func TestClassify64MatchesGeneric(t *testing.T) {
	if !haveBlockClassifier() {
		t.Skip("no block classifier on this machine")
	}
	alphabet := []byte("0123456789 -.),@%+AZaz\xef\xe1\x80\xff\x2f\x3a\x40\x5b\x7f")
	var p [64]byte
	seed := uint64(1)
	for it := 0; it < 20000; it++ {
		for k := range p {
			seed = seed*6364136223846793005 + 1442695040888963407
			if seed>>63 == 0 {
				p[k] = byte(seed >> 40)
			} else {
				p[k] = alphabet[(seed>>33)%uint64(len(alphabet))]
			}
		}
		var got, want blockBits
		classify64(&p[0], &got)
		classify64Generic(&p, &want)
		require.Equal(t, want, got, "%q", p[:])
	}
}

// The block scan must agree with the byte scan on the benchmark corpora,
// with the default kinds and with every kind (which visits every run).
func TestScanBlocksAgreesOnCorpora(t *testing.T) {
	if !haveBlockClassifier() {
		t.Skip("no block classifier on this machine")
	}
	dets := []*Detector{New(), New(WithKinds(AllKinds()...), WithMinConfidence(Low))}
	for _, p := range []corpus.Profile{corpus.Realistic, corpus.Dense, corpus.Clean} {
		text := corpus.Generate(p, 7, 1<<20)
		for _, d := range dets {
			a, b := findBoth(d, text)
			require.Equal(t, len(b), len(a))
			assert.Equal(t, b, a)
		}
	}
}

// FuzzScanBlocks checks the block scan against the byte scan on any input.
// The seeds put numbers at block boundaries, next to non-ASCII characters
// and look-alike separators.
func FuzzScanBlocks(f *testing.F) {
	pad := strings.Repeat("x", 45)
	for _, s := range []string{
		"주민번호는960121-1021413이야", "010-1234-5678", "+82 (0)10 1234 5678", "hong@naver.com으로",
		"０１０－１２３４－５６７８", "960121\u20131021413", "역삼동\u3000123", "테헤란로  152", "209, Sejong-daero",
		pad + "010-1234-5678", pad + "  960121-1021413", pad + "역삼동 12", pad + pad + "06236 서울",
		"1794360519943 8801412620624 ORD-20261111-275274 192.168.0.1:53006",
	} {
		f.Add([]byte(s))
	}
	dets := []*Detector{New(WithMinConfidence(Low)), New(WithKinds(AllKinds()...), WithMinConfidence(Low))}
	f.Fuzz(func(t *testing.T, b []byte) {
		if !haveBlockClassifier() {
			t.Skip("no block classifier on this machine")
		}
		for _, d := range dets {
			a, c := findBoth(d, b)
			assert.Equal(t, c, a)
		}
	})
}

// Random text built from the pieces the candidate bitmaps look at — digit
// runs of every length, separators, non-ASCII neighbours, look-alikes —
// long enough to cross many block boundaries.
func TestScanBlocksAgreesOnRandomText(t *testing.T) {
	if !haveBlockClassifier() {
		t.Skip("no block classifier on this machine")
	}
	pieces := []string{
		"0", "1", "2", "5", "8", "02", "010", "82", "15", "1588", "0505", "960121", "1021413", "5678",
		"06236", "135", "12345678", "9601211021413", "01012345678", "123456789012345678",
		"-", "-", " ", " ", "  ", ".", ")", "(", "[", ",", "\t", ":", "=", "@", "%40", "+", "+82 ",
		"로 ", "동", "길", "건", "번호", "주민번호 ", "\u3000", "\u00a0", "\u2013", "－", "０", "ᄒ", "\xff",
		"Sejong-daero", " HTTP", "x", "ab", "hong@naver.com", "\n",
		// the later kinds' shapes (AllKinds)
		"4111", "4111-1111-1111-1111", "124-81-00998", "11-22-123456-12", "M12345678", "M123A4567", "3333-01-1234567",
		"서울 12-345678-90", "12345678901", "9430", "M", "Z", "카드번호 ", "계좌 ", "여권번호 ", "passport ",
	}
	dets := []*Detector{New(), New(WithMinConfidence(Low)), New(WithKinds(AllKinds()...), WithMinConfidence(Low))}
	// A longer hunt with another seed: KPII_SCAN_SEED=7 KPII_SCAN_ROUNDS=1000000.
	seed := uint64(99)
	if s := os.Getenv("KPII_SCAN_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	rounds := 20000
	if s := os.Getenv("KPII_SCAN_ROUNDS"); s != "" {
		rounds, _ = strconv.Atoi(s)
	}
	var sb strings.Builder
	for it := 0; it < rounds; it++ {
		sb.Reset()
		for sb.Len() < 300 {
			seed = seed*6364136223846793005 + 1442695040888963407
			sb.WriteString(pieces[(seed>>33)%uint64(len(pieces))])
		}
		text := []byte(sb.String())
		for _, d := range dets {
			a, b := findBoth(d, text)
			if !assert.Equal(t, b, a, "%q", text) {
				return
			}
		}
	}
}
