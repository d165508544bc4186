// The names every enum prints: complete, distinct and stable.

package kernel

import (
	"strings"
	"testing"
)

func TestNames(t *testing.T) {
	cases := []struct {
		name string
		got  []string
		want string // the first few, joined by spaces
	}{
		{"states", []string{StateRunning.String(), StateSleeping.String(), StateZombie.String(), StateReaped.String()}, "running sleeping zombie reaped"},
		{"sleep reasons", []string{SleepNone.String(), SleepTimer.String(), SleepWait.String(), SleepRead.String(), SleepWrite.String()}, "none sleep wait read write"},
		{"signals", []string{SIGHUP.String(), SIGKILL.String(), SIGTERM.String(), SIGCHLD.String(), Signal(0).String()}, "SIGHUP SIGKILL SIGTERM SIGCHLD signal(0)"},
		{"errnos", []string{ECHILD.Error(), ECHILD.Desc(), Errno(99).String()}, "ECHILD No child processes errno(99)"},
		{"policies", []string{InitReapsAtOnce.String(), InitReapsLate.String(), InitNeverReaps.String()}, "reaps-at-once reaps-late never-reaps"},
		{"handlers", []string{SigDefault.String(), SigIgnore.String(), SigHandler.String()}, "SIG_DFL SIG_IGN handler"},
		{"durations", []string{(2 * Second).String(), (1500 * Millisecond).String(), Duration(7).String(), Duration(0).String()}, "2s 1500ms 7ns 0s"},
		{"times", []string{Time(1500 * Millisecond).String(), Time(-1).String()}, "1.500000000 -0.000000001"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := strings.Join(c.got, " "); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestEveryKindAndSignalIsNamed(t *testing.T) {
	seen := map[string]bool{}
	for k := EventKind(0); k < numEventKinds; k++ {
		n := k.String()
		if n == "" || seen[n] {
			t.Errorf("event kind %d has name %q (empty or repeated)", k, n)
		}
		seen[n] = true
	}
	for s := Signal(1); s <= maxSignal; s++ {
		got, ok := SignalByName(s.String())
		short, ok2 := SignalByName(strings.TrimPrefix(s.String(), "SIG"))
		if !ok || !ok2 || got != s || short != s {
			t.Errorf("%d: name %q does not round-trip", s, s.String())
		}
	}
}

func TestWaitStatusEncoding(t *testing.T) {
	cases := []struct {
		name     string
		st       WaitStatus
		raw      uint32
		exited   bool
		code     int
		signaled bool
		sig      Signal
		core     bool
	}{
		{"exit 0", Exited(0), 0, true, 0, false, 0, false},
		{"exit 3", Exited(3), 0x300, true, 3, false, 0, false},
		{"exit 256 keeps 8 bits", Exited(256 + 1), 0x100, true, 1, false, 0, false},
		{"SIGTERM", Signaled(SIGTERM), 15, false, 0, true, SIGTERM, false},
		{"SIGKILL", Signaled(SIGKILL), 9, false, 0, true, SIGKILL, false},
		{"SIGSEGV dumps core", Signaled(SIGSEGV), 0x8b, false, 0, true, SIGSEGV, true},
		{"SIGQUIT dumps core", Signaled(SIGQUIT), 0x83, false, 0, true, SIGQUIT, true},
		{"stopped by SIGSTOP", Stopped(SIGSTOP), 0x137f, false, 0x13, false, 0, false},
		{"continued", Continued, 0xffff, false, 0xff, false, 0, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st := c.st
			if uint32(st) != c.raw || st.Exited() != c.exited || st.ExitStatus() != c.code ||
				st.Signaled() != c.signaled || (c.signaled && st.Signal() != c.sig) || st.CoreDump() != c.core {
				t.Errorf("%#x: exited=%v code=%d signaled=%v sig=%v core=%v", uint32(st), st.Exited(), st.ExitStatus(), st.Signaled(), st.Signal(), st.CoreDump())
			}
		})
	}
}
