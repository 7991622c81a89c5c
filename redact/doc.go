// Package redact replaces the Korean personal information a
// detector.Detector finds — 주민등록번호, 외국인등록번호, phone numbers, e-mail
// addresses, addresses — before text reaches a log sink, and leaves
// everything else byte for byte as it was.
//
// Build a Redactor once and share it; it is immutable and safe for
// concurrent use:
//
//	r := redact.New(detector.New())               // Korean partial masks
//	r.String("주민번호 960121-1021413")              // 주민번호 960121-1******
//	r.Bytes(line)                                 // the input itself when clean, no allocation
//	r.JSON(body)                                  // values redacted in place, formatting kept
//	redact.Value(r, user)                         // a redacted deep copy of a Go value
//	r.Transformer()                               // for golang.org/x/text/transform
//	redact.NewWriter(os.Stderr, r)                // io.WriteCloser for log.SetOutput, files
//	redact.NewHandler(slog.NewJSONHandler(…), r)  // slog.Handler
//
// # Policies and maskers
//
// A Policy chooses a Masker per kind. KoreanPolicy, the default, masks as
// Korean practice does (formats reference §8):
//
//	RRN, FRN  960121-1021413                      960121-1******
//	PHONE     010-1234-5678                       010-****-5678
//	EMAIL     kildong@naver.com                   ki*****@naver.com
//	ADDRESS   서울특별시 강남구 테헤란로 123, 101동 1203호  서울특별시 강남구 테헤란로 ***, ***동 ****호
//
// and every other kind with FullMask. Each is configurable
// (RegistrationMask, PhoneMask, EmailMask, AddressMask); MaskAll applies
// one masker to every kind: FullMask (***-****-****), LabelMask
// ([주민등록번호] or [RRN]), TokenMask (PHONE_lrsqcwne, a keyed HMAC-SHA-256
// pseudonym that joins records without revealing them), or a MaskFunc of
// your own.
//
// # Guarantees
//
//   - Outside the findings the output is the input, byte for byte.
//   - Inside them, no character that the masker hides survives. The
//     built-in masks replace hidden characters by '*' one for one and keep
//     separators, so lengths and shapes stay recognisable.
//   - Redacting redacted text changes nothing more: a mask never forms a
//     new finding (a '*' is no digit; tokens avoid the digits 0, 1, 8, 9).
//   - Errors and panics of this package never contain the values they are
//     about; JSON syntax errors name a byte offset.
//   - When a value cannot be walked or a stream cannot be cut safely, the
//     redactor masks more, not less: the slog handler writes Marker in place
//     of a value it cannot look inside; a finding cut by a stream boundary
//     is masked in full.
//
// # Streams
//
// NewWriter and Transformer redact a line at a time: the detector never
// reports a finding across a newline, and reads context words only on the
// finding's line, so a line is the natural unit. A line longer than a bound
// is cut where no finding straddles the cut: 1 KiB of the line is held back
// and scanned again with what follows, and the 128 bytes before the cut are
// re-read as context, so the result is that of redacting the whole line
// (should a finding still meet a cut, the part after the cut is masked in
// full). Memory stays bounded by the line bound, not by the input.
//
// # What counts
//
// The Redactor redacts exactly what its Detector reports: choose the kinds
// and the minimum confidence there (detector.WithKinds,
// detector.WithMinConfidence). Field names — JSON keys, struct fields, map
// keys, slog attribute keys — are passed to the detector as context
// (detector.FindField), so a value under "phone" or "주민번호" is judged
// with that knowledge.
package redact
