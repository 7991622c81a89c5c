package patterns_test

import (
	"fmt"
	"testing"

	"github.com/kpii/kpii/patterns"
)

func TestZZAddr(t *testing.T) {
	for _, s := range []string{
		"부산  해운대구  센텀중앙로  79,  센텀사이언스파크 15층",
		"서울특별시  강남구 테헤란로 152",
		"서울특별시 강남구 테헤란로  152",
		"주소: 테헤란로  152",
		"q=서울특별시+강남구+테헤란로+427&zoom=17",
		"addr=서울+강남구+봉은사로+524&output=json",
		"서울 강남구  역삼동  123-4",
	} {
		b := []byte(s)
		found := false
		for i := range b {
			if b[i] >= '0' && b[i] <= '9' && (i == 0 || b[i-1] < '0' || b[i-1] > '9') {
				if m, ok := patterns.MatchAddress(b, i); ok {
					fmt.Printf("%q -> %q %v\n", s, s[m.Start:m.End], m.Evidence)
					found = true
					break
				}
			}
		}
		if !found {
			fmt.Printf("%q -> none\n", s)
		}
	}
}
