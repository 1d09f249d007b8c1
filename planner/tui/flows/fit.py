"""Fitting the cycles from the app: the proposal for the plan as it is now, chosen cycle by cycle."""

from __future__ import annotations

from textual.app import App

from planner.calendar.fit import apply_fit, fit_plan
from planner.model import Cycle
from planner.tui.screens.fit_screen import FitScreen
from planner.tui.session import PlanSession


async def fit_cycles(app: App, session: PlanSession, *, replan_all: bool = False) -> list[Cycle]:
    """Propose starts (for the cycles with none, or every cycle), let the coach accept or reject
    each, and give the accepted ones to the plan; returns the cycles whose start changed."""
    fit = fit_plan(session.plan, replan_all=replan_all)
    if not fit.proposals and not fit.unplaced:
        app.notify("Every cycle has a start date: re-plan them all from the command palette.")
        return []
    accepted = await app.push_screen_wait(FitScreen(fit))
    changed = apply_fit(session.plan, accepted or [])
    if changed:
        app.notify(f"New start dates for {len(changed)} of {len(fit.proposals)} cycles; save to keep them.")
    return changed
