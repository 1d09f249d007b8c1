"""A report never names a teacher, in any format and with any option, and holds no teacher's
notes; a group of fewer than 3 teachers shows "fewer than 3", never its count or its results.
Each format is written by `planner report` as a person runs it."""

from __future__ import annotations

import html
import itertools
import re
from pathlib import Path

import pypdf
import pytest

from planner.model import Plan
from planner.plan_file import save_plan
from planner.report import FEWER, PRIVACY_RULE, build_report, read_district, render
from tests.report.district import COACHES, SECRET_NOTE, GeneratedDistrict, coach_name
from tests.report.running import run_report, written_text

FORMATS = ("md", "html", "pdf", "csv", "json")
OPTIONS = [*itertools.product(FORMATS, ([], ["--no-coaches"])), ("md", ["--year", "2024-25"])]


@pytest.mark.parametrize(("report_format", "options"), OPTIONS, ids=lambda o: "-".join(o) or "named")
def test_no_format_names_a_teacher_or_holds_a_note(
    report_format: str, options: list[str], district: GeneratedDistrict, tmp_path: Path
) -> None:
    out = tmp_path / f"report.{report_format}"
    done = run_report(str(district.root), "--compare", "-o", str(out), *options)
    assert done.returncode == 1, done.stderr
    text = written_text(out)
    found = [name for name in sorted(district.teacher_names | district.surnames) if name in text]
    assert not found
    assert SECRET_NOTE not in text
    assert coach_name(1) in text or options
    if "--no-coaches" in options:
        assert not [n for n in range(1, COACHES + 1) if coach_name(n) in text]
        assert str(district.root) not in text and "coach-0" not in text


def test_the_rule_is_at_every_foot(district: GeneratedDistrict, tmp_path: Path) -> None:
    for report_format in ("md", "html", "pdf"):
        run_report(str(district.root), "-o", str(tmp_path / f"report.{report_format}"))
    assert written_text(tmp_path / "report.md").endswith(PRIVACY_RULE)
    page = html.unescape(written_text(tmp_path / "report.html"))
    assert f"<footer> <p>{PRIVACY_RULE}</p> </footer>" in page
    pages = pypdf.PdfReader(tmp_path / "report.pdf").pages
    assert len(pages) > 1
    assert all(PRIVACY_RULE in " ".join(p.extract_text().split()) for p in pages)


def test_a_district_of_two_teachers_shows_no_figure_about_them(small_plan: Plan, tmp_path: Path) -> None:
    """The small plan's two teachers and its cycles' results: every figure about them is hidden."""
    for cycle in small_plan.cycles:
        cycle.concepts = ["unit-fractions"]
    save_plan(small_plan, tmp_path / "2025-26.toml")
    report = build_report(read_district([str(tmp_path)]))
    totals = report.district
    assert totals.teachers_reached == totals.roster == FEWER
    assert {totals.results.met, totals.results.start_percent, totals.results.students} == {FEWER}
    mixes = (totals.by_focus, totals.by_kind, totals.by_move, totals.by_grade_band, totals.by_concept)
    for group in (group for mix in mixes for group in mix):
        assert group.cycles == group.teachers == FEWER
    markdown = render(report, "md").decode()
    assert not re.search(r"\d+% to \d+%", markdown)
    assert "met," not in markdown
