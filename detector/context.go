package detector

import (
	"bytes"
	"math/bits"
	"unicode/utf8"

	"github.com/kpii/kpii/patterns"
)

// Context windows, in bytes, on the candidate's own line: wide enough for
// "주민등록번호를 알려주세요: 960121-…" (21 Hangul syllables) and for a JSON
// or logfmt key in front of its value.
const (
	contextBefore = 80
	contextAfter  = 40
)

// negativeContextWords are words that, near a candidate, say it is one of
// the look-alikes the formats reference lists: order and invoice numbers,
// timestamps, barcodes, accounts, cards.
var negativeContextWords = map[patterns.Kind][]string{
	patterns.RRN: {
		"주문번호", "주문", "송장", "운송장", "일련번호", "바코드", "계좌", "카드", "사업자", "법인",
		"order", "invoice", "tracking", "timestamp", "ts", "time", "epoch", "trace", "txid", "tx_id", "barcode",
		"ean", "gtin", "sku", "serial", "account", "card", "log_id", "logid", "request_id", "requestid", "req_id", "reqid",
		"ord", "createdat", "created_at", "updatedat", "updated_at", "batch", "lot", "lotno", "lot_no",
		"invoice_no", "order_no",
	},
	patterns.Phone: {
		"주문번호", "송장", "운송장", "계좌", "계좌번호", "카드번호", "일련번호", "사업자",
		"order", "invoice", "tracking", "account", "serial", "amount", "price", "version", "build",
		"증번호", "보험증", // a health insurance number can be a valid bare phone number
	},
	patterns.Email: {"message-id", "msgid", "message_id", "in-reply-to", "references"},

	// The later kinds: order, parcel and serial numbers, and the labels of
	// the kinds a candidate can be confused with.
	patterns.CRN: {
		"계좌", "입금", "주문번호", "송장", "운송장", "일련번호", "바코드", "order", "invoice", "tracking", "timestamp", "ts",
		"time", "epoch", "trace", "txid", "tx_id", "barcode", "ean", "gtin", "sku", "serial", "log_id", "request_id",
	},
	patterns.Card: {"주문번호", "송장", "운송장", "일련번호", "바코드", "승인번호", "거래번호", "order", "invoice", "tracking", "serial", "barcode", "imei", "txid", "tx_id", "trace"},
	patterns.BRN:  {"주문번호", "송장", "운송장", "일련번호", "계좌", "order", "invoice", "tracking", "serial"},
	patterns.DriverLicense: {
		"주문번호", "송장", "운송장", "일련번호", "계좌", "order", "invoice", "tracking", "serial",
	},
	patterns.Passport: {
		"품번", "부품", "모델", "제품", "주문번호", "송장", "일련번호", "part", "p/n", "model", "sku", "order", "serial",
		"invoice", "product", "item",
	},
	patterns.BankAccount: {
		"주문번호", "송장", "운송장", "택배", "등기", "일련번호", "카드번호", "사업자번호", "사업자등록번호", "전화번호",
		"휴대폰번호", "연락처",
		"order", "invoice", "tracking", "serial", "phone", "tel",
	},
	patterns.HealthInsurance: {"주문번호", "송장", "운송장", "일련번호", "계좌", "order", "invoice", "tracking", "serial"},
}

func init() {
	negativeContextWords[patterns.FRN] = negativeContextWords[patterns.RRN]
}

// defaultContextWords are the positive context words per built-in kind.
func defaultContextWords() map[patterns.Kind][]string {
	return map[patterns.Kind][]string{
		patterns.RRN:     patterns.RRNContextWords,
		patterns.FRN:     patterns.FRNContextWords,
		patterns.CRN:     patterns.CRNContextWords,
		patterns.Phone:   patterns.PhoneContextWords,
		patterns.Email:   patterns.EmailContextWords,
		patterns.Address: patterns.AddressContextWords,

		patterns.Passport:        patterns.PassportContextWords,
		patterns.DriverLicense:   patterns.DriverLicenseContextWords,
		patterns.BRN:             patterns.BRNContextWords,
		patterns.Card:            patterns.CardContextWords,
		patterns.BankAccount:     patterns.BankAccountContextWords,
		patterns.HealthInsurance: patterns.HealthInsuranceContextWords,
	}
}

