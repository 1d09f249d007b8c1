"""Offering the drafts of ended sessions that hold work the file lacks: recover, see the
differences, discard, or keep for later."""

from __future__ import annotations

from textual.app import App

from planner.questions import Template
from planner.tui.dialogs import ChoiceDialog, TextDialog
from planner.tui.session import PlanSession, Recovery, describe_changes

_ANSWERS = [("recover", "Recover"), ("diff", "Show differences"), ("discard", "Discard"), ("cancel", "Later")]


async def offer_recovery(app: App, session: PlanSession, template: Template, offers: list[Recovery]) -> bool:
    """Ask, draft by draft (newest first), what to do with each; returns whether one was
    recovered (the session then holds its plan, and no more are offered)."""
    for offer in offers:
        if await _offer(app, session, template, offer):
            return True
    return False


async def _offer(app: App, session: PlanSession, template: Template, offer: Recovery) -> bool:
    """Ask about one draft; whether it was recovered."""
    while True:
        answer = await app.push_screen_wait(
            ChoiceDialog("Recover your draft?", _offer_text(session, offer), _ANSWERS)
        )
        if answer != "diff":
            break
        changes = describe_changes(session.plan, offer.plan, template)
        changes += "\n" + _conflicts_text(offer) if offer.conflicts else ""
        await app.push_screen_wait(TextDialog("What recovering the draft changes in the file", changes))
    if answer == "recover":
        session.recover(offer)
        if offer.conflicts:
            await app.push_screen_wait(
                TextDialog("Answers the draft and the file both changed", _conflicts_text(offer))
            )
        return True
    if answer == "discard":
        session.discard(offer)
    return False


def _offer_text(session: PlanSession, offer: Recovery) -> str:
    draft = offer.draft
    who = ""
    if draft.owner is not None:
        who = f" by the planner that ran as process {draft.owner.pid} on {draft.owner.host}"
    lines = [
        f"A draft of {session.path.name}{who}, last written {draft.written:%Y-%m-%d %H:%M}, "
        "holds changes that were never saved (the planner was closed or the connection "
        f"dropped). It is {draft.path}."
    ]
    if offer.merged:
        lines.append("The file changed since the draft began: recovering merges the two, record by record.")
    if offer.conflicts:
        lines.append(_conflicts_text(offer))
    lines.append("Later keeps the draft as it is, to be offered next time.")
    return "\n".join(lines)


def _conflicts_text(offer: Recovery) -> str:
    return "Both the draft and the file changed these answers; recovering keeps the draft's:\n" + "\n".join(
        f"• {conflict}" for conflict in offer.conflicts
    )
