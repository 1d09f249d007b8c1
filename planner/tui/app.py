"""The planner app: opens a plan (or the picker), wires the screens, and keeps the draft safe on hang-ups."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from planner.model import Plan
from planner.plan_file import LockOwner, PlanFileError, lock_plan, take_over_lock
from planner.questions import Template
from planner.tui.commands import plan_commands
from planner.tui.hangup import watch_for_hang_ups
from planner.tui.keys_in_order import KeysInOrder
from planner.tui.screens.plan_screen import PlanScreen
from planner.tui.session import PlanSession

# How often, in seconds, Python lets another thread take its turn while the app's thread is busy.
# Textual writes each frame to the terminal from a thread of its own: at Python's default (5 ms)
# a frame painted while the app goes on working waited up to that long before it was sent.
THREAD_SWITCH_SECONDS = 0.0005

# After a hang-up the draft is written first; if closing the dead terminal then hangs, the
# process is ended after this many seconds.
HANGUP_EXIT_SECONDS = 3.0


class PlannerApp(App[None]):
    """Open `plan_path` (ask for a plan first when there is none).

    `load_template(plan, path)` gives the question flow for a loaded plan; `new_plan(path)` the
    plan to start from when the file does not exist yet.
    """

    CSS_PATH = "planner.tcss"
    TITLE = "planner"
    # Tab and shift+tab move between fields as priority bindings, whatever the focused widget
    # does with the key. Each key waits for the ones before it (see on_event): the keys typed
    # before a tab reach the field it leaves, the keys after it land in the next one.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "focus_next", "Next field", show=False, priority=True, id="app.focus_next"),
        Binding(
            "shift+tab",
            "focus_previous",
            "Previous field",
            show=False,
            priority=True,
            id="app.focus_previous",
        ),
    ]

    def __init__(
        self,
        plan_path: Path | None,
        load_template: Callable[[Plan, Path], Template],
        *,
        new_plan: Callable[[Path], Plan],
        found_plans: list[Path] | None = None,
        new_plan_path: Path = Path("new-plan.toml"),
        build_ahead: bool = True,
    ) -> None:
        """`build_ahead`: build the steps not shown in the background after the first paint."""
        super().__init__()
        self.plan_path = plan_path
        self.load_template = load_template
        self.new_plan = new_plan
        self.found_plans = found_plans or []
        self.new_plan_path = new_plan_path
        self.build_ahead = build_ahead
        self.session: PlanSession | None = None
        # Whether Textual has shown its first frame (see on_ready).
        self.first_frame_shown = False
        self.keys_in_order = KeysInOrder(self)

    def on_load(self) -> None:
        sys.setswitchinterval(THREAD_SWITCH_SECONDS)

    def on_mount(self) -> None:
        watch_for_hang_ups(self, self._hang_up)
        if self.plan_path is None:
            # Imported here, as the error screen and the crash report below: a plan that opens
            # (most starts) loads none of them; each Textual class costs milliseconds to define.
            from planner.tui.screens.picker_screen import PlanPicker

            self.push_screen(PlanPicker(self.found_plans, self.new_plan_path), self.open_plan)
        else:
            # Once Textual's start-up batch is over: a screen pushed inside it is laid out and
            # painted there for nothing (nothing reaches the terminal during a batch), then again.
            self.call_later(self.open_plan, self.plan_path)

    def on_ready(self) -> None:
        """The first frame is on the terminal: the plan screen may now build its first step.

        Textual mounts the first screens inside one batched update, in which a screen's
        `call_after_refresh` runs before anything is painted; this event comes after the paint.
        """
        self.first_frame_shown = True
        if (screen := self.plan_screen) is not None:
            screen.call_after_refresh(screen.show_first_step)

    async def on_event(self, event: events.Event) -> None:
        """Hand a key or paste to Textual only once the keys before it are handled.

        Textual runs a priority binding as its key leaves the app's queue, while the keys before it
        may still wait in the focused widget's queue: ctrl+s would save a plan without them. Holding
        each key until the app, the screen and the focused widget's path are idle (rather than
        committing pending text in each form before it reads its values) keeps every binding,
        widget and form right, including keys that bubble back up to the app's bindings.
        """
        if not self.keys_in_order.hold(event):
            await super().on_event(event)

    def open_plan(self, path: Path | None) -> None:
        """Load the plan at `path` and show it, or show why it cannot be opened; when another
        planner has it open, ask first (see _open_locked)."""
        if path is None:
            self.exit()
            return
        try:
            session = PlanSession.open(path, None if path.exists() else self.new_plan(path))
            template = self.load_template(session.plan, path)
        except PlanFileError as error:
            from planner.tui.screens.error_screen import ErrorScreen

            self.push_screen(ErrorScreen(str(path), error.problems))
            return
        try:
            holder = lock_plan(path)
        except OSError:
            # Neither the plan's folder nor the state folder takes a lock: the plan still opens.
            holder = None
        else:
            session.locked = holder is None
        self.session = session
        if holder is None:
            self.push_screen(PlanScreen(session, template))
        else:
            self.run_worker(self._open_locked(session, template, holder))

    async def _open_locked(self, session: PlanSession, template: Template, holder: LockOwner) -> None:
        """Another planner holds the plan's lock: open read-only, take over, or cancel.

        Taking over is offered at once for a lock whose process is gone, after a second question
        for one on another computer (it cannot be checked from here), and never for a process
        that still runs here: that planner would go on saving over this one's work, and quitting
        it (or ending its process) is the safe way to take the plan.
        """
        from planner.tui.screens.dialogs import ChoiceDialog, lock_question

        title, body, answers = lock_question(session.path, holder)
        answer = await self.push_screen_wait(ChoiceDialog(title, body, answers))
        if answer == "take_over" and holder.running is None:
            answer = await self.push_screen_wait(
                ChoiceDialog(
                    "Take over from a planner on another computer?",
                    f"If the planner on {holder.host} still runs, you and it will save over each "
                    "other's work. Take over only if you know it has stopped.",
                    [("cancel", "Cancel"), ("take_over", "Take over")],
                )
            )
        if answer == "cancel":
            self.exit()
            return
        if answer == "take_over":
            take_over_lock(session.path)
            session.locked = True
        else:
            session.read_only = True
        self.push_screen(PlanScreen(session, template))

    @property
    def plan_screen(self) -> PlanScreen | None:
        """The planning screen, when a plan is open."""
        return next((s for s in self.screen_stack if isinstance(s, PlanScreen)), None)

    def action_quit(self) -> None:  # type: ignore[override]
        screen = self.plan_screen
        if screen is None:
            self.exit()
        else:
            screen.request_quit()

    def _hang_up(self) -> None:
        """The terminal is gone: keep the draft (beside the plan, else in the state folder) and
        remove the lock first, touching no terminal output, then leave."""
        self._close_session()
        timer = threading.Timer(HANGUP_EXIT_SECONDS, os._exit, (1,))
        timer.daemon = True
        timer.start()
        self.exit(return_code=1)

    def _handle_exception(self, error: Exception) -> None:
        """An unexpected error: keep the draft, then stop with one plain message (not Textual's
        traceback); the traceback goes to a file. Overrides a private Textual method: check it
        when upgrading Textual (tests/tui/test_safety.py does)."""
        # Whatever went wrong, it must not stop the crash being reported.
        with contextlib.suppress(Exception):
            self._close_session()
        from datetime import datetime

        from planner.tui.crash import PlannerStopped, write_crash_report

        report = write_crash_report(error, datetime.now())
        unsaved = self.session.path if self.session and self.session.unsaved else None
        stopped = PlannerStopped(error, report, unsaved)
        stopped.__cause__ = error
        super()._handle_exception(stopped)

    def on_unmount(self) -> None:
        self._close_session()

    def _close_session(self) -> None:
        """Keep the session's draft and remove its lock (on every way out; raises nothing)."""
        if self.session is not None:
            with contextlib.suppress(OSError):
                self.session.close()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, PlanScreen):
            yield from plan_commands(screen)
