package redact

import (
	"bytes"

	"golang.org/x/text/transform"
)

// Transformer returns a new golang.org/x/text/transform.Transformer that
// redacts with r, for transform.NewReader, transform.NewWriter,
// transform.Chain and friends. The result is the same as Bytes on the whole
// input, however the input is split across calls.
//
// Like NewWriter it works a line at a time: Transform consumes the complete
// lines of src and asks for more (transform.ErrShortSrc) while a line is
// incomplete. A line longer than 2 KiB is consumed in pieces, each cut where
// no finding straddles it, so the transformer works with transform.Reader's
// and transform.Writer's 4 KiB buffers. Output that does not fit in dst is
// kept and written by the next call (transform.ErrShortDst).
//
// The Transformer holds state (the held output, the context of a cut line);
// use one per stream, or Reset it.
func (r *Redactor) Transformer() transform.Transformer {
	return &transformer{r: r}
}

type transformer struct {
	r   *Redactor
	ctx []byte // the written tail of the current line, after a cut
	win []byte // scratch: ctx + src
	out []byte // output not yet copied to dst
	pos int    // out[pos:] is pending
}

func (t *transformer) Reset() {
	t.ctx, t.out, t.pos = t.ctx[:0], t.out[:0], 0
}

func (t *transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for {
		// Deliver the held output first.
		if t.pos < len(t.out) {
			n := copy(dst[nDst:], t.out[t.pos:])
			nDst += n
			t.pos += n
			if t.pos < len(t.out) {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
		t.out, t.pos = t.out[:0], 0
		rest := src[nSrc:]
		if len(rest) == 0 {
			if atEOF {
				t.ctx = t.ctx[:0]
			}
			return nDst, nSrc, nil
		}
		window, ctx := rest, 0
		if len(t.ctx) > 0 {
			t.win = append(append(t.win[:0], t.ctx...), rest...)
			window, ctx = t.win, len(t.ctx)
		}
		var cut int
		if nl := bytes.LastIndexByte(rest, '\n'); nl >= 0 || atEOF {
			// Complete lines (or the end of the input): redact them whole.
			cut = ctx + nl + 1
			if nl < 0 {
				cut = len(window)
			}
			t.out = t.r.appendRange(t.out, window, ctx, cut, t.r.d.FindBytes(window[:cut]))
			t.ctx = t.ctx[:0]
		} else {
			if len(rest) < 2*holdBack {
				return nDst, nSrc, transform.ErrShortSrc
			}
			fs := t.r.d.FindBytes(window)
			cut = cutPoint(window, ctx, fs)
			if cut <= ctx {
				cut = len(window) // no safe cut: a finding fills the window
			}
			t.out = t.r.appendRange(t.out, window, ctx, cut, fs)
			keep := contextTail(window, 0, cut)
			t.ctx = append(t.ctx[:0], window[cut-keep:cut]...)
		}
		nSrc += cut - ctx
	}
}
