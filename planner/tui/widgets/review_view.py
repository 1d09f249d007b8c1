"""The review step: what is still unanswered, what deserves a second look, and the plan in brief."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from planner.checks import plan_warnings
from planner.figures import plan_figures
from planner.model import Plan
from planner.questions import Step, Template, unanswered
from planner.tui.widgets.step_view import focus_answer


@dataclass(frozen=True)
class _Hanging:
    """A line of the review after its mark, wrapped with its further lines under its first word
    (as text: the mark and the line)."""

    mark: str
    text: str

    def __str__(self) -> str:
        return f"{self.mark} {self.text}"

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        line = Table.grid()
        line.add_column(width=len(self.mark) + 1, no_wrap=True)
        line.add_column(ratio=1)
        line.add_row(self.mark, self.text)
        yield line


class ReviewView(Vertical):
    """Lists unanswered questions and warnings; choosing one posts `ReviewView.GoToStep`."""

    class GoToStep(Message):
        """Asks the plan screen to show a step, the keyboard in one of its answers.

        Attributes: `review` the review that posted it; `step_id` the step to show; `field` the
        answer to put the keyboard in (None: its first; `cycles[2].start` means the cycles table).
        """

        def __init__(self, review: ReviewView, step_id: str, field: str | None = None) -> None:
            super().__init__()
            self.review = review
            self.step_id = step_id
            self.field = field

        @property
        def control(self) -> ReviewView:
            """The review that posted it (so that `@on(ReviewView.GoToStep, "#id")` filters)."""
            return self.review

    DEFAULT_CSS = """
    ReviewView { padding: 0 1; }
    ReviewView > .step-title { text-style: bold; color: $accent; }
    ReviewView > .review-keys { color: $text-muted; margin-bottom: 1; }
    ReviewView > OptionList { height: 1fr; }
    """

    def __init__(self, step: Step, template: Template, plan: Plan, number: int, keys: str) -> None:
        """`keys` names the keys for last year's comparison and the export."""
        super().__init__(id=f"step-{step.id}", classes="step-view")
        self.step = step
        self.template = template
        self.plan = plan
        self.number = number
        self.keys = keys
        self._targets: dict[str, tuple[str | None, str | None]] = {}
        # Set by the screen when the keyboard should go to the list once it is built.
        self.focus_when_mounted: str | None = None

    def compose(self) -> ComposeResult:
        yield Label(f"{self.number}. {self.step.title}", classes="step-title")
        yield Static(self.step.prompt, classes="step-prompt")
        yield Static("", classes="review-summary")
        yield Static(self.keys, classes="review-keys")
        yield OptionList(id="review-items")

    def on_mount(self) -> None:
        self.refresh_records()
        if self.focus_when_mounted is not None:
            focus_answer(self)

    def refresh_records(self) -> None:
        """Recompute the summary, the unanswered questions and the warnings from the plan."""
        plan = self.plan
        figures = plan_figures(plan)
        self.query_one(".review-summary", Static).update(
            f"{figures.cycles} cycles · {figures.teachers_reached} of {figures.teachers_on_roster} "
            f"teachers in a cycle · {figures.weeks_of_cycles} weeks of cycles · "
            f"{figures.learning_items} professional learning items"
        )
        warnings = plan_warnings(plan, self.template, date.today())
        missing = unanswered(self.template.steps, plan)
        # Where each line leads: (step id, field), by option id.
        self._targets = {f"w{n}": (w.step_id, w.field) for n, w in enumerate(warnings)}
        self._targets |= {
            f"u{n}": (step.id, next((q.field for q in step.questions if q.label == label), None))
            for n, (step, label) in enumerate(missing)
        }
        options: list[Option | None] = [Option(f"Warnings ({len(warnings)})", disabled=True)]
        options += [Option(_Hanging("  ⚠", w.message), id=f"w{n}") for n, w in enumerate(warnings)]
        options.append(Option(f"Unanswered ({len(missing)})", disabled=True))
        options += [
            Option(_Hanging("  ○", f"{step.title}: {label}"), id=f"u{n}")
            for n, (step, label) in enumerate(missing)
        ]
        review = self.query_one(OptionList)
        review.clear_options()
        review.add_options(options)

    @on(OptionList.OptionSelected, "#review-items")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        step_id, field = self._targets.get(event.option.id or "", (None, None))
        if step_id:
            self.post_message(self.GoToStep(self, step_id, field))
