"""Pairing the records of two plans: by id, then by name or title when the ids differ.

A record whose id changed (retyped by hand, or a new id for the same teacher next year) is still
the same teacher or cycle when its name is the same, so it is shown as changed, not as one removed
and one added. Names are compared ignoring case and spacing, and only a name held by exactly one
unpaired record on each side pairs them. Linear in the number of records: dictionaries, no search.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from planner.model import fields_of

# The field that names a record, tried in this order: a cycle's title, a teacher's name...
_NAME_FIELDS = ("title", "name", "topic", "group")


@dataclass(frozen=True)
class RecordMatch:
    """Positions (from 0) of paired records, in the new plan's order, and of the unpaired ones."""

    pairs: tuple[tuple[int, int], ...]
    removed: tuple[int, ...]
    added: tuple[int, ...]

    def new_id_of(self, old: Sequence[Any], new: Sequence[Any]) -> dict[str, str]:
        """Each paired old record's id -> its partner's id in the new plan."""
        return {old[o].id: new[n].id for o, n in self.pairs}


def name_field(record_type: type) -> str | None:
    """The field that names records of this type (None when they have none)."""
    names = {f.name for f in fields_of(record_type)}
    return next((candidate for candidate in _NAME_FIELDS if candidate in names), None)


def record_label(record: Any) -> str:
    """How a record is called: its title or name, else its id."""
    field = name_field(type(record))
    return " ".join((getattr(record, field) if field else "").split()) or record.id


def _name_key(record: Any, field: str) -> str:
    return " ".join(getattr(record, field).casefold().split())


def match_records(old: Sequence[Any], new: Sequence[Any]) -> RecordMatch:
    """Pair the records of two lists of the same type: same id first, then same name."""
    new_position = {record.id: position for position, record in enumerate(new)}
    partner: dict[int, int] = {}
    for position, record in enumerate(old):
        if record.id in new_position:
            partner[position] = new_position[record.id]
    paired_new = set(partner.values())
    field = name_field(type(old[0])) if old else None
    if field and len(partner) < len(old) and len(paired_new) < len(new):
        old_by_name: dict[str, list[int]] = defaultdict(list)
        new_by_name: dict[str, list[int]] = defaultdict(list)
        for position, record in enumerate(old):
            if position not in partner and _name_key(record, field):
                old_by_name[_name_key(record, field)].append(position)
        for position, record in enumerate(new):
            if position not in paired_new and _name_key(record, field):
                new_by_name[_name_key(record, field)].append(position)
        for key, old_positions in old_by_name.items():
            new_positions = new_by_name.get(key, [])
            if len(old_positions) == 1 and len(new_positions) == 1:
                partner[old_positions[0]] = new_positions[0]
                paired_new.add(new_positions[0])
    return RecordMatch(
        pairs=tuple(sorted(partner.items(), key=lambda pair: pair[1])),
        removed=tuple(p for p in range(len(old)) if p not in partner),
        added=tuple(p for p in range(len(new)) if p not in paired_new),
    )
