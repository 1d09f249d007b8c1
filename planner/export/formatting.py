"""Short, readable words for dates, spans and numbers, shared by every export format."""

from __future__ import annotations

import re
from datetime import date

_BLANK_LINES = re.compile(r"\n\s*\n")


def day(value: date | None) -> str:
    """A date as a principal reads it in a table: "Sep 15" (empty when there is none)."""
    return f"{value:%b} {value.day}" if value else ""


def span(start: date | None, end: date | None) -> str:
    """Two dates as "Sep 15 - Oct 24", one date alone when they are the same day."""
    if start is None:
        return ""
    if end is None or end == start:
        return day(start)
    return f"{day(start)} \N{EN DASH} {day(end)}"


def percents(before: int | None, after: int | None) -> str:
    """A goal's move from a starting share of students to a target: "38% to 75%"."""
    if before is None and after is None:
        return ""
    if before is None:
        return f"target {after}%"
    if after is None:
        return f"{before}% at the start"
    return f"{before}% to {after}%"


def hours(value: float | None) -> str:
    """Hours without a needless ".0": 12, 7.5."""
    return "" if value is None else f"{value:g}"


def plural(count: int, one: str, many: str | None = None) -> str:
    """A count with its noun: "1 teacher", "3 teachers"."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a prose answer (separated by blank lines), each on one line.

    Plan files wrap long answers over several lines; the summary lets its own page wrap them.
    """
    return [" ".join(part.split()) for part in _BLANK_LINES.split(text or "") if part.strip()]
