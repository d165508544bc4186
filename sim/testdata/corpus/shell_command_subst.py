# Command substitution: $( ) and backquotes capture a command's output,
# without its trailing newlines; unquoted, the output is split into words.
import subprocess

script = '''
count=$(echo "a b c" | wc -w)
echo "words: $count"
for w in $(echo red green); do echo "colour $w"; done
echo "quoted: [$(printf 'x  y\\n\\n')]"
echo `echo backquotes work`
status=$(exit 4); echo "status of the substitution: $?"
'''
print(subprocess.run(['sh', '-c', script], capture_output=True, text=True).stdout, end='')
