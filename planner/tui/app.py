"""The planner app: opens a plan (or the picker), wires the screens, and keeps the draft safe on hang-ups."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from planner.model import Plan
from planner.plan_file import LockOwner, PlanFileError, lock_plan
from planner.questions import Template
from planner.tui.commands import plan_commands
from planner.tui.hangup import watch_for_hang_ups
from planner.tui.keys_in_order import KeysInOrder
from planner.tui.screens.plan_screen import PlanScreen
from planner.tui.session import PlanSession


class ProcessHooks:
    """What the command that owns the process does at moments of the app (see
    planner.cli.process_settings); by default nothing, as in a test's app."""

    def steps_built(self) -> None:
        """Every step's view is built: what the plan screen holds lives as long as it."""

    def steps_dropped(self) -> None:
        """The step views are dropped (a reload, or the screen goes): they may be collected."""

    def hung_up(self) -> None:
        """The terminal is gone and the draft is kept: the app is about to end."""


class PlannerApp(App[None]):
    """Open `plan_path` (ask for a plan first when there is none).

    `load_template(plan, path)` gives the question flow for a loaded plan; `new_plan(path)` the
    plan to start from when the file does not exist yet. With `build_ahead` off, a step is built
    only when first shown (not in the background after the first one): tests turn it off.
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
        # Set by the command that owns the process, before the app runs.
        self.process_hooks = ProcessHooks()

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
            self._cannot_open(path, error)
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

    def _cannot_open(self, path: Path, error: PlanFileError) -> None:
        """A plan left with merge-conflict markers, and otherwise valid on each side, opens on
        the screen that settles them (then opens as settled); any other problem, on the error
        screen."""
        from planner.git.settle import read_conflicts
        from planner.plan_file import Fingerprint

        try:
            content, read = Fingerprint.read(path)
            conflicted = read_conflicts(
                content.decode("utf-8-sig"), lambda plan: self.load_template(plan, path)
            )
        except (OSError, UnicodeDecodeError, PlanFileError):
            conflicted = None
        if conflicted is None:
            from planner.tui.screens.error_screen import ErrorScreen

            self.push_screen(ErrorScreen(str(path), error.problems))
            return
        from planner.tui.screens.conflict_screen import ConflictScreen

        def settled(saved: bool | None) -> None:
            if not saved:
                self.exit(return_code=2, message=f"Nothing was written: {path} still holds conflict markers.")
                return
            self.open_plan(path)
            self.notify(
                f"The conflicts are settled and {path.name} is saved. To finish the merge: "
                f"git add {path}, then git commit.",
                title="Saved",
                timeout=12,
            )

        self.push_screen(ConflictScreen(path, conflicted, read), settled)

    async def _open_locked(self, session: PlanSession, template: Template, holder: LockOwner) -> None:
        """Another planner holds the plan's lock: ask (see planner.tui.flows.open_locked)."""
        from planner.tui.flows.open_locked import open_locked

        if await open_locked(self, session, holder):
            self.push_screen(PlanScreen(session, template))
        else:
            self.exit()

    @property
    def plan_screen(self) -> PlanScreen | None:
        """The planning screen, when a plan is open."""
        return next((s for s in self.screen_stack if isinstance(s, PlanScreen)), None)

    def action_quit(self) -> None:  # type: ignore[override]
        screen = self.plan_screen
        if screen is None:
            self.exit()
        else:
            self.run_worker(self._quit(screen))

    async def _quit(self, screen: PlanScreen) -> None:
        """Quit, asking first when there are unsaved changes (see planner.tui.flows.quit)."""
        from planner.tui.flows.quit import Leave, ask_before_quitting

        leave = await ask_before_quitting(self, screen.session)
        if leave is Leave.SAVE_THEN_QUIT:
            screen.save(then_quit=True)
        elif leave is Leave.QUIT:
            self.exit()

    def _hang_up(self) -> None:
        """The terminal is gone: keep the draft (beside the plan, else in the state folder) and
        remove the lock first, touching no terminal output, then leave."""
        self._close_session()
        self.process_hooks.hung_up()
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
