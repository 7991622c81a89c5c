package detector

import (
	"unicode/utf8"

	"github.com/kpii/kpii/patterns"
	"golang.org/x/text/unicode/norm"
)

// normalized is the input with look-alikes folded (patterns.FoldRune) and
// decomposed Hangul composed (NFC), plus a map from every byte of buf back to
// the input: off[k] is the input offset of the character buf[k] came from,
// and off[len(buf)] == len(input). A span [s, e) of buf is the input span
// [off[s], off[e]).
type normalized struct {
	buf []byte
	off []int32
}

// normalizeText folds and composes in, one normalisation segment at a time,
// so that offsets stay exact: a segment already in NFC maps rune by rune, a
// composed one (a Hangul syllable typed as jamo) maps as a whole.
func normalizeText(in []byte) normalized {
	nt := normalized{buf: make([]byte, 0, len(in)), off: make([]int32, 0, len(in)+1)}
	for p := 0; p < len(in); {
		n := norm.NFC.NextBoundary(in[p:], true)
		if n <= 0 {
			n = len(in) - p
		}
		seg := in[p : p+n]
		if norm.NFC.IsNormal(seg) {
			for q := 0; q < len(seg); {
				r, size := utf8.DecodeRune(seg[q:])
				if r == utf8.RuneError && size <= 1 {
					nt.buf = append(nt.buf, seg[q])
					nt.off = append(nt.off, int32(p+q))
					q++
					continue
				}
				before := len(nt.buf)
				nt.buf = utf8.AppendRune(nt.buf, patterns.FoldRune(r))
				for k := before; k < len(nt.buf); k++ {
					nt.off = append(nt.off, int32(p+q))
				}
				q += size
			}
		} else {
			composed := norm.NFC.Append(nil, seg...)
			for q := 0; q < len(composed); {
				r, size := utf8.DecodeRune(composed[q:])
				before := len(nt.buf)
				nt.buf = utf8.AppendRune(nt.buf, patterns.FoldRune(r))
				for k := before; k < len(nt.buf); k++ {
					nt.off = append(nt.off, int32(p))
				}
				q += size
			}
		}
		p += n
	}
	nt.off = append(nt.off, int32(len(in)))
	return nt
}

// foldableNear reports whether a look-alike character that folding would
// change sits next to the digit run text[i:j], with up to two spaces between:
// an en dash or ideographic space inside a number (010–1234, 960121 –1021413),
// a full-width parenthesis around an area code (（02）123-4567). Only then
// can the folded text match differently, so only then is the line folded;
// and since every such character is found wherever it is, a line without
// one scans the same folded or not — which keeps Scan's windows and
// FindBytes in agreement.
func foldableNear(text []byte, i, j int) bool {
	k := j
	for k < len(text) && k-j < 2 && text[k] == ' ' {
		k++
	}
	if k < len(text) && text[k] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRune(text[k:]); patterns.FoldRune(r) != r {
			return true
		}
	}
	k = i
	for k > 0 && i-k < 2 && text[k-1] == ' ' {
		k--
	}
	if k > 0 && text[k-1] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeLastRune(text[:k]); patterns.FoldRune(r) != r {
			return true
		}
	}
	return false
}

// foldableBefore says whether the character ending at text[k-1] is one
// patterns.FoldRune changes.
func foldableBefore(text []byte, k int) bool {
	r, _ := utf8.DecodeLastRune(text[:k])
	return patterns.FoldRune(r) != r
}
