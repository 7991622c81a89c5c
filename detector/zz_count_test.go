package detector

import (
	"fmt"
	"math/bits"
	"sort"
	"testing"

	"github.com/kpii/kpii/internal/corpus"
	"github.com/kpii/kpii/patterns"
)

func TestZZCount(t *testing.T) {
	d := New()
	text := corpus.Generate(corpus.Realistic, 1, 16<<20)
	n := len(text)
	cnt := map[string]int{}
	ex := map[string]string{}
	visits := 0
	for base := 0; base+64 <= n; base += 48 {
		var m blockBits
		classify64(&text[base], &m)
		var preHigh, preSpace uint64
		for k := 1; k <= 3 && k <= base; k++ {
			c := text[base-k]
			preHigh |= uint64(c>>7) << (3 - k)
			if c == ' ' { preSpace |= 1 << (3 - k) }
		}
		cand := runCandidates(&m, preHigh, preSpace) & (1<<48 - 1)
		for cand != 0 {
			b := bits.TrailingZeros64(cand)
			cand &= cand - 1
			i := base + b
			if i > 0 && text[i-1]-'0' < 10 { continue }
			visits++
			j := i
			for j < n && text[j]-'0' < 10 { j++ }
			var next byte
			if j < n { next = text[j] }
			l := j - i
			second := byte(10)
			if l > 1 { second = text[i+1] - '0' }
			g := d.gate[gateIndex(min(l, 15), text[i]-'0', second)]
			key := "reject"
			if g != 0 { key = fmt.Sprintf("gate%d/l%d/%c", g, l, text[i]) }
			if g == 0 && l == 3 && next == '-' { key = "addr3-" }
			if g == 0 && key == "reject" && addressMayEndAt(text, i, j, next) { key = "addrEnd" }
			if key != "reject" {
				if d.matchDigits(new(patterns.Match), text, i, j, next) { key += "+M" }
			}
			cnt[key]++
			if _, ok := ex[key]; !ok { ex[key] = string(text[max(0, i-30):min(n, j+20)]) }
		}
	}
	fmt.Println("visits", visits)
	var ks []string
	for k := range cnt { ks = append(ks, k) }
	sort.Slice(ks, func(a, b int) bool { return cnt[ks[a]] > cnt[ks[b]] })
	for _, k := range ks[:min(len(ks), 30)] { fmt.Printf("%8d %-20s %q\n", cnt[k], k, ex[k]) }
}
