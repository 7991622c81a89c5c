package detector_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type span struct {
	Kind patterns.Kind
	Text string
}

func spans(text string, fs []detector.Finding) []span {
	out := make([]span, 0, len(fs))
	for _, f := range fs {
		out = append(out, span{f.Kind, text[f.Start:f.End]})
	}
	return out
}

// All numbers below are synthetic. 960121-1021413 passes the legacy RRN
// check digit; 960121-1021414 fails it (a post-2020-style tail).
func TestFindDefaultConfidence(t *testing.T) {
	d := detector.New()
	cases := []struct {
		name string
		text string
		want []span
	}{
		{"particle after RRN", "주민번호는960121-1021413이야", []span{{patterns.RRN, "960121-1021413"}}},
		{"failed check digit still reported", "고객 960121-1021414 확인", []span{{patterns.RRN, "960121-1021414"}}},
		{"after Latin letters", "rrn=960121-1021414&x=1", []span{{patterns.RRN, "960121-1021414"}}},
		{"after underscore", "id_960121-1021414", []span{{patterns.RRN, "960121-1021414"}}},
		{"inside JSON string", `{"jumin":"9601211021413"}`, []span{{patterns.RRN, "9601211021413"}}},
		{"CSV cell", "홍길동,960121-1021414,서울", []span{{patterns.RRN, "960121-1021414"}}},
		{"spaces around hyphen", "번호: 960121 - 1021413", []span{{patterns.RRN, "960121 - 1021413"}}},
		{"en dash", "960121–1021413", []span{{patterns.RRN, "960121–1021413"}}},
		{"full-width", "주민번호 ９６０１２１－１０２１４１３", []span{{patterns.RRN, "９６０１２１－１０２１４１３"}}},
		{"FRN", "외국인등록번호 911124-5678906", []span{{patterns.FRN, "911124-5678906"}}},
		{"bare with context", "주민등록번호 9601211021414", []span{{patterns.RRN, "9601211021414"}}},
		{"bare, failed check digit, no context", "value 9601211021414 ok", nil},
		{"bare, failed check digit, a phone on its line", "D0000002 황유진 9601211021414 01052104452 Y",
			[]span{{patterns.RRN, "9601211021414"}, {patterns.Phone, "01052104452"}}},
		{"bare, failed check digit, under an id key", "user_id=9601211021414 phone=01052104452", []span{{patterns.Phone, "01052104452"}}},
		{"bare, failed check digit, a phone on the next line", "황유진 9601211021414\n01052104452", []span{{patterns.Phone, "01052104452"}}},
		{"bare, failed check digit, a phone far away", "9601211021414 " + strings.Repeat("x", 170) + " 01052104452",
			[]span{{patterns.Phone, "01052104452"}}},
		{"an 1800s birth with its check digit", "제적등본상 증조부 951225-9097254", []span{{patterns.RRN, "951225-9097254"}}},
		{"an 1800s birth failing its check digit", "증조부 951225-9097255", nil},
		{"a corporate number with a foreigner's valid check digit", "3. `110111-7123451` — 거래처 법인등록번호", nil},
		{"an order id", `{"ORD-240315-1432117", 2403151432117}`, nil},
		{"an order id with a timestamp after it", `{"orderNo": "230818-5900350", "ts": 1710092964055}`, nil},
		{"the tail of an id", "lotNo: LOT-211102-8411792, app-241102-2509794.log", nil},
		{"a batch id", "batch=200326-6484210 rows=24377", nil},
		{"epoch milliseconds beside a phone", "GET /check?hp=010-3799-1706&_=1705172270534 HTTP/1.1", []span{{patterns.Phone, "010-3799-1706"}}},
		{"epoch milliseconds under createdAt", `{"createdAt": 1712102345678, "score": 71.2}`, nil},
		{"split columns of an export", "L2022042281659,유정훈,960121,1021414,010,4857,2925,yang.soo@korea.kr",
			[]span{{patterns.RRN, "960121,1021414"}, {patterns.Phone, "010,4857,2925"}, {patterns.Email, "yang.soo@korea.kr"}}},
		{"tab-separated columns", "오윤아\t960121\t1021413\t010\t7897\t4869",
			[]span{{patterns.RRN, "960121\t1021413"}, {patterns.Phone, "010\t7897\t4869"}}},
		{"a list of numbers is no phone", "codes 010,1234,5678,9012", nil},
		{"mixed separators are no phone", "010,1234-5678", nil},
		{"bare, failed check digit, labelled an id", "order_no=9601211021414, contact 01052104452", []span{{patterns.Phone, "01052104452"}}},
		{"longer digit run", "19601211021413", nil},
		{"grouped continuation", "12-960121-1021413", nil},
		{"invalid month", "961321-1021413", nil},
		{"30 February", "960230-1021413", nil},
		{"birth date in the future", "991231-4019906", nil},
		{"order id YYYYMMDD", "ORD-20240315-1234567", nil},
		{"epoch millis", "ts=1710489600000", nil},
		{"CRN is not an RRN", "법인 130111-0006246", nil},
		{"mobile with particle", "010-1234-5678로 연락주세요", []span{{patterns.Phone, "010-1234-5678"}}},
		{"ㅡ typed for a dash", "야 나 번호 바뀜 010ㅡ5521ㅡ3908 ㅋㅋ", []span{{patterns.Phone, "010ㅡ5521ㅡ3908"}}},
		{"after a query string's '+'", "q=%EA%B9%80+010-4821-7732&sort=recent", []span{{patterns.Phone, "010-4821-7732"}}},
		{"percent-encoded +82", "sms?tel=%2B821086891927&lang=ko", []span{{patterns.Phone, "%2B821086891927"}}},
		{"eGovFrame field name", "<gov:ihidnum>5812111601428</gov:ihidnum>", []span{{patterns.RRN, "5812111601428"}}},
		{"ARC", "My ARC is 880214 6123451 (written with a space)", []span{{patterns.FRN, "880214 6123451"}}},
		{"request id, not an RRN", "reqId=240315-1432117 took 182ms", nil},
		{"a store's location", "가게 위치 연남로 23 2층 !", []span{{patterns.Address, "연남로 23 2층"}}},
		{"postal code alone", "우편번호 06236", nil},
		{"mobile dots", "tel 010.1234.5678", []span{{patterns.Phone, "010.1234.5678"}}},
		{"mobile bare", "hp=01012345678", []span{{patterns.Phone, "01012345678"}}},
		{"Seoul parenthesis", "TEL. 02)2133-4251", []span{{patterns.Phone, "02)2133-4251"}}},
		{"area code in parentheses", "(031) 123-4567", []span{{patterns.Phone, "(031) 123-4567"}}},
		{"+82", "call +82 10-1234-5678 now", []span{{patterns.Phone, "+82 10-1234-5678"}}},
		{"+82 (0)", "+82 (0)10 1234 5678", []span{{patterns.Phone, "+82 (0)10 1234 5678"}}},
		{"+82 bare", "msisdn=+821012345678", []span{{patterns.Phone, "+821012345678"}}},
		{"representative", "고객센터 1588-1234", []span{{patterns.Phone, "1588-1234"}}},
		{"full-width phone", "０１０－１２３４－５６７８", []span{{patterns.Phone, "０１０－１２３４－５６７８"}}},
		{"phone in longer number", "010-1234-5678-9", nil},
		{"parenthesis around the number", "md5(010-1234-5678)=6f1e", []span{{patterns.Phone, "010-1234-5678"}}},
		{"international call prefix", "해외에서는 001-82-10-1234-5680 으로", []span{{patterns.Phone, "001-82-10-1234-5680"}}},
		{"look-alike word after the value", "send to=01029384756 template=ORDER_DONE", []span{{patterns.Phone, "01029384756"}}},
		{"area short code", "민원 031-120", nil},
		{"phone in query string", "/api?phone=010-1234-5678&x=1", []span{{patterns.Phone, "010-1234-5678"}}},
		{"VoIP needs 8 digits", "070-123-4567", nil},
		{"subscriber starting 0", "02-0123-4567", nil},
		{"unassigned prefix", "013-1234-5678", nil},
		{"not a UAN", "1234-5678", nil},
		{"email with particle", "hong@naver.com으로 보내줘", []span{{patterns.Email, "hong@naver.com"}}},
		{"mailto", `<a href="mailto:kim.minsu@example.co.kr">`, []span{{patterns.Email, "kim.minsu@example.co.kr"}}},
		{"URL-encoded @", "GET /signup?email=lee%40daum.net&ok=1", []span{{patterns.Email, "lee%40daum.net"}}},
		{"full-width at", "메일 hong＠naver.com", []span{{patterns.Email, "hong＠naver.com"}}},
		{"email beats phone in its local part", "01012345678@naver.com", []span{{patterns.Email, "01012345678@naver.com"}}},
		{"retina file name", "icon@2x.png", nil},
		{"ssh remote", "git@github.com:kpii/kpii.git", nil},
		{"no TLD", "user@localhost", nil},
		{"URL credentials", "DATABASE_URL=postgres://app:s3cr3t@db.example.com:5432/x", nil},
		{"vCard field", "EMAIL:haeun.park@gmail.com", []span{{patterns.Email, "haeun.park@gmail.com"}}},
		{"Message-ID", "Message-ID: <20240315143211.4821@mail.example.com>", nil},
		{"timestamp in a file name", "GET /download/report_240315-1432117.pdf", nil},
		{"timestamp with the date on the line", "2024-03-15 14:32:11.7 INFO job=240315-1432117 done", nil},
		{"timestamp under a time key", "started_at=240229-1100000", nil},
		{"RRN whose tail is a clock time", "고객 960121-1021414 접수", []span{{patterns.RRN, "960121-1021414"}}},
		{"label far away is not a look-alike label", `{"seq":17,"value":"020611-4185280"}`, []span{{patterns.RRN, "020611-4185280"}}},
		{"CRN with 7th digit 2", "corp_reg_no=110111-2487050", nil},
		{"several kinds", "홍길동 960121-1021413 010-1234-5678 hong@naver.com",
			[]span{{patterns.RRN, "960121-1021413"}, {patterns.Phone, "010-1234-5678"}, {patterns.Email, "hong@naver.com"}}},
		{"timestamp", "2024-03-15 14:32:11.123 INFO done in 532ms", nil},
		{"IP and version", "10.0.0.12 v10.12.345 build 20240315", nil},
		{"amount", "결제 12,345,678원 ₩1,234,567", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := spans(tc.text, d.Find(tc.text))
			if tc.want == nil {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestConfidencePolicy(t *testing.T) {
	d := detector.New(detector.WithMinConfidence(detector.Low))
	cases := []struct {
		text string
		want detector.Confidence
	}{
		{"960121-1021413", detector.High},            // canonical, check digit holds
		{"960121-1021414", detector.Medium},          // canonical, check digit fails
		{"9601211021413", detector.Medium},           // bare, check digit holds
		{"9601211021414", detector.Low},              // bare, check digit fails
		{"주민번호 9601211021414", detector.Medium},      // context raises
		{"주문번호 960121-1021414", detector.Low},        // look-alike word lowers
		{"010-1234-5678", detector.High},             // mobile, usual grouping
		{"01012345678", detector.Medium},             // bare mobile
		{"02-123-4567", detector.Medium},             // grouped landline
		{"0212345678", detector.Medium},              // bare landline with the trunk 0
		{"전화 0212345678", detector.High},             // … with context
		{"15881234", detector.Low},                   // bare representative number
		{"ARS 15881234", detector.Medium},            // … with context
		{"hong@naver.com", detector.High},            // e-mail
		{"ssh user@example.com:22", detector.Medium}, // host:port after it: look-alike
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			fs := d.Find(tc.text)
			require.Len(t, fs, 1)
			assert.Equal(t, tc.want, fs[0].Confidence, fs[0].Explain())
		})
	}
}

func TestReasonsExplain(t *testing.T) {
	d := detector.New()
	fs := d.Find("주민번호는 960121-1021414")
	require.Len(t, fs, 1)
	codes := make([]detector.ReasonCode, len(fs[0].Reasons))
	for i, r := range fs[0].Reasons {
		codes[i] = r.Code
	}
	assert.Contains(t, codes, detector.ReasonChecksumFailed)
	assert.Contains(t, codes, detector.ReasonContext)
	assert.Contains(t, fs[0].Explain(), "context word 주민번호 at -16 bytes")
	assert.NotContains(t, fs[0].Explain(), "960121")
	assert.NotContains(t, fs[0].String(), "960121")
}

func TestOffsetsSliceTheOriginalInput(t *testing.T) {
	d := detector.New()
	nfdAndFullWidth := "연락처：０１０－１２３４－５６７８, 주민번호 ９６０１２１ー１０２１４１３"
	fs := d.Find(nfdAndFullWidth)
	require.Len(t, fs, 2)
	assert.Equal(t, "０１０－１２３４－５６７８", nfdAndFullWidth[fs[0].Start:fs[0].End])
	assert.Equal(t, "９６０１２１ー１０２１４１３", nfdAndFullWidth[fs[1].Start:fs[1].End])
}

func TestKindsAndMinConfidence(t *testing.T) {
	text := "960121-1021413 010-1234-5678 hong@naver.com"
	d := detector.New(detector.WithKinds(patterns.Phone))
	assert.Equal(t, []span{{patterns.Phone, "010-1234-5678"}}, spans(text, d.Find(text)))
	assert.Equal(t, []patterns.Kind{patterns.Phone}, d.Kinds())

	high := detector.New(detector.WithMinConfidence(detector.High))
	assert.Equal(t, detector.High, high.MinConfidence())
	assert.Empty(t, high.Find("960121-1021414 02-123-4567"))
	low := detector.New(detector.WithMinConfidence(detector.Low))
	assert.Len(t, low.Find("9601211021414 15881234"), 2)
}

func TestAllowAndDenyLists(t *testing.T) {
	allow, err := detector.ParseAllowList(strings.NewReader(`
# our switchboard, in any spelling
02-123-4567
re:^010-0000-\d{4}$   # reserved test range
`))
	require.NoError(t, err)
	assert.Equal(t, 2, allow.Len())
	d := detector.New(detector.WithAllowList(allow), detector.WithDenyList("EMPLOYEE_ID", "E-778812"),
		detector.WithKinds(append(detector.DefaultKinds(), "EMPLOYEE_ID")...))
	text := "대표 02 123 4567, 테스트 010-0000-1234, 고객 010-1234-5678, 사번 E-778812"
	assert.Equal(t, []span{{patterns.Phone, "010-1234-5678"}, {"EMPLOYEE_ID", "E-778812"}}, spans(text, d.Find(text)))

	_, err = detector.ParseAllowList(strings.NewReader("re:(unclosed"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 1")
}

func TestUserPatterns(t *testing.T) {
	// Lookbehind, which RE2 lacks, with a validator and a context word.
	p, err := detector.NewPattern("MEMBER_NO", `(?<![A-Z0-9])M\d{8}(?!\d)`,
		detector.ValidateWith(func(v string) bool { return v[1] != '0' }),
		detector.PatternContext("회원번호"))
	require.NoError(t, err)
	d := detector.New(detector.WithPatterns(p), detector.WithKinds("MEMBER_NO"))
	text := "회원번호 M12345678, 무효 M01234567, XM12345678"
	fs := d.Find(text)
	require.Len(t, fs, 1)
	assert.Equal(t, "M12345678", text[fs[0].Start:fs[0].End])
	assert.Equal(t, detector.High, fs[0].Confidence)

	_, err = detector.NewPattern("bad kind", `x`)
	require.Error(t, err)
	_, err = detector.NewPattern("OK", `(`)
	require.Error(t, err)
}

func TestUserPatternOffsetsAfterHangul(t *testing.T) {
	p, err := detector.NewPattern("TICKET", `T-\d{4}`)
	require.NoError(t, err)
	d := detector.New(detector.WithPatterns(p), detector.WithKinds("TICKET"))
	text := "문의 티켓 T-1234 처리"
	fs := d.Find(text)
	require.Len(t, fs, 1)
	assert.Equal(t, "T-1234", text[fs[0].Start:fs[0].End])
}

func TestNoAllocationsOnCleanText(t *testing.T) {
	d := detector.New()
	clean := []byte(`2026-11-23T05:23:45.123Z INFO GET /api/v1/orders/123456?page=2 200 5123 "Mozilla/5.0" 정산 완료 1,234건 trace=4bf92f3577b34da6`)
	allocs := testing.AllocsPerRun(100, func() {
		if d.FindBytes(clean) != nil {
			panic("unexpected finding")
		}
	})
	assert.Zero(t, allocs)
	s := string(clean)
	assert.Zero(t, testing.AllocsPerRun(100, func() { d.Find(s) }))
}

func TestConcurrentUse(t *testing.T) {
	d := detector.New()
	lines := []string{"주민번호 960121-1021413", "010-1234-5678로 연락", "hong@naver.com", "nothing here 12345"}
	want := make([][]detector.Finding, len(lines))
	for i, l := range lines {
		want[i] = d.Find(l)
	}
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 500; k++ {
				i := (g + k) % len(lines)
				assert.Equal(t, want[i], d.Find(lines[i]))
			}
		}(g)
	}
	wg.Wait()
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"주민번호는960121-1021413이야", "010-1234-5678", "+82 (0)10 1234 5678", "hong@naver.com으로",
		"０１０－１２３４－５６７８", "a%40b.co", "(02)123-4567", "\xff\xfe960121-1021413", "@@@", "+",
	} {
		f.Add([]byte(s))
	}
	d := detector.New(detector.WithMinConfidence(detector.Low))
	f.Fuzz(func(t *testing.T, b []byte) {
		fs := d.FindBytes(b)
		prevEnd := 0
		for _, fd := range fs {
			if fd.Start < prevEnd || fd.Start >= fd.End || fd.End > len(b) {
				t.Fatalf("finding %v out of order or range (len %d, previous end %d)", fd, len(b), prevEnd)
			}
			if utf8.Valid(b) && (!utf8.RuneStart(b[fd.Start]) || fd.End < len(b) && !utf8.RuneStart(b[fd.End])) {
				t.Fatalf("finding %v not on UTF-8 boundaries", fd)
			}
			prevEnd = fd.End
		}
		assert.Equal(t, fs, d.Find(string(b)))
	})
}

func ExampleNew() {
	d := detector.New(detector.WithKinds(patterns.RRN, patterns.Phone), detector.WithMinConfidence(detector.Medium))
	text := "고객 연락처 010-1234-5678, 주민번호는960121-1021413이야"
	for _, f := range d.Find(text) {
		fmt.Println(f.Kind, text[f.Start:f.End], f.Confidence)
	}
	// Output:
	// PHONE 010-1234-5678 high
	// RRN 960121-1021413 high
}

func ExampleDetector_FindBytes() {
	d := detector.New()
	line := []byte(`{"level":"info","msg":"signup","email":"kim.minsu@example.co.kr"}`)
	for _, f := range d.FindBytes(line) {
		fmt.Printf("%s at %d:%d\n", f.Kind, f.Start, f.End)
	}
	// Output:
	// EMAIL at 40:63
}

func ExampleFinding_Explain() {
	d := detector.New()
	fs := d.Find("주민번호: 960121-1021414")
	fmt.Println(fs[0].Confidence)
	fmt.Println(fs[0].Explain())
	// Output:
	// high
	// validated birth date and 7th digit; checksum failed (allowed: numbers issued since 2020-10 have no check digit); shape canonical; context word 주민번호 at -14 bytes
}

func ExampleParseAllowList() {
	allow, err := detector.ParseAllowList(strings.NewReader("# switchboard\n02-123-4567\n"))
	if err != nil {
		panic(err)
	}
	d := detector.New(detector.WithAllowList(allow))
	fmt.Println(len(d.Find("대표번호 02-123-4567, 담당 010-1234-5678")))
	// Output:
	// 1
}

func ExampleNewPattern() {
	p, err := detector.NewPattern("EMPLOYEE_ID", `(?<![A-Z])EMP-\d{6}`, detector.PatternContext("사번"))
	if err != nil {
		panic(err)
	}
	d := detector.New(detector.WithPatterns(p), detector.WithKinds("EMPLOYEE_ID"))
	text := "사번 EMP-004211 확인"
	for _, f := range d.Find(text) {
		fmt.Println(f.Kind, text[f.Start:f.End], f.Confidence)
	}
	// Output:
	// EMPLOYEE_ID EMP-004211 high
}

func ExampleParseConfidence() {
	c, err := detector.ParseConfidence("HIGH")
	fmt.Println(c, err, c > detector.Medium)
	// Output:
	// high <nil> true
}

// A bare number whose check digit fails is raised by a phone number beside
// it, and says so.
func TestNearbyFindingExplained(t *testing.T) {
	d := detector.New()
	fs := d.Find("황유진 9601211021414 01052104452")
	require.Len(t, fs, 2)
	assert.Equal(t, patterns.RRN, fs[0].Kind)
	assert.Equal(t, detector.Medium, fs[0].Confidence)
	assert.Contains(t, fs[0].Explain(), "finding nearby PHONE at +1 bytes")
	assert.Equal(t, fs, d.Find("황유진 9601211021414 01052104452"), "the reasons slab is not shared across calls")
}
