// Command kpii finds Korean personal information in files, directories and
// streams, and redacts it.
//
// Usage:
//
//	kpii scan [--format text|json|jsonl|sarif] [--min-confidence low|medium|high] [--kinds RRN,PHONE,…]
//	          [--include GLOB]… [--exclude GLOB]… [--allow-file FILE]… [--encoding auto|utf-8|euc-kr|utf-16]
//	          [--show-values] [--color auto|always|never] [PATH…|-]
//	kpii redact [--policy korean|full|label|label-en|token] [--token-key-env NAME] [--kinds …]
//	          [--min-confidence …] [--allow-file FILE]… [--encoding …] [-w] [PATH…|-]
//
// # Scan
//
// scan walks directories (skipping .git, .hg, .svn, node_modules, vendor,
// binary files and symbolic links; --include and --exclude take globs with
// **), and scans files on one worker per core (runtime.GOMAXPROCS) that
// share one immutable detector.Detector. Reports come out in a stable
// order — the arguments as given, each directory in lexical order — however
// the workers finish: each worker renders its file's findings in batches, the
// file being written streams and the files after it wait in memory.
//
// Files are read by what their name says: .json with detector.FindJSON,
// .ndjson and .jsonl a record a line, .csv and .tsv with detector.ScanCSV,
// anything else streamed with detector.ScanEncoded; a file that is not what
// its name says is scanned as text. --encoding auto recognises UTF-8 and
// UTF-16 with a byte order mark and EUC-KR/CP949.
//
// Every report locates a finding by byte offsets in the file as written, a
// line and a column (in bytes for text, json and jsonl; in UTF-16 code
// units for SARIF, as run.columnKind says). A tracker follows each file's
// original bytes in its own encoding to compute them in bounded memory, and
// a shadow CSV reader, in step with ScanCSV, finds where each cell lies. A
// line holding kpii:allow reports nothing; --allow-file lists values and
// patterns never to report.
//
// No report holds a found value unless --show-values is given: the text
// format shows a masked preview, SARIF never holds a value.
//
// Exit status: 0 when nothing at or above the threshold was found, 1 when
// something was, 2 on a usage error or when an input could not be read (it
// is reported on stderr and counted, and the scan goes on; the status says
// the scan is incomplete even when it found something).
//
// # Redact
//
// redact streams each input through redact.NewWriter to stdout, or rewrites
// files in place with -w (temporary file, fsync, rename). The output is in
// the input's encoding: UTF-8 byte for byte outside the masks, EUC-KR and
// UTF-16 decoded, redacted and encoded again.
//
// "kpii scan -h" and "kpii redact -h" say more.
package main
