"""The year in review reads each cycle's results from its work sorts: start -> end share against
the target, and the outcome they give when the coach has not set one; and the list of every
change since last year keeps what was not carried over under its own heading."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, OptionList, Static

from planner.tui.screens.compare_screen import ChangesScreen
from planner.tui.widgets.records import RecordsEditor
from tests.tui.harness import go_to_step, make_app, planner_app


def _results(app) -> RecordsEditor:
    return next(e for e in app.screen.query(RecordsEditor) if e.field == "cycles" and not e.can_add)


def _rows(editor: RecordsEditor) -> list[list[str]]:
    table = editor.query_one(DataTable)
    return [[cell.plain for cell in table.get_row_at(row)] for row in range(table.row_count)]


async def test_each_cycle_shows_start_to_end_against_its_target(example_copy: Path) -> None:
    async with planner_app(example_copy) as (app, pilot):
        await go_to_step(pilot, "year-in-review")
        editor = _results(app)
        rows = _rows(editor)
        # Grade 4 launch: 7 of 23 -> 15 of 23, target 65%, no call by the coach: met, counted.
        assert rows[0][1:] == ["30% -> 65% (target 65%)", "met*"]
        # Grade 3 justify: 7 of 23 -> 15 of 23 against 70%: rose, short of the target.
        assert rows[1][1:] == ["30% -> 65% (target 70%)", "partly*"]
        # Shared models: a start work sort, the end one not counted yet.
        assert rows[4][1:] == ["35% -> not yet (target 70%)", ""]
        assert rows[5][1:] == ["", ""]
        detail = str(editor.query_one(".records-detail", Static).render())
        assert "Start -> end: 7 of 23 -> 15 of 23 (30% -> 65%, target 65%)" in detail
        assert "Goal: Goal met (counted)" in detail


async def test_the_coachs_own_call_wins_over_the_counts(example_copy: Path) -> None:
    last_year = example_copy.parent / "2024-25.toml"
    async with planner_app(last_year) as (app, pilot):
        await go_to_step(pilot, "year-in-review")
        rows = _rows(_results(app))
    # Grade 3 multiplication: 8 of 23 -> 18 of 23 against 75%, which the coach called met.
    assert rows[0][1:] == ["35% -> 78% (target 75%)", "met"]
    assert all(not row[2].endswith("*") for row in rows)


async def test_all_changes_lists_what_was_not_carried_over_once_under_its_heading(
    example_copy: Path,
) -> None:
    async with planner_app(example_copy) as (app, pilot):
        app.plan_screen.action_all_changes()
        await pilot.pause()
        assert isinstance(app.screen, ChangesScreen)
        options = app.screen.query_one(OptionList)
        shown = [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]
    heading = shown.index("Not carried over from 2024-25")
    changed, left = shown[:heading], shown[heading + 1 :]
    assert '  - cycle "Grade 1: measuring length with units" (c-g1-measurement)' in left
    assert not any("c-g1-measurement" in line for line in changed)
    assert not any(line.startswith("- ") for line in changed)
    assert "  - What to carry into next year (4 items)" in left


def test_year_in_review_at_80x24(example_copy: Path, snap_compare) -> None:
    """The year in review of the 2025-26 example, its results table focused on the second cycle:
    start -> end against the target, the outcome counted from the work sorts marked *, the line
    under the table giving the counts and the outcome in full."""

    async def focus_results(pilot) -> None:
        await go_to_step(pilot, "year-in-review")
        _results(pilot.app).focus_control()
        await pilot.press("down")
        await pilot.pause()

    assert snap_compare(make_app(example_copy), terminal_size=(80, 24), run_before=focus_results)
