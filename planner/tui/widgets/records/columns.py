"""How each kind of record's fields read as table columns: a header in full words, short words
for a choice, a number's unit, and which columns give way first when the table is short of room.

Rules are data, one table per record kind; a field not listed reads as its form's label and never
gives way. A column may also read its cells from the whole record (`read`): a cycle's results
column reads its start and end work sorts against its target, and its goal column shows the
outcome derived from them when the coach has not set it. Shares come from `planner.model`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.model import (
    Blackout,
    CheckpointStage,
    Choice,
    Cycle,
    CycleKind,
    GoalMet,
    Interest,
    LearningForAll,
    LearningForSome,
    Priority,
    SupportTier,
    Teacher,
    Window,
    checkpoint_at,
    derived_outcome,
    end_percent,
    start_percent,
)


@dataclass(frozen=True)
class Column:
    """One field as a column.

    `header` is the column's heading (full words, short enough for a narrow table); `short` the
    words a choice's values take when the table has no room for their labels; `unit` follows a
    number ("6 wk"); `gives_way` orders the columns dropped when even the short forms do not fit
    (the highest goes first; 0 never goes); `read`, when set, gives a cell's whole and short
    text from the whole record instead of the field's value; `cut` says whether its text may be
    cut short (a share cut in half says something else: it is never cut).
    """

    header: str = ""
    short: Mapping[Choice, str] = field(default_factory=dict)
    unit: str = ""
    gives_way: int = 0
    read: Callable[[Any], tuple[str, str]] | None = None
    cut: bool = True


def _percent(value: int | None) -> str:
    return "not yet" if value is None else f"{value}%"


def _count(cycle: Cycle, stage: CheckpointStage) -> str:
    checkpoint = checkpoint_at(cycle, stage)
    if checkpoint is None or checkpoint.met is None or not checkpoint.of:
        return ""
    return f"{checkpoint.met} of {checkpoint.of}"


def start_to_end(cycle: Cycle) -> tuple[str, str]:
    """A cycle's results, whole and short: "9 of 24 -> 18 of 24 (38% -> 75%, target 70%)" and
    "38% -> 75% (target 70%)"; "" until a work sort holds a share."""
    start, end = start_percent(cycle), end_percent(cycle)
    if start is None and end is None:
        return "", ""
    target = "" if cycle.target_percent is None else f" (target {cycle.target_percent}%)"
    shares = f"{_percent(start)} -> {_percent(end)}"
    counts = [_count(cycle, CheckpointStage.START), _count(cycle, CheckpointStage.END)]
    if all(counts):
        whole = f"{counts[0]} -> {counts[1]} ({shares}"
        whole += f", target {cycle.target_percent}%)" if cycle.target_percent is not None else ")"
        return whole, shares + target
    return shares + target, shares + target


_GOAL_SHORT = {GoalMet.MET: "met", GoalMet.PARTLY: "partly", GoalMet.NOT_MET: "not met"}


def goal_cell(cycle: Cycle) -> tuple[str, str]:
    """Whether the goal was met, whole and short: the coach's call as it is; else the outcome the
    work sorts give, said to be counted ("Partly met (counted)", short "partly*"); "" while neither."""
    chosen = cycle.result.goal_met
    if chosen is not None:
        return chosen.label, _GOAL_SHORT[chosen]
    derived = derived_outcome(cycle)
    if derived is None:
        return "", ""
    return f"{derived.label} (counted)", f"{_GOAL_SHORT[derived]}*"


_START, _END = Column("Start"), Column("End")

COLUMNS: dict[type, dict[str, Column]] = {
    Teacher: {
        "name": Column("Name"),
        "grade": Column("Grade", gives_way=1),
        "interest": Column(
            "Interest",
            short={Interest.ASKED: "asked", Interest.OPEN: "open", Interest.NOT_YET: "not yet"},
            gives_way=2,
        ),
        "priority": Column(
            "Priority",
            short={Priority.HIGH: "high", Priority.MEDIUM: "medium", Priority.LOW: "low"},
        ),
        "support": Column(
            "Support",
            short={
                SupportTier.MONTHLY: "monthly",
                SupportTier.EVERY_OTHER_WEEK: "biweekly",
                SupportTier.WEEKLY: "weekly",
            },
            gives_way=3,
        ),
    },
    Cycle: {
        "title": Column("Title"),
        "kind": Column(
            "Kind",
            short={
                CycleKind.FULL: "full",
                CycleKind.MINI: "mini",
                CycleKind.UNIT_PLANNING: "unit",
                CycleKind.LESSON_PLANNING: "lessons",
            },
            gives_way=2,
        ),
        "start": Column("Start", gives_way=1),
        "weeks": Column("Length", unit="wk"),
        "checkpoints": Column("Start -> end", read=start_to_end, cut=False),
        "result.goal_met": Column("Goal", short=_GOAL_SHORT, read=goal_cell),
    },
    LearningForAll: {
        "topic": Column("Topic"),
        "format": Column("Format", gives_way=1),
        "timing": Column("When"),
    },
    LearningForSome: {
        "group": Column("Group"),
        "topic": Column("Topic", gives_way=1),
        "format": Column("Format", gives_way=2),
        "timing": Column("When"),
    },
    Window: {"name": Column("Name"), "start": _START, "end": _END},
    Blackout: {"name": Column("Name"), "start": _START, "end": _END},
}


def column_rules(record_type: type, path: str) -> Column:
    """The column rules of a record kind's field (none: the form's label, never dropped)."""
    return COLUMNS.get(record_type, {}).get(path, Column())
