# title: A pipeline of two Popen objects, in ps
# title.zh: 用两个 Popen 搭起的管道，在 ps 里看
# lesson: The subprocess documentation replaces the shell pipeline
# lesson: `sleep 0.5 | cat` with two Popen objects joined by a pipe. ps
# lesson: shows both children of the main process. communicate() waits for
# lesson: cat, which ends when sleep closes the pipe; but nothing waits for
# lesson: sleep: it stays a zombie while the program holds its Popen object,
# lesson: until p1.wait().
# lesson.zh: subprocess 文档用两个由管道相连的 Popen 对象来代替 shell 管道
# lesson.zh: `sleep 0.5 | cat`。ps 里能看到主进程的两个子进程。communicate() 等待 cat，
# lesson.zh: 而 cat 在 sleep 关闭管道时结束；可是没有人等 sleep：只要程序还拿着它的 Popen
# lesson.zh: 对象，它就一直是僵尸，直到 p1.wait()。
# zombielab: versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import os
import subprocess
import time
from subprocess import PIPE

p1 = subprocess.Popen(['sleep', '0.5'], stdout=PIPE)
p2 = subprocess.Popen(['cat'], stdin=p1.stdout, stdout=PIPE)
p1.stdout.close()
# checkpoint: both-running
subprocess.run(['ps', '-o', 'pid,ppid,stat,cmd', '--ppid', str(os.getpid())])
out = p2.communicate()[0]
time.sleep(0.1)  # sleep's exit, which gave cat its EOF, has completed
# checkpoint: cat-reaped
subprocess.run(['ps', '-o', 'pid,ppid,stat,cmd', '--ppid', str(os.getpid())])
p1.wait()
# checkpoint: all-reaped
print('sleep exited with', p1.returncode, 'and cat with', p2.returncode)
