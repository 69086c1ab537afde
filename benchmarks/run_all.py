"""Runs every benchmark script of this folder in turn (`make bench`)."""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for script in sorted(glob.glob(os.path.join(HERE, "bench_*.py"))):
    print("==", os.path.basename(script))
    subprocess.run([sys.executable, script], check=True)
