package patterns_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kpii/kpii/patterns"
)

// addrEvalCase is one line of testdata/eval/address.jsonl.
type addrEvalCase struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Spans []struct {
		Kind  string `json:"kind"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	} `json:"spans"`
	Note string `json:"note"`
}

func addrLoadEval(t testing.TB) []addrEvalCase {
	t.Helper()
	f, err := os.Open("../testdata/eval/address.jsonl")
	require.NoError(t, err)
	defer f.Close()
	var out []addrEvalCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var c addrEvalCase
		require.NoErrorf(t, json.Unmarshal(sc.Bytes(), &c), "eval line %d", len(out)+1)
		out = append(out, c)
	}
	require.NoError(t, sc.Err())
	return out
}

func addrIsDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// addrTriggerBrief is the detector's rule as issue 4's brief states it: the
// rune before the run (skipping at most one space) is non-ASCII; or the run
// is 5 digits, NNN-NNN, or follows '(' / '['; or the run is followed by a
// space and an upper-case ASCII letter.
func addrTriggerBrief(b []byte, i int) bool {
	j := i
	for j < len(b) && addrIsDigitByte(b[j]) {
		j++
	}
	p := i
	if p > 0 && b[p-1] == ' ' {
		p--
	}
	if p > 0 && b[p-1] >= 0x80 {
		return true
	}
	n := j - i
	if n == 5 || (n == 3 && j+4 <= len(b) && b[j] == '-' && addrIsDigitByte(b[j+1]) && addrIsDigitByte(b[j+2]) && addrIsDigitByte(b[j+3]) && (j+4 == len(b) || !addrIsDigitByte(b[j+4]))) {
		return true
	}
	if i > 0 && (b[i-1] == '(' || b[i-1] == '[') {
		return true
	}
	return j+1 < len(b) && b[j] == ' ' && b[j+1] >= 'A' && b[j+1] <= 'Z'
}

// addrTriggerExtended adds what MOIS English notation needs: the building
// number is followed by a comma ("209, Sejong-daero") or is N-M.
func addrTriggerExtended(b []byte, i int) bool {
	if addrTriggerBrief(b, i) {
		return true
	}
	j := i
	for j < len(b) && addrIsDigitByte(b[j]) {
		j++
	}
	if j+1 < len(b) && b[j] == '-' && addrIsDigitByte(b[j+1]) {
		j++
		for j < len(b) && addrIsDigitByte(b[j]) {
			j++
		}
	}
	if j < len(b) && b[j] == ',' {
		j++
	}
	return j+1 < len(b) && b[j] == ' ' && b[j+1] >= 'A' && b[j+1] <= 'Z'
}

// addrHasContext simulates the detector's context rule for NeedsContext
// matches: a context word within 48 bytes before the match.
func addrHasContext(text []byte, start int) bool {
	lo := start - 48
	if lo < 0 {
		lo = 0
	}
	win := strings.ToLower(string(text[lo:start]))
	for _, w := range patterns.AddressContextWords {
		if strings.Contains(win, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// addrScan runs MatchAddress the way the detector does: at every digit-run
// start that satisfies trigger, skipping past each match, dropping
// NeedsContext matches without a context word.
func addrScan(text []byte, trigger func([]byte, int) bool) []patterns.Match {
	var out []patterns.Match
	for i := 0; i < len(text); i++ {
		if !addrIsDigitByte(text[i]) || (i > 0 && addrIsDigitByte(text[i-1])) || !trigger(text, i) {
			continue
		}
		m, ok := patterns.MatchAddress(text, i)
		if !ok {
			continue
		}
		if m.Evidence.Has(patterns.EvidenceNeedsContext) && !addrHasContext(text, m.Start) {
			continue
		}
		if m.Evidence.Has(patterns.EvidenceFragment) {
			continue // a postal code alone: the detector keeps it below its default level
		}
		out = append(out, m)
		i = m.End - 1
	}
	return out
}

type addrScore struct{ tp, fp, fn int }

func (s addrScore) precision() float64 { return float64(s.tp) / float64(max(1, s.tp+s.fp)) }
func (s addrScore) recall() float64    { return float64(s.tp) / float64(max(1, s.tp+s.fn)) }

func addrEvaluate(t *testing.T, cases []addrEvalCase, trigger func([]byte, int) bool, verbose bool) addrScore {
	var sc addrScore
	for _, c := range cases {
		text := []byte(c.Text)
		got := addrScan(text, trigger)
		want := map[[2]int]bool{}
		for _, s := range c.Spans {
			if s.Kind == "ADDRESS" {
				want[[2]int{s.Start, s.End}] = true
			}
		}
		for _, m := range got {
			k := [2]int{m.Start, m.End}
			if want[k] {
				sc.tp++
				delete(want, k)
			} else {
				sc.fp++
				if verbose {
					t.Logf("FP %s: %q (%v) in %q", c.ID, text[m.Start:m.End], m.Evidence, c.Text)
				}
			}
		}
		for k := range want {
			sc.fn++
			if verbose {
				t.Logf("FN %s: %q in %q", c.ID, text[k[0]:k[1]], c.Text)
			}
		}
	}
	return sc
}

func TestAddressEvalData(t *testing.T) {
	cases := addrLoadEval(t)
	pos, neg := 0, 0
	ids := map[string]bool{}
	for _, c := range cases {
		assert.Falsef(t, ids[c.ID], "duplicate id %s", c.ID)
		ids[c.ID] = true
		addr := 0
		for _, s := range c.Spans {
			if !assert.Truef(t, s.Start >= 0 && s.End <= len(c.Text) && s.Start < s.End, "%s: span %d:%d out of range", c.ID, s.Start, s.End) {
				continue
			}
			assert.Truef(t, utf8.RuneStart(c.Text[s.Start]) && (s.End == len(c.Text) || utf8.RuneStart(c.Text[s.End])), "%s: span %d:%d not on UTF-8 boundaries", c.ID, s.Start, s.End)
			assert.Containsf(t, []string{"ADDRESS", "PHONE", "EMAIL", "RRN", "FRN"}, s.Kind, "%s: kind", c.ID)
			if s.Kind == "ADDRESS" {
				addr++
			}
		}
		if addr > 0 {
			pos++
		} else {
			neg++
		}
	}
	assert.GreaterOrEqual(t, pos, 200, "positive cases")
	assert.GreaterOrEqual(t, neg, 100, "negative cases")
}

// TestAddressEval prints precision and recall of MatchAddress over the
// evaluation set and holds them above a floor; go test -v -run
// TestAddressEval lists every miss.
func TestAddressEval(t *testing.T) {
	cases := addrLoadEval(t)
	verbose := testing.Verbose()
	for _, tc := range []struct {
		name    string
		trigger func([]byte, int) bool
		minP    float64
		minR    float64
	}{
		{"brief trigger", addrTriggerBrief, 0.97, 0.90},
		{"extended trigger", addrTriggerExtended, 0.97, 0.95},
	} {
		sc := addrEvaluate(t, cases, tc.trigger, verbose && tc.name == "extended trigger")
		p, r := sc.precision(), sc.recall()
		t.Logf("ADDRESS eval (%s): precision %.4f recall %.4f (tp %d, fp %d, fn %d)", tc.name, p, r, sc.tp, sc.fp, sc.fn)
		assert.GreaterOrEqualf(t, p, tc.minP, "%s: precision", tc.name)
		assert.GreaterOrEqualf(t, r, tc.minR, "%s: recall", tc.name)
	}
}

// TestMatchAddressNegatives holds every hard negative silent, at every digit
// (not only where the trigger fires), NeedsContext included; a fragment (a
// postal code alone, which the detector keeps at Low) may match.
func TestMatchAddressNegatives(t *testing.T) {
	for _, c := range addrLoadEval(t) {
		if len(c.Spans) != 0 {
			continue
		}
		text := []byte(c.Text)
		for i := range text {
			if m, ok := patterns.MatchAddress(text, i); ok {
				if m.Evidence.Has(patterns.EvidenceNeedsContext) && !addrHasContext(text, m.Start) ||
					m.Evidence.Has(patterns.EvidenceFragment) {
					continue
				}
				assert.Failf(t, "hard negative matched", "%s: %q (%v) in %q", c.ID, text[m.Start:m.End], m.Evidence, c.Text)
			}
		}
	}
}

func TestMatchAddressSpans(t *testing.T) {
	tests := []struct {
		text string
		at   string // the digit run to call at (first occurrence)
		want string // the span; "" for no match
		ev   patterns.Evidence
	}{
		{"주소: 서울특별시 종로구 세종대로 209", "209", "서울특별시 종로구 세종대로 209", patterns.EvidenceStrong | patterns.EvidenceCanonical},
		{"(04524) 서울특별시 중구 세종대로 110 (태평로1가, 서울시청)", "04524", "(04524) 서울특별시 중구 세종대로 110 (태평로1가, 서울시청)", patterns.EvidenceStrong | patterns.EvidenceCanonical},
		{"(04524) 서울특별시 중구 세종대로 110 (태평로1가, 서울시청)", "110", "(04524) 서울특별시 중구 세종대로 110 (태평로1가, 서울시청)", patterns.EvidenceStrong | patterns.EvidenceCanonical},
		{"서울특별시 광진구 광나루로507길 78, 101동 102호(광장동, 신도아파트)", "507", "서울특별시 광진구 광나루로507길 78, 101동 102호(광장동, 신도아파트)", patterns.EvidenceStrong | patterns.EvidenceCanonical},
		{"서울특별시 광진구 광나루로507길 78, 101동 102호(광장동, 신도아파트)", "102", "서울특별시 광진구 광나루로507길 78, 101동 102호(광장동, 신도아파트)", patterns.EvidenceStrong | patterns.EvidenceCanonical},
		{"강남구 테헤란로 152 3층", "152", "강남구 테헤란로 152 3층", 0},
		{"서울 강남구 테헤란로152에서", "152", "", 0},
		{"서울 강남구 테헤란로 152에서 봐요", "152", "서울 강남구 테헤란로 152", patterns.EvidenceStrong},
		{"서울 테헤란로 152", "152", "서울 테헤란로 152", patterns.EvidenceWeak},
		{"배송지 테헤란로 152", "152", "테헤란로 152", patterns.EvidenceNeedsContext},
		{"중앙로 12번길 34", "12", "중앙로 12번길 34", patterns.EvidenceNeedsContext},
		{"중앙로12번길 34", "34", "중앙로12번길 34", patterns.EvidenceNeedsContext},
		{"서울특별시 강남구 삼성동 338-3", "338", "서울특별시 강남구 삼성동 338-3", patterns.EvidenceStrong | patterns.EvidenceCanonical},
		{"강원특별자치도 정선군 정선읍 봉양리 산65-33번지", "65", "강원특별자치도 정선군 정선읍 봉양리 산65-33번지", patterns.EvidenceStrong | patterns.EvidenceCanonical},
		{"세종특별자치시 한누리대로 2130", "2130", "세종특별자치시 한누리대로 2130", patterns.EvidenceStrong | patterns.EvidenceCanonical},
		{"서울특별시 중구 세종대로 지하 2", "2", "서울특별시 중구 세종대로 지하 2", patterns.EvidenceStrong | patterns.EvidenceCanonical},
		{"경기도 강남구 테헤란로 152", "152", "강남구 테헤란로 152", 0},
		{"209 Sejong-daero, Jongno-gu, Seoul 03154", "209", "209 Sejong-daero, Jongno-gu, Seoul 03154", patterns.EvidenceStrong},
		{"209 Sejong-daero, Jongno-gu, Seoul 03154", "03154", "209 Sejong-daero, Jongno-gu, Seoul 03154", patterns.EvidenceStrong},
		{"209, Sejong-daero, Jongno-gu, Seoul", "209", "209, Sejong-daero, Jongno-gu, Seoul", patterns.EvidenceStrong | patterns.EvidenceCanonical},
		{"서울특별시 강남구 테헤란로  152", "152", "서울특별시 강남구 테헤란로  152", patterns.EvidenceStrong},
		{"부산  해운대구  센텀중앙로  79", "79", "부산  해운대구  센텀중앙로  79", patterns.EvidenceStrong},
		{"q=서울특별시+강남구+테헤란로+427&zoom=17", "427", "서울특별시+강남구+테헤란로+427", patterns.EvidenceStrong | patterns.EvidenceCanonical},
		{"경기도 광명시 오리로 613이요.", "613", "경기도 광명시 오리로 613", patterns.EvidenceStrong | patterns.EvidenceCanonical},
		{"경기 양평군 양평읍 양근리 451-2번지라서", "451", "경기 양평군 양평읍 양근리 451-2번지", patterns.EvidenceStrong},
		{"Home: 35, Centum jungang-ro, Haeundae-gu, Busan 48059", "35", "35, Centum jungang-ro, Haeundae-gu, Busan 48059", patterns.EvidenceStrong | patterns.EvidenceCanonical},
		{"Seoul, Gangnam-gu, Teheran-ro 152", "152", "Seoul, Gangnam-gu, Teheran-ro 152", patterns.EvidenceStrong},
		{"Seoul Mapo-gu World Cup buk-ro 396 (office)", "396", "Seoul Mapo-gu World Cup buk-ro 396", patterns.EvidenceStrong},
		{"retrying in 3 attempts via Teheran-ro 152", "152", "", 0},
		{"출발: 서울 영등포구 국제금융로 10, 원IFC 22층 (담당 02-3771-5520)", "10", "서울 영등포구 국제금융로 10, 원IFC 22층", patterns.EvidenceStrong},
		{"Deliver to 302-ho, 17, Yeonmujang 5ga-gil, Seongdong-gu, Seoul.", "17", "302-ho, 17, Yeonmujang 5ga-gil, Seongdong-gu, Seoul", patterns.EvidenceStrong | patterns.EvidenceCanonical},
		{"INFO 16478 --- [main]", "16478", "", 0},
		{"우편번호 06236", "06236", "06236", patterns.EvidenceFragment},
		{"우편번호: 135-080", "135", "135-080", patterns.EvidenceFragment},
		{"코드 (06236)", "06236", "06236", patterns.EvidenceNeedsContext | patterns.EvidenceFragment},
		{"12345", "12345", "", 0},
		{"주문 06236건", "06236", "", 0},
		{"서울시 날씨 맑음 3도", "3", "", 0},
		{"테헤란로 152, 010-1234-5678", "152", "테헤란로 152", patterns.EvidenceNeedsContext},
		{"[2026-11-05 15:01:19] INFO", "2026", "", 0},
		{"web-01 sshd[20595]: Accepted", "20595", "", 0},
		{"(sku=SKU-HN-71356, 요청 1개)", "71356", "", 0},
		{"쿠폰 만료 처리 8,741건", "8", "", 0},
		{"Chrome/130.0.6723.102 Mobile Safari", "102", "", 0},
		{"경로로 3.5km", "3", "", 0},
		{"서울 종로구 세종로 산 203-26번지", "203", "서울 종로구 세종로 산 203-26번지", patterns.EvidenceStrong},
		{"(30911) 세종 보듬3로113번길 25, 106동 2104호", "30911", "(30911) 세종 보듬3로113번길 25, 106동 2104호", patterns.EvidenceStrong},
		{"세종특별자치시 도움6로 48길 295", "295", "세종특별자치시 도움6로 48길 295", patterns.EvidenceStrong},
	}
	for _, tt := range tests {
		text := []byte(tt.text)
		i := strings.Index(tt.text, tt.at)
		require.GreaterOrEqualf(t, i, 0, "%q not in %q", tt.at, tt.text)
		m, ok := patterns.MatchAddress(text, i)
		if tt.want == "" {
			assert.Falsef(t, ok, "MatchAddress(%q, %d) = %+v, want no match", tt.text, i, m)
			continue
		}
		if assert.Truef(t, ok, "MatchAddress(%q, %d)", tt.text, i) {
			assert.Equalf(t, tt.want, string(text[m.Start:m.End]), "MatchAddress(%q, %d)", tt.text, i)
			assert.Equalf(t, tt.ev, m.Evidence, "MatchAddress(%q, %d): evidence %v", tt.text, i, m.Evidence)
			assert.Equal(t, patterns.Address, m.Kind)
		}
	}
}

func TestMatchAddressBounds(t *testing.T) {
	for _, s := range []string{"", "1", "로1", "길 ", "서울특별시 종로구 세종대로 2", "\xeb\xa1", "\xeb\xa1\x9c1"} {
		b := []byte(s)
		for _, i := range []int{-1, 0, len(b) - 1, len(b), len(b) + 5} {
			if m, ok := patterns.MatchAddress(b, i); ok {
				assert.Truef(t, m.Start >= 0 && m.End <= len(b) && m.Start <= i && i < m.End, "MatchAddress(%q, %d) = %+v", s, i, m)
			}
		}
	}
}

func TestMatchAddressAllocs(t *testing.T) {
	hit := []byte("배송지: (06236) 서울특별시 강남구 테헤란로 152, 101동 1203호(역삼동, 삼성빌딩) 연락처")
	miss := []byte("그래서 앞으로 3일 동안 하루 2번 메뉴로 1 경로 3")
	hi := bytes.Index(hit, []byte("152"))
	en := []byte("Address: 209, Sejong-daero, Jongno-gu, Seoul 03154")
	ei := bytes.Index(en, []byte("03154"))
	allocs := testing.AllocsPerRun(200, func() {
		patterns.MatchAddress(hit, hi)
		patterns.MatchAddress(en, ei)
		for i := range miss {
			patterns.MatchAddress(miss, i)
		}
	})
	assert.Zero(t, allocs, "MatchAddress allocations per run")
}

func BenchmarkMatchAddress(b *testing.B) {
	hit := []byte("배송지: 서울특별시 강남구 테헤란로 152, 101동 1203호(역삼동, 삼성빌딩) 연락처")
	hi := bytes.Index(hit, []byte("152"))
	en := []byte("Address: 209 Sejong-daero, Jongno-gu, Seoul 03154")
	ei := bytes.Index(en, []byte("209"))
	missFast := []byte("로그인 3회 실패")
	mf := bytes.Index(missFast, []byte("3"))
	missSlow := []byte("그래서 우리는 다 같이 앞으로 3일 동안")
	ms := bytes.Index(missSlow, []byte("3"))
	missCounter := []byte("오늘은 회사 근처 식당에서 점심 메뉴로 1번 세트를 골랐어요")
	mc := bytes.Index(missCounter, []byte("1"))
	missParsed := []byte("오늘은 회사 근처 식당에서 점심 메뉴로 1 주문했어요")
	mp := bytes.Index(missParsed, []byte("1"))
	bench := func(name string, text []byte, i int, want bool) {
		b.Run(name, func(b *testing.B) {
			if _, ok := patterns.MatchAddress(text, i); ok != want {
				b.Fatalf("MatchAddress(%q, %d) = %v", text, i, ok)
			}
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				patterns.MatchAddress(text, i)
			}
		})
	}
	bench("hit/korean", hit, hi, true)
	bench("hit/english", en, ei, true)
	bench("miss/no-trigger", missFast, mf, false)
	bench("miss/after-ro", missSlow, ms, false)
	bench("miss/counter", missCounter, mc, false)
	bench("miss/parsed", missParsed, mp, false)
}

func FuzzMatchAddress(f *testing.F) {
	for _, s := range []string{
		"서울특별시 강남구 테헤란로 152, 101동 1203호(역삼동, 삼성빌딩)",
		"(06236) 서울 강남구 테헤란로152",
		"209 Sejong-daero, Jongno-gu, Seoul 03154",
		"우편번호 135-080",
		"그래서 앞으로 3일",
		"강원특별자치도 정선군 정선읍 봉양리 산65-33번지",
	} {
		f.Add([]byte(s), 0)
	}
	f.Fuzz(func(t *testing.T, text []byte, i int) {
		if len(text) > 0 {
			i = ((i % len(text)) + len(text)) % len(text)
		}
		m, ok := patterns.MatchAddress(text, i)
		if !ok {
			return
		}
		// The invariant: a match contains i, lies in the text and in the
		// matcher's window, and starts and ends on UTF-8 boundaries.
		if m.Kind != patterns.Address || m.Start < 0 || m.End > len(text) || m.Start > i || i >= m.End {
			t.Fatalf("MatchAddress(%q, %d) = %+v", text, i, m)
		}
		if i-m.Start > 128 || m.End-i > 160 {
			t.Fatalf("MatchAddress(%q, %d) = %+v outside its window", text, i, m)
		}
		// On rune boundaries: the span starts at a rune start and is valid
		// UTF-8, so it cuts no valid rune at either end (a stray
		// continuation byte after it belongs to no rune).
		if !utf8.RuneStart(text[m.Start]) || !utf8.Valid(text[m.Start:m.End]) {
			t.Fatalf("MatchAddress(%q, %d) = %+v not on rune boundaries", text, i, m)
		}
	})
}
