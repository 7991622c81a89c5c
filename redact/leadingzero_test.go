package redact_test

import (
	"testing"

	"github.com/kpii/kpii/redact"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A numeric field drops the leading zeros of Korean numbers (010… stored
// as 1012345678). The redactor must mask what the detector finds there,
// in JSON numbers, JSON strings and fields alike, and hide as many digits
// as it would of the number written with its zero.
func TestLeadingZerosDroppedByNumericFields(t *testing.T) {
	r := redact.New(nil)
	cases := []struct{ in, want string }{
		{`{"hp":1098765432}`, `{"hp":"10****5432"}`},
		{`{"phone":1012345678}`, `{"phone":"10****5678"}`},
		{`{"hp":"1098765432"}`, `{"hp":"10****5432"}`},
		{`{"jumin":101011234567}`, `{"jumin":"101011******"}`},
		{`{"memo":1012345678}`, `{"memo":1012345678}`}, // no telling key: an ordinary number
	}
	for _, tc := range cases {
		out, err := r.JSON([]byte(tc.in))
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, string(out), tc.in)
	}
	assert.Equal(t, "10****5678", r.Field("phone", "1012345678"))
	assert.Equal(t, "1588****", r.Field("phone", "15881234"))
}
