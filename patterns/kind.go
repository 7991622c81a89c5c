package patterns

import (
	"fmt"
	"strings"
)

// Kind names a category of personal information. Its value is the stable
// name used in JSON, in the CLI's --kinds flag and in reports ("RRN",
// "PHONE" …). The built-in kinds are the constants below; a user-defined
// pattern may carry any other well-formed name (upper-case ASCII letters,
// digits and underscores), such as Kind("EMPLOYEE_ID").
type Kind string

// The built-in kinds. RRN, FRN, Phone, Email and Address are the mission
// kinds; the rest follow the same machinery.
const (
	RRN             Kind = "RRN"              // 주민등록번호, resident registration number
	FRN             Kind = "FRN"              // 외국인등록번호, foreigner registration number
	Phone           Kind = "PHONE"            // 전화번호: mobile, landline, 070, 050x, 080, 060, 15xx/16xx/18xx
	Email           Kind = "EMAIL"            // 이메일 주소
	Address         Kind = "ADDRESS"          // 도로명주소, 지번주소, 우편번호
	Passport        Kind = "PASSPORT"         // 여권번호
	DriverLicense   Kind = "DRIVER_LICENSE"   // 운전면허번호
	BRN             Kind = "BRN"              // 사업자등록번호, business registration number
	CRN             Kind = "CRN"              // 법인등록번호, corporate registration number
	Card            Kind = "CARD"             // 신용·체크카드 번호
	BankAccount     Kind = "BANK_ACCOUNT"     // 계좌번호
	HealthInsurance Kind = "HEALTH_INSURANCE" // 건강보험증 번호
)

// builtinKinds lists the built-in kinds in a fixed, documented order.
var builtinKinds = [...]Kind{RRN, FRN, Phone, Email, Address, Passport, DriverLicense, BRN, CRN, Card, BankAccount, HealthInsurance}

var koreanNames = map[Kind]string{
	RRN:             "주민등록번호",
	FRN:             "외국인등록번호",
	Phone:           "전화번호",
	Email:           "이메일",
	Address:         "주소",
	Passport:        "여권번호",
	DriverLicense:   "운전면허번호",
	BRN:             "사업자등록번호",
	CRN:             "법인등록번호",
	Card:            "카드번호",
	BankAccount:     "계좌번호",
	HealthInsurance: "건강보험증번호",
}

// Kinds returns the built-in kinds in their documented order. The slice is a
// fresh copy on every call.
func Kinds() []Kind {
	out := make([]Kind, len(builtinKinds))
	copy(out, builtinKinds[:])
	return out
}

// Builtin reports whether k is one of the kinds kpii detects on its own.
func (k Kind) Builtin() bool {
	_, ok := koreanNames[k]
	return ok
}

// String returns the kind's stable name.
func (k Kind) String() string { return string(k) }

// KoreanName returns the Korean name of a built-in kind (주민등록번호 for RRN),
// or the kind's own name for a user-defined kind.
func (k Kind) KoreanName() string {
	if n, ok := koreanNames[k]; ok {
		return n
	}
	return string(k)
}

// MarshalText implements encoding.TextMarshaler. It fails on a kind whose
// name is not well formed, so a zero Kind never reaches a report silently.
func (k Kind) MarshalText() ([]byte, error) {
	if !wellFormedKindName(string(k)) {
		return nil, fmt.Errorf("kpii: kind name %q is not well formed", string(k))
	}
	return []byte(k), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the built-in
// names in any letter case and, so that reports written with user-defined
// kinds can be read back, any other well-formed name.
func (k *Kind) UnmarshalText(text []byte) error {
	s := string(text)
	if parsed, err := ParseKind(s); err == nil {
		*k = parsed
		return nil
	}
	if !wellFormedKindName(s) {
		return fmt.Errorf("kpii: kind name %q is not well formed (want upper-case letters, digits and _)", s)
	}
	*k = Kind(s)
	return nil
}

// ParseKind returns the built-in kind with the given name, ignoring letter
// case and treating '-' like '_' ("phone", "driver-license"). It is strict:
// an unknown name is an error listing the known ones.
func ParseKind(name string) (Kind, error) {
	n := strings.ToUpper(strings.TrimSpace(name))
	n = strings.ReplaceAll(n, "-", "_")
	for _, k := range builtinKinds {
		if string(k) == n {
			return k, nil
		}
	}
	known := make([]string, len(builtinKinds))
	for i, k := range builtinKinds {
		known[i] = string(k)
	}
	return "", fmt.Errorf("kpii: unknown kind %q (known: %s)", name, strings.Join(known, ", "))
}

// ParseKinds parses a comma-separated list of built-in kind names, as the
// CLI's --kinds flag takes it. Empty items are ignored; duplicates are kept
// once, in first-seen order.
func ParseKinds(list string) ([]Kind, error) {
	var out []Kind
	seen := make(map[Kind]bool)
	for _, item := range strings.Split(list, ",") {
		if strings.TrimSpace(item) == "" {
			continue
		}
		k, err := ParseKind(item)
		if err != nil {
			return nil, err
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out, nil
}

func wellFormedKindName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z', c == '_':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}
