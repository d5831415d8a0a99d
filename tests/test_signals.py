"""Termination signals in the main process and in a process forked from it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

SCRIPT = """
import os, signal, sys, time
from dvtool.app import signals
signals.install()
read, write = os.pipe()
pid = os.fork()
if pid == 0:  # like a pool worker before its initializer: the parent's handler is still set
    os.write(write, b"x")
    time.sleep(30)
    os._exit(0)
os.read(read, 1)
os.kill(pid, signal.SIGTERM)
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status))
try:
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(5)
except signals.Terminated as done:
    print(done.exit_code)
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_a_forked_child_stopped_early_leaves_quietly_and_the_parent_unwinds() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(128 + signal.SIGTERM), str(128 + signal.SIGTERM)]
    assert "Traceback" not in done.stderr
