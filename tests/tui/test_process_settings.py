"""Settings of the whole process are made only by `planner PLAN` around the app's run, and undone
after it: a test's app (many run in one test process) changes none of them."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from planner.cli.process_settings import THREAD_SWITCH_SECONDS, owned_process
from planner.tui.app import ProcessHooks
from tests.tui.harness import make_app, until


async def test_a_tests_app_changes_no_process_setting(example_copy: Path) -> None:
    interval, frozen = sys.getswitchinterval(), gc.get_freeze_count()
    app = make_app(example_copy, build_ahead=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: len(app.plan_screen.views.children) == len(app.plan_screen.template.steps))
        await pilot.pause()
        assert (sys.getswitchinterval(), gc.get_freeze_count()) == (interval, frozen)
        await pilot.press("ctrl+n")
    assert (sys.getswitchinterval(), gc.get_freeze_count()) == (interval, frozen)
    assert type(app.process_hooks) is ProcessHooks


def test_the_open_command_sets_them_around_the_run_and_restores_them(example_copy: Path) -> None:
    interval = sys.getswitchinterval()
    app = make_app(example_copy)
    with owned_process(app):
        assert sys.getswitchinterval() == THREAD_SWITCH_SECONDS
        app.process_hooks.steps_built()
        assert gc.get_freeze_count() > 0
        app.process_hooks.steps_dropped()
        assert gc.get_freeze_count() == 0
        app.process_hooks.steps_built()
    assert (sys.getswitchinterval(), gc.get_freeze_count()) == (interval, 0)
