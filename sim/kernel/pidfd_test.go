// Table tests for process descriptors (pidfd.go): what pidfd_open
// accepts, readiness at exit, waitid(P_PIDFD) and pidfd_send_signal, and
// that a descriptor keeps naming its own process after the pid is reused.

package kernel

import (
	"errors"
	"testing"
)

func TestPidfd(t *testing.T) {
	cases := []syscallCase{
		{"no such pid", func(k *Kernel, pid PID) error {
			_, err := k.PidfdOpen(pid, 31000, 0)
			return err
		}, ESRCH},
		{"pid 0", func(k *Kernel, pid PID) error {
			_, err := k.PidfdOpen(pid, 0, 0)
			return err
		}, EINVAL},
		{"unknown flags", func(k *Kernel, pid PID) error {
			_, err := k.PidfdOpen(pid, int(pid), 1)
			return err
		}, EINVAL},
		{"a thread", func(k *Kernel, pid PID) error {
			tid, err := k.StartThread(pid)
			if err != nil {
				return err
			}
			_, err = k.PidfdOpen(pid, int(tid), 0)
			return err
		}, EINVAL},
		{"close-on-exec, not readable while the child lives, read EINVAL", func(k *Kernel, pid PID) error {
			c, _ := k.Fork(pid)
			fd, err := k.PidfdOpen(pid, int(c), 0)
			if err != nil {
				return err
			}
			if ce, _ := k.Cloexec(pid, fd); !ce {
				return errors.New("not close-on-exec")
			}
			if ready, _ := k.Poll(pid, []int{fd}, 0); len(ready) != 0 {
				return errors.New("readable while the child lives")
			}
			_, err = k.Read(pid, fd, 8)
			return err
		}, EINVAL},
		{"readable at exit, waitid reaps that child, then ECHILD", func(k *Kernel, pid PID) error {
			other, _ := k.Fork(pid)
			c, _ := k.Fork(pid)
			fd, _ := k.PidfdOpen(pid, int(c), 0)
			k.Exit(other, Exited(1))
			if ready, _ := k.Poll(pid, []int{fd}, 0); len(ready) != 0 {
				return errors.New("readable when another child exited")
			}
			k.Exit(c, Exited(7))
			if ready, _ := k.Poll(pid, []int{fd}, 0); len(ready) != 1 {
				return errors.New("not readable after the exit")
			}
			res, err := k.Waitid(pid, PPIDFD, fd, WEXITED)
			if err != nil || res.PID != c || res.Status.ExitStatus() != 7 {
				return errors.New("waitid did not reap the pidfd's child")
			}
			if err := CheckInvariants(k); err != nil {
				return err
			}
			_, err = k.Waitid(pid, PPIDFD, fd, WEXITED)
			return err
		}, ECHILD},
		{"a poller sleeps until the exit", func(k *Kernel, pid PID) error {
			c, _ := k.Fork(pid)
			fd, _ := k.PidfdOpen(pid, int(c), 0)
			if _, err := k.Poll(pid, []int{fd}, -1); !errors.Is(err, ErrBlocked) {
				return errors.New("poll did not block")
			}
			k.Exit(c, Exited(0))
			if p := k.lookup(pid); p.state != StateRunning && p.state != StateSleeping {
				return errors.New("poller in a strange state")
			}
			ready, err := k.Poll(pid, []int{fd}, -1)
			if err != nil || len(ready) != 1 {
				return errors.New("not ready after the exit")
			}
			return nil
		}, nil},
		{"nonblocking waitid on a live child", func(k *Kernel, pid PID) error {
			c, _ := k.Fork(pid)
			fd, _ := k.PidfdOpen(pid, int(c), PidfdNonblock)
			_, err := k.Waitid(pid, PPIDFD, fd, WEXITED)
			return err
		}, EAGAIN},
		{"waitid on a pipe", func(k *Kernel, pid PID) error {
			r, _, _ := k.Pipe(pid)
			_, err := k.Waitid(pid, PPIDFD, r, WEXITED)
			return err
		}, EBADF},
		{"signal to a zombie succeeds", func(k *Kernel, pid PID) error {
			c, _ := k.Fork(pid)
			fd, _ := k.PidfdOpen(pid, int(c), 0)
			k.Exit(c, Exited(0))
			return k.PidfdSendSignal(pid, fd, SIGTERM, 0)
		}, nil},
		{"bad flags", func(k *Kernel, pid PID) error {
			fd, _ := k.PidfdOpen(pid, int(pid), 0)
			return k.PidfdSendSignal(pid, fd, 0, 3)
		}, EINVAL},
	}
	runSyscallCases(t, cases, nil)
}

// TestPidfdOutlivesItsPid: after the child is reaped and its pid goes to a
// new child (pid_max wrapped), the old descriptor names no process: waitid
// is ECHILD and a signal ESRCH, and the new child is untouched.
func TestPidfdOutlivesItsPid(t *testing.T) {
	k := New(Config{PidMax: 310, FirstPID: 305, NoShell: true})
	pid, err := k.Spawn("python3 main.py")
	if err != nil {
		t.Fatal(err)
	}
	old, _ := k.Fork(pid)
	fd, _ := k.PidfdOpen(pid, int(old), 0)
	k.Exit(old, Exited(0))
	if _, err := k.Wait(pid, WaitOptions{Pid: int(old)}); err != nil {
		t.Fatal(err)
	}
	var reused PID
	for i := 0; i < 20 && reused != old; i++ {
		c, err := k.Fork(pid)
		if err != nil {
			t.Fatal(err)
		}
		if c != old {
			k.Exit(c, Exited(0))
			k.Wait(pid, WaitOptions{Pid: int(c)})
		}
		reused = c
	}
	if reused != old {
		t.Fatalf("pid %d never came back", old)
	}
	if _, err := k.Waitid(pid, PPIDFD, fd, WEXITED|WNOHANG); !errors.Is(err, ECHILD) {
		t.Errorf("waitid through the old pidfd: %v, want ECHILD", err)
	}
	if err := k.PidfdSendSignal(pid, fd, SIGKILL, 0); !errors.Is(err, ESRCH) {
		t.Errorf("signal through the old pidfd: %v, want ESRCH", err)
	}
	if p := k.lookup(reused); p == nil || !p.state.Live() {
		t.Errorf("the new child with pid %d was hit", reused)
	}
	if ready, _ := k.Poll(pid, []int{fd}, 0); len(ready) != 1 {
		t.Errorf("the old pidfd is not readable")
	}
}
