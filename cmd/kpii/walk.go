package main

import (
	"io/fs"
	"os"
	"path/filepath"
)

// skipDirs are directories a walk never enters: version control metadata and
// third-party code. A directory named on the command line is scanned anyway.
var skipDirs = map[string]bool{
	".git": true, ".hg": true, ".svn": true,
	"node_modules": true, "vendor": true,
}

// input is one entry of the scan list: a job, or a path that could not be
// walked, in the place where it was met.
type input struct {
	job
	err  error
	size int64 // -1 when unknown
}

// walkOptions say which files a walk keeps.
type walkOptions struct {
	include, exclude globList
	sizes            bool // stat every file (for the progress display)
}

// collect expands the command-line paths into the list of inputs, in a
// stable order: the arguments in the order given, each directory walked in
// lexical order (filepath.WalkDir). A file reached twice is scanned once.
//
// Walks skip skipDirs, do not follow symbolic links and keep only regular
// files; --exclude prunes directories and files, --include keeps only the
// files it matches. A path named on the command line is always scanned —
// filters apply to what a walk finds.
func collect(paths []string, opt walkOptions) []input {
	var out []input
	seen := make(map[string]bool)
	add := func(in input) {
		if !in.stdin && in.err == nil {
			key := in.path
			if abs, err := filepath.Abs(in.path); err == nil {
				key = abs
			}
			if seen[key] {
				return
			}
			seen[key] = true
		}
		in.index = len(out)
		out = append(out, in)
	}
	stdinSeen := false
	for _, root := range paths {
		if root == "-" {
			if !stdinSeen {
				stdinSeen = true
				add(input{job: job{path: "-", stdin: true}, size: -1})
			}
			continue
		}
		st, err := os.Stat(root)
		if err != nil {
			add(input{job: job{path: root}, err: err})
			continue
		}
		if !st.IsDir() {
			size := int64(-1)
			if st.Mode().IsRegular() {
				size = st.Size()
			}
			add(input{job: job{path: root}, size: size})
			continue
		}
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				add(input{job: job{path: path}, err: err})
				if d != nil && d.IsDir() && path != root {
					return filepath.SkipDir
				}
				return nil
			}
			if path == root {
				return nil
			}
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return nil
			}
			rel = filepath.ToSlash(rel)
			if d.IsDir() {
				if skipDirs[d.Name()] || opt.exclude.any(rel) {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil // symbolic links, devices, sockets, pipes
			}
			if opt.exclude.any(rel) || len(opt.include) > 0 && !opt.include.any(rel) {
				return nil
			}
			size := int64(-1)
			if opt.sizes {
				if info, err := d.Info(); err == nil {
					size = info.Size()
				}
			}
			add(input{job: job{path: path, walked: true}, size: size})
			return nil
		})
	}
	return out
}
