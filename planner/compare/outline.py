"""A comparison laid out for reading, before any format: sections of lines made of styled spans.

Text and Markdown differ only in how they mark a heading, an added word or a removed one, so both
are written from this one outline. Long prose keeps a few words of context around each change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from planner.compare.changes import Change, ChangeKind, Comparison, StepChanges
from planner.compare.headline import folded
from planner.compare.matching import name_field
from planner.compare.results import FocusShift, YearResults
from planner.compare.words import WordRun
from planner.figures import Breakdown, plan_figures
from planner.model import Choice, GoalMet, Plan, fields_of

# plain: as is; old/new: a whole value removed or added; deleted/inserted: words inside prose;
# heading: a section title; muted: context that matters less (ids, elisions).
Style = Literal["plain", "old", "new", "deleted", "inserted", "heading", "muted"]
Mark = Literal["+", "-", "~", ""]

# Prose keeping fewer than this share of its words is shown as old and new, not word by word;
# two short texts (this many words in all) then fit on one line: old -> new.
KEPT_SHARE = 0.5
SHORT_WORDS = 16
# Unchanged words kept on each side of a change in long prose; longer stretches are elided.
CONTEXT_WORDS = 6
_OUTCOME_WORDS: tuple[tuple[GoalMet | None, str], ...] = (
    (GoalMet.MET, "met"),
    (GoalMet.PARTLY, "partly met"),
    (GoalMet.NOT_MET, "not met"),
    (None, "not recorded"),
)
_MARKS: dict[ChangeKind, Mark] = {ChangeKind.ADDED: "+", ChangeKind.REMOVED: "-", ChangeKind.CHANGED: "~"}


@dataclass(frozen=True)
class Span:
    text: str
    style: Style = "plain"


@dataclass(frozen=True)
class Line:
    """One line of the outline: a mark (+ added, - removed, ~ changed), a depth, and its spans."""

    spans: tuple[Span, ...]
    depth: int = 0
    mark: Mark = ""


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[Line, ...]


def _line(*spans: Span | str, depth: int = 0, mark: Mark = "") -> Line:
    return Line(tuple(Span(s) if isinstance(s, str) else s for s in spans), depth, mark)


def one_line(text: str) -> str:
    """Text with its line breaks and runs of spaces made single spaces."""
    return " ".join(text.split())


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


def elided(runs: Sequence[WordRun], context: int = CONTEXT_WORDS) -> list[Span]:
    """Word runs as spans, with unchanged stretches longer than the context cut to an ellipsis."""
    spans: list[Span] = []
    last = len(runs) - 1
    for position, run in enumerate(runs):
        if run.op != "same":
            spans.append(Span(run.text, "deleted" if run.op == "removed" else "inserted"))
            continue
        words = run.text.split()
        keep_before = 0 if position == 0 else context
        keep_after = 0 if position == last else context
        if len(words) <= keep_before + keep_after + 1:
            spans.append(Span(run.text))
            continue
        if keep_before:
            spans.append(Span(" ".join(words[:keep_before])))
        spans.append(Span("...", "muted"))
        if keep_after:
            spans.append(Span(" ".join(words[-keep_after:])))
    return spans


class _Writer:
    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison

    def value(self, value: Any, field: str) -> str:
        name = field.rsplit(".", 1)[-1]
        return format_value(value, name, self.comparison.teacher_name)

    def change_lines(self, change: Change, depth: int) -> Iterator[Line]:
        mark = _MARKS[change.kind]
        label = f"{change.label}:"
        if change.items_added or change.items_removed:
            yield _line(label, depth=depth, mark=mark)
            for item in change.items_added:
                yield _line(Span(self.value([item], change.field), "new"), depth=depth + 1, mark="+")
            for item in change.items_removed:
                yield _line(Span(self.value([item], change.field), "old"), depth=depth + 1, mark="-")
        elif change.words and _mostly_kept(change.words):
            yield _line(label, *elided(change.words), depth=depth, mark=mark)
        elif change.words and len(change.old.split()) + len(change.new.split()) > SHORT_WORDS:
            yield _line(label, depth=depth, mark=mark)
            yield _line(Span(one_line(change.old), "old"), depth=depth + 1, mark="-")
            yield _line(Span(one_line(change.new), "new"), depth=depth + 1, mark="+")
        elif change.kind == ChangeKind.ADDED:
            yield _line(label, Span(self.value(change.new, change.field), "new"), depth=depth, mark=mark)
        elif change.kind == ChangeKind.REMOVED:
            yield _line(label, Span(self.value(change.old, change.field), "old"), depth=depth, mark=mark)
        else:
            old = Span(self.value(change.old, change.field), "old")
            new = Span(self.value(change.new, change.field), "new")
            yield _line(label, old, "->", new, depth=depth, mark=mark)

    def record_header(self, change: Change, mark: Mark) -> Line:
        record = change.record
        assert record is not None
        ids = record.id if not record.renamed else f"{record.old_id} -> {record.id}"
        label = f'"{record.label}"' if record.label != record.id else ""
        spans = [s for s in (record.noun, label) if s]
        return _line(*spans, Span(f"({ids})", "muted"), mark=mark)

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
                yield _line(label, depth=depth)
                yield from (_line(Span(self.value([v], where), "new"), depth=depth + 1) for v in value)
            else:
                yield _line(label, Span(self.value(value, where), "new"), depth=depth)

    def moved_a_year(self, changes: Sequence[Change]) -> Iterator[Line]:
        """One line for every date of these changes that moved exactly one school year."""
        moved = [c for c in changes if folded(self.comparison, c)]
        if not moved:
            return
        count = sum(folded(self.comparison, c) for c in moved)
        names = dict.fromkeys(f'"{c.record.label}"' if c.record else c.label for c in moved)
        dates = "1 date" if count == 1 else f"{count} dates"
        yield _line(f"Moved one school year later ({dates}):", Span(", ".join(names), "muted"), mark="~")

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


def plural(count: int, noun: str) -> str:
    """`3 cycles`, `1 cycle`."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _step_count(comparison: Comparison, step: StepChanges) -> str:
    """A step's changes counted ("2 added, 1 changed"), dates that only moved a year apart."""
    shown = StepChanges(step.step_id, step.title, tuple(c for c in step.changes if not folded(comparison, c)))
    counts = shown.counts()
    parts = [f"{counts[k]} {k.value}" for k in ChangeKind if counts.get(k)]
    moved = sum(folded(comparison, c) for c in step.changes)
    if moved:
        parts.append(f"{moved} {'date' if moved == 1 else 'dates'} moved one school year")
    return ", ".join(parts)


