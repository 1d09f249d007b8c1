"""The cycle form's concepts and work sorts: concepts ticked from the template's list or typed as
one's own, checkpoints added in the table inside the form with counts typed as "9 of 24" or
"38%", and what the plan file then holds."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, SelectionList

from planner.model import Checkpoint, CheckpointStage, Cycle, Plan
from planner.plan_file import load_plan, save_plan
from planner.tui.widgets.inputs.concept_pick import in_grade_order
from planner.tui.widgets.records import RecordForm, RecordsEditor
from planner.tui.widgets.records.checkpoints_table import CheckpointForm, CheckpointsTable
from tests.tui_widgets.cycle_form import field_labelled, fractions_cycle, open_cycle
from tests.tui_widgets.host import Host


async def _type(pilot, control: Input, text: str) -> None:
    control.focus()
    await pilot.press(*["space" if c == " " else c for c in text])
    await pilot.pause()


async def _add_work_sort(pilot, count: str) -> CheckpointForm:
    """Add a work sort from the cycle's table: stage left as it is, dated 2025-10-06, the count typed."""
    pilot.app.screen.query_one(CheckpointsTable).table.focus()
    await pilot.press("a")
    await pilot.pause()
    form = pilot.app.screen
    assert isinstance(form, CheckpointForm)
    await _type(pilot, field_labelled(pilot.app, "Date").query_one(Input), "2025-10-06")
    await _type(pilot, field_labelled(pilot.app, "Students meeting the goal").query_one(Input), count)
    return form


def _saved(tmp_path, plan: Plan, cycles: list[Cycle]) -> tuple[str, Plan]:
    """The plan file written with these cycles, and the plan read back from it."""
    path = tmp_path / "plan.toml"
    plan.cycles = cycles
    save_plan(plan, path)
    return path.read_text(encoding="utf-8"), load_plan(path).plan


async def test_a_work_sort_typed_as_9_of_24_is_saved_as_its_count(
    question, roster_plan: Plan, tmp_path
) -> None:
    app = Host(lambda: RecordsEditor(question("cycles"), [fractions_cycle()], roster_plan))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_cycle(pilot)
        cycle_form = app.screen
        await _add_work_sort(pilot, "9 of 24")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is cycle_form
        table = cycle_form.query_one(CheckpointsTable).table
        assert [cell.plain for cell in table.get_row_at(0)] == [
            "Along the way",
            "2025-10-06",
            "",
            "9 of 24 (38%)",
        ]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, RecordForm)
        text, loaded = _saved(tmp_path, roster_plan, app.last)
    assert "[[cycles.checkpoints]]" in text and "met = 9\nof = 24\n" in text
    [checkpoint] = loaded.cycles[0].checkpoints
    assert (checkpoint.date, checkpoint.met, checkpoint.of, checkpoint.share) == (
        date(2025, 10, 6),
        9,
        24,
        None,
    )
    assert checkpoint.id.startswith("k-")


async def test_a_share_alone_is_kept_as_a_share(question, roster_plan: Plan, tmp_path) -> None:
    app = Host(lambda: RecordsEditor(question("cycles"), [fractions_cycle()], roster_plan))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_cycle(pilot)
        await _add_work_sort(pilot, "38%")
        await pilot.press("ctrl+s", "ctrl+s")
        await pilot.pause()
        _, loaded = _saved(tmp_path, roster_plan, app.last)
    [checkpoint] = loaded.cycles[0].checkpoints
    assert (checkpoint.met, checkpoint.of, checkpoint.share) == (None, None, 38.0)


async def test_more_students_meeting_the_goal_than_sorted_is_refused_in_the_form(
    question, roster_plan: Plan
) -> None:
    app = Host(lambda: RecordsEditor(question("cycles"), [fractions_cycle()], roster_plan))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_cycle(pilot)
        form = await _add_work_sort(pilot, "25 of 24")
        count = field_labelled(app, "Students meeting the goal")
        assert not count.valid
        assert "more students meeting the goal than were sorted" in str(
            count.query_one(".question-error").render()
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form


async def test_an_existing_count_is_shown_and_edited(question, roster_plan: Plan) -> None:
    cycle = fractions_cycle()
    cycle.checkpoints = [
        Checkpoint(id="start", stage=CheckpointStage.START, date=date(2025, 10, 6), met=7, of=23)
    ]
    app = Host(lambda: RecordsEditor(question("cycles"), [cycle], roster_plan))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_cycle(pilot)
        app.screen.query_one(CheckpointsTable).table.focus()
        await pilot.press("enter")
        await pilot.pause()
        count = field_labelled(app, "Students meeting the goal").query_one(Input)
        assert count.value == "7 of 23 (30%)"
        count.value = ""
        await _type(pilot, count, "9/23")
        await pilot.press("ctrl+s", "ctrl+s")
        await pilot.pause()
    [checkpoint] = app.last[0].checkpoints
    assert (checkpoint.id, checkpoint.stage, checkpoint.met, checkpoint.of) == (
        "start",
        CheckpointStage.START,
        9,
        23,
    )


async def test_concepts_are_ticked_from_the_list_and_one_of_ones_own_is_kept(
    question, roster_plan: Plan, template, tmp_path
) -> None:
    app = Host(lambda: RecordsEditor(question("cycles"), [fractions_cycle()], roster_plan))
    listed = in_grade_order(template.concepts, {"4"})[3]  # Ana Ortiz teaches grade 4
    async with app.run_test(size=(80, 24)) as pilot:
        await open_cycle(pilot)
        concepts = field_labelled(app, "Concepts served")
        picks = concepts.query_one(SelectionList)
        assert picks.option_count == len(template.concepts)
        assert listed.label in str(picks.get_option_at_index(3).prompt)
        picks.focus()
        await pilot.press(*["down"] * 3, "space")
        await _type(pilot, concepts.query_one(Input), "estimating-sums")
        await pilot.press("enter")
        await pilot.pause()
        assert picks.option_count == len(template.concepts) + 1
        await pilot.press("ctrl+s")
        await pilot.pause()
        text, loaded = _saved(tmp_path, roster_plan, app.last)
    assert loaded.cycles[0].concepts == [listed.id, "estimating-sums"]
    assert f'concepts = [\n    "{listed.id}",\n    "estimating-sums",\n]' in text


async def test_a_concept_not_on_the_list_shows_ticked_as_ones_own(question, roster_plan: Plan) -> None:
    cycle = fractions_cycle()
    cycle.concepts = ["number-talks"]
    app = Host(lambda: RecordsEditor(question("cycles"), [cycle], roster_plan))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_cycle(pilot)
        picks = field_labelled(app, "Concepts served").query_one(SelectionList)
        assert picks.selected == ["number-talks"]
        assert "number-talks (your own)" in str(picks.get_option_at_index(picks.option_count - 1).prompt)
