// Small facts about processes derived from their command line and stack:
// the program name ps shows and whether multiprocessing is imported.

package playback

import (
	"strings"

	"zombielab/sim/pyvm"
)

// comm is the program's basename, at most 15 bytes, as Linux keeps it in
// task->comm (sim/kernel/process.go comm).
func comm(cmdline string) string {
	prog, _, _ := strings.Cut(cmdline, " ")
	if i := strings.LastIndexByte(prog, '/'); i >= 0 {
		prog = prog[i+1:]
	}
	if len(prog) > 15 {
		prog = prog[:15]
	}
	return prog
}

// usesMultiprocessing reports whether a stack runs multiprocessing code,
// which means the module, and its _children set, exist in that process.
func usesMultiprocessing(frames []pyvm.FrameInfo) bool {
	for _, f := range frames {
		if strings.HasPrefix(f.File, "multiprocessing/") {
			return true
		}
	}
	return false
}
