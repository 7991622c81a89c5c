package main

import (
	"fmt"
	"path"
	"strings"
)

// A glob is an --include or --exclude pattern. It is matched against the
// slash-separated path of a file relative to the directory being walked:
//
//   - a pattern without a '/' is matched against the base name, at any depth
//     ("*.log", "testdata", ".env*"); a trailing "/" does not count;
//   - a pattern with a '/' inside, or starting with "/" or "./", is matched
//     against the whole relative path ("/a.log" is a.log at the root only);
//   - "**" as a whole segment matches any number of segments, none included
//     ("**/fixtures/**", "logs/**/*.gz");
//   - inside a segment, '*', '?', "[…]" and '\' work as in path.Match.
type glob struct {
	text     string
	segs     []string
	baseOnly bool
}

func parseGlob(s string) (glob, error) {
	p := strings.TrimPrefix(strings.TrimPrefix(s, "./"), "/")
	p = strings.TrimSuffix(p, "/")
	if p == "" {
		return glob{}, fmt.Errorf("empty pattern %q", s)
	}
	anchored := strings.HasPrefix(s, "/") || strings.HasPrefix(s, "./")
	g := glob{text: s, segs: strings.Split(p, "/"), baseOnly: !anchored && !strings.Contains(p, "/")}
	for _, seg := range g.segs {
		if seg == "**" {
			continue
		}
		if _, err := path.Match(seg, ""); err != nil {
			return glob{}, fmt.Errorf("bad pattern %q: %v", s, err)
		}
	}
	return g, nil
}

// match reports whether rel, a slash path relative to the walk's root,
// matches the pattern.
func (g glob) match(rel string) bool {
	if g.baseOnly {
		if g.segs[0] == "**" {
			return true
		}
		ok, _ := path.Match(g.segs[0], path.Base(rel))
		return ok
	}
	return matchSegs(g.segs, strings.Split(rel, "/"))
}

func matchSegs(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for len(pat) > 0 && pat[0] == "**" {
				pat = pat[1:]
			}
			if len(pat) == 0 {
				return true
			}
			for i := range name {
				if matchSegs(pat, name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], name[0]); !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	return len(name) == 0
}

// globList is a repeatable flag of globs.
type globList []glob

func (l *globList) String() string {
	s := make([]string, len(*l))
	for i, g := range *l {
		s[i] = g.text
	}
	return strings.Join(s, ",")
}

func (l *globList) Set(v string) error {
	g, err := parseGlob(v)
	if err != nil {
		return err
	}
	*l = append(*l, g)
	return nil
}

func (l globList) any(rel string) bool {
	for _, g := range l {
		if g.match(rel) {
			return true
		}
	}
	return false
}
