"""The summary model: counts, grade bands, results, and no teacher named unless asked."""

from __future__ import annotations

from datetime import date

import pytest

from planner.export import build_summary, render
from planner.figures import grade_bands
from planner.model import Checkpoint, CheckpointStage, Cycle, FocusArea, GoalMet, Plan
from tests.export.export_plans import SECRET_NOTE, TEACHER_NAMES, small_plan


def _counts(tallies) -> dict[str, int]:
    return {t.label: t.count for t in tallies}


@pytest.mark.parametrize(
    ("grade", "bands"),
    [
        ("K", ["K-2"]),
        ("3", ["3-5"]),
        ("Grade 7", ["6-8"]),
        ("6-8", ["6-8"]),
        ("K-5", ["K-2", "3-5"]),
        ("grades 3 to 5", ["3-5"]),
        ("4th grade", ["3-5"]),
        ("Algebra 1", ["9-12"]),
        ("Elementary", ["K-2", "3-5"]),
        ("Special education", ["Other"]),
        ("", ["Other"]),
    ],
)
def test_grade_bands_read_what_coaches_type(grade: str, bands: list[str]) -> None:
    assert grade_bands(grade) == bands


def test_numbers_count_cycles_teachers_weeks_and_breakdowns(plan: Plan) -> None:
    numbers = build_summary(plan).numbers
    assert (numbers.cycles, numbers.teachers_served, numbers.teachers_on_roster) == (3, 3, 3)
    assert numbers.weeks_of_cycles == 6 + 3 + 4
    assert numbers.most_at_once == 2
    assert _counts(numbers.by_focus) == {
        "Using student data": 1,
        "Tier 1 pedagogy": 1,
        "Content knowledge": 1,
    }
    assert _counts(numbers.by_move) == {"Co-planning": 2, "Co-teaching": 1, "Model lesson": 1, "Work sort": 1}
    assert _counts(numbers.by_grade_band) == {"K-2": 1, "3-5": 1, "6-8": 1}
    assert _counts(numbers.by_kind) == {"Full coaching cycle": 1, "Mini cycle": 1, "Co-planning lessons": 1}
    assert _counts(numbers.by_support) == {"Monthly touch-point": 1, "Weekly": 2}
    assert numbers.breakdowns[0].title == "Cycles by focus area"


def test_a_teacher_in_two_cycles_is_served_once(plan: Plan) -> None:
    plan.cycles[1].teachers = ["t-1"]
    numbers = build_summary(plan).numbers
    assert numbers.teachers_served == 2
    assert _counts(numbers.by_grade_band) == {"K-2": 1, "3-5": 1}


def test_cycles_are_counted_not_named_by_default(plan: Plan) -> None:
    summary = build_summary(plan)
    rows = {row.title: row for row in summary.cycles}
    assert rows["Counting collections"].teachers_text == "2"
    assert rows["Counting collections"].grade_bands == ("K-2", "3-5")
    assert all(row.teacher_names == () for row in summary.cycles)
    text = repr(summary)
    for name in TEACHER_NAMES:
        assert name not in text
    assert SECRET_NOTE not in text


def test_names_only_when_asked_and_notes_never(plan: Plan) -> None:
    summary = build_summary(plan, include_names=True)
    rows = {row.title: row for row in summary.cycles}
    assert rows["Counting collections"].teachers_text == f"{TEACHER_NAMES[0]}, {TEACHER_NAMES[2]}"
    assert SECRET_NOTE not in repr(summary)


def test_windows_and_blackouts_in_date_order(plan: Plan) -> None:
    summary = build_summary(plan)
    assert [b.name for b in summary.blackouts] == ["Thanksgiving", "State testing"]
    assert [w.name for w in summary.windows] == ["Fall", "Winter"]


def test_results_count_goals_and_average_the_shares(plan: Plan) -> None:
    plan.cycles[1].result.goal_met = GoalMet.MET
    plan.cycles[1].checkpoints.append(Checkpoint(id="end", stage=CheckpointStage.END, share=80))
    results = build_summary(plan).results
    assert results is not None
    assert (results.cycles, results.cycles_with_results) == (3, 2)
    assert results.goal_words == "1 goal met, 1 partly met"
    assert (results.average_baseline, results.average_end) == (39, 75)
    assert results.carry_forward == ("Start cycles earlier in the fall.",)


def test_no_results_section_before_the_year_is_reviewed() -> None:
    assert build_summary(Plan(cycles=[Cycle(id="c")])).results is None


