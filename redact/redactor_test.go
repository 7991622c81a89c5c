package redact

import (
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// All values are synthetic. 960121-1021413 passes the legacy RRN check
// digit, 960121-1021414 fails it; the stub phone classifier knows 010, 02,
// 031 and 1588 numbers.
const sampleLine = "주민번호 960121-1021413, 연락처 010-1234-5678, 메일 hong@naver.com 입니다"

func TestStringKoreanPolicy(t *testing.T) {
	r := New(nil)
	assert.Equal(t, "주민번호 960121-1******, 연락처 010-****-5678, 메일 ho**@naver.com 입니다", r.String(sampleLine))
	assert.Equal(t, "고객 960121-1****** 확인", r.String("고객 960121-1021414 확인"))
	assert.Equal(t, "０１０－****－５６７８로 연락", r.String("０１０－１２３４－５６７８로 연락"))
	assert.Equal(t, "nothing here 2026-11-23 12:00:00", r.String("nothing here 2026-11-23 12:00:00"))
	assert.Equal(t, "", r.String(""))
}

func TestPolicies(t *testing.T) {
	d := detector.New()
	key := []byte("kpii-test-key-0123456789")
	tok, err := TokenMask(key)
	require.NoError(t, err)
	in := "rrn 960121-1021413 tel 010-1234-5678"
	cases := []struct {
		name string
		p    Policy
		want string
	}{
		{"full", MaskAll(FullMask()), "rrn ******-******* tel ***-****-****"},
		{"zero policy is full", Policy{}, "rrn ******-******* tel ***-****-****"},
		{"label ko", MaskAll(LabelMask(language.Korean)), "rrn [주민등록번호] tel [전화번호]"},
		{"label en", MaskAll(LabelMask(language.English)), "rrn [RRN] tel [PHONE]"},
		{"phone last", KoreanPolicy().With(patterns.Phone, PhoneMask(PhoneLast)), "rrn 960121-1****** tel 010-1234-****"},
		{"rrn hide all", KoreanPolicy().With(patterns.RRN, RegistrationMask(false)), "rrn 960121-******* tel 010-****-5678"},
		{"custom", MaskAll(MaskFunc(func(k patterns.Kind, _ string) string { return "<" + k.String() + ">" })), "rrn <RRN> tel <PHONE>"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, New(d, WithPolicy(c.p)).String(in))
		})
	}
	out := New(d, WithPolicy(MaskAll(tok))).String(in)
	assert.Regexp(t, `^rrn RRN_[a-z2-7]{8} tel PHONE_[a-z2-7]{8}$`, out)
	// WithMasker overrides one kind of the policy so far.
	assert.Equal(t, "rrn [RRN] tel 010-****-5678", New(d, WithMasker(patterns.RRN, LabelMask(language.English))).String(in))
}

func TestPolicyIsImmutable(t *testing.T) {
	base := KoreanPolicy()
	derived := base.With(patterns.Phone, FullMask())
	assert.Equal(t, "010-****-5678", maskWith(base.Masker(patterns.Phone), patterns.Phone, "010-1234-5678"))
	assert.Equal(t, "***-****-****", maskWith(derived.Masker(patterns.Phone), patterns.Phone, "010-1234-5678"))
	removed := base.With(patterns.Phone, nil)
	assert.Equal(t, "***-****-****", maskWith(removed.Masker(patterns.Phone), patterns.Phone, "010-1234-5678"))
	assert.Equal(t, "010-****-5678", maskWith(base.Masker(patterns.Phone), patterns.Phone, "010-1234-5678"))
	// Unknown and user kinds fall back to the default, FullMask unless set.
	assert.Equal(t, "***-**", maskWith(base.Masker("EMPLOYEE_ID"), "EMPLOYEE_ID", "E12-34"))
	assert.Equal(t, "[EMPLOYEE_ID]", maskWith(base.WithDefault(LabelMask(language.English)).Masker("EMPLOYEE_ID"), "EMPLOYEE_ID", "E12-34"))
	assert.Equal(t, "***-**", maskWith(base.Masker(patterns.Card), patterns.Card, "E12-34"))
}

func TestUserKindFallsBackToFullMask(t *testing.T) {
	p, err := detector.NewPattern("EMPLOYEE_ID", `EMP-[0-9]{6}`)
	require.NoError(t, err)
	r := New(detector.New(detector.WithPatterns(p), detector.WithKinds("EMPLOYEE_ID", patterns.Phone)))
	assert.Equal(t, "id ***-****** tel 010-****-5678", r.String("id EMP-123456 tel 010-1234-5678"))
}

func TestBytesReturnsInputWhenClean(t *testing.T) {
	r := New(nil)
	clean := []byte("2026-11-23T05:23:45Z INFO order=123456 amount=12,345원 ok\n")
	out := r.Bytes(clean)
	require.Equal(t, clean, out)
	assert.Same(t, &clean[0], &out[0], "the input slice itself")
	if raceEnabled {
		t.Skip("allocation counts differ under the race detector")
	}
	allocs := testing.AllocsPerRun(100, func() { _ = r.Bytes(clean) })
	assert.Zero(t, allocs)
	allocs = testing.AllocsPerRun(100, func() { _ = r.String(string(clean)) })
	assert.LessOrEqual(t, allocs, 1.0) // the string conversion in the closure
	s := string(clean)
	allocs = testing.AllocsPerRun(100, func() { _ = r.String(s) })
	assert.Zero(t, allocs)
	allocs = testing.AllocsPerRun(100, func() { _ = r.Field("msg", s) })
	assert.Zero(t, allocs)
}

func TestBytesDoesNotModifyInput(t *testing.T) {
	r := New(nil)
	in := []byte(sampleLine)
	keep := append([]byte(nil), in...)
	out := r.Bytes(in)
	assert.Equal(t, keep, in)
	assert.NotEqual(t, string(in), string(out))
	assert.Equal(t, r.String(sampleLine), string(out))
}

func TestFieldUsesKeyAsContext(t *testing.T) {
	r := New(nil)
	// A bare 8-digit representative number is too weak alone; under
	// "phone" it counts.
	assert.Equal(t, "15881234", r.Field("note", "15881234"))
	assert.Equal(t, r.Field("phone", "15881234"), r.Field("휴대폰번호", "15881234"))
	assert.NotEqual(t, "15881234", r.Field("phone", "15881234"))
	assert.Equal(t, "9601211******", r.Field("juminNo", "9601211021414"))
}

func TestRedactorIsSafeForConcurrentUse(t *testing.T) {
	r := New(nil)
	want := r.String(sampleLine)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				assert.Equal(t, want, r.String(sampleLine))
				assert.Equal(t, "02***4567", r.Field("phone"+strconv.Itoa(i%3), "021234567"))
			}
		}()
	}
	wg.Wait()
}

func TestFieldCacheIsBounded(t *testing.T) {
	r := New(nil)
	for i := 0; i < 2*maxCachedFields; i++ {
		r.Field("k"+strings.Repeat("a", i%50)+string(rune('A'+i%26))+string(rune(i)), "x1")
	}
	assert.LessOrEqual(t, len(*r.fields.m.Load()), maxCachedFields)
	assert.Equal(t, "02***4567", r.Field("phone", "021234567"), "uncached names still work")
}
