"""Last year beside this year: find last year's plan (asking for it when needed) and compare."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from planner.compare import Comparison, compare_plans
from planner.plan_file import PlanFileError, load_plan
from planner.questions import Template
from planner.tui.dialogs import AskText
from planner.tui.session import PlanSession


def named_last_year(session: PlanSession) -> Path | None:
    """Last year's plan as this plan names it, when that file exists."""
    named = session.plan.last_year
    path = session.path.parent / named
    return path if named and path.is_file() else None


async def _last_year(app: App, session: PlanSession) -> Path | None:
    """Last year's plan: the one this plan names, or one the coach types in."""
    found = named_last_year(session)
    if found is not None:
        return found
    typed = await app.push_screen_wait(
        AskText(
            "Which plan is last year's?",
            "This plan names no last year's plan that can be found. Type its path "
            "(enter to compare, escape to cancel).",
            session.plan.last_year,
        )
    )
    return Path(typed) if typed else None


async def compare_with_last_year(app: App, session: PlanSession, template: Template) -> Comparison | None:
    """Last year's plan compared with this one (None: the coach cancelled, or it cannot be read)."""
    path = await _last_year(app, session)
    if path is None:
        return None
    try:
        last_year = load_plan(path).plan
    except PlanFileError as error:
        app.notify(str(error.problems[0]), title="Cannot read last year's plan", severity="error")
        return None
    return compare_plans(last_year, session.plan, template)
