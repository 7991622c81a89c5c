package detector_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/korean"
	xunicode "golang.org/x/text/encoding/unicode"
)

const koreanText = "고객 홍길동 주민번호 9601211021414 연락처：０１０－１２３４－５６７８, 사무실 02-123-4567\n" +
	"메일 hong@naver.com으로 보내주세요. 주민번호는960121-1021414이야\n"

func encodeWith(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

var (
	utf16LEBOM = xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)
	utf16BEBOM = xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM)
	utf16LE    = xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	utf16BE    = xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
)

// decodedSpans decodes the original bytes each finding covers.
func decodedSpans(t *testing.T, e encoding.Encoding, b []byte, fs []detector.Finding) []span {
	t.Helper()
	var out []span
	for _, f := range fs {
		s, err := e.NewDecoder().Bytes(b[f.Start:f.End])
		require.NoError(t, err)
		out = append(out, span{f.Kind, string(s)})
	}
	return out
}

func TestFindEncoded(t *testing.T) {
	d := detector.New()
	want := d.Find(koreanText)
	require.Len(t, want, 5)
	wantSpans := spans(koreanText, want)
	cases := []struct {
		name   string
		in     []byte
		dec    encoding.Encoding
		enc    detector.Encoding
		detect detector.Encoding
	}{
		{"EUC-KR", encodeWith(t, korean.EUCKR, koreanText), korean.EUCKR, detector.EncodingEUCKR, detector.EncodingEUCKR},
		{"UTF-16LE with BOM", encodeWith(t, utf16LEBOM, koreanText), utf16LEBOM, detector.EncodingUTF16, detector.EncodingUTF16LE},
		{"UTF-16BE with BOM", encodeWith(t, utf16BEBOM, koreanText), utf16BEBOM, detector.EncodingUTF16, detector.EncodingUTF16BE},
		{"UTF-16LE without BOM", encodeWith(t, utf16LE, koreanText), utf16LE, detector.EncodingUTF16LE, 0},
		{"UTF-16BE without BOM, guessed", encodeWith(t, utf16BE, koreanText), utf16BE, detector.EncodingUTF16, 0},
		{"UTF-8 with BOM", append([]byte("\xEF\xBB\xBF"), koreanText...), xunicode.UTF8BOM, detector.EncodingUTF8, detector.EncodingUTF8},
		{"UTF-8", []byte(koreanText), xunicode.UTF8, detector.EncodingUTF8, detector.EncodingUTF8},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs, used, err := d.FindEncoded(tc.in, tc.enc)
			require.NoError(t, err)
			assert.NotEqual(t, detector.EncodingAuto, used)
			assert.NotEqual(t, detector.EncodingUTF16, used)
			assert.Equal(t, wantSpans, decodedSpans(t, tc.dec, tc.in, fs), "offsets slice the original bytes")
			for i := range fs {
				assert.Equal(t, want[i].Confidence, fs[i].Confidence)
				assert.Equal(t, want[i].Reasons, fs[i].Reasons, "context words decoded")
			}
			if tc.detect != 0 {
				assert.Equal(t, tc.detect, detector.DetectEncoding(tc.in))
				auto, used, err := d.FindEncoded(tc.in, detector.EncodingAuto)
				require.NoError(t, err)
				assert.Equal(t, tc.detect, used)
				assert.Equal(t, fs, auto)
			}
		})
	}
}

func TestFindEncodedInvalidInput(t *testing.T) {
	d := detector.New()
	// Invalid EUC-KR sequences decode to U+FFFD and do not shift offsets.
	in := append([]byte{0xFF, 0x81, 0x20, 0xC8, 0x41, 0xB0}, encodeWith(t, korean.EUCKR, " 연락처 010-1234-5678 ")...)
	in = append(in, 0xFF, 0xB0) // an invalid byte, and a lead byte cut short at the end
	fs, _, err := d.FindEncoded(in, detector.EncodingEUCKR)
	require.NoError(t, err)
	require.Len(t, fs, 1)
	assert.Equal(t, "010-1234-5678", string(in[fs[0].Start:fs[0].End]))

	// Lone surrogates and an odd trailing byte in UTF-16.
	u := append(encodeWith(t, utf16LE, "a"), 0x00, 0xD8) // lone high surrogate
	u = append(u, encodeWith(t, utf16LE, " 😀 hong@naver.com ")...)
	u = append(u, 0x00, 0xDC, 0x41) // lone low surrogate, odd byte
	fs, _, err = d.FindEncoded(u, detector.EncodingUTF16LE)
	require.NoError(t, err)
	assert.Equal(t, []span{{patterns.Email, "hong@naver.com"}}, decodedSpans(t, utf16LE, u, fs))

	_, _, err = d.FindEncoded(in, detector.Encoding(99))
	require.Error(t, err)
}

func TestDetectEncoding(t *testing.T) {
	cases := map[string]struct {
		in   []byte
		want detector.Encoding
	}{
		"empty":             {nil, detector.EncodingUTF8},
		"ASCII":             {[]byte("phone=010-1234-5678"), detector.EncodingUTF8},
		"UTF-8 Korean":      {[]byte(koreanText), detector.EncodingUTF8},
		"EUC-KR Korean":     {encodeWith(t, korean.EUCKR, koreanText), detector.EncodingEUCKR},
		"UTF-8 BOM":         {[]byte("\xEF\xBB\xBFa"), detector.EncodingUTF8},
		"UTF-16LE BOM":      {[]byte("\xFF\xFEa\x00"), detector.EncodingUTF16LE},
		"UTF-16BE BOM":      {[]byte("\xFE\xFF\x00a"), detector.EncodingUTF16BE},
		"neither: as bytes": {[]byte{0x80, 0xFF, 0xC0, 0x20}, detector.EncodingUTF8},
	}
	for name, tc := range cases {
		assert.Equal(t, tc.want, detector.DetectEncoding(tc.in), name)
	}
}

