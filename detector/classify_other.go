//go:build !amd64 || purego

package detector

import "unsafe"

// blockScan says whether scan works on 64-byte blocks (scanBlocks); only
// the amd64 assembly (classify_amd64.s) builds the bitmaps fast enough.
var blockScan = false

func classify64(p *byte, m *blockBits) {
	classify64Generic((*[64]byte)(unsafe.Pointer(p)), m)
}

func haveBlockClassifier() bool { return false }
