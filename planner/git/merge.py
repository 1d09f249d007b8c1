"""Three-way merge of plans: record by record (by id) and answer by answer.

Each answer is taken from the side that changed it; when both sides changed the same answer to
different things, that answer is a conflict. Records are matched by id: one added on either side is
kept, one removed on a side is removed unless the other side changed it (a conflict). Lists of
items (targets, schools, moves...) merge as sets: an item added on either side is kept, one removed
on either side goes; they never conflict. Prose that differs only in spacing counts as unchanged.

`merge_plans(..., prefer=...)` resolves each conflict to one side; merging twice, once preferring
each side, gives the two versions that `markers.conflict_text` puts between conflict markers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from planner.model import FieldInfo, Plan, fields_of

Side = Literal["ours", "theirs"]


@dataclass(frozen=True)
class Conflict:
    """An answer (or a record) that both sides changed in different ways."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class MergeResult:
    plan: Plan
    conflicts: tuple[Conflict, ...]


def _same(first: Any, second: Any) -> bool:
    if isinstance(first, str) and isinstance(second, str):
        return first.split() == second.split()
    return first == second


def merge_lists(base: Sequence[Any], ours: Sequence[Any], theirs: Sequence[Any]) -> list[Any]:
    """Our items, less those theirs removed, then the items theirs added that ours did not."""
    removed_by_theirs = Counter(base) - Counter(theirs)
    added_by_theirs = Counter(theirs) - Counter(base) - (Counter(ours) - Counter(base))
    merged = []
    for item in ours:
        if removed_by_theirs[item] > 0:
            removed_by_theirs[item] -= 1
        else:
            merged.append(item)
    for item in theirs:
        if added_by_theirs[item] > 0:
            added_by_theirs[item] -= 1
            merged.append(item)
    return merged


class _Merger:
    def __init__(self, prefer: Side) -> None:
        self.prefer_ours = prefer == "ours"
        self.conflicts: list[Conflict] = []

    def conflict(self, path: str, reason: str) -> None:
        self.conflicts.append(Conflict(path, reason))

    def value(self, base: Any, ours: Any, theirs: Any, path: str) -> Any:
        if _same(ours, theirs) or _same(theirs, base):
            return ours
        if _same(ours, base):
            return theirs
        self.conflict(path, "both sides changed it")
        return ours if self.prefer_ours else theirs

    def record(self, cls: type, base: Any, ours: Any, theirs: Any, path: str) -> Any:
        values: dict[str, Any] = {}
        for info in fields_of(cls):
            name = info.name
            b, o, t = getattr(base, name), getattr(ours, name), getattr(theirs, name)
            where = f"{path}.{name}" if path else name
            if name == "id":
                values[name] = o
            elif info.kind == "records":
                values[name] = self.records(info, b, o, t, where)
            elif info.kind == "section":
                values[name] = self.record(info.record, b, o, t, where)  # type: ignore[arg-type]
            elif info.kind == "mapping":
                values[name] = self.mapping(b, o, t, where)
            elif info.kind in ("list", "date_list", "multi_choice"):
                values[name] = merge_lists(b, o, t)
            else:
                values[name] = self.value(b, o, t, where)
        return cls(**values)

    def mapping(self, base: dict, ours: dict, theirs: dict, path: str) -> dict:
        merged = {}
        for key in sorted(base.keys() | ours.keys() | theirs.keys()):
            answer = self.value(base.get(key, ""), ours.get(key, ""), theirs.get(key, ""), f"{path}.{key}")
            if answer:
                merged[key] = answer
        return merged

    def records(self, info: FieldInfo, base: list, ours: list, theirs: list, path: str) -> list:
        cls = info.record
        assert cls is not None
        base_by_id = {r.id: r for r in base}
        ours_by_id = {r.id: r for r in ours}
        theirs_by_id = {r.id: r for r in theirs}
        merged: list[Any] = []
        for record in ours:
            where = f"{path}[{record.id}]"
            if record.id in theirs_by_id:
                ancestor = base_by_id.get(record.id) or cls(id=record.id)
                merged.append(self.record(cls, ancestor, record, theirs_by_id[record.id], where))
            elif record.id not in base_by_id:
                merged.append(record)
            elif record != base_by_id[record.id]:
                self.conflict(where, "changed on our side, removed on theirs")
                if self.prefer_ours:
                    merged.append(record)
        added: dict[str | None, list[Any]] = {}
        anchor: str | None = None
        for record in theirs:
            if record.id in ours_by_id:
                anchor = record.id
                continue
            keep = record.id not in base_by_id
            if not keep and record != base_by_id[record.id]:
                self.conflict(f"{path}[{record.id}]", "removed on our side, changed on theirs")
                keep = not self.prefer_ours
            if keep:
                added.setdefault(anchor, []).append(record)
        return _placed(merged, added, theirs_by_id.keys() & ours_by_id.keys())


def _placed(records: list[Any], added: dict[str | None, list[Any]], shared: set[str]) -> list[Any]:
    """`records` (our order) with the records only theirs added, each list placed after the record
    whose id anchors it (None: the start), and after the records only we added there."""
    placed: list[Any] = []
    pending = list(added.pop(None, []))
    for record in records:
        if record.id in shared:
            placed.extend(pending)
            pending = list(added.pop(record.id, []))
        placed.append(record)
    placed.extend(pending)
    return placed


def merge_plans(base: Plan, ours: Plan, theirs: Plan, prefer: Side = "ours") -> MergeResult:
    """The three-way merge of two plans that share an ancestor, and every conflict, each resolved
    to the `prefer`red side."""
    merger = _Merger(prefer)
    plan = merger.record(Plan, base, ours, theirs, "")
    return MergeResult(plan, tuple(merger.conflicts))
