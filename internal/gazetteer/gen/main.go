// Command gen builds the ADDRESS gazetteer of package patterns from the
// Ministry of the Interior and Safety's 행정동 table and a hand-kept list of
// changes and aliases. It is run by go generate in package patterns:
//
//	go run ../internal/gazetteer/gen -in ../testdata/gazetteer/divisions.tsv -changes ../testdata/gazetteer/changes.tsv -out zz_gazetteer_gen.go
//
// The output is a set of static tables (no code runs at init): the 17 시/도,
// every 시/군/구 with its 일반구 under their 시, and one sorted name table
// that maps every written form (official, short, former, English, 읍/면/동
// names) to its entries.
//
// # Deriving 법정동-like names from 행정동 names
//
// Lot-number addresses use 법정동 names, the table lists 행정동. For every
// 행정동 name the table gives, the gazetteer keeps the name as written and
// adds the names people write in lot-number addresses:
//
//   - a numbered 동 loses its number and a 제 before it: 역삼1동 → 역삼동,
//     창신제1동 → 창신동; the numbered form stays too (역삼1동);
//   - dotted lists are split, each part keeps the stem of the part before
//     it when it has none: 상계3.4동 → 상계동, 상계3동, 상계4동;
//     용담.명암.산성동 → 용담동, 명암동, 산성동;
//   - N가 동 become both 법정동 spellings in use: 종로1.2.3.4가동 →
//     종로1가 … 종로4가 and 종로동1가 …; 성수1가제1동 → 성수1가, 성수동1가,
//     성수동;
//   - 읍 and 면 are kept as they are; rows of branch offices (출장소) are
//     dropped, they are not address units.
//
// 법정동 that no 행정동 name reveals (태평로1가, merged names such as
// 청운효자동 → 청운동, 효자동) and 법정리 (가술리) are not in the table; the
// parser accepts them by shape after a 시/군/구 or 읍/면.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Reference kinds and flags, mirrored by gazetteer.go.
const (
	refProvince = 0 << 14
	refDistrict = 1 << 14
	refTown     = 2 << 14

	aliasOfficial = 0
	aliasShort    = 1
	aliasFormer   = 2
	aliasEnglish  = 3

	townEup     = 1 << 0
	townMyeon   = 1 << 1
	townDong    = 1 << 2
	townGa      = 1 << 3
	townTable   = 1 << 4 // the name as the table writes it (a 행정동)
	townDerived = 1 << 5 // derived 법정동-like name

	distSi      = 1 << 0
	distGun     = 1 << 1
	distGu      = 1 << 2
	distIlbangu = 1 << 3 // a 일반구 under a 시
	distFormer  = 1 << 4 // abolished, split or renamed; valid in older text
	distAdded   = 1 << 5 // created after the table
	distParent  = 1 << 6 // a 시 with 일반구
)

type province struct {
	name     string
	english  string
	lo, hi   int
	aliases  map[string]int // alias → type
	order    int
	code     string
	renamed  string // former official name
	renameOn string
}

type district struct {
	name    string // as written alone: "분당구", "수원시", "강남구"
	full    string // "성남시 분당구" for a 일반구, else name
	prov    int
	parent  int // index of the 시 for a 일반구, else -1
	current int // index of the current name for a renamed district, else itself
	also    int // another province it is accepted under, else -1
	flags   int
	since   int
	until   int
}

func main() {
	in := flag.String("in", "", "the Ministry table (TSV: 행정동코드, 시도명, 시군구명, 읍면동명, 생성일자, 말소일자)")
	changes := flag.String("changes", "", "the hand-kept changes file (default: changes.tsv next to -in)")
	out := flag.String("out", "zz_gazetteer_gen.go", "output Go file")
	pkg := flag.String("pkg", "patterns", "package name of the output")
	flag.Parse()
	if *in == "" {
		log.Fatal("gen: -in is required")
	}
	if *changes == "" {
		*changes = filepath.Join(filepath.Dir(*in), "changes.tsv")
	}
	g := newGen()
	g.readTable(*in)
	g.readChanges(*changes)
	src := g.emit(*pkg, filepath.Base(*in), filepath.Base(*changes))
	formatted, err := format.Source(src)
	if err != nil {
		os.WriteFile(*out+".broken", src, 0o644)
		log.Fatalf("gen: formatting output: %v", err)
	}
	if err := os.WriteFile(*out, formatted, 0o644); err != nil {
		log.Fatal(err)
	}
}

