package detector

import (
	"fmt"
	"strings"
)

// Confidence is how sure the detector is that a finding is personal
// information. The zero value is not a valid level.
type Confidence uint8

// Confidence levels, in increasing order; compare them with < and >.
const (
	// Low: the shape and validation fit, but nothing else supports it (a bare
	// 13-digit run whose check digit fails, a bare landline number).
	Low Confidence = iota + 1
	// Medium: the default threshold. The value validates and is written the
	// way people write it, or a context word supports a weaker shape.
	Medium
	// High: validation plus a strong signal: a check digit that holds, a
	// mobile number in its usual grouping, a context word next to a
	// canonical shape.
	High
)

// String returns "low", "medium" or "high".
func (c Confidence) String() string {
	switch c {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	}
	return fmt.Sprintf("Confidence(%d)", uint8(c))
}

// MarshalText implements encoding.TextMarshaler.
func (c Confidence) MarshalText() ([]byte, error) {
	if c < Low || c > High {
		return nil, fmt.Errorf("kpii: invalid confidence %d", uint8(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Confidence) UnmarshalText(text []byte) error {
	v, err := ParseConfidence(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseConfidence parses "low", "medium" or "high", in any letter case.
func ParseConfidence(s string) (Confidence, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "low":
		return Low, nil
	case "medium":
		return Medium, nil
	case "high":
		return High, nil
	}
	return 0, fmt.Errorf("kpii: unknown confidence %q (want low, medium or high)", s)
}

func (c Confidence) raise() Confidence {
	if c < High {
		return c + 1
	}
	return c
}

func (c Confidence) lower() Confidence {
	if c > 0 {
		return c - 1
	}
	return 0
}
