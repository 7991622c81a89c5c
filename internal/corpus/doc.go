// Package corpus generates deterministic, synthetic service logs for kpii's
// benchmarks, samples and detector tests.
//
// A corpus is described by a [Spec]: a [Profile] (how much personal data),
// a [Format] (a mixed service log, or JSON lines), a seed and a size. The
// output is a sequence of newline-terminated lines, byte-identical for the
// same Spec on every platform and every Go release: the package uses its own
// SplitMix64 generator and integer-only formatting, never math/rand, maps
// or floating point. A smaller corpus is a prefix of a larger one with the
// same profile, format and seed.
//
//	b := corpus.Generate(corpus.Realistic, 1, 64<<20)          // benchmarks
//	b, items := corpus.GenerateLabelled(corpus.Dense, 7, 1<<20) // detector tests
//	r := corpus.Spec{Profile: corpus.Clean, Seed: 1}.NewReader() // endless stream
//
// # Lines
//
// The Log format mixes, by share of lines (measured on 16 MiB, Realistic):
// nginx/Apache combined access lines with IPv4/IPv6 clients, numeric ids and
// query strings (34 %); Spring-style application logs with ISO-8601
// timestamps, levels, threads, order ids, amounts, UUIDs and trace/span ids
// (26 %); JSON log lines (17 %); Korean batch messages such as
// "[배치] 정산 처리 완료: 1,234건, 소요 532ms" (11 %); logfmt (5 %);
// syslog and postfix (3 %); Java stack traces following ERROR lines (3 %).
// The JSONL format has access records (33 %), application records (32 %),
// order/payment/delivery events (15 %), batch records (10 %), error records
// with an escaped stack (5 %) and metrics (5 %).
//
// # Profiles
//
// [Realistic] plants about one personal value per 20 lines (measured: one per
// 20.0 lines over 128 MiB in either format): phone numbers of every family
// (35 %), e-mail addresses (25 %), resident registration numbers (15 %),
// foreigner registration numbers (10 %) and road-name or lot-number
// addresses (15 %), about two in three near a context word and some glued to
// a Korean particle (…5678로, …4568이고).
//
// [Clean] has the same lines and no personal value. It is full of
// look-alikes instead: timestamps, epoch milliseconds, YYYYMMDD-NNNNNNN and
// ORD-YYYYMMDD-NNNNNN order ids, IPs, amounts (12,345원, ₩1,234,567),
// UUIDs, EAN-13 codes, 12-digit parcel numbers, versions, already-masked
// values (010-****-5678, 900101-1******) and, rarely, invalid dummy numbers
// (123456-1234567). It holds no '@', no full-width digit, no "+82", no
// 13-digit run or dashed 6-7 pair that reads as a real date, no digit groups
// that form a valid Korean phone number, no 시·도 name and no road name
// followed by a building number; the shapes of the later kinds (business
// and corporate registration, card, passport, driver licence numbers) are
// absent too.
//
// [Dense] puts a personal value on most lines (about 90 %), several on a
// quarter of them.
//
// # Personal values
//
// Every planted value is synthetic and valid by the rules of the project's
// reference (korean-pii-formats.md §2–§6), checked by this package's tests
// with independent code:
//
//   - RRN: YYMMDD-GXXXXXX with a date that exists in the century G gives
//     (G 1–4). About three in four carry a correct pre-2020 check digit;
//     the others have a random tail (numbers assigned since 2020-10-05 or
//     reassigned), which for birth dates before 2020-10-05 is made to fail
//     the check digit.
//   - FRN: the same with G 5–8; the "+2" check digit (60 %), the plain RRN
//     formula (20 %) or neither (20 %).
//   - PHONE: 010 mobiles (dashed, bare, dotted, spaced, full-width), legacy
//     01X, 02 and 0AA landlines (also 02)123-4567 and (031) 123-4567), 070,
//     050X, 080, 060, 015, 15xx/16xx/18xx and +82 forms, each valid under
//     libphonenumber's KR numbering plan.
//   - EMAIL: dot-atom local parts at Korean and global consumer domains and
//     example.co.kr-style domains, occasionally an IDN (홍길동.한국, its
//     punycode, 한글.kr) or a Hangul local part.
//   - ADDRESS: 시·도 (official, short or pre-renaming name) and 시·군·구 from
//     the real gazetteer, road name ending in 대로/로/길 (with N길/N번길
//     branches), building number, 상세주소 and 참고항목; or a 지번 address;
//     sometimes a (NNNNN) postal code in front, which the item's span
//     includes.
//
// [Spec.GenerateLabelled] reports each value as an [Item] whose byte offsets
// slice exactly the value; the items are sorted and disjoint, and nothing
// outside them is personal by the checks above.
//
// This package imports nothing else from kpii, so that it serves as an
// independent cross-check of kpii's own validators and can be used by the
// benchmarks of every other package.
package corpus
