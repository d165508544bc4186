// Package cpython names the CPython releases the simulator models and
// multiprocessing's start methods: one Version type and one StartMethod type
// that the scenario header, the simulator, the interpreter, the probe, the
// CLI and the player all share, so that none of them passes a version or a
// method to another as text.
//
// It models only what differs between versions in ways the rest of the
// simulator asks about: which minor versions exist (3.8 to 3.14, the ones
// docs/facts/cpython.md was measured on), their order, and the default
// start method on Linux. It does not model patch releases (a "3.11.7" is read
// as 3.11) nor other platforms' defaults (spawn on macOS and Windows).
package cpython