type gen struct {
	provinces []*province
	provIdx   map[string]int
	districts []*district
	distIdx   map[string]int // province index + "|" + full name → index
	towns     map[string]int // name → town flags
}

func newGen() *gen {
	return &gen{provIdx: map[string]int{}, distIdx: map[string]int{}, towns: map[string]int{}}
}

func readTSV(path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return rows
}

func col(r []string, i int) string {
	if i < len(r) {
		return strings.TrimSpace(r[i])
	}
	return ""
}

func (g *gen) addProvince(name string) int {
	if i, ok := g.provIdx[name]; ok {
		return i
	}
	p := &province{name: name, aliases: map[string]int{name: aliasOfficial}, order: len(g.provinces)}
	g.provinces = append(g.provinces, p)
	g.provIdx[name] = p.order
	return p.order
}

func distKind(name string) int {
	switch {
	case strings.HasSuffix(name, "시"):
		return distSi
	case strings.HasSuffix(name, "군"):
		return distGun
	case strings.HasSuffix(name, "구"):
		return distGu
	}
	log.Fatalf("gen: %q is not a 시/군/구", name)
	return 0
}

func (g *gen) addDistrict(prov int, full string, since int) int {
	key := strconv.Itoa(prov) + "|" + full
	if i, ok := g.distIdx[key]; ok {
		return i
	}
	d := &district{name: full, full: full, prov: prov, parent: -1, also: -1, since: since}
	if city, gu, ok := strings.Cut(full, " "); ok {
		d.name = gu
		d.parent = g.addDistrict(prov, city, since)
		d.flags |= distIlbangu
	}
	d.flags |= distKind(d.name)
	d.current = len(g.districts)
	g.districts = append(g.districts, d)
	g.distIdx[key] = d.current
	return d.current
}

func (g *gen) addTown(name string) {
	flags := townTable
	switch {
	case strings.HasSuffix(name, "읍"):
		flags |= townEup
	case strings.HasSuffix(name, "면"):
		flags |= townMyeon
	case strings.HasSuffix(name, "동"):
		flags |= townDong
	case strings.HasSuffix(name, "가"):
		flags |= townGa
	default:
		log.Fatalf("gen: %q is not a 읍/면/동", name)
	}
	g.towns[name] |= flags
	if flags&townDong != 0 {
		for _, d := range deriveDong(name) {
			f := townDerived | townDong
			if strings.HasSuffix(d, "가") {
				f = townDerived | townGa
			}
			g.towns[d] |= f
		}
	}
}

func date(s string) int {
	s = strings.ReplaceAll(s, "-", "")
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || len(s) != 8 {
		log.Fatalf("gen: bad date %q", s)
	}
	return n
}

func (g *gen) readTable(path string) {
	rows := readTSV(path)
	if len(rows) == 0 {
		log.Fatal("gen: empty table")
	}
	sejong := ""
	for n, r := range rows {
		if n == 0 && strings.Contains(r[0], "코드") {
			continue // header
		}
		code, sido, sgg, emd := col(r, 0), col(r, 1), col(r, 2), col(r, 3)
		until := date(col(r, 5))
		if until != 0 {
			continue // 말소: abolished before the table's date
		}
		if strings.Contains(sido+sgg+emd, "출장소") {
			continue // branch offices are not address units
		}
		p := g.addProvince(sido)
		if g.provinces[p].code == "" {
			g.provinces[p].code = code[:2]
		}
		if strings.HasSuffix(sido, "특별자치시") {
			sejong = sido
		}
		switch {
		case sgg == "" && emd == "":
			// the 시/도 row itself
		case sido == sejong && emd == "":
			// 세종 has no 시/군/구: its 읍/면/동 sit in the 시군구명 column.
			g.addTown(sgg)
		case emd == "":
			g.addDistrict(p, sgg, 0)
		default:
			g.addDistrict(p, sgg, 0)
			g.addTown(emd)
		}
	}
}

