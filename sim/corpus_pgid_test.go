//go:build !js

package sim

import (
	"os/exec"
	"syscall"
)

// ownProcessGroup makes cmd the leader of a new process group that its
// time limit kills whole (the program's children and grandchildren too).
func ownProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