def _percent(value: int | None) -> str:
    return "(blank)" if value is None else f"{value}%"


def _results_section(results: YearResults) -> Section:
    lines = [
        _line(f"Cycles: {results.cycles_planned} planned, {results.cycles_run} with results"),
        _line("Goals: " + ", ".join(f"{results.goals(met)} {words}" for met, words in _OUTCOME_WORDS)),
    ]
    for outcome in results.outcomes:
        who = f" ({', '.join(outcome.teachers)})" if outcome.teachers else ""
        lines.append(_line(f"{outcome.title}{who}"))
        if not outcome.has_result:
            lines.append(_line(Span("no result recorded", "muted"), depth=1))
            continue
        share = f"{_percent(outcome.baseline_percent)} -> {_percent(outcome.end_percent)}"
        details = []
        if outcome.change_points is not None:
            details.append(f"{outcome.change_points:+d} points")
        if outcome.target_percent is not None:
            details.append(f"target {outcome.target_percent}%")
        if details:
            share += f" ({'; '.join(details)})"
        met = outcome.goal_met.label if outcome.goal_met else "not recorded"
        lines.append(_line(f"Students meeting the goal: {share}; {met}", depth=1))
        if outcome.teacher_took_on:
            lines.append(_line(f"Teacher took on: {one_line(outcome.teacher_took_on)}", depth=1))
    if results.carry_forward:
        lines.append(_line("To carry forward:"))
        lines.extend(_line(item, depth=1, mark="+") for item in results.carry_forward)
    beside = (
        f"This year ({results.this_year or 'new plan'}): {plural(results.this_year_cycles, 'cycle')} planned"
    )
    if results.coached_again:
        beside += f"; coached again: {', '.join(results.coached_again)}"
    lines.append(_line(beside))
    if results.this_year_focus.strip():
        lines.append(_line(f"Focus: {one_line(results.this_year_focus)}", depth=1))
    return Section(f"Last year's results ({results.school_year or 'old plan'})", tuple(lines))


