package redact_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"os"
	"strings"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/kpii/kpii/redact"
	"golang.org/x/text/language"
	"golang.org/x/text/transform"
)

// All values in these examples are synthetic.

func ExampleNew() {
	r := redact.New(detector.New()) // the mission kinds, Korean partial masks
	fmt.Println(r.String("주민번호 960121-1021413, 연락처 010-1234-5678, hong@naver.com"))
	// Output: 주민번호 960121-1******, 연락처 010-****-5678, ho**@naver.com
}

func ExampleRedactor() {
	// Build once, share everywhere: a Redactor is immutable and safe for
	// concurrent use.
	r := redact.New(detector.New(detector.WithKinds(patterns.Phone)))
	fmt.Println(r.String("rrn 960121-1021413 tel 02-123-4567"))
	// Output: rrn 960121-1021413 tel 02-***-4567
}

func ExampleRedactor_String() {
	r := redact.New(nil)
	fmt.Println(r.String("고객 ９６０１２１－１０２１４１３ 님"))
	fmt.Println(r.String("nothing to hide"))
	// Output:
	// 고객 ９６０１２１－１****** 님
	// nothing to hide
}

func ExampleRedactor_Bytes() {
	r := redact.New(nil)
	clean := []byte("GET /health 200\n")
	fmt.Println(&r.Bytes(clean)[0] == &clean[0]) // the input itself, no copy
	fmt.Printf("%s", r.Bytes([]byte("phone=010-1234-5678\n")))
	// Output:
	// true
	// phone=010-****-5678
}

func ExampleRedactor_Field() {
	r := redact.New(nil)
	// A bare 8-digit representative number alone is too weak to report;
	// under a field named "phone" it counts.
	fmt.Println(r.Field("memo", "15881234"))
	fmt.Println(r.Field("phone", "15881234"))
	// Output:
	// 15881234
	// 1588****
}

func ExampleRedactor_JSON() {
	r := redact.New(nil)
	out, err := r.JSON([]byte(`{"name": "홍길동", "hp": "01012345678",
  "jumin": 9601211021413, "tags": ["vip", "hong@naver.com"]}`))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
	_, err = r.JSON([]byte(`{"hp": "010-1234-5678",}`))
	fmt.Println(err)
	// Output:
	// {"name": "홍길동", "hp": "010****5678",
	//   "jumin": "9601211******", "tags": ["vip", "ho**@naver.com"]}
	// redact: invalid JSON at byte offset 23: unexpected character, want a key
}

func ExampleRedactor_Transformer() {
	r := redact.New(nil)
	in := strings.NewReader("a 010-1234-5678\nb hong@naver.com\n")
	io.Copy(os.Stdout, transform.NewReader(in, r.Transformer()))
	// Output:
	// a 010-****-5678
	// b ho**@naver.com
}

func ExampleValue() {
	type Customer struct {
		Name    string
		Phone   string
		Jumin   string `kpii:"rrn"` // always masked as an RRN
		TraceID string `kpii:"-"`   // never touched
	}
	r := redact.New(nil)
	c := Customer{Name: "홍길동", Phone: "010-1234-5678", Jumin: "9601211021414", TraceID: "01012345678"}
	rc, err := redact.Value(r, c)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%+v\n", rc)
	fmt.Println(c.Phone) // the original is untouched
	// Output:
	// {Name:홍길동 Phone:010-****-5678 Jumin:9601211****** TraceID:01012345678}
	// 010-1234-5678
}

func ExampleNewWriter() {
	r := redact.New(nil)
	w := redact.NewWriter(os.Stdout, r)
	logger := log.New(w, "", 0)
	logger.Printf("signup phone=%s email=%s", "010-1234-5678", "hong@naver.com")
	fmt.Fprint(w, "a partial line waits for Close: 02-123-4567")
	w.Close()
	// Output:
	// signup phone=010-****-5678 email=ho**@naver.com
	// a partial line waits for Close: 02-***-4567
}

