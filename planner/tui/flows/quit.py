"""Quitting with unsaved changes: save first, keep them as a draft, drop them, or stay."""

from __future__ import annotations

from enum import Enum

from textual.app import App

from planner.tui.dialogs import ChoiceDialog
from planner.tui.session import PlanSession


class Leave(Enum):
    """What the coach chose on the way out."""

    QUIT = "quit"
    SAVE_THEN_QUIT = "save"
    STAY = "stay"


async def ask_before_quitting(app: App, session: PlanSession) -> Leave:
    """Quit at once when nothing is unsaved; else ask. Dropping the changes forgets the draft."""
    if not session.unsaved:
        return Leave.QUIT
    if session.read_only:
        # Nothing is saved from a read-only session: its changes can only stay in its draft.
        body = f"{session.path.name} is open read-only: your changes can be kept as a draft."
        answers = [
            ("keep", "Quit, keep the draft"),
            ("discard", "Quit, drop the changes"),
            ("cancel", "Cancel"),
        ]
    else:
        body = f"{session.path.name} has changes that are not saved."
        answers = [("save", "Save and quit"), ("discard", "Quit without saving"), ("cancel", "Cancel")]
    answer = await app.push_screen_wait(ChoiceDialog("Save your changes?", body, answers))
    if answer == "save":
        return Leave.SAVE_THEN_QUIT
    if answer == "discard":
        session.unsaved = False
        session.forget_draft()
    return Leave.STAY if answer == "cancel" else Leave.QUIT
