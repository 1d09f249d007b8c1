"""A plan in a folder that takes no draft (read-only checkout, full disk, permission denied): the
draft goes to the state folder on every way out, the coach is told once where it went, and the
next session offers it."""

from __future__ import annotations

import errno
import signal
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Static

from planner.plan_file import drafts
from planner.plan_file.drafts import fallback_folder
from planner.tui.widgets import draft_line
from tests.faults.folders import read_only_folder
from tests.repository import EXAMPLES
from tests.tui.drafts import change_coach, draft_files, draft_text
from tests.tui.harness import make_app
from tests.tui.terminal import Terminal

HANG_UPS: dict[str, Callable[[Terminal], None]] = {
    "SIGHUP": lambda terminal: terminal.process.send_signal(signal.SIGHUP),
    "SIGTERM": lambda terminal: terminal.process.send_signal(signal.SIGTERM),
    "EOF": Terminal.hang_up_without_signal,
}


@pytest.mark.parametrize("hang_up", HANG_UPS)
def test_a_hang_up_keeps_the_draft_in_the_state_folder_and_the_next_session_offers_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hang_up: str
) -> None:
    state = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    with read_only_folder(tmp_path / "plans") as folder:
        plan = folder / "2026-27.toml"
        first = Terminal(plan, state)
        try:
            first.wait_for("About this plan")
            first.type("\x0e")  # ctrl+n: the district's vision, a text area
            first.wait_for("Where is the district heading")
            first.type("Every student explains their thinking")
            first.wait_for("explains their thinking")
            HANG_UPS[hang_up](first)
            assert first.exit_code() != 0
        finally:
            first.close()
        (kept,) = draft_files(plan)
        assert kept.parent == fallback_folder() == state / "planner" / "drafts"
        assert "Every student explains their thinking" in draft_text(plan)
        assert list(folder.iterdir()) == []

        second = Terminal(plan, state)
        try:
            second.wait_for("Recover your draft?")
            second.type("\r")  # Recover, the default answer
            second.wait_for("Draft recovered")
        finally:
            second.close()


async def test_a_draft_the_disk_refuses_is_said_once_above_the_fields(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    example_copy = tmp_path / "2025-26.toml"
    example_copy.write_text((EXAMPLES / "2025-26.toml").read_text())
    monkeypatch.setattr(draft_line, "DRAFT_DELAY", 0.05)
    real_write = drafts.write_atomically
    full = {"disk": True}

    def write(path: Path, content: str, *, mode_from: Path | None = None) -> None:
        if full["disk"] and path.parent == example_copy.parent:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, content, mode_from=mode_from)

    monkeypatch.setattr(drafts, "write_atomically", write)
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        line = app.screen.query_one("#draft-trouble", Static)
        assert not line.display
        await change_coach(pilot, app, "First change")
        await pilot.pause(0.3)
        said = str(line.render())
        assert line.display
        assert said.startswith("⚠ draft not written beside the plan (disk full), kept in ")
        assert said.endswith(f"{fallback_folder()}/")
        await change_coach(pilot, app, "Second change")
        await pilot.pause(0.3)
        assert str(line.render()) == said
        assert [n for n in app._notifications if "draft" in n.message] == []
        full["disk"] = False
        await change_coach(pilot, app, "Third change")
        await pilot.pause(0.3)
        assert not line.display
        (kept,) = draft_files(example_copy)
        assert kept.parent == example_copy.parent
        assert 'coach = "Third change"' in kept.read_text()
