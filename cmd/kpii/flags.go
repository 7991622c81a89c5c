package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/kpii/kpii/detector"
	"github.com/kpii/kpii/patterns"
)

// detectorFlags are the flags scan and redact share: what to detect and how
// to read the input.
type detectorFlags struct {
	kinds      string
	minConf    string
	encoding   string
	allowFiles stringList
}

func (c *detectorFlags) register(fs *flag.FlagSet, what string) {
	fs.StringVar(&c.kinds, "kinds", "", "comma-separated kinds to "+what+" (default: "+kindList(detector.DefaultKinds())+")")
	fs.StringVar(&c.minConf, "min-confidence", "medium", "lowest confidence "+what+"ed: low, medium or high")
	fs.StringVar(&c.encoding, "encoding", "auto", "input encoding: auto, utf-8, euc-kr (cp949), utf-16, utf-16le or utf-16be")
	fs.Var(&c.allowFiles, "allow-file", "a `file` of values and re: patterns never to "+what+", one a line, # comments (repeatable)")
}

// build returns the detector the flags describe and the encoding asked for.
func (c *detectorFlags) build() (*detector.Detector, detector.Encoding, error) {
	conf, err := detector.ParseConfidence(c.minConf)
	if err != nil {
		return nil, 0, fmt.Errorf("--min-confidence: %v", err)
	}
	enc, err := detector.ParseEncoding(c.encoding)
	if err != nil {
		return nil, 0, fmt.Errorf("--encoding: %v", err)
	}
	opts := []detector.Option{detector.WithMinConfidence(conf)}
	if c.kinds != "" {
		ks, err := patterns.ParseKinds(c.kinds)
		if err != nil {
			return nil, 0, fmt.Errorf("--kinds: %v", err)
		}
		opts = append(opts, detector.WithKinds(ks...))
	}
	if len(c.allowFiles) > 0 {
		var all bytes.Buffer
		for _, p := range c.allowFiles {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, 0, fmt.Errorf("--allow-file %s: %v", p, stripPath(err))
			}
			if _, err := detector.ParseAllowList(bytes.NewReader(b)); err != nil {
				return nil, 0, fmt.Errorf("--allow-file %s: %v", p, err)
			}
			all.Write(b)
			all.WriteByte('\n')
		}
		allow, err := detector.ParseAllowList(&all)
		if err != nil {
			return nil, 0, fmt.Errorf("--allow-file: %v", err)
		}
		opts = append(opts, detector.WithAllowList(allow))
	}
	return detector.New(opts...), enc, nil
}

func kindList(ks []patterns.Kind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ",")
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }
