//go:build !js

package sim

import (
	"os/exec"
	"syscall"
)

// ownProcessGroup makes cmd the leader of a new session and process
// group that its time limit kills whole; the program the launcher runs in
// its own group, the terminal's foreground group, dies of the SIGHUP the
// kernel sends that group when the session's leader is killed.
func ownProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
