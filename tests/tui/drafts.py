"""A plan's drafts as the tests look for them (wherever the planner put them, whoever wrote them),
and the few moves of a coach the draft tests share."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Button, Input

from planner.plan_file import find_drafts
from planner.tui.app import PlannerApp
from planner.tui.dialogs import ChoiceDialog


def draft_files(plan: Path) -> list[Path]:
    """The drafts of `plan` that no running planner (other than this test's) is editing."""
    return [draft.path for draft in find_drafts(plan)[0]]


def draft_text(plan: Path) -> str:
    """The text of the one draft of `plan`."""
    (draft,) = find_drafts(plan)[0]
    return draft.text


def ended_session(host: str = "") -> str:
    """A draft name's session part for a planner that has ended on this computer (or on `host`)."""
    process = subprocess.Popen([sys.executable, "-c", ""])
    process.wait()
    return f"{host or socket.gethostname()}-{process.pid}-1"


async def change_coach(pilot: Pilot, app: PlannerApp, name: str) -> None:
    """Type `name` as the plan's coach (the first answer of the first step)."""
    app.plan_screen.go_to("about")  # type: ignore[union-attr]
    await pilot.pause()
    coach = app.screen.query_one("#step-about").query(Input).first()
    coach.focus()
    coach.value = name
    await pilot.pause()


async def choose(pilot: Pilot, app: PlannerApp, answer_id: str) -> None:
    """Press the button `answer_id` of the dialog on the screen."""
    assert isinstance(app.screen, ChoiceDialog), app.screen
    app.screen.query_one(f"#{answer_id}", Button).press()
    await pilot.pause()
    await pilot.pause()
