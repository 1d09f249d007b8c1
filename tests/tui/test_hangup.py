"""A dropped SSH connection: the real planner in a pseudo-terminal gets SIGHUP mid-answer (or loses
its terminal without a signal), keeps the draft, and the next session recovers it."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from planner.plan_file import load_plan
from planner.tui.hangup import terminal_gone
from tests.tui.drafts import draft_files, draft_text
from tests.tui.terminal import Terminal


def _type_a_vision(terminal: Terminal, vision: str) -> None:
    terminal.wait_for("About this plan")
    terminal.type("\x0e")  # ctrl+n: the next step, the district's vision
    terminal.wait_for("Where is the district heading")  # its questions are on the screen
    terminal.type(vision)  # the keyboard is in the step's first answer
    terminal.wait_for(vision[-20:])


def test_a_hang_up_keeps_the_draft_and_the_next_session_recovers_it(tmp_path: Path) -> None:
    plan = tmp_path / "2026-27.toml"
    state = tmp_path / "state"
    first = Terminal(plan, state)
    try:
        _type_a_vision(first, "Every student explains their thinking")
        first.process.send_signal(signal.SIGHUP)
        assert first.exit_code() != 0
    finally:
        first.close()
    assert "Every student explains their thinking" in draft_text(plan)
    assert not plan.exists()

    second = Terminal(plan, state)
    try:
        second.wait_for("Recover your draft?")
        second.type("\r")  # Recover, the default answer
        second.wait_for("Draft recovered")
        second.type("\x13")  # ctrl+s
        second.wait_for("Saved 2026-27.toml")
        second.type("\x11")  # ctrl+q
        assert second.exit_code() == 0
    finally:
        second.close()
    assert load_plan(plan).plan.vision.district_vision == "Every student explains their thinking"
    assert draft_files(plan) == []


def test_a_terminal_closed_without_a_signal_ends_the_planner_with_its_draft(tmp_path: Path) -> None:
    plan = tmp_path / "2026-27.toml"
    terminal = Terminal(plan, tmp_path / "state")
    try:
        _type_a_vision(terminal, "Students reason aloud in pairs")
        terminal.hang_up_without_signal()
        assert terminal.exit_code() != 0
    finally:
        terminal.close()
    assert "Students reason aloud in pairs" in draft_text(plan)
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


def test_a_shutdown_signal_keeps_the_draft_too(tmp_path: Path) -> None:
    plan = tmp_path / "2026-27.toml"
    terminal = Terminal(plan, tmp_path / "state")
    try:
        _type_a_vision(terminal, "Shared tasks every unit")
        terminal.process.send_signal(signal.SIGTERM)
        assert terminal.exit_code() != 0
    finally:
        terminal.close()
    assert "Shared tasks every unit" in draft_text(plan)
