package patterns

// Byte-level helpers shared by the digit matchers. They work on ASCII: the
// detector hands matchers text whose look-alike characters (full-width
// digits, dash look-alikes, ideographic spaces) are already folded.

func isDigitByte(c byte) bool { return c-'0' < 10 }

// continuesNumberBefore reports whether the bytes just before i belong to a
// longer number: a digit, or a '-' or '.' that follows a digit
// ("12-960121-…", "3.010…"). Matchers do not start a candidate there.
func continuesNumberBefore(text []byte, i int) bool {
	if i == 0 {
		return false
	}
	c := text[i-1]
	if isDigitByte(c) {
		return true
	}
	return (c == '-' || c == '.') && i >= 2 && isDigitByte(text[i-2])
}

// continuesNumberAfter reports whether the bytes at j continue the number
// that ends just before j: a digit, or a '-' or '.' followed by a digit.
func continuesNumberAfter(text []byte, j int) bool {
	if j >= len(text) {
		return false
	}
	c := text[j]
	if isDigitByte(c) {
		return true
	}
	return (c == '-' || c == '.') && j+1 < len(text) && isDigitByte(text[j+1])
}

// digitRunEnd returns the end of the run of ASCII digits that starts at i.
func digitRunEnd(text []byte, i int) int {
	for i < len(text) && isDigitByte(text[i]) {
		i++
	}
	return i
}