func ExampleMaxLineLen() {
	var out bytes.Buffer
	w := redact.NewWriter(&out, redact.New(nil), redact.MaxLineLen(8<<10))
	long := strings.Repeat("x ", 10<<10) + "010-1234-5678"
	fmt.Fprint(w, long) // no newline: written in pieces as it grows
	fmt.Println(out.Len() > 0)
	w.Close()
	fmt.Println(strings.HasSuffix(out.String(), "010-****-5678"))
	// Output:
	// true
	// true
}

func ExampleNewHandler() {
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{} // keep the output stable for the example
			}
			return a
		},
	})
	logger := slog.New(redact.NewHandler(h, redact.New(nil)))
	logger.Info("signup 960121-1021413",
		"phone", "010-1234-5678",
		slog.Group("user", "email", "hong@naver.com", "age", 30),
		"err", errors.New("lookup 010-1234-5678: not found"))
	// Output:
	// {"level":"INFO","msg":"signup 960121-1******","phone":"010-****-5678","user":{"email":"ho**@naver.com","age":30},"err":"lookup 010-****-5678: not found"}
}

func ExampleKoreanPolicy() {
	p := redact.KoreanPolicy()
	fmt.Printf("%s\n", p.Masker(patterns.RRN).AppendMask(nil, patterns.RRN, []byte("900101-1234567")))
	fmt.Printf("%s\n", p.Masker(patterns.Card).AppendMask(nil, patterns.Card, []byte("1234-5678-9012-3456")))
	// Output:
	// 900101-1******
	// 1234-56**-****-3456
}

func ExamplePolicy() {
	// A Policy is a value: With returns a new one.
	strict := redact.KoreanPolicy().
		With(patterns.RRN, redact.RegistrationMask(false)).
		With(patterns.FRN, redact.RegistrationMask(false)).
		With(patterns.Phone, redact.PhoneMask(redact.PhoneLast))
	r := redact.New(nil, redact.WithPolicy(strict))
	fmt.Println(r.String("960121-1021413 010-1234-5678"))
	// Output: 960121-******* 010-1234-****
}

func ExamplePolicy_With() {
	p := redact.KoreanPolicy().With(patterns.Email, redact.LabelMask(language.Korean))
	r := redact.New(nil, redact.WithPolicy(p))
	fmt.Println(r.String("hong@naver.com 010-1234-5678"))
	// Output: [이메일] 010-****-5678
}

func ExamplePolicy_WithDefault() {
	// Kinds the policy names no masker for — built-in or user-defined —
	// get the default.
	p := redact.KoreanPolicy().WithDefault(redact.LabelMask(language.English))
	fmt.Printf("%s\n", p.Masker("EMPLOYEE_ID").AppendMask(nil, "EMPLOYEE_ID", []byte("E-1234")))
	// Output: [EMPLOYEE_ID]
}

func ExamplePolicy_Masker() {
	var zero redact.Policy // masks every kind in full
	fmt.Printf("%s\n", zero.Masker(patterns.Phone).AppendMask(nil, patterns.Phone, []byte("010-1234-5678")))
	// Output: ***-****-****
}

func ExampleMaskAll() {
	r := redact.New(nil, redact.WithPolicy(redact.MaskAll(redact.FullMask())))
	fmt.Println(r.String("960121-1021413 / hong@naver.com"))
	// Output: ******-******* / ****@*****.***
}

func ExampleFullMask() {
	m := redact.FullMask()
	fmt.Printf("%s\n", m.AppendMask(nil, patterns.Phone, []byte("+82 10-1234-5678")))
	// Output: +** **-****-****
}

func ExampleRegistrationMask() {
	fmt.Printf("%s\n", redact.RegistrationMask(true).AppendMask(nil, patterns.RRN, []byte("900101-1234567")))
	fmt.Printf("%s\n", redact.RegistrationMask(false).AppendMask(nil, patterns.RRN, []byte("900101-1234567")))
	// Output:
	// 900101-1******
	// 900101-*******
}

