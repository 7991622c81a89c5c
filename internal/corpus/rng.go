package corpus

// rng is SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom
// number generators", 2014). It is written out here rather than taken from
// math/rand or math/rand/v2 because the corpus must be byte-identical on
// every platform and every Go release: the standard library is free to
// change its streams, this code is not.
type rng struct{ s uint64 }

func newRNG(seed int64, salt uint64) rng {
	r := rng{s: uint64(seed) ^ salt*0xd1b54a32d192ed03}
	r.next()
	return r
}

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// intn returns a number in [0, n) for 0 < n < 2³² (Lemire's multiply-shift,
// without the rejection step: the bias is below 2⁻³² and irrelevant here).
func (r *rng) intn(n int) int {
	return int(((r.next() >> 32) * uint64(n)) >> 32)
}

// between returns a number in [lo, hi].
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

// chance reports true with probability num/den.
func (r *rng) chance(num, den int) bool { return r.intn(den) < num }

func pick[T any](r *rng, xs []T) T { return xs[r.intn(len(xs))] }

// weighted picks an index from cumulative weights (cum[i] is the sum of the
// weights 0..i).
func (r *rng) weighted(cum []int) int {
	x := r.intn(cum[len(cum)-1])
	for i, c := range cum {
		if x < c {
			return i
		}
	}
	return len(cum) - 1
}

// cumulative turns weights into the running sums weighted expects.
func cumulative(w ...int) []int {
	c := make([]int, len(w))
	s := 0
	for i, x := range w {
		s += x
		c[i] = s
	}
	return c
}
