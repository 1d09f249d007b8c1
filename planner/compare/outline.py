"""A comparison laid out for reading, before any format: sections of lines made of styled spans.

Text and Markdown differ only in how they mark a heading, an added word or a removed one, so both
are written from this one outline. Long prose keeps a few words of context around each change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any

from planner.compare.changes import Change, ChangeKind, Comparison, StepChanges
from planner.compare.checkpoints import checkpoint_change, checkpoint_text
from planner.compare.headline import folded
from planner.compare.lines import Line, Mark, Section, Span, elided, line, one_line
from planner.compare.matching import name_field
from planner.compare.words import WordRun
from planner.compare.year_sections import (
    figures_section,
    focus_section,
    not_carried_lines,
    not_carried_title,
    results_section,
)
from planner.model import Checkpoint, Choice, fields_of

# Prose keeping fewer than this share of its words is shown as old and new, not word by word;
# two short texts (this many words in all) then fit on one line: old -> new.
KEPT_SHARE = 0.5
SHORT_WORDS = 16
_MARKS: dict[ChangeKind, Mark] = {ChangeKind.ADDED: "+", ChangeKind.REMOVED: "-", ChangeKind.CHANGED: "~"}


def format_value(value: Any, field_name: str = "", teacher_name: Callable[[str], str] | None = None) -> str:
    """A value as a coach reads it: labels for choices, dates as 2025-09-15, 40% for shares."""
    if value is None or value == "":
        return "(blank)"
    if isinstance(value, Choice):
        return value.label
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, int):
        return f"{value}%" if field_name.endswith("_percent") else str(value)
    if isinstance(value, Checkpoint):
        return checkpoint_text(value)
    if isinstance(value, list):
        return ", ".join(format_value(v, field_name, teacher_name) for v in value) or "(none)"
    if isinstance(value, str):
        if field_name == "teachers" and teacher_name is not None:
            return teacher_name(value)
        return one_line(value)
    return str(value)


def _mostly_kept(runs: Sequence[WordRun]) -> bool:
    counts = {"same": 0, "removed": 0, "inserted": 0}
    for run in runs:
        counts[run.op] += len(run.text.split())
    longer = max(counts["same"] + counts["removed"], counts["same"] + counts["inserted"])
    return counts["same"] >= KEPT_SHARE * longer


class _Writer:
    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison

    def value(self, value: Any, field: str) -> str:
        name = field.rsplit(".", 1)[-1]
        if name == "concepts" and isinstance(value, list):
            value = [self.comparison.concept_label(concept_id) for concept_id in value]
        return format_value(value, name, self.comparison.teacher_name)

    def change_lines(self, change: Change, depth: int) -> Iterator[Line]:
        mark = _MARKS[change.kind]
        label = f"{change.label}:"
        if change.item_id and change.kind == ChangeKind.CHANGED:
            yield line(label, checkpoint_change(change.old, change.new), depth=depth, mark=mark)
        elif change.item_id:
            shown = change.new if change.kind == ChangeKind.ADDED else change.old
            style = "new" if change.kind == ChangeKind.ADDED else "old"
            yield line(Span(checkpoint_text(shown), style), depth=depth, mark=mark)
        elif change.items_added or change.items_removed:
            yield line(label, depth=depth, mark=mark)
            for item in change.items_added:
                yield line(Span(self.value([item], change.field), "new"), depth=depth + 1, mark="+")
            for item in change.items_removed:
                yield line(Span(self.value([item], change.field), "old"), depth=depth + 1, mark="-")
        elif change.words and _mostly_kept(change.words):
            yield line(label, *elided(change.words), depth=depth, mark=mark)
        elif change.words and len(change.old.split()) + len(change.new.split()) > SHORT_WORDS:
            yield line(label, depth=depth, mark=mark)
            yield line(Span(one_line(change.old), "old"), depth=depth + 1, mark="-")
            yield line(Span(one_line(change.new), "new"), depth=depth + 1, mark="+")
        elif change.kind == ChangeKind.ADDED:
            yield line(label, Span(self.value(change.new, change.field), "new"), depth=depth, mark=mark)
        elif change.kind == ChangeKind.REMOVED:
            yield line(label, Span(self.value(change.old, change.field), "old"), depth=depth, mark=mark)
        else:
            old = Span(self.value(change.old, change.field), "old")
            new = Span(self.value(change.new, change.field), "new")
            yield line(label, old, "->", new, depth=depth, mark=mark)

    def record_header(self, change: Change, mark: Mark) -> Line:
        record = change.record
        assert record is not None
        ids = record.id if not record.renamed else f"{record.old_id} -> {record.id}"
        label = f'"{record.label}"' if record.label != record.id else ""
        spans = [s for s in (record.noun, label) if s]
        return line(*spans, Span(f"({ids})", "muted"), mark=mark)

    def whole_record(self, change: Change) -> Iterator[Line]:
        yield self.record_header(change, _MARKS[change.kind])
        if change.kind != ChangeKind.ADDED:
            return
        yield from self.record_fields(change.new, change.field)

    def record_fields(self, record: Any, field: str, depth: int = 1) -> Iterator[Line]:
        """The filled answers of an added record (its id and name are in its header already)."""
        shown_in_header = {"id", name_field(type(record))}
        for info in fields_of(type(record)):
            value = getattr(record, info.name)
            if info.name in shown_in_header or value in (None, "", [], {}):
                continue
            if info.kind == "section":
                yield from self.record_fields(value, f"{field}.{info.name}", depth)
                continue
            where = f"{field}.{info.name}"
            label = f"{self.comparison.label(where)}:"
            if isinstance(value, list) and len(value) > 1:
                yield line(label, depth=depth)
                yield from (line(Span(self.value([v], where), "new"), depth=depth + 1) for v in value)
            else:
                yield line(label, Span(self.value(value, where), "new"), depth=depth)

    def moved_a_year(self, changes: Sequence[Change]) -> Iterator[Line]:
        """One line for every date of these changes that moved exactly one school year."""
        moved = [c for c in changes if folded(self.comparison, c)]
        if not moved:
            return
        count = sum(folded(self.comparison, c) for c in moved)
        names = dict.fromkeys(f'"{c.record.label}"' if c.record else c.label for c in moved)
        dates = "1 date" if count == 1 else f"{count} dates"
        yield line(f"Moved one school year later ({dates}):", Span(", ".join(names), "muted"), mark="~")

    def step_lines(self, step: StepChanges) -> Iterator[Line]:
        yield from self.moved_a_year(step.changes)
        current_record: tuple[str, str] | None = None
        for change in step.changes:
            if folded(self.comparison, change):
                continue
            if change.record is None:
                current_record = None
                yield from self.change_lines(change, 0)
            elif change.is_whole_record:
                current_record = None
                yield from self.whole_record(change)
            else:
                key = (change.record.list_name, change.record.id)
                if key != current_record:
                    current_record = key
                    yield self.record_header(change, "~")
                yield from self.change_lines(change, 1)


def step_lines(comparison: Comparison, step_id: str | None) -> list[Line]:
    """The outline lines of one step's changes (empty when the step did not change)."""
    step = next((s for s in comparison.steps if s.step_id == step_id), None)
    return [] if step is None else list(_Writer(comparison).step_lines(step))


