package kernel_test

import (
	"testing"

	"zombielab/sim/kernel"
)

// TestTimerOfReapedTaskIgnoresPidReuse: a sleeper killed and reaped leaves
// its timer in the queue; when its pid goes to a new process that sleeps
// too, with the same deadline generation (both first sleeps), the old timer
// must not wake the newcomer early. Timers name the task they were set for,
// not only its pid.
func TestTimerOfReapedTaskIgnoresPidReuse(t *testing.T) {
	k := kernel.New(kernel.Config{PidMax: 303})
	main, _ := k.Spawn("python3 main.py")
	old, err := k.Fork(main)
	if err != nil {
		t.Fatal(err)
	}
	if err := k.Nanosleep(old, 10*kernel.Second); err != kernel.ErrBlocked {
		t.Fatalf("first sleep: %v", err)
	}
	if err := k.Kill(main, old, kernel.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if _, err := k.Wait(main, kernel.WaitOptions{Pid: int(old)}); err != nil {
		t.Fatal(err)
	}
	// pid_max 303: bash is 300, main 301, old 302; the search wraps to
	// 300 and finds old's pid the first free one.
	var reused kernel.PID
	for range 3 {
		pid, err := k.Fork(main)
		if err != nil {
			t.Fatal(err)
		}
		if pid == old {
			reused = pid
			break
		}
	}
	if reused == 0 {
		t.Fatalf("pid %d was not reused", old)
	}
	if err := k.Nanosleep(reused, 100*kernel.Second); err != kernel.ErrBlocked {
		t.Fatalf("newcomer's sleep: %v", err)
	}
	if err := k.Nanosleep(main, 1000*kernel.Second); err != kernel.ErrBlocked {
		t.Fatalf("main's sleep: %v", err)
	}
	seen := len(k.Events())
	pid, ok := k.Next(kernel.Time(500 * kernel.Second))
	if !ok || pid != reused {
		t.Fatalf("Next = %d, %v; want %d", pid, ok, reused)
	}
	if got, want := k.Now(), kernel.Time(100*kernel.Second); got != want {
		t.Errorf("the newcomer woke at %v, want %v (its own deadline, not the dead task's)", got, want)
	}
	for _, e := range k.Events()[seen:] {
		if e.Kind == kernel.EventWake && e.PID == reused && e.Time < kernel.Time(100*kernel.Second) {
			t.Errorf("woken early: %v", e)
		}
	}
}
