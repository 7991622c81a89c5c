package detector

import "github.com/kpii/kpii/patterns"

// kindMask is a set of kinds as bits; kindIndex assigns the bits.
type kindMask uint64

// kindIndex gives every kind a detector knows (built-in and user-defined)
// a bit, so that kind sets are cheap in the hot path.
type kindIndex struct {
	kinds []patterns.Kind
}

func newKindIndex() *kindIndex {
	return &kindIndex{kinds: patterns.Kinds()}
}

func (x *kindIndex) bit(k patterns.Kind) (kindMask, bool) {
	for i, known := range x.kinds {
		if known == k {
			return 1 << uint(i), true
		}
	}
	return 0, false
}

// add registers a user-defined kind; it reports false when the detector
// already knows 64 kinds.
func (x *kindIndex) add(k patterns.Kind) bool {
	if _, ok := x.bit(k); ok {
		return true
	}
	if len(x.kinds) >= 64 {
		return false
	}
	x.kinds = append(x.kinds, k)
	return true
}

func (x *kindIndex) mask(ks []patterns.Kind) kindMask {
	var m kindMask
	for _, k := range ks {
		if b, ok := x.bit(k); ok {
			m |= b
		}
	}
	return m
}
