"""How a record's field reads in a table cell, and how it sorts."""

from __future__ import annotations

from datetime import date
from typing import Any

from planner.model import Choice, Plan, get_value
from planner.tui.widgets.inputs.number import shown_number


def cell_text(record: Any, path: str, plan: Plan, *, teacher_ids: bool = False) -> str:
    """A field of a record as text: choice labels, ISO dates, teachers' names for their ids."""
    value = get_value(record, path)
    if value is None:
        return ""
    if isinstance(value, Choice):
        return value.label
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return shown_number(value)
    if isinstance(value, list):
        if teacher_ids:
            value = [(t.name or t.id) if (t := plan.teacher(i)) else i for i in value]
        return ", ".join(item.label if isinstance(item, Choice) else str(item) for item in value)
    return " ".join(str(value).split())


def sort_key(record: Any, path: str, text: str) -> Any:
    """What a column sorts by: numbers and dates by value, choices in their vocabulary's order
    (high before low), text without regard to case."""
    value = get_value(record, path)
    if isinstance(value, Choice):
        return list(type(value)).index(value)
    if isinstance(value, int | float | date) and not isinstance(value, bool):
        return value
    return text.casefold()


def is_blank(record: Any, path: str) -> bool:
    """Whether the field holds no answer (such records sort last, either way)."""
    return get_value(record, path) in (None, "", [])


def fit_widths(natural: list[int], least: list[int], weights: list[float], available: int) -> list[int]:
    """Column widths that fit `available` cells: the column widest for its weight gives up a
    cell first, and none goes below its least width."""
    widths = list(natural)
    while sum(widths) > available:
        shrinkable = [n for n, width in enumerate(widths) if width > least[n]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda n: widths[n] / weights[n])
        widths[widest] -= 1
    return widths


def clipped(text: str, width: int) -> str:
    """The text cut to `width` cells, with an ellipsis when it was longer."""
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"
