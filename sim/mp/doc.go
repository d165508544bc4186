// Package mp holds the simulator's model of CPython's multiprocessing
// package, written in the Python subset that sim/pyvm runs, and serves it to
// the interpreter's Loader (Source). When a scenario does
// `import multiprocessing as mp`, these files are what runs, line by line,
// so a learner can step into p.start() and watch _cleanup() call poll(),
// which calls os.waitpid(pid, os.WNOHANG) and reaps the previous child.
//
// What it models, following Lib/multiprocessing of CPython 3.8.18, 3.11.7,
// 3.12.1, 3.13.0 and 3.14 (read from source; see MODEL.md for the map from
// each rule of docs/facts/cpython.md to the function that implements it):
//
//   - process.py: BaseProcess (start with its asserts, _cleanup() first and
//     _children.add last; join, is_alive, exitcode, close, terminate, kill,
//     interrupt from 3.14, __repr__ that polls), the module-global _children
//     set, active_children, current_process, parent_process and the child's
//     _bootstrap with the exit-code rules (3.8 reads e.args, 3.9+ e.code) and
//     util._exit_function in its finally up to 3.12.
//   - context.py: fork, spawn and forkserver contexts; the lazily chosen
//     default (fork up to 3.13, forkserver from 3.14); set_start_method and
//     its RuntimeError.
//   - popen_fork.py: the sentinel pipe, os.fork, os._exit in the child (with
//     atexit._clear/_run_exitfuncs from 3.13), poll = waitpid(WNOHANG) where
//     any OSError means "running", wait(timeout), signals.
//   - popen_spawn_posix.py, spawn.py: the resource tracker, a fresh
//     interpreter started with spawnv_passfds, the main file re-imported as
//     __mp_main__, sys.exit(exitcode).
//   - popen_forkserver.py, forkserver.py: the server started on first use,
//     workers forked by the server and reaped by its SIGCHLD handler loop,
//     exit codes over the status pipe, 255 at EOF.
//   - resource_tracker.py, util.py (_exit_function, finalizers,
//     register_after_fork), connection.py (wait on fds, Pipe, Connection).
//   - synchronize.py (Lock, RLock, Semaphore, BoundedSemaphore, Condition,
//     Event, Barrier over _multiprocessing.SemLock, a named kernel
//     semaphore), queues.py (Queue with its feeder thread and exit-time
//     join, JoinableQueue, SimpleQueue), sharedctypes.py (Value, Array,
//     RawValue, RawArray over kernel shared memory, _zombielab_shm).
//   - pool.py (Pool and ThreadPool: the worker, task and result handler
//     threads, _maintain_pool reaping exited workers, maxtasksperchild,
//     the Finalize that terminates a pool at exit); concurrent.futures,
//     which drives these modules, is in sim/pylib.
//
// Where versions differ the code has an explicit `if sys.version_info >=
// (3, N):` branch; sys.version_info is the modelled version.
//
// What it needs from the interpreter: the native modules os (getpid, fork,
// _exit, waitpid, waitstatus_to_exitcode and, for 3.8, WIFSIGNALED,
// WTERMSIG, WEXITSTATUS; kill, pipe, read, write, close, set_blocking),
// signal (signal, set_wakeup_fd, SIGCHLD, SIGINT, SIGTERM, SIGKILL,
// SIG_IGN), sys (version_info, platform, argv, executable, modules, exit,
// stdout and stderr with flush), time.monotonic, select.select, atexit
// (register, _clear, _run_exitfuncs), bytes built from a list of ints,
// indexed, sliced, concatenated and compared; and, for spawn and forkserver
// only, the native module _zombielab, used by reduction.py alone: dumps, loads,
// sendmsg(fd, data, fds), recvmsg(fd) -> (data, fds), spawnv_passfds(path,
// args, passfds) -> pid (the new interpreter sees sys.argv as CPython's
// `-c` does: ['-c'] and the arguments after the code, here
// ['-c', '--multiprocessing-fork']), import_main_path(path) (runs the file as
// __mp_main__ with __file__ = path and aliases sys.modules['__main__'] to
// it) and print_exc() (the handled exception's traceback, to stderr).
//
// Listener and Client (connection.py) and the managers (managers.py: a
// server process, proxies, authkey handshakes) run over the kernel's
// listening sockets (sim/kernel/unix.go), where a connection is two pipes.
//
// What it deliberately does not model: the forkserver's AF_UNIX socket
// with SCM_RIGHTS (a pipe plus reduction.sendfds and recvfds), HMAC
// challenges (the key itself is sent, for the fork server's 3.14 handshake
// and for Listener/Client), pickling (reduction.dumps
// and loads), os.dup (the fd is kept open instead of
// duplicated and closed), the locks around the fork server and the
// tracker, weak references and
// garbage collection (the _dangling WeakSet is gone; a Finalize runs when
// called or at exit, never when its object is freed; in CPython the sentinel
// pipe of a Process closes when the object is freed, here it closes as soon
// as the child is reaped, in Popen._collect, so a program that uses
// p.sentinel after the child was reaped sees a closed fd where CPython sees
// EOF), logging (util.info and debug),
// stdin, sys.path and the working directory, random authkeys, SyncManager's
// Pool, Array and Barrier, ctypes beyond its simple types, resource_sharer
// (a Connection sent to a running process), and the tracker's own cleanup
// of leaked semaphores. 3.14's reaping of the resource tracker at
// shutdown happens in ResourceTracker.__del__ in CPython; here it is an
// atexit hook that runs right after _exit_function.
package mp