def answer_text(comparison: Comparison, value: Any, field: str) -> str:
    """An answer written out as the outline writes values (teachers by name, choices by label)."""
    return _Writer(comparison).value(value, field)


def _step_count(comparison: Comparison, step: StepChanges) -> str:
    """A step's changes counted ("2 added, 1 changed"), dates that only moved a year apart."""
    shown = StepChanges(step.step_id, step.title, tuple(c for c in step.changes if not folded(comparison, c)))
    counts = shown.counts()
    parts = [f"{counts[k]} {k.value}" for k in ChangeKind if counts.get(k)]
    moved = sum(folded(comparison, c) for c in step.changes)
    if moved:
        parts.append(f"{moved} {'date' if moved == 1 else 'dates'} moved one school year")
    return ", ".join(parts)


def _left_count(step: StepChanges) -> int:
    """How many records or answers of a step were not carried over (a record's answers once)."""
    return sum(step.counts().values())


def outline(comparison: Comparison, stat: bool = False) -> list[Section]:
    """The comparison as sections. Across school years: last year's results, the shift of focus,
    and both years' figures when they moved (when both plans name their year). Then each step's
    changes (with `stat`, one summary line per step instead, and nothing across years)."""
    old, new = comparison.old, comparison.new
    sections: list[Section] = []
    if comparison.results is not None and not stat:
        sections.append(results_section(comparison.results))
    if comparison.focus_shift is not None and not stat:
        sections.append(focus_section(comparison.focus_shift, old.school_year, new.school_year))
    # Year against year, both named (a new file is compared with an empty plan of no year).
    year_on_year = comparison.across_years and bool(old.school_year and new.school_year)
    figures = figures_section(old, new) if year_on_year and not stat else None
    if figures is not None:
        sections.append(figures)
    if stat:
        lines = [line(f"{step.title}: {_step_count(comparison, step)}") for step in comparison.steps]
        lines += [
            line(f"{step.title}: {_left_count(step)} not carried over") for step in comparison.not_carried
        ]
        sections.append(Section("Changes by step", tuple(lines)))
        return sections
    writer = _Writer(comparison)
    sections.extend(Section(step.title, tuple(writer.step_lines(step))) for step in comparison.steps)
    if comparison.not_carried:
        lines = not_carried_lines(comparison.not_carried, lambda c: writer.record_header(c, "-"))
        sections.append(Section(not_carried_title(old.school_year), tuple(lines)))
    return sections


def left_behind_lines(comparison: Comparison) -> list[Line]:
    """What last year's plan held and this year's does not, each listed once, by step (empty
    within one school year: there, it was removed, and is among the changes)."""
    writer = _Writer(comparison)
    return not_carried_lines(comparison.not_carried, lambda c: writer.record_header(c, "-"))
