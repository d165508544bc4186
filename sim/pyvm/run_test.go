// This file holds the helpers that run a program on the fake host.

package pyvm

import (
	"testing"
)

type result struct {
	stdout, stderr, out string
	status              int
	err                 error
}

func runSource(t testing.TB, src string, cfg Config) result {
	t.Helper()
	s := newFakeSys()
	p, err := s.spawn("prog.py", src, cfg)
	if err != nil {
		return result{err: err}
	}
	err = s.run(200000)
	return result{stdout: s.stdout.String(), stderr: s.stderr.String(), out: s.out.String(), status: p.status, err: err}
}

func TestSmoke(t *testing.T) {
	r := runSource(t, "x = 1 + 2\nprint('hello', x)\n", Config{})
	if r.err != nil || r.stdout != "hello 3\n" || r.status != 0 {
		t.Fatalf("got %+v", r)
	}
}
