"""The PDF summary: its text read back with pypdf, its pages, names, and characters beyond the font."""

from __future__ import annotations

import io

import pypdf

from planner.export import build_summary, render
from planner.model import Plan
from planner.plan_file import plan_to_text


def _pdf(plan: Plan, **options) -> pypdf.PdfReader:
    paper = options.pop("paper", "letter")
    return pypdf.PdfReader(io.BytesIO(render(build_summary(plan, **options), "pdf", paper=paper)))


def _text(reader: pypdf.PdfReader) -> str:
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_pdf_holds_every_section_and_the_numbers(answered_plan: Plan) -> None:
    reader = _pdf(answered_plan)
    text = _text(reader)
    for expected in (
        "Math coaching plan 2025-26",
        "Jordan Ellis, K-8 math coach",
        "Vision",
        "Every student reasons about math",
        "Focus over time",
        "Coherent fraction teaching from grade 3 to 6.",
        "Professional learning",
        "Reading student work with a work sort",
        "The program in numbers",
        "Cycles by focus area",
        "Using student data",
        "Coaching cycles",
        "Students will compare fractions",
        "38% to 75%",
        "The year at a glance",
        "How the schedule is protected",
        "Tuesday and Thursday mornings",
        "Accountability and support",
        "Results so far",
        "names no teacher",
    ):
        assert expected in text, expected
    assert len(reader.pages) <= 2
    assert reader.metadata.title == "Math coaching plan 2025-26"


def test_the_chart_is_drawn_with_its_months_and_lanes(answered_plan: Plan) -> None:
    text = _text(_pdf(answered_plan))
    assert "Aug Sep Oct Nov Dec Jan Feb Mar Apr May Jun" in text
    assert "Coaching windows" in text and "Dates to avoid" in text and "Fall" in text


def test_letter_and_a4(answered_plan: Plan) -> None:
    letter, a4 = _pdf(answered_plan).pages[0].mediabox, _pdf(answered_plan, paper="a4").pages[0].mediabox
    assert (round(letter.width), round(letter.height)) == (612, 792)
    assert (round(a4.width), round(a4.height)) == (595, 842)


def test_characters_outside_the_font_print_as_question_marks(answered_plan: Plan) -> None:
    answered_plan.vision.district_vision = "Équité, Ελληνικά, Кириллица, “quotes” \N{EN DASH} and 数学 🙂"
    text = _text(_pdf(answered_plan))
    assert "Équité, Ελληνικά, Кириллица, “quotes” \N{EN DASH} and ?? ?" in text


def test_a_long_plan_flows_onto_more_pages(answered_plan: Plan) -> None:
    answered_plan.vision.district_vision = "\n\n".join(
        ["A long paragraph about the district vision. " * 12] * 20
    )
    reader = _pdf(answered_plan)
    assert len(reader.pages) >= 3
    assert "page 3 of" in _text(reader)
    assert plan_to_text(answered_plan)  # the plan itself is untouched by exporting
