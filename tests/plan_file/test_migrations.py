"""File format versions: a real format 1 plan migrates on load; a newer or unknown format is refused."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from planner.model import CycleKind, Move, SupportTier, start_share
from planner.plan_file import CURRENT_FORMAT, PlanFileError, load_plan, parse_plan, plan_to_text, save_plan

FORMAT_1 = Path(__file__).parents[1] / "fixtures" / "format-1-2023-24.toml"


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    return Path(shutil.copy(FORMAT_1, tmp_path / "2023-24.toml"))


def test_a_format_1_plan_is_read_into_the_current_model(old_file: Path) -> None:
    loaded = load_plan(old_file)
    plan = loaded.plan
    assert loaded.migrated_from == 1
    assert (plan.school_year, plan.about.coach, plan.about.hours_per_week) == (
        "2023-24",
        "Maya Lindqvist",
        24.5,
    )
    assert plan.vision.district_vision.startswith("Every Lakeshore student")
    assert plan.focus.this_year == "Number talks in every K-2 classroom."
    assert plan.focus.year_two.startswith("Students explain")
    assert [item.timing for item in plan.learning_for_all] == ["August 2023"]
    assert plan.learning_for_some[0].need == "They have not used the district's units yet."
    assert [t.support for t in plan.teachers] == [SupportTier.WEEKLY, SupportTier.MONTHLY]
    (cycle,) = plan.cycles
    assert cycle.kind == CycleKind.FULL
    assert cycle.teachers == ["t-ortiz", "t-nguyen"]
    assert cycle.moves == [Move.CO_PLANNING, Move.CO_TEACHING]
    assert (start_share(cycle), cycle.target_percent, cycle.weeks) == (35, 70, 6)
    assert [(b.start, b.end) for b in plan.blackouts] == [
        (date(2023, 11, 23), date(2023, 11, 23)),
        (date(2024, 4, 15), date(2024, 4, 15)),
    ]


def test_loading_an_old_file_does_not_rewrite_it(old_file: Path) -> None:
    before = old_file.read_bytes()
    load_plan(old_file)
    assert old_file.read_bytes() == before


def test_saving_writes_the_current_format_which_then_loads_without_migrating(old_file: Path) -> None:
    loaded = load_plan(old_file)
    save_plan(loaded.plan, old_file, expected=loaded.fingerprint)
    text = old_file.read_text()
    assert text.startswith(f"planner_format = {CURRENT_FORMAT}\n")
    assert "[coach]" not in text
    again = load_plan(old_file)
    assert again.migrated_from is None
    assert again.plan == loaded.plan
    assert plan_to_text(again.plan) == text


_NOT_A_FORMAT = (
    "planner_format: missing or not a whole number: a plan file starts with planner_format = 3 "
    "(is this a plan file?)"
)


@pytest.mark.parametrize(
    ("first_line", "problem"),
    [
        (
            "planner_format = 4",
            "plan.toml:1: planner_format: this file is in format 4, written by a newer planner; this "
            "planner reads formats up to 3: upgrade planner to open it",
        ),
        ("planner_format = 0", "plan.toml:1: planner_format: there is no format 0"),
        ('planner_format = "2"', f"plan.toml:1: {_NOT_A_FORMAT}"),
        ('title = "my notes"', f"plan.toml: {_NOT_A_FORMAT}"),
    ],
)
def test_a_format_this_planner_cannot_read_is_refused(first_line: str, problem: str) -> None:
    with pytest.raises(PlanFileError) as raised:
        parse_plan(f'{first_line}\nschool_year = "2025-26"\n', "plan.toml")
    assert [str(p) for p in raised.value.problems] == [problem]


def test_a_problem_in_an_old_file_names_the_field_in_the_current_format_at_its_own_line() -> None:
    old = (
        FORMAT_1.read_text()
        .replace("length_weeks = 6", 'length_weeks = "six"')
        .replace("hours = 24.5", "hours = 240")
        .replace('tier = "monthly"', 'tier = "daily"')
        .replace("2024-04-15]", '"spring"]')
    )
    with pytest.raises(PlanFileError) as raised:
        parse_plan(old, "old.toml")
    assert [str(p) for p in raised.value.problems] == [
        'old.toml:4: blackouts[2].start: expected a date like 2025-09-15, got "spring"',
        "old.toml:11: about.hours_per_week: expected a number from 0 to 80, got 240",
        'old.toml:51: teachers[2].support: expected one of "monthly", "every-other-week", "weekly", '
        'got "daily"',
        'old.toml:64: cycles[1].weeks: expected a whole number, got "six"',
    ]
