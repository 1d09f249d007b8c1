"""Record tables and forms: add, edit, delete with confirmation, sort, and forms that refuse to save
what the plan file could not hold."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable, Input, Select, SelectionList, Static, TextArea

from planner.model import Cycle, GoalMet, Plan, Priority, SupportTier, Teacher, Window
from planner.questions import InputKind, Question
from planner.tui.dialogs import ChoiceDialog
from planner.tui.widgets.inputs import QuestionInput
from planner.tui.widgets.records import RecordForm, RecordsEditor
from tests.tui_widgets.host import Host


def _editor(question: Question, records: list, plan: Plan) -> Host:
    return Host(lambda: RecordsEditor(question, records, plan))


def _rows(app: Host) -> list[list[str]]:
    table = app.query_one(DataTable)
    return [[cell.plain for cell in table.get_row_at(row)] for row in range(table.row_count)]


def _field(app: Host, label: str) -> QuestionInput:
    """The input of a form field, by its label."""
    return next(q for q in app.screen.query(QuestionInput) if q.spec.label == label)


async def _type(pilot, label: str, text: str) -> None:
    """Type into the form field with this label (its line or text area)."""
    question = _field(pilot.app, label)
    control = question.query(Input).first() if question.query(Input) else question.query_one(TextArea)
    control.focus()
    control.value = "" if isinstance(control, Input) else control.text
    await pilot.press(*["space" if c == " " else c for c in text])
    await pilot.pause()


async def _start(pilot) -> None:
    pilot.app.query_one(RecordsEditor).focus_control()
    await pilot.pause()


async def test_add_two_teachers_edit_one_and_delete_one(question, roster_plan: Plan) -> None:
    app = _editor(question("teachers"), [], Plan(school_year="2025-26"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _start(pilot)
        assert "press a to add a teacher" in app.query_one(".records-empty", Static).render().plain
        for name, grade in [("Ana Ortiz", "4"), ("Sam Kim", "2")]:
            await pilot.press("a")
            await pilot.pause()
            assert isinstance(app.screen, RecordForm)
            assert app.screen.title_text() == "New teacher"
            await _type(pilot, "Name", name)
            await _type(pilot, "Grade", grade)
            await pilot.press("ctrl+s")
            await pilot.pause()
        assert not isinstance(app.screen, RecordForm)
        teachers = app.last
        assert [(t.name, t.grade) for t in teachers] == [("Ana Ortiz", "4"), ("Sam Kim", "2")]
        assert all(t.id.startswith("t-") for t in teachers) and teachers[0].id != teachers[1].id
        assert _rows(app) == [["Ana Ortiz", "4", "", "", ""], ["Sam Kim", "2", "", "", ""]]

        await pilot.press("up", "enter")
        await pilot.pause()
        assert app.screen.title_text() == "Teacher: Ana Ortiz"
        await _type(pilot, "Name", "Ana Ortiz-Diaz")
        select = _field(app, "Support tier").query_one(Select)
        select.focus()
        await pilot.press("enter", "down", "enter", "ctrl+s")
        await pilot.pause()
        edited = app.last[0]
        assert (edited.id, edited.name, edited.support) == (
            teachers[0].id,
            "Ana Ortiz-Diaz",
            SupportTier.MONTHLY,
        )
        assert app.answers[-1][0] == "teachers"
        assert _rows(app)[0] == ["Ana Ortiz-Diaz", "4", "", "", "Monthly touch-point"]

        before = len(app.answers)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("n")
        await pilot.pause()
        assert len(app.answers) == before and len(_rows(app)) == 2
        await pilot.press("down", "delete")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.answers) == before
        await pilot.press("d", "y")
        await pilot.pause()
        assert [t.name for t in app.last] == ["Ana Ortiz-Diaz"]
        assert _rows(app) == [["Ana Ortiz-Diaz", "4", "", "", "Monthly touch-point"]]


async def test_the_form_edits_a_copy_and_cancel_leaves_the_record(question, roster_plan: Plan) -> None:
    roster = list(roster_plan.teachers)
    app = _editor(question("teachers"), roster, roster_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await _start(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await _type(pilot, "Name", "Someone else")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("y")
        await pilot.pause()
        assert not isinstance(app.screen, RecordForm | ChoiceDialog)
        assert roster[0].name == "Ana Ortiz"
        assert app.answers == []
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, RecordForm)


async def test_sort_by_the_column_under_the_cursor_and_back(question) -> None:
    teachers = [
        Teacher(id="t-1", name="Cruz", priority=Priority.LOW, support=SupportTier.WEEKLY),
        Teacher(id="t-2", name="abbott", support=SupportTier.MONTHLY),
        Teacher(id="t-3", name="Baker", support=None),
    ]
    app = _editor(question("teachers"), teachers, Plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await _start(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert [row[0] for row in _rows(app)] == ["abbott", "Baker", "Cruz"]
        assert app.query_one(DataTable).ordered_columns[0].label.plain == "Name ▲"
        await pilot.press("s")
        await pilot.pause()
        assert [row[0] for row in _rows(app)] == ["Cruz", "Baker", "abbott"]
        assert app.query_one(DataTable).ordered_columns[0].label.plain == "Name ▼"
        await pilot.press("right", "right", "right", "right", "s")
        await pilot.pause()
        assert [row[0] for row in _rows(app)] == ["abbott", "Cruz", "Baker"]
        assert app.answers == []
        await pilot.press("up", "up", "up", "enter")
        await pilot.pause()
        assert app.screen.title_text() == "Teacher: abbott"


async def test_a_cycle_form_picks_teachers_from_the_roster(question, roster_plan: Plan) -> None:
    cycles = question("cycles")
    shown = Question(
        field="cycles",
        label=cycles.label,
        kind=InputKind.RECORDS,
        columns=["title", "teachers", "moves", "start", "result.goal_met"],
        fields=cycles.fields,
    )
    app = _editor(shown, [], roster_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await _start(pilot)
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.title_text() == "New coaching cycle"
        await _type(pilot, "Title", "Fractions")
        picks = _field(app, "Teachers").query_one(SelectionList)
        picks.focus()
        await pilot.press("down", "space", "up", "space")
        await _type(pilot, "Start date", "Oct 6")
        await _type(pilot, "Length in weeks", "5")
        await pilot.press("ctrl+s")
        await pilot.pause()
        (cycle,) = app.last
        assert isinstance(cycle, Cycle) and cycle.id.startswith("c-")
        assert (cycle.title, cycle.teachers, cycle.start, cycle.weeks) == (
            "Fractions",
            ["t-ortiz", "t-kim"],
            date(2025, 10, 6),
            5,
        )
        assert _rows(app) == [["Fractions", "Ana Ortiz, Sam Kim", "", "2025-10-06", ""]]


async def test_results_are_edited_in_place_and_shown_by_label(template, roster_plan: Plan) -> None:
    results = next(q for s in template.steps for q in s.questions if q.field == "cycles" and not q.can_add)
    cycle = Cycle(id="c-1", title="Fractions")
    app = _editor(results, [cycle], roster_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await _start(pilot)
        await pilot.press("a", "d")
        await pilot.pause()
        assert not isinstance(app.screen, RecordForm | ChoiceDialog)
        assert not app.query("#records-add")
        await pilot.press("enter")
        await pilot.pause()
        _field(app, "Goal met?").query_one(Select).focus()
        await pilot.press("enter", "down", "down", "enter", "ctrl+s")
        await pilot.pause()
        (saved,) = app.last
        assert saved.result.goal_met == GoalMet.PARTLY
        assert cycle.result.goal_met is None
        assert _rows(app) == [["Fractions", "", "Partly met"]]


async def test_the_form_refuses_an_invalid_date_and_names_it(question, roster_plan: Plan) -> None:
    app = _editor(question("cycles"), [], roster_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await _start(pilot)
        await pilot.press("a")
        await pilot.pause()
        await _type(pilot, "Title", "Fractions")
        _field(app, "Start date").query_one(Input).value = "someday"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, RecordForm)
        assert app.screen.query_one(".form-error", Static).render().plain == "Not saved: Start date"
        start = _field(app, "Start date")
        assert "Not a date" in start.query_one(".question-error", Static).render().plain
        assert app.focused is start.query_one(Input)
        assert app.answers == []
        await _type(pilot, "Start date", "2025-10-06")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.last[0].start == date(2025, 10, 6)


async def test_the_form_refuses_a_window_that_ends_before_it_starts(question, roster_plan: Plan) -> None:
    app = _editor(question("windows"), [Window(id="w-1", name="Fall")], roster_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await _start(pilot)
        await pilot.press("e")
        await pilot.pause()
        labels = [f.label for f in question("windows").fields]
        await _type(pilot, labels[1], "Oct 20")
        await _type(pilot, labels[2], "Oct 1")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, RecordForm)
        end = _field(app, labels[2])
        assert (
            end.query_one(".question-error", Static).render().plain.startswith("✗ Ends (2025-10-01) before")
        )
        await _type(pilot, labels[2], "Dec 19")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert (app.last[0].start, app.last[0].end) == (date(2025, 10, 20), date(2025, 12, 19))


def test_every_record_list_has_a_kind(template) -> None:
    from planner.tui.widgets.records.record_kinds import record_kind

    lists = {q.field for s in template.steps for q in s.questions if q.kind == InputKind.RECORDS}
    prefixes: dict[str, str] = {}
    for field in lists:
        from planner.model import field_info

        record_type = field_info(field).record
        prefixes[field] = record_kind(record_type).prefix
    assert prefixes == {
        "learning_for_all": "l",
        "learning_for_some": "l",
        "teachers": "t",
        "windows": "w",
        "cycles": "c",
        "blackouts": "b",
    }


async def test_the_mouse_adds_a_record_with_the_buttons(question, roster_plan: Plan) -> None:
    app = _editor(question("blackouts"), [], roster_plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#records-add")
        await pilot.pause()
        assert app.screen.title_text() == "New date to avoid"
        await _type(pilot, "What", "State testing")
        await _type(pilot, "From", "4/13")
        await pilot.click("#save")
        await pilot.pause()
        (blackout,) = app.last
        assert (blackout.id[:2], blackout.name, blackout.start) == ("b-", "State testing", date(2026, 4, 13))


def test_columns_fit_the_width_keeping_names_and_dates_whole() -> None:
    from planner.tui.widgets.records.cells import fit_widths

    natural, least = [40, 19, 10, 15], [6, 6, 10, 6]
    assert fit_widths(natural, least, [2, 1, 1, 1], 100) == natural
    assert fit_widths(natural, least, [2, 1, 1, 1], 45) == [17, 9, 10, 9]
    assert sum(fit_widths(natural, least, [1, 1, 1, 1], 10)) == 28


async def test_teachers_show_by_name_in_a_table_whose_form_does_not_pick_them(
    template, roster_plan: Plan
) -> None:
    """The model says a cycle's teachers are roster ids, so any table shows their names."""
    results = next(q for s in template.steps for q in s.questions if q.field == "cycles" and not q.can_add)
    assert all(f.field != "teachers" for f in results.fields)
    shown = Question(
        field="cycles",
        label=results.label,
        kind=InputKind.RECORDS,
        columns=["title", "teachers"],
        fields=results.fields,
    )
    app = _editor(shown, [Cycle(id="c-1", title="Fractions", teachers=["t-kim", "t-gone"])], roster_plan)
    async with app.run_test(size=(80, 24)):
        assert _rows(app) == [["Fractions", "Sam Kim, t-gone"]]
