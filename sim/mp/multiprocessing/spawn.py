# multiprocessing/spawn.py: what a fresh interpreter does to become a
# Process (spawn and forkserver workers), condensed from CPython's
# Lib/multiprocessing/spawn.py (3.8-3.14).
#
# The child reads the preparation data, re-imports the main file as
# __mp_main__ (its top-level code runs again, its `if __name__ == '__main__':`
# block does not), loads the Process object and runs _bootstrap.

import sys
from multiprocessing import process
from multiprocessing import reduction
from multiprocessing import connection
from multiprocessing import util


def get_executable():
    # spawn.py get_executable: sys.executable unless set_executable() changed it.
    return sys.executable


def is_forking(argv):
    # spawn.py is_forking
    return len(argv) >= 2 and argv[1] == '--multiprocessing-fork'


def get_command_line(tracker_fd, pipe_handle):
    # spawn.py get_command_line (not frozen): the spawned child's argv.
    prog = ('from multiprocessing.spawn import spawn_main; '
            'spawn_main(tracker_fd=%d, pipe_handle=%d)' % (tracker_fd, pipe_handle))
    return ([get_executable()] + util._args_from_interpreter_flags() +
            ['-c', prog, '--multiprocessing-fork'])


def spawn_main(pipe_handle, parent_pid=None, tracker_fd=None):
    # spawn.py spawn_main (POSIX): the entry point of a spawned child, which
    # ends with a normal interpreter exit, atexit handlers included (facts §3).
    assert is_forking(sys.argv), "Not forking"
    from multiprocessing import resource_tracker
    resource_tracker._resource_tracker._fd = tracker_fd
    # CPython keeps os.dup(pipe_handle) as the parent sentinel and closes
    # pipe_handle after reading; keeping pipe_handle open is the same.
    exitcode = _main(pipe_handle, pipe_handle)
    sys.exit(exitcode)


def _main(fd, parent_sentinel):
    # spawn.py _main: preparation data first, because loading the Process
    # object needs the re-imported main module (its target function).
    process.current_process()._inheriting = True
    try:
        preparation_data = reduction.loads(connection.recv_bytes(fd))
        prepare(preparation_data)
        self = reduction.loads(connection.recv_bytes(fd))
    finally:
        process.current_process()._inheriting = False
    return self._bootstrap(parent_sentinel)


def _check_not_importing_main():
    # spawn.py _check_not_importing_main: start() at the top level of the
    # main file, without the __main__ guard, fails in the child's re-import.
    if getattr(process.current_process(), '_inheriting', False):
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...''')


def get_preparation_data(name):
    # spawn.py get_preparation_data: what the child needs before it can load
    # the Process object. sys.path, cwd and logging are not modelled.
    from multiprocessing import context
    _check_not_importing_main()
    d = {'name': name, 'sys_argv': sys.argv,
         'start_method': context._default_context.get_start_method()}
    main_path = getattr(sys.modules['__main__'], '__file__', None)
    if main_path is not None:
        d['init_main_from_path'] = main_path
    return d


def prepare(data):
    # spawn.py prepare
    from multiprocessing import context
    if 'name' in data:
        process.current_process().name = data['name']
    if 'sys_argv' in data:
        sys.argv = data['sys_argv']
    if 'start_method' in data:
        context._default_context.set_start_method(data['start_method'], force=True)
    if 'init_main_from_path' in data:
        import_main_path(data['init_main_from_path'])


def import_main_path(main_path):
    # spawn.py import_main_path -> _fixup_main_from_path: run the main file
    # as __mp_main__ and make sys.modules['__main__'] an alias of it, unless
    # this process already has it (a forkserver worker whose server preloaded
    # __main__, 3.14).
    if getattr(sys.modules['__main__'], '__file__', None) == main_path:
        return
    reduction.run_main_path(main_path)
