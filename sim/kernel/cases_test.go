// This file holds the runner the kernel's table tests share: each case
// runs against a fresh kernel with one spawned process, then the
// invariants are checked.

package kernel

import (
	"errors"
	"testing"
)

// syscallCase is one table test: do runs system calls for pid and returns
// the error the case is about.
type syscallCase struct {
	name string
	do   func(k *Kernel, pid PID) error
	want error
}

// runSyscallCases runs each case on a new kernel after setup (nil: none).
func runSyscallCases(t *testing.T, cases []syscallCase, setup func(t *testing.T, k *Kernel, pid PID)) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			k := New(Config{})
			pid, err := k.Spawn("python3 main.py")
			if err != nil {
				t.Fatal(err)
			}
			if setup != nil {
				setup(t, k, pid)
			}
			if err := c.do(k, pid); !errors.Is(err, c.want) && err != c.want {
				t.Errorf("got %v, want %v", err, c.want)
			}
			if err := CheckInvariants(k); err != nil {
				t.Error(err)
			}
		})
	}
}
