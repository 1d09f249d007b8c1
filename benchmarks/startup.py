"""Time from starting a terminal app to its first painted screen, in a real pseudo-terminal.

Each command runs in an 80x24 pty; the clock stops when the screen text (escape sequences
removed) first shows the command's marker, a string its first screen is known to hold.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Sequence

_ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


def time_to_marker(command: Sequence[str], marker: str, env: dict[str, str], timeout: float = 20.0) -> float:
    """Seconds from spawning `command` in a pty until `marker` appears on its screen."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=follower, stdout=follower, stderr=follower, env=env, start_new_session=True
    )
    os.close(follower)
    seen = b""
    wanted = marker.encode()
    try:
        while time.perf_counter() - started < timeout:
            ready, _, _ = select.select([leader], [], [], 0.05)
            if not ready:
                continue
            try:
                seen += os.read(leader, 65536)
            except OSError:
                break
            if wanted in _ESCAPES.sub(b"", seen):
                return time.perf_counter() - started
        raise TimeoutError(f"{marker!r} never appeared on the screen of {' '.join(command)}")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        os.close(leader)
