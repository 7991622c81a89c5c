package corpus

import "strings"

// Line templates. A template is literal text with placeholders written
// $name$ (no template contains a literal '$'). Placeholders in lower case
// expand to look-alike values (timestamps, ids, amounts…); those in upper
// case plant a personal value and, when labelling, record an Item.
//
// Every message template is JSON-safe (no '"', '\' or control characters)
// so that it can be embedded in a JSON string as it is.

type ph uint8

const (
	phNone ph = iota
	// time
	phTsISO
	phTsPlain
	phTsNginx
	phTsSyslog
	phTsUTC
	phEpochMs
	phEpochS
	phYMD
	phDate
	// network
	phIP
	phIP4
	phPort
	// numbers
	phN1
	phN2
	phN3
	phN4
	phID5
	phID6
	phID7
	phID9
	phPID
	phCnt
	phAmt
	phAmtWon
	phAmtKRW
	phMs
	phSec
	phRT
	phBytes
	phStatus
	phMB
	// identifiers
	phUUID
	phHex8
	phHex16
	phHex32
	phSha7
	phQID
	phOrd
	phOrd2
	phEAN
	phSKU
	phTrack
	phVer
	phPod
	// words and sub-templates
	phMethod
	phPath
	phRef
	phUA
	phKw
	phThread
	phLogger
	phTopic
	phJob
	phHost
	phLvl
	phLvl5
	phJLvl
	phExcJ
	phFrame
	phAppMsg
	phBatchMsg
	// already masked values and invalid dummies (look-alikes)
	phMaskedPhone
	phMaskedRRN
	phDummyRRN
	// personal values
	phPhone
	phPhoneURL
	phEmail
	phEmailURL
	phRRN
	phFRN
	phAddr
)

var phNames = map[string]ph{
	"ts_iso": phTsISO, "ts_plain": phTsPlain, "ts_nginx": phTsNginx, "ts_syslog": phTsSyslog, "ts_utc": phTsUTC,
	"epoch_ms": phEpochMs, "epoch_s": phEpochS, "ymd": phYMD, "date": phDate,
	"ip": phIP, "ip4": phIP4, "port": phPort,
	"n1": phN1, "n2": phN2, "n3": phN3, "n4": phN4, "id5": phID5, "id6": phID6, "id7": phID7, "id9": phID9,
	"pid": phPID, "cnt": phCnt, "amt": phAmt, "amt_won": phAmtWon, "amt_krw": phAmtKRW, "ms": phMs, "sec": phSec,
	"rt": phRT, "bytes": phBytes, "status": phStatus, "mb": phMB,
	"uuid": phUUID, "hex8": phHex8, "hex16": phHex16, "hex32": phHex32, "sha7": phSha7, "qid": phQID,
	"ord": phOrd, "ord2": phOrd2, "ean": phEAN, "sku": phSKU, "track": phTrack, "ver": phVer, "pod": phPod,
	"method": phMethod, "path": phPath, "ref": phRef, "ua": phUA, "kw": phKw, "thread": phThread,
	"logger": phLogger, "topic": phTopic, "job": phJob, "host": phHost, "lvl": phLvl, "lvl5": phLvl5,
	"jlvl": phJLvl, "excj": phExcJ, "frame": phFrame, "amsg": phAppMsg, "bmsg": phBatchMsg,
	"mphone": phMaskedPhone, "mrrn": phMaskedRRN, "drrn": phDummyRRN,
	"PHONE": phPhone, "PHONEU": phPhoneURL, "EMAIL": phEmail, "EMAILU": phEmailURL,
	"RRN": phRRN, "FRN": phFRN, "ADDR": phAddr,
}

type part struct {
	lit string
	ph  ph
}

type tmpl []part

func compile(s string) tmpl {
	var t tmpl
	for {
		i := strings.IndexByte(s, '$')
		if i < 0 {
			return append(t, part{lit: s})
		}
		j := strings.IndexByte(s[i+1:], '$')
		if j < 0 {
			panic("corpus: unterminated placeholder in " + s)
		}
		name := s[i+1 : i+1+j]
		p, ok := phNames[name]
		if !ok {
			panic("corpus: unknown placeholder $" + name + "$")
		}
		t = append(t, part{lit: s[:i], ph: p})
		s = s[i+2+j:]
	}
}