func TestParseEncoding(t *testing.T) {
	for name, want := range map[string]detector.Encoding{
		"auto": detector.EncodingAuto, "UTF-8": detector.EncodingUTF8, "utf8": detector.EncodingUTF8,
		"euc-kr": detector.EncodingEUCKR, "CP949": detector.EncodingEUCKR, "ks_c_5601-1987": detector.EncodingEUCKR,
		"utf-16": detector.EncodingUTF16, "UTF-16LE": detector.EncodingUTF16LE, "utf_16be": detector.EncodingUTF16BE,
	} {
		got, err := detector.ParseEncoding(name)
		require.NoError(t, err, name)
		assert.Equal(t, want, got, name)
		text, err := got.MarshalText()
		require.NoError(t, err)
		var back detector.Encoding
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, got, back)
	}
	_, err := detector.ParseEncoding("latin-1")
	require.Error(t, err)
	_, err = detector.Encoding(42).MarshalText()
	require.Error(t, err)
	assert.Equal(t, "Encoding(42)", detector.Encoding(42).String())
}

func TestScanEncoded(t *testing.T) {
	d := detector.New()
	rng := rand.New(rand.NewPCG(11, 12))
	var text strings.Builder
	for text.Len() < 60_000 {
		text.WriteString(koreanText)
		text.WriteString(strings.Repeat("가나다 abc ", rng.IntN(40)))
		if rng.IntN(3) == 0 {
			text.WriteString(strings.Repeat("긴줄", 300)) // lines longer than small windows
		}
	}
	cases := []struct {
		name string
		e    encoding.Encoding
		enc  detector.Encoding
	}{
		{"EUC-KR", korean.EUCKR, detector.EncodingEUCKR},
		{"UTF-16LE", utf16LEBOM, detector.EncodingUTF16LE},
		{"UTF-16BE", utf16BEBOM, detector.EncodingUTF16BE},
		{"UTF-8", xunicode.UTF8, detector.EncodingUTF8},
	}
	for _, tc := range cases {
		in := encodeWith(t, tc.e, text.String())
		want, _, err := d.FindEncoded(in, tc.enc)
		require.NoError(t, err)
		require.NotEmpty(t, want)
		for _, ws := range testWindows {
			for _, enc := range []detector.Encoding{tc.enc, detector.EncodingAuto} {
				for seed := uint64(0); seed < 2; seed++ {
					var got []detector.Finding
					r := &chunkReader{data: in, rng: rand.New(rand.NewPCG(seed, 3)), max: 1 + int(seed)*300}
					used, err := detector.ScanEncodedWindow(d, r, enc, ws.size, ws.overlap, func(f detector.Finding) error {
						got = append(got, f)
						return nil
					})
					require.NoError(t, err)
					assert.Equal(t, tc.enc, used)
					require.Equal(t, want, got, "%s window %d, %s, seed %d", tc.name, ws.size, enc, seed)
				}
			}
		}
	}
}

func TestScanEncodedErrors(t *testing.T) {
	d := detector.New()
	broken := errors.New("pipe closed")
	in := encodeWith(t, korean.EUCKR, "연락처 010-1234-5678\n주민번호 960121-1021413")
	var got []detector.Finding
	_, err := d.ScanEncoded(&failingReader{data: in, err: broken}, detector.EncodingEUCKR, func(f detector.Finding) error {
		got = append(got, f)
		return nil
	})
	require.ErrorIs(t, err, broken)
	assert.Len(t, got, 2)
	assert.NotContains(t, err.Error(), "1234")

	stop := errors.New("stop")
	_, err = d.ScanEncoded(bytes.NewReader(in), detector.EncodingAuto, func(detector.Finding) error { return stop })
	assert.Same(t, stop, err)

	_, err = d.ScanEncoded(bytes.NewReader(in), detector.Encoding(42), func(detector.Finding) error { return nil })
	require.Error(t, err)
}

// TestEncodedRandomBytes feeds random bytes, with items mixed in, through
// every decoder: the offset maps must stay in step whatever the input.
func TestEncodedRandomBytes(t *testing.T) {
	d := detector.New(detector.WithMinConfidence(detector.Low))
	rng := rand.New(rand.NewPCG(15, 16))
	for round := 0; round < 200; round++ {
		var in []byte
		for len(in) < 3000 {
			if rng.IntN(3) == 0 {
				in = append(in, encodeWith(t, korean.EUCKR, " 연락처 010-1234-5678 ")...)
			}
			for n := rng.IntN(200); n > 0; n-- {
				in = append(in, byte(rng.IntN(256)))
			}
		}
		for _, enc := range []detector.Encoding{detector.EncodingEUCKR, detector.EncodingUTF16LE, detector.EncodingUTF16BE, detector.EncodingAuto} {
			fs, _, err := d.FindEncoded(in, enc)
			require.NoError(t, err)
			prev := 0
			for _, f := range fs {
				require.True(t, f.Start >= prev && f.Start < f.End && f.End <= len(in), "%v", f)
				prev = f.End
			}
			var got []detector.Finding
			_, err = detector.ScanEncodedWindow(d, bytes.NewReader(in), enc, 720, 320, func(f detector.Finding) error {
				got = append(got, f)
				return nil
			})
			require.NoError(t, err)
			if enc == detector.EncodingEUCKR {
				// The items are EUC-KR: every one is found, in every window.
				assert.GreaterOrEqual(t, len(got), bytes.Count(in, []byte("010-1234-5678")))
			}
		}
	}
}
