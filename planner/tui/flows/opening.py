"""What opening a plan tells the coach (a format migrated, comments not kept, unreadable drafts set
aside), and the drafts of ended sessions it offers to recover."""

from __future__ import annotations

from textual.app import App

from planner.plan_file import lines_named
from planner.questions import Template
from planner.tui.session import PlanSession


async def on_opening(app: App, session: PlanSession, template: Template) -> bool:
    """Tell what the coach should know about the plan just opened, then offer its drafts (see
    planner.tui.flows.recover); returns whether one was recovered (the session then holds it)."""
    if session.migrated_from:
        app.notify(
            f"This plan was in format {session.migrated_from}; it will be saved in the "
            "current format when you save.",
            timeout=8,
        )
    if session.comment_lines:
        app.notify(
            f"{session.path.name} has comments ({lines_named(session.comment_lines)}). "
            "The planner keeps none: saving here drops them, so copy any you need first.",
            title="Comments are not kept",
            severity="warning",
            timeout=12,
        )
    if session.read_only:
        return False
    offers, moved = session.drafts_to_offer(template)
    for aside in moved:
        app.notify(
            f"A draft of {session.path.name} could not be read ({aside.reason}); "
            f"it is kept, moved aside, as {aside.path}",
            title="Unreadable draft",
            severity="warning",
            timeout=15,
        )
    if not offers:
        return False
    from planner.tui.flows.recover import offer_recovery  # only a plan with drafts needs it

    return await offer_recovery(app, session, template, offers)
