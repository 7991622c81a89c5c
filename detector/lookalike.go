package detector

import (
	"bytes"
	"strings"

	"github.com/kpii/kpii/patterns"
)

// timestampReach is how far, in bytes to either side, the timestamp
// look-alike check looks for the same date written another way.
const timestampReach = 240

// Look-alike words count only when they label the candidate: within this
// many bytes before it ("주문번호: …", "ts=…"). Words after a value label
// the next value, not this one (to=01012345678 template=ORDER_DONE).
const (
	negativeBefore = 24
	negativeAfter  = 0
)

// timestampLookalike reports whether a YYMMDD-NNNNNNN candidate is really a
// yyMMdd-HHmmssS timestamp: its tail starts with a clock time (HHMMSS) and
// the text says so — the same date appears elsewhere on the line (2024-03-15,
// 20240315, 2024/03/15, 15/Mar/2024, or another 240315-… stamp), the value is part of
// a file name (…_240315-1432117.csv), or the key or word glued in front of it
// names a time (started_at=, built_at=, snap_, backup-).
//
// A legitimate RRN's tail is a clock time about one time in three, so the
// clock shape alone proves nothing; it takes the second signal.
func timestampLookalike(text []byte, m patterns.Match) bool {
	if m.Kind != patterns.RRN && m.Kind != patterns.FRN {
		return false
	}
	var d [13]byte
	nd := 0
	for k := m.Start; k < m.End && nd < 13; k++ {
		if c := text[k]; c-'0' < 10 {
			d[nd] = c
			nd++
		}
	}
	if nd != 13 {
		return false
	}
	two := func(k int) int { return int(d[k]-'0')*10 + int(d[k+1]-'0') }
	if two(6) > 23 || two(8) > 59 || two(10) > 59 {
		return false
	}
	ls, le := lineBounds(text, m.Start, m.End, timestampReach)
	line := text[ls:le]
	cs, ce := m.Start-ls, m.End-ls

	// The same date elsewhere on the line.
	yy, mm, dd := string(d[0:2]), string(d[2:4]), string(d[4:6])
	forms := []string{
		"20" + yy + "-" + mm + "-" + dd, "20" + yy + mm + dd, "20" + yy + "/" + mm + "/" + dd, "20" + yy + "." + mm + "." + dd,
		yy + mm + dd + "-", // a series or range of such stamps: BETWEEN '240315-0000000' AND '240315-2359599'
	}
	if mon := monthAbbrev(two(2)); mon != "" {
		forms = append(forms, dd+"/"+mon+"/20"+yy) // common log format: [15/Mar/2024:…
	}
	for _, f := range forms {
		if containsOutside(line, []byte(f), cs, ce) {
			return true
		}
	}
	// A file name: an extension right after the value.
	if ce+1 < len(line) && line[ce] == '.' && isASCIILetter(line[ce+1]) {
		return true
	}
	// A time-ish word glued in front: started_at=, snap_, builtAt:
	for _, tok := range wordTokens(wordBefore(line, cs)) {
		if timeWords[tok] {
			return true
		}
	}
	return false
}

// timeWords are the tokens of a key or file-name stem that say the value
// after it is a time: started_at, createdAt, build_time, snap_, backup-.
// Whole tokens only: "verified" is not "ver", "login" is not "log".
var timeWords = map[string]bool{
	"time": true, "date": true, "stamp": true, "timestamp": true, "ts": true, "at": true, "on": true,
	"start": true, "started": true, "end": true, "ended": true, "finish": true, "finished": true,
	"created": true, "updated": true, "modified": true, "built": true, "build": true, "snap": true,
	"snapshot": true, "backup": true, "dump": true, "export": true, "report": true, "log": true, "logs": true,
	"job": true, "batch": true, "run": true, "version": true, "ver": true, "release": true,
}

// wordTokens splits a key like "started_at" or "builtAt" into lower-case
// tokens on '_' and camel-case humps.
func wordTokens(word []byte) []string {
	var toks []string
	start := 0
	for k := 1; k <= len(word); k++ {
		if k == len(word) || word[k] == '_' || word[k]-'A' < 26 && word[k-1]-'a' < 26 {
			if k > start {
				toks = append(toks, strings.ToLower(string(word[start:k])))
			}
			if k < len(word) && word[k] == '_' {
				start = k + 1
			} else {
				start = k
			}
		}
	}
	return toks
}

// wordBefore returns the ASCII word glued to position cs by at most two
// separators (= : _ - " ' space), e.g. "started_at" for
// `started_at=240229-1100000`.
func wordBefore(line []byte, cs int) []byte {
	k := cs
	for seps := 0; k > 0 && seps < 2; seps++ {
		c := line[k-1]
		if c != '=' && c != ':' && c != '_' && c != '-' && c != '"' && c != '\'' && c != ' ' {
			break
		}
		k--
	}
	end := k
	for k > 0 && end-k < 32 {
		c := line[k-1]
		if !(isASCIILetter(c) || c-'0' < 10 || c == '_') {
			break
		}
		k--
	}
	return line[k:end]
}

func containsOutside(line, pat []byte, cs, ce int) bool {
	for from := 0; from < len(line); {
		k := bytes.Index(line[from:], pat)
		if k < 0 {
			return false
		}
		at := from + k
		if at+len(pat) <= cs || at >= ce {
			return true
		}
		from = at + 1
	}
	return false
}

func monthAbbrev(m int) string {
	const names = "JanFebMarAprMayJunJulAugSepOctNovDec"
	if m < 1 || m > 12 {
		return ""
	}
	return names[(m-1)*3 : m*3]
}

// lineBounds returns the line around [start, end), at most max bytes to
// either side.
func lineBounds(text []byte, start, end, max int) (int, int) {
	ls := start
	for ls > 0 && start-ls < max && text[ls-1] != '\n' {
		ls--
	}
	le := end
	for le < len(text) && le-end < max && text[le] != '\n' {
		le++
	}
	return ls, le
}
