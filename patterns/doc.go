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
// This package imports no other package of kpii; the detector builds on it.
package patterns
