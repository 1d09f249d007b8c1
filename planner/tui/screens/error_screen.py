"""Shown instead of the plan when its file cannot be used: every problem, and the way out."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Label, Static

from planner.plan_file import Problem, one_line
from planner.tui.widgets.key_bar import KeyBar

# The problems listed on the screen (each a widget); a file with thousands of problems shows the
# first ones and how many more, which `planner validate` lists in full.
SHOWN_PROBLEMS = 100


class ErrorScreen(Screen[None]):
    """Lists the problems of a plan file that did not load; the file is never written.

    Each problem is one line as `Problem` renders it (echoed values escaped, so a value holding a
    line break or a terminal escape cannot break or recolour the list).
    """

    DEFAULT_CSS = """
    ErrorScreen VerticalScroll { padding: 1 2; }
    ErrorScreen .error-title { text-style: bold; color: $text-error; margin-bottom: 1; }
    ErrorScreen .error-problem { margin-bottom: 0; }
    ErrorScreen .error-next { margin-top: 1; }
    """
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
        with VerticalScroll():
            # Never markup: a path or an echoed value may hold square brackets.
            yield Label(f"✗ {one_line(self.path)} cannot be opened", classes="error-title", markup=False)
            for problem in self.problems[:SHOWN_PROBLEMS]:
                yield Static(f"• {problem}", classes="error-problem", markup=False)
            hidden = len(self.problems) - SHOWN_PROBLEMS
            if hidden > 0:
                yield Static(f"• and {hidden} more", classes="error-problem", markup=False)
            yield Static(
                "The file was not changed. Fix these lines in a text editor (`planner validate "
                "FILE` lists them again), then open the plan once more.",
                classes="error-next",
                markup=False,
            )
        yield KeyBar()

    # Exit code 2, as for any command that could not read its file.

    def action_leave(self) -> None:
        self.app.exit(return_code=2)

    def action_show_folder(self) -> None:
        self.app.exit(return_code=2, message=f"The plan's folder: {Path(self.path).resolve().parent}")
