"""One plan open in two planners: the second is told, and neither loses or takes the other's work."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.plan_file import lock_plan, take_over_lock
from planner.plan_file.lock import lock_path, read_lock
from planner.tui.dialogs import ChoiceDialog
from planner.tui.screens.plan_screen import PlanScreen
from tests.repository import EXAMPLES
from tests.tui.drafts import change_coach, choose, draft_files, ended_session
from tests.tui.harness import make_app
from tests.tui.terminal import Terminal


@pytest.fixture
def canonical_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    path = tmp_path / "2025-26.toml"
    path.write_text((EXAMPLES / "2025-26.toml").read_text())
    return path


@pytest.fixture
def other_planner() -> Iterator[int]:
    """The process id of a process that runs for the test's length (another planner)."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield process.pid
    process.kill()
    process.wait()


def _lock_for(canonical_example: Path, pid: int, host: str = "") -> None:
    lock_path(canonical_example).write_text(
        f"coach@{host or socket.gethostname()}.{pid} since 2026-12-02T06:10:00+00:00\n"
    )


def _answers(dialog: ChoiceDialog) -> list[str]:
    return [answer_id for answer_id, _ in dialog.answers]


async def test_a_plan_open_in_a_running_planner_opens_read_only_and_saves_nothing(
    canonical_example: Path, other_planner: int
) -> None:
    _lock_for(canonical_example, other_planner)
    before = canonical_example.read_text()
    app = make_app(canonical_example)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ChoiceDialog)
        assert f"process {other_planner}" in dialog.body and "still running" in dialog.body
        assert _answers(dialog) == ["read_only", "cancel"]
        await pilot.press("enter")  # the default: read-only
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen) and app.session.read_only
        assert "read-only" in app.screen.sub_title
        await change_coach(pilot, app, "Second window")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert any("Not saved" in n.message and "read-only" in n.message for n in app._notifications)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert _answers(app.screen)[0] == "keep"  # type: ignore[arg-type]
        await choose(pilot, app, "keep")
    assert app.return_code == 0
    assert canonical_example.read_text() == before
    (own,) = draft_files(canonical_example)
    assert f"-{os.getpid()}-" in own.name and 'coach = "Second window"' in own.read_text()
    assert read_lock(lock_path(canonical_example)).pid == other_planner  # type: ignore[union-attr]


async def test_a_stale_lock_is_taken_over_and_removed_on_quitting(canonical_example: Path) -> None:
    ended_pid = int(ended_session().split("-")[-2])
    _lock_for(canonical_example, ended_pid)
    app = make_app(canonical_example)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ChoiceDialog)
        assert "no longer running" in dialog.body
        assert _answers(dialog)[0] == "take_over"
        await pilot.press("enter")
        await pilot.pause()
        assert not app.session.read_only
        assert read_lock(lock_path(canonical_example)).pid == os.getpid()  # type: ignore[union-attr]
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not lock_path(canonical_example).exists()


async def test_a_lock_from_another_computer_is_taken_over_only_after_a_second_question(
    canonical_example: Path,
) -> None:
    _lock_for(canonical_example, 4242, host="other-laptop")
    app = make_app(canonical_example)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "another computer" in app.screen.body  # type: ignore[attr-defined]
        await choose(pilot, app, "take_over")
        assert isinstance(app.screen, ChoiceDialog) and "other-laptop" in app.screen.body
        await pilot.press("enter")  # Cancel, the default
        await pilot.pause()
    assert read_lock(lock_path(canonical_example)).host == "other-laptop"  # type: ignore[union-attr]


def test_locking_is_for_one_process_at_a_time(canonical_example: Path, other_planner: int) -> None:
    assert lock_plan(canonical_example) is None
    assert lock_plan(canonical_example) is None  # this process holds it already
    _lock_for(canonical_example, other_planner)
    holder = lock_plan(canonical_example)
    assert holder is not None and holder.pid == other_planner and holder.running
    take_over_lock(canonical_example)
    assert read_lock(lock_path(canonical_example)).pid == os.getpid()  # type: ignore[union-attr]


def test_two_real_planners_on_one_plan_keep_their_own_work(canonical_example: Path, tmp_path: Path) -> None:
    state = tmp_path / "state"
    first = Terminal(canonical_example, state)
    second = None
    try:
        first.wait_for("About this plan")
        assert read_lock(lock_path(canonical_example)).pid == first.process.pid  # type: ignore[union-attr]
        first.type("\x0e")  # ctrl+n: the district's vision
        first.wait_for("Where is the district heading")
        first.type(" First window.")
        first.wait_for("First window.")
        second = Terminal(canonical_example, state)
        second.wait_for("is already open")
        second.wait_for("still running")
        second.type("\r")  # Open read-only
        second.wait_for("2025-26.toml · read-only")
        second.type("\x13")  # ctrl+s
        second.wait_for("Not saved")
        first.process.send_signal(signal.SIGHUP)
        assert first.exit_code() != 0
        assert not lock_path(canonical_example).exists()
        (kept,) = draft_files(canonical_example)
        assert f"-{first.process.pid}-" in kept.name and "First window." in kept.read_text()
        second.type("\x11")  # ctrl+q: nothing changed here, so it quits at once
        assert second.exit_code() == 0
    finally:
        first.close()
        if second is not None:
            second.close()
    third = Terminal(canonical_example, state)
    try:
        third.wait_for("Recover your draft?")
        third.wait_for(f"process {first.process.pid}")
    finally:
        third.close()
