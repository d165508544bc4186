import os
fds = []
while True:
    fds.append(os.pipe())
