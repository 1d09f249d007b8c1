"""The real `planner` in a pseudo-terminal, for the tests that need a terminal a person would use."""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

_ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


class Terminal:
    """`planner PLAN` running in an 80x24 pseudo-terminal, read and typed into like a person would."""

    def __init__(self, plan: Path, state: Path, **environment: str) -> None:
        """`environment` adds to (or, given as "", removes from) the planner's environment."""
        self.leader, follower = os.openpty()
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", XDG_STATE_HOME=str(state))
        env.update(environment)
        env = {name: value for name, value in env.items() if value}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "planner", str(plan)],
            stdin=follower,
            stdout=follower,
            stderr=follower,
            env=env,
            start_new_session=True,
        )
        os.close(follower)
        self.seen = b""
        # Where the screen stood when keys were last typed (see wait_for).
        self.typed_at = 0
        self.closed = False

    def wait_for(self, text: str, timeout: float = 60) -> None:
        """Read the screen until `text` shows (escape sequences removed) in what the planner has
        written since the last keys were typed."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if select.select([self.leader], [], [], 0.05)[0]:
                try:
                    self.seen += os.read(self.leader, 65536)
                except OSError:
                    break
                if text.encode() in _ESCAPES.sub(b"", self.seen[self.typed_at :]):
                    return
        raise AssertionError(f"{text!r} never showed on the screen")

    def exit_code(self, timeout: float = 60) -> int:
        """Wait for the planner to end, reading the screen meanwhile, and return its exit code.

        A planner that is ending still paints (its last frame, then the terminal's reset): with
        nobody reading, the terminal's buffer fills and its writer thread blocks, so the planner
        would never end."""
        deadline = time.monotonic() + timeout
        while not self.closed and self.process.poll() is None and time.monotonic() < deadline:
            if select.select([self.leader], [], [], 0.05)[0]:
                try:
                    self.seen += os.read(self.leader, 65536)
                except OSError:
                    break  # the planner closed its end: it is about to be reaped
        return self.process.wait(timeout=max(deadline - time.monotonic(), 1))

    def type(self, keys: str) -> None:
        """Write `keys` in a single write(), as a person typing fast, a slow SSH link or a paste
        delivers them; no pause: wait for what they do with `wait_for` (which looks only at what
        the planner writes from now on) or `exit_code`."""
        self.typed_at = len(self.seen)
        os.write(self.leader, keys.encode())

    def hang_up_without_signal(self) -> None:
        """Close the terminal's other end, as a dead SSH connection does, sending no signal."""
        os.close(self.leader)
        self.closed = True

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=60)
        if not self.closed:
            os.close(self.leader)
