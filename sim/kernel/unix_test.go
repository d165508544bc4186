// Table tests for listening sockets and connections (unix.go): the errors,
// the data path both ways, EOF and EPIPE between the ends, and what a
// listener's close does to connections never accepted.

package kernel

import (
	"errors"
	"testing"
)

func TestSockets(t *testing.T) {
	path := SockAddr{Name: "/tmp/pymp-1/listener-0"}
	port := SockAddr{Inet: true, Name: "127.0.0.1:6000"}
	cases := []syscallCase{
		{"listen twice at one address", func(k *Kernel, pid PID) error {
			k.Listen(pid, path)
			_, err := k.Listen(pid, path)
			return err
		}, EADDRINUSE},
		{"connect to no path", func(k *Kernel, pid PID) error {
			_, _, err := k.Connect(pid, path)
			return err
		}, ENOENT},
		{"connect to no port", func(k *Kernel, pid PID) error {
			_, _, err := k.Connect(pid, port)
			return err
		}, ECONNREFUSED},
		{"accept on a pipe", func(k *Kernel, pid PID) error {
			k.Pipe(pid)
			_, _, err := k.Accept(pid, 3)
			return err
		}, EINVAL},
		{"accept with nothing waiting blocks", func(k *Kernel, pid PID) error {
			fd, _ := k.Listen(pid, port)
			_, _, err := k.Accept(pid, fd)
			return err
		}, ErrBlocked},
		{"nonblocking accept", func(k *Kernel, pid PID) error {
			fd, _ := k.Listen(pid, port)
			k.SetNonblock(pid, fd, true)
			_, _, err := k.Accept(pid, fd)
			return err
		}, EAGAIN},
		{"read a listening socket", func(k *Kernel, pid PID) error {
			fd, _ := k.Listen(pid, port)
			_, err := k.Read(pid, fd, 1)
			return err
		}, EINVAL},
		{"the address is free once closed", func(k *Kernel, pid PID) error {
			fd, _ := k.Listen(pid, path)
			k.Close(pid, fd)
			if _, _, err := k.Connect(pid, path); !errors.Is(err, ENOENT) {
				return err
			}
			_, err := k.Listen(pid, path)
			return err
		}, nil},
		{"both ways, then EOF and EPIPE", func(k *Kernel, pid PID) error {
			l, _ := k.Listen(pid, path)
			cr, cw, err := k.Connect(pid, path)
			if err != nil {
				return err
			}
			if ready, _ := k.Poll(pid, []int{l}, 0); len(ready) != 1 {
				return errors.New("listener not readable with a connection waiting")
			}
			sr, sw, err := k.Accept(pid, l)
			if err != nil {
				return err
			}
			k.Write(pid, cw, []byte("ping"))
			k.Write(pid, sw, []byte("pong"))
			if b, _ := k.Read(pid, sr, 10); string(b) != "ping" {
				return errors.New("server read " + string(b))
			}
			if b, _ := k.Read(pid, cr, 10); string(b) != "pong" {
				return errors.New("client read " + string(b))
			}
			k.Close(pid, cw)
			k.Close(pid, cr)
			if b, err := k.Read(pid, sr, 10); err != nil || len(b) != 0 {
				return errors.New("server did not read EOF")
			}
			_, err = k.Write(pid, sw, []byte("late"))
			return err
		}, EPIPE},
		{"closing the listener drops what was not accepted", func(k *Kernel, pid PID) error {
			l, _ := k.Listen(pid, port)
			cr, _, _ := k.Connect(pid, port)
			k.Close(pid, l)
			if err := CheckInvariants(k); err != nil {
				return err
			}
			b, err := k.Read(pid, cr, 1)
			if err == nil && len(b) == 0 {
				return nil // EOF: the server's end is gone
			}
			return errors.New("no EOF after the listener closed")
		}, nil},
	}
	runSyscallCases(t, cases, nil)
}