func (g *gen) prov(name string) *province {
	i, ok := g.provIdx[name]
	if !ok {
		log.Fatalf("gen: changes: unknown 시/도 %q", name)
	}
	return g.provinces[i]
}

func (g *gen) dist(p int, full string) *district {
	i, ok := g.distIdx[strconv.Itoa(p)+"|"+full]
	if !ok {
		log.Fatalf("gen: changes: unknown 시/군/구 %q in %s", full, g.provinces[p].name)
	}
	return g.districts[i]
}

func (g *gen) readChanges(path string) {
	for _, r := range readTSV(path) {
		op := col(r, 0)
		switch op {
		case "province-rename":
			old, nw := col(r, 1), col(r, 2)
			i := g.provIdx[old]
			p := g.prov(old)
			delete(g.provIdx, old)
			delete(p.aliases, old)
			p.name, p.renamed, p.renameOn = nw, old, col(r, 3)
			p.aliases[nw] = aliasOfficial
			p.aliases[old] = aliasFormer
			g.provIdx[nw] = i
		case "province-alias":
			p := g.prov(col(r, 1))
			t, ok := map[string]int{"short": aliasShort, "former": aliasFormer, "english": aliasEnglish}[col(r, 3)]
			if !ok {
				log.Fatalf("gen: changes: bad alias type %q", col(r, 3))
			}
			a := col(r, 2)
			if t == aliasEnglish {
				if a != strings.ToLower(a) {
					log.Fatalf("gen: changes: English alias %q must be lower-case", a)
				}
				if p.english == "" {
					p.english = englishTitle(a)
				}
			}
			p.aliases[a] = t
		case "postal":
			p := g.prov(col(r, 1))
			p.lo, _ = strconv.Atoi(col(r, 2))
			p.hi, _ = strconv.Atoi(col(r, 3))
		case "district-add":
			p := g.provIdx[g.prov(col(r, 1)).name]
			i := g.addDistrict(p, col(r, 2), date(col(r, 3)))
			g.districts[i].flags |= distAdded
		case "district-former":
			p := g.provIdx[g.prov(col(r, 1)).name]
			d := g.dist(p, col(r, 2))
			d.flags |= distFormer
			d.until = date(col(r, 3))
		case "district-rename":
			p := g.provIdx[g.prov(col(r, 1)).name]
			nw := g.dist(p, col(r, 3))
			old := g.addDistrict(p, col(r, 2), 0)
			g.districts[old].flags |= distFormer
			g.districts[old].until = date(col(r, 4))
			g.districts[old].current = g.distIdx[strconv.Itoa(p)+"|"+nw.full]
		case "district-also":
			p := g.provIdx[g.prov(col(r, 1)).name]
			d := g.dist(p, col(r, 2))
			d.also = g.provIdx[g.prov(col(r, 3)).name]
			d.until = date(col(r, 4))
		case "town":
			g.addTown(col(r, 3))
		default:
			log.Fatalf("gen: changes: unknown op %q", op)
		}
	}
	for _, p := range g.provinces {
		if p.lo == 0 || p.english == "" {
			log.Fatalf("gen: %s has no postal range or English name", p.name)
		}
	}
	for _, d := range g.districts {
		if d.parent >= 0 {
			g.districts[d.parent].flags |= distParent
		}
	}
	if len(g.provinces) != 17 {
		log.Fatalf("gen: %d 시/도, want 17", len(g.provinces))
	}
}

