"""Last year beside this year: find last year's plan, compare, and show one step or every change."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from planner.compare import Comparison, compare_plans
from planner.plan_file import PlanFileError, load_plan
from planner.tui.screens.compare_screen import ChangesScreen, StepCompareScreen
from planner.tui.screens.dialogs import AskText

if TYPE_CHECKING:
    from planner.tui.screens.plan_screen import PlanScreen


def named_last_year(screen: PlanScreen) -> Path | None:
    """Last year's plan as this plan names it, when that file exists."""
    session = screen.session
    named = session.plan.last_year
    path = session.path.parent / named
    return path if named and path.is_file() else None


async def _last_year(screen: PlanScreen) -> Path | None:
    """Last year's plan: the one this plan names, or one the coach types in."""
    found = named_last_year(screen)
    if found is not None:
        return found
    typed = await screen.app.push_screen_wait(
        AskText(
            "Which plan is last year's?",
            "This plan names no last year's plan that can be found. Type its path "
            "(enter to compare, escape to cancel).",
            screen.session.plan.last_year,
        )
    )
    return Path(typed) if typed else None


async def _comparison(screen: PlanScreen) -> Comparison | None:
    path = await _last_year(screen)
    if path is None:
        return None
    try:
        last_year = load_plan(path).plan
    except PlanFileError as error:
        screen.notify(str(error.problems[0]), title="Cannot read last year's plan", severity="error")
        return None
    return compare_plans(last_year, screen.session.plan, screen.template)


async def compare_with_last_year(screen: PlanScreen, *, whole_plan: bool) -> None:
    """Show last year's answers to the current step beside this year's, or every change since;
    a change chosen there takes the coach to its step."""
    comparison = await _comparison(screen)
    if comparison is None:
        return
    shown = ChangesScreen(comparison) if whole_plan else StepCompareScreen(comparison, screen.step)
    step_id = await screen.app.push_screen_wait(shown)
    if step_id:
        screen.go_to(step_id)
