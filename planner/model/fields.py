"""What each field of the plan holds, and reading or writing a field by its dotted path.

The plan file, the templates and the TUI all speak of fields by path: `about.coach`,
`cycles` (a record list), `result.goal_met` inside a cycle, `custom.equity` for a district's own
question. This module answers "what kind of value lives there" from the dataclasses themselves.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any, Literal

from planner.model.choices import Choice
from planner.model.counts import MOST_SORTED
from planner.model.marks import TextFormat, holds_roster_ids, is_percent, text_format_of
from planner.model.plan import Plan

ValueKind = Literal[
    "text",
    "boolean",
    "integer",
    "decimal",
    "date",
    "choice",
    "multi_choice",
    "list",
    "date_list",
    "records",
    "section",
    "mapping",
]


# Bounds a number must keep, by field name: anything outside is a typing slip, not a plan.
_VALUE_RANGES: dict[str, tuple[float, float]] = {
    "hours_per_week": (0, 80),
    "target_percent": (0, 100),
    "met": (0, MOST_SORTED),
    "of": (1, MOST_SORTED),
    "share": (0, 100),
    "cycle_time_percent": (0, 100),
    "weeks": (1, 40),
    "planning_minutes": (0, 600),
    "visits_per_week": (0, 15),
    "max_concurrent_cycles": (1, 30),
}


def value_range(field_name: str) -> tuple[float, float]:
    """The lowest and highest number a field of this name may hold."""
    return _VALUE_RANGES.get(field_name, (float("-inf"), float("inf")))


@dataclass(frozen=True)
class FieldInfo:
    """One field of a dataclass: its name, the kind of value it holds and what it is made of."""

    name: str
    kind: ValueKind
    optional: bool = False
    choice: type[Choice] | None = None
    record: type | None = None
    # The shape a text must have (a school year), when it has one.
    text_format: TextFormat | None = None
    # Whether a list holds the ids of teachers on the roster (a cycle's teachers).
    roster_ids: bool = False
    # Whether a number is a percentage.
    percent: bool = False

    @property
    def is_record_list(self) -> bool:
        return self.kind == "records"


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0], True
    return hint, False


def _describe(name: str, hint: Any) -> FieldInfo:
    hint, optional = _unwrap_optional(hint)
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        if dataclasses.is_dataclass(item):
            return FieldInfo(name, "records", record=item)
        if isinstance(item, type) and issubclass(item, StrEnum):
            return FieldInfo(name, "multi_choice", choice=item)
        return FieldInfo(name, "date_list" if item is date else "list")
    if origin is dict:
        return FieldInfo(name, "mapping")
    if dataclasses.is_dataclass(hint):
        return FieldInfo(name, "section", record=hint)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return FieldInfo(name, "choice", optional, choice=hint)
    simple: dict[Any, ValueKind] = {
        str: "text",
        bool: "boolean",
        int: "integer",
        float: "decimal",
        date: "date",
    }
    return FieldInfo(name, simple[hint], optional)


@cache
def fields_of(cls: type) -> tuple[FieldInfo, ...]:
    """The fields of a plan dataclass, in file order."""
    hints = typing.get_type_hints(cls)
    return tuple(
        dataclasses.replace(
            _describe(f.name, hints[f.name]),
            text_format=text_format_of(f),
            roster_ids=holds_roster_ids(f),
            percent=is_percent(f),
        )
        for f in dataclasses.fields(cls)
    )


def field_info(path: str, root: type = Plan) -> FieldInfo | None:
    """What lives at a dotted path below `root` (None when nothing does).

    `custom.NAME` is a text field of the district's own; a path may go into a record type
    (`cycles.result.goal_met` is the kind of every cycle's goal_met).
    """
    cls: type | None = root
    info: FieldInfo | None = None
    parts = path.split(".")
    for position, part in enumerate(parts):
        if cls is None:
            return None
        info = next((f for f in fields_of(cls) if f.name == part), None)
        if info is None:
            return None
        if info.kind == "mapping":
            return FieldInfo(parts[-1], "text") if position == len(parts) - 2 else None
        cls = info.record
    return info


def get_value(obj: Any, path: str) -> Any:
    """The value at a dotted path of a plan or record (custom answers default to "")."""
    head, _, rest = path.partition(".")
    value = getattr(obj, head)
    if isinstance(value, dict):
        return value.get(rest, "")
    return get_value(value, rest) if rest else value


def set_value(obj: Any, path: str, value: Any) -> None:
    """Set the value at a dotted path of a plan or record."""
    head, _, rest = path.partition(".")
    if not rest:
        setattr(obj, head, value)
        return
    target = getattr(obj, head)
    if isinstance(target, dict):
        if value in ("", None):
            target.pop(rest, None)
        else:
            target[rest] = value
        return
    set_value(target, rest, value)


def new_record_id(prefix: str, taken: set[str]) -> str:
    """A short random id such as `c-4f9a2b`: unique here, and unlikely to collide in a merge."""
    import secrets  # about 10 ms (it pulls in random and hmac); needed only when a record is added

    while True:
        candidate = f"{prefix}-{secrets.token_hex(3)}"
        if candidate not in taken:
            return candidate
