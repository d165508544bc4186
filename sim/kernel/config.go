// Boot configuration: pid space, pids limit, and what init does with zombies.

package kernel

import "fmt"

// InitPolicy is how pid 1 treats the zombies it inherits.
type InitPolicy uint8

// The policies.
const (
	// InitReapsAtOnce is systemd or tini: a SIGCHLD makes it loop
	// waitpid(-1, WNOHANG) right away (tini's reap_zombies, dumb-init's
	// SIGCHLD branch).
	InitReapsAtOnce InitPolicy = iota
	// InitReapsLate reaps each inherited zombie Config.InitDelay after it
	// appeared, like the supervisor pid 1 measured in docs/facts/cpython.md §7
	// (1.2–2.0 s).
	InitReapsLate
	// InitNeverReaps is a bare container PID 1 (an application that never
	// calls wait): inherited zombies stay until the pid space runs out.
	InitNeverReaps
)

func (p InitPolicy) String() string {
	switch p {
	case InitReapsAtOnce:
		return "reaps-at-once"
	case InitReapsLate:
		return "reaps-late"
	case InitNeverReaps:
		return "never-reaps"
	}
	return fmt.Sprintf("InitPolicy(%d)", uint8(p))
}

// Linux's limits on pid numbers (include/linux/threads.h).
const (
	DefaultPidMax = 32768 // PID_MAX_DEFAULT
	ReservedPIDs  = 300   // RESERVED_PIDS: where allocation restarts after a wrap
	pidMaxLimit   = 4 * 1024 * 1024
)

// Config is how the kernel boots. The zero value is a desktop: pid_max
// 32768, no pids limit, an init that reaps at once, a shell.
type Config struct {
	// PidMax is /proc/sys/kernel/pid_max: one more than the largest pid.
	PidMax int
	// PidsLimit is pids.max of a pids cgroup that holds the jobs Spawn
	// starts and, by inheritance at fork, all their descendants (a
	// container's processes; docker run --pids-limit): a fork from inside
	// the cgroup fails with EAGAIN once it holds that many processes, live
	// or zombie, wherever they were reparented. Init and the shell are
	// outside it. 0 means no limit.
	PidsLimit int
	// Init is pid 1's reaping policy; InitDelay is its delay for
	// InitReapsLate.
	Init      InitPolicy
	InitDelay Duration
	// FirstPID is where allocation continues after init, standing for the
	// pids that boot used up; 0 means 1000 (or 300 when PidMax ≤ 1000).
	FirstPID PID
	// NoShell boots without the shell: Spawn's processes are init's children.
	NoShell bool
}

// Validate reports a configuration no Linux would accept, in words a user of
// a scenario header understands. New panics on such a configuration, so
// callers that take settings from users check here first.
func (c Config) Validate() error {
	if c.PidMax != 0 && (c.PidMax <= ReservedPIDs || c.PidMax > pidMaxLimit) {
		return fmt.Errorf("pid_max=%d: Linux accepts %d to %d (kernel/pid.c: RESERVED_PIDS+1 to PID_MAX_LIMIT); to bound the number of processes use a pids cgroup limit (pids_max=N)", c.PidMax, ReservedPIDs+1, pidMaxLimit)
	}
	if c.PidsLimit < 0 {
		return fmt.Errorf("pids_max=%d: want a positive number of processes", c.PidsLimit)
	}
	if c.InitDelay < 0 {
		return fmt.Errorf("init delay %d: want a positive duration", c.InitDelay)
	}
	if c.FirstPID != 0 && (c.FirstPID < 2 || int(c.FirstPID) >= c.withPidMax()) {
		return fmt.Errorf("first pid %d: want 2 to pid_max-1", c.FirstPID)
	}
	return nil
}

func (c Config) withPidMax() int {
	if c.PidMax == 0 {
		return DefaultPidMax
	}
	return c.PidMax
}

// withDefaults fills in zero fields and panics on a configuration no Linux
// would accept (pid_max below RESERVED_PIDS+1 or above PID_MAX_LIMIT).
func (c Config) withDefaults() Config {
	if c.PidMax == 0 {
		c.PidMax = DefaultPidMax
	}
	if c.PidMax <= ReservedPIDs || c.PidMax > pidMaxLimit {
		panic(fmt.Sprintf("kernel: PidMax %d outside %d..%d", c.PidMax, ReservedPIDs+1, pidMaxLimit))
	}
	if c.FirstPID == 0 {
		c.FirstPID = 1000
		if c.PidMax <= 1000 {
			c.FirstPID = ReservedPIDs
		}
	}
	if c.FirstPID < 2 || int(c.FirstPID) >= c.PidMax {
		panic(fmt.Sprintf("kernel: FirstPID %d outside 2..%d", c.FirstPID, c.PidMax-1))
	}
	if c.PidsLimit < 0 || c.InitDelay < 0 {
		panic("kernel: negative PidsLimit or InitDelay")
	}
	return c
}
