"""The report as a document: a title, headline figures, sections of paragraphs, lists and tables,
and the privacy rule at its foot. Markdown, HTML and PDF each draw this one document, so the three
say the same things in the same order; every cell is already words. A block's `kind` tells a
template which it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from planner.report.shape import FEWER, Load, Results, Shown


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of plain words."""

    kind: ClassVar[str] = "paragraph"
    text: str


@dataclass(frozen=True)
class Bullets:
    """A list, one item a line."""

    kind: ClassVar[str] = "bullets"
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A table: what it shows, its column titles and its rows of words (the first column names
    the row)."""

    kind: ClassVar[str] = "table"
    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Paragraph | Bullets | Table


@dataclass(frozen=True)
class Section:
    """A titled part of the report."""

    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Headline:
    """One figure at the top of the report: its words, its number, and the small words after it."""

    label: str
    value: str
    small: str = ""


@dataclass(frozen=True)
class Document:
    """The whole report, ready to draw."""

    title: str
    byline: str
    headlines: tuple[Headline, ...]
    sections: tuple[Section, ...]
    foot: str


def figure(value: Shown | None) -> str:
    """A count as a cell shows it ("" when unknown)."""
    return "" if value is None else str(value)


def out_of(part: Shown, whole: Shown) -> str:
    """`part` of `whole` ("12 of 30"), or the words of the small-group rule when either hides."""
    return FEWER if part == FEWER else f"{part} of {whole}"


def percent(value: Shown | None) -> str:
    """A share as a cell shows it."""
    if value is None:
        return ""
    return value if isinstance(value, str) else f"{value}%"


def goals_words(results: Results) -> str:
    """How the goals turned out: "3 met, 1 partly, 0 not met" (empty when no cycle has a result)."""
    if results.cycles_with_results == FEWER:
        return FEWER
    if not results.cycles_with_results:
        return ""
    return f"{results.met} met, {results.partly} partly, {results.not_met} not met"


def shares_words(results: Results) -> str:
    """The share of students meeting the goal from start to end: "33% to 68% (92 students)"."""
    if results.start_percent == FEWER:
        return FEWER
    if results.start_percent is None or results.end_percent is None:
        return ""
    students = f" ({results.students} students)" if results.weighted and results.students else ""
    return f"{percent(results.start_percent)} to {percent(results.end_percent)}{students}"


def time_words(load: Load) -> str:
    """The planned share of coaching time in cycles against the stated one: "55% (stated 60%)"."""
    planned = percent(load.planned_share)
    stated = f"stated {percent(load.stated_share)}" if load.stated_share is not None else ""
    if planned and stated:
        return f"{planned} ({stated})"
    return planned or stated


def full_words(load: Load) -> str:
    """How full the year is against the coach's capacity: "70% of 3 at once"."""
    if load.full_percent is None or load.capacity is None:
        return ""
    return f"{load.full_percent}% of {load.capacity} at once"
