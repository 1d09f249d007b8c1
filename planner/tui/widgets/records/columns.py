"""How each kind of record's fields read as table columns: a header in full words, short words
for a choice, a number's unit, and which columns give way first when the table is short of room.

Rules are data, one table per record kind; a field not listed reads as its form's label and never
gives way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from planner.model import (
    Blackout,
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
)


@dataclass(frozen=True)
class Column:
    """One field as a column.

    `header` is the column's heading (full words, short enough for a narrow table); `short` the
    words a choice's values take when the table has no room for their labels; `unit` follows a
    number ("6 wk"); `gives_way` orders the columns dropped when even the short forms do not fit
    (the highest goes first; 0 never goes).
    """

    header: str = ""
    short: Mapping[Choice, str] = field(default_factory=dict)
    unit: str = ""
    gives_way: int = 0


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
        "result.goal_met": Column(
            "Goal",
            short={GoalMet.MET: "met", GoalMet.PARTLY: "partly", GoalMet.NOT_MET: "not met"},
        ),
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
