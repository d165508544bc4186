// Package cpythontest finds the real CPython interpreters installed on this
// machine, for the tests that compare the simulator with them. It is for
// tests only; the CLI has its own discovery (cmd/zombielab/internal/probe).
package cpythontest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// Find returns the interpreter of CPython major.minor: pyenv's newest
// patch release (under $PYENV_ROOT, else ~/.pyenv), else pythonX.Y on
// PATH; "" when there is none, or when no process can be started (under
// GOOS=js).
func Find(major, minor int) string {
	if runtime.GOOS == "js" {
		return ""
	}
	root := os.Getenv("PYENV_ROOT")
	if root == "" {
		root = filepath.Join(os.Getenv("HOME"), ".pyenv")
	}
	name := fmt.Sprintf("python%d.%d", major, minor)
	if m, _ := filepath.Glob(filepath.Join(root, "versions", fmt.Sprintf("%d.%d.*", major, minor), "bin", name)); len(m) > 0 {
		return m[len(m)-1]
	}
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	return ""
}