func ExamplePhoneMask() {
	for _, v := range []string{"010-1234-5678", "01012345678", "02)123-4567", "+82 10-1234-5678", "1588-1234"} {
		mid := redact.PhoneMask(redact.PhoneMiddle).AppendMask(nil, patterns.Phone, []byte(v))
		last := redact.PhoneMask(redact.PhoneLast).AppendMask(nil, patterns.Phone, []byte(v))
		fmt.Printf("%s  %s\n", mid, last)
	}
	// Output:
	// 010-****-5678  010-1234-****
	// 010****5678  0101234****
	// 02)***-4567  02)123-****
	// +82 10-****-5678  +82 10-1234-****
	// 1588-****  1588-****
}

func ExamplePhonePart() {
	r := redact.New(nil, redact.WithMasker(patterns.Phone, redact.PhoneMask(redact.PhoneLast)))
	fmt.Println(r.String("tel 010-1234-5678"))
	// Output: tel 010-1234-****
}

func ExampleEmailMask() {
	m := redact.EmailMask(2)
	for _, v := range []string{"kildong@naver.com", "kim@x.kr", "hong%40naver.com"} {
		fmt.Printf("%s\n", m.AppendMask(nil, patterns.Email, []byte(v)))
	}
	// Output:
	// ki*****@naver.com
	// k**@x.kr
	// ho**%40naver.com
}

func ExampleAddressMask() {
	m := redact.AddressMask()
	for _, v := range []string{
		"서울특별시 강남구 테헤란로 123, 101동 1203호",
		"서울시 서초구 서초동 1234-5 번지",
		"06236 서울특별시 강남구 강남대로94길 21",
	} {
		fmt.Printf("%s\n", m.AppendMask(nil, patterns.Address, []byte(v)))
	}
	// Output:
	// 서울특별시 강남구 테헤란로 ***, ***동 ****호
	// 서울시 서초구 서초동 ****-* 번지
	// ***** 서울특별시 강남구 강남대로94길 **
}

func ExampleLabelMask() {
	ko := redact.New(nil, redact.WithPolicy(redact.MaskAll(redact.LabelMask(language.Korean))))
	en := redact.New(nil, redact.WithPolicy(redact.MaskAll(redact.LabelMask(language.English))))
	fmt.Println(ko.String("960121-1021413 010-1234-5678"))
	fmt.Println(en.String("960121-1021413 010-1234-5678"))
	// Output:
	// [주민등록번호] [전화번호]
	// [RRN] [PHONE]
}

func ExampleTokenMask() {
	// In production, read the key from a secret store; never from code.
	key := []byte("example-key-do-not-use-0123456789")
	tok, err := redact.TokenMask(key)
	if err != nil {
		log.Fatal(err)
	}
	r := redact.New(nil, redact.WithPolicy(redact.MaskAll(tok)))
	fmt.Println(r.String("010-1234-5678"))
	fmt.Println(r.String("01012345678"))      // same number, same token
	fmt.Println(r.String("+82 10-1234-5678")) // here too
	_, err = redact.TokenMask([]byte("short"))
	fmt.Println(err)
	// Output:
	// PHONE_r273bm2f
	// PHONE_r273bm2f
	// PHONE_r273bm2f
	// redact: token key too short: need at least 16 bytes, got 5
}

func ExampleTokenLength() {
	tok, err := redact.TokenMask([]byte("example-key-do-not-use-0123456789"), redact.TokenLength(16))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(tok.AppendMask(nil, patterns.Phone, []byte("010-1234-5678"))) == len("PHONE_")+16)
	// Output: true
}

