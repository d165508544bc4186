# Colour only on a terminal: the usual isatty check, in this program and in
# children whose output is captured or inherited.
import os, subprocess, sys

def paint(text):
    if sys.stdout.isatty():
        return '\033[31m' + text + '\033[0m'
    return text

print(repr(paint('error')))
# (stderr is left out: the corpus captures it apart from the terminal.)
print(os.isatty(1), sys.stdout.isatty(), os.isatty(99), os.isatty(-1))
r, w = os.pipe()
print('pipe ends:', os.isatty(r), os.isatty(w))
code = 'import os, sys; print(os.isatty(1), sys.stdout.isatty())'
out = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True).stdout
print('captured:', out.strip())
sys.stdout.flush()
subprocess.run([sys.executable, '-c', code])
subprocess.run([sys.executable, '-c', code], stdout=subprocess.DEVNULL)
try:
    os.isatty('1')
except TypeError as e:
    print('TypeError')
