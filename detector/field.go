package detector

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/kpii/kpii/patterns"
)

// fieldWords maps a token of a field name (a JSON key, a struct field, a
// CSV header, a slog attribute key) to the kind a value under it is likely
// to hold. Tokens are compared lower-cased, after splitting on separators and
// camel-case humps and dropping trailing digits ("hp1", "jumin2").
var fieldWords = map[string]patterns.Kind{
	"jumin": patterns.RRN, "juminno": patterns.RRN, "rrn": patterns.RRN, "ssn": patterns.RRN, "socno": patterns.RRN,
	"resident": patterns.RRN, "residentno": patterns.RRN, "idnum": patterns.RRN,
	"ihidnum": patterns.RRN, // 전자정부 표준프레임워크: ihidnum 주민등록번호, mbtlnum 휴대전화, adres 주소
	"mbtlnum": patterns.Phone, "moblphon": patterns.Phone, "moblphonno": patterns.Phone, "telno": patterns.Phone,
	"adres": patterns.Address, "arc": patterns.FRN,
	"frn": patterns.FRN, "fgnno": patterns.FRN, "alien": patterns.FRN, "arn": patterns.FRN, "foreigner": patterns.FRN,
	"phone": patterns.Phone, "phoneno": patterns.Phone, "tel": patterns.Phone, "telephone": patterns.Phone,
	"mobile": patterns.Phone, "cell": patterns.Phone, "cellphone": patterns.Phone, "hp": patterns.Phone,
	"handphone": patterns.Phone, "msisdn": patterns.Phone, "fax": patterns.Phone,
	"email": patterns.Email, "mail": patterns.Email, "emailaddress": patterns.Email,
	"addr": patterns.Address, "address": patterns.Address, "street": patterns.Address, "zip": patterns.Address,
	"zipcode": patterns.Address, "postcode": patterns.Address, "postal": patterns.Address, "road": patterns.Address,
	"jurir": patterns.CRN, "crn": patterns.CRN,
}

// koreanFieldWords are matched inside Hangul field names ("휴대폰번호").
var koreanFieldWords = []struct {
	word string
	kind patterns.Kind
}{
	{"주민등록번호", patterns.RRN}, {"주민번호", patterns.RRN}, {"외국인등록번호", patterns.FRN},
	{"외국인번호", patterns.FRN}, {"연락처", patterns.Phone}, {"전화", patterns.Phone}, {"휴대폰", patterns.Phone},
	{"핸드폰", patterns.Phone}, {"휴대전화", patterns.Phone}, {"이메일", patterns.Email}, {"메일", patterns.Email},
	{"주소", patterns.Address}, {"배송지", patterns.Address}, {"거주지", patterns.Address}, {"우편번호", patterns.Address},
	{"법인등록번호", patterns.CRN},
}

// FieldKinds returns the kinds a field name suggests, in first-seen order:
// FieldKinds("user_phone") is [PHONE], FieldKinds("juminNo") is [RRN],
// FieldKinds("휴대폰번호") is [PHONE]. Most names suggest none.
func FieldKinds(field string) []patterns.Kind {
	var out []patterns.Kind
	add := func(k patterns.Kind) {
		for _, x := range out {
			if x == k {
				return
			}
		}
		out = append(out, k)
	}
	for _, tok := range fieldTokens(field) {
		if tok[0] >= utf8.RuneSelf {
			for _, kw := range koreanFieldWords {
				if strings.Contains(tok, kw.word) {
					add(kw.kind)
				}
			}
			continue
		}
		if k, ok := fieldWords[tok]; ok {
			add(k)
		} else if k, ok := fieldWords[strings.TrimSuffix(tok, "s")]; ok && len(tok) > 3 {
			add(k) // plurals: phones, emails, addrs
		}
	}
	return out
}

// fieldTokens splits a field name into lower-case tokens: on anything but
// letters and digits, on camel-case humps, and between Hangul and ASCII;
// trailing digits are dropped and adjacent ASCII tokens also joined in pairs
// ("phone","no" → "phoneno").
func fieldTokens(field string) []string {
	var toks []string
	var cur []rune
	flush := func() {
		t := strings.TrimRightFunc(string(cur), unicode.IsDigit)
		if t != "" {
			toks = append(toks, strings.ToLower(t))
		}
		cur = cur[:0]
	}
	var prev rune
	for _, r := range field {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
		case len(cur) > 0 && (unicode.IsUpper(r) && unicode.IsLower(prev) ||
			(r >= utf8.RuneSelf) != (prev >= utf8.RuneSelf)):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
		prev = r
	}
	flush()
	n := len(toks)
	for i := 0; i+1 < n; i++ {
		if toks[i][0] < utf8.RuneSelf && toks[i+1][0] < utf8.RuneSelf {
			toks = append(toks, toks[i]+toks[i+1])
		}
	}
	return toks
}

// FindField is Find for a value that sits under a field name: a JSON key, a
// struct field, a CSV column, a log attribute. A name that suggests a kind
// ("phone", "juminNo", "연락처") raises that kind's findings one level, like
// a context word, and lets a bare value that needs context be reported; the
// finding's reasons then name the field. Offsets are into value.
func (d *Detector) FindField(field, value string) []Finding {
	if value == "" {
		return nil
	}
	mask := d.fields.mask(d, field)
	if mask == 0 {
		return d.Find(value)
	}
	// The record scanners' rule: a bare number under a phone or registration
	// field may have lost its leading zeros to a numeric type (1012345678).
	return d.findNumber(stringBytes(value), scanContext{field: mask, fieldName: field})
}

// maxCachedFields bounds the field-name cache: services log a few hundred
// distinct keys; a flood of distinct names (keys built from data) stops
// being cached rather than growing without limit.
const maxCachedFields = 1024

// fieldCache remembers the kinds each field name suggests. Reads are
// lock-free and allocation-free (an immutable map behind an atomic
// pointer); a new name copies the map, which happens a few hundred times in
// a process's life.
type fieldCache struct {
	m  atomic.Pointer[map[string]kindMask]
	mu sync.Mutex // serialises writers
}

func (c *fieldCache) mask(d *Detector, field string) kindMask {
	if field == "" {
		return 0
	}
	if m := c.m.Load(); m != nil {
		if v, ok := (*m)[field]; ok {
			return v
		}
	}
	var mask kindMask
	for _, k := range FieldKinds(field) {
		if b, ok := d.idx.bit(k); ok {
			mask |= b
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	old := c.m.Load()
	if old == nil || len(*old) < maxCachedFields {
		next := make(map[string]kindMask, 1+lenOf(old))
		if old != nil {
			for k, v := range *old {
				next[k] = v
			}
		}
		next[strings.Clone(field)] = mask
		c.m.Store(&next)
	}
	return mask
}

func lenOf(m *map[string]kindMask) int {
	if m == nil {
		return 0
	}
	return len(*m)
}
