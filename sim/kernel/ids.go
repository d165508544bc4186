// Typed identifiers and the logical clock's units.

package kernel

import "fmt"

// PID is a process id, pid_t in Linux.
type PID int32

// Time is a point on the logical clock: nanoseconds since boot.
type Time int64

// Duration is a span of logical time in nanoseconds.
type Duration int64

// Units of Duration.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
)

// String formats t as seconds with nine decimals, "1.500000000": the time
// column of every event line.
func (t Time) String() string {
	sign := ""
	if t < 0 {
		sign, t = "-", -t
	}
	return fmt.Sprintf("%s%d.%09d", sign, int64(t)/1e9, int64(t)%1e9)
}

// Add returns t+d.
func (t Time) Add(d Duration) Time { return t + Time(d) }

// String formats d with the largest unit that divides it: "2s", "500ms",
// "10us", "7ns".
func (d Duration) String() string {
	switch {
	case d == 0:
		return "0s"
	case d%Second == 0:
		return fmt.Sprintf("%ds", d/Second)
	case d%Millisecond == 0:
		return fmt.Sprintf("%dms", d/Millisecond)
	case d%Microsecond == 0:
		return fmt.Sprintf("%dus", d/Microsecond)
	}
	return fmt.Sprintf("%dns", int64(d))
}
