"""Placeholders read as examples ("e.g. ..."), in italics whatever the colours, with example dates
in the plan's school year; leaving one alone answers nothing."""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea

from planner.model import Plan
from planner.tui.widgets.inputs import input_for
from tests.tui_widgets.host import Host


@pytest.mark.parametrize(
    ("field", "shown"),
    [
        ("about.role", "e.g. K-5 math coach"),
        ("about.hours_per_week", "e.g. 26"),
        ("school_year", "e.g. 2025-26"),
    ],
)
async def test_one_line_placeholders_are_examples(
    field: str, shown: str, question, roster_plan: Plan
) -> None:
    app = Host(lambda: input_for(question(field), None, plan=roster_plan))
    async with app.run_test() as pilot:
        await pilot.pause()
        control = app.query_one(Input)
        assert control.placeholder == shown
        assert control.value == ""
        assert app.answers == []


async def test_placeholders_are_italic_even_without_colour(question, roster_plan: Plan, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = Host(lambda: input_for(question("about.role"), "", plan=roster_plan))
    async with app.run_test() as pilot:
        await pilot.pause()
        style = app.query_one(Input).get_component_rich_style("input--placeholder")
        assert style.italic and style.dim


async def test_a_prose_placeholder_is_an_example(form_field, roster_plan: Plan) -> None:
    app = Host(lambda: input_for(form_field("cycles", "goal"), "", plan=roster_plan, field="goal"))
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.query_one(TextArea).placeholder == "e.g. Students will..."


@pytest.mark.parametrize(
    ("school_year", "example"), [("2026-27", "e.g. 2026-09-15"), ("2025-26", "e.g. 2025-09-15")]
)
async def test_an_example_date_falls_in_the_plans_school_year(
    school_year: str, example: str, form_field
) -> None:
    plan = Plan(school_year=school_year)
    app = Host(lambda: input_for(form_field("cycles", "start"), None, plan=plan, field="start"))
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.query_one(Input).placeholder.startswith(example)
