# xargs in the zombie-hunting one-liners (ps ... | xargs kill -9): how it
# splits and quotes its input, -n -L -I -r -t -0 -d, its exit statuses for
# failed, missing and killed commands, and the shell's printf escapes and
# widths that feed it.
import os, subprocess
cmds = ["echo '1 2\\n3' | xargs echo", "printf '' | xargs echo x; echo rc $?", "printf '' | xargs -r echo x; echo rc $?", "echo 'a b c' | xargs -n1 echo", "echo 'a b' | xargs -I{} echo [{}]", "printf 'a b\\nc d\\n' | xargs -I{} echo [{}]", "echo 1 | xargs false; echo rc $?", "echo 1 | xargs nosuchcmd; echo rc $?", "echo 1 | xargs sh -c 'exit 255'; echo rc $?", "echo 1 | xargs sh -c 'kill -9 $$'; echo rc $?", "echo \"'a b' c\" | xargs -n1 echo", "echo 'a \"b' | xargs echo; echo rc $?", "echo a b | xargs -t echo", "echo a | xargs -Q; echo rc $?", "printf 'x\\0y\\0' | xargs -0 echo", "echo 12 | xargs -L1 echo", "echo a b c d | xargs -n 2 echo", "echo a | xargs -n0 echo; echo rc $?", "echo 9999999 | xargs kill -0; echo rc $?", "printf 'a\\nb\\n' | xargs", "echo a\\\\ b | xargs -n1 echo", "printf 'a,b,c' | xargs -d, -n1 echo"]
for c in cmds:
    print('$', c, flush=True)
    os.system(c + ' 2>&1')
for c in ["printf 'x\\0y\\0' | od -c | head -1", "printf '%5s|%-5s|%05d|%x|%o|%c|%%\\n' ab cd 42 255 8 xyz", "printf '%b\\n' 'a\\tb\\0101'", "printf '\\101\\102\\n'", "printf '%s-%s\\n' a b c", "printf '%d\\n' 0x10", "printf '%.2s\\n' abcdef", "printf 'a\\\\b\\n'"]:
    print('$', c, flush=True)
    os.system(c.replace(" | od -c | head -1", " | xargs -0 echo"))
p = subprocess.Popen(['sleep', '5'])
q = subprocess.Popen(['sleep', '5'])
subprocess.run('echo %d %d | xargs kill -9' % (p.pid, q.pid), shell=True)
print(p.wait(), q.wait())
