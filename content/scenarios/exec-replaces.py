# title: exec replaces the program, not the process
# title.zh: exec 换掉的是程序，不是进程
# lesson: After os.fork() the child runs the same Python program. When it
# lesson: calls os.execv('/bin/sleep', ...), the kernel loads a new program
# lesson: into the same process: the pid, the parent, the children and the
# lesson: process group stay; the command line changes, as ps shows. The
# lesson: parent still waits for the same pid and gets sleep's exit status.
# lesson.zh: os.fork() 之后，子进程运行的是同一个 Python 程序。它调用
# lesson.zh: os.execv('/bin/sleep', ...) 时，内核把一个新程序装进同一个进程：pid、父进程、
# lesson.zh: 子进程和进程组都不变，变的是命令行，ps 里可以看到。父进程等待的还是同一个 pid，
# lesson.zh: 拿到的是 sleep 的退出状态。
# zombielab: versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import os
import subprocess
import time

pid = os.fork()
if pid == 0:
    time.sleep(0.4)
    os.execv('/bin/sleep', ['sleep', '3'])
# checkpoint: forked
subprocess.run(['ps', '-o', 'pid,ppid,stat,cmd', '-p', str(pid)])
time.sleep(0.8)
# checkpoint: execed
subprocess.run(['ps', '-o', 'pid,ppid,stat,cmd', '-p', str(pid)])
r = os.waitpid(pid, 0)
# checkpoint: reaped
print('waitpid returned the same pid:', r[0] == pid, 'status', os.waitstatus_to_exitcode(r[1]))
