"""`planner new`: a plan for the next school year, from last year's or from scratch, never over a file."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from planner.model import Plan
from planner.new_year import coming_school_year
from planner.plan_file import load_plan, plan_to_text
from tests.cli.cli_support import REPO, VALID_PLAN, Planner

EXAMPLE = REPO / "examples" / "plans" / "2025-26.toml"
DISTRICT_TEMPLATE = REPO / "examples" / "templates" / "district-template.toml"


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    """Last year's plan (the 2025-26 example) at tmp_path/plans/2025-26.toml."""
    (tmp_path / "plans").mkdir()
    return Path(shutil.copy(EXAMPLE, tmp_path / "plans" / "2025-26.toml"))


def test_new_from_last_years_plan(planner: Planner, tmp_path: Path, previous: Path) -> None:
    done = planner("new", "--from", "plans/2025-26.toml")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "planner: wrote plans/2026-27.toml for 2026-27"
    old, new = load_plan(previous).plan, load_plan(tmp_path / "plans" / "2026-27.toml").plan
    assert (new.school_year, new.last_year, new.template) == ("2026-27", "2025-26.toml", old.template)
    assert (new.about, new.teachers, new.schedule) == (old.about, old.teachers, old.schedule)
    assert len(new.teachers) >= 8
    assert (new.focus.this_year, new.focus.year_two, new.focus.beyond) == (
        old.focus.year_two,
        old.focus.beyond,
        "",
    )
    assert (new.cycles, new.windows, new.blackouts) == ([], [], [])
    assert new.year_in_review == Plan().year_in_review
    assert planner("validate", "plans/2026-27.toml").returncode == 0


def test_the_link_to_last_year_is_relative_to_the_new_file(
    planner: Planner, tmp_path: Path, previous: Path
) -> None:
    assert planner("new", "--from", previous, "-o", "drafts/next.toml").returncode == 0
    new = load_plan(tmp_path / "drafts" / "next.toml").plan
    assert new.last_year == "../plans/2025-26.toml"
    assert new.school_year == "2026-27"


def test_new_without_last_year_starts_the_coming_school_year(planner: Planner, tmp_path: Path) -> None:
    done = planner("new")
    year = coming_school_year(date.today())
    assert done.returncode == 0, done.stderr
    plan = load_plan(tmp_path / "plans" / f"{year}.toml").plan
    assert plan == Plan(school_year=year, template="critical-questions")


def test_the_year_and_file_can_be_named(planner: Planner, tmp_path: Path) -> None:
    assert planner("new", "--year", "2030-31", "-o", "mine.toml").returncode == 0
    assert load_plan(tmp_path / "mine.toml").plan.school_year == "2030-31"


def test_a_badly_written_year_is_refused(planner: Planner, tmp_path: Path) -> None:
    done = planner("new", "--year", "2026")
    assert done.returncode == 2
    assert 'argument --year: expected a school year like "2025-26", got "2026"' in done.stderr
    assert not (tmp_path / "plans").exists()


def test_an_existing_file_is_kept_unless_forced(planner: Planner, tmp_path: Path, previous: Path) -> None:
    target = tmp_path / "plans" / "2026-27.toml"
    target.write_text(VALID_PLAN)
    refused = planner("new", "--from", "plans/2025-26.toml")
    assert refused.returncode == 1
    assert refused.stderr == (
        "planner: new: plans/2026-27.toml exists: choose another file with -o, or replace it with --force\n"
    )
    assert target.read_text() == VALID_PLAN
    assert planner("new", "--from", previous, "--force").returncode == 0
    assert load_plan(target).plan.school_year == "2026-27"


def test_new_from_writes_beside_last_years_plan(planner: Planner, tmp_path: Path) -> None:
    for coach in ("maya", "omar"):
        folder = tmp_path / "coaches" / coach / "plans"
        folder.mkdir(parents=True)
        shutil.copy(EXAMPLE, folder / "2025-26.toml")
        done = planner("new", "--from", f"coaches/{coach}/plans/2025-26.toml")
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[0] == f"planner: wrote coaches/{coach}/plans/2026-27.toml for 2026-27"
        assert load_plan(folder / "2026-27.toml").plan.last_year == "2025-26.toml"
    assert not (tmp_path / "plans").exists()


def test_last_years_file_is_never_the_output(planner: Planner, previous: Path) -> None:
    before = previous.read_text()
    done = planner("new", "--from", previous, "-o", previous, "--force")
    assert done.returncode == 2
    assert "is the plan you start from" in done.stderr
    assert previous.read_text() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "plans/2025-26.toml: no such file"),
        (
            'planner_format = 3\nschool_year = "2025-26"\nweeks = 3\n',
            "plans/2025-26.toml:3: weeks: unknown key",
        ),
    ],
)
def test_last_years_plan_must_be_readable_and_valid(
    planner: Planner, tmp_path: Path, content: str | None, message: str
) -> None:
    (tmp_path / "plans").mkdir()
    if content is not None:
        (tmp_path / "plans" / "2025-26.toml").write_text(content)
    done = planner("new", "--from", "plans/2025-26.toml")
    assert done.returncode == 2
    assert done.stderr.startswith(message)
    assert sorted(p.name for p in (tmp_path / "plans").iterdir()) == (["2025-26.toml"] if content else [])


def test_a_template_file_is_checked_and_linked_from_the_new_plan(planner: Planner, tmp_path: Path) -> None:
    shutil.copy(DISTRICT_TEMPLATE, tmp_path / "district.toml")
    assert planner("new", "--year", "2026-27", "--template", "district.toml").returncode == 0
    assert load_plan(tmp_path / "plans" / "2026-27.toml").plan.template == "../district.toml"


def test_the_template_of_last_years_plan_is_kept_and_relinked(
    planner: Planner, tmp_path: Path, previous: Path
) -> None:
    shutil.copy(DISTRICT_TEMPLATE, tmp_path / "plans" / "district.toml")
    loaded = load_plan(previous)
    loaded.plan.template = "district.toml"
    previous.write_text(plan_to_text(loaded.plan))
    assert planner("new", "--from", previous, "-o", "next/2026-27.toml").returncode == 0
    assert load_plan(tmp_path / "next" / "2026-27.toml").plan.template == "../plans/district.toml"


def test_a_broken_or_unknown_template_is_refused(planner: Planner, tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text('template_format = 1\nid = "x"\ntitle = "X"\n[[steps]]\nid = "a"\n')
    broken = planner("new", "--template", "broken.toml")
    assert broken.returncode == 2
    assert broken.stderr.splitlines() == [
        f"{tmp_path / 'broken.toml'}:4: steps[1].title: missing: this key is required (text in quotes)"
    ]
    unknown = planner("new", "--template", "no-such-template")
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("no-such-template: no built-in template by this name")
    assert not (tmp_path / "plans").exists()
