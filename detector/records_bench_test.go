package detector_test

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/kpii/kpii/detector"
)

// benchCustomer is a typical record: identifiers, contact data, and the
// bookkeeping fields around them that hold nothing personal.
type benchCustomer struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email"`
	Phone    string            `json:"phone"`
	Jumin    string            `json:"jumin"`
	Address  benchAddress      `json:"address"`
	Tags     []string          `json:"tags"`
	Score    float64           `json:"score"`
	Active   bool              `json:"active"`
	Memo     string            `json:"memo"`
	Attrs    map[string]string `json:"attrs"`
	Orders   []int             `json:"orders"`
	Created  string            `json:"created"`
	Referrer string            `json:"referrer"`
}

type benchAddress struct {
	Zip    string `json:"zip"`
	City   string `json:"city"`
	Street string `json:"street"`
}

func benchCustomers(n int) []benchCustomer { return genCustomers(n, false) }

// genCustomers builds n records; clean ones hold no personal information.
func genCustomers(n int, clean bool) []benchCustomer {
	rng := rand.New(rand.NewPCG(21, 22))
	out := make([]benchCustomer, n)
	for i := range out {
		out[i] = benchCustomer{
			ID: i, Name: "홍길동", Email: "hong@naver.com", Phone: "010-1234-5678", Jumin: "9601211021414",
			Address: benchAddress{Zip: "06236", City: "서울특별시", Street: "테헤란로 123"},
			Tags:    []string{"vip", "newsletter"}, Score: float64(rng.IntN(1000)) / 10, Active: i%2 == 0,
			Memo:    fmt.Sprintf("주문번호 2024%08d 배송 완료", rng.IntN(1e8)),
			Attrs:   map[string]string{"channel": "web", "campaign": "spring-2024", "ua": "Mozilla/5.0"},
			Orders:  []int{rng.IntN(1e6), rng.IntN(1e6), rng.IntN(1e6)},
			Created: "2024-03-15T14:32:11.123Z", Referrer: "https://example.com/landing?utm_source=mail",
		}
		if i%4 == 3 || clean {
			out[i].Email, out[i].Phone, out[i].Jumin = "", "", "" // not every record is complete
		}
		if clean {
			// A street under "street" and a code under "zip" are addresses.
			out[i].Address.Zip, out[i].Address.Street = "", ""
		}
	}
	return out
}

var benchSizes = []int{1 << 10, 64 << 10, 1 << 20}

func sizeName(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%dMiB", n>>20)
	}
	return fmt.Sprintf("%dKiB", n>>10)
}

// customersFor returns records whose JSON encoding is about size bytes.
func customersFor(size int, clean bool) ([]benchCustomer, []byte) {
	one, _ := json.Marshal(genCustomers(1, clean))
	n := max(1, size/len(one))
	cs := genCustomers(n, clean)
	doc, err := json.Marshal(cs)
	if err != nil {
		panic(err)
	}
	return cs, doc
}

func BenchmarkFindJSON(b *testing.B) {
	d := detector.New()
	for _, size := range benchSizes {
		_, doc := customersFor(size, false)
		b.Run(sizeName(size), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			for b.Loop() {
				fs, err := d.FindJSON(doc)
				if err != nil || len(fs) == 0 {
					b.Fatal(err, len(fs))
				}
			}
		})
	}
	_, clean := customersFor(1<<20, true)
	b.Run("clean-1MiB", func(b *testing.B) {
		b.SetBytes(int64(len(clean)))
		b.ReportAllocs()
		for b.Loop() {
			if fs, err := d.FindJSON(clean); err != nil || len(fs) != 0 {
				b.Fatal(err, len(fs))
			}
		}
	})
}

// BenchmarkFindValue measures throughput against the size of the value's
// JSON encoding, so that its MB/s compare with BenchmarkFindJSON's.
func BenchmarkFindValue(b *testing.B) {
	d := detector.New()
	for _, size := range benchSizes {
		cs, doc := customersFor(size, false)
		b.Run(sizeName(size), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			for b.Loop() {
				fs, err := d.FindValue(cs)
				if err != nil || len(fs) == 0 {
					b.Fatal(err, len(fs))
				}
			}
		})
	}
	clean, doc := customersFor(1<<20, true)
	b.Run("clean-1MiB", func(b *testing.B) {
		b.SetBytes(int64(len(doc)))
		b.ReportAllocs()
		for b.Loop() {
			if fs, err := d.FindValue(clean); err != nil || len(fs) != 0 {
				b.Fatal(err, len(fs))
			}
		}
	})
}

// BenchmarkScan streams 64 MiB of generated log lines (one line in eight
// carries an item) through Scan; FindBytes on one 1 MiB block of the same
// lines is the reference.
func BenchmarkScan(b *testing.B) {
	d := detector.New()
	block := genLog(rand.New(rand.NewPCG(5, 6)), 1<<20)
	const total = 64 << 20
	b.Run("logs-64MiB", func(b *testing.B) {
		b.SetBytes(total)
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			err := d.Scan(&repeatReader{block: block, total: total, next: 1 << 62}, func(detector.Finding) error {
				n++
				return nil
			})
			if err != nil || n == 0 {
				b.Fatal(err, n)
			}
		}
	})
	clean := genCleanLog(1 << 20)
	b.Run("clean-64MiB", func(b *testing.B) {
		b.SetBytes(total)
		b.ReportAllocs()
		for b.Loop() {
			err := d.Scan(&repeatReader{block: clean, total: total, next: 1 << 62}, func(detector.Finding) error {
				return fmt.Errorf("unexpected finding")
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("FindBytes-logs-1MiB", func(b *testing.B) {
		b.SetBytes(int64(len(block)))
		b.ReportAllocs()
		for b.Loop() {
			if len(d.FindBytes(block)) == 0 {
				b.Fatal("no findings")
			}
		}
	})
}

func genCleanLog(n int) []byte {
	rng := rand.New(rand.NewPCG(7, 8))
	var out []byte
	for len(out) < n {
		out = fmt.Appendf(out, "2024-03-15T14:%02d:%02d.%03dZ INFO svc=order-api GET /api/v1/orders?page=%d 200 %dms 정산 완료 ua=\"Mozilla/5.0\"\n",
			rng.IntN(60), rng.IntN(60), rng.IntN(1000), rng.IntN(10), rng.IntN(900))
	}
	return out
}

var _ io.Reader = (*repeatReader)(nil)
