"""The comparison on the example plans: one coach's 2024-25 (with its year in review) and 2025-26."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.compare import ChangeKind, compare_plans
from planner.compare.json_shape import render_json
from planner.compare.render import render_markdown, render_text
from planner.plan_file import load_plan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "plans"


@pytest.fixture(scope="module")
def years():
    return load_plan(EXAMPLES / "2024-25.toml").plan, load_plan(EXAMPLES / "2025-26.toml").plan


def test_a_plan_compared_with_itself_is_the_same(years):
    for plan in years:
        assert compare_plans(plan, plan).same


def test_last_years_results_lead_the_comparison(years):
    last_year, this_year = years
    comparison = compare_plans(last_year, this_year)
    results = comparison.results
    assert results is not None
    assert results.cycles_planned == len(last_year.cycles)
    assert 0 < results.cycles_run <= results.cycles_planned
    assert results.carry_forward == tuple(last_year.year_in_review.carry_forward)
    headline, results = render_text(comparison).split("\n\n")[:2]
    assert headline.startswith("8 cycles added; 2 teachers added, 5 changed; ")
    assert headline.endswith(
        "; 18 dates moved one school year; not carried over: 9 cycles, 2 teachers, 1 session for everyone,"
        " 1 group session, 2 answers"
    )
    assert results.startswith("Last year's results (2024-25)\n  Cycles: ")
    assert comparison.focus_shift is not None
    assert comparison.focus_shift.planned == last_year.focus.year_two


def test_teachers_kept_from_last_year_are_the_same_records(years):
    last_year, this_year = years
    comparison = compare_plans(last_year, this_year)
    whole = {(c.kind, c.record.id) for c in comparison.changes if c.is_whole_record and c.field == "teachers"}
    kept = {t.id for t in last_year.teachers} & {t.id for t in this_year.teachers}
    assert kept
    assert not {teacher_id for _, teacher_id in whole} & kept
    left = [c for step in comparison.not_carried for c in step.changes]
    not_carried = {c.record.id for c in left if c.is_whole_record and c.field == "teachers"}
    assert not_carried == {t.id for t in last_year.teachers} - kept
    assert {c.kind for c in left} == {ChangeKind.REMOVED}


def test_every_change_is_placed_in_a_step_of_the_template(years):
    comparison = compare_plans(*years)
    other = [c.field for c in comparison.changes if c.step_id is None]
    assert other == ["last_year"]
    assert sum(len(step.changes) for step in comparison.steps) == len(comparison.changes)


def test_every_format_renders_the_examples(years):
    comparison = compare_plans(*years)
    data = json.loads(render_json(comparison))
    assert data["results"]["cycles_planned"] == len(years[0].cycles)
    assert len(data["changes"]) == len(comparison.changes)
    assert render_markdown(comparison).split("\n\n")[1] == "# Last year's results (2024-25)"
