package detector

import (
	"math/bits"

	"github.com/kpii/kpii/patterns"
)

// scan is the one pass over text, from index from. It stops and returns the
// position of the first character that only a normalised copy can match
// (a full-width digit, a dash look-alike inside a number, NFD Hangul), or -1
// when it reached the end; the caller normalises around that position and
// calls it again after. With sc.normalized set it never stops early.
//
// Both loops below visit the same candidates — every digit run and every
// byte of a class other than clsNone — and decide each one the same way;
// scanBlocks only finds them faster, from bitmaps of 64 bytes at a time.
func (d *Detector) scan(text []byte, from int, out []Finding, sc *scanContext) ([]Finding, int) {
	if blockScan {
		return d.scanBlocks(text, from, out, sc)
	}
	return d.scanBytes(text, from, out, sc)
}

// scanBytes finds the candidates one byte at a time.
func (d *Detector) scanBytes(text []byte, from int, out []Finding, sc *scanContext) ([]Finding, int) {
	n := len(text)
	gate, addr := &d.gate, d.addr
	i := from
	for {
		for i < n && byteClass[text[i]] == clsNone {
			i++
		}
		if i >= n {
			return out, -1
		}
		to := i + 1
		if c := text[i]; c-'0' < 10 {
			// The common case — a short digit run in a timestamp, an
			// address octet, a size — is decided here, inline: find the
			// run's end, look its length and first two digits up in the
			// gate, and move on.
			j := i + 1
			for j < n && text[j]-'0' < 10 {
				j++
			}
			var next byte
			if j < n {
				next = text[j]
			}
			l := j - i
			second := byte(10) // no second digit
			if l > 1 {
				second = text[i+1] - '0'
			}
			g := gate[gateIndex(min(l, 15), c-'0', second)]
			if g == 0 && !(addr && (l == 3 && next == '-' || addressMayEndAt(text, i, j, next))) {
				i = j
				continue
			}
			out, to = d.digitRun(text, i, j, next, g, true, out, sc)
		} else {
			out, to = d.special(text, i, out, sc)
		}
		if to < 0 {
			return out, i
		}
		i = to
	}
}

// scanBlocks finds the same candidates as scanBytes from bitmaps of 64 bytes
// at a time (classify64), and skips with bit operations the digit runs the
// gate would reject anyway, so that the loop branches per candidate rather
// than per byte or per digit run.
//
// A block owns the candidates that start in its first blockOwn bytes; the
// rest of it is look-ahead, enough to tell a run's length and what follows
// it (a run that reaches past the look-ahead is always visited).
func (d *Detector) scanBlocks(text []byte, from int, out []Finding, sc *scanContext) ([]Finding, int) {
	n := len(text)
	gate, addr, more := &d.gate, d.addr, d.more.any()
	var pad [64]byte
	var m blockBits
	prevBase, prevHigh, prevSpace, prevRoad := -64, uint64(0), uint64(0), uint64(0)
	for i := from; i < n; {
		if n-i >= 64 {
			classify64(&text[i], &m)
		} else {
			// The tail, copied onto zeros (no class): the bitmaps then hold
			// nothing past the end, and runs end there.
			copy(pad[:], text[i:])
			clear(pad[n-i:])
			classify64(&pad[0], &m)
		}
		base, dm := i, m.digit
		var cand uint64
		{
			// The three bytes before the block: in the previous block's
			// bitmaps when it covered them, as it does when blocks follow
			// one another.
			// The three bytes before the block, in bits 0–2
			preHigh, preSpace, preRoad := uint64(0), uint64(0), uint64(7)
			if d := i - prevBase; d >= 3 && d <= 64 {
				preHigh, preSpace, preRoad = prevHigh>>(d-3)&7, prevSpace>>(d-3)&7, prevRoad>>(d-3)&7
			} else {
				preHigh, preSpace = bytesBefore(text, i)
			}
			prevBase, prevHigh, prevSpace, prevRoad = i, m.high, m.space|m.plus, m.roadEnd
			cand = runCandidates(&m, preHigh, preSpace, preRoad)
			if more {
				cand |= moreCandidates(&m)
			}
		}
		// The other candidate bytes: '@', the lead bytes of full-width forms
		// and jamo, and, of the frequent '+' and '%', only "+8", "+ " (a
		// phone number's +82), "%?0" (an e-mail's %40) and "%2" (%2B82).
		cand |= m.special | m.plus&((m.eight|m.space)>>1) | m.percent&((m.zero>>2)|(m.two>>1))
		cand &= 1<<blockOwn - 1
		// The block ends after its owned bytes, or after the run that
		// crosses that boundary.
		next := base + blockOwn
		if dm>>(blockOwn-1)&3 == 3 {
			next += bits.TrailingZeros64(^(dm >> blockOwn))
		}
		for cand != 0 {
			b := bits.TrailingZeros64(cand)
			p := base + b
			var to int
			if dm>>b&1 != 0 {
				j := p + bits.TrailingZeros64(^(dm >> b))
				if j == base+64 {
					for j < n && text[j]-'0' < 10 {
						j++
					}
				}
				var nb byte
				if j < n {
					nb = text[j]
				}
				l := j - p
				second := byte(10)
				if l > 1 {
					second = text[p+1] - '0'
				}
				g := gate[gateIndex(min(l, 15), text[p]-'0', second)]
				if g == 0 && !(addr && (l == 3 && nb == '-' || addressMayEndAt(text, p, j, nb))) {
					to = j
				} else if out, to = d.digitRun(text, p, j, nb, g, nearHigh(m.high, b, j-base), out, sc); to < 0 {
					return out, p
				}
			} else if out, to = d.special(text, p, out, sc); to < 0 {
				return out, p
			}
			if to-base >= blockOwn {
				next = max(next, to)
				break
			}
			// Go on at to; a digit there starts a run even in the middle
			// of one (a match may end inside a digit run).
			at := uint64(1) << (to - base)
			cand = cand&^(at-1) | dm&at
		}
		i = next
	}
	return out, -1
}

