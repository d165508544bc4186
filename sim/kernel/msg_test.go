// Table tests for messages with files and O_NONBLOCK (msg.go): the error
// cases, and the reference counts of files in flight.

package kernel

import (
	"fmt"
	"testing"
)

func TestSendRecvMsgErrors(t *testing.T) {
	cases := []syscallCase{
		{"rights need data", func(k *Kernel, pid PID) error {
			_, err := k.SendMsg(pid, 4, nil, []int{3})
			return err
		}, EINVAL},
		{"data alone is fine", func(k *Kernel, pid PID) error {
			_, err := k.SendMsg(pid, 4, []byte("x"), nil)
			return err
		}, nil},
		{"send on the read end", func(k *Kernel, pid PID) error {
			_, err := k.SendMsg(pid, 3, []byte("x"), nil)
			return err
		}, EBADF},
		{"send a closed fd", func(k *Kernel, pid PID) error {
			_, err := k.SendMsg(pid, 4, []byte("x"), []int{9})
			return err
		}, EBADF},
		{"receive nothing", func(k *Kernel, pid PID) error {
			_, _, err := k.RecvMsg(pid, 3, 0)
			return err
		}, EINVAL},
		{"receive on the write end", func(k *Kernel, pid PID) error {
			_, _, err := k.RecvMsg(pid, 4, 1)
			return err
		}, EBADF},
		{"nonblocking read of an empty pipe", func(k *Kernel, pid PID) error {
			if err := k.SetNonblock(pid, 3, true); err != nil {
				return err
			}
			_, _, err := k.RecvMsg(pid, 3, 1)
			return err
		}, EAGAIN},
		{"blocking read of an empty pipe", func(k *Kernel, pid PID) error {
			_, _, err := k.RecvMsg(pid, 3, 1)
			return err
		}, ErrBlocked},
	}
	runSyscallCases(t, cases, func(t *testing.T, k *Kernel, pid PID) {
		if r, w, err := k.Pipe(pid); err != nil || r != 3 || w != 4 {
			t.Fatalf("pipe: %d %d %v", r, w, err)
		}
	})
}

// TestFileInFlightKeepsReference: the sender may close its fd at once; the
// file lives in the message until received, then in the receiver's table.
func TestFileInFlightKeepsReference(t *testing.T) {
	k := New(Config{})
	pid, _ := k.Spawn("python3 main.py")
	k.Pipe(pid)            // 3, 4: the channel
	r, w, _ := k.Pipe(pid) // 5, 6: the pipe whose write end travels
	if _, err := k.SendMsg(pid, 4, []byte("m"), []int{w}); err != nil {
		t.Fatal(err)
	}
	if err := k.Close(pid, w); err != nil {
		t.Fatal(err)
	}
	if err := CheckInvariants(k); err != nil {
		t.Fatal(err)
	}
	if ready, _ := k.Poll(pid, []int{r}, 0); len(ready) != 0 {
		t.Fatalf("pipe reads EOF while its write end is in flight")
	}
	data, fds, err := k.RecvMsg(pid, 3, 10)
	if err != nil || string(data) != "m" || len(fds) != 1 || fds[0] != w {
		t.Fatalf("recvmsg = %q %v %v, want \"m\" [%d]", data, fds, err, w)
	}
	if err := k.Close(pid, fds[0]); err != nil {
		t.Fatal(err)
	}
	if ready, _ := k.Poll(pid, []int{r}, 0); len(ready) != 1 {
		t.Fatalf("no EOF after the received write end was closed")
	}
	if err := CheckInvariants(k); err != nil {
		t.Fatal(err)
	}
}

// A write end travels in a message: the receiver gets it at its lowest
// free fd, and the pipe reads EOF only when that copy is closed too.
func ExampleKernel_SendMsg() {
	k := New(Config{})
	pid, _ := k.Spawn("python3 server.py")
	k.Pipe(pid)            // 3, 4: the channel
	r, w, _ := k.Pipe(pid) // 5, 6: a status pipe
	k.SendMsg(pid, 4, []byte("req"), []int{w})
	k.Close(pid, w)
	data, fds, _ := k.RecvMsg(pid, 3, 16)
	fmt.Printf("%s %v\n", data, fds)
	k.Close(pid, fds[0])
	data, _ = k.Read(pid, r, 8)
	fmt.Println(len(data) == 0)
	// Output:
	// req [6]
	// true
}
