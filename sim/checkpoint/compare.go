// The agreement rule of docs/CHECKPOINTS.md and the report of the first
// disagreement: two streams agree when they have the same labels in the same
// order and, label by label, the same set of (role, ppid, state) and the
// same sorted children. t_ms is never compared.

package checkpoint

import (
	"sort"
	"strconv"
	"strings"
)

// Reason says what differs at the first differing checkpoint.
type Reason int

const (
	ReasonLabel    Reason = iota + 1 // the labels differ
	ReasonProcs                      // same label, different (role, ppid, state) sets
	ReasonChildren                   // same label and procs, different children
	ReasonMissing                    // one stream ended before the other
)

func (r Reason) String() string {
	switch r {
	case ReasonLabel:
		return "labels differ"
	case ReasonProcs:
		return "processes differ"
	case ReasonChildren:
		return "_children differs"
	case ReasonMissing:
		return "one stream has fewer checkpoints"
	}
	return "Reason(?)"
}

// Diff is the first checkpoint where two streams disagree.
type Diff struct {
	Index  int       // 0-based position in both streams
	Reason Reason    // what differs
	A, B   *Snapshot // the two sides; nil when that stream has ended
	LenA   int       // number of snapshots in each stream
	LenB   int
}

// Compare applies the agreement rule and returns nil when a and b agree,
// otherwise the first differing checkpoint.
func Compare(a, b []Snapshot) *Diff {
	n := len(a)
	if len(b) > n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		var sa, sb *Snapshot
		if i < len(a) {
			sa = &a[i]
		}
		if i < len(b) {
			sb = &b[i]
		}
		if r := differ(sa, sb); r != 0 {
			return &Diff{Index: i, Reason: r, A: sa, B: sb, LenA: len(a), LenB: len(b)}
		}
	}
	return nil
}

// differ returns 0 when the two snapshots agree.
func differ(a, b *Snapshot) Reason {
	switch {
	case a == nil || b == nil:
		return ReasonMissing
	case a.Label != b.Label:
		return ReasonLabel
	case !equalStrings(procSet(a.Procs), procSet(b.Procs)):
		return ReasonProcs
	case !equalStrings(sortedRoles(a.Children), sortedRoles(b.Children)):
		return ReasonChildren
	}
	return 0
}

// procSet is the sorted, de-duplicated set of (role, ppid, state).
func procSet(ps []Proc) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range ps {
		k := p.Role + "\x00" + p.PPID + "\x00" + p.State
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func sortedRoles(roles []string) []string {
	out := append([]string(nil), roles...)
	sort.SliceStable(out, func(i, j int) bool { return RoleLess(out[i], out[j]) || (!RoleLess(out[j], out[i]) && out[i] < out[j]) })
	return out
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// String renders the diff with the columns titled "a" and "b".
func (d *Diff) String() string { return d.Render("a", "b") }

// Render shows the first differing checkpoint of both streams side by side
// for a terminal, one process per row aligned by role; rows that differ
// start with "!".
func (d *Diff) Render(titleA, titleB string) string {
	left := sideLines(titleA, d.A, d.B)
	right := sideLines(titleB, d.B, d.A)
	width := 0
	for _, c := range left {
		width = max(width, len(c))
	}
	var sb strings.Builder
	sb.WriteString(d.header())
	for i := range left {
		mark := "  "
		if left[i] != right[i] && i > 0 {
			mark = "! "
		}
		sb.WriteString(strings.TrimRight(mark+pad(left[i], width)+" | "+right[i], " "))
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (d *Diff) header() string {
	return "first difference at checkpoint " + strconv.Itoa(d.Index+1) + " (" + d.Reason.String() +
		"; " + strconv.Itoa(d.LenA) + " vs " + strconv.Itoa(d.LenB) + " checkpoints)\n"
}

// sideLines lays out one side; other is the opposite side, used only to
// align rows by role so that both columns have the same rows.
func sideLines(title string, s, other *Snapshot) []string {
	out := []string{title}
	if s == nil {
		out = append(out, "(no checkpoint)")
	} else {
		out = append(out, "label "+s.Label)
	}
	seen := map[string]int{}
	for _, role := range rowRoles(s, other) {
		out = append(out, procCell(s, role, seen[role]))
		seen[role]++
	}
	if s != nil {
		out = append(out, "children ["+strings.Join(sortedRoles(s.Children), " ")+"]")
	} else {
		out = append(out, "")
	}
	return out
}

// rowRoles is the union of the roles of both sides, in contract order; a
// role repeated within one side gets one row per occurrence.
func rowRoles(a, b *Snapshot) []string {
	count := map[string]int{}
	for _, s := range []*Snapshot{a, b} {
		if s == nil {
			continue
		}
		here := map[string]int{}
		for _, p := range s.Procs {
			here[p.Role]++
		}
		for r, n := range here {
			count[r] = max(count[r], n)
		}
	}
	var roles []string
	for r, n := range count {
		for range n {
			roles = append(roles, r)
		}
	}
	return sortedRoles(roles)
}

// procCell renders the k-th proc (0-based) with the given role on side s,
// or "role -" when that side has no such process.
func procCell(s *Snapshot, role string, k int) string {
	if s != nil {
		for _, p := range s.Procs {
			if p.Role != role {
				continue
			}
			if k == 0 {
				return pad(p.Role, 16) + " " + pad("ppid="+p.PPID, 16) + " " + p.State
			}
			k--
		}
	}
	return pad(role, 16) + " -"
}

func pad(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return s + strings.Repeat(" ", n-len(s))
}
