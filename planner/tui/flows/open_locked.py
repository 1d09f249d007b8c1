"""Opening a plan another planner holds the lock of: read-only, take over, or cancel."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from planner.plan_file import LockOwner, take_over_lock
from planner.tui.dialogs import ChoiceDialog
from planner.tui.session import PlanSession


def lock_question(plan_path: Path, holder: LockOwner) -> tuple[str, str, list[tuple[str, str]]]:
    """The title, text and answers of the question asked when another planner holds the lock."""
    where = f"{holder.user} on {holder.host} (process {holder.pid}, since {holder.since})"
    running = holder.running
    if running:
        state = "That planner is still running. Open the plan read-only here, or quit it there first."
        answers = [("read_only", "Open read-only"), ("cancel", "Cancel")]
    elif running is None:
        state = "It runs on another computer: whether it still runs cannot be told from here."
        answers = [("read_only", "Open read-only"), ("take_over", "Take over…"), ("cancel", "Cancel")]
    else:
        state = "That planner is no longer running (it stopped without closing the plan)."
        answers = [("take_over", "Take over"), ("read_only", "Open read-only"), ("cancel", "Cancel")]
    body = (
        f"{plan_path.name} is open in another planner: {where}.\n{state}\n"
        "Read-only: you can look and type, but not save; your changes stay in your own draft."
    )
    return f"{plan_path.name} is already open", body, answers


async def open_locked(app: App, session: PlanSession, holder: LockOwner) -> bool:
    """Ask how to open a plan whose lock `holder` has; whether to open it (the session is then
    read-only, or holds the lock taken over).

    Taking over is offered at once for a lock whose process is gone, after a second question
    for one on another computer (it cannot be checked from here), and never for a process
    that still runs here: that planner would go on saving over this one's work, and quitting
    it (or ending its process) is the safe way to take the plan.
    """
    answer = await app.push_screen_wait(ChoiceDialog(*lock_question(session.path, holder)))
    if answer == "take_over" and holder.running is None:
        answer = await app.push_screen_wait(
            ChoiceDialog(
                "Take over from a planner on another computer?",
                f"If the planner on {holder.host} still runs, you and it will save over each "
                "other's work. Take over only if you know it has stopped.",
                [("cancel", "Cancel"), ("take_over", "Take over")],
            )
        )
    if answer == "cancel":
        return False
    if answer == "take_over":
        take_over_lock(session.path)
        session.locked = True
    else:
        session.read_only = True
    return True
