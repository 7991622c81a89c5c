package main

import (
	"bytes"
	"unicode/utf8"

	"github.com/kpii/kpii/detector"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
)

// sniffSize is how much of a file is read to decide its encoding, as the
// detector's EncodingAuto does; binarySniff is how much of it is looked at
// for NUL bytes.
const (
	sniffSize   = 64 << 10
	binarySniff = 8 << 10
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// resolveEncoding turns the --encoding choice into a concrete encoding for a
// file that starts with head (the whole file when complete), and says how
// long its byte order mark is. The CLI passes the concrete encoding on to
// the detector, so that both read the file the same way.
func resolveEncoding(want detector.Encoding, head []byte, complete bool) (detector.Encoding, int) {
	switch want {
	case detector.EncodingAuto:
		if !complete {
			head = cutAtLineEnd(head)
		}
		enc := detector.DetectEncoding(head)
		return enc, bomLen(enc, head)
	case detector.EncodingUTF16:
		switch {
		case bytes.HasPrefix(head, bomUTF16LE):
			return detector.EncodingUTF16LE, 2
		case bytes.HasPrefix(head, bomUTF16BE):
			return detector.EncodingUTF16BE, 2
		}
		return guessUTF16Order(head), 0
	}
	return want, bomLen(want, head)
}

func bomLen(enc detector.Encoding, head []byte) int {
	switch {
	case enc == detector.EncodingUTF8 && bytes.HasPrefix(head, bomUTF8):
		return 3
	case enc == detector.EncodingUTF16LE && bytes.HasPrefix(head, bomUTF16LE),
		enc == detector.EncodingUTF16BE && bytes.HasPrefix(head, bomUTF16BE):
		return 2
	}
	return 0
}

// cutAtLineEnd drops a last line that may be cut short, so that a character
// cut in two at the end of a sniffed prefix does not make UTF-8 look invalid.
func cutAtLineEnd(head []byte) []byte {
	if k := bytes.LastIndexByte(head, '\n'); k >= 0 {
		return head[:k+1]
	}
	for k := 1; k <= utf8.UTFMax && k <= len(head); k++ {
		if utf8.RuneStart(head[len(head)-k]) {
			if !utf8.FullRune(head[len(head)-k:]) {
				return head[:len(head)-k]
			}
			break
		}
	}
	return head
}

// guessUTF16Order looks at where the zero bytes of ASCII characters fall, as
// the detector does for UTF-16 without a byte order mark.
func guessUTF16Order(b []byte) detector.Encoding {
	if len(b) > 4096 {
		b = b[:4096]
	}
	even, odd := 0, 0
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == 0 && b[i+1] != 0 {
			even++
		}
		if b[i+1] == 0 && b[i] != 0 {
			odd++
		}
	}
	if even > odd {
		return detector.EncodingUTF16BE
	}
	return detector.EncodingUTF16LE
}

// isBinary reports whether a file that starts with head looks binary: a NUL
// byte in its first 8 KiB, unless a UTF-16 byte order mark says it is text
// or the user said it is UTF-16.
func isBinary(head []byte, want detector.Encoding) bool {
	switch want {
	case detector.EncodingUTF16, detector.EncodingUTF16LE, detector.EncodingUTF16BE:
		return false
	}
	if bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
		return false
	}
	if len(head) > binarySniff {
		head = head[:binarySniff]
	}
	return bytes.IndexByte(head, 0) >= 0
}

// textEncoding returns the golang.org/x/text encoding for a concrete
// encoding other than UTF-8.
func textEncoding(enc detector.Encoding) encoding.Encoding {
	switch enc {
	case detector.EncodingEUCKR:
		return korean.EUCKR
	case detector.EncodingUTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case detector.EncodingUTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

// decodeValue returns a finding's bytes, written in enc, as UTF-8.
func decodeValue(b []byte, enc detector.Encoding) string {
	e := textEncoding(enc)
	if e == nil {
		return string(b)
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return string(bytes.Repeat([]byte("?"), len(b)))
	}
	return string(out)
}
