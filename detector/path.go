package detector

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/kpii/kpii/patterns"
)

// pathSeg is one step of a record path: a member name (a JSON key, a struct
// field, a map key) or an index (an array, slice or NDJSON record).
type pathSeg struct {
	key     string
	index   int
	isIndex bool
	// lit is a map key that is not a string (42, true, #3): written as
	// [lit] in paths and lit in pointers.
	lit string
	// masked is set when the key itself holds personal information: the
	// segment is then written as [<KIND>] in paths and <KIND> in pointers,
	// so that a path never carries a value.
	masked patterns.Kind
}

// appendPath writes segs in the dotted form "user.contacts[2].phone".
// Member names that are identifiers (a letter, '_' or '$', then letters,
// digits, '_' or '$'; Hangul counts as letters) follow a dot; other names
// are quoted as JSON strings in brackets: ["주소 1"], ["e-mail"], [""].
func appendPath(dst []byte, segs []pathSeg) []byte {
	for _, s := range segs {
		switch {
		case s.isIndex:
			dst = append(dst, '[')
			dst = strconv.AppendInt(dst, int64(s.index), 10)
			dst = append(dst, ']')
		case s.lit != "":
			dst = append(dst, '[')
			dst = append(dst, s.lit...)
			dst = append(dst, ']')
		case s.masked != "":
			dst = append(dst, "[<"...)
			dst = append(dst, s.masked...)
			dst = append(dst, ">]"...)
		case isIdentifier(s.key):
			if len(dst) > 0 {
				dst = append(dst, '.')
			}
			dst = append(dst, s.key...)
		default:
			dst = append(dst, '[')
			dst = appendJSONQuoted(dst, s.key)
			dst = append(dst, ']')
		}
	}
	return dst
}

// appendPointer writes segs as an RFC 6901 JSON Pointer: "/user/contacts/2/phone",
// with '~' written "~0" and '/' written "~1".
func appendPointer(dst []byte, segs []pathSeg) []byte {
	for _, s := range segs {
		dst = append(dst, '/')
		switch {
		case s.isIndex:
			dst = strconv.AppendInt(dst, int64(s.index), 10)
		case s.lit != "":
			dst = append(dst, s.lit...)
		case s.masked != "":
			dst = append(dst, '<')
			dst = append(dst, s.masked...)
			dst = append(dst, '>')
		default:
			for i := 0; i < len(s.key); i++ {
				switch c := s.key[i]; c {
				case '~':
					dst = append(dst, "~0"...)
				case '/':
					dst = append(dst, "~1"...)
				default:
					dst = append(dst, c)
				}
			}
		}
	}
	return dst
}

// joinPath appends a path relative to a value (as FindJSON reports it) to
// the value's own path.
func joinPath(base, rel string) string {
	switch {
	case rel == "":
		return base
	case base == "" || rel[0] == '[':
		return base + rel
	}
	return base + "." + rel
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_' || r == '$' || unicode.IsLetter(r):
		case i > 0 && unicode.IsDigit(r):
		default:
			return false
		}
	}
	return true
}

// appendJSONQuoted writes s as a JSON string literal. Invalid UTF-8 is
// written as U+FFFD.
func appendJSONQuoted(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c < 0x20:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, r)
		i += size
	}
	return append(dst, '"')
}
