//go:build !race

package detector_test

// raceEnabled is true when the tests run under the race detector, which
// makes the 1 GiB stream test far too slow.
const raceEnabled = false
