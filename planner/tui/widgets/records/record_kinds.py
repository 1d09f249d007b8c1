"""What the record editors need to know about each kind of record: its id prefix, what a coach
calls one, how one is named in a message, and what would stop it being saved."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from planner.model import (
    Blackout,
    Checkpoint,
    Cycle,
    LearningForAll,
    LearningForSome,
    Plan,
    Teacher,
    Window,
    new_record_id,
)
from planner.plan_file import check_plan


@dataclass(frozen=True)
class RecordKind:
    """The prefix of new ids (`t-4f9a2b`) and the noun for one record ("teacher")."""

    prefix: str
    noun: str


RECORD_KINDS: dict[type, RecordKind] = {
    Teacher: RecordKind("t", "teacher"),
    Cycle: RecordKind("c", "coaching cycle"),
    Checkpoint: RecordKind("k", "work sort"),
    Window: RecordKind("w", "coaching window"),
    Blackout: RecordKind("b", "date to avoid"),
    LearningForAll: RecordKind("l", "learning item"),
    LearningForSome: RecordKind("l", "learning item"),
}


def record_kind(record_type: type) -> RecordKind:
    """The kind of a record class; a class not listed is named after itself."""
    name = record_type.__name__.lower()
    return RECORD_KINDS.get(record_type, RecordKind(name[0], name))


def new_record(record_type: type, records: list[Any]) -> Any:
    """An empty record with a fresh id, unique among `records`."""
    taken = {r.id for r in records}
    return record_type(id=new_record_id(record_kind(record_type).prefix, taken))


def record_name(record: Any) -> str:
    """How a record is named to the coach: its name, title, topic or group, else its id."""
    for attribute in ("name", "title", "topic", "group"):
        text = getattr(record, attribute, "")
        if text:
            return text
    return record.id


def record_problems(list_field: str, record: Any, plan: Plan) -> dict[str, str]:
    """What would stop `record` being saved in the plan's `list_field`, by path within the record.

    The plan file's own checks decide (date order, teachers on the roster...), run on the plan
    with this record alone in its list, so the form and the file always agree.
    """
    probe = dataclasses.replace(plan, **{list_field: [record]})
    prefix = f"{list_field}[1]."
    return {
        problem.field.removeprefix(prefix): problem.message[:1].upper() + problem.message[1:]
        for problem in check_plan(probe)
        if problem.field.startswith(prefix)
    }
