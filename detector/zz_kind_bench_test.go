package detector

import "testing"

func BenchmarkZZKind(b *testing.B) {
	d := New()
	lines := map[string]string{
		"rrn":   `2026-11-11 10:28:39.064  INFO 16478 --- [batch-task-6] 보험 청약 접수 juminNo=090605-4433087 productCode=SKU-FM-33606`,
		"phone": `{"ts":"2026-11-11T10:28:40.468+09:00","level":"info","logger":"notification","msg":"알림톡 발송","receiver_phone":"016-249-3569","template":"ORDER_PAID"}`,
		"email": `2026-11-11 10:28:39.064  INFO 16478 --- [batch-task-6] 회원 가입 email=kim.minsu@example.co.kr channel=web`,
		"addr":  `2026-11-11 10:28:39.064  INFO 16478 --- [batch-task-6] 배송지 변경 경상북도 포항시 남구 희망대로 387 traceId=294df55114d`,
		"none":  `2026-11-11 10:28:39.064  INFO 16478 --- [batch-task-6] 배송지 변경 완료 productCode=SKU-FM-33606 traceId=294df55114d`,
	}
	for name, l := range lines {
		line := []byte(l)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				d.FindBytes(line)
			}
		})
	}
}
