"""The key bar: the keys that matter on each screen, kept up to date, and clickable."""

from __future__ import annotations

from pathlib import Path

from planner.tui.widgets.key_bar import KeyBar
from tests.tui.harness import make_app


async def test_the_plan_screen_shows_its_keys_with_the_palette_last(example_copy: Path) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        shown = [(key.display, key.description) for key in bar.keys]
        assert shown[:3] == [("^s", "Save"), ("^n", "Next"), ("^o", "Back")]
        assert shown[-1] == ("^p", "palette")
        line = bar.render_line(0).text
        assert line.startswith(" ^s Save  ^n Next  ^o Back ")
        assert line.rstrip().endswith("│ ^p palette")
        assert len(line) == 80


async def test_the_keys_follow_the_screen_shown(example_copy: Path) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+l")  # last year's answers to this step
        await pilot.pause()
        descriptions = [key.description for key in app.screen.query_one(KeyBar).keys]
        assert "Close" in descriptions and "All changes" in descriptions
        assert "Save" not in descriptions


async def test_clicking_a_key_presses_it(example_copy: Path) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        column = bar.render_line(0).text.index("^n Next")
        await pilot.click(KeyBar, offset=(column, 0))
        await pilot.pause()
        assert app.plan_screen.step.id == "vision"


async def test_keys_that_do_not_fit_are_left_out_whole(example_copy: Path) -> None:
    app = make_app(example_copy)
    async with app.run_test(size=(36, 24)) as pilot:
        await pilot.pause()
        line = app.screen.query_one(KeyBar).render_line(0).text
        assert len(line) == 36
        assert line.startswith(" ^s Save  ^n Next ")
        assert line.rstrip().endswith("│ ^p palette")
        assert "Bac" not in line  # "^o Back" would not fit before the palette: not cut in half
