package redact

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"golang.org/x/text/language"
	"golang.org/x/text/transform"
)

// The invariants of the package documentation, checked on generated and
// fuzzed input:
//
//  1. outside the findings the output is the input, byte for byte;
//  2. inside them no character the policy hides survives;
//  3. redacting the output again changes nothing;
//  4. streams (NewWriter, Transformer) give what Bytes gives;
//  5. errors never contain the values found.

type invariantSet struct {
	name     string
	r        *Redactor
	checkHid bool // the policy's masks are checked character by character
}

func invariantRedactors(tb testing.TB) []invariantSet {
	tok, err := TokenMask([]byte("invariant-test-key-0123456789"))
	if err != nil {
		tb.Fatal(err)
	}
	var sets []invariantSet
	for _, d := range []*detector.Detector{detector.New(), detector.New(detector.WithMinConfidence(detector.Low))} {
		sets = append(sets,
			invariantSet{"korean", New(d), true},
			invariantSet{"korean-strict", New(d, WithPolicy(KoreanPolicy().
				With(patterns.RRN, RegistrationMask(false)).With(patterns.Phone, PhoneMask(PhoneLast)))), true},
			invariantSet{"full", New(d, WithPolicy(MaskAll(FullMask()))), true},
			invariantSet{"label", New(d, WithPolicy(MaskAll(LabelMask(language.Korean)))), false},
			invariantSet{"token", New(d, WithPolicy(MaskAll(tok))), false},
		)
	}
	return sets
}

