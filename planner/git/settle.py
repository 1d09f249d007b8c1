"""Settling a plan left with conflict markers: each conflicted answer in plan terms, and the plan
that keeps the side (or both sides) the coach chose for each.

The two sides of the markers (see planner.git.conflicts.sides) are read as plans and compared
answer by answer: every answer they give differently is one `ConflictedAnswer`, whether planner's
merge driver wrote the markers around it or git's line merge wrote them around any lines. Settling
starts from our side's plan and takes, for each answer, what the coach chose; the result is a
canonical plan text that parses, or `UnsettledError` and nothing to write.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from planner.compare import Change, ChangeKind, Comparison, RecordRef, answer_text, compare_plans
from planner.compare.guide import record_noun
from planner.compare.lines import elided
from planner.compare.matching import record_label
from planner.git.conflicts import sides
from planner.model import Plan, fields_of
from planner.plan_file import PlanFileError, check_plan, parse_plan, plan_to_text
from planner.questions import InputKind, Template

Keep = Literal["ours", "theirs", "both"]

_OPENING = re.compile(r"^<{7} ?(.*)$", re.MULTILINE)
_CLOSING = re.compile(r"^>{7} ?(.*)$", re.MULTILINE)
_RECORD_LISTS = frozenset(info.name for info in fields_of(Plan) if info.kind == "records")
_COMMIT = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
_NOT_THERE = "(not in this side's plan)"


class UnsettledError(ValueError):
    """The choices do not settle every conflicted answer, or the plan they make is not valid."""


@dataclass(frozen=True)
class ConflictedAnswer:
    """One answer the two sides give differently, as the coach reads it.

    `key` names it (`cycles[c-ratio].goal`, the record by id); `where` is the record it belongs to
    (`cycle "Ratios"`, empty for a plan-wide answer); `ours` and `theirs` are the side's values
    written out in plan terms (choices by label, teachers by name, dates spelled out).
    """

    key: str
    label: str
    where: str
    step: str
    ours: str
    theirs: str
    can_keep_both: bool
    change: Change = field(repr=False, compare=False)


@dataclass(frozen=True)
class ConflictedPlan:
    """A plan text with conflict markers: the branch names the markers give, and each answer at stake."""

    ours_name: str
    theirs_name: str
    answers: tuple[ConflictedAnswer, ...]
    ours: Plan = field(repr=False)
    theirs: Plan = field(repr=False)


def read_conflicts(
    text: str, template_for: Callable[[Plan], Template] | None = None
) -> ConflictedPlan | None:
    """The conflicts of `text` in plan terms, labelled by the template `template_for` gives our
    side's plan (the default template without it); None when it holds no markers, markers out
    of order, or a side that is not a valid plan (then only the file's own problems can be shown)."""
    found = sides(text)
    if found is None:
        return None
    ours_side, theirs_side, _ = found
    try:
        ours, theirs = parse_plan(ours_side.text)[0], parse_plan(theirs_side.text)[0]
    except PlanFileError:
        return None
    comparison = compare_plans(ours, theirs, template_for(ours) if template_for else None)
    prose = _prose_fields(comparison)
    titles = dict(comparison.guide.step_order()) if comparison.guide else {}
    # A list of records inside a record (a cycle's work sorts) is settled whole, one answer for
    # each record that holds one, rather than one work sort (`item_id`) at a time.
    changes = [
        c
        for c in comparison.changes
        if not c.item_id and (c.record is None or c.record.list_name in _RECORD_LISTS)
    ]
    changes += _nested_lists(comparison)
    answers = tuple(
        _answer(comparison, change, prose, titles.get(change.step_id, "Other")) for change in changes
    )
    return ConflictedPlan(
        _name(_OPENING, text, "ours"), _name(_CLOSING, text, "theirs"), answers, ours, theirs
    )


def _nested_lists(comparison: Comparison) -> list[Change]:
    """A change for each list of records inside a record (by id on both sides) that differs."""
    assert comparison.guide is not None
    found = []
    for info in fields_of(Plan):
        if info.kind != "records":
            continue
        theirs = {record.id: record for record in getattr(comparison.new, info.name)}
        inner_lists = [inner.name for inner in fields_of(info.record) if inner.kind == "records"]  # type: ignore[arg-type]
        for position, mine in enumerate(getattr(comparison.old, info.name), 1):
            other = theirs.get(mine.id)
            for inner in inner_lists if other is not None else ():
                old, new = getattr(mine, inner), getattr(other, inner)
                if old == new:
                    continue
                where = f"{info.name}.{inner}"
                ref = RecordRef(info.name, mine.id, mine.id, record_label(mine), record_noun(info.name))
                found.append(
                    Change(
                        ChangeKind.CHANGED,
                        where,
                        f"{info.name}[{position}].{inner}",
                        comparison.label(where),
                        comparison.guide.step_for(where),
                        ref,
                        old=old,
                        new=new,
                    )
                )
    return found


def _name(marker: re.Pattern[str], text: str, default: str) -> str:
    """The name the first such marker gives its side (git writes a branch, or HEAD)."""
    found = marker.search(text)
    name = (found[1].strip() if found else "") or default
    # `git pull` names their side by its commit: the short hash git itself shows says as much.
    return name[:7] if _COMMIT.fullmatch(name) else name


def _prose_fields(comparison: Comparison) -> set[str]:
    """The field paths the template asks as prose (a paragraph, where keeping both sides reads well)."""
    assert comparison.guide is not None
    found = set()
    for step in comparison.guide.template.steps:
        for question in step.questions:
            if question.kind == InputKind.PROSE:
                found.add(question.field)
            found.update(
                f"{question.field}.{form.field}" for form in question.fields if form.kind == InputKind.PROSE
            )
    return found


def _answer(comparison: Comparison, change: Change, prose: set[str], step: str) -> ConflictedAnswer:
    record = change.record
    if record is None:
        key, where = change.path, ""
    else:
        key = f"{record.list_name}[{record.old_id}]{change.field.removeprefix(record.list_name)}"
        # Named as our side names it: their side may have renamed it in this very conflict.
        mine = next((r for r in getattr(comparison.old, record.list_name) if r.id == record.old_id), None)
        name = record_label(mine) if mine is not None else record.label
        named = f' "{name}"' if name != record.old_id else f" {record.old_id}"
        where = f"{record.noun}{named}"
    if change.is_whole_record:
        label = f"The whole {record.noun}" if record else change.label
        ours = _NOT_THERE if change.old is None else _record_text(comparison, change.old, change.field)
        theirs = _NOT_THERE if change.new is None else _record_text(comparison, change.new, change.field)
        both = False
    else:
        label = change.label
        if change.words:
            ours, theirs = _prose_side(change, "inserted"), _prose_side(change, "removed")
        else:
            ours = _spelled(comparison, change.old, change.field)
            theirs = _spelled(comparison, change.new, change.field)
        both = change.field in prose and bool(str(change.old).strip()) and bool(str(change.new).strip())
    return ConflictedAnswer(key, label, where, step, ours, theirs, both, change)


def _record_text(comparison: Comparison, record: Any, field_path: str) -> str:
    """A whole record's filled answers by label (`Kind: Full cycle; Teachers: Ana Lopez; ...`)."""
    parts = []
    for info in fields_of(type(record)):
        value = getattr(record, info.name)
        where = f"{field_path}.{info.name}"
        if info.name == "id" or value in (None, "", [], {}):
            continue
        if info.kind == "section":
            inner = _record_text(comparison, value, where)
            parts.extend([inner] if inner else [])
        else:
            parts.append(f"{comparison.label(where)}: {_spelled(comparison, value, where)}")
    return "; ".join(parts)


def _prose_side(change: Change, other_sides_words: str) -> str:
    """One side of a prose answer with the long stretches both sides share cut to "...", as
    compare writes a change: the words that differ stand out."""
    runs = [run for run in change.words if run.op != other_sides_words]
    return " ".join(span.text for span in elided(runs))


def _spelled(comparison: Comparison, value: Any, field_path: str) -> str:
    """A value as the coach reads it: compare's wording, with dates written out in words."""
    if isinstance(value, date):
        return spelled_date(value)
    if isinstance(value, list) and value and all(isinstance(item, date) for item in value):
        return "; ".join(spelled_date(item) for item in value)
    if isinstance(value, list) and value and all(dataclasses.is_dataclass(item) for item in value):
        return " / ".join(_record_text(comparison, item, field_path) for item in value)
    return answer_text(comparison, value, field_path)


def spelled_date(day: date) -> str:
    """`Monday, September 15, 2025`."""
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


def settle(conflicted: ConflictedPlan, choices: Mapping[str, Keep]) -> str:
    """The canonical text of the plan that keeps, for each answer's key, the side chosen ("both":
    our prose, then theirs, as two paragraphs). UnsettledError when an answer has no choice,
    "both" is chosen where it cannot be kept, or the result breaks a rule of the plan."""
    missing = [answer.key for answer in conflicted.answers if answer.key not in choices]
    if missing:
        raise UnsettledError(f"not settled yet: {', '.join(missing)}")
    plan = copy.deepcopy(conflicted.ours)
    for answer in conflicted.answers:
        keep = choices[answer.key]
        if keep == "both" and not answer.can_keep_both:
            raise UnsettledError(f"{answer.key}: only one side can be kept")
        if keep != "ours":
            _take(plan, conflicted.theirs, answer.change, keep)
    problems = check_plan(plan)
    if problems:
        raise UnsettledError("; ".join(problem.what for problem in problems))
    text = plan_to_text(plan)
    parse_plan(text)
    return text


def _take(plan: Plan, theirs: Plan, change: Change, keep: Keep) -> None:
    """Put their side of `change` (or, with "both", our prose and theirs) into our plan."""
    record = change.record
    if record is None:
        _set(plan, change.field.split("."), _kept(change, keep))
        return
    records: list[Any] = getattr(plan, record.list_name)
    if change.kind == ChangeKind.REMOVED and change.is_whole_record:
        records[:] = [r for r in records if r.id != record.old_id]
    elif change.is_whole_record:
        records.insert(
            _place_for(records, getattr(theirs, record.list_name), record.id), copy.deepcopy(change.new)
        )
    else:
        mine = next(r for r in records if r.id in (record.old_id, record.id))
        _set(mine, change.field.split(".")[1:], _kept(change, keep))


def _kept(change: Change, keep: Keep) -> Any:
    if keep == "both":
        return f"{change.old.rstrip()}\n\n{change.new.lstrip()}"
    return copy.deepcopy(change.new)


def _set(owner: Any, path: list[str], value: Any) -> None:
    """Set the answer at `path` (attribute names, a mapping's key last) inside `owner`."""
    for name in path[:-1]:
        owner = owner[name] if isinstance(owner, dict) else getattr(owner, name)
    if isinstance(owner, dict):
        if value in (None, ""):
            owner.pop(path[-1], None)
        else:
            owner[path[-1]] = value
    else:
        setattr(owner, path[-1], value)


def _place_for(ours: list[Any], theirs: list[Any], record_id: str) -> int:
    """Where a record of theirs goes among ours: after the nearest record before it that both
    have, and after our own records there (ours first, as the merge driver places them)."""
    ids = [r.id for r in theirs]
    ours_ids = [r.id for r in ours]
    shared_before = [i for i in ids[: ids.index(record_id)] if i in ours_ids]
    at = ours_ids.index(shared_before[-1]) + 1 if shared_before else 0
    while at < len(ours_ids) and ours_ids[at] not in ids:
        at += 1
    return at
