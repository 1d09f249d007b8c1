"""How the key screens look at 80x24: every step of the default flow on the 2025-26 example, and the forms."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from planner.questions import load_template
from tests.tui.harness import go_to_step, make_app

STEP_IDS = [step.id for step in load_template().steps]


@pytest.mark.parametrize("step_id", STEP_IDS)
def test_each_step_at_80x24(step_id: str, example_copy: Path, snap_compare) -> None:
    """One step of the 2025-26 example: the step list on the left with the current step marked,
    every question of the step fitting 80 columns without cut words, the keyboard in its first
    answer (its cursor shown), the key bar at the bottom."""

    async def show_step(pilot) -> None:
        await go_to_step(pilot, step_id)
        await pilot.pause()

    assert snap_compare(make_app(example_copy), terminal_size=(80, 24), run_before=show_step)


@pytest.mark.parametrize(("step_id", "list_name"), [("who", "teachers"), ("cycles", "cycles")])
def test_record_forms_at_80x24(step_id: str, list_name: str, example_copy: Path, snap_compare) -> None:
    """The form of the first teacher (or cycle) open over its step: every field labelled and
    filled from the example, Save and Cancel visible without scrolling at 80x24."""

    async def open_form(pilot) -> None:
        await go_to_step(pilot, step_id)
        editor = next(e for e in pilot.app.screen.query("RecordsEditor") if e.field == list_name)
        editor.query_one(DataTable).focus()
        await pilot.press("e")
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(make_app(example_copy), terminal_size=(80, 24), run_before=open_form)


def test_help_shown_on_a_narrow_terminal(example_copy: Path, snap_compare) -> None:
    """F1 on the cycles step at 80 columns: the help for the step shown over the questions (no
    room beside them), readable and closed by the key the bar names."""

    async def show_help(pilot) -> None:
        await go_to_step(pilot, "cycles")
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(make_app(example_copy), terminal_size=(80, 24), run_before=show_help)


def test_wide_terminal_shows_help_beside_the_questions(example_copy: Path, snap_compare) -> None:
    """The vision step at 120x30: the step's help in a column beside the questions, both fully
    visible, nothing overlapping."""

    async def show_vision(pilot) -> None:
        await go_to_step(pilot, "vision")

    assert snap_compare(make_app(example_copy), terminal_size=(120, 30), run_before=show_vision)


def test_no_color_keeps_states_readable(
    example_copy: Path,
    snap_compare,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With NO_COLOR the step marks (○ ◐ ●) and the picked teachers (X) still tell their state."""
    monkeypatch.setenv("NO_COLOR", "1")

    async def open_cycle(pilot) -> None:
        await go_to_step(pilot, "cycles")
        pilot.app.screen.query_one(DataTable).focus()
        await pilot.press("e")
        await pilot.pause()
        teachers = next(q for q in pilot.app.screen.query(".question") if q.spec.label == "Teachers")
        teachers.focus_control()
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(make_app(example_copy), terminal_size=(80, 24), run_before=open_cycle)
