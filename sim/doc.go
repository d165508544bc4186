// Package sim runs a scenario deterministically: it wires the kernel process
// table (sim/kernel) to one Python interpreter per process (sim/pyvm), drives
// them with the kernel's discrete-event scheduler on a logical clock, and
// records every step as a trace for the CLI, the checkpoints and the player.
// The trace is kept whole for the player; a reader that streams it (the
// CLI's run) lets the run forget what it has read (System.Forget). The step
// cap bounds lines and, through pyvm's work budget, the work a line does
// without lines of its own (a builtin's iterations, code called back from
// Go), so one line cannot run on unbounded. A task that keeps the CPU runs
// its next lines without returning from the interpreter (System.lineHook),
// with exactly the trace and clock of one step a line.
//
// What it models: the life of processes as Linux runs them (fork, exit,
// waitpid, zombies, reparenting, SIGCHLD) and CPython's behaviour on top of
// them, with per-version costs taken from the measured facts in
// docs/facts/cpython.md.
//
// What it deliberately does not model: real CPU contention (every process
// runs in parallel in logical time), memory, threads, files other than pipes
// and the terminal, and anything that would need the wall clock or the host.
// Everything under sim/ uses the standard library only and never imports os,
// time, net or sync, so a run is byte-identical natively and in WebAssembly.
package sim
