// The Scenario type, its typed settings (start method, CPython version,
// duration) and their text forms.

package scenario

import (
	"fmt"
	"strconv"
	"strings"
)

// Scenario is everything a scenario file declares in its comments.
type Scenario struct {
	Name     string            // the file name given to Parse
	Title    map[string]string // language ("en", "zh") → title
	Lesson   map[string]string // language → one paragraph
	Until    Duration          // 0: the scenario ends by itself
	Method   Method            // MethodDefault: the version's default
	Python   Version           // zero: not set
	Versions []Version         // versions the scenario is meant for; empty: any
	// Verify is false for a scenario whose point can only be shown by the
	// simulator (header "# zombielab: verify=no"); VerifyReason says why.
	Verify       bool
	VerifyReason string
	// Simulator-only settings (a real run cannot choose them, so a scenario
	// that sets them should also say verify=no): the kernel's pid_max
	// ("pid_max=64"; 0: the simulator's default) and how init treats the
	// orphans it adopts ("init=reap": at once, like tini and like the
	// probe's launcher; "init=never": a bare container PID 1).
	PidMax int
	// PidsMax bounds the processes of the scenario's family like a pids
	// cgroup (docker run --pids-limit): fork fails with EAGAIN beyond it
	// ("pids_max=64"; 0: no limit).
	PidsMax     int
	Init        InitPolicy
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

// Method is a multiprocessing start method.
type Method int

const (
	MethodDefault Method = iota // whatever the CPython version defaults to
	MethodFork
	MethodSpawn
	MethodForkserver
)

var methodNames = []string{"default", "fork", "spawn", "forkserver"}

func (m Method) String() string {
	if int(m) < len(methodNames) {
		return methodNames[m]
	}
	return "Method(" + strconv.Itoa(int(m)) + ")"
}

// ParseMethod reads fork, spawn or forkserver ("default" or "" gives
// MethodDefault).
func ParseMethod(s string) (Method, error) {
	if s == "" {
		return MethodDefault, nil
	}
	for i, n := range methodNames {
		if s == n {
			return Method(i), nil
		}
	}
	return MethodDefault, fmt.Errorf("start method %q: want fork, spawn or forkserver", s)
}

// Version is a CPython minor version such as 3.11.
type Version struct{ Major, Minor int }

func (v Version) String() string { return strconv.Itoa(v.Major) + "." + strconv.Itoa(v.Minor) }

// IsZero reports whether v was never set.
func (v Version) IsZero() bool { return v == Version{} }

// ParseVersion reads "3.11"; a patch level ("3.11.7") is accepted and dropped.
func ParseVersion(s string) (Version, error) {
	parts := strings.Split(s, ".")
	if len(parts) < 2 || len(parts) > 3 {
		return Version{}, fmt.Errorf("python version %q: want X.Y such as 3.11", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return Version{}, fmt.Errorf("python version %q: want X.Y such as 3.11", s)
		}
		n[i] = v
	}
	return Version{n[0], n[1]}, nil
}

// Duration is a span of time in nanoseconds. The simulator cannot import
// package time, so it has its own type.
type Duration int64

// Units of Duration.
const (
	Millisecond Duration = 1_000_000
	Second               = 1000 * Millisecond
)

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
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || w < 0 || strings.HasPrefix(whole, "+") || len(frac) > 9 {
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
	return d, nil
}

// InitPolicy is how the family's init reaps adopted orphans.
type InitPolicy int

const (
	InitReap  InitPolicy = iota // reaps at once (tini, systemd, the probe's launcher)
	InitNever                   // never waits: adopted zombies stay (a bare container PID 1)
)

func (p InitPolicy) String() string {
	if p == InitNever {
		return "never"
	}
	return "reap"
}
