"""Starting next year's plan: the school year to default to, what carries forward and what stays behind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.model import (
    About,
    Blackout,
    Cycle,
    Focus,
    LearningForAll,
    Plan,
    Schedule,
    Teacher,
    Window,
    YearInReview,
)
from planner.new_year import coming_school_year, default_school_year, relative_link, start_plan, year_after


@pytest.mark.parametrize(
    ("today", "year"),
    [
        (date(2026, 1, 10), "2026-27"),
        (date(2026, 5, 1), "2026-27"),
        (date(2026, 8, 31), "2026-27"),
        (date(2026, 9, 1), "2027-28"),
        (date(2026, 12, 31), "2027-28"),
        (date(2099, 3, 1), "2099-00"),
    ],
)
def test_the_coming_school_year(today: date, year: str) -> None:
    assert coming_school_year(today) == year


def test_the_year_after_a_school_year() -> None:
    assert year_after("2025-26") == "2026-27"
    assert year_after("1999-00") == "2000-01"
    assert year_after("next year") is None


def test_the_default_year_follows_last_years_plan_else_the_calendar() -> None:
    today = date(2026, 3, 1)
    assert default_school_year(Plan(school_year="2030-31"), today) == "2031-32"
    assert default_school_year(Plan(), today) == "2026-27"
    assert default_school_year(None, today) == "2026-27"


def test_links_are_relative_to_the_new_plans_folder() -> None:
    assert relative_link(Path("/district/plans/2025-26.toml"), Path("/district/plans/2026-27.toml")) == (
        "2025-26.toml"
    )
    assert relative_link(Path("/district/plans/2025-26.toml"), Path("/district/new/2026-27.toml")) == (
        "../plans/2025-26.toml"
    )
    assert relative_link(Path("/srv/old/2025-26.toml"), Path("/home/ana/2026-27.toml")) == (
        "/srv/old/2025-26.toml"
    )


@pytest.fixture
def last_year() -> Plan:
    return Plan(
        school_year="2025-26",
        last_year="2024-25.toml",
        template="district.toml",
        about=About(coach="Ana Lopez", role="K-5 math coach", schools=["Cedar Hollow"], hours_per_week=26),
        focus=Focus(this_year="Discourse", year_two="Fractions K-5", beyond="Teacher leaders"),
        learning_for_all=[LearningForAll(id="l-1", topic="Number talks")],
        windows=[Window(id="w-fall", name="Fall", start=date(2025, 9, 8), end=date(2025, 12, 12))],
        teachers=[Teacher(id="t-ben", name="Ben Ode", grade="4", notes="Tuesdays")],
        cycles=[Cycle(id="c-frac", title="Fractions", teachers=["t-ben"])],
        schedule=Schedule(protected_time="Tue/Thu mornings", max_concurrent_cycles=3, cycle_time_percent=60),
        blackouts=[
            Blackout(id="b-tests", name="State tests", start=date(2026, 4, 13), end=date(2026, 4, 24))
        ],
        year_in_review=YearInReview(mid_year="Going well", carry_forward=["Keep the work sort"]),
        custom={"equity": "Every student reasons aloud."},
    )


def test_next_year_carries_the_coach_roster_and_schedule_and_moves_the_focus_up(last_year: Plan) -> None:
    plan = start_plan("2026-27", "critical-questions", last_year, "2025-26.toml")
    assert plan == Plan(
        school_year="2026-27",
        last_year="2025-26.toml",
        template="critical-questions",
        about=last_year.about,
        focus=Focus(this_year="Fractions K-5", year_two="Teacher leaders"),
        teachers=last_year.teachers,
        schedule=last_year.schedule,
    )


def test_next_years_plan_shares_nothing_with_last_years(last_year: Plan) -> None:
    plan = start_plan("2026-27", "critical-questions", last_year, "2025-26.toml")
    plan.about.schools.append("Riverbend")
    plan.teachers[0].grade = "5"
    plan.schedule.max_concurrent_cycles = 4
    assert last_year.about.schools == ["Cedar Hollow"]
    assert last_year.teachers[0].grade == "4"
    assert last_year.schedule.max_concurrent_cycles == 3


def test_a_plan_from_scratch_has_only_its_year_and_template() -> None:
    assert start_plan("2026-27", "critical-questions") == Plan(
        school_year="2026-27", template="critical-questions"
    )
