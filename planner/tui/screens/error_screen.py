"""Shown instead of the plan when its file cannot be used: every problem, and the way out."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header

from planner.plan_file import Problem
from planner.tui.dialogs import ProblemList
from planner.tui.widgets.key_bar import KeyBar


class ErrorScreen(Screen[None]):
    """Lists the problems of a plan file that did not load; the file is never written."""

    BINDINGS = [
        Binding("q,escape", "leave", "Quit", id="error.quit"),
        Binding("f", "show_folder", "Quit and show the folder", id="error.show_folder"),
    ]

    def __init__(self, path: str, problems: list[Problem]) -> None:
        super().__init__()
        self.path = path
        self.problems = problems

    def compose(self) -> ComposeResult:
        yield Header()
        yield ProblemList(self.path, self.problems)
        yield KeyBar()

    # Exit code 2, as for any command that could not read its file.

    def action_leave(self) -> None:
        self.app.exit(return_code=2)

    def action_show_folder(self) -> None:
        self.app.exit(return_code=2, message=f"The plan's folder: {Path(self.path).resolve().parent}")
