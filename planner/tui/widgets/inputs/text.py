"""One-line inputs: text, numbers and dates, each checked as it is typed."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.widgets import Input, Static

from planner.calendar import read_date
from planner.model import value_range
from planner.tui.widgets.inputs.base import QuestionInput


class TextInput(QuestionInput):
    """Short text."""

    def compose_control(self) -> ComposeResult:
        yield Input(value=self.initial or "", placeholder=self.spec.placeholder, compact=True)

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self.answer(event.value)


class NumberInput(QuestionInput):
    """A whole number or a decimal, within the field's range; empty means no answer."""

    def compose_control(self) -> ComposeResult:
        shown = "" if self.initial is None else f"{self.initial:g}"
        yield Input(value=shown, placeholder=self.spec.placeholder, compact=True)

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            self.answer(None)
            return
        whole = self.info.kind == "integer"
        low, high = value_range(self.info.name)
        limits = f" from {low:g} to {high:g}" if high != float("inf") else ""
        try:
            number: float = int(text) if whole else float(text)
        except ValueError:
            self.reject(f"Enter {'a whole number' if whole else 'a number'}{limits}")
            return
        if not low <= number <= high:
            self.reject(f"Enter a number{limits}")
            return
        self.answer(number)


class DateInput(QuestionInput):
    """A date typed as 2025-09-15, Sept 15 or 9/15/2025; shown back as 2025-09-15."""

    DEFAULT_CSS = """
    DateInput > .date-reading { color: $text-muted; }
    """

    def compose_control(self) -> ComposeResult:
        shown = self.initial.isoformat() if isinstance(self.initial, date) else ""
        yield Input(value=shown, placeholder=self.spec.placeholder or "2025-09-15 or Sept 15", compact=True)
        yield Static("", classes="date-reading")

    def _reading(self, text: str) -> date | None:
        return read_date(text, self.plan.school_year)

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        reading = self.query_one(".date-reading", Static)
        if not event.value.strip():
            reading.update("")
            self.answer(None)
            return
        day = self._reading(event.value)
        if day is None:
            reading.update("")
            self.reject("Not a date: try 2025-09-15 or Sept 15")
            return
        reading.update("" if event.value.strip() == day.isoformat() else f"= {day:%A} {day.isoformat()}")
        self.answer(day)

    @on(Input.Submitted)
    @on(Input.Blurred)
    def _normalise(self, event: Input.Submitted | Input.Blurred) -> None:
        day = self._reading(event.value)
        if day is not None and event.value != day.isoformat():
            event.input.value = day.isoformat()
