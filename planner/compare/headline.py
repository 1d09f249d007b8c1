"""The one line that leads a comparison, in the style of a Terraform plan, and the changes it folds.

"8 cycles added, 9 removed; 2 teachers added, 5 changed, 2 removed; vision and focus changed;
18 dates moved one school year": records counted by kind (cycles and teachers first), other answers
named by the part of the plan they belong to (across school years, the year and the link to last
year's plan are expected to change, and go unsaid). Across school years, a date that moved
exactly one school year (to the same weekday, or the same day of the month) says nothing new:
such dates are counted, and shown folded into one line per step instead of one line each.
What was not carried over from last year's plan is counted last, apart from the changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from planner.compare.changes import Change, ChangeKind, Comparison

# What records of each list are called when counted ("2 cycles"), one and many.
_COUNTED = {
    "teachers": ("teacher", "teachers"),
    "cycles": ("cycle", "cycles"),
    "learning_for_all": ("session for everyone", "sessions for everyone"),
    "learning_for_some": ("group session", "group sessions"),
    "windows": ("coaching window", "coaching windows"),
    "blackouts": ("dates to avoid", "dates to avoid"),
}
# Counted first: what a reader of a plan looks for.
_FIRST = ("cycles", "teachers")
# What the answers of each part of the plan are called when they changed ("focus changed").
_PARTS = {
    "school_year": "school year",
    "last_year": "last year's plan",
    "about": "about this plan",
    "year_in_review": "year in review",
    "custom": "district questions",
}
_EXPECTED_ACROSS_YEARS = {"school_year", "last_year"}
_ORDER = (ChangeKind.ADDED, ChangeKind.CHANGED, ChangeKind.REMOVED)
_FIFTY_TWO_WEEKS = timedelta(weeks=52)


def _a_year_later(old: date, new: date) -> bool:
    if new - old == _FIFTY_TWO_WEEKS:
        return True
    try:
        return old.replace(year=old.year + 1) == new
    except ValueError:  # February 29 has no day a year later
        return False


def _moved_dates(change: Change) -> int:
    """How many dates this change moves exactly one school year later (0: it does more than that)."""
    if change.kind != ChangeKind.CHANGED:
        return 0
    if isinstance(change.old, date) and isinstance(change.new, date):
        return int(_a_year_later(change.old, change.new))
    removed, added = sorted(change.items_removed), sorted(change.items_added)
    if removed and len(removed) == len(added) and all(isinstance(d, date) for d in (*removed, *added)):
        return len(added) if all(_a_year_later(o, n) for o, n in zip(removed, added, strict=True)) else 0
    return 0


def folded(comparison: Comparison, change: Change) -> int:
    """How many dates `change` moves one school year, when the comparison folds it (0: shown as is)."""
    return _moved_dates(change) if comparison.across_years else 0


def noun(list_name: str, count: int) -> str:
    """`2 cycles`, `1 coaching window`: a count of records of a list."""
    one, many = _COUNTED.get(list_name, (list_name.replace("_", " "), list_name.replace("_", " ")))
    return f"{count} {one if count == 1 else many}"


def _record_counts(changes: Iterable[Change]) -> dict[str, dict[ChangeKind, set[str]]]:
    counts: dict[str, dict[ChangeKind, set[str]]] = {}
    for change in changes:
        assert change.record is not None
        kind = change.kind if change.is_whole_record else ChangeKind.CHANGED
        counts.setdefault(change.record.list_name, {}).setdefault(kind, set()).add(change.record.id)
    return counts


def _not_carried(comparison: Comparison) -> str:
    """What was not carried over from last year, counted: "9 cycles, 2 teachers, 2 answers"."""
    left = [c for step in comparison.not_carried for c in step.changes]
    records: dict[str, set[str]] = {}
    for change in left:
        if change.record is not None:
            records.setdefault(change.record.list_name, set()).add(change.record.id)
    counted = sorted(records, key=lambda name: _FIRST.index(name) if name in _FIRST else len(_FIRST))
    words = [noun(name, len(records[name])) for name in counted]
    answers = sum(change.record is None for change in left)
    if answers:
        words.append(f"{answers} {'answer' if answers == 1 else 'answers'}")
    return ", ".join(words)


def headline(comparison: Comparison) -> str:
    """The comparison in one line: records added, changed and removed, parts changed, dates moved."""
    shown = [c for c in comparison.changes if not folded(comparison, c)]
    parts = []
    by_list = _record_counts(c for c in shown if c.record is not None)
    for list_name in sorted(by_list, key=lambda name: _FIRST.index(name) if name in _FIRST else len(_FIRST)):
        counts = by_list[list_name]
        first, *rest = (kind for kind in _ORDER if counts.get(kind))
        words = [f"{noun(list_name, len(counts[first]))} {first.value}"]
        words.extend(f"{len(counts[kind])} {kind.value}" for kind in rest)
        parts.append(", ".join(words))
    unsaid = _EXPECTED_ACROSS_YEARS if comparison.across_years else set()
    names = [
        _PARTS.get(part, part.replace("_", " "))
        for part in dict.fromkeys(c.field.split(".")[0] for c in shown if c.record is None)
        if part not in unsaid
    ]
    if names:
        listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        parts.append(f"{listed} changed")
    moved = sum(folded(comparison, c) for c in comparison.changes)
    if moved:
        parts.append(f"{moved} {'date' if moved == 1 else 'dates'} moved one school year")
    parts.extend(f"{_COUNTED.get(name, (name, name))[1]} reordered" for name in comparison.reordered)
    left = _not_carried(comparison)
    if left:
        parts.append(f"not carried over: {left}")
    return "; ".join(parts) if parts else "no changes in meaning"
