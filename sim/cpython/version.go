// CPython minor versions: the ones modelled, the default, and their text
// form ("3.11").

package cpython

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Version is a CPython minor version, e.g. {3, 13}. The zero Version means
// "not chosen"; a caller fills in Default.
type Version struct{ Major, Minor int }

// modelled lists the versions the simulator models, oldest first
// (docs/facts/cpython.md §1).
var modelled = [...]Version{{3, 8}, {3, 9}, {3, 10}, {3, 11}, {3, 12}, {3, 13}, {3, 14}}

// Versions returns the versions the simulator models, oldest first.
func Versions() []Version { return slices.Clone(modelled[:]) }

// Default is the version of a run when neither the scenario nor the caller
// names one.
func Default() Version { return Version{3, 13} }

// String gives the form Parse reads: "3.11".
func (v Version) String() string { return strconv.Itoa(v.Major) + "." + strconv.Itoa(v.Minor) }

// IsZero reports whether v was never set.
func (v Version) IsZero() bool { return v == Version{} }

// AtLeast reports whether v is the same as or newer than major.minor.
func (v Version) AtLeast(major, minor int) bool {
	return v.Major > major || v.Major == major && v.Minor >= minor
}

// Validate reports an error that lists the modelled versions when v is not
// one of them.
func (v Version) Validate() error {
	if slices.Contains(modelled[:], v) {
		return nil
	}
	return fmt.Errorf("python %s is not modelled: choose one of %s", v, list())
}

// Parse reads "3.11"; a patch level ("3.11.7") is accepted and dropped.
// Text that is not a version, and versions the simulator does not model, are
// errors that list the ones it does.
func Parse(s string) (Version, error) {
	parts := strings.Split(strings.TrimSpace(s), ".")
	if len(parts) < 2 || len(parts) > 3 {
		return Version{}, fmt.Errorf("python version %q: want X.Y, one of %s", s, list())
	}
	var n [3]int
	for i, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return Version{}, fmt.Errorf("python version %q: want X.Y, one of %s", s, list())
		}
		n[i], _ = strconv.Atoi(p)
	}
	v := Version{n[0], n[1]}
	if err := v.Validate(); err != nil {
		return Version{}, err
	}
	return v, nil
}

func list() string {
	names := make([]string, len(modelled))
	for i, v := range modelled {
		names[i] = v.String()
	}
	return strings.Join(names, ", ")
}
