# /bin/false (coreutils): exit 1.
import sys
sys.exit(1)
