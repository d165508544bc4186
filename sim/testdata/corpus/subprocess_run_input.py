import subprocess
r = subprocess.run(['cat'], input='fed through stdin', capture_output=True, text=True)
print(repr(r.stdout), r.returncode)
