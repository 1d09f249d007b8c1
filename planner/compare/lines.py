"""The pieces an outline is made of: styled spans, marked lines, titled sections, and prose cut
to the words around each change. Text, Markdown and the app all draw from these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from planner.compare.words import WordRun

# plain: as is; old/new: a whole value removed or added; deleted/inserted: words inside prose;
# heading: a section title; muted: context that matters less (ids, elisions).
Style = Literal["plain", "old", "new", "deleted", "inserted", "heading", "muted"]
Mark = Literal["+", "-", "~", ""]

# Unchanged words kept on each side of a change in long prose; longer stretches are elided.
CONTEXT_WORDS = 6


@dataclass(frozen=True)
class Span:
    text: str
    style: Style = "plain"


@dataclass(frozen=True)
class Line:
    """One line of the outline: a mark (+ added, - removed, ~ changed), a depth, and its spans."""

    spans: tuple[Span, ...]
    depth: int = 0
    mark: Mark = ""


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[Line, ...]


def line(*spans: Span | str, depth: int = 0, mark: Mark = "") -> Line:
    """A line of these spans (plain text for a str)."""
    return Line(tuple(Span(s) if isinstance(s, str) else s for s in spans), depth, mark)


def one_line(text: str) -> str:
    """Text with its line breaks and runs of spaces made single spaces."""
    return " ".join(text.split())


def plural(count: int, noun: str) -> str:
    """`3 cycles`, `1 cycle`."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def elided(runs: Sequence[WordRun], context: int = CONTEXT_WORDS) -> list[Span]:
    """Word runs as spans, with unchanged stretches longer than the context cut to an ellipsis."""
    spans: list[Span] = []
    last = len(runs) - 1
    for position, run in enumerate(runs):
        if run.op != "same":
            spans.append(Span(run.text, "deleted" if run.op == "removed" else "inserted"))
            continue
        words = run.text.split()
        keep_before = 0 if position == 0 else context
        keep_after = 0 if position == last else context
        if len(words) <= keep_before + keep_after + 1:
            spans.append(Span(run.text))
            continue
        if keep_before:
            spans.append(Span(" ".join(words[:keep_before])))
        spans.append(Span("...", "muted"))
        if keep_after:
            spans.append(Span(" ".join(words[-keep_after:])))
    return spans
