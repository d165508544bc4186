// The snapshot and its one-line JSON form (docs/CHECKPOINTS.md, "The snapshot").

package checkpoint

import (
	"encoding/json"
	"sort"
)

// Process states as the contract names them; a reaped process is absent.
const (
	StateAlive  = "alive"
	StateZombie = "zombie"
)

// Proc is one process of the family at a checkpoint.
type Proc struct {
	Role  string `json:"role"`
	PPID  string `json:"ppid"`
	State string `json:"state"`
}

// Snapshot is the family as seen when the main process reached a checkpoint.
type Snapshot struct {
	Label    string   `json:"label"`
	TMs      int64    `json:"t_ms"`
	Procs    []Proc   `json:"procs"`
	Children []string `json:"children"`
}

// Normalize sorts procs and children by RoleLess and turns nil slices into
// empty ones, so that equal snapshots have equal JSON.
func (s *Snapshot) Normalize() {
	if s.Procs == nil {
		s.Procs = []Proc{}
	}
	if s.Children == nil {
		s.Children = []string{}
	}
	sort.SliceStable(s.Procs, func(i, j int) bool { return procLess(s.Procs[i], s.Procs[j]) })
	sort.SliceStable(s.Children, func(i, j int) bool { return RoleLess(s.Children[i], s.Children[j]) })
}

// procLess orders by role, then by the other fields, so that even a
// malformed stream with a repeated role sorts the same way every time.
func procLess(a, b Proc) bool {
	if a.Role != b.Role {
		return RoleLess(a.Role, b.Role) || (!RoleLess(b.Role, a.Role) && a.Role < b.Role)
	}
	if a.PPID != b.PPID {
		return a.PPID < b.PPID
	}
	return a.State < b.State
}

// Marshal returns the snapshot as one line of JSON (no trailing newline),
// with procs and children in contract order. s itself is not modified.
func Marshal(s Snapshot) []byte {
	c := s
	c.Procs = append([]Proc(nil), s.Procs...)
	c.Children = append([]string(nil), s.Children...)
	c.Normalize()
	b, err := json.Marshal(c)
	if err != nil {
		// Only strings and an int64: encoding cannot fail.
		panic("checkpoint: " + err.Error())
	}
	return b
}
