"""The error screen, shown when a plan cannot be opened, lists each problem on one line of its own:
a value holding a line break or a terminal escape is shown escaped, square brackets in a path or
a value are text (never markup), and a file with thousands of problems opens the screen at once."""

from __future__ import annotations

from pathlib import Path

from planner.tui.dialogs import SHOWN_PROBLEMS
from planner.tui.screens.error_screen import ErrorScreen
from tests.tui.harness import make_app


def _shown(app) -> list[str]:
    return [str(problem.render()) for problem in app.screen.query(".error-problem")]


async def test_a_value_holding_a_line_break_is_shown_escaped_on_one_line(tmp_path: Path) -> None:
    plan = tmp_path / "2025-26.toml"
    # An item of a list keeps its line breaks as typed (answers of several lines are reflowed).
    text = (
        'planner_format = 3\nschool_year = "2025-26"\n[accountability]\n'
        'reflection_dates = ["2026\\n01 [b]bold[/b] \\u001b[31m"]\n'
    )
    plan.write_text(text, encoding="utf-8")
    app = make_app(plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert _shown(app) == [
            f"• {plan}:4: accountability.reflection_dates[1]: expected a date like 2025-09-15, "
            'got "2026\\n01 [b]bold[/b] \\u001b[31m"'
        ]
        await pilot.press("q")
    assert app.return_code == 2
    assert plan.read_text(encoding="utf-8") == text


async def test_a_path_with_square_brackets_is_shown_as_typed(tmp_path: Path) -> None:
    plan = tmp_path / "[bold]2025-26[red].toml"
    plan.write_text('version = 1\nyear = "2023-24"\ncoach = "x"\n', encoding="utf-8")
    app = make_app(plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert str(app.screen.query_one(".error-title").render()) == f"✗ {plan} cannot be opened"
        assert _shown(app) == [f'• {plan}:3: about: expected a table, got "x"']


async def test_thousands_of_problems_show_the_first_ones_and_how_many_more(tmp_path: Path) -> None:
    plan = tmp_path / "2025-26.toml"
    unknown = "".join(f"unknown_{number} = 1\n" for number in range(3000))
    plan.write_text(f'planner_format = 3\nschool_year = "2025-26"\n{unknown}', encoding="utf-8")
    app = make_app(plan)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        shown = _shown(app)
        assert len(shown) == SHOWN_PROBLEMS + 1
        assert shown[0] == f"• {plan}:3: unknown_0: unknown key: check its spelling, or remove it"
        assert shown[-1] == f"• and {3000 - SHOWN_PROBLEMS} more"
