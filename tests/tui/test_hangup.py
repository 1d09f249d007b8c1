"""A dropped SSH connection: the real planner in a pseudo-terminal gets SIGHUP mid-answer (or loses
its terminal without a signal), keeps the draft, and the next session recovers it."""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from planner.plan_file import draft_path, load_plan
from planner.tui.hangup import terminal_gone

_ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


class Terminal:
    """`planner PLAN` running in an 80x24 pseudo-terminal, read and typed into like a person would."""

    def __init__(self, plan: Path, state: Path) -> None:
        self.leader, follower = os.openpty()
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", XDG_STATE_HOME=str(state))
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
        self.closed = False

    def wait_for(self, text: str, timeout: float = 20) -> None:
        """Read the screen until `text` shows (escape sequences removed)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if select.select([self.leader], [], [], 0.05)[0]:
                try:
                    self.seen += os.read(self.leader, 65536)
                except OSError:
                    break
                if text.encode() in _ESCAPES.sub(b"", self.seen):
                    return
        raise AssertionError(f"{text!r} never showed on the screen")

    def type(self, keys: str) -> None:
        os.write(self.leader, keys.encode())
        time.sleep(0.3)

    def hang_up_without_signal(self) -> None:
        """Close the terminal's other end, as a dead SSH connection does, sending no signal."""
        os.close(self.leader)
        self.closed = True

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        if not self.closed:
            os.close(self.leader)


def _type_a_vision(terminal: Terminal, vision: str) -> None:
    terminal.wait_for("About this plan")
    terminal.type("\x0e")  # ctrl+n: the next step, the district's vision
    terminal.wait_for("2. District vision")
    terminal.type("\t")  # into the first answer
    terminal.type(vision)
    terminal.wait_for(vision[-20:])


def test_a_hang_up_keeps_the_draft_and_the_next_session_recovers_it(tmp_path: Path) -> None:
    plan = tmp_path / "2026-27.toml"
    state = tmp_path / "state"
    first = Terminal(plan, state)
    try:
        _type_a_vision(first, "Every student explains their thinking")
        first.process.send_signal(signal.SIGHUP)
        assert first.process.wait(timeout=10) != 0
    finally:
        first.close()
    assert "Every student explains their thinking" in draft_path(plan).read_text()
    assert not plan.exists()

    second = Terminal(plan, state)
    try:
        second.wait_for("Recover your draft?")
        second.type("\r")  # Recover, the default answer
        second.wait_for("Draft recovered")
        second.type("\x13")  # ctrl+s
        second.wait_for("Saved 2026-27.toml")
        second.type("\x11")  # ctrl+q
        assert second.process.wait(timeout=10) == 0
    finally:
        second.close()
    assert load_plan(plan).plan.vision.district_vision == "Every student explains their thinking"
    assert not draft_path(plan).exists()


def test_a_terminal_closed_without_a_signal_ends_the_planner_with_its_draft(tmp_path: Path) -> None:
    plan = tmp_path / "2026-27.toml"
    terminal = Terminal(plan, tmp_path / "state")
    try:
        _type_a_vision(terminal, "Students reason aloud in pairs")
        terminal.hang_up_without_signal()
        assert terminal.process.wait(timeout=10) != 0
    finally:
        terminal.close()
    assert "Students reason aloud in pairs" in draft_path(plan).read_text()
    assert not plan.exists()


def test_a_terminal_is_gone_once_its_other_end_closes() -> None:
    leader, follower = os.openpty()
    try:
        os.write(leader, b"typed but not yet read")
        assert not terminal_gone(follower)
        os.close(leader)
        assert terminal_gone(follower)
    finally:
        os.close(follower)
