package corpus

// Templates that carry personal values, per kind. Each template holds
// exactly one placeholder of its kind ($PHONE$, $EMAIL$, …; the …U forms are
// URL-safe) except the multi-item templates used by the Dense profile.
// Roughly two in three put a context word near the value (phone=, 연락처,
// 주민번호, email, 주소 …); the rest do not, and some glue a Korean particle
// to it (…$PHONE$로, …$RRN$이고).

const (
	kPhone = iota
	kEmail
	kRRN
	kFRN
	kAddr
	numKinds
)

var kindNames = [numKinds]string{KindPhone, KindEmail, KindRRN, KindFRN, KindAddress}

// kindCum: PHONE 35 %, EMAIL 25 %, RRN 15 %, FRN 10 %, ADDRESS 15 %.
var kindCum = cumulative(35, 25, 15, 10, 15)

type piiSet struct {
	app   []tmpl // app-log messages (also the msg of JSON app lines)
	batch []tmpl // Korean batch messages
	json  []tmpl // whole JSON lines
	other []tmpl // whole lines of other shapes (access, postfix); Log format only
}

var piiTemplates = [numKinds]piiSet{
	kPhone: {
		app: compileAll(
			"SMS 발송 요청 to=$PHONE$ template=ORDER_SHIPPED msgId=$hex16$",
			"휴대폰 본인인증 성공 phone=$PHONE$ memberNo=$id7$",
			"배송기사 연락처 $PHONE$ 배정 완료 주문 $ord$",
			"고객 콜백 요청 번호 $PHONE$로 상담 예약",
			"store contact updated tel=$PHONE$ storeId=$id5$",
			"callback requested $PHONE$ reason=ORDER_INQUIRY",
			"대표번호 변경 $PHONE$ partnerId=$id6$",
		),
		batch: compileAll(
			"[배치] 알림톡 발송 실패 수신번호 $PHONE$ (사유: 수신거부)",
			"[배치] 미수령 고객 안내 문자 발송 완료 - 연락처: $PHONE$",
			"[배치] 가맹점 대표번호 $PHONE$ 검증 완료",
		),
		json: compileAll(
			`{"ts":"$ts_iso$","level":"info","logger":"notification","msg":"알림톡 발송","receiver_phone":"$PHONE$","template":"ORDER_PAID","user_id":$id7$}`,
			`{"ts":$epoch_ms$,"event":"member.updated","member_no":$id7$,"mobile":"$PHONE$","trace_id":"$hex32$"}`,
			`{"time":"$ts_iso$","severity":"INFO","msg":"주문자 연락처 $PHONE$ 확인","order_id":"$ord$"}`,
		),
		other: compileAll(
			`$ip$ - - [$ts_nginx$] "GET /api/v1/auth/sms/send?phone=$PHONEU$&purpose=SIGNUP HTTP/1.1" 200 $bytes$ "-" "$ua$"`,
			`$ip$ - - [$ts_nginx$] "GET /api/v1/members/exists?mobile=$PHONEU$ HTTP/1.1" 200 $bytes$ "$ref$" "$ua$" $rt$`,
		),
	},
	kEmail: {
		app: compileAll(
			"login failed user=$EMAIL$ reason=BAD_CREDENTIALS ip=$ip$",
			"비밀번호 재설정 메일 발송 email=$EMAIL$ requestId=$uuid$",
			"회원가입 완료 아이디 $EMAIL$ memberNo=$id7$",
			"invoice sent to $EMAIL$ orderId=$ord$",
		),
		batch: compileAll(
			"[배치] 휴면 전환 예정 안내 메일 발송: $EMAIL$",
			"[배치] 반송 메일 처리 $EMAIL$ (550 user unknown)",
		),
		json: compileAll(
			`{"ts":"$ts_iso$","level":"info","msg":"newsletter subscribe","email":"$EMAIL$","source":"footer"}`,
			`{"ts":$epoch_ms$,"event":"member.signup","member_no":$id7$,"user_email":"$EMAIL$","marketing_agree":true}`,
		),
		other: compileAll(
			`$ip$ - - [$ts_nginx$] "GET /api/v1/members/check-email?email=$EMAILU$ HTTP/1.1" 200 $bytes$ "$ref$" "$ua$"`,
			"$ts_syslog$ mail-01 postfix/smtp[$pid$]: $qid$: to=<$EMAIL$>, relay=mx.example.com[$ip4$]:25, delay=$n1$.$n1$, dsn=2.0.0, status=sent (250 2.0.0 OK)",
		),
	},
	kRRN: {
		app: compileAll(
			"실명확인 요청 rrn=$RRN$ result=MATCH",
			"주민등록번호 $RRN$ 중복 가입 확인 memberNo=$id7$",
			"가입 신청 주민번호는 $RRN$이고 본인인증 대기",
			"identity verified $RRN$ status=OK",
			"보험 청약 접수 juminNo=$RRN$ productCode=$sku$",
		),
		batch: compileAll(
			"[배치] 실명인증 재처리 주민번호 $RRN$ 결과 FAIL",
			"[배치] 보험 청약 심사 대상 $RRN$ 등록",
		),
		json: compileAll(
			`{"ts":"$ts_iso$","level":"warn","msg":"본인확인 실패","jumin_no":"$RRN$","member_no":$id7$}`,
			`{"ts":$epoch_ms$,"event":"contract.signed","contract_id":"$uuid$","resident_no":"$RRN$"}`,
		),
	},
	kFRN: {
		app: compileAll(
			"외국인등록번호 $FRN$ 체류자격 확인 visa=E-9",
			"alien registration verified arn=$FRN$ nationality=VN",
			"외국인 고객 확인 $FRN$ 결과 정상",
		),
		batch: compileAll(
			"[배치] 외국인 체류기간 만료 안내 대상 등록번호 $FRN$",
		),
		json: compileAll(
			`{"ts":"$ts_iso$","level":"info","msg":"외국인 고객 등록","frn":"$FRN$","nationality":"CN"}`,
		),
	},
	kAddr: {
		app: compileAll(
			"배송지 변경 orderId=$ord$ address=$ADDR$",
			"주소 정제 완료 input=$ADDR$",
			"pickup point registered $ADDR$",
		),
		batch: compileAll(
			"[배치] 배송 출발 주문 $id6$ 도착지 $ADDR$",
			"[배치] 주소 검증 실패 건 재처리: $ADDR$",
		),
		json: compileAll(
			`{"ts":"$ts_iso$","level":"info","msg":"배송지 등록","member_no":$id7$,"shipping_address":"$ADDR$"}`,
			`{"ts":$epoch_ms$,"event":"order.created","order_id":"$ord$","receiver":{"address":"$ADDR$","memo":"문 앞에 놓아주세요"}}`,
		),
	},
}

