// The fake host's side of LibHost (host_lib.go): enough for the native
// modules' unit tests; the kernel-backed host (sim/host_lib.go) is the
// faithful one.

package pyvm

import "strings"

func (p *fakeProc) Getsid(pid int) (int, error) { return 1, nil }
func (p *fakeProc) Setsid() (int, error)        { return p.pid, nil }

func (p *fakeProc) Waitid(idtype, id, options int) (WaitInfo, error) {
	pid := -1
	if idtype == 1 {
		pid = id
	}
	rpid, status, err := p.Waitpid(pid, options&WNOHANG)
	if err != nil || rpid == 0 {
		return WaitInfo{}, err
	}
	return WaitInfo{PID: rpid, Signo: 17, Status: (status >> 8) & 0xff, Code: CLDExited}, nil
}

func (p *fakeProc) Wait4(pid, options int) (int, int, Rusage, error) {
	rpid, status, err := p.Waitpid(pid, options)
	return rpid, status, Rusage{MaxRSS: 9000}, err
}

func (p *fakeProc) Times() ProcTimes                          { return ProcTimes{Elapsed: p.sys.now} }
func (p *fakeProc) SetITimer(v, i float64) (float64, float64) { return 0, 0 }
func (p *fakeProc) GetITimer() (float64, float64)             { return 0, 0 }
func (p *fakeProc) Pause() error                              { return ErrBlocked }

func (p *fakeProc) Urandom(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*7 + p.pid)
	}
	return b
}

func (p *fakeProc) ReadFile(path string) ([]byte, error) {
	if path == "/dev/null" {
		return nil, nil
	}
	return nil, ENOENT
}
func (p *fakeProc) WriteFile(path string, data []byte, appendTo bool) error { return nil }
func (p *fakeProc) Stat(path string) (FileInfo, error) {
	if strings.HasPrefix(path, "/proc") || path == "/" {
		return FileInfo{Dir: true}, nil
	}
	return FileInfo{}, ENOENT
}
func (p *fakeProc) Remove(path string) error              { return ENOENT }
func (p *fakeProc) ListDir(path string) ([]string, error) { return nil, ENOENT }
func (p *fakeProc) Realpath(path string) string           { return path }
