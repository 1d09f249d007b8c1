"""What a comparison of two plans finds: each change in the plan's own terms, grouped by step.

A `Change` names the answer that changed (its field path, its label, the template step that asks
it, and the record it belongs to), the old and new values, and for prose the words removed and
inserted. `Comparison` holds every change with the results of last year, when there are any.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from planner.compare.guide import FieldGuide, readable
from planner.compare.results import FocusShift, YearResults
from planner.compare.words import WordRun
from planner.model import Plan


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class RecordRef:
    """The record (teacher, cycle, learning item...) a change belongs to."""

    list_name: str
    id: str
    old_id: str
    label: str
    noun: str

    @property
    def renamed(self) -> bool:
        """Whether the record was matched by its name or title because its id changed."""
        return self.id != self.old_id


@dataclass(frozen=True)
class Change:
    """One answer (or one whole record) that differs between the old plan and the new.

    `field` is the path in the plan's structure (`about.coach`, `cycles.goal`, `cycles` for a whole
    cycle): what templates and `Template.step_for_field` speak of. `path` places it in a file
    (`cycles[3].goal`, counting records from 1 in the new plan, or in the old one when removed).
    Whole records added or removed carry the record itself as `new` or `old`. A record inside
    a record (a cycle's work sort) belongs to its cycle's `record`, its own id in `item_id`, and
    is always carried whole (`cycles.checkpoints`, `cycles[3].checkpoints[2]`).
    """

    kind: ChangeKind
    field: str
    path: str
    label: str
    step_id: str | None
    record: RecordRef | None = None
    old: Any = None
    new: Any = None
    words: tuple[WordRun, ...] = ()
    items_added: tuple[Any, ...] = ()
    items_removed: tuple[Any, ...] = ()
    item_id: str = ""

    @property
    def is_whole_record(self) -> bool:
        """Whether the change is a whole record added or removed, rather than one of its answers."""
        return self.record is not None and "." not in self.field


@dataclass(frozen=True)
class StepChanges:
    """The changes to the answers of one template step (step_id None: answers no step asks)."""

    step_id: str | None
    title: str
    changes: tuple[Change, ...]

    def counts(self) -> Counter[ChangeKind]:
        """How many records or answers were added, removed and changed, for a summary line.

        The answers of one changed record count once, as one changed record.
        """
        counted: Counter[ChangeKind] = Counter()
        records_seen: set[tuple[str, str]] = set()
        for change in self.changes:
            if change.record is None or change.is_whole_record:
                counted[change.kind] += 1
                continue
            key = (change.record.list_name, change.record.id)
            if key not in records_seen:
                records_seen.add(key)
                counted[ChangeKind.CHANGED] += 1
        return counted


@dataclass(frozen=True)
class Comparison:
    """Everything that differs between two plans, in the order of the question flow.

    Across school years, `changes` (and `steps`) hold what changed, and `not_carried` what last
    year's plan held and this year's does not (its cycles, its reflections...), by step.
    """

    old: Plan
    new: Plan
    changes: tuple[Change, ...]
    steps: tuple[StepChanges, ...]
    not_carried: tuple[StepChanges, ...] = ()
    focus_shift: FocusShift | None = None
    results: YearResults | None = None
    # Lists whose records, the same on both sides, come in another order (not a change in meaning).
    reordered: tuple[str, ...] = ()
    guide: FieldGuide | None = field(default=None, repr=False, compare=False)
    _names: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def same(self) -> bool:
        """Whether the two plans say the same thing (formatting and record order aside)."""
        return not self.changes and not self.not_carried

    def concept_label(self, concept_id: str) -> str:
        """A concept as the template names it, else its id as written."""
        concept = None if self.guide is None else self.guide.template.concept(concept_id)
        return concept_id if concept is None else concept.label

    @property
    def across_years(self) -> bool:
        """Whether the plans are for different school years (last year's plan against this one)."""
        return self.old.school_year != self.new.school_year

    def for_step(self, step_id: str | None) -> tuple[Change, ...]:
        """The changes to the answers of one step (None: answers that no step of the template asks)."""
        return next((s.changes for s in self.steps if s.step_id == step_id), ())

    def label(self, field_path: str) -> str:
        """The template's label for a field path (`cycles.goal` -> "Student-learning goal")."""
        return readable(field_path) if self.guide is None else self.guide.label(field_path)

    def teacher_name(self, teacher_id: str) -> str:
        """The name of the teacher with this id in the new plan, else the old one, else the id."""
        if not self._names:
            for teacher in [*self.old.teachers, *self.new.teachers]:
                self._names[teacher.id] = teacher.name or teacher.id
        return self._names.get(teacher_id, teacher_id)
