// Package patterns is kpii's catalogue of Korean personal identifiers: the
// Kind names, and for each identifier its validator, its matcher and its
// context words.
//
// # Validators
//
// Every identifier has the same family of functions, in the shape
// python-stdnum made familiar:
//
//   - CompactXxx(s) returns the value stripped of separators and look-alike
//     characters (full-width digits, dash look-alikes, see FoldRune);
//   - ValidateXxx(s) returns nil or a *ValidationError saying which rule
//     failed (format, length, date, component or checksum) — never the value;
//   - IsValidXxx(s) reports whether ValidateXxx returns nil;
//   - FormatXxx(s) returns the canonical display form;
//   - ParseXxx(s) returns what the number says (birth date and sex of an RRN,
//     type and region of a phone number, the parts of an e-mail address).
//
// Errors unwrap to the sentinel of their rule, so errors.Is(err,
// patterns.ErrChecksum) works on any of them.
//
// # Disagreements in the sources, decided
//
//   - RRN check digit: reported, never fatal (numbers issued since
//     2020-10-05 have a random tail); WithStrictChecksum makes it an error.
//   - FRN check digit: both published variants (the eGov/Presidio "+2"
//     formula and the plain RRN formula) are reported; neither is required.
//   - 1800s RRNs (7th digit 9 or 0) that satisfy the CRN rules are
//     법인등록번호, not RRNs; other CRN-shaped RRNs are flagged
//     (RegistrationInfo.CRNLookalike).
//   - Phone: libphonenumber's plan, except that a missing trunk 0
//     ("10-1234-5678") and carrier-selection prefixes are rejected.
//
// # Matchers
//
// MatchRegistration, MatchPhone, MatchEmail and MatchAddress (the mission
// kinds) and MatchPassport, MatchDriverLicense, MatchBRN, MatchCard,
// MatchBankAccount and MatchHealthInsurance find candidates in text for
// package detector: each starts at a trigger
// position (a digit run, a '+', an '@'), reads the shape by hand — no
// regular expressions, no allocation — validates it with the same rules as
// the validators, and returns a Match whose Evidence says what validation
// established. They work on ASCII-folded text; the detector folds
// look-alikes (FoldRune) before calling them. The context words of each kind
// (RRNContextWords, PhoneContextWords …) are exported for the detector and
// for callers who build their own scoring.
//
// This package imports no other package of kpii; the detector builds on it.
package patterns
