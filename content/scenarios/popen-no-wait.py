# title: subprocess.Popen without wait(): the zombie waits for the next Popen()
# title.zh: subprocess.Popen 之后不 wait()：僵尸一直等到下一次 Popen()
# lesson: A Popen object that is dropped while its child still runs cannot
# lesson: reap it, so its __del__ puts it on the module's _active list. The
# lesson: child exits and stays a zombie: nobody calls waitpid() for it. The
# lesson: next subprocess.Popen() starts with _cleanup(), which polls every
# lesson: object on _active and reaps the finished ones; the new child is
# lesson: dropped in turn and becomes the next zombie. The same lazy cleanup
# lesson: as multiprocessing's start(), one module over.
# lesson.zh: 子进程还在运行时就被丢掉的 Popen 对象没法回收它，于是它的 __del__
# lesson.zh: 把自己放进模块级的 _active 列表。子进程退出后一直是僵尸：没有人为它调用
# lesson.zh: waitpid()。下一次 subprocess.Popen() 一开始就调用 _cleanup()，逐个 poll
# lesson.zh: _active 里的对象，回收已经结束的那些；新的子进程又被丢掉，成为下一个僵尸。
# lesson.zh: 这和 multiprocessing 的 start() 是同一种"懒回收"，只是换了一个模块。
# zombielab: versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import subprocess
import time

subprocess.Popen(['sleep', '0.3'])
# checkpoint: running
time.sleep(1.0)
# checkpoint: zombie
subprocess.Popen(['sleep', '0.3'])
# checkpoint: first-reaped
time.sleep(1.0)
# checkpoint: second-zombie
print('the second child stays a zombie: no Popen() came to reap it')