// blockOwn is how many of a block's 64 bytes are its own: candidates that
// start there are its to decide; the other 16 bytes are look-ahead.
const blockOwn = 48

// runCandidates returns the starts of the digit runs in a block that the
// gate (or the address check) might pass: a superset of the runs scanBytes
// sends to digitRun, found with bit operations. The runs it leaves out are
// the ones whose length, first digits and following byte no matcher accepts
// and that have no non-ASCII character within two spaces on either side (one
// there may need folding: foldableNear). A run of fourteen digits or more is
// always kept: it may reach past the block. preHigh, preSpace and preRoad
// are the high, space and roadEnd bits of the three bytes before the block
// (bits 0–2; preRoad all ones when unknown).
func runCandidates(m *blockBits, preHigh, preSpace, preRoad uint64) uint64 {
	// The terms are taken in an order that keeps few values live at once;
	// the compiler spills the rest.
	d := m.digit

	// An English-form number is followed by a capitalised word, a comma
	// allowed (209 Sejong-daero, 209, Sejong-daero): seen at the run's last
	// digit, and taken back to its first.
	var cand uint64
	sp := m.space
	english := d &^ (d >> 1) & ((sp>>1)&(m.upper>>2) | (m.comma>>1)&(sp>>2)&(m.upper>>3))
	for english != 0 {
		e := bits.TrailingZeros64(english)
		english &= english - 1
		cand |= 1 << bits.Len64(^d&(1<<e-1))
	}

	// Non-ASCII within two spaces before the run: a Korean road name or lot
	// (테헤란로 152), or a character that may need folding. The bytes before
	// the block come in below bit 0.
	// After a space or two, the end of an English road or 동 name counts too:
	// the number may close an English address in Korean order (Gangnam-gu,
	// Teheran-ro 152).
	hx, sx := m.high<<3|preHigh, (sp|m.plus)<<3|preSpace
	rx := hx | m.roadEnd<<3 | preRoad
	acc := (hx<<1 | (sx<<1)&(rx<<2) | (sx<<1)&(sx<<2)&(rx<<3)) >> 3

	// Non-ASCII within two spaces from this bit on: a character that may
	// need folding (a dash or space look-alike) after a run.
	hi := m.high
	foldable := hi | sp&(hi>>1) | sp&(sp>>1)&(hi>>2)
	sep := m.sep | m.comma | foldable // ' ' '-' '.' ')', a tab or ',' between columns, or maybe one folded
	dash := m.dash | foldable         // '-' or maybe one folded

	// The gate's shapes, with matchDigits' conditions on what follows,
	// each a little wider than the real one. gK: the run at this bit has K
	// digits or more; gK&^gL: it has K to L-1.
	g2 := d & (d >> 1)
	g3 := g2 & (d >> 2)
	acc |= g2 &^ g3 & (m.two >> 1) & (m.zero&(sep>>2) | m.eight&(dash>>2)) // 02-, 82-
	g4 := g2 & (g2 >> 2)
	acc |= g3 &^ g4 & (m.zero&(sep>>3) | dash>>3) // 010-, 135-080
	g5 := g4 & (d >> 4)
	acc |= g4 &^ g5 & (sep >> 4) & (m.zero&(m.five>>1) | m.one) // 0505-, 1588-
	g6 := g4 & (g2 >> 4)
	acc |= g5 &^ g6                    // a postal code: 06236
	acc |= g6 &^ (d >> 6) & (sep >> 6) // 960121-
	g8 := g4 & (g4 >> 4)
	g9 := g8 & (d >> 8)
	acc |= m.one & g8 &^ g9 // 15881234
	// 0 and nine to twelve digits (a bare phone number), thirteen (a
	// registration number), and fourteen or more: a run that may reach past
	// the block.
	acc |= m.zero&g9 | g8&(g4>>8)&(d>>12)

	return cand | d&^(d<<1)&acc
}

