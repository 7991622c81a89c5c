package detector

// blockBits holds the bitmaps of a 64-byte block of text: bit k of each
// field describes the block's byte k. scanBlocks finds its candidates with
// bit operations on them instead of a branch per byte.
type blockBits struct {
	digit   uint64 // '0'–'9'
	high    uint64 // 0x80 and above: the bytes of non-ASCII characters
	special uint64 // '@', 0xEF and 0xE1: lead bytes of full-width forms and conjoining jamo
	space   uint64 // ' ' and tab
	sep     uint64 // what may follow a number's first group: ' ' tab '-' '.' ')'
	comma   uint64 // ','
	upper   uint64 // 'A'–'Z'
	zero    uint64 // '0'
	one     uint64 // '1'
	eight   uint64 // '8'
	dash    uint64 // '-'
	two     uint64 // '2'
	five    uint64 // '5'
	plus    uint64 // '+'
	percent uint64 // '%'
	roadEnd uint64 // 'o' 'g': how English road and 동 names end (Teheran-ro, Sejong-daero, Yeoksam-dong)
}

// classify64Generic is the reference for classify64AVX2, in Go.
func classify64Generic(p *[64]byte, m *blockBits) {
	*m = blockBits{}
	for k, c := range p {
		bit := uint64(1) << k
		switch byteClass[c] {
		case clsDigit:
			m.digit |= bit
		case clsPlus:
			m.plus |= bit
		case clsPercent:
			m.percent |= bit
		case clsAt, clsFull, clsJamo:
			m.special |= bit
		}
		if c >= 0x80 {
			m.high |= bit
		}
		switch c {
		case ' ', '\t':
			m.space |= bit
			m.sep |= bit
		case '-':
			m.sep |= bit
			m.dash |= bit
		case '.', ')':
			m.sep |= bit
		case ',':
			m.comma |= bit
		case '0':
			m.zero |= bit
		case '1':
			m.one |= bit
		case '8':
			m.eight |= bit
		case '2':
			m.two |= bit
		case '5':
			m.five |= bit
		}
		if c-'A' < 26 {
			m.upper |= bit
		}
		switch c {
		case 'o', 'g':
			m.roadEnd |= bit
		}
	}
}
