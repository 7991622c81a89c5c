package detector_test

import (
	"fmt"
	"testing"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFieldKinds(t *testing.T) {
	cases := []struct {
		field string
		want  []patterns.Kind
	}{
		{"user_phone", []patterns.Kind{patterns.Phone}},
		{"juminNo", []patterns.Kind{patterns.RRN}},
		{"ihidnum", []patterns.Kind{patterns.RRN}}, // 전자정부 표준프레임워크
		{"moblphonNo", []patterns.Kind{patterns.Phone}},
		{"mbtlnum", []patterns.Kind{patterns.Phone}},
		{"detailAdres", []patterns.Kind{patterns.Address}},
		{"hp1", []patterns.Kind{patterns.Phone}},
		{"휴대폰번호", []patterns.Kind{patterns.Phone}},
		{"EMERGENCY_PHONE", []patterns.Kind{patterns.Phone}},
		{"phone_no", []patterns.Kind{patterns.Phone}},
		{"contactEmail", []patterns.Kind{patterns.Email}},
		{"shipping.addr", []patterns.Kind{patterns.Address}},
		{"phones", []patterns.Kind{patterns.Phone}},
		{"emails", []patterns.Kind{patterns.Email}},
		{"corp_reg_no", nil},
		{"jurir_no", []patterns.Kind{patterns.CRN}},
		{"created_at", nil},
		{"hotel", nil},
		{"ids", nil},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, detector.FieldKinds(tc.field), tc.field)
	}
}

func TestFindField(t *testing.T) {
	d := detector.New()
	assert.Empty(t, d.FindField("office", "15881234"), "bare 15xx, no telling field")
	fs := d.FindField("tel", "15881234")
	require.Len(t, fs, 1)
	assert.Equal(t, detector.Medium, fs[0].Confidence)
	assert.Contains(t, fs[0].Explain(), "field name tel")

	fs = d.FindField("jumin", "9601211021414")
	require.Len(t, fs, 1)
	assert.Equal(t, patterns.RRN, fs[0].Kind)

	// A CRN-shaped number under a corporate field is a CRN, not an RRN.
	assert.Empty(t, d.FindField("jurir_no", "110111-2487050"))
	assert.Len(t, d.FindField("memo", "110111-2487050"), 1)

	clean := "no personal data here"
	d.FindField("user_phone", clean) // caches the name
	assert.Zero(t, testing.AllocsPerRun(100, func() { d.FindField("user_phone", clean) }))
}

func ExampleFieldKinds() {
	fmt.Println(detector.FieldKinds("user_phone"), detector.FieldKinds("juminNo"), detector.FieldKinds("created_at"))
	// Output:
	// [PHONE] [RRN] []
}

func ExampleDetector_FindField() {
	d := detector.New()
	fmt.Println(len(d.FindField("memo", "15881234")), len(d.FindField("hp", "15881234")))
	// Output:
	// 0 1
}
