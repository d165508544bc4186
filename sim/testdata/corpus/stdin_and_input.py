# Reading standard input: the main program's stdin is at end of file (as
# with `< /dev/null`), a child started by subprocess reads what its parent
# sends through a pipe (for line in sys.stdin, input()), and a forked child
# whose descriptor 0 is made a pipe's read end reads that through sys.stdin.
import os
import subprocess
import sys

print(sys.stdin.isatty(), repr(sys.stdin.read()), repr(sys.stdin.readline()))
reverser = "import sys\nfor line in sys.stdin:\n    print(line.strip()[::-1])\nprint('lines done')\n"
p = subprocess.run([sys.executable, "-c", reverser], input="abc\nxyz\n", capture_output=True, text=True)
print(repr(p.stdout), p.returncode)
asker = ("name = input('name? ')\nage = input('age? ')\nprint('hello', name, 'aged', age)\n"
         "try:\n    input('more? ')\nexcept EOFError as e:\n    print('then', e)\n")
p = subprocess.run([sys.executable, "-c", asker], input="Ada\n36", capture_output=True, text=True)
print(repr(p.stdout))
upper = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdout.write(sys.stdin.read().upper())"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = upper.communicate(b"shout\n")
print(out, upper.returncode)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.dup2(r, 0)
    os.close(r)
    first = input()
    rest = sys.stdin.read()
    print("child got", repr(first), repr(rest), flush=True)
    os._exit(0)
os.close(r)
os.write(w, b"from parent\nand more\n")
os.close(w)
os.waitpid(pid, 0)
print("parent done")
