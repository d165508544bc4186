// multiprocessing's start methods and each version's default on Linux.

package cpython

import (
	"fmt"
	"strconv"
)

// StartMethod is a multiprocessing start method. The zero value,
// MethodDefault, means "whatever the version defaults to" (DefaultMethod).
type StartMethod uint8

// The start methods, as multiprocessing.set_start_method names them.
const (
	MethodDefault StartMethod = iota
	Fork
	Spawn
	Forkserver
)

var methodNames = [...]string{MethodDefault: "default", Fork: "fork", Spawn: "spawn", Forkserver: "forkserver"}

// String gives the name set_start_method takes ("default" for MethodDefault,
// which set_start_method does not accept).
func (m StartMethod) String() string {
	if int(m) < len(methodNames) {
		return methodNames[m]
	}
	return "StartMethod(" + strconv.Itoa(int(m)) + ")"
}

// ParseStartMethod reads fork, spawn or forkserver. "default" is not a name
// a user can give: leaving the setting out means the version's default.
func ParseStartMethod(s string) (StartMethod, error) {
	for _, m := range []StartMethod{Fork, Spawn, Forkserver} {
		if s == m.String() {
			return m, nil
		}
	}
	return MethodDefault, fmt.Errorf("start method %q: want fork, spawn or forkserver", s)
}

// DefaultMethod is multiprocessing's default start method on Linux: fork up
// to 3.13, forkserver from 3.14 (gh-84559; docs/facts/cpython.md §1).
func (v Version) DefaultMethod() StartMethod {
	if v.AtLeast(3, 14) {
		return Forkserver
	}
	return Fork
}
