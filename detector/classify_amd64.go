//go:build !purego

package detector

// classify64AVX2 fills m with the bitmaps of the 64 bytes at p; it is
// written in classify_amd64.s and checked against classify64Generic.
//
//go:noescape
func classify64AVX2(p *byte, m *blockBits)

func cpuid(leaf, sub uint32) (eax, ebx, ecx, edx uint32)

func xgetbv0() (eax uint32)

// haveAVX2 reports whether the CPU has AVX2 and the operating system saves
// the YMM registers across context switches (OSXSAVE, XCR0 bits 1 and 2).
var haveAVX2 = func() bool {
	maxLeaf, _, _, _ := cpuid(0, 0)
	if maxLeaf < 7 {
		return false
	}
	_, _, ecx1, _ := cpuid(1, 0)
	const osxsave, avx = 1 << 27, 1 << 28
	if ecx1&osxsave == 0 || ecx1&avx == 0 || xgetbv0()&6 != 6 {
		return false
	}
	_, ebx7, _, _ := cpuid(7, 0)
	return ebx7&(1<<5) != 0
}()

// blockScan says whether scan works on 64-byte blocks (scanBlocks). Without
// AVX2 the byte-at-a-time loop is faster than building the bitmaps in Go.
var blockScan = haveAVX2

func classify64(p *byte, m *blockBits) { classify64AVX2(p, m) }

func haveBlockClassifier() bool { return haveAVX2 }
