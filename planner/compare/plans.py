"""Comparing two plans answer by answer and record by record, into a `Comparison`.

What counts as the same: an empty answer and a missing one; prose with the same words however it is
wrapped; records in another order; list items (targets, schools, moves...) in another order. A
record whose id changed but whose name or title did not is the same record with a changed id.
Teachers in a cycle are compared as people: a teacher's new id does not change the cycle.
Records inside a record (a cycle's work sorts) are paired by their stable id and compared whole:
one change per work sort added, removed or changed, belonging to its cycle.

Across school years, what last year's plan held and this year's simply does not (last year's
cycles, its end-of-year reflection...) is not carried over rather than removed: the comparison
holds it apart from what changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from planner.compare.changes import Change, ChangeKind, Comparison, RecordRef, StepChanges
from planner.compare.checkpoints import checkpoint_name
from planner.compare.guide import OTHER_TITLE, FieldGuide, record_noun
from planner.compare.matching import match_records, record_label
from planner.compare.results import focus_shift, has_results, year_results
from planner.compare.words import same_text, word_runs
from planner.figures import teachers_reached
from planner.model import Checkpoint, FieldInfo, Plan, fields_of
from planner.questions import Template, load_template

_LIST_KINDS = ("list", "date_list", "multi_choice")


def _is_empty(value: Any) -> bool:
    return value is None or value in ("", [], {})


def _surplus(items: Sequence[Any], other: Counter[Any]) -> tuple[Any, ...]:
    """The items of `items` beyond those in `other` (counting repeats), in their order."""
    extra = Counter(items) - other
    found = []
    for item in items:
        if extra[item] > 0:
            extra[item] -= 1
            found.append(item)
    return tuple(found)


@dataclass(frozen=True)
class _Place:
    """Where an answer lives: its structural field path, its path in the file, and its record."""

    field: str = ""
    path: str = ""
    record: RecordRef | None = None

    def child(self, name: str) -> _Place:
        return _Place(
            f"{self.field}.{name}" if self.field else name,
            f"{self.path}.{name}" if self.path else name,
            self.record,
        )


class _Differ:
    """Walks two plans side by side, collecting each change it finds."""

    def __init__(self, guide: FieldGuide) -> None:
        self.guide = guide
        self.changes: list[Change] = []
        self.teacher_ids: dict[str, str] = {}
        self.reordered: list[str] = []

    def add(self, kind: ChangeKind, place: _Place, label: str = "", **values: Any) -> None:
        self.changes.append(
            Change(
                kind=kind,
                field=place.field,
                path=place.path,
                label=label or self.guide.label(place.field),
                step_id=self.guide.step_for(place.field),
                record=place.record,
                **values,
            )
        )

    def compare_fields(self, owner: type, old: Any, new: Any, place: _Place) -> None:
        """Compare every field of two sections or records of the type `owner`."""
        for info in fields_of(owner):
            if info.name == "id":
                continue
            at = place.child(info.name)
            old_value, new_value = getattr(old, info.name), getattr(new, info.name)
            if info.kind == "records" and place.record is not None:
                self.compare_items(old_value, new_value, at)
            elif info.kind == "records":
                self.compare_records(info, old_value, new_value)
            elif info.kind == "section":
                self.compare_fields(info.record, old_value, new_value, at)  # type: ignore[arg-type]
            elif info.kind == "mapping":
                for key in sorted(old_value.keys() | new_value.keys()):
                    self.compare_value("text", old_value.get(key, ""), new_value.get(key, ""), at.child(key))
            elif info.name == "teachers" and place.record is not None:
                translated = [self.teacher_ids.get(t, t) for t in old_value]
                self.compare_value(info.kind, translated, new_value, at)
            else:
                self.compare_value(info.kind, old_value, new_value, at)

    def compare_value(self, kind: str, old: Any, new: Any, place: _Place) -> None:
        """Compare one answer; add a change when it differs."""
        if _is_empty(old) and _is_empty(new):
            return
        if kind in _LIST_KINDS:
            old_count, new_count = Counter(old), Counter(new)
            if old_count != new_count:
                self.add(
                    _kind_of(old, new),
                    place,
                    old=old,
                    new=new,
                    items_added=_surplus(new, old_count),
                    items_removed=_surplus(old, new_count),
                )
        elif kind == "text":
            if not same_text(old, new):
                words = word_runs(old, new) if old.strip() and new.strip() else ()
                self.add(_kind_of(old, new), place, old=old, new=new, words=words)
        elif old != new:
            self.add(_kind_of(old, new), place, old=old, new=new)

    def compare_records(self, info: FieldInfo, old: Sequence[Any], new: Sequence[Any]) -> None:
        """Pair two lists of records, then report the records added, removed and changed."""
        name = info.name
        match = match_records(old, new)
        if name == "teachers":
            self.teacher_ids = match.new_id_of(old, new)
        noun = record_noun(name)
        # Pairs come in the new plan's order: the old positions then rise unless records moved.
        old_order = [old_position for old_position, _ in match.pairs]
        if old_order != sorted(old_order):
            self.reordered.append(name)
        for old_position in match.removed:
            record = old[old_position]
            ref = RecordRef(name, record.id, record.id, record_label(record), noun)
            self.add(ChangeKind.REMOVED, _Place(name, f"{name}[{old_position + 1}]", ref), old=record)
        for old_position, new_position in match.pairs:
            before, after = old[old_position], new[new_position]
            ref = RecordRef(name, after.id, before.id, record_label(after), noun)
            place = _Place(name, f"{name}[{new_position + 1}]", ref)
            if before.id != after.id:
                self.add(ChangeKind.CHANGED, place.child("id"), old=before.id, new=after.id)
            self.compare_fields(info.record, before, after, place)  # type: ignore[arg-type]
        for new_position in match.added:
            record = new[new_position]
            ref = RecordRef(name, record.id, record.id, record_label(record), noun)
            self.add(ChangeKind.ADDED, _Place(name, f"{name}[{new_position + 1}]", ref), new=record)

    def compare_items(self, old: Sequence[Any], new: Sequence[Any], place: _Place) -> None:
        """Pair the records of a list inside a record (a cycle's work sorts) by id; each one
        added, removed or changed is one change of the record that holds them."""
        match = match_records(old, new)
        for old_position in match.removed:
            item = old[old_position]
            at = _Place(place.field, f"{place.path}[{old_position + 1}]", place.record)
            self.add(ChangeKind.REMOVED, at, _item_label(item), old=item, item_id=item.id)
        for old_position, new_position in match.pairs:
            before, after = old[old_position], new[new_position]
            if before != after:
                at = _Place(place.field, f"{place.path}[{new_position + 1}]", place.record)
                self.add(ChangeKind.CHANGED, at, _item_label(after), old=before, new=after, item_id=after.id)
        for new_position in match.added:
            item = new[new_position]
            at = _Place(place.field, f"{place.path}[{new_position + 1}]", place.record)
            self.add(ChangeKind.ADDED, at, _item_label(item), new=item, item_id=item.id)


def _item_label(item: Any) -> str:
    """What a record inside a record is called in a change: "End work sort"."""
    return checkpoint_name(item) if isinstance(item, Checkpoint) else record_label(item)


def _kind_of(old: Any, new: Any) -> ChangeKind:
    if _is_empty(old):
        return ChangeKind.ADDED
    return ChangeKind.REMOVED if _is_empty(new) else ChangeKind.CHANGED


def _group_by_step(guide: FieldGuide, changes: list[Change]) -> tuple[StepChanges, ...]:
    by_step: dict[str | None, list[Change]] = {}
    for change in changes:
        by_step.setdefault(change.step_id, []).append(change)
    order = [*guide.step_order(), (None, OTHER_TITLE)]
    return tuple(
        StepChanges(step_id, title, tuple(by_step[step_id])) for step_id, title in order if step_id in by_step
    )


def _coached_again(old: Plan, new: Plan, teacher_ids: dict[str, str]) -> tuple[str, ...]:
    """Names of the teachers in one of last year's cycles and in one of this year's."""
    in_new_cycles = set(teachers_reached(new))
    seen: dict[str, str] = {}
    roster = {t.id: record_label(t) for t in new.teachers}
    for cycle in old.cycles:
        for teacher_id in cycle.teachers:
            now = teacher_ids.get(teacher_id)
            if now in in_new_cycles:
                seen.setdefault(now, roster.get(now, now))
    return tuple(seen.values())


def compare_plans(old: Plan, new: Plan, template: Template | None = None) -> Comparison:
    """Every difference between `old` and `new`, labelled and placed by `template`'s steps
    (the default template when none is given). Across school years, with last year's results
    filled in, the comparison also carries those results and the shift of focus."""
    guide = FieldGuide(template or load_template())
    differ = _Differ(guide)
    differ.compare_fields(Plan, old, new, _Place())
    across_years = old.school_year != new.school_year
    results = None
    if across_years and has_results(old):
        labels = {c.id: c.label for c in guide.template.concepts}
        results = year_results(old, new, _coached_again(old, new, differ.teacher_ids), labels)
    # Across years, what last year held and this year does not was not carried over.
    left = [c for c in differ.changes if across_years and c.kind == ChangeKind.REMOVED]
    changes = [c for c in differ.changes if not (across_years and c.kind == ChangeKind.REMOVED)]
    return Comparison(
        old=old,
        new=new,
        changes=tuple(changes),
        steps=_group_by_step(guide, changes),
        not_carried=_group_by_step(guide, left),
        focus_shift=focus_shift(old, new) if across_years else None,
        results=results,
        reordered=tuple(differ.reordered),
        guide=guide,
    )