func englishTitle(a string) string {
	parts := strings.Split(a, "-")
	parts[0] = strings.ToUpper(parts[0][:1]) + parts[0][1:]
	return strings.Join(parts, "-")
}

// deriveDong returns the 법정동-like names of a 행정동 name ending in 동; see
// the package comment.
func deriveDong(name string) []string {
	body := strings.TrimSuffix(name, "동")
	parts := strings.Split(body, ".")
	// A 가 on the last part applies to every bare number before it (종로1.2.3.4가).
	ga := false
	last := parts[len(parts)-1]
	if _, d, rest := splitStem(last); d != "" && strings.HasPrefix(rest, "가") {
		ga = true
	}
	var out []string
	stem := ""
	for _, part := range parts {
		s, d, rest := splitStem(part)
		if s == "" {
			s = stem
		}
		stem = s
		if s == "" {
			continue
		}
		isGa := ga && d != "" || strings.HasPrefix(rest, "가")
		if isGa {
			out = append(out, s+d+"가", s+"동"+d+"가", s+"동")
			continue
		}
		out = append(out, s+"동")
		if d != "" {
			out = append(out, s+d+"동")
		}
	}
	return out
}

// splitStem splits "창신제1" into "창신", "1", "" and "성수1가제1" into
// "성수", "1", "가제1".
func splitStem(p string) (stem, digits, rest string) {
	i := strings.IndexFunc(p, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return p, "", ""
	}
	stem = strings.TrimSuffix(p[:i], "제")
	j := i
	for j < len(p) && p[j] >= '0' && p[j] <= '9' {
		j++
	}
	return stem, p[i:j], p[j:]
}

type nameRef struct {
	name string
	ref  uint16
}

