"""The Markdown summary: its content, the text chart, and answers that cannot become markup."""

from __future__ import annotations

import re

from planner.export import build_summary, render
from planner.export.markdown import escape_markdown
from planner.model import Plan
from tests.export.export_plans import hostile_plan

DASH = "\N{EN DASH}"


def _markdown(plan: Plan, **options: bool) -> str:
    return render(build_summary(plan, **options), "md").decode("utf-8")


def test_every_section_in_order(answered_plan: Plan) -> None:
    text = _markdown(answered_plan)
    headings = re.findall(r"^(#+) (.+)$", text, re.MULTILINE)
    assert headings == [
        ("#", "Math coaching plan 2025-26"),
        ("##", "Vision"),
        ("##", "Focus over time"),
        ("##", "Professional learning"),
        ("###", "For every teacher"),
        ("###", "For some teachers"),
        ("##", "The program in numbers"),
        ("###", "Coaching cycles"),
        ("##", "The year at a glance"),
        ("##", "How the schedule is protected"),
        ("##", "Accountability and support"),
        ("##", "Results so far"),
    ]


def test_content_of_the_summary(answered_plan: Plan) -> None:
    text = _markdown(answered_plan)
    assert "Every student reasons about math and explains their thinking." in text
    assert "**Year 2.** Students explaining their reasoning in every lesson." in text
    assert "**3 coaching cycles** with **3 of the 3 teachers** on the roster" in text
    assert "- Cycles by focus area: Using student data 1, Tier 1 pedagogy 1, Content knowledge 1" in text
    assert (
        "- Teachers in cycles by grade band: K-2 1, 3-5 1, 6-8 1 (a teacher of two bands counts in each)"
        in text
    )
    assert "| Counting collections (Co-planning lessons) |" in text
    assert "| 38% to 75% |" in text
    assert (
        f"**Dates to avoid.** Thanksgiving (Nov 24 {DASH} Nov 28); State testing (Apr 13 {DASH} Apr 24)."
    ) in text
    assert "**Support the coach asks for.** Protected time" in text
    assert "names no teacher" in text


def test_the_year_chart_is_a_text_block(answered_plan: Plan) -> None:
    text = _markdown(answered_plan)
    block = text.split("```text\n", 1)[1].split("\n```", 1)[0]
    lines = block.splitlines()
    assert lines[0].split() == ["Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    rows = {line[:24].strip(): line[24:] for line in lines[1:] if line.strip()}
    assert set(rows["Comparing fractions"].strip()) == {"█"}
    assert "x" in rows["Dates to avoid"]
    assert "░" in rows["Coaching windows"]
    # Comparing fractions (September) starts before Counting collections (January).
    assert rows["Comparing fractions"].index("█") < rows["Counting collections"].index("█")


def test_markup_in_answers_stays_text() -> None:
    text = _markdown(hostile_plan(), include_names=True)
    # Outside the chart's code block (shown as typed there), no `<` opens a tag.
    prose = re.sub(r"```text\n.*?\n```", "", text, flags=re.DOTALL)
    assert not re.search(r"(?<!\\)<", prose)
    assert r"\<script\>alert(\"x\")\</script\>" not in text  # quotes are not markup: left alone
    assert r"\<script\>alert(" in text
    assert r"\</textarea\>" in text
    assert r"\*\*bold\*\*" in text and r"\[link\](http://x.example)" in text
    assert r"\# Not a heading" in text and "\n\\---\n" in text


def test_a_pipe_in_an_answer_does_not_add_table_columns() -> None:
    text = _markdown(hostile_plan())
    table = [line for line in text.splitlines() if line.startswith("| ")]
    header_cells = len(re.findall(r"(?<!\\)\|", table[0]))
    assert all(len(re.findall(r"(?<!\\)\|", row)) == header_cells for row in table)


def test_escape_markdown_leaves_plain_words_alone() -> None:
    assert escape_markdown("Students will compare fractions, 3-4 weeks.") == (
        "Students will compare fractions, 3-4 weeks."
    )
    assert escape_markdown("a_b * c") == r"a\_b \* c"
