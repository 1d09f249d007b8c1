"""Every format on the bundled example plans: what a principal reads, on two pages, naming no one."""

from __future__ import annotations

import io
import itertools

import pypdf
import pytest

from planner.export import build_summary, render
from planner.model import Plan
from tests.export.html_reader import parse_html


def _roster_names(*plans: Plan) -> set[str]:
    return {t.name for plan in plans for t in plan.teachers if t.name}


def _text(plan: Plan, export_format: str, **options) -> str:
    content = render(build_summary(plan, **options), export_format)
    if export_format != "pdf":
        return content.decode("utf-8")
    reader = pypdf.PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.mark.parametrize("export_format", ["md", "html", "pdf"])
def test_the_example_summary_says_what_a_principal_asks(export_format: str, example_plan: Plan) -> None:
    text = " ".join(_text(example_plan, export_format).split()).replace("&#39;", "'")
    for expected in (
        "Math coaching plan 2025-26",
        "Maya Lindqvist, K-5 math coach",
        "Every Lakeshore student reasons about mathematics",
        "A coherent path for multiplicative reasoning",
        "Routines for student discourse: number talks and partner talk",
        "Interventionists and special educators",
        "Tier 1 pedagogy",
        "Grade 5: adding fractions with unlike denominators",
        "Sep 15 \N{EN DASH} Oct 5",
        "30% to 65%",
        "The year at a glance",
        "Tuesday to Thursday mornings are protected for cycles",
        "At most 3 cycles at once; 60% of coaching time in cycles.",
        "Winter break (Dec 22 \N{EN DASH} Jan 2)",
        "The monthly meeting with the district's math coaches",
        "names no teacher",
    ):
        assert expected in text, expected


@pytest.mark.parametrize("export_format", ["md", "html", "pdf"])
def test_no_teacher_is_named_unless_asked_and_notes_never(
    export_format: str, example_plan: Plan, example_last_year_plan: Plan
) -> None:
    names = _roster_names(example_plan, example_last_year_plan)
    text = _text(example_plan, export_format, last_year=example_last_year_plan)
    assert [name for name in names if name in text] == []
    named = " ".join(_text(example_plan, export_format, include_names=True).split())
    in_cycles = {example_plan.teacher(t).name for cycle in example_plan.cycles for t in cycle.teachers}
    assert in_cycles and all(name in named for name in in_cycles)
    notes = [" ".join(t.notes.split()) for t in example_plan.teachers if t.notes]
    assert notes and not any(note in named or note in text for note in notes)


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_example_pdf_fits_on_two_pages(paper: str, example_plan: Plan) -> None:
    reader = pypdf.PdfReader(io.BytesIO(render(build_summary(example_plan), "pdf", paper=paper)))
    assert len(reader.pages) == 2


def test_the_example_html_is_well_formed(example_plan: Plan, example_last_year_plan: Plan) -> None:
    page = parse_html(_text(example_plan, "html", last_year=example_last_year_plan))
    assert page.html_lang == "en"
    levels = [level for level, _ in page.headings]
    assert levels.count(1) == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels))
    assert (2, "Since last year") in page.headings
    assert all(table["th"] and table["caption"] for table in page.tables)
    assert page.loading_attributes == [] and "script" not in page.tags


def test_compared_with_last_year(example_plan: Plan, example_last_year_plan: Plan) -> None:
    text = _text(example_plan, "md", last_year=example_last_year_plan)
    since = text.split("## Since last year", 1)[1]
    assert "- 8 coaching cycles this year, 9 last year; 10 teachers in cycles, 11 last year." in since
    assert "- This year's focus is the one planned last year for year 2." in since
    assert "**Last year's results (2024-25).**" in since
    assert "9 of 9 cycles reported a result: 5 goal met, 3 partly met, 1 not met." in since
    assert "- Start every cycle with a work sort of the pre-task" in since
