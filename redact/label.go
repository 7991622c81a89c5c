package redact

import (
	"github.com/kpii/kpii/patterns"
	"golang.org/x/text/language"
)

// LabelMask returns the masker that replaces a value by its kind's name in
// brackets, in the language of tag: [주민등록번호] for Korean (any tag whose
// base language is ko), [RRN] otherwise. A user-defined kind is named by
// its own name in either language (patterns.Kind.KoreanName).
//
//	redact.LabelMask(language.Korean)   // [전화번호]
//	redact.LabelMask(language.English)  // [PHONE]
func LabelMask(tag language.Tag) Masker {
	base, _ := tag.Base()
	return labelMask{korean: base.String() == "ko"}
}

type labelMask struct{ korean bool }

func (m labelMask) AppendMask(dst []byte, kind patterns.Kind, _ []byte) []byte {
	name := string(kind)
	if m.korean {
		name = kind.KoreanName()
	}
	if name == "" {
		name = "REDACTED"
	}
	dst = append(dst, '[')
	dst = append(dst, name...)
	return append(dst, ']')
}
