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

    def wait_for(self, marker: str, timeout: float = 20.0) -> int:
        """Read the screen until `marker` shows; the number of bytes read until then."""
        started, seen, wanted = time.perf_counter(), b"", marker.encode()
        while time.perf_counter() - started < timeout:
            if select.select([self.leader], [], [], 0.01)[0]:
                seen += os.read(self.leader, 65536)
                if wanted in _ESCAPES.sub(b"", seen):
                    return len(seen)
        raise TimeoutError(f"{marker!r} never appeared on the screen")

    def time_key(self, keys: bytes, marker: str) -> float:
        """Seconds from typing `keys` until `marker` shows."""
        return self.key_cost(keys, marker)[0]

    def key_cost(self, keys: bytes, marker: str) -> tuple[float, int]:
        """Seconds from typing `keys` until `marker` shows, and the bytes written until then."""
        while select.select([self.leader], [], [], 0.2)[0]:
            os.read(self.leader, 65536)  # what is already on its way is not the answer
        started = time.perf_counter()
        os.write(self.leader, keys)
        written = self.wait_for(marker)
        return time.perf_counter() - started, written

    def close(self) -> int:
        """Kill the command; its peak resident memory in kilobytes (ru_maxrss, as Linux counts)."""
        os.killpg(self.process.pid, signal.SIGKILL)
        _, status, usage = os.wait4(self.process.pid, 0)
        self.process.returncode = os.waitstatus_to_exitcode(status)
        os.close(self.leader)
        return usage.ru_maxrss
