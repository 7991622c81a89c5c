#!/usr/bin/env python3
"""Generates more_kinds.jsonl: positives and look-alike negatives for the
identifiers beyond the mission kinds (PASSPORT, DRIVER_LICENSE, BRN, CRN,
CARD, BANK_ACCOUNT, HEALTH_INSURANCE).

    python3 testdata/eval/more_kinds_gen.py > testdata/eval/more_kinds.jsonl

Deterministic (fixed seed). Every number is synthetic with the check digit
computed here, independently of kpii's Go code, or a published corporate
number / card-network test number from the formats reference (§7). Spans
are UTF-8 byte offsets computed from the pieces the text is built from and
checked to decode back to them. The labelling rules are in README.md.
"""
import json
import random
import sys
from datetime import date

rng = random.Random(20261123)

# ---------------------------------------------------------------- checks --


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + int(d9[8]) * 5 // 10
    return str((10 - s % 10) % 10)


def brn_valid(d):
    return (len(d) == 10 and int(d[:3]) >= 101 and d[3:5] != "00" and d[5:9] != "0000"
            and brn_check(d[:9]) == d[9])


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(body):
    return next(body + c for c in "0123456789" if luhn_ok(body + c))


CRN_TYPES = set([11, 12, 13, 14, 15, 21, 22, 71] + list(range(31, 54)) + list(range(81, 87)))


def crn_check(d12):
    s = sum(int(d12[i]) * (1 if i % 2 == 0 else 2) for i in range(12))
    return str((10 - s % 10) % 10)


def crn_valid(d):
    return len(d) == 13 and int(d[4:6]) in CRN_TYPES and crn_check(d[:12]) == d[12]


