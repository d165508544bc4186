// Examples that double as documentation of the kernel's API.

package kernel_test

import (
	"fmt"

	"zombielab/sim/kernel"
)

// A child that exits stays a zombie until its parent waits for it.
func Example_zombie() {
	k := kernel.New(kernel.Config{})
	main, _ := k.Spawn("python3 main.py")
	child, _ := k.Fork(main)
	k.Exit(child, kernel.Exited(0))
	fmt.Print(kernel.FormatPS(k.Snapshot()))

	res, _ := k.Wait(main, kernel.WaitOptions{Pid: -1})
	fmt.Println("reaped", res.PID, res.Status)
	_, err := k.Wait(main, kernel.WaitOptions{Pid: -1})
	fmt.Println(err, "-", err.(kernel.Errno).Desc())
	// Output:
	//   PID  PPID STAT     TIME CMD
	//     1     0 S     0:00.00 init
	//  1000     1 S     0:00.00 bash
	//  1001  1000 R     0:00.00 python3 main.py
	//  1002  1001 Z     0:00.00 [python3] <defunct>
	// reaped 1002 exited 0
	// ECHILD - No child processes
}

// When a parent dies, init adopts its children; under a bare container
// PID 1 an adopted zombie is never reaped.
func Example_orphan() {
	k := kernel.New(kernel.Config{Init: kernel.InitNeverReaps, NoShell: true})
	main, _ := k.Spawn("server")
	child, _ := k.Fork(main)
	grandchild, _ := k.Fork(child)
	seen := len(k.Events())
	k.Exit(child, kernel.Exited(0))
	k.Wait(main, kernel.WaitOptions{Pid: int(child)})
	k.Exit(grandchild, kernel.Exited(0))
	for _, e := range k.Events()[seen:] {
		if !e.Fact() { // state facts are implied by the lines
			fmt.Println(e)
		}
	}
	// Output:
	// 0.000000000 1001 exit: exited 0
	// 0.000000000 1002 reparent: 1001 → 1
	// 0.000000000 1001 zombie
	// 0.000000000 1000 signal SIGCHLD from 1001: ignored by default
	// 0.000000000 1000 reap 1001: exited 0
	// 0.000000000 1002 exit: exited 0
	// 0.000000000 1002 zombie
	// 0.000000000 1 signal SIGCHLD from 1002: ignored by default
}

// The scheduler protocol: Next picks who runs, a call that returns
// ErrBlocked is retried when Next returns the process again.
func Example_scheduler() {
	k := kernel.New(kernel.Config{})
	main, _ := k.Spawn("python3 main.py")
	child, _ := k.Fork(main)
	for {
		pid, ok := k.Next(10 * kernel.Time(kernel.Second))
		if !ok {
			break
		}
		switch pid {
		case main:
			res, err := k.Wait(main, kernel.WaitOptions{Pid: int(child)})
			if err == kernel.ErrBlocked {
				fmt.Println(k.Now(), "parent blocks in wait")
				continue
			}
			fmt.Println(k.Now(), "parent reaped", res.PID, res.Status)
			k.Exit(main, kernel.Exited(0))
		case child:
			if k.Nanosleep(child, 500*kernel.Millisecond) == kernel.ErrBlocked {
				continue
			}
			k.Exit(child, kernel.Exited(7))
		}
	}
	// Output:
	// 0.000000000 parent blocks in wait
	// 0.500000000 parent reaped 1002 exited 7
}

func ExampleSignaled() {
	st := kernel.Signaled(kernel.SIGSEGV)
	fmt.Println(st, st.Signaled(), st.Signal(), st.CoreDump(), st.ExitCode())
	st = kernel.Exited(3)
	fmt.Printf("%v %#x %d\n", st, uint32(st), st.ExitStatus())
	// Output:
	// killed by SIGSEGV (core dumped) true SIGSEGV true -11
	// exited 3 0x300 3
}
