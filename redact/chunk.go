package redact

import (
	"unicode/utf8"

	"github.com/kpii/kpii/detector"
)

// Streams are redacted a line at a time: a finding never spans a newline,
// and the detector reads context words only on the finding's own line. A
// line too long to hold is cut, and the cut has to be where no finding can
// straddle it. These constants say how.
const (
	// holdBack is how many bytes stay unwritten at a cut: more than the
	// longest finding (an e-mail address is at most 254 bytes; an address
	// rarely passes 300) plus the 40 bytes of context the detector reads
	// after a candidate. A finding that straddles the cut point is then
	// wholly inside the scanned window, is found, and the cut moves before
	// it.
	holdBack = 1024
	// lookBack is how many bytes before a cut, already written, are scanned
	// again with the rest of the line: the detector reads context words up
	// to 80 bytes before a candidate.
	lookBack = 128
	// quietSearch is how far back from the limit a cut looks for a space.
	quietSearch = 256
)

// cutPoint returns where to cut window, whose first ctx bytes were written
// already, so that window[ctx:cut] can be written now: at most
// len(window)-holdBack, before any finding that would straddle it, after a
// space when one is near, and on a UTF-8 boundary. It returns ctx when no
// such point exists.
func cutPoint(window []byte, ctx int, fs []detector.Finding) int {
	c := len(window) - holdBack
	if c <= ctx {
		return ctx
	}
	for p := c; p > ctx && p > c-quietSearch; p-- {
		if b := window[p-1]; b == ' ' || b == '\t' {
			c = p
			break
		}
	}
	for i := len(fs) - 1; i >= 0; i-- {
		if f := fs[i]; f.Start < c && f.End > c {
			c = f.Start
		}
	}
	for c > ctx && !utf8.RuneStart(window[c]) {
		c--
	}
	return c
}

// contextTail returns how many bytes before cut (at most lookBack, and none
// before from) to keep as context for the rest of the line, ending on a
// UTF-8 boundary at the start.
func contextTail(window []byte, from, cut int) int {
	s := max(from, cut-lookBack)
	for s < cut && !utf8.RuneStart(window[s]) {
		s++
	}
	return cut - s
}
