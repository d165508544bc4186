// The kernel-driven processes' reaping: init per its policy and the shell,
// which, like bash, reaps its jobs as soon as they finish.

package kernel

// kernelParentReaps is what init or the shell does with a new zombie child.
// tini and dumb-init answer each SIGCHLD with a waitpid(-1, WNOHANG) loop, so
// InitReapsAtOnce reaps in the same instant; InitReapsLate reaps each zombie
// InitDelay after it appeared; InitNeverReaps leaves it (docs/facts/linux.md §2).
func (k *Kernel) kernelParentReaps(parent, c *process) {
	switch {
	case parent == k.shell:
		k.reap(parent, c)
	case parent != k.init:
	case k.cfg.Init == InitReapsAtOnce:
		k.reap(parent, c)
	case k.cfg.Init == InitReapsLate:
		k.addTimer(timer{at: k.now.Add(k.cfg.InitDelay), kind: timerInitReap, task: c})
	}
}
