package patterns

// Match is a candidate span found by a matcher, after validation and
// before context scoring: the detector turns a Match into a Finding by
// weighing its Evidence against the words around it.
type Match struct {
	Kind       Kind
	Start, End int      // byte offsets into the text given to the matcher
	Evidence   Evidence // what the matcher and validator established
}

// Evidence is a set of facts a matcher established about a candidate. The
// detector's confidence policy reads it; Findings explain themselves with it.
type Evidence uint16

// Evidence bits.
const (
	// EvidenceChecksumOK: a check digit exists and holds.
	EvidenceChecksumOK Evidence = 1 << iota
	// EvidenceChecksumFailed: a check digit exists and fails. Not fatal for
	// RRN/FRN (numbers issued since 2020-10 have a random tail).
	EvidenceChecksumFailed
	// EvidenceCanonical: written in the identifier's usual separated shape
	// (YYMMDD-NNNNNNN, 010-1234-5678, a road-name address with its units).
	EvidenceCanonical
	// EvidenceBare: a bare digit run with no separators.
	EvidenceBare
	// EvidenceStrong: more structure than the minimum (an address with its
	// 시/도 and 시/군/구, a phone written with +82).
	EvidenceStrong
	// EvidenceWeak: less structure than usual (an address without its
	// 시/군/구, a legacy 01X mobile); reported at a lower confidence.
	EvidenceWeak
	// EvidenceNeedsContext: the shape alone is too common to report; the
	// detector reports it only with a context word or a telling field name.
	EvidenceNeedsContext
	// EvidenceLookalike: the span also fits a known look-alike (a timestamp,
	// an order id, a barcode, a corporate number); confidence is lowered.
	EvidenceLookalike
	// EvidenceCorporateShape: a resident or foreigner number whose 13 digits
	// also satisfy the 법인등록번호 rules (type code and check digit), as
	// about one in forty do; a corporate context word makes it a CRN.
	EvidenceCorporateShape
	// EvidenceFragment: a part of an identifier standing alone (a postal
	// code without its address), which identifies nobody by itself; the
	// detector reports it at Low, whatever the context.
	EvidenceFragment
)

var evidenceNames = [...]string{
	"checksum ok", "checksum failed", "canonical shape", "bare digits",
	"strong structure", "weak structure", "needs context", "look-alike",
	"corporate shape", "fragment",
}

// String lists the set's facts, comma-separated, in bit order.
func (e Evidence) String() string {
	s := ""
	for i, name := range evidenceNames {
		if e&(1<<i) != 0 {
			if s != "" {
				s += ", "
			}
			s += name
		}
	}
	return s
}

// Has reports whether every bit of f is in e.
func (e Evidence) Has(f Evidence) bool { return e&f == f }