func (g *gen) emit(pkg, inName, changesName string) []byte {
	var refs []nameRef
	for i, p := range g.provinces {
		for a, t := range p.aliases {
			refs = append(refs, nameRef{a, uint16(refProvince | t<<5 | i)})
		}
	}
	for i, d := range g.districts {
		refs = append(refs, nameRef{d.name, uint16(refDistrict | i)})
	}
	for name, f := range g.towns {
		refs = append(refs, nameRef{name, uint16(refTown | f)})
	}
	sort.Slice(refs, func(a, b int) bool {
		if refs[a].name != refs[b].name {
			return refs[a].name < refs[b].name
		}
		return refs[a].ref < refs[b].ref
	})
	var names []string
	var starts []int
	var refVals []uint16
	for i, r := range refs {
		if i == 0 || r.name != refs[i-1].name {
			names = append(names, r.name)
			starts = append(starts, len(refVals))
		}
		refVals = append(refVals, r.ref)
	}
	starts = append(starts, len(refVals))

	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by internal/gazetteer/gen from testdata/gazetteer/%s and %s; DO NOT EDIT.\n\n", inName, changesName)
	fmt.Fprintf(&b, "package %s\n\n", pkg)
	fmt.Fprintf(&b, "// gazetteer: %d 시/도, %d 시/군/구 entries, %d 읍/면/동 names, %d names, %d references.\n\n",
		len(g.provinces), len(g.districts), len(g.towns), len(names), len(refVals))

	sejong := -1
	for i, p := range g.provinces {
		if strings.HasSuffix(p.name, "특별자치시") {
			sejong = i
		}
	}
	if sejong < 0 {
		log.Fatal("gen: no 특별자치시 (세종)")
	}
	fmt.Fprintf(&b, "// gazSejong is the index of 세종특별자치시, which has no 시/군/구.\nconst gazSejong = %d\n\n", sejong)
	b.WriteString("var gazProvinces = [...]gazProvince{\n")
	for _, p := range g.provinces {
		var short []string
		for a, t := range p.aliases {
			if t == aliasShort && !strings.HasSuffix(a, "시") && !strings.HasSuffix(a, "도") {
				short = append(short, a)
			}
		}
		sort.Slice(short, func(i, j int) bool {
			return utf8.RuneCountInString(short[i]) < utf8.RuneCountInString(short[j]) || (len(short[i]) == len(short[j]) && short[i] < short[j])
		})
		s := p.name
		if len(short) > 0 {
			s = short[0]
		}
		fmt.Fprintf(&b, "\t{name: %q, short: %q, english: %q, former: %q, postalLo: %d, postalHi: %d},\n", p.name, s, p.english, p.renamed, p.lo, p.hi)
	}
	b.WriteString("}\n\n")

	b.WriteString("var gazDistricts = [...]gazDistrict{\n")
	for i, d := range g.districts {
		parent, also := "gazNone", "gazNone"
		if d.parent >= 0 {
			parent = strconv.Itoa(d.parent)
		}
		if d.also >= 0 {
			also = strconv.Itoa(d.also)
		}
		fmt.Fprintf(&b, "\t/* %d */ {name: %q, province: %d, parent: %s, current: %d, also: %s, flags: %d, since: %d, until: %d},\n",
			i, d.name, d.prov, parent, d.current, also, d.flags, d.since, d.until)
	}
	b.WriteString("}\n\n")

	b.WriteString("// gazNames holds every name, sorted bytewise; name k is\n// gazNames[gazNameEnd[k-1]:gazNameEnd[k]].\n")
	b.WriteString("const gazNames = \"\" +\n")
	line := ""
	for i, n := range names {
		line += n
		if len(line) > 90 || i == len(names)-1 {
			sep := " +"
			if i == len(names)-1 {
				sep = ""
			}
			fmt.Fprintf(&b, "\t%q%s\n", line, sep)
			line = ""
		}
	}
	b.WriteString("\n")
	end := 0
	b.WriteString("var gazNameEnd = [...]uint32{")
	for i, n := range names {
		end += len(n)
		if i%16 == 0 {
			b.WriteString("\n\t")
		}
		fmt.Fprintf(&b, "%d, ", end)
	}
	b.WriteString("\n}\n\n")
	// An open-addressing hash table over the names (FNV-1a, linear probing,
	// load below one half): entry = name index + 1, 0 = empty.
	size := 1
	for size < 2*len(names) {
		size *= 2
	}
	table := make([]int, size)
	maxProbe := 0
	for k, n := range names {
		h := fnv1a(n) & uint32(size-1)
		probe := 1
		for table[h] != 0 {
			h = (h + 1) & uint32(size-1)
			probe++
		}
		table[h] = k + 1
		maxProbe = max(maxProbe, probe)
	}
	fmt.Fprintf(&b, "// gazHash finds a name by its FNV-1a hash: open addressing, linear probing\n// (at most %d probes); an entry is a name index + 1, 0 is empty.\n", maxProbe)
	fmt.Fprintf(&b, "const gazHashMask = %d\n\n", size-1)
	fmt.Fprintf(&b, "var gazHash = [%d]uint16{", size)
	for i, v := range table {
		if i%20 == 0 {
			b.WriteString("\n\t")
		}
		fmt.Fprintf(&b, "%d, ", v)
	}
	b.WriteString("\n}\n\n")
	b.WriteString("// gazRefStart[k]:gazRefStart[k+1] are name k's references in gazRefs.\nvar gazRefStart = [...]uint16{")
	for i, s := range starts {
		if i%16 == 0 {
			b.WriteString("\n\t")
		}
		fmt.Fprintf(&b, "%d, ", s)
	}
	b.WriteString("\n}\n\n")
	b.WriteString("var gazRefs = [...]uint16{")
	for i, r := range refVals {
		if i%12 == 0 {
			b.WriteString("\n\t")
		}
		fmt.Fprintf(&b, "0x%04x, ", r)
	}
	b.WriteString("\n}\n")
	return b.Bytes()
}

// fnv1a is the 32-bit FNV-1a hash; gazFind in package patterns computes the
// same.
func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}
