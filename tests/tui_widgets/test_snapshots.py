"""How the record forms look at 80x24 (accept new pictures with --snapshot-update, after looking)."""

from __future__ import annotations

from datetime import date

from planner.model import Checkpoint, CheckpointStage, Cycle, CycleKind, FocusArea, Move, Plan, SortedWork
from planner.tui.widgets.records import RecordsEditor
from planner.tui.widgets.records.checkpoints_table import CheckpointsTable
from tests.tui_widgets.host import Host


async def _open_first_record(pilot) -> None:
    pilot.app.query_one(RecordsEditor).focus_control()
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


def test_teacher_roster_form(snap_compare, question, roster_plan: Plan) -> None:
    """The first teacher's form (Ana Ortiz): name, grade and support tier filled, every label
    beside its field, the buttons on screen at 80x24."""
    app = Host(lambda: RecordsEditor(question("teachers"), roster_plan.teachers, roster_plan))
    assert snap_compare(app, terminal_size=(80, 24), run_before=_open_first_record)


def test_cycle_form(snap_compare, question, roster_plan: Plan) -> None:
    """A full cycle's form: title, kind, the teachers picked (Ana Ortiz marked), goal wrapped in
    its box, focus area, the moves ticked, start date and weeks, all readable at 80x24."""
    cycle = Cycle(
        id="c-fractions",
        title="Grade 4: comparing fractions",
        kind=CycleKind.FULL,
        teachers=["t-ortiz"],
        goal="Students will compare fractions by reasoning about 0, 1/2 and 1.",
        focus_area=FocusArea.TIER_1,
        moves=[Move.CO_PLANNING, Move.WORK_SORT],
        start=date(2025, 10, 6),
        weeks=5,
    )
    app = Host(lambda: RecordsEditor(question("cycles"), [cycle], roster_plan))
    assert snap_compare(app, terminal_size=(80, 24), run_before=_open_first_record)


def test_teacher_roster_table_sorted(snap_compare, question, roster_plan: Plan) -> None:
    """The roster table after `s`: the teachers in name order (Ana Ortiz, then Sam Kim), the
    sorted column marked, the row cursor on the table."""

    async def sort_by_name(pilot) -> None:
        pilot.app.query_one(RecordsEditor).focus_control()
        await pilot.press("s")

    app = Host(lambda: RecordsEditor(question("teachers"), roster_plan.teachers, roster_plan))
    assert snap_compare(app, terminal_size=(80, 24), run_before=sort_by_name)


def test_cycle_form_work_sorts(snap_compare, question, roster_plan: Plan) -> None:
    """A cycle's form scrolled to its work sorts: the table of checkpoints with its stage, date,
    what was sorted and the count shown as "9 of 24 (38%)" (a share alone as "80%"), at 80x24."""
    cycle = Cycle(
        id="c-fractions",
        title="Grade 4: comparing fractions",
        teachers=["t-ortiz"],
        concepts=["fraction-equivalence"],
        target_percent=75,
        start=date(2025, 10, 6),
        weeks=5,
        checkpoints=[
            Checkpoint(
                id="start",
                stage=CheckpointStage.START,
                date=date(2025, 10, 6),
                sorted=SortedWork.TASK,
                met=9,
                of=24,
            ),
            Checkpoint(
                id="end", stage=CheckpointStage.END, date=date(2025, 11, 7), sorted=SortedWork.TASK, share=80
            ),
        ],
    )

    async def open_work_sorts(pilot) -> None:
        await _open_first_record(pilot)
        pilot.app.screen.query_one(CheckpointsTable).table.focus()
        await pilot.pause()

    app = Host(lambda: RecordsEditor(question("cycles"), [cycle], roster_plan))
    assert snap_compare(app, terminal_size=(80, 24), run_before=open_work_sorts)
