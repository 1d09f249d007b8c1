"""The planning screen: the step list, the current step's questions and its help.

It owns the plan while it is edited: inputs post `AnswerChanged`, and only this screen writes the
answer into the plan. What asks the coach something on the way is a flow (planner.tui.flows)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Header

from planner.model import get_value, set_value
from planner.questions import Step, StepKind, Template
from planner.tui.session import PlanSession
from planner.tui.session_state import last_step, remember_step
from planner.tui.widgets.draft_line import DraftLine
from planner.tui.widgets.help_panel import HelpPanel
from planner.tui.widgets.key_bar import KeyBar
from planner.tui.widgets.plan_titles import plan_titles
from planner.tui.widgets.step_list import StepList
from planner.tui.widgets.step_views import StepViews

if TYPE_CHECKING:
    from planner.tui.widgets.answers import QuestionInput, RecordsEditor
    from planner.tui.widgets.review_view import ReviewView

# From this many columns the help stands beside the questions (below it, it shows only with F1;
# the screen's CSS shows or hides it).
WIDE = 110
# Below this many, the step list shows the steps' numbers and marks only (planner.tcss).
STEP_TITLES = 100


class PlanScreen(Screen[None]):
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [
        (0, "-narrow"),
        (STEP_TITLES, "-medium"),
        (WIDE, "-wide"),
    ]
    # Priority bindings use keys no input of Textual's binds (ctrl+d, ctrl+e and F7 edit text
    # there); ctrl+p is Textual's command palette and ctrl+b is tmux's prefix.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="plan.save", priority=True),
        Binding("ctrl+n", "next_step", "Next", id="plan.next_step", priority=True),
        Binding("ctrl+o", "previous_step", "Back", id="plan.previous_step", priority=True),
        # F8 and F7 as well: not priority bindings, so F7 still selects all of a prose answer.
        Binding("f8", "next_step", "Next", id="plan.next_step_f8", show=False),
        Binding("f7", "previous_step", "Back", id="plan.previous_step_f7", show=False),
        Binding("ctrl+g", "go_to_step", "Go to step", id="plan.go_to_step", priority=True, show=False),
        Binding("ctrl+r", "review", "Review", id="plan.review", priority=True, show=False),
        # Not a priority binding: "?" typed in an answer stays in the answer.
        Binding("f1,question_mark", "toggle_help", "Help", id="plan.toggle_help"),
        Binding("ctrl+l", "compare_step", "Last year", id="plan.compare_step", priority=True),
        Binding("ctrl+t", "export", "Export", id="plan.export", priority=True),
    ]
    # The keyboard waits for the first answer (see show_first_step) rather than starting in the
    # step list: a ctrl+n typed while the plan opens then takes it into the next step.
    AUTO_FOCUS = ""

    @classmethod
    def key_for(cls, action: str) -> str:
        """The first key bound to `action` here, as bindings write it ("ctrl+s"), for texts."""
        return next(
            b.key.split(",")[0] for b in cls.BINDINGS if isinstance(b, Binding) and b.action == action
        )

    def __init__(self, session: PlanSession, template: Template) -> None:
        super().__init__()
        self.session = session
        self.template = template
        remembered = last_step(session.path)
        self.step_index = next((n for n, s in enumerate(template.steps) if s.id == remembered), 0)

    @property
    def step(self) -> Step:
        return self.template.steps[self.step_index]

    def compose(self) -> ComposeResult:
        yield Header()
        yield DraftLine(self.session)
        with Horizontal(id="plan-body"):
            yield StepList(self.template, self.session.plan)
            app = self.app
            hooks = app.process_hooks  # type: ignore[attr-defined]
            yield StepViews(self.template, self.session.plan, self.key_for, app.build_ahead, hooks)  # type: ignore[attr-defined]
            yield HelpPanel()
        yield KeyBar()

    @property
    def views(self) -> StepViews:
        return self.query_one(StepViews)

    def on_unmount(self) -> None:
        remember_step(self.session.path, self.step.id)
        self.app.process_hooks.steps_dropped()  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        self._show_title()
        # The frame (header, step list, footer) paints first, the step's inputs right after: on
        # start-up the app calls show_first_step after its first frame; a plan opened later
        # (from the picker) is past that.
        if self.app.first_frame_shown:  # type: ignore[attr-defined]
            self.call_after_refresh(self.show_first_step)
        self._opened()

    @work
    async def _opened(self) -> None:
        """Tell what the coach should know about the plan, and offer its drafts to recover."""
        from planner.tui.flows.opening import on_opening

        if await on_opening(self.app, self.session, self.template):
            await self.rebuild()
            self.query_one(DraftLine).write_now()
            self.notify(f"Draft recovered: save with {self.key_for('save')} to keep it.")

    # Showing steps

    def show_first_step(self) -> None:
        """Build and show the current step, the keyboard in its first answer, then the other
        steps in the background (nothing when the app is ending: it was quit on its first frame)."""
        if not self.is_attached:
            return
        self.show_step(self.step_index)
        self.views.focus(self.step.id)
        self.views.build_the_rest_later()

    def _show_title(self) -> None:
        self.title, self.sub_title = plan_titles(self.session)

    def show_step(self, index: int) -> None:
        """Make step `index` the current one: its questions, its help, its place in the list."""
        self.step_index = index
        self.views.show(index)
        self.query_one(HelpPanel).show_step(self.step)
        self.query_one(StepList).highlighted = index

    def go_to(self, step_id: str, field: str | None = None) -> None:
        """Show the step with this id, the keyboard in the answer to `field` (a record list for a
        path inside it, such as `cycles[2].start`), else in its first answer."""
        index = next((n for n, s in enumerate(self.template.steps) if s.id == step_id), None)
        if index is not None:
            self.show_step(index)
            self.views.focus(self.step.id, field)

    async def rebuild(self) -> None:
        """Drop every step's inputs and show the current step again from the plan (after a reload)."""
        await self.views.drop_all(self.session.plan)
        self.show_first_step()
        self.query_one(StepList).show_progress(self.session.plan)
        self._show_title()

    @on(StepList.Chosen)
    def _step_chosen(self, event: StepList.Chosen) -> None:
        event.stop()
        self.show_step(event.index)
        self.views.focus(self.step.id)

    # Named for ReviewView.GoToStep rather than decorated with it: the review's code loads only
    # when its step is first built.
    async def on_review_view_go_to_step(self, event: ReviewView.GoToStep) -> None:
        self.go_to(event.step_id, event.field)
        await self.views.built(self.step.id)

    # Answers

    def on_question_input_answer_changed(
        self, event: QuestionInput.AnswerChanged | RecordsEditor.AnswerChanged
    ) -> None:
        event.stop()
        self.session.accept(event.field)
        plan = self.session.plan
        if get_value(plan, event.field) == event.value:
            return
        set_value(plan, event.field, event.value)
        self.views.answers_changed()
        if event.field == "teachers":
            for cycle in plan.drop_departed_teachers():
                self.notify(f"Removed from cycle {cycle.title or cycle.id}: no longer on the roster.")
        self.session.changed()
        self._show_title()
        self.query_one(StepList).show_progress(plan)
        self.query_one(DraftLine).write_soon()

    # A record table's new list is taken like an input's answer. Handled by name, not with @on,
    # so that the screen imports no input before the first paint.
    on_records_editor_answer_changed = on_question_input_answer_changed

    def on_question_input_answer_refused(self, event: QuestionInput.AnswerRefused) -> None:
        """An input refused the answer typed: the save names it."""
        event.stop()
        self.session.refuse(event.field, event.label)

    # Moving

    async def action_next_step(self) -> None:
        if self.step_index < len(self.template.steps) - 1:
            await self._move_to(self.step_index + 1)

    async def action_previous_step(self) -> None:
        if self.step_index > 0:
            await self._move_to(self.step_index - 1)

    async def _move_to(self, index: int) -> None:
        """Next or previous: the keyboard follows into the new step, unless it is browsing the
        step list (an answer of the step left behind is hidden, and keys typed there are lost)."""
        self.show_step(index)
        if not self.query_one(StepList).has_focus:
            self.views.focus(self.step.id)
            await self.views.built(self.step.id)

    def action_go_to_step(self) -> None:
        self.remove_class("-show-help")
        self.query_one(StepList).focus()

    async def action_review(self) -> None:
        review = next((s.id for s in self.template.steps if s.kind == StepKind.REVIEW), None)
        if review:
            self.go_to(review)
            await self.views.built(self.step.id)

    def action_toggle_help(self) -> None:
        self.toggle_class("-show-help")

    # Flows (planner.tui.flows, imported on first use: only a coach who saves, compares or
    # exports pays for that code)

    def action_save(self) -> None:
        self.save()

    @work
    async def save(self, *, then_quit: bool = False) -> bool:
        """Save the plan (see planner.tui.flows.save); returns whether saved."""
        from planner.tui.flows.save import save

        outcome = await save(self.app, self.session, self.template, self.key_for("save"))
        if outcome.replaced:
            await self.rebuild()
        if outcome.keep_draft:
            self.query_one(DraftLine).write_now()
        if outcome.saved or outcome.reloaded:
            self.query_one(DraftLine).say(None)
            self._show_title()
        if outcome.saved and then_quit:
            self.app.exit()
        return outcome.saved

    def action_compare_step(self) -> None:
        self._compare(whole_plan=False)

    def action_all_changes(self) -> None:
        self._compare(whole_plan=True)

    @work
    async def _compare(self, *, whole_plan: bool) -> None:
        """Last year's answers to this step beside this year's, or every change since; a change
        chosen there takes the coach to its step."""
        from planner.tui.flows.last_year import compare_with_last_year
        from planner.tui.screens.compare_screen import ChangesScreen, StepCompareScreen

        comparison = await compare_with_last_year(self.app, self.session, self.template)
        if comparison is not None:
            shown = ChangesScreen(comparison) if whole_plan else StepCompareScreen(comparison, self.step)
            step_id = await self.app.push_screen_wait(shown)
            if step_id:
                self.go_to(step_id)

    def action_export(self) -> None:
        from planner.tui.flows.export import export_summary

        self.run_worker(export_summary(self.app, self.session))

    @work
    async def import_calendar(self) -> None:
        """A school calendar's days off into the dates to avoid (see planner.tui.flows.school_calendar),
        then the step that holds them."""
        from planner.tui.flows.school_calendar import import_school_calendar

        if await import_school_calendar(self.app, self.session):
            await self.rebuild()
            self.go_to(self.template.step_for_field("blackouts") or self.step.id, "blackouts")
            self.query_one(DraftLine).write_now()

    @work
    async def action_timeline(self) -> None:
        """The year at a glance; a cycle chosen there opens in the cycles step, its row selected."""
        from planner.calendar.year_chart import year_chart
        from planner.tui.screens.timeline_screen import TimelineScreen
        from planner.tui.widgets.records import RecordsEditor

        cycle_id = await self.app.push_screen_wait(TimelineScreen(year_chart(self.session.plan)))
        cycles = self.session.plan.cycles
        index = next((n for n, c in enumerate(cycles) if c.id == cycle_id), None)
        step_id = next(
            (s.id for s in self.template.steps if any(q.field == "cycles" for q in s.questions)), None
        )
        if index is None or step_id is None:
            return
        self.go_to(step_id, f"cycles[{index}]")
        await self.views.built(step_id)
        table = next(e.table for e in self.query(RecordsEditor) if e.field == "cycles")
        table.move_cursor(row=table.get_row_index(str(index)))

    @work
    async def action_fit(self, replan_all: bool = False) -> None:
        """Propose start dates (for the cycles with none, or every cycle); the coach accepts or
        rejects each in the fit screen, and the accepted ones change the plan."""
        from planner.calendar.fit import apply_fit, fit_plan
        from planner.tui.screens.fit_screen import FitScreen

        fit = fit_plan(self.session.plan, replan_all=replan_all)
        if not fit.proposals and not fit.unplaced:
            self.notify("Every cycle has a start date: re-plan them all from the command palette.")
            return
        changed = apply_fit(self.session.plan, await self.app.push_screen_wait(FitScreen(fit)) or [])
        if changed:
            self.session.changed()
            await self.rebuild()
            self.query_one(DraftLine).write_now()
            self.notify(
                f"New start dates for {len(changed)} of {len(fit.proposals)} cycles: save to keep them."
            )
