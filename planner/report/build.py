"""The district report built from the plans read: per coach, per school and for the district, the
state of the plans, last year's carry-forward themes and, when asked, the year before.

Last year's plans are those this year's plans name as `last_year` (when the district holds them),
and any other plan of the year before; a coach who had a plan then and has none now is missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from planner.export.rewrite import name_remover
from planner.model import Plan
from planner.outcomes import roll_up
from planner.plan_file import PlanFileError
from planner.questions import DEFAULT_TEMPLATE, Concept, StepState, Template, load_template, step_state
from planner.report.district import District, PlanRecord, last_years_plan
from planner.report.load import load_of
from planner.report.shape import (
    REPORT_FORMAT,
    CoachRow,
    Comparison,
    PlanState,
    Report,
    Results,
    SchoolRow,
    Theme,
)
from planner.report.totals import PlanItems, reach_of, totals_of

NO_SCHOOL = "(no school named)"
_NOT_WORDS = re.compile(r"[^\w]+")


def previous_year(school_year: str) -> str:
    """The school year before one written like "2025-26" ("2024-25"); empty when it is not one."""
    if not re.fullmatch(r"\d{4}-\d{2}", school_year):
        return ""
    first = int(school_year[:4]) - 1
    return f"{first}-{(first + 1) % 100:02d}"


@cache
def _loaded_template(name: str) -> Template:
    try:
        return load_template(name)
    except PlanFileError:
        return load_template(DEFAULT_TEMPLATE)


def template_of(plan: Plan, path: Path) -> Template:
    """The template a plan follows (a path in `template` is from the plan's folder), each read
    once; the default template when it cannot be read."""
    name = plan.template or DEFAULT_TEMPLATE
    if name.endswith(".toml") and not Path(name).is_absolute():
        name = str(path.parent / name)
    return _loaded_template(name)


def _concepts(counted: Iterable[tuple[PlanRecord, PlanItems]]) -> list[Concept]:
    """The concepts of every template these plans follow, each once, in the templates' order."""
    found: dict[str, Concept] = {}
    for record, items in counted:
        for concept in template_of(items.plan, record.path).concepts:
            found.setdefault(concept.id, concept)
    return list(found.values())


def steps_unanswered(plan: Plan, path: Path) -> tuple[int, int]:
    """How many of the plan's template's steps are not wholly answered, of the steps with questions."""
    states = [step_state(step, plan) for step in template_of(plan, path).steps]
    asked = [state for state in states if state is not None]
    return sum(state != StepState.ANSWERED for state in asked), len(asked)


class _Names:
    """The coach as the report shows them: their name, or "Coach N" when coaches are not named."""

    def __init__(self, records: Iterable[PlanRecord], named: bool) -> None:
        self.named = named
        keys = sorted({r.coach_key for r in records})
        self.numbers = {key: number for number, key in enumerate(keys, 1)}

    def coach(self, record: PlanRecord) -> str:
        return record.coach if self.named else f"Coach {self.numbers[record.coach_key]}"

    def file(self, record: PlanRecord) -> str:
        return str(record.path) if self.named else ""


def _coach_row(record: PlanRecord, items: PlanItems, names: _Names, unanswered: int) -> CoachRow:
    plan = items.plan
    reach = reach_of([items])
    return CoachRow(
        coach=names.coach(record),
        file=names.file(record),
        schools=tuple(plan.about.schools),
        steps_unanswered=unanswered,
        cycles=reach.cycles,
        weeks_of_cycles=reach.weeks_of_cycles,
        teachers_reached=reach.teachers_reached,
        roster=reach.roster,
        load=load_of([plan]),
        results=Results.of(roll_up(items.items)),
    )


def _school_rows(counted: Sequence[tuple[PlanRecord, PlanItems]]) -> tuple[SchoolRow, ...]:
    schools: dict[str, list[PlanItems]] = {}
    for _, items in counted:
        for school in dict.fromkeys(s.strip() for s in items.plan.about.schools if s.strip()) or [NO_SCHOOL]:
            schools.setdefault(school, []).append(items)
    rows = []
    for school in sorted(schools, key=lambda s: (s == NO_SCHOOL, s.casefold())):
        plans = schools[school]
        reach = reach_of(plans)
        rows.append(
            SchoolRow(
                school,
                coaches=len(plans),
                cycles=reach.cycles,
                weeks_of_cycles=reach.weeks_of_cycles,
                teachers_reached=reach.teachers_reached,
                roster=reach.roster,
            )
        )
    return tuple(rows)


def carry_forward_themes(records: Iterable[PlanRecord]) -> tuple[Theme, ...]:
    """What these plans carry forward, the same item (case, spacing and punctuation aside) counted
    once per coach; teachers' names left out; most named first."""
    words: dict[str, str] = {}
    coaches: dict[str, set[str]] = {}
    for record in records:
        if record.plan is None:
            continue
        remove = name_remover(t.name for t in record.plan.teachers)
        for item in record.plan.year_in_review.carry_forward:
            text = " ".join(remove(item).split())
            key = _NOT_WORDS.sub(" ", text.casefold()).strip()
            if key:
                words.setdefault(key, text)
                coaches.setdefault(key, set()).add(record.coach_key)
    ranked = sorted(words, key=lambda key: (-len(coaches[key]), key))
    return tuple(Theme(words[key], len(coaches[key])) for key in ranked)


def _problem_words(record: PlanRecord) -> str:
    problem = record.problem
    if problem is None:
        return ""
    return f"line {problem.line}: {problem.what}" if problem.line else problem.what


def build_report(
    district: District,
    school_year: str = "",
    *,
    compare: bool = False,
    coaches_named: bool = True,
) -> Report:
    """The report for `school_year` (default: the newest the plans are for)."""
    year = school_year or next(iter(district.years()), "")
    before = previous_year(year)
    records = district.of_year(year)
    linked = [last_years_plan(district, r, before) for r in records]
    last_years = {r.path: r for r in [*linked, *district.of_year(before)] if r is not None}
    names = _Names([*records, *last_years.values()], coaches_named)
    counted = [(r, PlanItems.of(r.plan, str(r.path))) for r in records if r.plan is not None]
    concepts = _concepts(counted)
    unanswered = [(r, *steps_unanswered(items.plan, r.path)) for r, items in counted]
    this_years_coaches = {r.coach_key for r in records}
    totals = totals_of([items for _, items in counted], concepts)
    comparison = None
    if compare:
        earlier = [PlanItems.of(r.plan, str(r.path)) for r in last_years.values() if r.plan is not None]
        comparison = Comparison(before, totals_of(earlier, concepts), totals)
    return Report(
        report_format=REPORT_FORMAT,
        school_year=year,
        coaches_named=coaches_named,
        files_read=len(district.plans),
        other_toml_skipped=district.skipped,
        district=totals,
        coaches=tuple(
            _coach_row(r, items, names, missing)
            for (r, items), (_, missing, _) in zip(counted, unanswered, strict=True)
        ),
        schools=_school_rows(counted),
        carry_forward=carry_forward_themes(last_years.values()),
        missing=tuple(
            PlanState(names.coach(r), names.file(r))
            for key, r in sorted({r.coach_key: r for r in last_years.values()}.items())
            if key not in this_years_coaches
        ),
        invalid=tuple(
            PlanState(names.coach(r), names.file(r), problem=_problem_words(r))
            for r in records
            if r.problem is not None
        ),
        unfinished=tuple(
            PlanState(names.coach(r), names.file(r), steps_unanswered=missing, steps=steps)
            for r, missing, steps in unanswered
            if missing
        ),
        comparison=comparison,
    )