// denseMulti are lines with several personal values, used by Dense.
var (
	denseMultiLog = compileAll(
		`{"ts":"$ts_iso$","level":"info","msg":"주문 접수","order_id":"$ord$","orderer":{"phone":"$PHONE$","email":"$EMAIL$"},"receiver":{"phone":"$PHONE$","address":"$ADDR$"}}`,
		"$ts_plain$  INFO $pid$ --- [$thread$] k.c.s.member.MemberService : 회원정보 변경 phone=$PHONE$ email=$EMAIL$",
		"[$ts_plain$] [배치] 고객 정보 동기화 주민번호 $RRN$ 연락처 $PHONE$",
		"$ts_plain$  INFO $pid$ --- [$thread$] k.c.s.insurance.ContractService : 청약자 $RRN$ 주소 $ADDR$",
	)
	denseMultiJSON = compileAll(
		`{"ts":"$ts_iso$","level":"info","msg":"주문 접수","order_id":"$ord$","orderer":{"phone":"$PHONE$","email":"$EMAIL$"},"receiver":{"phone":"$PHONE$","address":"$ADDR$"}}`,
		`{"ts":$epoch_ms$,"event":"member.updated","member_no":$id7$,"rrn":"$RRN$","mobile":"$PHONE$","email":"$EMAIL$"}`,
		`{"ts":"$ts_iso$","level":"info","msg":"외국인 고객 등록","frn":"$FRN$","phone":"$PHONE$","address":"$ADDR$"}`,
	)
)
