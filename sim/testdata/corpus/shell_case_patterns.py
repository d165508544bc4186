# A case statement that sorts file names by pattern.
import subprocess

script = '''
for name in report.txt photo.jpg script.sh Makefile a.b.c data; do
    case "$name" in
        *.txt|*.md) kind=text ;;
        *.jpg|*.png) kind=image ;;
        *.sh) kind=script ;;
        [A-Z]*) kind=capitalized ;;
        *.*) kind=dotted ;;
        *) kind=other ;;
    esac
    echo "$name: $kind"
done
'''
print(subprocess.run(['sh', '-c', script], capture_output=True, text=True).stdout, end='')