def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return str((11 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10)


def rrn_date_ok(d):
    """Whether 13 digits have the birth date and 7th digit of an RRN/FRN."""
    g = d[6]
    century = {"9": 1800, "0": 1800, "1": 1900, "2": 1900, "5": 1900, "6": 1900,
               "3": 2000, "4": 2000, "7": 2000, "8": 2000}[g]
    try:
        born = date(century + int(d[:2]), int(d[2:4]), int(d[4:6]))
    except ValueError:
        return False
    return born <= date(2026, 11, 23)


def digits(s):
    return "".join(c for c in s if c.isdigit())


def grp(d, sizes, sep="-"):
    out, k = [], 0
    for n in sizes:
        out.append(d[k:k + n])
        k += n
    if k < len(d):
        out.append(d[k:])
    return sep.join(out)


def rnd(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def card_network_ok(d):
    p2, p4 = int(d[:2]), int(d[:4])
    if d[0] == "4":
        return 16 <= len(d) <= 19
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return len(d) == 16
    if p2 in (34, 37):
        return len(d) == 15
    if 3528 <= p4 <= 3589:
        return 16 <= len(d) <= 19
    if 300 <= int(d[:3]) <= 305 or p4 == 3095 or p2 in (36, 38, 39):
        return 14 <= len(d) <= 16
    if d[0] in "56":
        return 16 <= len(d) <= 19
    if d[0] == "9":
        return len(d) == 16
    return False


def is_card(d):
    return 14 <= len(d) <= 19 and card_network_ok(d) and luhn_ok(d)


def phoneish(d):
    """Digit strings kpii's phone matcher could take: avoid them in
    numbers of other kinds."""
    return d.startswith("0") or (len(d) == 8 and d[:2] in ("15", "16", "18"))


# -------------------------------------------------------------- numbers --

REGIONS = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29]
REGION_NAMES = ["서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "대구", "인천",
                "광주", "대전", "울산"]


def make_passport(new=None, letter=None):
    letter = letter or rng.choice("MMMMMMSRDOG")
    new = rng.random() < 0.5 if new is None else new
    if new:
        return letter + rnd(3) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rnd(4)
    return letter + rnd(8)


def make_dl(region=None):
    region = region or rng.choice(REGIONS)
    return f"{region:02d}" + rnd(10)


def make_brn(types=None):
    while True:
        t = rng.choice(types) if types else rng.choice([81, 81, 86, 86, 88, 85, 82, 1, 5, 13, 21, 37, 42, 90, 91, 99])
        d9 = f"{rng.randint(101, 899):03d}{t:02d}{rng.randint(1, 9999):04d}"
        d = d9 + brn_check(d9)
        if d[:9] != "123456789":
            return d


OFFICES = ["1101", "1301", "1201", "1311", "1345", "1144", "1601", "1801", "2001", "1746", "1946", "1358", "1153"]


def make_crn(types=None):
    while True:
        t = rng.choice(types or [11, 11, 11, 11, 13, 21, 22, 31, 71, 81, 84])
        d12 = rng.choice(OFFICES) + f"{t:02d}" + "0" + rnd(5)  # serials start 0: 1800s-shaped, never an RRN
        d = d12 + crn_check(d12)
        if crn_valid(d):
            return d


def make_card(kind):
    if kind == "visa":
        body = "4" + rnd(14)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + rnd(13)
    elif kind == "mc2":
        body = str(rng.randint(2221, 2720)) + rnd(11)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + rnd(12)
    elif kind == "jcb":
        body = str(rng.randint(3528, 3589)) + rnd(11)
    elif kind == "diners":
        body = "36" + rnd(11)
    elif kind == "unionpay":
        body = "62" + rnd(13)
    elif kind == "domestic":
        body = "94" + rnd(13)
    else:
        raise ValueError(kind)
    return luhn_complete(body)


def card_fmt(d, sep="-"):
    if len(d) == 15:
        return grp(d, [4, 6, 5], sep)
    if len(d) == 14:
        return grp(d, [4, 6, 4], sep)
    return grp(d, [4, 4, 4, 4], sep)


def make_account(shape):
    """A synthetic account number in one of the bank groupings of §7.6,
    avoiding the shapes of other kinds."""
    while True:
        if shape == "kakao":
            d = rng.choice(["3333", "3333", "3355"]) + rnd(9)
            s = grp(d, [4, 2, 7])
        elif shape == "shinhan":
            d = "110" + rnd(9)
            s = grp(d, [3, 3, 6])
        elif shape == "woori":
            d = "1002" + rnd(9)
            s = grp(d, [4, 3, 6])
        elif shape == "hana":
            d = str(rng.randint(100, 999)) + rnd(11)
            s = grp(d, [3, 6, 5])
        elif shape == "kb":
            d = str(rng.randint(100000, 999999)) + rnd(8)
            s = grp(d, [6, 2, 6])
        elif shape == "nh":
            d = "3" + rnd(12)
            s = grp(d, [3, 4, 4, 2])
        elif shape == "ibk":
            d = str(rng.randint(100, 999)) + rnd(11)
            s = grp(d, [3, 6, 2, 3])
        elif shape == "toss":
            d = "1000" + rnd(8)
            s = grp(d, [4, 4, 4])
        elif shape == "bare":
            n = rng.choice([10, 11, 12, 13, 14])
            d = str(rng.randint(1, 9)) + rnd(n - 1)
            s = d
        else:
            raise ValueError(shape)
        if phoneish(d) or is_card(d) or (len(d) == 13 and rrn_date_ok(d)) or (len(d) == 13 and crn_valid(d)):
            continue
        if len(d) == 10 and brn_valid(d):
            continue
        if len(d) == 12 and int(d[:2]) in REGIONS and shape == "bare":
            continue  # would also be a bare driver licence
        return s


def make_health():
    while True:
        d = str(rng.randint(1, 9)) + rnd(10)
        if not phoneish(d):
            return d


# --------------------------------------------------------------- cases --

cases = []


def case(parts, tags, note):
    text, spans, off = "", [], 0
    for p in parts:
        if isinstance(p, tuple):
            kind, value = p
            b = value.encode()
            spans.append({"kind": kind, "start": off, "end": off + len(b)})
            text += value
            off += len(b)
        else:
            text += p
            off += len(p.encode())
    enc = text.encode()
    for sp, p in zip(spans, [p for p in parts if isinstance(p, tuple)]):
        assert enc[sp["start"]:sp["end"]].decode() == p[1]
    cases.append({"id": "kinds-%03d" % (len(cases) + 1), "text": text, "spans": spans, "tags": tags, "note": note})


P, DL, B, C, K, A, H = "PASSPORT", "DRIVER_LICENSE", "BRN", "CRN", "CARD", "BANK_ACCOUNT", "HEALTH_INSURANCE"

# PASSPORT ----------------------------------------------------------------
passport_pos = [
    ("여권번호 ", "", ["korean", "form"]),
    ("여권 번호: ", " 입니다", ["korean", "chat"]),
    ("고객님 여권번호는 ", "이고 만료일은 2031-05-02입니다.", ["korean", "chat", "particle"]),
    ("passport no. ", "", ["english"]),
    ("Passport Number: ", ", expiry 2030-01-31", ["english", "form"]),
    ('{"passport_no":"', '","nationality":"KOR"}', ["json"]),
    ("passport=", "&name=HONG", ["url"]),
    ("[출국심사] 대한민국 여권 ", " 확인 완료", ["korean", "log"]),
    ("여권정보 변경: ", " → 재발급", ["korean", "log"]),
    ("한국 여권 번호 ", "로 예약했어요", ["korean", "chat", "particle"]),
    ("INSERT INTO traveler (name, passport) VALUES ('KIM', '", "');", ["sql", "english"]),
    ("여권,", ",2029-12-31", ["csv"]),
]
for i in range(36):
    before, after, tags = passport_pos[i % len(passport_pos)]
    new = i % 2 == 0
    letter = "MSRDOG"[i % 6] if i % 3 == 0 else None
    num = make_passport(new=new, letter=letter)
    case([before, (P, num), after], tags + ["context", "passport-new" if new else "passport-old"],
         "passport number next to a passport word")
passport_neg = [
    "품번 {p} 재고 3개",
    "part no {p} qty 12",
    "모델 {p} 출시",
    "주문 ORD {p} 접수",
    "SKU={p}&color=black",
    "여권번호 A12345678",
    "여권번호 K123A4567",
    "여권 m12345678",
    "여권번호 M123456789",
    "여권번호 M1234567",
    "여권 번호 XM12345678",
    "여권번호 M*****678",
    "여권번호 M123 A4567",
    "passport: M123-A4567",
    "passport: M1234A567",
    "여권 케이스 품번 {p}",
    "serial {p} firmware 2.3.1",
    "invoice {p} paid",
    "열차 {p}호차",
    "booking ref {p}",
    "coupon {p} applied",
    "여권 케이스 모델 {p}",
]
for t in passport_neg:
    text = t.replace("{p}", make_passport())
    case([text], ["lookalike", "passport"], "passport shape without a passport word, or a near miss next to one")

# DRIVER_LICENSE ----------------------------------------------------------
dl_pos_ctx = [
    ("운전면허번호 ", "", ["korean", "form"]),
    ("면허번호: ", " (1종 보통)", ["korean", "form"]),
    ("driver's license no ", "", ["english"]),
    ('{"dl_no":"', '"}', ["json"]),
    ("운전면허증 ", "으로 본인확인", ["korean", "particle"]),
]
for i in range(12):
    before, after, tags = dl_pos_ctx[i % len(dl_pos_ctx)]
    d = make_dl()
    case([before, (DL, grp(d, [2, 2, 6, 2])), after], tags + ["context", "dashed"], "licence number with a valid region code")
for i in range(8):
    d = make_dl()
    before = rng.choice(["렌터카 예약자 ", "ID ", "확인: ", "Rental driver ", "기사 "])
    case([before, (DL, grp(d, [2, 2, 6, 2])), " 등록"], ["no-context", "dashed"],
         "dashed RR-YY-NNNNNN-CD with a valid region code is reported without context")
for i in range(6):
    name = rng.choice(REGION_NAMES)
    num = name + rng.choice([" ", ""]) + grp(rnd(10), [2, 6, 2])
    case(["구 면허증: ", (DL, num)], ["name-form", "context"], "pre-2014 licence with a region name")
for i in range(4):
    name = rng.choice(REGION_NAMES)
    num = name + " " + grp(rnd(10), [2, 6, 2])
    case([(DL, num), " 재발급 신청"], ["name-form", "no-context"], "pre-2014 form: the region name makes it specific")
for i in range(4):
    d = make_dl()
    case(["면허번호 ", (DL, d)], ["bare", "context"], "bare 12 digits with a licence word")
for i in range(3):
    d = make_dl()
    case(["운전면허 ", (DL, grp(d, [2, 2, 6, 2], " "))], ["spaced", "context"], "space-separated with a licence word")
dl_neg = [
    "면허번호 99-22-{s}-12", "면허번호 27-05-{s}-01", "면허번호 00-12-{s}-34", "면허번호 30-15-{s}-11",
    "면허번호 11-22-12345-12", "면허번호 11-22-{s}-123", "면허번호 111-22-{s}-12",
    "ID {b}", "tracking {b} delivered", "{sp} 출고", "ref 11-22-{s}-12-3",
    "면허번호 11-22-******-78", "운전면허 11-22-{s}", "서울특별시 12-{s}-90 건",
    "일본 면허 {j}", "parcel {b} shipped", "버전 12-34-{s}-56-78", "면허번호 1-22-{s}-12",
    "order 21-03-{s}-07-1", "전화 11-22-33",
]
for t in dl_neg:
    s = rnd(6)
    b = make_dl()
    text = t.replace("{s}", s).replace("{b}", b).replace("{sp}", grp(make_dl(), [2, 2, 6, 2], " ")).replace("{j}", "3" + rnd(11))
    case([text], ["lookalike", "driver-license"], "licence shape with a wrong region, length or layout, or a bare/spaced one without a licence word")

# BRN ----------------------------------------------------------------------
public_brn = ["124-81-00998", "116-82-00276", "134-86-72683", "211-86-08983", "104-86-56659", "104-82-13138"]
brn_ctx = [
    ("사업자등록번호: ", "", ["korean", "form"]),
    ("(주)예시상사 사업자번호 ", " 대표 홍길동", ["korean", "footer"]),
    ("상호: 한빛상점 | 사업자등록번호 ", " | 통신판매업신고 제2024-서울강남-0001호", ["korean", "footer"]),
    ("Business Registration Number ", "", ["english"]),
    ('{"bizr_no":"', '","corp_name":"예시"}', ["json"]),
    ("공급자 등록번호 ", " 세금계산서", ["korean", "invoice"]),
]
for i, n in enumerate(public_brn):
    before, after, tags = brn_ctx[i % len(brn_ctx)]
    case([before, (B, n), after], tags + ["public", "context"], "public corporate BRN (formats reference §7.3)")
for i in range(20):
    before, after, tags = brn_ctx[i % len(brn_ctx)]
    case([before, (B, grp(make_brn(), [3, 2, 5])), after], tags + ["context"], "synthetic BRN, NTS check digit valid")
for i in range(6):
    case(["공급받는자 ", (B, grp(make_brn(), [3, 2, 5])), " (주)"], ["no-context"], "dashed BRN with a valid check digit needs no context")
for i in range(4):
    case(["사업자번호 ", (B, make_brn())], ["bare", "context"], "bare BRN with a context word")
case(["사업자등록번호 ", (B, "220 88 69974")], ["spaced", "context"], "space-separated BRN from python-stdnum's list, with context")
brn_neg = [
    "사업자등록번호 104-86-56658", "사업자등록번호 123-45-67890", "사업자등록번호 100-86-08983", "사업자등록번호 211-00-08983",
    "사업자등록번호 211-86-00003", "사업자등록번호 206-18-12345", "사업자등록번호 110-81-4127", "123-45-67891",
    "SSN 123-45-6789", "사업자등록번호 124-81-***98", "doc {bad}", "ID {bare}", "serial {bare} ok",
    "{good}-01 재고", "사업자 220 88 69975", "주문번호 {good}", "ref {bad} 참조", "no 124-81-009981",
    "invoice 104-86-5665", "예시: 000-00-00000",
]
for t in brn_neg:
    while True:
        bad = rnd(3) + "-" + rnd(2) + "-" + rnd(5)
        if not brn_valid(digits(bad)) and not digits(bad).startswith("0"):
            break
    text = t.replace("{bad}", bad).replace("{bare}", make_brn()).replace("{good}", grp(make_brn(), [3, 2, 5]))
    case([text], ["lookalike", "brn"], "BRN shape failing a rule, a placeholder, masked, or bare without a context word")

# CRN ----------------------------------------------------------------------
public_crn = ["130111-0006246", "110111-2487050", "110111-4594952", "110111-6638542", "131111-0541796", "1101110414758"]
crn_ctx = [
    ("법인등록번호 ", "", ["korean", "form"]),
    ("법인번호: ", " (등기부 기준)", ["korean"]),
    ('{"jurir_no":"', '"}', ["json"]),
    ("corporate registration number ", "", ["english"]),
]
for i, n in enumerate(public_crn):
    before, after, tags = crn_ctx[i % len(crn_ctx)]
    case([before, (C, n), after], tags + ["public", "context"], "public CRN (formats reference §7.4)")
for i in range(20):
    before, after, tags = crn_ctx[i % len(crn_ctx)]
    d = make_crn()
    case([before, (C, grp(d, [6, 7])), after], tags + ["context"], "synthetic CRN, type code and check digit valid")
for i in range(6):
    case(["등기 ", (C, grp(make_crn(), [6, 7])), " 참조"], ["no-context"], "dashed CRN needs no context")
crn_neg = [
    "법인등록번호 130111-0006245", "법인등록번호 130111-0006247", "법인등록번호 110111-0006249", "법인등록번호 134153-4433453",
    "법인등록번호 130199-0006242", "법인등록번호 130111-000624", "법인번호 110111-*******", "id {bare}", "ts={bare}",
    "법인등록번호 {badtype}", "ref {bad}", "법인등록번호 {bad}", "order {bare}", "barcode {bare}",
    "법인번호 1301110006245", "법인 130111-00062461", "법인 1-130111-0006246", "법인등록번호 130111-0006246-1",
    "법인등록번호 {bad}", "법인등록번호 {badtype}",
]
for t in crn_neg:
    while True:
        bad = make_crn()
        bad = bad[:12] + str((int(bad[12]) + 1 + rng.randint(0, 8)) % 10)
        if not crn_valid(bad):
            break
    badtype = rng.choice(OFFICES) + "99" + "0" + rnd(5)
    badtype += crn_check(badtype)
    text = t.replace("{bare}", make_crn()).replace("{bad}", grp(bad, [6, 7])).replace("{badtype}", grp(badtype, [6, 7]))
    case([text], ["lookalike", "crn"], "CRN shape failing its check digit or type table, masked, continued, or bare without a context word")

# CARD ---------------------------------------------------------------------
card_ctx = [
    ("카드번호 ", "", ["korean", "form"]),
    ("결제카드: ", " (일시불)", ["korean", "log"]),
    ("card_number=", "&exp=12/28", ["url"]),
    ('{"pan":"', '","exp":"0328"}', ["json"]),
    ("신용카드 ", "로 결제했어요", ["korean", "chat", "particle"]),
    ("Card ", " declined", ["english", "log"]),
]
networks = ["visa", "visa", "mc", "mc2", "amex", "jcb", "diners", "unionpay", "domestic", "domestic"]
for i in range(24):
    before, after, tags = card_ctx[i % len(card_ctx)]
    net = networks[i % len(networks)]
    d = make_card(net)
    sep = rng.choice(["-", " ", ""])
    s = d if sep == "" else card_fmt(d, sep)
    case([before, (K, s), after], tags + ["context", net], "Luhn-valid PAN with a network prefix")
for i in range(10):
    net = networks[(i + 3) % len(networks)]
    d = make_card(net)
    s = card_fmt(d, "-") if i % 2 else d
    case(["승인 ", (K, s), " 완료"], ["no-context", net], "Luhn-valid PANs do not need context")
for n in ["4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005", "9410-1234-5678-9010", "9440 1234 5678 9014"]:
    case(["test card ", (K, n)], ["reference", "no-context"], "card examples of the formats reference §7.5")
case(["카드번호 ", (K, "9410-1234-5678-9012")], ["domestic", "luhn-fail", "context"],
     "Korean domestic 9-prefix card whose Luhn digit fails: reported with a card word (reference §7.5)")
card_neg = [
    "카드번호 4111-1111-1111-1112", "1234-5678-9012-3456", "카드 4111-11**-****-1111", "카드번호 9410-1234-****-9010",
    "카드 411111******1111", "카드번호 4111-1111-1111", "주문번호 {luhn}", "id 9410-1234-5678-9012", "IMEI 356938035643809",
    "운송장 1234 5678 9012", "카드 {luhn}-2222", "hash x{luhn}", "카드번호 {fail}", "ts {long}",
    "카드 5555-55●●-●●●●-4444", "approval 12345678", "카드 7111-1111-1111-1114", "order_no={luhn}",
    "trace {fail}", "카드 **** **** **** 1111",
]
for t in card_neg:
    luhn = make_card("visa")
    while True:
        fail = "4" + rnd(15)
        if not luhn_ok(fail):
            break
    text = t.replace("{luhn}", luhn).replace("{fail}", card_fmt(fail)).replace("{long}", "1" + rnd(18))
    case([text], ["lookalike", "card"], "Luhn failure, masked PAN, wrong issuer or length, or a PAN an order/trace label claims")

# BANK_ACCOUNT ---------------------------------------------------------------
acct_ctx = [
    ("입금계좌 ", " 예금주 홍길동", "shinhan", ["korean", "form"]),
    ("신한은행 ", "", "shinhan", ["korean"]),
    ("우리은행 ", "으로 보내주세요", "woori", ["korean", "chat", "particle"]),
    ("하나은행 계좌 ", "", "hana", ["korean"]),
    ("국민은행 ", " (예금주: 김민수)", "kb", ["korean"]),
    ("농협 ", " 입금 부탁드립니다", "nh", ["korean", "chat"]),
    ("IBK기업은행 ", "", "ibk", ["korean"]),
    ("토스뱅크 ", "", "toss", ["korean"]),
    ("환불계좌: ", "", "hana", ["korean", "form"]),
    ("계좌번호 ", "", "bare", ["korean", "bare"]),
    ('{"bank_account":"', '"}', "bare", ["json", "bare"]),
    ("가상계좌 ", " (입금기한 11/30)", "bare", ["korean", "bare"]),
    ("account no ", "", "woori", ["english"]),
    ("송금 완료 → ", "", "kb", ["korean", "log"]),
]
for i in range(28):
    before, after, shape, tags = acct_ctx[i % len(acct_ctx)]
    case([before, (A, make_account(shape)), after], tags + ["context", shape], "account number next to a bank name or account word")
for i in range(8):
    case(["여기로 보내줘 ", (A, make_account("kakao"))], ["kakao", "no-context"], "카카오뱅크 3333/3355 grouping stands alone")
case(["입금계좌 ", (A, "3333 01 1234567")], ["kakao", "spaced", "context"], "space-separated 카카오뱅크 number with an account word")
acct_neg = [
    "ref {shinhan}", "주문번호 {woori} 입금 확인", "우리 {hana} 조에서", "하나 {kb}", "운송장 {nh}",
    "계좌 123-456-789", "계좌 123-456789-012345", "계좌 110-***-**6789", "입금 12,345,000원",
    "id {bare}", "{toss} 건", "국민 {kb} 명", "version {ibk}", "택배 송장 {shinhan}", "부산 {hana} 해운대",
    "계좌번호 12-123-456789", "계좌 110-123-456789-12-3", "확인 불가 {bare}번 오류", "serial {woori}", "제주 {kb}",
]
for t in acct_neg:
    text = t
    for shape in ["shinhan", "woori", "hana", "kb", "nh", "ibk", "toss", "bare"]:
        text = text.replace("{" + shape + "}", make_account(shape))
    case([text], ["lookalike", "bank-account"], "account shape without an account word or bank name (or a label that says otherwise), or a wrong length")

# HEALTH_INSURANCE -----------------------------------------------------------
health_ctx = [
    ("건강보험증 번호 ", "", ["korean", "form"]),
    ("건강보험증번호: ", " 확인", ["korean"]),
    ("증번호 ", "로 조회해 주세요", ["korean", "chat", "particle"]),
    ("보험증번호 ", "", ["korean"]),
    ('{"nhis_no":"', '"}', ["json"]),
    ("health insurance card ", "", ["english"]),
]
for i in range(30):
    before, after, tags = health_ctx[i % len(health_ctx)]
    case([before, (H, make_health()), after], tags + ["context", "weak-source"], "11 digits next to a health-insurance word")
health_neg = [
    "id {h}", "order {h}", "건강보험증 번호 {ten}", "건강보험증 번호 {twelve}", "증번호 {h}-1", "주문번호 {h}",
    "ts={h}", "{h}건 처리", "건강보험 {h12}", "ref {h}", "serial {h}", "건보 {ten}",
    "invoice {h}", "건강보험 납부 {amount}원", "번호 {h}", "계좌 안내 없음, 주문번호 {h}", "track {h}", "x{h}",
    "증번호 {h}x", "seq {h}",
]
for t in health_neg:
    text = (t.replace("{h12}", make_health() + "1").replace("{h}", make_health()).replace("{ten}", make_health()[:10])
            .replace("{twelve}", make_health() + "9").replace("{amount}", "{:,}".format(rng.randint(10000, 999999))))
    case([text], ["lookalike", "health-insurance"], "11-digit run without a health-insurance word, or the wrong length")
case(["건강보험 고객센터 ", ("PHONE", "1577-1000")], ["phone", "lookalike"], "a UAN next to a health-insurance word is a phone number")

# Harder positives: particles, dash look-alikes, full-width digits, other
# banks' groupings, footers.
hard = [
    (["결제는 카드번호 ", (K, "4111-1111-1111-1111"), "로 했어요"], ["particle", "card"]),
    (["카드 ", (K, "4111–1111–1111–1111"), " 승인"], ["dash-variant", "card"]),
    (["카드번호 ", (K, "５５５５５５５５５５５５４４４４")], ["fullwidth", "card"]),
    (["AMEX ", (K, "3782-822463-10005"), " / 유효기간 12/28 / CVC 123"], ["card"]),
    (["VISA ", (K, "4111 1111 1111 1111"), " 12/28"], ["card", "expiry"]),
    (["새마을금고 ", (A, "9002-1234-5678-9"), " 예금주 홍길동"], ["bank-account", "4-4-4-1"]),
    (["대구은행 ", (A, "508-10-123456-7")], ["bank-account", "3-2-6-1"]),
    (["씨티은행 ", (A, "123-45678-901")], ["bank-account", "3-5-3"]),
    (["우체국 ", (A, "123456-02-123457")], ["bank-account"]),
    (["KB국민은행 ", (A, "123456-01-123458"), "로 이체"], ["bank-account", "particle"]),
    (["계좌: 국민 ", (A, "654321-04-123456")], ["bank-account"]),
    (["입금은 카카오뱅크 ", (A, "3333-05-7654321"), " (예금주 홍길동)"], ["bank-account", "kakao"]),
    (["계좌번호 ", (A, "110–234–567890")], ["bank-account", "dash-variant"]),
    (["사업자등록번호 : ", (B, "124‐81‐00998"), " | 대표 : 홍길동"], ["brn", "dash-variant", "footer"]),
    (["사업자등록번호 ", (B, "１２４－８１－００９９８")], ["brn", "fullwidth"]),
    (["예: 123-45-67890 (X), 실제 ", (B, "104-86-56659")], ["brn", "lookalike"]),
    (["면허 ", (DL, "１１－２２－１２３４５６－１２")], ["driver-license", "fullwidth"]),
    (["Driver License: ", (DL, "26-09-481516-23")], ["driver-license", "english"]),
    (['{"license":"', (DL, "15-18-334455-10"), '"}'], ["driver-license", "json"]),
    (["여권번호: ", (P, "Ｍ１２３Ａ４５６７")], ["passport", "fullwidth"]),
    (["Passport No.: ", (P, "S98765432"), " (single)"], ["passport", "english"]),
    (["건강보험증 번호는 ", (H, "52345678901"), "입니다"], ["health-insurance", "particle"]),
    (["법인등록번호：", (C, "130111－0006246")], ["crn", "fullwidth"]),
]
for parts, tags in hard:
    case(parts, tags + ["hard"], "harder positive: particle, look-alike characters, other grouping or layout")

# Mixed lines: several kinds, and the mission kinds next to them -----------
case(["입금계좌 ", (A, "110-532-771940"), ", 문의 ", ("PHONE", "010-4821-7731")], ["mixed", "korean"],
     "account with its word, then a mobile")
case(["상호 한빛 | 사업자등록번호 ", (B, "124-81-00998"), " | 대표전화 ", ("PHONE", "02-123-4567")], ["mixed", "footer"],
     "BRN and landline in a shop footer")
case(["면허 ", (DL, "21-12-563412-01"), " 연락처 ", ("PHONE", "010-2233-4455")], ["mixed"], "licence then mobile")
case(["카드 ", (K, "4111-1111-1111-1111"), " / 메일 ", ("EMAIL", "kim.minsu@example.co.kr")], ["mixed"], "card and e-mail")
case(["여권번호 ", (P, "M482A1937"), ", 주민번호 ", ("RRN", "960121-1021413")], ["mixed"], "passport and RRN")

for c in cases:
    sys.stdout.write(json.dumps(c, ensure_ascii=False) + "\n")