type contextEntry struct {
	word     []byte // ASCII letters lower-cased
	ascii    bool   // an ASCII word: needs word boundaries around it
	negative bool
	kinds    kindMask
	label    string
}

// contextTable finds context words in a window with one pass, indexing the
// words by a hash of their first two bytes.
type contextTable struct {
	entries []contextEntry
	buckets [1024][]uint16
	// Per kind (by bit index), the hashed first three bytes of its words of
	// three bytes or more, and the hashed two bytes of its two-byte words
	// (ts, hp): most places in a window start no word of the kind looked
	// for, and a test or two in a few hundred bytes rejects them.
	starts3 [64][4096 / 64]uint64
	starts2 [64][1024 / 64]uint64
	has2    kindMask // the kinds with two-byte words
	// first says which bytes begin a word (lower-cased ASCII letters both
	// ways): most bytes of a log line's window begin none.
	first [256]bool
}

func bucketKey(b0, b1 byte) int { return (int(lowerByte[b0])*31 + int(lowerByte[b1])) & 1023 }

func triKey(b0, b1, b2 byte) int {
	return (int(lowerByte[b0])*961 + int(lowerByte[b1])*31 + int(lowerByte[b2])) & 4095
}

// lowerByte lower-cases ASCII letters and leaves every other byte alone.
var lowerByte = func() (t [256]byte) {
	for i := range t {
		t[i] = lowerASCII(byte(i))
	}
	return
}()

func lowerASCII(c byte) byte {
	if c-'A' < 26 {
		return c + 'a' - 'A'
	}
	return c
}

func isASCIILetter(c byte) bool { return (c|0x20)-'a' < 26 }

func newContextTable(pos, neg map[patterns.Kind][]string, idx *kindIndex) *contextTable {
	t := &contextTable{}
	add := func(k patterns.Kind, words []string, negative bool) {
		bit, ok := idx.bit(k)
		if !ok {
			return
		}
		for _, w := range words {
			if len(w) < 2 {
				continue
			}
			b := []byte(w)
			ascii := true
			for i, c := range b {
				if c >= utf8.RuneSelf {
					ascii = false
				}
				b[i] = lowerASCII(c)
			}
			merged := false
			for i := range t.entries {
				e := &t.entries[i]
				if e.negative == negative && string(e.word) == string(b) {
					e.kinds |= bit
					merged = true
					break
				}
			}
			if !merged {
				t.entries = append(t.entries, contextEntry{word: b, ascii: ascii, negative: negative, kinds: bit, label: w})
			}
		}
	}
	for k, ws := range pos {
		add(k, ws, false)
	}
	for k, ws := range neg {
		add(k, ws, true)
	}
	for i, e := range t.entries {
		t.first[e.word[0]] = true
		if c := e.word[0]; c-'a' < 26 {
			t.first[c-'a'+'A'] = true
		}
		key := bucketKey(e.word[0], e.word[1])
		t.buckets[key] = append(t.buckets[key], uint16(i))
		for k := e.kinds; k != 0; k &= k - 1 {
			kb := bits.TrailingZeros64(uint64(k))
			if len(e.word) == 2 {
				t.starts2[kb][key>>6] |= 1 << (key & 63)
				t.has2 |= 1 << kb
			} else {
				k3 := triKey(e.word[0], e.word[1], e.word[2])
				t.starts3[kb][k3>>6] |= 1 << (k3 & 63)
			}
		}
	}
	return t
}

// contextHit is the nearest positive and nearest negative word for a kind.
type contextHit struct {
	pos, neg          int // entry index, or -1
	posOffset, negOff int
	timestamp         bool // the match is a timestamp look-alike
}

