"""A plan file left with conflict markers: its two sides, and the answers on which they differ.

`planner validate` names each marker line already; this names what is at stake between them
(`cycles[c-ratio].goal: the two sides differ`), whether planner's merge driver wrote the markers
(around single answers) or git's line merge did (around any lines, a common ancestor's too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.compare import Change, compare_plans
from planner.plan_file import PlanFileError, Problem, parse_plan
from planner.plan_file.locate import line_of

_MARKER = re.compile(r"^(<{7}|\|{7}|={7}|>{7})(?:\s|$)")
_ORDER = {"<": "ours", "|": "base", "=": "theirs"}


@dataclass(frozen=True)
class Side:
    """One side of every conflict: its text, and for each of its lines the line of the file."""

    text: str
    lines: tuple[int, ...]


def sides(text: str) -> tuple[Side, Side, list[int]] | None:
    """Our side and theirs (each conflict resolved to one side), and the line of each opening
    marker; None when the text holds no markers, or markers out of order."""
    ours: list[tuple[int, str]] = []
    theirs: list[tuple[int, str]] = []
    openings: list[int] = []
    state = "both"
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        marker = _MARKER.match(line)
        if marker is None:
            if state in ("both", "ours"):
                ours.append((number, line))
            if state in ("both", "theirs"):
                theirs.append((number, line))
            continue
        kind = marker[1][0]
        expected = {"<": ("both",), "|": ("ours",), "=": ("ours", "base"), ">": ("theirs",)}[kind]
        if state not in expected:
            return None
        if kind == "<":
            openings.append(number)
        state = _ORDER.get(kind, "both")
    if state != "both" or not openings:
        return None
    return _side(ours), _side(theirs), openings


def _side(lines: list[tuple[int, str]]) -> Side:
    return Side("".join(line for _, line in lines), tuple(number for number, _ in lines))


def _answer_path(change: Change) -> str:
    """The answer's path with its record named by id (`cycles[c-ratio].goal`): positions differ
    between the two sides, ids do not."""
    if change.record is None:
        return change.path
    rest = change.field.removeprefix(change.record.list_name)
    return f"{change.record.list_name}[{change.record.id}]{rest}"


def conflicted_answers(text: str, source: str = "") -> list[Problem]:
    """A problem for each answer the two sides of the conflicts in `text` give differently, at the
    line of the conflict that holds it ([] when there are no markers, or a side is not a plan)."""
    found = sides(text)
    if found is None:
        return []
    ours, theirs, openings = found
    try:
        ours_plan, theirs_plan = parse_plan(ours.text)[0], parse_plan(theirs.text)[0]
    except PlanFileError:
        return []
    problems = []
    for change in compare_plans(ours_plan, theirs_plan).changes:
        at = line_of(theirs.text, change.path)
        line = theirs.lines[at - 1] if at else None
        opening = max((n for n in openings if line is None or n <= line), default=None)
        problems.append(
            Problem(
                "the two sides differ: keep one, then delete the marker lines",
                field=_answer_path(change),
                line=opening,
                source=source,
            )
        )
    return problems
