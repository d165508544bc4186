import os, subprocess, sys
os.environ['FROM_PARENT'] = 'yes'
os.system('echo parent var: $FROM_PARENT')
subprocess.run(['sh', '-c', 'echo env var: $GREETING'], env={'GREETING': 'hello', 'PATH': os.environ['PATH']})
subprocess.run([sys.executable, '-c', 'import os; print(sorted(k for k in os.environ if k in ("GREETING", "FROM_PARENT")))'], env={'GREETING': 'x'})