func compileAll(ss ...string) []tmpl {
	ts := make([]tmpl, len(ss))
	for i, s := range ss {
		ts[i] = compile(s)
	}
	return ts
}

// ---- look-alike vocabulary ----

var (
	httpMethods = []string{"GET", "GET", "GET", "GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "HEAD"}
	httpStatus  = []string{"200", "200", "200", "200", "200", "200", "200", "200", "200", "200", "200", "200", "201", "204", "301", "302", "304", "304", "400", "401", "403", "404", "404", "429", "500", "502", "503"}

	userAgents = []string{
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
		"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
		"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
		"Mozilla/5.0 (Linux; Android 14; SM-S928N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39 Mobile Safari/537.36",
		"Mozilla/5.0 (Linux; Android 13; SM-G991N Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.102 Mobile Safari/537.36 NAVER(inapp; search; 2000; 12.8.3)",
		"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 KAKAOTALK 10.8.5",
		"Dalvik/2.1.0 (Linux; U; Android 14; SM-S918N Build/UP1A.231005.007)",
		"okhttp/4.12.0",
		"curl/8.5.0",
		"kube-probe/1.29",
		"Go-http-client/1.1",
		"Apache-HttpClient/4.5.14 (Java/17.0.9)",
		"python-requests/2.31.0",
		"Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)",
		"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
	}

	searchKeywords = []string{"%EB%85%B8%ED%8A%B8%EB%B6%81", "%EC%9A%B4%EB%8F%99%ED%99%94", "%EA%B2%A8%EC%9A%B8+%ED%8C%A8%EB%94%A9", "iphone+16", "airpods+pro", "nike+dunk", "galaxy+s25", "%EC%BA%A0%ED%95%91+%EC%9D%98%EC%9E%90"}

	topics  = []string{"order-events", "payment.approved", "member-signup", "inventory.changed", "delivery-status", "coupon.issued"}
	jobs    = []string{"settlementDailyJob", "dormantMemberJob", "couponExpireJob", "pointAccrualJob", "inventorySyncJob", "salesAggregateJob"}
	hosts   = []string{"web-01", "web-02", "api-prd-03", "api-prd-07", "batch-02", "mail-01", "ip-10-0-12-34"}
	loggers = []string{"k.c.s.order.OrderService", "k.c.s.payment.PaymentService", "k.c.s.member.MemberService", "k.c.s.delivery.DeliveryService",
		"k.c.s.notification.SmsSender", "k.c.s.common.filter.AccessLogFilter", "o.s.web.servlet.DispatcherServlet", "com.zaxxer.hikari.pool.HikariPool",
		"o.a.kafka.clients.consumer.KafkaConsumer", "k.c.s.batch.SettlementTasklet", "k.c.s.product.ProductQueryService", "k.c.s.auth.TokenService"}

	exceptions = compileAll(
		"java.lang.IllegalStateException: payment gateway timeout after $ms$ms",
		"org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_order_no]",
		"java.net.SocketTimeoutException: Read timed out",
		"kr.co.shop.common.BusinessException: 재고가 부족합니다 (sku=$sku$, 요청 $n1$, 재고 0)",
		`java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null`,
		"org.springframework.web.client.ResourceAccessException: I/O error on POST request for https://api.pg.example.com/v1/payments: Connect timed out",
	)
	// exceptionsJSON are JSON-safe.
	exceptionsJSON = compileAll(
		"java.lang.IllegalStateException: payment gateway timeout after $ms$ms",
		"java.net.SocketTimeoutException: Read timed out",
		"kr.co.shop.common.BusinessException: 재고가 부족합니다 (sku=$sku$, 요청 $n1$, 재고 0)",
		"org.springframework.orm.ObjectOptimisticLockingFailureException: Row was updated or deleted by another transaction",
	)
	causes = compileAll(
		"Caused by: java.net.SocketTimeoutException: Read timed out",
		"Caused by: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry 'ORD-$ymd$-$id6$' for key 'uk_order_no'",
		"Caused by: io.netty.channel.ConnectTimeoutException: connection timed out: api.pg.example.com/$ip4$:443",
	)
	frames = compileAll(
		"kr.co.shop.payment.PgClient.approve(PgClient.java:$n3$)",
		"kr.co.shop.payment.PaymentService.confirm(PaymentService.java:$n3$)",
		"kr.co.shop.order.OrderFacade.place(OrderFacade.java:$n3$)",
		"kr.co.shop.order.OrderController.create(OrderController.java:$n3$)",
		"org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:$n3$)",
		"jdk.internal.reflect.GeneratedMethodAccessor$n3$.invoke(Unknown Source)",
		"java.base/java.net.SocketInputStream.read(SocketInputStream.java:$n3$)",
		"org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:$n3$)",
		"com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:$n3$)",
		"org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:$n3$)",
	)

	threads = compileAll("http-nio-8080-exec-$n2$", "scheduling-1", "kafka-consumer-$n1$", "main", "ForkJoinPool.commonPool-worker-$n1$", "batch-task-$n1$", "lettuce-nioEventLoop-4-$n1$")

	paths = compileAll(
		"/api/v1/products/$id6$",
		"/api/v1/products/$id6$/reviews?page=$n2$&size=20",
		"/api/v2/orders/$ord$",
		"/api/v2/orders?status=PAID&from=$date$&to=$date$",
		"/api/v1/members/$id7$/coupons",
		"/api/v1/carts/$uuid$/items",
		"/api/v1/search?q=$kw$&page=$n1$&sort=price_asc",
		"/static/js/app.$hex8$.js",
		"/static/css/main.$hex8$.css",
		"/images/products/$id6$_$n1$.jpg",
		"/healthz",
		"/actuator/prometheus",
		"/favicon.ico",
		"/api/v1/payments/$hex16$/confirm",
		"/api/v1/delivery/tracking/$track$",
		"/v1/events?ts=$epoch_ms$&sid=$hex16$",
		"/api/v1/points/history?memberNo=$id7$&from=$ymd$&to=$ymd$",
		"/robots.txt",
		"/api/v1/orders/$ord2$/receipt",
		"/api/v1/products/$id6$?utm_source=naver&utm_medium=cpc&utm_campaign=$ymd$_$n2$",
		"/api/v1/barcodes/$ean$",
	)
	referrers = compileAll("-", "-", "-", "https://shop.example.co.kr/", "https://shop.example.co.kr/products/$id6$",
		"https://search.naver.com/search.naver?query=$kw$", "https://www.google.com/", "android-app://com.kakao.talk/", "https://m.shop.example.co.kr/cart")
)

// ---- messages (JSON-safe) ----

var (
	appMsgs = compileAll(
		"Order created orderId=$ord$ memberNo=$id7$ amount=$amt$ currency=KRW",
		"주문 생성 완료 orderId=$ord$ 결제금액 $amt_won$",
		"Payment approved pg=toss paymentKey=$hex16$ amount=$amt$ approvedAt=$ts_iso$",
		"결제 승인 완료 tid=$hex16$ 금액 $amt_krw$",
		"Cache miss key=product:$id6$ ttl=300s",
		"Request completed method=$method$ uri=/api/v1/products/$id6$ status=$status$ duration=$ms$ms",
		"HikariPool-1 - Pool stats (total=20, active=$n1$, idle=$n1$, waiting=0)",
		"Kafka poll topic=$topic$ partition=$n1$ offset=$id9$ records=$n3$ lag=$n2$",
		"Slow query detected sqlId=$hex8$ rows=$n3$ elapsed=$sec$",
		"Application started version=$ver$ build=$ymd$.$n3$ commit=$sha7$",
		"Member login success memberNo=$id7$ sessionId=$hex32$ ip=$ip$",
		"Scheduled job started job=$job$ runId=$ord2$",
		"Retrying request attempt=$n1$/3 backoff=$ms$ms target=$host$:$port$",
		"GC pause young=$ms$ms heap=$mb$MB/8192MB",
		"Coupon issued couponId=$id6$ memberNo=$id7$ discount=$amt_won$",
		"재고 차감 sku=$sku$ qty=$n1$ remain=$n3$",
		"Received webhook event=payment.done id=$uuid$ ts=$epoch_ms$",
		"Rate limit exceeded clientId=$hex8$ limit=100/min window=$epoch_s$",
		"Token refreshed memberNo=$id7$ expiresAt=$epoch_s$",
		"Barcode scanned ean=$ean$ store=$n4$ qty=$n1$",
		"Settlement chunk processed read=$cnt$ write=$cnt$ skip=0 elapsed=$ms$ms",
		"배송 알림 발송 수신자 $mphone$ 주문 $ord$",
		"본인확인 결과 저장 rrn=$mrrn$ result=Y memberNo=$id7$",
		"Upstream response status=$status$ upstream=$ip4$:$port$ rt=$rt$ bytes=$bytes$",
		"Delivery tracking updated invoiceNo=$track$ carrier=CJ status=IN_TRANSIT",
		"Price changed productId=$id6$ from=$amt$ to=$amt$ reason=PROMOTION_$ymd$",
	)
	// appMsgsRare are look-alikes that should be rare: invalid dummy numbers.
	appMsgsRare = compileAll(
		"Validation failed field=residentNo value=$drrn$ reason=INVALID_DATE",
	)
	errorMsgs = compileAll(
		"결제 승인 실패 orderId=$ord$ code=PG_TIMEOUT",
		"Unhandled exception uri=/api/v2/orders/$ord$ traceId=$hex32$",
		"Failed to publish event topic=$topic$ key=$uuid$",
		"Connection is not available, request timed out after $ms$ms (total=20, active=20, idle=0, waiting=$n2$)",
	)
	batchMsgs = compileAll(
		"[배치] 정산 처리 완료: $cnt$건, 소요 $ms$ms",
		"[배치] 주문 $id6$ 배송 시작",
		"[배치] 포인트 적립 $cnt$P 완료 (회원번호 $id7$)",
		"[배치] 쿠폰 만료 처리 $cnt$건 / 실패 0건",
		"[배치] 재고 동기화 완료 상품 $cnt$개, 소요 $sec$",
		"[배치] 알림톡 발송 $cnt$건 (성공 $cnt$ / 실패 $n1$)",
		"[배치] 일일 매출 집계 $ymd$ 총액 $amt_won$",
		"[배치] 휴면 계정 전환 대상 $cnt$명 처리",
		"[배치] 환불 처리 완료 주문번호 $ord2$ 금액 $amt_krw$",
		"[배치] 배송 상태 갱신 운송장 $track$ → 배송완료",
		"[배치] 회원 등급 산정 완료 VIP $cnt$명, GOLD $cnt$명",
		"[배치] 파티션 정리 삭제 $cnt$행 테이블 order_log_$ymd$",
		"[배치] 상품 가격 동기화 $cnt$건 반영, 버전 $ver$",
		"[배치] 결제 대사 불일치 $n1$건 orderId=$ord$ 차액 $amt_won$",
	)
)

// ---- line families (Log format) ----

var (
	accessLines = compileAll(
		`$ip$ - - [$ts_nginx$] "$method$ $path$ HTTP/1.1" $status$ $bytes$ "$ref$" "$ua$"`,
		`$ip$ - - [$ts_nginx$] "$method$ $path$ HTTP/2.0" $status$ $bytes$ "$ref$" "$ua$" $rt$`,
		`$ip$ - - [$ts_nginx$] "$method$ $path$ HTTP/1.1" $status$ $bytes$ "$ref$" "$ua$" rt=$rt$ uct="$rt$" uht="$rt$" urt="$rt$"`,
	)
	appLines = compileAll(
		"$ts_plain$ $lvl5$ $pid$ --- [$thread$] $logger$ : $amsg$",
		"$ts_iso$ [$thread$] $lvl$ $logger$ - $amsg$ traceId=$hex32$ spanId=$hex16$",
		"$ts_plain$ [$lvl$] [$thread$] $logger$:$n3$ - $amsg$",
	)
	jsonLines = compileAll(
		`{"ts":"$ts_iso$","level":"$jlvl$","logger":"$logger$","user_id":$id7$,"msg":"$amsg$","trace_id":"$hex32$","latency_ms":$n3$}`,
		`{"ts":$epoch_ms$,"level":"debug","event":"cart.updated","cart_id":"$uuid$","items":$n1$,"total":$amt$}`,
		`{"time":"$ts_iso$","severity":"INFO","service":"order-api","pod":"$pod$","msg":"$amsg$","order_id":"$ord$","amount":$amt$,"currency":"KRW"}`,
		`{"ts":"$ts_iso$","level":"warn","msg":"slow upstream","upstream":"$ip4$:$port$","elapsed_ms":$ms$,"retry":$n1$}`,
		`{"ts":$epoch_ms$,"type":"metric","name":"http_server_requests_seconds","value":$rt$,"tags":{"uri":"/api/v1/products","status":"$status$"}}`,
		`{"ts":"$ts_iso$","level":"info","msg":"$bmsg$","job":"$job$","run_id":"$ord2$"}`,
	)
	batchLines = compileAll(
		"[$ts_plain$] $bmsg$",
		"$ts_plain$ $lvl5$ $pid$ --- [batch-task-$n1$] k.c.s.batch.$job$ : $bmsg$",
	)
	logfmtLines = compileAll(
		`level=info ts=$ts_utc$ caller=server.go:$n3$ msg="request done" method=$method$ path=/api/v1/products/$id6$ status=$status$ dur=$ms$ms req_id=$hex16$`,
		`level=warn ts=$ts_utc$ caller=retry.go:$n2$ msg="retrying" attempt=$n1$ err="context deadline exceeded" upstream=$ip4$:$port$`,
		`level=info ts=$ts_utc$ caller=consumer.go:$n3$ msg="committed" topic=$topic$ partition=$n1$ offset=$id9$`,
	)
	syslogLines = compileAll(
		"$ts_syslog$ $host$ sshd[$pid$]: Accepted publickey for deploy from $ip4$ port $port$ ssh2",
		"$ts_syslog$ $host$ CRON[$pid$]: (root) CMD (/usr/local/bin/backup.sh --date $date$)",
		"$ts_syslog$ $host$ postfix/qmgr[$pid$]: $qid$: removed",
		"$ts_syslog$ $host$ kernel: [$id6$.$id6$] TCP: request_sock_TCP: Possible SYN flooding on port $port$. Sending cookies.",
		"$ts_syslog$ $host$ systemd[1]: Started Session $id5$ of User deploy.",
	)
	familyCum = cumulative(35, 25, 17, 10, 5, 3) // access, app, json, batch, logfmt, syslog
)

// ---- line families (JSONL format) ----

var (
	jAccessLines = compileAll(
		`{"time":"$ts_iso$","remote_addr":"$ip$","method":"$method$","uri":"$path$","status":$status$,"body_bytes_sent":$bytes$,"request_time":$rt$,"referer":"$ref$","user_agent":"$ua$"}`,
	)
	jAppLines = compileAll(
		`{"ts":"$ts_iso$","level":"$jlvl$","logger":"$logger$","thread":"$thread$","msg":"$amsg$","trace_id":"$hex32$","span_id":"$hex16$"}`,
		`{"t":"$ts_utc$","lvl":"$lvl$","m":"$amsg$","pid":$pid$,"host":"$host$"}`,
		`{"ts":$epoch_ms$,"level":"$jlvl$","service":"order-api","pod":"$pod$","msg":"$amsg$","duration_ms":$ms$}`,
	)
	jEventLines = compileAll(
		`{"event":"order.created","ts":$epoch_ms$,"order":{"id":"$ord$","items":[{"sku":"$sku$","qty":$n1$,"price":$amt$}],"amount":$amt$,"currency":"KRW"},"member_no":$id7$}`,
		`{"event":"payment.approved","ts":"$ts_iso$","payment_key":"$hex16$","order_id":"$ord2$","amount":$amt$,"method":"CARD","installment":0}`,
		`{"event":"delivery.updated","ts":$epoch_ms$,"invoice_no":"$track$","status":"IN_TRANSIT","hub":"$n2$"}`,
	)
	jBatchLines = compileAll(
		`{"ts":"$ts_iso$","level":"info","job":"$job$","run_id":"$ord2$","msg":"$bmsg$"}`,
	)
	jErrorLines = compileAll(
		`{"ts":"$ts_iso$","level":"error","logger":"$logger$","msg":"$amsg$","error":"$excj$","stack":"$frame$\n\tat $frame$\n\tat $frame$\n\tat $frame$\n\t... $n2$ more"}`,
	)
	jMetricLines = compileAll(
		`{"ts":$epoch_ms$,"type":"metric","name":"jvm_memory_used_bytes","value":$id9$,"tags":{"area":"heap","host":"$host$"}}`,
		`{"ts":$epoch_ms$,"type":"metric","name":"http_server_requests_seconds","value":$rt$,"tags":{"uri":"/api/v2/orders","status":"$status$"}}`,
	)
	jFamilyCum = cumulative(35, 30, 15, 10, 5, 5) // access, app, event, batch, error, metric
)
