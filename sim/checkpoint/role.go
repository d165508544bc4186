// Role names and their total order: main, the multiprocessing helpers, then
// the created children pN, pN.M, ... numerically and depth first
// (docs/CHECKPOINTS.md, "procs ... sorted by role").

package checkpoint

import (
	"strconv"
	"strings"
)

// Fixed role names of the contract. Children are named by ChildRole.
const (
	RoleMain            = "main"
	RoleForkserver      = "forkserver"
	RoleResourceTracker = "resource_tracker"
	// ParentInit is the ppid of a process whose kernel parent is outside the
	// family after reparenting (pid 1 or a subreaper).
	ParentInit = "init"
	// ParentOutside is the ppid of main.
	ParentOutside = "outside"
)

// ChildRole names the n-th child (1-based) created by the process whose role
// is parent: main's children are p1, p2, ...; pN's children are pN.1, ...
func ChildRole(parent string, n int) string {
	if parent == RoleMain {
		return "p" + strconv.Itoa(n)
	}
	return parent + "." + strconv.Itoa(n)
}

// roleKey is the sort key of a role: a rank for the fixed roles and the
// numeric path for children. Unknown roles sort last, by their text.
type roleKey struct {
	rank int
	path []int
}

const (
	rankMain = iota
	rankForkserver
	rankTracker
	rankChild
	rankUnknown
)

func keyOf(role string) roleKey {
	switch role {
	case RoleMain:
		return roleKey{rank: rankMain}
	case RoleForkserver:
		return roleKey{rank: rankForkserver}
	case RoleResourceTracker:
		return roleKey{rank: rankTracker}
	}
	if path, ok := childPath(role); ok {
		return roleKey{rank: rankChild, path: path}
	}
	return roleKey{rank: rankUnknown}
}

// childPath reads "p3.1.2" as [3 1 2]; ok is false for anything else.
func childPath(role string) ([]int, bool) {
	if !strings.HasPrefix(role, "p") || len(role) < 2 {
		return nil, false
	}
	parts := strings.Split(role[1:], ".")
	path := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || strconv.Itoa(n) != p {
			return nil, false
		}
		path[i] = n
	}
	return path, true
}

// IsChildRole reports whether role has the form pN, pN.M, ...
func IsChildRole(role string) bool {
	_, ok := childPath(role)
	return ok
}

// RoleLess orders roles as the contract lists them: main, forkserver,
// resource_tracker, then p1, p1.1, p1.2, p2, ..., p10 (numerically, depth
// first). Roles outside the contract come last, in byte order, so that the
// order stays total and deterministic.
func RoleLess(a, b string) bool {
	ka, kb := keyOf(a), keyOf(b)
	if ka.rank != kb.rank {
		return ka.rank < kb.rank
	}
	switch ka.rank {
	case rankChild:
		return pathLess(ka.path, kb.path)
	case rankUnknown:
		return a < b
	}
	return false
}

// pathLess is depth-first order: a prefix comes before its extensions.
func pathLess(a, b []int) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}
