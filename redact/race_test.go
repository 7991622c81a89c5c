//go:build race

package redact

// raceEnabled is true when the race detector is on; it changes allocation
// counts, so allocation tests skip themselves.
const raceEnabled = true
