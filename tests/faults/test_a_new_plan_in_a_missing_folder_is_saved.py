"""The README's first command, `planner plans/2026-27.toml` in a fresh folder: the first save creates
plans/ and says so."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from planner.plan_file import load_plan
from tests.tui.harness import make_app, type_coach_and_save
from tests.tui.terminal import Terminal

PLAN = Path("plans/2026-27.toml")


@pytest.fixture
def fresh_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder to work in (the planner's state kept apart, in tmp_path/state)."""
    folder = tmp_path / "coaching"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return folder


def test_the_readme_first_command_saves_what_the_coach_typed(fresh_folder: Path, tmp_path: Path) -> None:
    terminal = Terminal(PLAN, tmp_path / "state")
    try:
        terminal.wait_for("Jordan Lee")  # the coach's answer, where the keyboard starts, is up
        terminal.type("Wombat Fernsby")
        terminal.wait_for("Wombat Fernsby")
        terminal.type("\x13")  # ctrl+s
        terminal.wait_for("Saved plans/2026-27.toml (created")  # the message wraps at 80 columns
        terminal.type("\x11")  # ctrl+q
        assert terminal.exit_code() == 0
    finally:
        terminal.close()
    saved = fresh_folder / PLAN
    assert load_plan(saved).plan.about.coach == "Wombat Fernsby"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600


async def test_the_save_names_the_folder_it_created(fresh_folder: Path) -> None:
    app = make_app(PLAN)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        shown = await type_coach_and_save(pilot, app, "Ana López")
    assert "Saved plans/2026-27.toml (created the folder plans/)" in shown
    assert load_plan(fresh_folder / PLAN).plan.about.coach == "Ana López"
