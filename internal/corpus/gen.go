package corpus

// gen holds the state of one generated stream: the PRNG, the clock, the
// output buffer and, when labelling, the items planted so far.
type gen struct {
	r       rng
	profile Profile
	format  Format
	b       []byte
	items   []Item
	label   bool
	now     int64 // corpus clock, Unix ms
	st      stamp // now, Korea time
	utc     stamp // now, UTC (computed on demand)
	utcOK   bool
	pii     int // probability (per 65536) that a line carries personal data
	level   int // level of the current app line
	msg     tmpl
	bmsg    tmpl
	stack   int // lines left in the current stack trace
	stackN  int // length of the current stack trace
	cause   int // index of its "Caused by" line, or -1
}

const (
	lvlInfo = iota
	lvlDebug
	lvlWarn
	lvlError
)

var (
	levelCum   = cumulative(80, 8, 9, 3)
	levelNames = [...]string{"INFO", "DEBUG", "WARN", "ERROR"}
	level5     = [...]string{" INFO", "DEBUG", " WARN", "ERROR"}
	levelJSON  = [...]string{"info", "debug", "warn", "error"}
)

// piiRate is the probability (per 65536) that a line which starts a record
// carries personal data, per profile and format. Realistic is calibrated so
// that the corpus holds one item per 20 lines: in the Log format the
// stack-trace continuation lines never carry one.
var piiRate = [...][2]int{Realistic: {3348, 3284}, Clean: {0, 0}, Dense: {60000, 60000}}

func newGen(s Spec, label bool) *gen {
	g := &gen{
		r:       newRNG(s.Seed, uint64(s.Profile)<<8|uint64(s.Format)+1),
		profile: s.Profile,
		format:  s.Format,
		label:   label,
		cause:   -1,
	}
	if int(s.Profile) < len(piiRate) && int(s.Format) < 2 {
		g.pii = piiRate[s.Profile][s.Format]
	}
	g.now = clockStart + int64(g.r.intn(20*msPerDay))
	return g
}

// line appends exactly one newline-terminated line.
func (g *gen) line() {
	if g.stack > 0 {
		g.stackLine()
		g.b = append(g.b, '\n')
		return
	}
	g.tick()
	if g.pii > 0 && g.r.intn(1<<16) < g.pii {
		g.piiLine()
	} else if g.format == JSONL {
		g.baseJSON()
	} else {
		g.baseLog()
	}
	g.b = append(g.b, '\n')
}

// tick advances the clock by 0–199 ms, wrapping inside the window.
func (g *gen) tick() {
	g.now += int64(g.r.intn(200))
	if g.now >= clockEnd {
		g.now = clockStart + g.now%msPerDay
	}
	g.st = makeStamp(g.now, false)
	g.utcOK = false
}

func (g *gen) expand(t tmpl) {
	for _, p := range t {
		g.b = append(g.b, p.lit...)
		if p.ph != phNone {
			g.fill(p.ph)
		}
	}
}

func (g *gen) baseLog() {
	g.msg, g.bmsg = nil, nil
	switch g.r.weighted(familyCum) {
	case 0:
		g.expand(pick(&g.r, accessLines))
	case 1:
		g.appLine(appLines)
	case 2:
		g.level = g.r.weighted(levelCum)
		if g.level == lvlError {
			g.level = lvlWarn
		}
		g.expand(pick(&g.r, jsonLines))
	case 3:
		g.level = lvlInfo
		g.expand(pick(&g.r, batchLines))
	case 4:
		g.expand(pick(&g.r, logfmtLines))
	default:
		g.expand(pick(&g.r, syslogLines))
	}
}

// appLine writes an application log line; an ERROR line may start a Java
// stack trace that the following lines continue.
func (g *gen) appLine(wrappers []tmpl) {
	g.level = g.r.weighted(levelCum)
	g.expand(pick(&g.r, wrappers))
	if g.level == lvlError && g.format == Log && g.r.chance(6, 10) {
		g.stackN = 2 + g.r.between(3, 7)
		g.cause = -1
		if g.r.chance(1, 2) {
			g.cause = 2 + g.r.intn(g.stackN-3)
		}
		g.stack = g.stackN
	}
}

func (g *gen) stackLine() {
	i := g.stackN - g.stack
	g.stack--
	switch {
	case i == 0:
		g.expand(pick(&g.r, exceptions))
	case i == g.cause:
		g.expand(pick(&g.r, causes))
	case g.stack == 0:
		g.b = append(g.b, "\t... "...)
		g.b = appendPad(g.b, g.r.between(8, 120), 1)
		g.b = append(g.b, " common frames omitted"...)
	default:
		g.b = append(g.b, "\tat "...)
		g.expand(pick(&g.r, frames))
	}
}

func (g *gen) baseJSON() {
	g.msg, g.bmsg = nil, nil
	switch g.r.weighted(jFamilyCum) {
	case 0:
		g.expand(pick(&g.r, jAccessLines))
	case 1:
		g.appLine(jAppLines)
	case 2:
		g.expand(pick(&g.r, jEventLines))
	case 3:
		g.level = lvlInfo
		g.expand(pick(&g.r, jBatchLines))
	case 4:
		g.level = lvlError
		g.expand(pick(&g.r, jErrorLines))
	default:
		g.expand(pick(&g.r, jMetricLines))
	}
}

// piiLine writes a line carrying personal data: in Dense, a quarter of them
// carry several values; otherwise one value of a kind drawn from kindCum,
// in an app, batch, JSON or other (access, postfix) line.
func (g *gen) piiLine() {
	r := &g.r
	if g.profile == Dense && r.chance(1, 4) {
		g.level = lvlInfo
		if g.format == JSONL {
			g.expand(pick(r, denseMultiJSON))
		} else {
			g.expand(pick(r, denseMultiLog))
		}
		return
	}
	set := &piiTemplates[r.weighted(kindCum)]
	n := r.intn(100)
	if g.format == JSONL {
		switch {
		case n < 30:
			g.msg, g.bmsg = pick(r, set.app), nil
			g.level = lvlInfo
			g.expand(pick(r, jAppLines))
		case n < 50:
			g.msg, g.bmsg = nil, pick(r, set.batch)
			g.level = lvlInfo
			g.expand(pick(r, jBatchLines))
		default:
			g.expand(pick(r, set.json))
		}
		return
	}
	switch {
	case n < 35 || (n >= 80 && len(set.other) == 0):
		g.msg, g.bmsg = pick(r, set.app), nil
		g.level = lvlInfo
		if r.chance(1, 10) {
			g.level = lvlWarn
		}
		g.expand(pick(r, appLines))
	case n < 55:
		g.msg, g.bmsg = nil, pick(r, set.batch)
		g.level = lvlInfo
		g.expand(pick(r, batchLines))
	case n < 80:
		g.expand(pick(r, set.json))
	default:
		g.expand(pick(r, set.other))
	}
}

// mark records the item that ends at the current end of the buffer.
func (g *gen) mark(kind, start int) {
	if g.label {
		g.items = append(g.items, Item{Kind: kindNames[kind], Start: start, End: len(g.b)})
	}
}
