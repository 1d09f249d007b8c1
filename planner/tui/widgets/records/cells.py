"""How a record's field reads in a table cell, and how it sorts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.model import Choice, Plan, get_value
from planner.tui.widgets.inputs.number import shown_number
from planner.tui.widgets.records.columns import Column

# The narrowest a text column is cut to when the table is short of room.
LEAST_WIDTH = 6


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


def cell_forms(
    record: Any, path: str, plan: Plan, rules: Column, *, teacher_ids: bool = False
) -> tuple[str, str]:
    """A field's cell text whole and short: a choice in its column's short words, a date as
    "Oct 6"; a number carries its column's unit in both ("6 wk", "38%"); a column that reads
    the whole record gives both itself."""
    if rules.read is not None:
        return rules.read(record)
    text = cell_text(record, path, plan, teacher_ids=teacher_ids)
    value = get_value(record, path)
    if text and rules.unit:
        text = f"{text} {rules.unit}" if rules.unit.isalpha() else text + rules.unit
    if isinstance(value, Choice):
        return text, rules.short.get(value, text)
    if isinstance(value, date):
        return text, f"{value:%b} {value.day}"
    return text, text


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


@dataclass(frozen=True)
class ColumnRoom:
    """What one column needs: its header's width, its widest whole and short cell (header
    included), whether its text may be cut (text may; numbers, dates and choices may not), the
    cells of text it keeps before other columns give way, how soon it gives way itself (0:
    never) and its share of any cut (a higher weight keeps more)."""

    header: int
    whole: int
    short: int
    cuttable: bool
    keeps: int = LEAST_WIDTH
    gives_way: int = 0
    weight: float = 1.0


@dataclass(frozen=True)
class TableLayout:
    """The columns shown (positions), their widths, and whether cells take their short forms."""

    shown: list[int]
    widths: list[int]
    short: bool


def lay_out(columns: list[ColumnRoom], available: int, padding: int) -> TableLayout:
    """Columns fitted to `available` cells, each costing `padding` more: all whole when they fit;
    else choices and dates in short forms, text cut by weight, and the columns that give way
    soonest dropped while even that does not fit."""
    short = sum(c.whole + padding for c in columns) > available

    def least(c: ColumnRoom) -> int:
        if c.cuttable:
            return min(c.whole, max(c.header, c.keeps))
        return c.short if short else c.whole

    shown = list(range(len(columns)))
    while sum(least(columns[n]) + padding for n in shown) > available:
        giving = [n for n in shown if columns[n].gives_way]
        if not giving:
            break
        shown.remove(max(giving, key=lambda n: columns[n].gives_way))
    kept = [columns[n] for n in shown]
    widths = fit_widths(
        natural=[c.whole if c.cuttable else least(c) for c in kept],
        least=[least(c) for c in kept],
        weights=[c.weight for c in kept],
        available=available - padding * len(kept),
    )
    return TableLayout(shown, widths, short)


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
