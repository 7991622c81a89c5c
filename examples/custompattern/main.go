// Command custompattern teaches the detector two identifiers it has no
// matcher for, with detector.NewPattern: regexp2 expressions (.NET syntax,
// lookbehind included, each match bounded by a timeout), a validator that
// decides, and context words that raise confidence.
//
//   - 사업자등록번호 (BRN, a kind kpii names but does not match yet): NNN-NN-NNNNN
//     whose last digit is the National Tax Service check digit.
//   - a company's own member number, M and 8 digits, reported only next to a
//     context word (PatternRequiresContext): on its own, "M12345678" is too
//     common a shape.
//
// Both are then redacted like the built-in kinds, and a Korean label replaces
// the business number.
//
//	go run ./examples/custompattern
package main

import (
	"fmt"
	"io"
	"log"
	"os"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/kpii/kpii/redact"
	"golang.org/x/text/language"
)

// memberNo is the kind of the second pattern: any well-formed name works.
const memberNo patterns.Kind = "MEMBER_NO"

// validBRN checks the check digit of a 사업자등록번호 written NNN-NN-NNNNN:
// the first nine digits weighted 1 3 7 1 3 7 1 3 5, plus the ninth times 5
// divided by 10; the tenth digit makes the sum a multiple of 10.
func validBRN(v string) bool {
	var d []int
	for _, c := range v {
		if c >= '0' && c <= '9' {
			d = append(d, int(c-'0'))
		}
	}
	if len(d) != 10 {
		return false
	}
	weights := [9]int{1, 3, 7, 1, 3, 7, 1, 3, 5}
	sum := 0
	for i, w := range weights {
		sum += d[i] * w
	}
	sum += d[8] * 5 / 10
	return (10-sum%10)%10 == d[9]
}

// newDetector builds the detector with the built-in kinds and the two
// patterns. Patterns only report kinds the detector is asked for.
func newDetector() (*detector.Detector, error) {
	brn, err := detector.NewPattern(patterns.BRN, `(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])`,
		detector.ValidateWith(validBRN),
		detector.PatternContext("사업자등록번호", "사업자번호", "사업자", "BRN"))
	if err != nil {
		return nil, err
	}
	member, err := detector.NewPattern(memberNo, `(?<![A-Z0-9])M\d{8}(?!\d)`,
		detector.PatternContext("회원번호", "member"),
		detector.PatternRequiresContext())
	if err != nil {
		return nil, err
	}
	kinds := append(detector.DefaultKinds(), patterns.BRN, memberNo)
	return detector.New(detector.WithPatterns(brn, member), detector.WithKinds(kinds...)), nil
}

// lines are synthetic.
var lines = []string{
	"거래처 등록: 사업자등록번호 123-45-67891, 대표 연락처 010-1234-5678",
	"잘못된 번호 123-45-67890 (검증 실패)",
	"회원번호 M20240315 문의",
	"상품코드 M12345678 재입고 알림", // no context word on the line: not a member number
}

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer) error {
	d, err := newDetector()
	if err != nil {
		return err
	}
	r := redact.New(d, redact.WithMasker(patterns.BRN, redact.LabelMask(language.Korean)))
	for _, line := range lines {
		for _, f := range d.Find(line) {
			fmt.Fprintf(w, "%s %s: %s\n", f.Kind, f.Confidence, f.Explain())
		}
		fmt.Fprintln(w, r.String(line))
	}
	return nil
}
