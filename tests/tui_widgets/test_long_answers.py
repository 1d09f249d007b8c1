"""A one-line answer longer than its box shows whole under it, so it never has to be scrolled sideways."""

from __future__ import annotations

from textual.widgets import Static

from planner.model import Plan
from planner.tui.widgets.inputs import input_for
from tests.tui_widgets.host import Host

LONG = "Weekly planning meeting for each cycle; monthly touch-points for everyone else"


async def test_a_long_answer_shows_whole_under_its_box(question, roster_plan: Plan) -> None:
    app = Host(lambda: input_for(question("schedule.meeting_cadence"), LONG, plan=roster_plan))
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        whole = app.query_one(".text-whole", Static)
        assert whole.display and str(whole.render()) == LONG
        await pilot.resize_terminal(120, 12)
        await pilot.pause()
        await pilot.pause()
        assert not whole.display


async def test_a_short_answer_shows_once(question, roster_plan: Plan) -> None:
    app = Host(lambda: input_for(question("about.coach"), "Mia", plan=roster_plan))
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert not app.query_one(".text-whole", Static).display
