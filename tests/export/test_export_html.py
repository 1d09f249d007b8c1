"""The HTML summary: parsed and checked for structure, accessibility, self-containment and escaping."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from planner.export import ExportTemplateError, build_summary, render
from planner.model import Plan
from tests.export.export_plans import HOSTILE, hostile_plan
from tests.export.html_reader import parse_html

DASH = "\N{EN DASH}"


def _html(plan: Plan, **options: bool) -> str:
    return render(build_summary(plan, **options), "html").decode("utf-8")


def test_structure_is_semantic_and_accessible(answered_plan: Plan) -> None:
    document = _html(answered_plan)
    assert document.startswith("<!DOCTYPE html>")
    page = parse_html(document)
    assert page.html_lang == "en"
    assert [h for h in page.headings if h[0] == 1] == [(1, "Math coaching plan 2025-26")]
    levels = [level for level, _ in page.headings]
    assert levels[0] == 1
    assert all(after - before <= 1 for before, after in itertools.pairwise(levels))
    assert [text for level, text in page.headings if level == 2] == [
        "Vision",
        "Focus over time",
        "Professional learning",
        "The program in numbers",
        "The year at a glance",
        "How the schedule is protected",
        "Accountability and support",
        "Results so far",
    ]
    assert page.tables and all(t["th"] > 0 and t["caption"] == 1 for t in page.tables)
    assert {"main", "header", "section", "footer", "figure", "figcaption"} <= set(page.tags)
    assert page.svg_roles == ["img"]


def test_self_contained_no_script_no_network(answered_plan: Plan) -> None:
    page = parse_html(_html(answered_plan))
    assert "script" not in page.tags
    assert not {"link", "img", "iframe", "object", "embed"} & set(page.tags)
    assert page.loading_attributes == []
    assert page.tags.count("style") == 1


def test_content_of_the_summary(answered_plan: Plan) -> None:
    text = " ".join("".join(parse_html(_html(answered_plan)).text).split())
    for expected in (
        "Jordan Ellis, K-8 math coach · Lincoln Elementary, Roosevelt Middle · Riverside Unified",
        "This year Reading student work to plan the next lesson.",
        "New teachers (a teacher): Launching a task",
        "Coaching cycles 3",
        "Teachers in cycles 3 of 3",
        "Weeks of cycles 13",
        "Cycles by focus area",
        "Students will compare fractions using benchmarks.",
        f"Sep 15 {DASH} Oct 26",
        "38% to 75%",
        "The year at a glance",
        f"Dates to avoid. Thanksgiving (Nov 24 {DASH} Nov 28); State testing (Apr 13 {DASH} Apr 24).",
        "Support the coach asks for. Protected time",
        "1 of 3 cycles reported a result: 1 partly met.",
    ):
        assert expected in text


def test_the_chart_is_drawn_and_described(answered_plan: Plan) -> None:
    document = _html(answered_plan)
    svg = document.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert svg.count('class="bar bar-') == 2 + 3 + 2  # two windows, three cycles, two blackouts
    assert '<title id="chart-title">The year at a glance</title>' in svg
    assert "3 coaching cycles between Sep 15 and Feb 8" in svg
    assert ">Sep</text>" in svg and ">Fall</text>" in svg


def test_answers_holding_markup_come_out_escaped() -> None:
    document = _html(hostile_plan(), include_names=True)
    page = parse_html(document)
    assert page.tags.count("script") == 0 and "img" not in page.tags and "textarea" not in page.tags
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &lt;/textarea&gt;" in document
    assert "&lt;script&gt;Ms. X&lt;/script&gt;" in document
    assert "&lt;img src=x onerror=alert(1)&gt;" in document
    text = "".join(page.text)
    assert HOSTILE in text and "<script>Ms. X</script>" in text


def test_a_district_template_replaces_the_built_in_one(tmp_path: Path, answered_plan: Plan) -> None:
    (tmp_path / "summary.css").write_text("body { color: rebeccapurple; }\n", encoding="utf-8")
    document = render(build_summary(answered_plan), "html", templates_dir=tmp_path).decode("utf-8")
    assert "rebeccapurple" in document and "Math coaching plan 2025-26" in document


def test_a_broken_district_template_is_reported_with_its_line(tmp_path: Path, answered_plan: Plan) -> None:
    (tmp_path / "summary.html.j2").write_text("<h1>{{ summary.title }}</h1>\n{% if %}\n", encoding="utf-8")
    with pytest.raises(ExportTemplateError, match=r"summary.html.j2:2: "):
        render(build_summary(answered_plan), "html", templates_dir=tmp_path)
    (tmp_path / "summary.html.j2").write_text("{{ summary.teachers }}\n", encoding="utf-8")
    with pytest.raises(ExportTemplateError, match="teachers"):
        render(build_summary(answered_plan), "html", templates_dir=tmp_path)