def _focus_section(shift: FocusShift, old_year: str, new_year: str) -> Section:
    lines = [
        _line(
            f"Planned for year 2 in {old_year or 'the old plan'}:",
            Span(one_line(shift.planned) or "(blank)", "old"),
        ),
        _line(
            f"This year's focus in {new_year or 'the new plan'}:",
            Span(one_line(shift.actual) or "(blank)", "new"),
        ),
    ]
    if shift.kept:
        lines.append(_line(Span("kept as planned", "muted")))
    elif shift.planned.strip() and shift.actual.strip():
        lines.append(_line("Words:", *elided(shift.words), mark="~"))
    return Section("Focus: last year's year 2 and this year", tuple(lines))


def _figure_line(label: str, old: str, new: str) -> Line:
    if old == new:
        return _line(f"{label}:", Span(new, "muted"))
    return _line(f"{label}:", Span(old, "old"), "->", Span(new, "new"), mark="~")


def _breakdown_line(old: Breakdown, new: Breakdown) -> Line:
    """A breakdown of both plans on one line: "Mini cycle 1 -> 2, Other 1" (0 where a plan has none)."""
    before = {t.key: t.count for t in old.tallies}
    after = {t.key: t.count for t in new.tallies}
    names = {t.key: t.label for t in (*new.tallies, *old.tallies)}
    parts = [
        f"{name} {after.get(key, 0)}"
        if before.get(key, 0) == after.get(key, 0)
        else f"{name} {before.get(key, 0)} -> {after.get(key, 0)}"
        for key, name in names.items()
    ]
    note = [Span(f"({new.note})", "muted")] if new.note else []
    return _line(f"{new.title}:", ", ".join(parts) or "(none)", *note, mark="~" if before != after else "")


def _figures_section(old_plan: Plan, new_plan: Plan) -> Section | None:
    """Both plans' figures (as the review and the export show them), or None when none moved."""
    old, new = plan_figures(old_plan), plan_figures(new_plan)
    if old == new:
        return None
    lines = [
        _figure_line("Coaching cycles", str(old.cycles), str(new.cycles)),
        _figure_line(
            "Teachers in cycles",
            f"{old.teachers_reached} of {old.teachers_on_roster}",
            f"{new.teachers_reached} of {new.teachers_on_roster}",
        ),
        _figure_line("Weeks of cycles", str(old.weeks_of_cycles), str(new.weeks_of_cycles)),
        _figure_line("Most cycles at once", str(old.most_at_once), str(new.most_at_once)),
        _figure_line("Professional learning items", str(old.learning_items), str(new.learning_items)),
    ]
    lines += [_breakdown_line(*pair) for pair in zip(old.breakdowns(), new.breakdowns(), strict=True)]
    return Section("In numbers", tuple(lines))


def outline(comparison: Comparison, stat: bool = False) -> list[Section]:
    """The comparison as sections. Across school years: last year's results, the shift of focus,
    and both years' figures when they moved (when both plans name their year). Then each step's
    changes (with `stat`, one summary line per step instead, and nothing across years)."""
    old, new = comparison.old, comparison.new
    sections: list[Section] = []
    if comparison.results is not None and not stat:
        sections.append(_results_section(comparison.results))
    if comparison.focus_shift is not None and not stat:
        sections.append(_focus_section(comparison.focus_shift, old.school_year, new.school_year))
    # Year against year, both named (a new file is compared with an empty plan of no year).
    year_on_year = comparison.across_years and bool(old.school_year and new.school_year)
    figures = _figures_section(old, new) if year_on_year and not stat else None
    if figures is not None:
        sections.append(figures)
    if stat:
        lines = [_line(f"{step.title}: {_step_count(comparison, step)}") for step in comparison.steps]
        sections.append(Section("Changes by step", tuple(lines)))
        return sections
    writer = _Writer(comparison)
    sections.extend(Section(step.title, tuple(writer.step_lines(step))) for step in comparison.steps)
    return sections
