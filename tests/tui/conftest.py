"""Shared set-up for the TUI tests: the app on a copy of a plan, with its state kept in tmp."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from planner.model import Plan
from planner.new_year import start_plan
from planner.questions import Template, load_template
from planner.tui.app import PlannerApp

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "plans"


def default_template(_plan: Plan, _path: Path) -> Template:
    return load_template()


def make_app(path: Path) -> PlannerApp:
    """The planner on `path`; a file that does not exist yet starts a new 2026-27 plan."""
    return PlannerApp(path, default_template, new_plan=lambda _path: start_plan("2026-27", ""))


def shown_notifications(app: PlannerApp) -> str:
    """The text of every notification on the screen, joined by spaces."""
    return " ".join(str(toast.render()) for toast in app.screen.query("Toast"))


async def type_coach_and_save(pilot: Pilot, app: PlannerApp, name: str) -> str:
    """Type `name` key by key as the plan's coach, save with ctrl+s; the notifications then shown."""
    await pilot.pause()
    app.screen.query_one("#step-about").query(Input).first().focus()
    await pilot.press(*name)
    await pilot.pause()
    await pilot.press("ctrl+s")
    await pilot.pause()
    return shown_notifications(app)


async def go_to_step(pilot: Pilot, step_id: str) -> None:
    """Show a step of the plan, once the plan's screen is up (it opens just after the app starts)."""
    await pilot.pause()
    pilot.app.plan_screen.go_to(step_id)  # type: ignore[attr-defined]
    await pilot.pause()


async def until(pilot: Pilot[None], condition: Callable[[], object], timeout: float = 30) -> None:
    """Let the app work until `condition()` holds: keys that arrive together are handed to the
    widgets one at a time, so a single pause may come back before the last one is handled."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the app never got there"
        await pilot.pause()


@pytest.fixture(autouse=True)
def _state_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture(autouse=True)
def _still_cursors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text cursors that never blink: a screen looks the same whenever it is captured (every
    input starts with blinking off, whenever it is built or focused)."""
    for widget in (Input, TextArea):
        monkeypatch.setattr(widget.cursor_blink, "_default", False)


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    """A copy of the 2025-26 example plan, safe to change."""
    folder = tmp_path / "plans"
    folder.mkdir()
    for name in ("2024-25.toml", "2025-26.toml"):
        shutil.copy(EXAMPLES / name, folder / name)
    return folder / "2025-26.toml"


@pytest.fixture
def app_factory() -> Callable[[Path], PlannerApp]:
    return make_app