// lookup scans the window around text[start:end] once and returns the
// nearest positive and negative context words for the kind bit. When text
// is a folded copy, off maps its bytes to the caller's input (see
// normalized), and windows and distances are measured in the caller's bytes,
// so that a word is as near whether or not the line needed folding.
func (t *contextTable) lookup(text []byte, off []int32, start, end int, bit kindMask) contextHit {
	var ws, we int
	if off == nil {
		ws = max(0, start-contextBefore)
		if nl := bytes.LastIndexByte(text[ws:start], '\n'); nl >= 0 {
			ws += nl + 1
		}
		we = min(len(text), end+contextAfter)
		if nl := bytes.IndexByte(text[end:we], '\n'); nl >= 0 {
			we = end + nl
		}
	} else {
		ws = start
		for ws > 0 && int(off[start]-off[ws-1]) <= contextBefore && text[ws-1] != '\n' {
			ws--
		}
		we = end
		for we < len(text) && int(off[we+1]-off[end]) <= contextAfter && text[we] != '\n' {
			we++
		}
	}
	hit := contextHit{pos: -1, neg: -1}
	kb := bits.TrailingZeros64(uint64(bit)) & 63
	starts2, starts3, has2 := &t.starts2[kb], &t.starts3[kb], t.has2&bit != 0
	for p := ws; p+1 < we; p++ {
		if p == start && end > start {
			p = end - 1 // the candidate itself
			continue
		}
		c := text[p]
		if !t.first[c] { // digits, punctuation, UTF-8 continuation bytes …
			continue
		}
		c1 := text[p+1]
		k3 := 0
		if p+2 < we {
			k3 = triKey(c, c1, text[p+2])
		}
		if p+2 >= we || starts3[k3>>6&63]&(1<<(k3&63)) == 0 {
			if !has2 {
				continue
			}
			if k2 := bucketKey(c, c1); starts2[k2>>6&15]&(1<<(k2&63)) == 0 {
				continue
			}
		}
		for _, ei := range t.buckets[bucketKey(c, c1)] {
			e := &t.entries[ei]
			if e.kinds&bit == 0 || !t.matchAt(text, p, we, e) {
				continue
			}
			// the distance from the candidate, in the caller's bytes
			d := p - start
			if p >= end {
				d = p - end
			}
			if off != nil {
				if d = int(off[p] - off[start]); p >= end {
					d = int(off[p] - off[end])
				}
			}
			if e.negative {
				// Only a look-alike word that labels the value counts
				// (score): one further away, or after it ("ts" after an
				// order number), must not hide the one that does.
				if d >= -negativeBefore && d <= negativeAfter && (hit.neg < 0 || abs(d) < abs(hit.negOff)) {
					hit.neg, hit.negOff = int(ei), d
				}
			} else if hit.pos < 0 || abs(d) < abs(hit.posOffset) {
				hit.pos, hit.posOffset = int(ei), d
			}
		}
	}
	return hit
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// matchAt reports whether entry e occurs at text[p:], with ASCII word
// boundaries for ASCII words. A Hangul neighbour is a boundary (주민번호는
// counts), and so is a camel-case hump (userPhone, juminNo).
func (t *contextTable) matchAt(text []byte, p, limit int, e *contextEntry) bool {
	w := e.word
	if p+len(w) > limit {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lowerASCII(text[p+i]) != w[i] {
			return false
		}
	}
	if !e.ascii {
		return true
	}
	if p > 0 && isASCIILetter(text[p-1]) {
		// camelCase: "userPhone"
		if !(text[p]-'A' < 26 && text[p-1]-'a' < 26) {
			return false
		}
	}
	q := p + len(w)
	if q < len(text) && isASCIILetter(text[q]) {
		// "juminNo", "phoneNumber" end on a hump; "phones" does not
		if !(text[q]-'A' < 26 && text[q-1]-'a' < 26) && !(text[q] == 's' || text[q] == 'S') {
			return false
		}
	}
	return true
}
