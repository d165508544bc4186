// The CPython version a run models: the one type, cpython.Version, under the
// names the simulator's callers already use.

package sim

import "zombielab/sim/cpython"

// Version is a modelled CPython minor version. It is cpython.Version, not a
// copy of it.
type Version = cpython.Version

// DefaultVersion is used when neither the scenario nor the caller names one.
var DefaultVersion = cpython.Default()

// ParseVersion is cpython.Parse: "3.11" or "3.11.7", and only a version the
// simulator models.
func ParseVersion(s string) (Version, error) { return cpython.Parse(s) }
