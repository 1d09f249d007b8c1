"""The cycle form's format-3 parts: the concept pick offering the concepts of the cycle's
teachers' grades first, a work sort deleted only once the coach confirms it by its name, and a
work sort dated outside the cycle named when the cycle is saved."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, SelectionList

from planner.model import Checkpoint, CheckpointStage, Plan
from planner.tui.dialogs import ChoiceDialog
from planner.tui.widgets.inputs.concept_pick import ConceptPick
from planner.tui.widgets.records import RecordsEditor
from planner.tui.widgets.records.checkpoints_table import CheckpointsTable
from tests.tui_widgets.cycle_form import field_labelled, fractions_cycle, open_cycle
from tests.tui_widgets.host import Host


def _offered_grades(pick: ConceptPick, template) -> list[list[str]]:
    by_id = {c.id: c for c in template.concepts}
    options = pick.query_one(SelectionList).options
    return [by_id[str(o.value)].grades for o in options if str(o.value) in by_id]


async def test_the_concepts_of_the_teachers_grades_come_first(question, roster_plan: Plan, template) -> None:
    app = Host(lambda: RecordsEditor(question("cycles"), [fractions_cycle()], roster_plan))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_cycle(pilot)
        pick = app.screen.query_one(ConceptPick)
        offered = _offered_grades(pick, template)
        of_grade_4 = sum("4" in grades for grades in offered)
        assert of_grade_4 >= 2
        assert all("4" in grades for grades in offered[:of_grade_4])
        assert offered[of_grade_4:] == [g for g in (c.grades for c in template.concepts) if "4" not in g]
        assert "grade 4 first (the cycle's teachers)" in str(pick.query_one(".question-keys").render())
        # Sam Kim (grade 2) joins: grade 2's concepts join grade 4's at the top.
        field_labelled(app, "Teachers").answer(["t-ortiz", "t-kim"])
        await pilot.pause()
        offered = _offered_grades(pick, template)
        first = sum(bool({"2", "4"} & set(grades)) for grades in offered)
        assert all({"2", "4"} & set(grades) for grades in offered[:first])
        assert "grades 2, 4 first" in str(pick.query_one(".question-keys").render())


async def test_reordering_keeps_the_ticks_and_ones_own_concepts(question, roster_plan: Plan) -> None:
    cycle = fractions_cycle()
    cycle.concepts = ["place-value-tens", "number-talks"]
    app = Host(lambda: RecordsEditor(question("cycles"), [cycle], roster_plan))
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_cycle(pilot)
        field_labelled(app, "Teachers").answer(["t-kim"])
        await pilot.pause()
        picks = form.query_one(ConceptPick).query_one(SelectionList)
        assert set(picks.selected) == {"place-value-tens", "number-talks"}
        assert str(picks.get_option_at_index(picks.option_count - 1).value) == "number-talks"
        assert form.record.concepts == ["place-value-tens", "number-talks"]


async def test_deleting_a_work_sort_asks_first_naming_it(question, roster_plan: Plan) -> None:
    end = Checkpoint(id="end", stage=CheckpointStage.END, date=date(2025, 11, 7), met=18, of=24)
    start = Checkpoint(id="start", stage=CheckpointStage.START, date=date(2025, 10, 6), met=9, of=24)
    app = Host(lambda: RecordsEditor(question("cycles"), [fractions_cycle(start, end)], roster_plan))
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_cycle(pilot)
        table = form.query_one(CheckpointsTable)
        table.table.focus()
        await pilot.press("down", "d")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        assert app.screen.dialog_title == "Delete the end work sort of 7 November (18 of 24)?"
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form and [c.id for c in table.checkpoints] == ["start", "end"]
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is form
        assert [c.id for c in table.checkpoints] == ["start"]
        assert [c.id for c in form.record.checkpoints] == ["start"]


async def test_a_work_sort_dated_outside_the_cycle_is_named_when_the_cycle_is_saved(
    question, roster_plan: Plan
) -> None:
    app = Host(lambda: RecordsEditor(question("cycles"), [fractions_cycle()], roster_plan))
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_cycle(pilot)
        form.query_one(CheckpointsTable).table.focus()
        await pilot.press("a")
        await pilot.pause()
        date_input = field_labelled(app, "Date").query_one(Input)
        date_input.focus()
        await pilot.press(*"2026-01-10", "ctrl+s")
        await pilot.pause()
        assert app.screen is form
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        error = str(form.query_one(".form-error").render())
    assert "2026-01-10 is outside the cycle: a checkpoint falls from 2025-09-29 to 2025-11-16" in error
