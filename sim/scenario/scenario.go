// The Scenario type and its duration type. The start method, the CPython
// version and the init policy are the types the simulator runs with
// (cpython.StartMethod, cpython.Version, kernel.InitPolicy).

package scenario

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"zombielab/sim/cpython"
	"zombielab/sim/kernel"
)

// Scenario is everything a scenario file declares in its comments.
type Scenario struct {
	Name   string            // the file name given to Parse
	Title  map[string]string // language ("en", "zh") → title
	Lesson map[string]string // language → one paragraph
	Until  Duration          // 0: the scenario ends by itself
	// UntilCheckpoint, "LABEL#N" (until=LABEL#N), stops the run right
	// after the N-th snapshot of checkpoint LABEL; "" when until is a
	// duration or absent.
	UntilCheckpoint string
	Method          cpython.StartMethod // MethodDefault: the version's default
	Python          cpython.Version     // zero: not set
	Versions        []cpython.Version   // versions the scenario is meant for; empty: any
	// Verify is false for a scenario whose point can only be shown by the
	// simulator (header "# zombielab: verify=no"); VerifyReason says why.
	Verify       bool
	VerifyReason string
	// Simulator-only settings (a real run cannot choose them, so a scenario
	// that sets them should also say verify=no): the kernel's pid_max
	// ("pid_max=64"; 0: the simulator's default) and how init treats the
	// orphans it adopts ("init=reap", kernel.InitReapsAtOnce: at once, like
	// tini and like the probe's launcher; "init=never",
	// kernel.InitNeverReaps: a bare container PID 1).
	PidMax int
	// PidsMax bounds the processes of the scenario's family like a pids
	// cgroup (docker run --pids-limit): fork fails with EAGAIN beyond it
	// ("pids_max=64"; 0: no limit).
	PidsMax     int
	Init        kernel.InitPolicy
	Checkpoints []Checkpoint // in file order
}

// Checkpoint is one "# checkpoint: LABEL" comment.
type Checkpoint struct {
	Label   string
	Line    int // line of the statement it applies to (1-based)
	Comment int // line of the comment itself
}

// CheckpointAt returns the label of the checkpoint on statement line line.
func (s *Scenario) CheckpointAt(line int) (string, bool) {
	for _, c := range s.Checkpoints {
		if c.Line == line {
			return c.Label, true
		}
	}
	return "", false
}

// MeantFor reports whether the scenario is meant for CPython v: its
// versions= lists v, or it lists none.
func (s *Scenario) MeantFor(v cpython.Version) bool {
	return len(s.Versions) == 0 || slices.Contains(s.Versions, v)
}

// Duration is a span of time in nanoseconds. The simulator cannot import
// package time, so it has its own type.
type Duration int64

// Units of Duration.
const (
	Millisecond Duration = 1_000_000
	Second               = 1000 * Millisecond
)

// MaxDuration is the longest duration ParseDuration accepts: far below
// the int64 nanoseconds that overflow when added to a start time, and
// longer than any run.
const MaxDuration = 1_000_000_000 * Second

// Milliseconds returns d in whole milliseconds.
func (d Duration) Milliseconds() int64 { return int64(d / Millisecond) }

// String prints d as ParseDuration reads it: "4.5s", "300ms", "0s".
func (d Duration) String() string {
	switch {
	case d%Millisecond != 0:
		return strconv.FormatInt(int64(d), 10) + "ns"
	case d < Second && d != 0:
		return strconv.FormatInt(d.Milliseconds(), 10) + "ms"
	}
	return strconv.FormatFloat(float64(d)/float64(Second), 'f', -1, 64) + "s"
}

// ParseDuration reads a decimal number followed by s or ms ("4.5s",
// "800ms"). Negative durations are an error.
func ParseDuration(s string) (Duration, error) {
	num, unit := s, Duration(0)
	switch {
	case strings.HasSuffix(s, "ms"):
		num, unit = s[:len(s)-2], Millisecond
	case strings.HasSuffix(s, "s"):
		num, unit = s[:len(s)-1], Second
	default:
		return 0, fmt.Errorf("duration %q: want a number with s or ms, such as 4.5s", s)
	}
	whole, frac, _ := strings.Cut(num, ".")
	w, err := strconv.ParseUint(whole, 10, 64)
	if errors.Is(err, strconv.ErrRange) || err == nil && w > uint64(MaxDuration/unit) {
		return 0, fmt.Errorf("duration %q is too long: at most %v (about 31 years)", s, MaxDuration)
	}
	if err != nil || strings.HasPrefix(whole, "+") || len(frac) > 9 {
		return 0, fmt.Errorf("duration %q: want a number with s or ms, such as 4.5s", s)
	}
	d := Duration(w) * unit
	scale := unit / 10
	for _, c := range frac {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("duration %q: want a number with s or ms, such as 4.5s", s)
		}
		d += Duration(c-'0') * scale
		scale /= 10
	}
	if d > MaxDuration {
		return 0, fmt.Errorf("duration %q is too long: at most %v (about 31 years)", s, MaxDuration)
	}
	return d, nil
}