func checkInvariants(t *testing.T, set invariantSet, in []byte) {
	t.Helper()
	r := set.r
	out := r.Bytes(in)
	if len(r.d.FindBytes(in)) == 0 && len(in) > 0 && &out[0] != &in[0] {
		t.Fatalf("%s: clean input was copied", set.name)
	}

	// Replay the redaction pass by pass: a pass replaces the findings of the
	// text before it; a later pass runs only when masking uncovered more.
	cur := in
	for pass := 0; pass < maxPasses; pass++ {
		fs := r.d.FindBytes(cur)
		if len(fs) == 0 {
			break
		}
		next := r.appendPass(nil, cur, 0, len(cur), fs)
		checkPass(t, set, cur, next, fs)
		if bytes.Equal(next, cur) {
			break
		}
		cur = next
	}
	if !bytes.Equal(cur, out) {
		t.Fatalf("%s: Bytes differs from its passes", set.name)
	}

	// 3. Idempotence.
	if again := r.Bytes(out); !bytes.Equal(again, out) {
		t.Fatalf("%s: redacting twice changed the output: new findings %v", set.name, r.d.FindBytes(out))
	}

	// 4. Streams agree with Bytes.
	var wbuf bytes.Buffer
	w := NewWriter(&wbuf, r)
	for rest := in; len(rest) > 0; {
		n := min(len(rest), 1+len(rest)%7)
		if _, err := w.Write(rest[:n]); err != nil {
			t.Fatal(err)
		}
		rest = rest[n:]
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(wbuf.Bytes(), out) {
		t.Fatalf("%s: NewWriter differs from Bytes", set.name)
	}
	tout, _, err := transform.Bytes(r.Transformer(), in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(tout, out) {
		t.Fatalf("%s: Transformer differs from Bytes", set.name)
	}
}

// checkPass checks one pass from in to out with findings fs.
func checkPass(t *testing.T, set invariantSet, in, out []byte, fs []detector.Finding) {
	t.Helper()
	r := set.r
	pos, o := 0, 0
	for _, f := range fs {
		// 1. Outside the findings, the input byte for byte.
		gap := in[pos:f.Start]
		if !bytes.HasPrefix(out[o:], gap) {
			t.Fatalf("%s: bytes before finding %v changed", set.name, f)
		}
		o += len(gap)
		mask := r.mask(nil, f.Kind, in[f.Start:f.End])
		if !bytes.HasPrefix(out[o:], mask) {
			t.Fatalf("%s: finding %v not replaced by its mask", set.name, f)
		}
		// 2. Nothing hidden survives.
		if set.checkHid {
			if msg := hiddenViolation(r, f.Kind, in[f.Start:f.End], mask); msg != "" {
				t.Fatalf("%s: finding %v: %s", set.name, f, msg)
			}
		}
		o += len(mask)
		pos = f.End
	}
	if !bytes.Equal(out[o:], in[pos:]) {
		t.Fatalf("%s: bytes after the last finding changed", set.name)
	}
}

// hiddenViolation checks a Korean or full mask against the value it hides:
// same number of characters, each either kept or '*', and no more shown
// than the kind's masker allows.
func hiddenViolation(r *Redactor, kind patterns.Kind, value, mask []byte) string {
	vr, mr := []rune(string(value)), []rune(string(mask))
	if len(vr) != len(mr) {
		return "mask changes the character count"
	}
	_, full := r.policy.Masker(kind).(fullMask)
	shownDigits, hiddenDigits, shownLetters := 0, 0, 0
	for i := range vr {
		v, m := vr[i], mr[i]
		if m != v && m != maskRune {
			return "a character was replaced by something other than '*'"
		}
		isDigit := unicode.IsDigit(v)
		isLetter := unicode.IsLetter(v)
		switch {
		case m == v && isDigit:
			shownDigits++
		case m == v && isLetter:
			shownLetters++
		case isDigit:
			hiddenDigits++
		}
		if m != v && !isDigit && !isLetter && kind != patterns.Email && kind != patterns.Address && !(v == utf8.RuneError) {
			return "a separator was hidden"
		}
	}
	if full {
		if shownDigits+shownLetters > 0 {
			return "a full mask shows a letter or digit"
		}
		return ""
	}
	switch kind {
	case patterns.RRN, patterns.FRN:
		if hiddenDigits < 6 || shownDigits > 7 {
			return "registration number shows too much"
		}
	case patterns.Phone:
		if hiddenDigits < 3 { // a landline's middle group: 02-***-4567
			return "phone number shows too much"
		}
	case patterns.Email:
		at := emailSeparator(value)
		local := utf8.RuneCount(value[:max(at, 0)])
		shown := 0
		for i := 0; i < local; i++ {
			if mr[i] == vr[i] {
				shown++
			}
		}
		if shown > local/2 {
			return "e-mail local part shows too much"
		}
	}
	return ""
}

// mutate damages a line the way real logs do: full-width digits, dash
// look-alikes, stray bytes, cut lines.
func mutate(rng *rand.Rand, s string) string {
	var b strings.Builder
	for _, c := range s {
		switch n := rng.IntN(60); {
		case n == 0 && c >= '0' && c <= '9':
			b.WriteRune(c - '0' + '０')
		case n == 1 && c == '-':
			b.WriteRune([]rune("–—―－ー")[rng.IntN(5)])
		case n == 2:
			b.WriteByte(byte(rng.IntN(256)))
			b.WriteRune(c)
		case n == 3:
			// drop the character
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func TestInvariantsOnGeneratedLogs(t *testing.T) {
	sets := invariantRedactors(t)
	rng := rand.New(rand.NewPCG(42, 43))
	for i := 0; i < 400; i++ {
		var b strings.Builder
		for n := 1 + rng.IntN(4); n > 0; n-- {
			l, _ := genLine(rng)
			if rng.IntN(2) == 0 {
				l = mutate(rng, l)
			}
			b.WriteString(l)
		}
		if rng.IntN(3) == 0 {
			b.WriteString("tail without newline 010-1234-5678")
		}
		for _, set := range sets {
			checkInvariants(t, set, []byte(b.String()))
		}
	}
}

var jsonErrorShape = regexp.MustCompile(`^redact: invalid JSON at byte offset [0-9]+: [a-z '\\,:{}\[\]-]+$`)

func checkJSON(t *testing.T, r *Redactor, in []byte) {
	t.Helper()
	out, err := r.JSON(in)
	if json.Valid(in) != (err == nil) {
		t.Fatalf("JSON validity disagrees with encoding/json: err=%v", err)
	}
	if err != nil {
		if !jsonErrorShape.MatchString(err.Error()) {
			t.Fatalf("error message has an unexpected shape (content?): %q", err.Error())
		}
		return
	}
	if !json.Valid(out) {
		t.Fatal("redacted JSON is not valid JSON")
	}
	for _, f := range r.d.FindBytes(in) {
		if v := in[f.Start:f.End]; len(v) >= 8 && bytes.Contains(out, v) && !bytes.Contains(r.Bytes(in), v) {
			t.Fatalf("a finding survived JSON redaction: %v", f)
		}
	}
	if again, err := r.JSON(out); err != nil || !bytes.Equal(again, out) {
		t.Fatalf("JSON redaction is not idempotent (err=%v)", err)
	}
}

func TestJSONInvariants(t *testing.T) {
	r := New(nil)
	rng := rand.New(rand.NewPCG(44, 45))
	for i := 0; i < 300; i++ {
		l, _ := genLine(rng)
		doc, _ := json.Marshal(map[string]any{"line": l, "hp": genPhone(rng), "list": []any{genEmail(rng), int64(9601211021413), l}})
		checkJSON(t, r, doc)
		if len(doc) > 2 {
			cut := rng.IntN(len(doc))
			checkJSON(t, r, doc[:cut])
		}
	}
}

func fuzzSeeds() []string {
	return []string{
		sampleLine,
		"주민번호는960121-1021413이야\n",
		"고객 960121-1021414 확인\n연락처 010-1234-5678로\n",
		"０１０－１２３４－５６７８ ９６０１２１－１０２１４１３",
		"+82 10-1234-5678 (031) 123-4567 02)123-4567 1588-1234",
		"mailto:hong@naver.com hong%40naver.com",
		`{"hp":"01012345678","jumin":9601211021413,"a":["\u0030\u0031\u0030-1234-5678"]}`,
		"960121 - 1021413\r\n010.1234.5678\t",
		"010-****-5678 900101-1****** ki******@naver.com PHONE_abcdefgh",
		"\xff\xfe 010-1234-5678 \xed\xa0\x80",
	}
}

func FuzzRedact(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	sets := invariantRedactors(f)
	jr := New(nil)
	f.Fuzz(func(t *testing.T, s string) {
		in := []byte(s)
		for _, set := range sets {
			checkInvariants(t, set, in)
		}
		checkJSON(t, jr, in)
		if v, err := Value(jr, map[string]any{"phone": s, "list": []string{s}}); err != nil {
			t.Fatal(err)
		} else if got := v["phone"].(string); got != jr.Field("phone", s) {
			t.Fatal("Value and Field disagree")
		}
	})
}
