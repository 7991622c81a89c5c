package detector_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kpii/kpii/detector"
	"golang.org/x/text/encoding/korean"
	xunicode "golang.org/x/text/encoding/unicode"
)

func ExampleDetector_Scan() {
	d := detector.New()
	log := strings.NewReader("INFO signup ok\nWARN 고객 연락처 010-1234-5678\nINFO 주민번호 960121-1021413 확인\n")
	err := d.Scan(log, func(f detector.Finding) error {
		fmt.Println(f.Kind, f.Start, f.End, f.Confidence)
		return nil
	})
	fmt.Println(err)
	// Output:
	// PHONE 37 50 high
	// RRN 69 83 high
	// <nil>
}

func ExampleDetector_Scan_stop() {
	d := detector.New()
	errFound := errors.New("personal information found")
	err := d.Scan(strings.NewReader("a 010-1234-5678\nb hong@naver.com\n"), func(f detector.Finding) error {
		return errFound // stop at the first finding
	})
	fmt.Println(err == errFound)
	// Output:
	// true
}

func ExampleDetector_FindJSON() {
	d := detector.New()
	doc := []byte(`{"user":{"name":"홍길동","contacts":[{"hp":1012345678},{"email":"hong\u0040naver.com"}],"주소 1":"서울"},"jumin":"9601211021414"}`)
	fs, err := d.FindJSON(doc)
	if err != nil {
		panic(err)
	}
	for _, f := range fs {
		fmt.Printf("%s %s %s %s\n", f.Kind, f.Path, f.Pointer, doc[f.Start:f.End])
	}
	// Output:
	// PHONE user.contacts[0].hp /user/contacts/0/hp 1012345678
	// EMAIL user.contacts[1].email /user/contacts/1/email hong\u0040naver.com
	// RRN jumin /jumin 9601211021414
}

func ExampleDetector_FindJSON_ndjson() {
	d := detector.New()
	lines := []byte("{\"msg\":\"ok\"}\n{\"user\":{\"tel\":\"02-123-4567\"}}\n")
	fs, _ := d.FindJSON(lines)
	for _, f := range fs {
		fmt.Println(f.Kind, f.Path, f.Pointer)
	}
	_, err := d.FindJSON([]byte(`{"phone":"010-1234-5678"`))
	fmt.Println(err)
	// Output:
	// PHONE [1].user.tel /1/user/tel
	// kpii: invalid JSON at byte 24: unexpected end of input
}

func ExampleJSONError() {
	_, err := detector.New().FindJSON([]byte(`{"phone":"010-1234-5678",}`))
	var je *detector.JSONError
	if errors.As(err, &je) {
		fmt.Println(je.Offset, je.Reason)
	}
	// Output:
	// 25 want a string as object key
}

func ExampleDetector_FindValue() {
	type Contact struct {
		Phone string
	}
	type Customer struct {
		Name     string
		Jumin    string `kpii:"rrn"`
		Password string `kpii:"-"`
		Contacts []Contact
		Meta     map[string]any
		secret   string
	}
	d := detector.New()
	fs, err := d.FindValue(&Customer{
		Name:     "홍길동",
		Jumin:    "9601211021414",
		Password: "960121-1021413",
		Contacts: []Contact{{Phone: "010-1234-5678"}},
		Meta:     map[string]any{"email": "hong@naver.com", "주소 1": "서울"},
		secret:   "010-1234-5678",
	})
	if err != nil {
		panic(err)
	}
	for _, f := range fs {
		fmt.Println(f.Kind, f.Path, f.Start, f.End, f.Confidence)
	}
	// Output:
	// RRN Jumin 0 13 medium
	// PHONE Contacts[0].Phone 0 13 high
	// EMAIL Meta.email 0 14 high
}

func ExampleMaxValueDepth() {
	type node struct{ Next *node }
	var head *node
	for i := 0; i <= detector.MaxValueDepth; i++ {
		head = &node{Next: head}
	}
	_, err := detector.New().FindValue(head)
	fmt.Println(err)
	// Output:
	// kpii: value nested deeper than 10000 levels (at a detector_test.node)
}

func ExampleDetector_FindCSV() {
	d := detector.New()
	in := strings.NewReader("이름,주민번호,휴대폰,메모\n홍길동,9601211021414,1012345678,\"메일 hong@naver.com, 감사\"\n")
	fs, err := d.FindCSV(in)
	if err != nil {
		panic(err)
	}
	for _, f := range fs {
		fmt.Println(f.Kind, f.Row, f.Column, f.Header, f.Start, f.End)
	}
	// Output:
	// RRN 2 1 주민번호 0 13
	// PHONE 2 2 휴대폰 0 10
	// EMAIL 2 3 메모 7 21
}

func ExampleDetector_ScanCSV() {
	d := detector.New()
	in := strings.NewReader("010-1234-5678\thong@naver.com\n")
	err := d.ScanCSV(in, func(f detector.CSVFinding) error {
		fmt.Println(f.Kind, f.Row, f.Column, f.Line)
		return nil
	}, detector.CSVComma('\t'), detector.CSVHeader(false))
	fmt.Println(err)
	// Output:
	// PHONE 1 0 1
	// EMAIL 1 1 1
	// <nil>
}

