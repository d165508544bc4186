import subprocess
r = subprocess.run(['echo', 'hello'], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(r)
