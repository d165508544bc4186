// Package playback turns a simulator run into something a player can move
// through: a seekable sequence of steps, one per Python line any process
// executes, and for every step a Snapshot of plain data — the process table
// as ps would show it, each process's call stack and multiprocessing
// _children set, the console so far, recently reaped processes, a timeline
// of states per process, and a one-sentence narration in English and
// Chinese.
//
// A Player keeps keyframes of its whole view state every KeyframeEvery
// steps and replays the trace records between a keyframe and the target, so
// Seek costs the same anywhere in a trace of millions of steps. Programs
// that never end are run further on demand (Extend), up to the run's step
// cap or time limit.
//
// The view state is derived from the trace alone (kernel events, line
// records and _children records), never from the live kernel, so any past
// step can be rebuilt. What it deliberately does not model: CPU time (the
// ps TIME column is always 0:00.00, since the trace does not record it),
// file descriptors and pipes (narrated, not tabled), and signal
// dispositions. Like the rest of sim/ it is deterministic: no clock, no
// goroutines, no map iteration in anything it outputs.
package playback