func ExampleMaskFunc() {
	hide := redact.MaskFunc(func(kind patterns.Kind, value string) string {
		return fmt.Sprintf("<%s:%d>", kind, len(value))
	})
	r := redact.New(nil, redact.WithPolicy(redact.MaskAll(hide)))
	fmt.Println(r.String("call 010-1234-5678"))
	// Output: call <PHONE:13>
}

// lastDigits is a Masker of its own: it keeps only the last two digits.
type lastDigits struct{}

func (lastDigits) AppendMask(dst []byte, _ patterns.Kind, v []byte) []byte {
	for i, c := range v {
		if c >= '0' && c <= '9' && i < len(v)-2 {
			c = '#'
		}
		dst = append(dst, c)
	}
	return dst
}

func ExampleMasker() {
	r := redact.New(nil, redact.WithMasker(patterns.Phone, lastDigits{}))
	fmt.Println(r.String("tel 010-1234-5678"))
	// Output: tel ###-####-##78
}

func ExampleWithPolicy() {
	r := redact.New(nil, redact.WithPolicy(redact.MaskAll(redact.LabelMask(language.English))))
	fmt.Println(r.String("mail hong@naver.com"))
	// Output: mail [EMAIL]
}

func ExampleWithMasker() {
	r := redact.New(nil, redact.WithMasker(patterns.RRN, redact.RegistrationMask(false)))
	fmt.Println(r.String("960121-1021413 010-1234-5678"))
	// Output: 960121-******* 010-****-5678
}

func ExampleWithMaxDepth() {
	type node struct {
		Phone string
		Next  *node
	}
	list := &node{Phone: "010-1234-5678"}
	for i := 0; i < 5; i++ {
		list = &node{Phone: "010-1234-5678", Next: list}
	}
	_, err := redact.Value(redact.New(nil, redact.WithMaxDepth(4)), list)
	fmt.Println(errors.Is(err, redact.ErrTooDeep))
	fmt.Println(err)
	// Output:
	// true
	// redact: value nested too deeply: more than 4 levels at .Next.Next
}

func ExampleSyntaxError() {
	_, err := redact.New(nil).JSON([]byte(`{"jumin": "960121-1021413"`))
	var se *redact.SyntaxError
	if errors.As(err, &se) {
		fmt.Println(se.Offset) // where, never what
	}
	// Output: 26
}

func ExampleOption() {
	opts := []redact.Option{
		redact.WithPolicy(redact.KoreanPolicy()),
		redact.WithMasker(patterns.Email, redact.EmailMask(1)),
	}
	fmt.Println(redact.New(nil, opts...).String("kildong@naver.com"))
	// Output: k******@naver.com
}

func ExampleMaskFunc_AppendMask() {
	initials := redact.MaskFunc(func(kind patterns.Kind, _ string) string { return string(kind)[:1] + "…" })
	fmt.Printf("%s\n", initials.AppendMask([]byte("tel="), patterns.Phone, []byte("010-1234-5678")))
	// Output: tel=P…
}

func ExampleSyntaxError_Error() {
	_, err := redact.New(nil).JSON([]byte(`["010-1234-5678" "hong@naver.com"]`))
	fmt.Println(err) // the offset and the rule, never the content
	// Output: redact: invalid JSON at byte offset 17: want ',' or ']' in array
}

func ExampleTokenOption() {
	opts := []redact.TokenOption{redact.TokenLength(12)}
	tok, err := redact.TokenMask([]byte("example-key-do-not-use-0123456789"), opts...)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s\n", tok.AppendMask(nil, patterns.Email, []byte("hong@naver.com"))[:6])
	// Output: EMAIL_
}

func ExampleWriterOption() {
	var out bytes.Buffer
	opts := []redact.WriterOption{redact.MaxLineLen(1 << 20)}
	w := redact.NewWriter(&out, redact.New(nil), opts...)
	fmt.Fprintln(w, "hp 01012345678")
	w.Close()
	fmt.Print(out.String())
	// Output: hp 010****5678
}
