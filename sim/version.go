// Modelled CPython versions and their start-method defaults
// (shared/facts/cpython.md §1).

package sim

import (
	"fmt"
	"strconv"
	"strings"
)

// Version is a CPython minor version, e.g. {3, 13}.
type Version struct{ Major, Minor int }

// Versions lists the versions the simulator models, oldest first.
var Versions = []Version{{3, 8}, {3, 9}, {3, 10}, {3, 11}, {3, 12}, {3, 13}, {3, 14}}

// DefaultVersion is used when neither the scenario nor the caller names one.
var DefaultVersion = Version{3, 13}

func (v Version) String() string { return fmt.Sprintf("%d.%d", v.Major, v.Minor) }

// AtLeast reports whether v is the same as or newer than major.minor.
func (v Version) AtLeast(major, minor int) bool {
	return v.Major > major || v.Major == major && v.Minor >= minor
}

// ParseVersion reads "3.11" (a patch level such as "3.11.7" is accepted and
// dropped). Versions the simulator does not model are an error that lists
// the ones it does.
func ParseVersion(s string) (Version, error) {
	parts := strings.Split(strings.TrimSpace(s), ".")
	if len(parts) < 2 {
		return Version{}, fmt.Errorf("python version %q: want X.Y, one of %s", s, versionList())
	}
	major, err1 := strconv.Atoi(parts[0])
	minor, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil {
		return Version{}, fmt.Errorf("python version %q: want X.Y, one of %s", s, versionList())
	}
	v := Version{major, minor}
	for _, m := range Versions {
		if m == v {
			return v, nil
		}
	}
	return Version{}, fmt.Errorf("python %s is not modelled: choose one of %s", v, versionList())
}

func versionList() string {
	names := make([]string, len(Versions))
	for i, v := range Versions {
		names[i] = v.String()
	}
	return strings.Join(names, ", ")
}

// DefaultMethod is multiprocessing's default start method on Linux:
// fork up to 3.13, forkserver from 3.14 (gh-84559; facts §1).
func (v Version) DefaultMethod() string {
	if v.AtLeast(3, 14) {
		return "forkserver"
	}
	return "fork"
}
