// Package probe runs a scenario file unchanged under a real CPython and
// records its checkpoint stream exactly as docs/CHECKPOINTS.md describes;
// it is the "real" side of `zombielab verify`.
//
// How a run is set up:
//
//   - zombielab makes a cgroup v2 for the run when it can (cgroup.go): a
//     process cannot leave it by setsid, a new process group, a clean
//     environment or by killing its parents, so after the run whatever is
//     still in it has escaped, and Run kills it and says so in its error.
//   - The process zombielab starts is the guard (launcher.py): it joins the
//     cgroup, makes itself a child subreaper (prctl(PR_SET_CHILD_SUBREAPER),
//     Linux 3.4+) and forks the launcher. When the launcher ends, even
//     because the scenario SIGKILLed it, the guard kills every process
//     whose /proc/*/stat ppid chain leads to it, reaps them and reports
//     what it had to kill; on SIGTERM (a timeout) it does the same at once.
//   - The launcher is the parent of the scenario's main process and a child
//     subreaper too, so every orphan of the family is reparented to it, and
//     it reaps every child as soon as SIGCHLD arrives, like tini or
//     systemd. The simulator must model the same thing for verify: the
//     "init" of a probed family reaps adopted orphans at once (an orphan
//     shows ppid "init" while alive and is gone, never "zombie", once it
//     exits). The launcher is outside the family: main's ppid is
//     "outside", an orphan's ppid is "init".
//   - Main runs in its own process group as `python SCENARIO` (not runpy),
//     so __main__, sys.argv[0] and spawn's re-import behave as usual.
//   - Every interpreter of the family loads the probe through sitecustomize
//     on PYTHONPATH (spawn workers, the forkserver and the resource tracker
//     inherit the environment; fork children inherit the loaded probe). The
//     probe wraps os.fork, _posixsubprocess.fork_exec (subprocess,
//     os.popen, multiprocessing's spawn), os.posix_spawn(p), os.system and
//     multiprocessing.process.BaseProcess.start to learn each new child's
//     pid and role, and appends "pid role starttime" to a shared log. It
//     never waits for, polls or signals anything of the family. A child of
//     os.system is counted but never seen (system() reaps it before it
//     returns).
//   - In main only, and in its main thread only (sys.settrace, not
//     threading.settrace: a checkpoint a worker thread reaches is not
//     reported, as the contract says and the simulator does), line events
//     on the scenario file start the clock (time 0 = the first line) and
//     take the snapshots at checkpoint lines: /proc/<pid>/stat of every logged pid (the start time guards
//     against pid reuse), and the roles of multiprocessing.process._children
//     read through each object's _popen.pid (only if that module was
//     imported). Snapshots go to a file of the run directory, never to the
//     scenario's stdout. Threads are not processes: listing /proc shows
//     thread-group leaders only (a thread is in /proc/PID/task), a child's
//     stat ppid is its parent's process whichever thread forked it, and a
//     process is its leader's /proc/PID/stat (testdata/probe/threads.py).
//   - At `until`, right after main has written the snapshot named by
//     until=LABEL#N (main tells the launcher on a pipe and runs nothing
//     more), or when main exits, the launcher SIGKILLs main's process
//     group and every process whose ppid chain leads to it, and reaps
//     until it has no child left. The Go side then checks the cgroup (or,
//     without one, the environment marker and main's process group) and
//     reports any survivor.
//
// What it does not do: number the children of a family member that is not
// Python (a shell's `a | b`, whatever an exec'd program forks): no probe
// runs there to count them. While their parent lives they are listed as
// PARENT.? (so the comparison shows them instead of leaving them out); an
// orphan of theirs is not seen. Nor does it tell two records apart when a
// pid recorded in _children is reused by a later child of the same run.
package probe
