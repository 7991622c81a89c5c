package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGlob(t *testing.T) {
	cases := []struct {
		pattern string
		yes, no []string
	}{
		{"*.log", []string{"a.log", "x/y/b.log"}, []string{"a.log.gz", "log"}},
		{"testdata", []string{"testdata", "a/testdata"}, []string{"testdata2"}},
		{"logs/**", []string{"logs", "logs/a", "logs/2026/01/a.log"}, []string{"x/logs/a", "logs2/a"}},
		{"**/fixtures/**", []string{"fixtures/a", "a/b/fixtures/c/d"}, []string{"fixture/a"}},
		{"logs/**/*.gz", []string{"logs/a.gz", "logs/x/y/a.gz"}, []string{"logs/a.log", "a/logs/a.gz"}},
		{"/a.log", []string{"a.log"}, []string{"x/a.log"}},
		{"./src/*.go", []string{"src/a.go"}, []string{"src/x/a.go"}},
		{"dir/", []string{"dir", "x/dir"}, []string{"dir2"}},
		{"**", []string{"a", "a/b"}, nil},
		{"[ab].txt", []string{"a.txt", "q/b.txt"}, []string{"c.txt"}},
		{"한글*", []string{"한글 이름.md"}, []string{"이름.md"}},
	}
	for _, c := range cases {
		g, err := parseGlob(c.pattern)
		require.NoError(t, err, c.pattern)
		for _, p := range c.yes {
			assert.True(t, g.match(p), "%s should match %s", c.pattern, p)
		}
		for _, p := range c.no {
			assert.False(t, g.match(p), "%s should not match %s", c.pattern, p)
		}
	}
	for _, bad := range []string{"", "/", "[", "a/[/b"} {
		_, err := parseGlob(bad)
		assert.Error(t, err, bad)
	}
}
