"""Walking a whole plan with the keyboard: an answer in every step, records added, then saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import DataTable, Input, SelectionList, TextArea

from planner.model import get_value
from planner.plan_file import load_plan
from planner.tui.app import PlannerApp
from planner.tui.widgets.inputs import QuestionInput
from planner.tui.widgets.records.record_form import RecordForm
from tests.tui.harness import planner_app


async def _type_into(pilot, widget, text: str) -> None:
    widget.focus()
    await pilot.pause()
    await pilot.press(*text)


# The kinds of question answered in words.
WORDS = ("text", "prose")


def _step(app: PlannerApp, step_id: str):
    return app.screen.query_one(f"#step-{step_id}")


async def _fill_form(pilot, app: PlannerApp, values: dict[str, str]) -> None:
    form = app.screen
    assert isinstance(form, RecordForm)
    for label, text in values.items():
        question = next(q for q in form.query(".question") if q.spec.label == label)
        control = question.query(Input).first() if question.query(Input) else question.query_one(TextArea)
        await _type_into(pilot, control, text)
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_a_coach_answers_every_step_adds_records_and_saves(tmp_path: Path) -> None:
    path = tmp_path / "2026-27.toml"
    async with planner_app(path, size=(100, 40)) as (app, pilot):
        screen = app.plan_screen
        assert screen is not None
        written: dict[str, str] = {}
        for step in screen.template.steps:
            screen.go_to(step.id)
            await pilot.pause()
            typed = next((q for q in _step(app, step.id).query(QuestionInput) if q.spec.kind in WORDS), None)
            if typed is not None:
                await _type_into(pilot, typed.query("Input, TextArea").first(), f"On {step.id}")
                written[typed.field] = f"On {step.id}"

        for step_id, values in [
            ("learning-for-all", {"Topic": "Number talks"}),
            ("learning-for-some", {"Group": "New teachers"}),
        ]:
            screen.go_to(step_id)
            await pilot.pause()
            _step(app, step_id).query_one(DataTable).focus()
            await pilot.press("a")
            await pilot.pause()
            await _fill_form(pilot, app, values)

        screen.go_to("who")
        await pilot.pause()
        editors = [e for e in _step(app, "who").query("RecordsEditor") if e.field == "teachers"]
        editors[0].query_one(DataTable).focus()
        for name in ("Ana Ortiz", "Ben Lee"):
            await pilot.press("a")
            await pilot.pause()
            await _fill_form(pilot, app, {"Name": name, "Grade": "4"})
        assert [t.name for t in app.session.plan.teachers] == ["Ana Ortiz", "Ben Lee"]

        screen.go_to("cycles")
        await pilot.pause()
        _step(app, "cycles").query_one(DataTable).focus()
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, RecordForm)
        form.query_one(SelectionList).focus()
        await pilot.press("space")
        await _fill_form(pilot, app, {"Title": "Fractions", "Start date": "Sept 15", "Length in weeks": "5"})
        await pilot.press("ctrl+s")
        await pilot.pause()

    saved = load_plan(path).plan
    assert saved.school_year == "2026-27"
    assert {field: get_value(saved, field) for field in written} == written
    assert set(written) == {
        "about.coach",
        "vision.district_vision",
        "focus.this_year",
        "selection.criteria",
        "schedule.protected_time",
        "accountability.student_evidence",
        "year_in_review.mid_year",
    }
    assert [item.topic for item in saved.learning_for_all] == ["Number talks"]
    assert [item.group for item in saved.learning_for_some] == ["New teachers"]
    assert [(t.name, t.grade) for t in saved.teachers] == [("Ana Ortiz", "4"), ("Ben Lee", "4")]
    (cycle,) = saved.cycles
    assert (cycle.title, cycle.start, cycle.weeks) == ("Fractions", date(2026, 9, 15), 5)
    assert cycle.teachers == [saved.teachers[0].id]
    assert not path.with_name(".2026-27.toml.draft").exists()
