"""Last year beside this year: one step's answers side by side (stacked when narrow), and every change.

The comparison comes from planner.compare; this screen only lays it out. Changes are marked with
+ (added), - (removed) and ~ (changed) as well as colour, and removed words are struck through.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from planner.compare import Comparison, Line, answer_text, left_behind_lines, step_lines
from planner.compare.year_sections import not_carried_title
from planner.model import Plan, get_value
from planner.questions import Step
from planner.tui.widgets.key_bar import KeyBar

_STYLES = {
    "old": "red",
    "deleted": "red strike",
    "new": "green",
    "inserted": "green underline",
    "heading": "bold",
    "muted": "dim",
    "plain": "",
}


def line_text(line: Line) -> Text:
    """One outline line as styled text: its mark first, so no meaning rests on colour alone."""
    text = Text("  " * line.depth + (line.mark or " ") + " ")
    for number, span in enumerate(line.spans):
        if number:
            text.append(" ")
        text.append(span.text, style=_STYLES.get(span.style, ""))
    return text


def _answers(comparison: Comparison, plan: Plan, step: Step) -> Text:
    text = Text()
    for question in step.questions:
        text.append(f"{question.label}\n", style="bold")
        value = get_value(plan, question.field)
        written = answer_text(comparison, value, question.field) if value not in ("", None, []) else ""
        text.append(f"{written or '(no answer)'}\n\n")
    return text


class StepCompareScreen(ModalScreen[str | None]):
    """One step, last year's answers beside this year's, then what changed.

    Dismisses with a step id when the coach opens the list of every change and picks one.
    """

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (110, "-wide")]
    DEFAULT_CSS = """
    StepCompareScreen { align: center middle; }
    StepCompareScreen > Vertical { width: 100%; height: 100%; background: $surface; border: thick $primary; }
    StepCompareScreen .compare-title { text-style: bold; padding: 0 1; }
    StepCompareScreen #sides { height: 2fr; layout: horizontal; }
    StepCompareScreen.-narrow #sides { layout: vertical; }
    StepCompareScreen .side { width: 1fr; height: 1fr; padding: 0 1; border-top: solid $primary-muted; }
    StepCompareScreen #changes { height: 1fr; padding: 0 1; border-top: solid $primary-muted; }
    """
    BINDINGS = [
        Binding("escape,q", "close", "Close", id="compare.close"),
        Binding("a", "all_changes", "All changes", id="compare.all_changes"),
    ]

    def __init__(self, comparison: Comparison, step: Step) -> None:
        super().__init__()
        self.comparison = comparison
        self.step = step

    def compose(self) -> ComposeResult:
        old, new = self.comparison.old, self.comparison.new
        lines = step_lines(self.comparison, self.step.id)
        with Vertical():
            yield Label(
                f"{self.step.title}: {old.school_year} beside {new.school_year}", classes="compare-title"
            )
            with Container(id="sides"):
                with VerticalScroll(classes="side"):
                    yield Static(Text(f"Last year ({old.school_year})\n", style="bold underline"))
                    yield Static(_answers(self.comparison, old, self.step))
                with VerticalScroll(classes="side"):
                    yield Static(Text(f"This year ({new.school_year})\n", style="bold underline"))
                    yield Static(_answers(self.comparison, new, self.step))
            with VerticalScroll(id="changes"):
                yield Static(Text("What changed (+ added, - removed, ~ changed)", style="bold"))
                if lines:
                    yield Static(Text("\n").join(line_text(line) for line in lines))
                else:
                    yield Static("Nothing in this step changed.")
        yield KeyBar()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_all_changes(self) -> None:
        self.app.push_screen(ChangesScreen(self.comparison), self.dismiss)


class ChangesScreen(ModalScreen[str | None]):
    """Every change since last year, step by step; choosing one dismisses with its step id."""

    DEFAULT_CSS = """
    ChangesScreen { align: center middle; }
    ChangesScreen > Vertical { width: 100%; height: 100%; background: $surface; border: thick $primary; }
    ChangesScreen .compare-title { text-style: bold; padding: 0 1; }
    ChangesScreen OptionList { height: 1fr; }
    """
    BINDINGS = [Binding("escape,q", "close", "Close", id="changes.close")]

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def compose(self) -> ComposeResult:
        old, new = self.comparison.old, self.comparison.new
        options: list[Option] = []
        for number, step in enumerate(self.comparison.steps):
            options.append(Option(Text(step.title, style="bold"), disabled=True))
            options += [
                Option(line_text(line), id=f"{number}:{step.step_id or ''}:{n}")
                for n, line in enumerate(step_lines(self.comparison, step.step_id))
            ]
        left = left_behind_lines(self.comparison)
        if left:
            options.append(Option(Text(not_carried_title(old.school_year), style="bold"), disabled=True))
            options += [Option(line_text(line), disabled=True) for line in left]
        with Vertical():
            yield Label(
                f"Every change from {old.school_year} to {new.school_year}: enter jumps to its step",
                classes="compare-title",
            )
            if options:
                yield OptionList(*options)
            else:
                yield Static("The two plans say the same thing.")
        yield KeyBar()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        step_id = (event.option.id or "").split(":")[1]
        self.dismiss(step_id or None)

    def action_close(self) -> None:
        self.dismiss(None)
