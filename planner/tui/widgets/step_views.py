"""The plan screen's step views: each built once (when first shown, or ahead, hidden, in the
background), one shown at a time, and refreshed when shown after answers changed elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from textual.containers import Container

from planner.model import Plan
from planner.questions import StepKind, Template
from planner.tui.keys_in_order import handled

if TYPE_CHECKING:
    from textual.widget import AwaitMount

    from planner.tui.widgets.review_view import ReviewView
    from planner.tui.widgets.step_view import StepView

# After the first step shows, the other steps' inputs are built one by one, hidden, in the
# background: first this delay, then this interval between two steps.
BUILD_AHEAD_DELAY = 0.5
BUILD_AHEAD_INTERVAL = 0.05


class ProcessHooks(Protocol):
    """Told when every step is built and when the views are dropped (see planner.tui.app)."""

    def steps_built(self) -> None: ...
    def steps_dropped(self) -> None: ...


class StepViews(Container):
    """Holds the view of each step built so far, keyed by step id (not a ContentSwitcher: its
    `current` repaints the whole area on every switch, and the view shown repaints it anyway).

    `hooks` hear each time every step has been built, and when the views are dropped (after a
    reload): the process may set its garbage collector around them.
    """

    def __init__(
        self,
        template: Template,
        plan: Plan,
        key_for: Callable[[str], str],
        build_ahead: bool,
        hooks: ProcessHooks,
    ) -> None:
        """`key_for(action)` names the screen's key for an action (the review names some)."""
        super().__init__(id="steps")
        self.template = template
        self.plan = plan
        self.review_keys = (
            f"Last year: {key_for('compare_step')}, then a for every change · "
            f"Export for administrators: {key_for('export')}"
        )
        self.build_ahead = build_ahead
        self.hooks = hooks
        self._views: dict[str, StepView | ReviewView] = {}
        # Each answer bumps the revision; a step view shown again refreshes only if it is behind.
        self._revision = 0
        self._shown_at: dict[str, int] = {}
        self._rebuilding = False
        # The last view's mount, awaited before the views are dropped (a view removed while it
        # mounts misses its children).
        self._mounting: AwaitMount | None = None

    def __getitem__(self, step_id: str) -> StepView | ReviewView:
        return self._views[step_id]

    def answers_changed(self) -> None:
        """Note that an answer changed: views not shown since refresh when next shown."""
        self._revision += 1

    def view_for(self, index: int, *, hidden: bool = False) -> StepView | ReviewView:
        """The view of step `index`, built (and mounted) now if it was not yet."""
        step = self.template.steps[index]
        view = self._views.get(step.id)
        if view is not None:
            return view
        # Imported on first use: the frame paints before any step's widgets are loaded.
        from planner.tui.widgets.review_view import ReviewView
        from planner.tui.widgets.step_view import StepView

        if step.kind == StepKind.REVIEW:
            view = ReviewView(step, self.template, self.plan, index + 1, self.review_keys)
        else:
            view = StepView(step, self.plan, index + 1)
        self._views[step.id] = view
        self._shown_at[step.id] = self._revision
        view.display = not hidden
        self._mounting = self.mount(view)
        return view

    def show(self, index: int) -> StepView | ReviewView:
        """Show step `index` alone, refreshed when answers changed since it was last shown."""
        view = self.view_for(index)
        if view.is_mounted and self._shown_at.get(view.step.id) != self._revision:
            view.refresh_records()
        self._shown_at[view.step.id] = self._revision
        for other in self._views.values():
            if other is not view:
                # A step left before it was built must not take the keyboard once it is.
                other.focus_when_mounted = None
                if other.display:
                    other.display = False
        view.display = True
        return view

    def focus(self, step_id: str, field: str | None = None) -> None:
        """Put the keyboard in the answer to `field` of this step, else in its first answer (once
        its inputs are built)."""
        from planner.tui.widgets.step_view import focus_answer

        view = self._views[step_id]
        if view.is_mounted:
            focus_answer(view, field)
        else:
            view.focus_when_mounted = field or ""

    async def built(self, step_id: str) -> None:
        """Return once this step's inputs are built (and the keys the app held for them handled).

        The app hands out the keys typed after a step change only once its action returns (see
        planner.tui.keys_in_order): they then land in the new step, not in the one left behind.
        """
        view = self._views[step_id]
        if not view.is_mounted:
            await handled([view])

    def build_the_rest_later(self) -> None:
        """Start building the steps not built yet, in the background (unless build-ahead is off)."""
        if self.build_ahead:
            self.set_timer(BUILD_AHEAD_DELAY, self.build_next)

    def build_next(self) -> None:
        """Build the next step not built yet, hidden, so that the coach's first visit is quick."""
        if self._rebuilding or not self.is_attached:
            # Rebuilding (the build starts again after it), or the app is ending (no more mounts).
            return
        missing = next((n for n, s in enumerate(self.template.steps) if s.id not in self._views), None)
        if missing is not None:
            self.view_for(missing, hidden=True)
            self.set_timer(BUILD_AHEAD_INTERVAL, self.build_next)
        else:
            self.hooks.steps_built()

    async def drop_all(self, plan: Plan) -> None:
        """Drop every view; the next ones show `plan` (read again, merged or recovered)."""
        self._rebuilding = True
        if self._mounting is not None:
            await self._mounting
        self.hooks.steps_dropped()
        self._views.clear()
        self._shown_at.clear()
        await self.remove_children()
        self.plan = plan
        self._rebuilding = False
