"""A comparison as JSON of a documented, versioned shape (docs/compare-and-git.md), for scripts.

`version` changes only when a key is removed or changes meaning; new keys may be added within a
version. Every key is always present (null or an empty list when there is nothing to say).
Values are written as in the plan file: choices by their value ("full-cycle"), dates as
"2025-09-15", whole records as tables of their non-empty fields.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from enum import Enum
from typing import Any

from planner.compare.changes import Change, ChangeKind, Comparison, StepChanges
from planner.compare.headline import headline
from planner.compare.results import FocusShift, YearResults
from planner.compare.words import WordRun
from planner.model import GoalMet
from planner.outcomes import GroupOutcomes

JSON_FORMAT = "planner-diff"
# 2: `changes` no longer holds what was not carried over from last year (`not_carried_over`);
# a work sort's change belongs to its cycle, with its own `item_id`.
JSON_VERSION = 2


def plain(value: Any) -> Any:
    """A plan value as JSON data: enums by value, dates as text, records as tables of what is filled."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        table = {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {key: item for key, item in table.items() if item not in (None, "", [], {})}
    return value


def _words(runs: tuple[WordRun, ...]) -> list[dict[str, str]]:
    return [{"op": run.op, "text": run.text} for run in runs]


def _change(change: Change) -> dict[str, Any]:
    record = change.record
    return {
        "kind": change.kind.value,
        "step": change.step_id,
        "field": change.field,
        "path": change.path,
        "label": change.label,
        "record": None
        if record is None
        else {"list": record.list_name, "id": record.id, "old_id": record.old_id, "label": record.label},
        "old": plain(change.old),
        "new": plain(change.new),
        "words": _words(change.words),
        "items_added": plain(change.items_added),
        "items_removed": plain(change.items_removed),
        "item_id": change.item_id or None,
    }


def _summary_row(step: StepChanges) -> dict[str, Any]:
    counts = step.counts()
    return {"step": step.step_id, "title": step.title, **{k.value: counts.get(k, 0) for k in ChangeKind}}


def _not_carried(step: StepChanges) -> dict[str, Any]:
    return {"step": step.step_id, "title": step.title, "changes": [_change(c) for c in step.changes]}


def _concept(group: GroupOutcomes) -> dict[str, Any]:
    """One concept's results; every figure null for fewer than 3 teachers."""
    outcomes = group.outcomes
    hidden = outcomes.too_few
    return {
        "concept": group.key,
        "label": group.label,
        "fewer_than_3_teachers": hidden,
        "cycles": None if hidden else outcomes.cycles,
        "goals_met": None if hidden else outcomes.met,
        "start_percent": None if hidden else outcomes.start_percent,
        "end_percent": None if hidden else outcomes.end_percent,
        "weighted": None if hidden else outcomes.weighted,
        "students": None if hidden or not outcomes.weighted else outcomes.students,
    }


def _focus(shift: FocusShift | None) -> dict[str, Any] | None:
    if shift is None:
        return None
    return {
        "planned": shift.planned,
        "actual": shift.actual,
        "kept": shift.kept,
        "words": _words(shift.words),
    }


def _results(results: YearResults | None) -> dict[str, Any] | None:
    if results is None:
        return None
    return {
        "school_year": results.school_year,
        "cycles_planned": results.cycles_planned,
        "cycles_run": results.cycles_run,
        "goals": {
            **{met.value: results.goals(met) for met in GoalMet},
            "not-recorded": results.goals(None),
        },
        "cycles": [
            {
                "id": o.cycle_id,
                "title": o.title,
                "teachers": list(o.teachers),
                "goal": o.goal,
                "baseline_percent": o.baseline_percent,
                "target_percent": o.target_percent,
                "end_percent": o.end_percent,
                "start_count": o.start_count or None,
                "end_count": o.end_count or None,
                "change_points": o.change_points,
                "goal_met": plain(o.goal_met),
                "teacher_took_on": o.teacher_took_on,
            }
            for o in results.outcomes
        ],
        "by_concept": [_concept(group) for group in results.by_concept],
        "carry_forward": list(results.carry_forward),
        "mid_year": results.mid_year,
        "end_of_year": results.end_of_year,
        "this_year": {
            "school_year": results.this_year,
            "focus": results.this_year_focus,
            "cycles_planned": results.this_year_cycles,
            "coached_again": list(results.coached_again),
        },
    }


def comparison_data(comparison: Comparison, old_file: str = "", new_file: str = "") -> dict[str, Any]:
    """The comparison as JSON-ready data of the documented shape."""
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "old": {"file": old_file, "school_year": comparison.old.school_year},
        "new": {"file": new_file, "school_year": comparison.new.school_year},
        "same": comparison.same,
        "across_years": comparison.across_years,
        "summary": [_summary_row(step) for step in comparison.steps],
        "changes": [_change(change) for change in comparison.changes],
        "not_carried_over": [_not_carried(step) for step in comparison.not_carried],
        "focus_shift": _focus(comparison.focus_shift),
        "results": _results(comparison.results),
        "headline": headline(comparison),
        "reordered": list(comparison.reordered),
    }


def render_json(comparison: Comparison, old_file: str = "", new_file: str = "") -> str:
    """The comparison as indented JSON text, ending in a newline."""
    return json.dumps(comparison_data(comparison, old_file, new_file), indent=2, ensure_ascii=False) + "\n"
