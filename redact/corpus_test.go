package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Synthetic test data. Every number here is generated: RRNs get a real
// birth date and the legacy check digit (or a deliberately wrong one),
// phone numbers use the prefixes the stub classifier knows (010, 02, 031,
// 1588), e-mail addresses use made-up local parts.

func genRRN(rng *rand.Rand) string {
	y, m, d := rng.IntN(100), 1+rng.IntN(12), 1+rng.IntN(28)
	g := 1 + rng.IntN(2)
	if y < 20 {
		g += 2
	}
	digits := fmt.Sprintf("%02d%02d%02d%d%05d", y, m, d, g, rng.IntN(100000))
	w := [12]int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}
	s := 0
	for i := 0; i < 12; i++ {
		s += w[i] * int(digits[i]-'0')
	}
	check := (11 - s%11) % 10
	if rng.IntN(4) == 0 {
		check = (check + 1) % 10 // a post-2020-style tail
	}
	return fmt.Sprintf("%s-%s%d", digits[:6], digits[6:], check)
}

func genPhone(rng *rand.Rand) string {
	switch rng.IntN(5) {
	case 0:
		return fmt.Sprintf("010-%04d-%04d", 1000+rng.IntN(9000), rng.IntN(10000))
	case 1:
		return fmt.Sprintf("010%04d%04d", 1000+rng.IntN(9000), rng.IntN(10000))
	case 2:
		return fmt.Sprintf("02-%03d-%04d", 200+rng.IntN(800), rng.IntN(10000))
	case 3:
		return fmt.Sprintf("031-%03d-%04d", 200+rng.IntN(800), rng.IntN(10000))
	}
	return fmt.Sprintf("+82 10-%04d-%04d", 1000+rng.IntN(9000), rng.IntN(10000))
}

var (
	localParts = []string{"hong", "kim.minsu", "lee_jy", "park77", "choi.dev", "jung+log", "kang"}
	domains    = []string{"naver.com", "daum.net", "example.co.kr", "gmail.com", "kakao.com"}
)

func genEmail(rng *rand.Rand) string {
	return fmt.Sprintf("%s%d@%s", localParts[rng.IntN(len(localParts))], rng.IntN(100), domains[rng.IntN(len(domains))])
}

// genLine returns one log line (with its newline) and whether it holds
// personal information.
func genLine(rng *rand.Rand) (string, bool) {
	ts := fmt.Sprintf("2026-11-%02dT%02d:%02d:%02d.%03dZ", 1+rng.IntN(28), rng.IntN(24), rng.IntN(60), rng.IntN(60), rng.IntN(1000))
	lvl := [...]string{"INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"}[rng.IntN(6)]
	req := fmt.Sprintf("req=%08x", rng.Uint32())
	var msg string
	pii := rng.IntN(10) == 0
	if !pii {
		msg = [...]string{
			fmt.Sprintf("GET /api/v1/orders/%d 200 %dms", rng.IntN(1000000), rng.IntN(900)),
			fmt.Sprintf("주문 처리 완료 order=%d amount=%d원", rng.IntN(10000000), rng.IntN(1000000)),
			fmt.Sprintf("cache hit ratio=%.2f size=%d keys=%d", rng.Float64(), rng.IntN(1<<20), rng.IntN(10000)),
			fmt.Sprintf("user_id=%d session=%x logged in from 10.%d.%d.%d", rng.IntN(1000000), rng.Uint64(), rng.IntN(256), rng.IntN(256), rng.IntN(256)),
			fmt.Sprintf("결제 승인 요청 merchant=M%06d card_last4=%04d", rng.IntN(1000000), rng.IntN(10000)),
			"health check ok",
		}[rng.IntN(6)]
	} else {
		msg = [...]string{
			"회원가입 주민번호=" + genRRN(rng) + " 연락처=" + genPhone(rng),
			"배송 정보 수정 phone=" + genPhone(rng) + " email=" + genEmail(rng),
			"고객 문의: 제 번호는 " + genPhone(rng) + "이고 메일은 " + genEmail(rng) + "입니다",
			fmt.Sprintf(`payload={"name":"홍길동","hp":"%s","jumin":"%s"}`, genPhone(rng), genRRN(rng)),
		}[rng.IntN(4)]
	}
	return ts + " " + lvl + " " + req + " " + msg + "\n", pii
}

// genCorpus returns about size bytes of log lines from a fixed seed.
func genCorpus(seed uint64, size int) []byte {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var b strings.Builder
	for b.Len() < size {
		l, _ := genLine(rng)
		b.WriteString(l)
	}
	return []byte(b.String())
}

// genCleanLine returns a line with no personal information.
func genCleanLine(rng *rand.Rand) string {
	for {
		if l, pii := genLine(rng); !pii {
			return l
		}
	}
}
