package mp_test

import "zombielab/sim/pyvm"

// noLib is the part of pyvm.Host behind the everyday library (sessions,
// interval timers, files): the multiprocessing model's tests use none of it,
// so every call fails as an unsupported system call would.
type noLib struct{}

func (noLib) Getsid(int) (int, error)                       { return 0, pyvm.EINVAL }
func (noLib) Setsid() (int, error)                          { return 0, pyvm.EINVAL }
func (noLib) Waitid(int, int, int) (pyvm.WaitInfo, error)   { return pyvm.WaitInfo{}, pyvm.EINVAL }
func (noLib) Wait4(int, int) (int, int, pyvm.Rusage, error) { return 0, 0, pyvm.Rusage{}, pyvm.EINVAL }
func (noLib) Times() pyvm.ProcTimes                         { return pyvm.ProcTimes{} }
func (noLib) SetITimer(float64, float64) (float64, float64) { return 0, 0 }
func (noLib) GetITimer() (float64, float64)                 { return 0, 0 }
func (noLib) Pause() error                                  { return pyvm.EINVAL }
func (noLib) Urandom(n int) []byte                          { return make([]byte, n) }
func (noLib) ReadFile(string) ([]byte, error)               { return nil, pyvm.EINVAL }
func (noLib) WriteFile(string, []byte, bool) error          { return pyvm.EINVAL }
func (noLib) Stat(string) (pyvm.FileInfo, error)            { return pyvm.FileInfo{}, pyvm.EINVAL }
func (noLib) Remove(string) error                           { return pyvm.EINVAL }
func (noLib) ListDir(string) ([]string, error)              { return nil, pyvm.EINVAL }
func (noLib) Realpath(p string) string                      { return p }

// The blocked mask of pyvm.SigMasks, kept and inherited but never holding
// a signal: the model only blocks around the resource tracker's start.
// A sigwait is an unsupported call here.

func (h *fakeHost) SigMask(how int, set uint64) (uint64, error) {
	old := h.p.mask
	switch how {
	case 0:
		h.p.mask |= set
	case 1:
		h.p.mask &^= set
	case 2:
		h.p.mask = set
	default:
		return old, pyvm.EINVAL
	}
	h.p.mask &^= 1<<(9-1) | 1<<(19-1) // SIGKILL and SIGSTOP
	return old, nil
}

func (h *fakeHost) SigPending() uint64 { return 0 }

func (h *fakeHost) SigWait(uint64, float64, bool) (pyvm.SigInfo, error) {
	return pyvm.SigInfo{}, pyvm.EINVAL
}
