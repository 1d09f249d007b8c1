"""Leaving the conflict screen once sides are chosen: those choices are lost, so ask first."""

from __future__ import annotations

from textual.app import App

from planner.tui.dialogs import confirm


async def may_leave_conflicts(app: App, chosen: int) -> bool:
    """Whether to leave with nothing written: at once when no side is chosen yet, else only when
    the coach confirms that the `chosen` choices are dropped."""
    if not chosen:
        return True
    choices = "the side you kept" if chosen == 1 else f"the sides you kept for {chosen} answers"
    answer = await app.push_screen_wait(
        confirm(
            "Leave without saving?",
            f"Leaving drops {choices}; the plan keeps its conflict markers.",
            yes="Leave",
            no="Stay",
        )
    )
    return answer == "yes"
