"""`planner` with no plan named: the plans found here are offered, and a new one."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from planner.new_year import start_plan
from planner.tui.app import PlannerApp
from planner.tui.screens.picker_screen import PlanPicker
from tests.tui.harness import default_template


def _picker_app(found: list[Path], new_file: Path) -> PlannerApp:
    return PlannerApp(
        None,
        default_template,
        new_plan=lambda _path: start_plan("2026-27", ""),
        found_plans=found,
        new_plan_path=new_file,
    )


async def test_the_coach_picks_a_plan_found_in_the_folder(example_copy: Path) -> None:
    app = _picker_app([example_copy], example_copy.with_name("2026-27.toml"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PlanPicker)
        options = app.screen.query_one(OptionList)
        assert options.option_count == 2
        options.focus()
        options.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert app.session is not None and app.session.path == example_copy
        assert app.session.plan.about.coach == "Maya Lindqvist"


async def test_the_coach_starts_a_new_plan_from_the_picker(tmp_path: Path) -> None:
    new_file = tmp_path / "2026-27.toml"
    app = _picker_app([], new_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one(OptionList).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.session is not None and app.session.plan.school_year == "2026-27"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert new_file.exists()