def test_since_last_year_in_a_few_lines_without_names(plan: Plan) -> None:
    last_year = small_plan()
    last_year.school_year = "2024-25"
    last_year.focus.year_two = plan.focus.this_year
    last_year.cycles = last_year.cycles[:2]
    last_year.cycles[1].focus_area = FocusArea.USING_DATA
    summary = build_summary(plan, last_year=last_year)
    assert summary.changes == (
        "3 coaching cycles this year, 2 last year; 3 teachers in cycles, 2 last year.",
        "This year's focus is the one planned last year for year 2.",
        "Cycles by focus area, last year to this: Using student data 2 to 1, Tier 1 pedagogy 0 to 1, "
        "Content knowledge 0 to 1.",
        "Parts of the plan revised: Focus over time, Coaching cycles.",
    )
    assert summary.last_year is not None and summary.last_year.school_year == "2024-25"
    assert summary.last_year.goal_words == "1 partly met"
    assert not any(name in repr(summary.changes) for name in TEACHER_NAMES)


def test_a_refocused_year_quotes_last_years_plan_for_year_two(plan: Plan) -> None:
    last_year = small_plan()
    last_year.school_year = "2024-25"
    last_year.focus.year_two = "Number talks\nevery day."
    changes = build_summary(plan, last_year=last_year).changes
    assert "Last year's plan for year 2 was: Number talks every day." in changes
    assert "No answer changed" not in " ".join(changes)


def test_words_for_capacity_and_reflection(plan: Plan) -> None:
    summary = build_summary(plan)
    assert summary.capacity_words == "At most 2 cycles at once; 60% of coaching time in cycles."
    assert summary.reflection_words == "With the principal, after each window. Dates: Jan 9, Jun 5."
    assert (
        summary.byline
        == "Jordan Ellis, K-8 math coach · Lincoln Elementary, Roosevelt Middle · Riverside Unified"
    )


def test_an_empty_plan_still_summarises() -> None:
    summary = build_summary(Plan())
    assert summary.numbers.cycles == 0
    assert summary.chart is None
    assert summary.capacity_words == ""
    assert build_summary(
        Plan(school_year="2025-26", cycles=[Cycle(id="c", start=date(2025, 9, 1), weeks=2)])
    ).chart


def test_chart_colours_cycles_by_focus_and_describes_itself(plan: Plan) -> None:
    chart = build_summary(plan).chart
    assert chart is not None
    assert chart.focus_by_cycle == {"c-1": "using-data", "c-2": "tier-1-pedagogy", "c-3": "content-knowledge"}
    assert chart.description.startswith("The school year from Aug 1 to Jun 30: 3 coaching cycles")
    geometry = chart.geometry(width=700, label_width=150, lane_height=20, font_size=10)
    lanes = [label.full for label in geometry.lane_labels]
    assert lanes == [
        "Coaching windows",
        "Comparing fractions",
        "Proportional reasoning",
        "Counting collections",
        "Dates to avoid",
    ]
    assert all(150 <= bar.x <= bar.x + bar.width <= 700 for bar in geometry.bars)
    assert [label.text for label in geometry.month_labels][:2] == ["Aug", "Sep"]
    assert {item.label for item in geometry.legend} >= {"Using student data", "Dates to avoid"}


@pytest.mark.parametrize("export_format", ["md", "html", "pdf"])
def test_an_empty_plan_exports_without_empty_sections(export_format: str) -> None:
    content = render(build_summary(Plan(school_year="2026-27")), export_format)
    assert content
    if export_format != "pdf":
        text = content.decode("utf-8")
        assert "Math coaching plan 2026-27" in text
        assert "How the schedule is protected" not in text and "Vision" not in text


def test_names_typed_into_answers_are_left_out_unless_asked(plan: Plan) -> None:
    plan.cycles[0].title = f"Ms. {TEACHER_NAMES[0].split()[-1]}'s fractions"
    plan.vision.connection_to_goals = f"{TEACHER_NAMES[0]} and {TEACHER_NAMES[1]} lead the PLC."
    summary = build_summary(plan)
    assert summary.cycles[0].title == "A teacher's fractions"
    assert summary.vision.connection_to_goals == "2 teachers lead the PLC."
    assert summary.learning_for_some[0].group == "New teachers (a teacher)"
    assert summary.chart is not None
    assert summary.chart.timeline.rows[2].label == "A teacher's fractions"
    named = build_summary(plan, include_names=True)
    assert named.vision.connection_to_goals == f"{TEACHER_NAMES[0]} and {TEACHER_NAMES[1]} lead the PLC."
