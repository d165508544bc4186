//go:build js

package sim

import "os/exec"

// ownProcessGroup does nothing under js/wasm, where no CPython runs.
func ownProcessGroup(cmd *exec.Cmd) {}
