package corpus_test

import (
	"bytes"
	"fmt"

	"github.com/kpii/kpii/internal/corpus"
)

func ExampleGenerate() {
	b := corpus.Generate(corpus.Realistic, 1, 400)
	fmt.Printf("%d bytes, %d lines\n", len(b), bytes.Count(b, []byte("\n")))
	fmt.Print(string(b))
	// Output:
	// 542 bytes, 3 lines
	// {"ts":"2026-11-11T10:28:38.770+09:00","level":"info","msg":"[배치] 쿠폰 만료 처리 4건 / 실패 0건","job":"settlementDailyJob","run_id":"20260726-7014026"}
	// 2026-11-11T10:28:38.953+09:00 [scheduling-1] WARN com.zaxxer.hikari.pool.HikariPool - 보험 청약 접수 juminNo=090605-4433087 productCode=SKU-FM-33606 traceId=a42298e73ba5b65492b5d04897ae14fd spanId=17e3b9ae2b40516f
	// 2026-11-11 10:28:39.064  INFO 16478 --- [batch-task-6] k.c.s.batch.dormantMemberJob : [배치] 배송 상태 갱신 운송장 980562877746 → 배송완료
}

func ExampleSpec_GenerateLabelled() {
	spec := corpus.Spec{Profile: corpus.Dense, Seed: 3, Lines: 4}
	b, items := spec.GenerateLabelled()
	for _, it := range items {
		fmt.Printf("%-7s %s\n", it.Kind, b[it.Start:it.End])
	}
	// Output:
	// PHONE   070-6893-8575
	// FRN     180801-8549276
	// EMAIL   seodohyun-95@example.com
}
