package detector

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/kpii/kpii/patterns"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// With DefaultKinds no gate entry has a later kind's bit, so the scan never
// reaches scanMore and runs exactly as it did before the later kinds.
func TestDefaultGateHasNoLaterBits(t *testing.T) {
	d := New()
	for k, g := range d.gate {
		assert.Zero(t, g&gateMore, "gate[%#x]", k)
	}
	assert.Nil(t, d.more.grams)
	assert.Nil(t, d.more.pairs)

	all := New(WithKinds(AllKinds()...))
	n := 0
	for _, g := range all.gate {
		if g&gateMore != 0 {
			n++
		}
	}
	assert.NotZero(t, n)
	assert.NotNil(t, all.more.grams)
}

// mayHaveContext never says no when the full lookup finds a word.
func TestMayHaveContextIsConservative(t *testing.T) {
	d := New(WithKinds(AllKinds()...), WithContextWords("BANK_ACCOUNT", "담당계좌함"))
	for _, text := range []string{
		"계좌번호 1002123456789", "account no 1002123456789", "KB 1002123456789", "담당계좌함: 1002123456789",
		"1002123456789 입금", "x 1002123456789 y",
	} {
		b := []byte(text)
		start := 0
		for b[start] < '0' || b[start] > '9' {
			start++
		}
		end := start + 13
		bit, _ := d.idx.bit("BANK_ACCOUNT")
		hit := d.ctx.lookup(b, nil, start, end, bit)
		if hit.pos >= 0 {
			assert.True(t, d.more.mayHaveContext(b, start, end, bit), text)
		}
	}
}

// Over every digit run of the evaluation set, for every later kind:
// whenever the full lookup finds a positive word, the prefilter says maybe.
func TestMayHaveContextOnEvalSet(t *testing.T) {
	d := New(WithKinds(AllKinds()...))
	files, _ := filepath.Glob("../testdata/eval/*.jsonl")
	require.NotEmpty(t, files)
	checked := 0
	for _, name := range files {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		for _, line := range bytes.Split(data, []byte("\n")) {
			var c struct{ Text string }
			if json.Unmarshal(line, &c) != nil {
				continue
			}
			b := []byte(c.Text)
			for i := 0; i < len(b); i++ {
				if b[i]-'0' >= 10 || i > 0 && b[i-1]-'0' < 10 {
					continue
				}
				j := i
				for j < len(b) && b[j]-'0' < 10 {
					j++
				}
				for _, k := range []patterns.Kind{patterns.Passport, patterns.DriverLicense, patterns.BRN, patterns.Card, patterns.BankAccount, patterns.HealthInsurance} {
					bit, _ := d.idx.bit(k)
					if d.ctx.lookup(b, nil, i, j, bit).pos >= 0 {
						checked++
						assert.True(t, d.more.mayHaveContext(b, i, j, bit), "%s %q", k, c.Text)
					}
				}
			}
		}
	}
	assert.NotZero(t, checked)
}
