// Package checkpoint is the shared checkpoint contract of
// docs/CHECKPOINTS.md: the snapshot of a process family taken when
// the main process reaches a "# checkpoint: LABEL" comment, its one-line JSON
// form, the ordering of roles, and the agreement rule between two streams
// (the simulator's and the real-CPython probe's).
//
// It models only what the contract compares: roles, parent roles and the
// three states alive, zombie and gone (gone processes are simply absent),
// plus the roles held in multiprocessing.process._children. It deliberately
// carries no pids and no exit statuses, which differ from run to run, and
// Compare ignores t_ms, because a logical clock and a real one never agree
// to the millisecond.
package checkpoint
