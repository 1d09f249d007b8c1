"""The report's figures over the generated district: what each coach, school and the district
plan, the results, the carry-forward themes, the state of the plans and the year before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import planner.report.district
from planner.plan_file import read_text
from planner.questions import load_template
from planner.report import FEWER, Report, build_report, read_district, render
from tests.report.district import (
    BROKEN,
    COACHES,
    INVALID,
    MISSING,
    SMALL,
    SMALL_SCHOOL,
    UNFINISHED,
    GeneratedDistrict,
    coach_name,
)
from tests.repository import EXAMPLES, ROOT

# The 2025-26 example plan: 8 cycles of 32 weeks reaching 10 of its 11 teachers; 4 goals with a
# result (3 met, 1 partly), 92 students sorted, 33% to 68% of them meeting the goal.
VALID = [n for n in range(1, COACHES + 1) if n != MISSING and n not in INVALID]
FULL = [n for n in VALID if n != SMALL]


def test_the_newest_year_is_reported_from_every_file_read_once(report: Report) -> None:
    assert report.school_year == "2025-26"
    assert report.files_read == 2 * COACHES - 1
    assert report.other_toml_skipped == 1


def test_district_figures_add_up_every_valid_plan(report: Report) -> None:
    totals = report.district
    assert totals.plans == len(VALID)
    assert totals.cycles == 8 * len(VALID)
    assert totals.weeks_of_cycles == 32 * len(VALID)
    # The small plan's cycles reach one teacher of its two.
    assert totals.teachers_reached == 10 * len(FULL) + 1
    assert totals.roster == 11 * len(FULL) + 2
    assert totals.load.stated_share == 60
    assert totals.load.capacity == 3 * len(VALID)


def test_results_are_weighted_by_students_sorted(report: Report) -> None:
    results = report.district.results
    assert (results.met, results.partly, results.not_met) == (3 * len(VALID), len(VALID), 0)
    assert (results.start_percent, results.end_percent) == (33, 68)
    assert results.weighted
    assert results.students == 92 * len(VALID)


def test_each_coach_has_a_row_and_the_small_one_shows_no_figure_about_teachers(report: Report) -> None:
    rows = {row.coach: row for row in report.coaches}
    assert sorted(rows) == sorted(coach_name(n) for n in VALID)
    full = rows[coach_name(1)]
    assert (full.cycles, full.teachers_reached, full.roster) == (8, 10, 11)
    assert full.load.full_percent is not None and full.load.planned_share is not None
    small = rows[coach_name(SMALL)]
    assert small.cycles == small.weeks_of_cycles == FEWER
    assert small.teachers_reached == small.roster == FEWER
    assert small.results.met == small.results.start_percent == FEWER


def test_schools_roll_up_their_coaches(report: Report) -> None:
    schools = {row.school: row for row in report.schools}
    north = [n for n in FULL if n <= COACHES // 2]
    assert schools["North Elementary"].coaches == len(north)
    assert schools["North Elementary"].teachers_reached == 10 * len(north)
    assert schools[SMALL_SCHOOL].teachers_reached == schools[SMALL_SCHOOL].cycles == FEWER


def test_the_mix_names_concepts_with_cycles_and_without(report: Report) -> None:
    totals = report.district
    concepts = {g.key: g for g in totals.by_concept}
    assert concepts["fraction-equivalence"].cycles == len(VALID)
    assert "Counting tells how many: the last number said names the whole group" in (
        totals.concepts_without_cycles
    )
    assert {g.key for g in totals.by_focus} == {"using-data", "tier-1-pedagogy", "content-knowledge", "other"}
    assert sum(g.cycles for g in totals.by_kind if isinstance(g.cycles, int)) == totals.cycles


def test_the_state_of_the_plans(report: Report) -> None:
    assert [s.coach for s in report.missing] == [coach_name(MISSING)]
    invalid = {s.coach: s.problem for s in report.invalid}
    assert sorted(invalid) == sorted(f"coach-{n:02d}" if n == BROKEN else coach_name(n) for n in INVALID)
    assert "TOML syntax error" in invalid[f"coach-{BROKEN:02d}"]
    assert "marathon-cycle" in invalid[coach_name(6)]
    unfinished = {s.coach: s.steps_unanswered for s in report.unfinished}
    assert unfinished[coach_name(UNFINISHED)] > unfinished[coach_name(1)]


def test_carry_forward_themes_count_coaches(report: Report) -> None:
    themes = {t.text: t.coaches for t in report.carry_forward}
    shared = "Start every cycle with a work sort of the pre-task, as the grade 4 fractions cycle did."
    assert themes[shared] == COACHES
    assert themes["Ask a teacher to host a lesson study."] == 1


def test_compare_sets_the_year_against_the_one_before(report: Report) -> None:
    comparison = report.comparison
    assert comparison is not None and comparison.previous_year == "2024-25"
    assert comparison.before.plans == COACHES
    assert comparison.before.cycles == 9 * COACHES
    assert comparison.after == report.district


def test_coaches_unnamed_are_numbered_and_files_left_out(district: GeneratedDistrict) -> None:
    report = build_report(read_district([str(district.root)]), coaches_named=False)
    coaches = [row.coach for row in report.coaches] + [s.coach for s in (*report.missing, *report.invalid)]
    assert all(coach.startswith("Coach ") and coach.split()[1].isdigit() for coach in coaches)
    assert all(not state.file for state in (*report.coaches, *report.missing, *report.invalid))


def test_an_older_year_is_reported_when_asked(district: GeneratedDistrict) -> None:
    report = build_report(read_district([str(district.root)]), "2024-25")
    assert report.district.plans == COACHES
    assert not report.missing and not report.invalid


def test_every_file_is_read_once_even_when_two_paths_reach_it(
    district: GeneratedDistrict, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[Path] = []

    def counted(path: Path) -> str:
        reads.append(path.resolve())
        return read_text(path)

    monkeypatch.setattr(planner.report.district, "read_text", counted)
    found = read_district([str(district.root), str(district.plan_path(1, "2025-26"))])
    build_report(found, compare=True)
    assert len(reads) == len(set(reads)) == 2 * COACHES  # every plan, and the TOML file skipped


def test_concepts_come_from_the_template_each_plan_follows(tmp_path: Path) -> None:
    """A plan naming a district's template by a path from its folder is counted against that
    template's concept list."""
    folder = tmp_path / "coaches" / "ana" / "plans"
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "templates" / "district-template.toml", folder / "district.toml")
    text = (EXAMPLES / "2025-26.toml").read_text(encoding="utf-8")
    (folder / "2025-26.toml").write_text(
        text.replace('template = "critical-questions"', 'template = "district.toml"'), encoding="utf-8"
    )
    report = build_report(read_district([str(tmp_path)]))
    district_concepts = [c.label for c in load_template(str(folder / "district.toml")).concepts]
    assert report.other_toml_skipped == 1
    assert set(report.district.concepts_without_cycles) <= set(district_concepts)
    assert "Counting, comparing and composing numbers to 20" in report.district.concepts_without_cycles


def test_a_year_without_plans_says_so_and_shows_no_figures(district: GeneratedDistrict) -> None:
    report = build_report(read_district([str(district.root)]), "2030-31")
    assert report.district.plans == 0
    markdown = render(report, "md").decode()
    assert "No valid plan for the year." in markdown
    assert "Coaching cycles" not in markdown
    assert "\n\n\n" not in markdown
