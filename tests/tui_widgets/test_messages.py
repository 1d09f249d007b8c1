"""The messages the answers post, as Textual's own: nested in the widget that posts them, with a
`control` that `@on(..., "#id")` filters on; a refusal, and the answer that ends it; the school
year's shape read from the model; and the single-value inputs standing apart from the records."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from textual import on
from textual.app import App, ComposeResult
from textual.message import Message
from textual.widgets import DataTable, Input

from planner.model import SCHOOL_YEAR, FieldInfo, Plan, TextFormat, field_info
from planner.plan_file import check_plan
from planner.tui.widgets.answers import QuestionInput, RecordsEditor, answer_for
from planner.tui.widgets.inputs import input_for
from planner.tui.widgets.inputs.date import NOT_A_DATE
from planner.tui.widgets.inputs.text import FormatValidator, TextInput


class Screenful(App[None]):
    """Answers side by side, the way a step shows them, and what a screen hears of them: every
    coach answer (by the naming convention) and the coach's answers alone (through a selector)."""

    def __init__(self, *answers: QuestionInput | RecordsEditor) -> None:
        super().__init__()
        self.built = answers
        self.heard: list[Message] = []
        self.coach_only: list[QuestionInput.AnswerChanged] = []

    def compose(self) -> ComposeResult:
        yield from self.built

    def on_question_input_answer_changed(self, event: QuestionInput.AnswerChanged) -> None:
        self.heard.append(event)

    def on_question_input_answer_refused(self, event: QuestionInput.AnswerRefused) -> None:
        self.heard.append(event)

    def on_records_editor_answer_changed(self, event: RecordsEditor.AnswerChanged) -> None:
        self.heard.append(event)

    @on(QuestionInput.AnswerChanged, "#coach")
    def _coach_answered(self, event: QuestionInput.AnswerChanged) -> None:
        self.coach_only.append(event)


async def _type(pilot, answer: QuestionInput, keys: list[str]) -> None:
    answer.query_one(Input).focus()
    await pilot.press(*keys)
    await pilot.pause()


async def test_a_selector_hears_only_the_input_it_names(question, plan: Plan) -> None:
    coach = input_for(question("about.coach"), "", plan=plan)
    coach.id = "coach"
    role = input_for(question("about.role"), "", plan=plan)
    role.id = "role"
    app = Screenful(coach, role)
    async with app.run_test() as pilot:
        await _type(pilot, role, list("Lead"))
        await _type(pilot, coach, list("Mia"))
        assert [(e.control.id, e.field, e.value) for e in app.coach_only] == [
            ("coach", "about.coach", "M"),
            ("coach", "about.coach", "Mi"),
            ("coach", "about.coach", "Mia"),
        ]
        assert {e.control.id for e in app.heard} == {"coach", "role"}
        assert app.heard[3].control is role and app.heard[3].value == "Lead"


async def test_a_screen_hears_a_record_table_and_an_input_alike(question, plan: Plan) -> None:
    roster = answer_for(question("teachers"), list(plan.teachers), plan=plan)
    coach = answer_for(question("about.coach"), "", plan=plan)
    assert isinstance(roster, RecordsEditor) and isinstance(coach, QuestionInput)
    app = Screenful(roster, coach)
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one(DataTable).focus()
        await pilot.press("d", "y")
        await pilot.pause()
        await _type(pilot, coach, ["A"])
        deleted, typed = app.heard
        assert isinstance(deleted, RecordsEditor.AnswerChanged) and deleted.control is roster
        assert (deleted.field, [t.id for t in deleted.value]) == ("teachers", ["t-kim"])
        assert isinstance(typed, QuestionInput.AnswerChanged) and typed.control is coach


async def test_a_refusal_is_told_and_the_answer_that_ends_it_is_posted_again(form_field, plan: Plan) -> None:
    start = input_for(form_field("cycles", "start"), date(2025, 10, 6), plan=plan, field="start")
    app = Screenful(start)
    async with app.run_test() as pilot:
        await _type(pilot, start, ["end", "x"])
        (refused,) = app.heard
        assert isinstance(refused, QuestionInput.AnswerRefused) and refused.control is start
        assert (refused.field, refused.label, refused.reason) == ("start", "Start date", NOT_A_DATE)
        assert not start.valid
        await _type(pilot, start, ["backspace"])
        # The answer that ends the refusal is the one the plan kept: it is posted all the same.
        _, answered = app.heard
        assert isinstance(answered, QuestionInput.AnswerChanged) and answered.control is start
        assert (answered.field, answered.value) == ("start", date(2025, 10, 6))
        assert start.valid


async def test_the_school_year_shape_comes_from_the_model(question, plan: Plan) -> None:
    """The text input checks the shape the model gives its field, whatever the field is called."""
    assert field_info("about.coach").text_format is None
    code = TextFormat("a room code", "B-12", lambda text: text[:2] == "B-" and text[2:].isdigit())
    room = TextInput(
        question("about.coach"),
        "",
        field="about.coach",
        info=FieldInfo("coach", "text", text_format=code),
        plan=plan,
    )
    year = input_for(question("school_year"), "", plan=plan)
    app = Screenful(room, year)
    async with app.run_test() as pilot:
        await _type(pilot, room, ["B", "space"])
        await _type(pilot, year, ["2", "0", "2", "5", "-", "2", "6", "space"])
        refused, *_, year_answer = app.heard
        assert (refused.field, refused.reason) == ("about.coach", 'Write a room code like "B-12"')
        assert (year_answer.field, year_answer.value) == ("school_year", "2025-26")
        await _type(pilot, room, ["backspace", "-", "7"])
        assert (app.heard[-1].field, app.heard[-1].value) == ("about.coach", "B-7")


def test_the_model_marks_what_the_inputs_and_tables_read() -> None:
    """The school year's shape, a cycle's roster ids and the percentages are said by the model."""
    assert field_info("school_year").text_format is SCHOOL_YEAR
    assert field_info("cycles.teachers").roster_ids and not field_info("cycles.targets").roster_ids
    assert field_info("cycles.target_percent").percent
    assert not field_info("cycles.weeks").percent


@given(st.from_regex(r" ?\d{4}-\d{2} ?", fullmatch=True) | st.text(alphabet="0123456789- x", max_size=9))
def test_the_input_and_the_plan_file_agree_on_a_school_year(typed: str) -> None:
    """What the input accepts is what `planner validate` accepts (spaces around it aside)."""
    refused = not FormatValidator(SCHOOL_YEAR).validate(typed).is_valid
    problems = [p for p in check_plan(Plan(school_year=typed.strip())) if p.field == "school_year"]
    assert refused == bool(problems)


def test_the_single_value_inputs_import_nothing_of_the_records() -> None:
    """A record's form builds its fields with the inputs, so the inputs stand below the records."""
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, planner.tui.widgets.inputs; "
            "print(sorted(m for m in sys.modules if m.startswith('planner.tui.widgets.')))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "planner.tui.widgets.inputs" in loaded
    assert "planner.tui.widgets.records" not in loaded
    assert "planner.tui.widgets.answers" not in loaded
