"""How the TUI tests drive the planner: the app on a plan, opened in a Pilot, and the moves and
waits the tests share.

    async with planner_app(path) as (app, pilot):
        await until(pilot, lambda: ...)

The app the tests get has its text cursors still (a screen looks the same whenever it is
captured) and builds only the steps it shows, unless a test asks `build_ahead=True`.
"""

from __future__ import annotations

import contextlib
import inspect
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from textual import events, on
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from planner.model import Plan
from planner.new_year import start_plan
from planner.questions import Template, load_template
from planner.tui.app import PlannerApp


def default_template(_plan: Plan, _path: Path) -> Template:
    return load_template()


class StillCursorsApp(PlannerApp):
    """The planner with every text cursor still: blinking is turned off as an input takes focus
    (only a focused cursor blinks)."""

    # Textual reads a relative CSS_PATH beside the file of the app's class: the planner's own.
    CSS_PATH = Path(inspect.getfile(PlannerApp)).parent / PlannerApp.CSS_PATH

    @on(events.DescendantFocus)
    def _still_cursor(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, (Input, TextArea)):
            event.widget.cursor_blink = False


def make_app(path: Path, *, build_ahead: bool = False, **options: Any) -> PlannerApp:
    """The planner on `path`; a file that does not exist yet starts a new 2026-27 plan.
    `options` go to PlannerApp (found_plans=, new_plan_path=...)."""
    return StillCursorsApp(
        path,
        default_template,
        new_plan=lambda _path: start_plan("2026-27", ""),
        build_ahead=build_ahead,
        **options,
    )


@contextlib.asynccontextmanager
async def planner_app(
    path: Path, *, size: tuple[int, int] = (80, 24), **options: Any
) -> AsyncIterator[tuple[PlannerApp, Pilot[None]]]:
    """The planner on `path` (see make_app for `options`) running headless at `size`, its plan
    screen up; the app and its pilot."""
    app = make_app(path, **options)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        yield app, pilot


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
