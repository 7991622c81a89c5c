package redact

import (
	"github.com/kpii/kpii/patterns"
)

// A Policy chooses the Masker for each kind of finding. It is an immutable
// value: With and WithDefault return a new Policy and leave the receiver as
// it was, so a Policy can be shared and extended freely.
//
// The zero Policy masks every kind with FullMask. KoreanPolicy (the
// default of New), MaskAll and the With methods build the others.
type Policy struct {
	kinds map[patterns.Kind]Masker // never written after construction
	def   Masker                   // for kinds not in kinds; nil means FullMask
}

// MaskAll returns the policy that masks every kind with m: MaskAll(FullMask()),
// MaskAll(LabelMask(language.Korean)), a token policy
// MaskAll(tokenMasker). A nil m means FullMask.
func MaskAll(m Masker) Policy { return Policy{def: m} }

// With returns a copy of p that masks kind with m. A nil m removes the
// kind's own masker, so the kind falls back to the policy's default.
func (p Policy) With(kind patterns.Kind, m Masker) Policy {
	kinds := make(map[patterns.Kind]Masker, len(p.kinds)+1)
	for k, v := range p.kinds {
		kinds[k] = v
	}
	if m == nil {
		delete(kinds, kind)
	} else {
		kinds[kind] = m
	}
	return Policy{kinds: kinds, def: p.def}
}

// WithDefault returns a copy of p whose masker for the kinds it names no
// masker for — user-defined kinds among them — is m. A nil m means
// FullMask.
func (p Policy) WithDefault(m Masker) Policy {
	return Policy{kinds: p.kinds, def: m}
}

// Masker returns the masker p uses for kind: the kind's own, else the
// policy's default, else FullMask. It never returns nil.
func (p Policy) Masker(kind patterns.Kind) Masker {
	if m, ok := p.kinds[kind]; ok {
		return m
	}
	if p.def != nil {
		return p.def
	}
	return fullMask{}
}
