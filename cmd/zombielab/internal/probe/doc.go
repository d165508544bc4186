// Package probe runs a scenario file unchanged under a real CPython and
// records its checkpoint stream exactly as /work/shared/CHECKPOINTS.md
// describes; it is the "real" side of `zombielab verify`.
//
// How a run is set up:
//
//   - A small Python launcher (launcher.py) is the parent of the scenario's
//     main process. It makes itself a child subreaper
//     (prctl(PR_SET_CHILD_SUBREAPER), Linux 3.4+), so every orphan of the
//     family is reparented to it, and it reaps every child as soon as
//     SIGCHLD arrives, like tini or systemd. The simulator must model the
//     same thing for verify: the "init" of a probed family reaps adopted
//     orphans at once (an orphan shows ppid "init" while alive and is gone,
//     never "zombie", once it exits). The launcher is outside the family:
//     main's ppid is "outside", an orphan's ppid is "init".
//   - Main runs in its own process group as `python SCENARIO` (not runpy),
//     so __main__, sys.argv[0] and spawn's re-import behave as usual.
//   - Every interpreter of the family loads the probe through sitecustomize
//     on PYTHONPATH (spawn workers, the forkserver and the resource tracker
//     inherit the environment; fork children inherit the loaded probe). The
//     probe wraps os.fork, _posixsubprocess.fork_exec and
//     multiprocessing.process.BaseProcess.start to learn each new child's
//     pid and role, and appends "pid role starttime" to a shared log. It
//     never waits for, polls or signals anything of the family.
//   - In main only, sys.settrace line events on the scenario file start the
//     clock (time 0 = the first line) and take the snapshots at checkpoint
//     lines: /proc/<pid>/stat of every logged pid (the start time guards
//     against pid reuse), and the roles of multiprocessing.process._children
//     read through each object's _popen.pid (only if that module was
//     imported). Snapshots go to a file of the run directory, never to the
//     scenario's stdout.
//   - At `until` (or when main exits) the launcher SIGKILLs main's process
//     group and any process carrying the run's environment marker, and
//     reaps until it has no child left. The Go side kills the same way on
//     a timeout or a cancelled context, and checks that nothing is left.
//
// What it does not do: follow processes made by subprocess or posix_spawn
// (the contract leaves them out), or tell two records apart when a pid
// recorded in _children is reused by a later child of the same run.
package probe
