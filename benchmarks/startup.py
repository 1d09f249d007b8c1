"""Timing a terminal app as a person meets it, in a real 80x24 pseudo-terminal.

The clock stops when the screen text (escape sequences removed) shows a marker: a string the
awaited screen is known to hold. `time_to_marker` times a start; `Session` times keys.
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


class Session:
    """A command kept running in a pty, to time how long a key takes to show its result."""

    def __init__(self, command: Sequence[str], env: dict[str, str]) -> None:
        self.leader, follower = os.openpty()
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.process = subprocess.Popen(
            command, stdin=follower, stdout=follower, stderr=follower, env=env, start_new_session=True
        )
        os.close(follower)

    def wait_for(self, marker: str, timeout: float = 20.0) -> None:
        """Read the screen until `marker` shows."""
        started, seen, wanted = time.perf_counter(), b"", marker.encode()
        while time.perf_counter() - started < timeout:
            if select.select([self.leader], [], [], 0.01)[0]:
                seen += os.read(self.leader, 65536)
                if wanted in _ESCAPES.sub(b"", seen):
                    return
        raise TimeoutError(f"{marker!r} never appeared on the screen")

    def time_key(self, keys: bytes, marker: str) -> float:
        """Seconds from typing `keys` until `marker` shows."""
        while select.select([self.leader], [], [], 0.2)[0]:
            os.read(self.leader, 65536)  # what is already on its way is not the answer
        started = time.perf_counter()
        os.write(self.leader, keys)
        self.wait_for(marker)
        return time.perf_counter() - started

    def close(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        os.close(self.leader)
