"""What every question's input shares: its label and help, an error line, and the messages it
posts: `QuestionInput.AnswerChanged` with each valid answer, `QuestionInput.AnswerRefused` with
the reason a typed value is refused."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.validation import ValidationResult
from textual.widgets import Label, Static

from planner.calendar.dates import school_year_span
from planner.model import FieldInfo, Plan
from planner.questions import FormField, Question

# Where the example date of a placeholder falls in the plan's school year (mid-September).
_EXAMPLE_DAY = (9, 15)


def reflowed(text: str) -> str:
    """Help text as paragraphs that wrap to the screen: the template's line breaks inside a
    paragraph become spaces (blank lines and lines starting with "- " stay)."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(re.sub(r"\s*\n\s*(?!- )", " ", p) for p in paragraphs)


def as_example(text: str) -> str:
    """A placeholder written as an example ("e.g. K-5 math coach"), so that it is never taken
    for an answer; an empty one stays empty."""
    text = text.strip()
    if not text or text.casefold().startswith("e.g."):
        return text
    return f"e.g. {text}"


def example_date(plan: Plan) -> date:
    """A date to give as an example: mid-September of the plan's school year (of this year's
    when the plan has none yet)."""
    span = school_year_span(plan.school_year)
    return date(span[0].year if span else date.today().year, *_EXAMPLE_DAY)


class QuestionInput(Vertical):
    """A labelled input for one field.

    Subclasses yield their control in `compose_control` and call `answer` with each valid value
    (posted as AnswerChanged when it differs from the last one, or when it follows a refusal) or
    `reject` with the reason a typed value is refused (shown under the control and posted as
    AnswerRefused; the plan keeps the last valid value).

    | Class      | Set while                               |
    |------------|-----------------------------------------|
    | `-invalid` | a problem is shown under the control    |
    """

    class AnswerChanged(Message):
        """The answer to a question changed to a valid value.

        Widgets post this and never write the plan themselves: the screen that owns the plan
        sets the value and marks the plan unsaved.
        """

        def __init__(self, question_input: QuestionInput, field: str, value: Any) -> None:
            super().__init__()
            self.question_input = question_input
            """The input that posted the answer."""
            self.field = field
            """The answer's path: `about.coach` in a plan, `result.goal_met` in a record's form."""
            self.value = value
            """The new value, typed as the model holds it (a date, a number, a list...)."""

        @property
        def control(self) -> QuestionInput:
            """The input that posted the answer (what `@on(..., "#id")` matches)."""
            return self.question_input

    class AnswerRefused(Message):
        """A typed value was refused: the plan keeps the last valid answer to the question.

        The input posts AnswerChanged once its answer is valid again, even when the value is
        the one the plan kept, so the screen knows the refusal is over.
        """

        def __init__(self, question_input: QuestionInput, field: str, label: str, reason: str) -> None:
            super().__init__()
            self.question_input = question_input
            """The input that refused the value."""
            self.field = field
            """The path of the question's answer."""
            self.label = label
            """The question's label, to name it to the coach ("School year")."""
            self.reason = reason
            """Why the value is refused ('Write a school year like "2025-26"')."""

        @property
        def control(self) -> QuestionInput:
            """The input that refused the value (what `@on(..., "#id")` matches)."""
            return self.question_input

    DEFAULT_CSS = """
    QuestionInput { height: auto; margin: 0 0 1 0; }
    QuestionInput > .question-label { text-style: bold; }
    QuestionInput > .question-help { color: $text-muted; }
    QuestionInput > .question-error { color: $text-error; text-style: bold; display: none; }
    QuestionInput.-invalid > .question-error { display: block; }
    QuestionInput > .question-keys { color: $text-muted; }
    /* Placeholders are examples: italic and dim as well as grey, so that they read as examples
       in 16 colours and under NO_COLOR too. */
    QuestionInput Input > .input--placeholder, QuestionInput TextArea > .text-area--placeholder {
        text-style: italic dim;
    }
    """

    def __init__(
        self, spec: Question | FormField, value: Any, *, field: str, info: FieldInfo, plan: Plan
    ) -> None:
        super().__init__(classes="question")
        self.spec = spec
        self.field = field
        self.info = info
        self.plan = plan
        self.value = value
        self.valid = True

    def compose(self) -> ComposeResult:
        yield Label(self.spec.label, markup=False, classes="question-label")
        if self.spec.help:
            yield Static(reflowed(self.spec.help), markup=False, classes="question-help")
        yield from self.compose_control()
        yield Static("", markup=False, classes="question-error")
        if self.keys_hint():
            yield Static(self.keys_hint(), markup=False, classes="question-keys")

    def placeholder(self, fallback: str = "") -> str:
        """The question's placeholder (else `fallback`), written as an example."""
        return as_example(self.spec.placeholder or fallback)

    def keys_hint(self) -> str:
        """A line under the input naming its keys, for inputs with keys of their own."""
        return ""

    def compose_control(self) -> ComposeResult:
        """The control that edits the value."""
        raise NotImplementedError

    def answer(self, value: Any) -> None:
        """Accept a valid value: clear the error and, when the value changed or a refusal is
        over, tell the screen."""
        was_refused = not self.valid
        self.valid = True
        self.clear_problem()
        if value != self.value or was_refused:
            self.value = value
            self.post_message(self.AnswerChanged(self, self.field, value))

    def reject(self, reason: str) -> None:
        """Show why the typed value is refused and tell the screen; the plan keeps the last
        valid value."""
        self.valid = False
        self.show_problem(reason)
        self.post_message(self.AnswerRefused(self, self.field, self.spec.label, reason))

    def refuses(self, result: ValidationResult | None) -> bool:
        """Whether the control's Validators refused the typed value (the reason is then shown)."""
        if result is None or result.is_valid:
            return False
        self.reject(result.failure_descriptions[0])
        return True

    def show_problem(self, reason: str) -> None:
        """Show a problem under the input (a refused value, or one that does not fit the rest of
        a record, such as an end before the start)."""
        self.query_one(".question-error", Static).update(f"✗ {reason}")
        self.add_class("-invalid")

    def clear_problem(self) -> None:
        """Hide the problem line."""
        self.remove_class("-invalid")

    def finish(self) -> bool:
        """Take in anything typed but not yet committed; whether the input holds a valid value."""
        return self.valid

    def focus_control(self, scroll_visible: bool = True) -> None:
        """Put the keyboard focus on the control (the first focusable widget inside)."""
        for widget in self.query("*"):
            if widget.focusable:
                widget.focus(scroll_visible)
                return
