"""The year at a glance and the fit in the app: the timeline screen at 80x24, a row opening its
cycle, and the coach accepting one proposed start and rejecting another."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import DataTable, OptionList, SelectionList

from planner.plan_file import load_plan, save_plan
from planner.tui.screens.fit_screen import FitScreen
from planner.tui.screens.timeline_screen import TimelineScreen
from tests.tui.harness import make_app, planner_app, until


def first_command(app: App) -> str:
    """The text of the command palette's first match ("" while it has none)."""
    found = app.screen.query("CommandList")
    if not found or not found.first(OptionList).option_count:
        return ""
    return str(found.first(OptionList).get_option_at_index(0).prompt)


def test_the_timeline_at_80x24(example_copy: Path, snap_compare) -> None:
    """The 2025-26 example from the palette: month labels, windows, eight cycles, dates to avoid,
    the cycles a week against a capacity of 3, the legend, all on one line a row."""

    async def open_timeline(pilot) -> None:
        await until(pilot, lambda: pilot.app.screen.query("StepView"))
        await pilot.press("ctrl+p")
        await pilot.press(*"Year at a glance")
        await until(pilot, lambda: first_command(pilot.app).startswith("Year at a glance"))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(pilot.app.screen, TimelineScreen))
        await pilot.pause()

    assert snap_compare(make_app(example_copy), terminal_size=(80, 24), run_before=open_timeline)


async def test_enter_on_a_row_opens_its_cycle(example_copy: Path) -> None:
    """Down to the third cycle's row (fourth in the file), enter: the cycles step, its table on
    that cycle."""
    async with planner_app(example_copy) as (app, pilot):
        app.plan_screen.action_timeline()  # type: ignore[attr-defined]
        await until(pilot, lambda: isinstance(app.screen, TimelineScreen))
        await pilot.press("down", "down", "enter")
        await until(pilot, lambda: not isinstance(app.screen, TimelineScreen) and app.screen.query(DataTable))
        screen = app.plan_screen  # type: ignore[attr-defined]
        await until(pilot, lambda: screen.step.id == "cycles")
        table = screen.query_one("#step-cycles").query_one(DataTable)
        shown = [c.id for c in sorted(screen.session.plan.cycles, key=lambda c: (c.start, c.id))]
        cycles = [c.id for c in screen.session.plan.cycles]
        # The timeline lists cycles by start date; the third row is the third to start.
        row_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        assert cycles[int(row_key)] == shown[2] != cycles[2]
        assert app.focused is table


async def test_one_proposal_accepted_and_one_rejected(example_copy: Path) -> None:
    """Two cycles with no start: the fit proposes both; space rejects the first, a applies;
    saved, the plan holds the second's proposed start and still none for the first."""
    loaded = load_plan(example_copy)
    for cycle in loaded.plan.cycles:
        if cycle.id in ("c-g2-number-talks", "c-g5-decimal-data"):
            cycle.start = None
    save_plan(loaded.plan, example_copy, expected=loaded.fingerprint)
    async with planner_app(example_copy) as (app, pilot):
        app.plan_screen.action_fit()  # type: ignore[attr-defined]
        await until(pilot, lambda: isinstance(app.screen, FitScreen))
        fit = app.screen.fit
        assert [p.cycle_id for p in fit.proposals] == ["c-g2-number-talks", "c-g5-decimal-data"]
        await until(pilot, lambda: app.screen.query_one(SelectionList).highlighted == 0)
        await pilot.press("space", "a")
        plan = app.plan_screen.session.plan  # type: ignore[attr-defined]
        await until(pilot, lambda: any(c.start for c in plan.cycles if c.id == "c-g5-decimal-data"))
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not app.plan_screen.session.unsaved)  # type: ignore[attr-defined]
    cycles = {c.id: c.start for c in load_plan(example_copy).plan.cycles}
    assert cycles["c-g2-number-talks"] is None
    assert cycles["c-g5-decimal-data"] == fit.proposals[1].start