// bytesBefore returns, in bits 0–2 (the nearest byte in bit 2), which of
// the three bytes before text[i] are non-ASCII and which are spaces ('+'
// counts: a space in a query string).
func bytesBefore(text []byte, i int) (high, space uint64) {
	for k := 1; k <= 3 && k <= i; k++ {
		c, bit := text[i-k], uint64(1)<<(3-k)
		if c >= 0x80 {
			high |= bit
		}
		if c == ' ' || c == '+' {
			space |= bit
		}
	}
	return
}

// nearHigh says whether a block's non-ASCII bytes (hi) may come within
// three bytes of the run at bits b to e: whether foldableNear can find
// anything there. Near the block's edges it cannot tell and says yes.
func nearHigh(hi uint64, b, e int) bool {
	return b < 3 || e > 61 || hi>>(b-3)&7 != 0 || hi>>e&7 != 0
}

// moreCandidates returns the starts of the digit runs in a block that the
// later kinds' gate and moreWorth might pass (more_kinds.go), a superset
// in bit operations like runCandidates: a group of two to six digits
// followed by '-' or ' ' (4111-, 124-, 11-, 3333-), or by a character that
// may fold to one; three or eight digits after an upper-case letter (a
// passport), eight also before one of those; ten digits or more. A run at the block's first bit is always
// kept (the letter before it is not in the block).
func moreCandidates(m *blockBits) uint64 {
	d, hi, sp := m.digit, m.high, m.space
	sep := m.dash | sp | hi | sp&(hi>>1) | sp&(sp>>1)&(hi>>2)
	g2 := d & (d >> 1)
	g3 := g2 & (d >> 2)
	acc := g2 &^ g3 & (sep >> 2)
	g4 := g2 & (g2 >> 2)
	acc |= g3 &^ g4 & (sep>>3 | m.upper<<1)
	g5 := g4 & (d >> 4)
	acc |= g4 &^ g5 & (sep >> 4)
	g6 := g4 & (g2 >> 4)
	acc |= g5 &^ g6 & (sep >> 5)
	acc |= g6 &^ (d >> 6) & (sep >> 6)
	g8 := g4 & (g4 >> 4)
	acc |= g8 &^ (d >> 8) & (m.upper<<1 | sep>>8) // M12345678, or one that may need folding
	acc |= g8 & (g2 >> 8)                         // ten digits or more
	return d &^ (d << 1) & (acc | 1)
}

// digitRun decides the digit run text[i:j] that passed the gate g (or the
// address check): it runs the matchers the gate allows and adds what they
// find to out; mayFold false says no non-ASCII character is near enough to
// need folding. It returns out and where the scan goes on, or -1 when the run
// touches a character only the folded text can match.
func (d *Detector) digitRun(text []byte, i, j int, next byte, g uint8, mayFold bool, out []Finding, sc *scanContext) ([]Finding, int) {
	if mayFold && !sc.normalized && foldableNear(text, i, j) {
		return out, -1
	}
	if g&gateMore != 0 {
		// The later kinds (more_kinds.go); never taken with DefaultKinds.
		return d.scanMore(text, i, j, next, g, out, sc)
	}
	end := j
	var m patterns.Match
	if d.matchDigits(&m, text, i, j, next) {
		out = d.consider(text, m, out, sc)
		end = max(end, m.End)
	}
	return out, end
}

// special decides a candidate byte other than a digit at text[i]: an
// e-mail's '@' (or "%40"), the '+' of "+82" (or "%2B82"), the lead bytes of
// full-width forms and conjoining jamo. It returns out and where the scan
// goes on, or -1 when the byte needs the folded text.
func (d *Detector) special(text []byte, i int, out []Finding, sc *scanContext) ([]Finding, int) {
	n := len(text)
	switch byteClass[text[i]] {
	case clsPercent:
		if d.phone && i+4 < n && text[i+1] == '2' && text[i+2]|0x20 == 'b' {
			if m, ok := patterns.MatchPhone(text, i); ok {
				return d.consider(text, m, out, sc), m.End // tel=%2B821012345678
			}
		}
		fallthrough
	case clsAt:
		if d.email {
			if m, ok := patterns.MatchEmail(text, i); ok {
				out = d.consider(text, m, out, sc)
				if m.End > i {
					return out, m.End
				}
			}
		}
	case clsPlus:
		if d.phone && i+2 < n && (text[i+1] == '8' || text[i+1] == ' ') {
			if m, ok := patterns.MatchPhone(text, i); ok {
				return d.consider(text, m, out, sc), m.End
			}
		}
	case clsFull:
		if !sc.normalized && i+2 < n && text[i+1] == 0xBC {
			if t := text[i+2]; t-0x90 < 10 || t == 0xA0 || t == 0x8B {
				return out, -1 // ０-９, ＠, ＋
			}
		}
	case clsJamo:
		if !sc.normalized && d.addr && i+1 < n && text[i+1]-0x84 < 4 {
			return out, -1 // U+1100–U+11FF
		}
	}
	return out, i + 1
}