func ExampleCSVFinding() {
	fs, _ := detector.New().FindCSV(strings.NewReader("memo\n\"first line\nsecond: 010-1234-5678\"\n"))
	f := fs[0]
	fmt.Println(f.Kind, "row", f.Row, "column", f.Column, "header", f.Header, "line", f.Line, "bytes", f.Start, f.End)
	// Output:
	// PHONE row 2 column 0 header memo line 2 bytes 19 32
}

func ExampleCSVOption() {
	opts := []detector.CSVOption{detector.CSVComma('\t'), detector.CSVHeader(true), detector.CSVEncoding(detector.EncodingUTF8)}
	fs, err := detector.New().FindCSV(strings.NewReader("tel\tmemo\n0212345678\t-\n"), opts...)
	fmt.Println(len(fs), fs[0].Header, err)
	// Output:
	// 1 tel <nil>
}

func ExampleCSVComma() {
	fs, _ := detector.New().FindCSV(strings.NewReader("이름;연락처\n홍길동;0212345678\n"), detector.CSVComma(';'))
	fmt.Println(fs[0].Kind, fs[0].Header)
	// Output:
	// PHONE 연락처
}

func ExampleCSVHeader() {
	d := detector.New()
	in := "연락처\n15881234\n"
	with, _ := d.FindCSV(strings.NewReader(in))
	without, _ := d.FindCSV(strings.NewReader(in), detector.CSVHeader(false))
	fmt.Println(len(with), len(without)) // a bare 15xx number needs its column name
	// Output:
	// 1 0
}

func ExampleCSVLazyQuotes() {
	in := "memo\n그는 \"010-1234-5678\"로 연락\n"
	_, err := detector.New().FindCSV(strings.NewReader(in))
	fmt.Println(err != nil)
	fs, err := detector.New().FindCSV(strings.NewReader(in), detector.CSVLazyQuotes())
	fmt.Println(len(fs), err)
	// Output:
	// true
	// 1 <nil>
}

func ExampleCSVEncoding() {
	// A CP949 export, as Excel writes it on Korean Windows.
	in, _ := korean.EUCKR.NewEncoder().String("이름,휴대폰\n홍길동,010-1234-5678\n")
	fs, err := detector.New().FindCSV(strings.NewReader(in), detector.CSVEncoding(detector.EncodingAuto))
	fmt.Println(fs[0].Kind, fs[0].Header, err)
	// Output:
	// PHONE 휴대폰 <nil>
}

func ExampleDetector_FindEncoded() {
	d := detector.New()
	text := "고객 연락처 010-1234-5678, 주민번호 9601211021414"
	euckr, _ := korean.EUCKR.NewEncoder().Bytes([]byte(text))
	fs, enc, err := d.FindEncoded(euckr, detector.EncodingAuto)
	fmt.Println(enc, err)
	for _, f := range fs {
		fmt.Println(f.Kind, f.Start, f.End, string(euckr[f.Start:f.End]))
	}
	// Output:
	// euc-kr <nil>
	// PHONE 12 25 010-1234-5678
	// RRN 36 49 9601211021414
}

func ExampleDetector_ScanEncoded() {
	d := detector.New()
	utf16, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String("메일: hong@naver.com\r\n")
	enc, err := d.ScanEncoded(strings.NewReader(utf16), detector.EncodingAuto, func(f detector.Finding) error {
		fmt.Println(f.Kind, f.Start, f.End) // byte offsets in the UTF-16 stream, BOM included
		return nil
	})
	fmt.Println(enc, err)
	// Output:
	// EMAIL 10 38
	// utf-16le <nil>
}

func ExampleDetectEncoding() {
	euckr, _ := korean.EUCKR.NewEncoder().String("주민번호")
	fmt.Println(detector.DetectEncoding([]byte("주민번호")))
	fmt.Println(detector.DetectEncoding([]byte(euckr)))
	fmt.Println(detector.DetectEncoding([]byte("\xFE\xFF\x00a")))
	// Output:
	// utf-8
	// euc-kr
	// utf-16be
}

func ExampleParseEncoding() {
	enc, err := detector.ParseEncoding("CP949")
	fmt.Println(enc, err)
	_, err = detector.ParseEncoding("latin-1")
	fmt.Println(err)
	// Output:
	// euc-kr <nil>
	// kpii: unknown encoding "latin-1" (want auto, utf-8, euc-kr, cp949, utf-16, utf-16le or utf-16be)
}

func ExampleEncoding() {
	var enc detector.Encoding // the zero value detects
	fmt.Println(enc)
	_ = enc.UnmarshalText([]byte("utf-16"))
	text, _ := enc.MarshalText()
	fmt.Println(string(text))
	// Output:
	// auto
	// utf-16
}
