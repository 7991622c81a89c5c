package redact

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"hash"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kpii/kpii/patterns"
)

// MinTokenKeyLen is the shortest key TokenMask accepts, in bytes (128 bits).
const MinTokenKeyLen = 16

// DefaultTokenLen is the number of characters of a token's digest part when
// TokenMask is given no TokenLength (40 bits).
const DefaultTokenLen = 8

// ErrTokenKey is returned, wrapped, by TokenMask for a missing or short key.
var ErrTokenKey = errors.New("redact: token key too short")

// A TokenOption configures TokenMask.
type TokenOption func(*tokenConfig)

type tokenConfig struct{ length int }

// TokenLength sets the number of digest characters in a token, from 4 to
// 52 (the whole HMAC-SHA-256). Each character carries 5 bits; the default,
// 8, gives 40 bits: expect a collision among about a million distinct
// values. Raise it when tokens must join larger populations.
func TokenLength(n int) TokenOption { return func(c *tokenConfig) { c.length = n } }

// TokenMask returns the keyed pseudonymous masker: a value becomes its kind
// and a digest of the value, PHONE_lrsqcwne, the same for the same value
// under the same key and unlinkable without the key. The digest is
// HMAC-SHA-256 under key over the normalised value: look-alikes folded
// (patterns.FoldRune, so full-width digits count as ASCII), Unicode NFC,
// separators dropped, and for phone numbers +82 turned into the trunk 0 —
// so 010-1234-5678, 01012345678, ０１０－１２３４－５６７８ and
// +82 10-1234-5678 share one token. E-mail addresses are compared without
// letter case ("%40" counts as '@').
//
// The digest is written in lower-case base32 (a–z, 2–7). The alphabet has
// no 0, 1, 8 or 9, so a token never forms a phone number, a birth date or
// any other number the detector looks for: redacting a redacted text
// changes nothing.
//
// key must hold at least MinTokenKeyLen bytes of secret; there is no
// default key. TokenMask copies it. Keep the key out of source code and out
// of logs; anyone holding it can confirm a guessed value.
func TokenMask(key []byte, opts ...TokenOption) (Masker, error) {
	if len(key) < MinTokenKeyLen {
		return nil, fmt.Errorf("%w: need at least %d bytes, got %d", ErrTokenKey, MinTokenKeyLen, len(key))
	}
	c := tokenConfig{length: DefaultTokenLen}
	for _, o := range opts {
		o(&c)
	}
	if c.length < 4 || c.length > 52 {
		return nil, fmt.Errorf("redact: token length %d out of range [4, 52]", c.length)
	}
	k := append([]byte(nil), key...)
	m := &tokenMask{length: c.length}
	m.pool.New = func() any { return hmac.New(sha256.New, k) }
	return m, nil
}

type tokenMask struct {
	length int
	pool   sync.Pool // of hash.Hash, HMAC-SHA-256 under the key
}

var tokenEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

func (m *tokenMask) AppendMask(dst []byte, kind patterns.Kind, v []byte) []byte {
	h := m.pool.Get().(hash.Hash)
	h.Reset()
	var in [64]byte
	h.Write(tokenInput(in[:0], kind, v))
	var sum [sha256.Size]byte
	var enc [52]byte
	tokenEncoding.Encode(enc[:], h.Sum(sum[:0]))
	m.pool.Put(h)
	name := string(kind)
	if name == "" {
		name = "PII"
	}
	dst = append(dst, name...)
	dst = append(dst, '_')
	return append(dst, enc[:m.length]...)
}

// tokenInput appends the normalised form of v that tokens are computed over.
func tokenInput(dst []byte, kind patterns.Kind, v []byte) []byte {
	s := patterns.Normalize(string(v))
	if kind == patterns.Email {
		s = strings.ReplaceAll(s, "%40", "@")
		for _, r := range s {
			if !unicode.IsSpace(r) {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
		}
		return dst
	}
	start := len(dst)
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			dst = utf8.AppendRune(dst, r)
		}
	}
	if kind == patterns.Phone && strings.HasPrefix(strings.TrimSpace(s), "+") {
		// +82 10… and +82 010… are 010…: drop the country code, restore
		// the trunk 0.
		d := dst[start:]
		if len(d) > 2 && d[0] == '8' && d[1] == '2' {
			if d[2] == '0' {
				dst = append(dst[:start], d[2:]...)
			} else {
				d[1] = '0'
				dst = append(dst[:start], d[1:]...)
			}
		}
	}
	return dst
}
