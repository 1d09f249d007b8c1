"""The planning screen: the step list, the current step's questions and its help.

This screen owns the plan while it is edited: inputs post `AnswerChanged`, and only this screen
writes the answer into the plan, marks it unsaved and schedules the draft.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Static

from planner.model import get_value, set_value
from planner.plan_file import (
    ChangedOnDiskError,
    DraftWritten,
    PlanFileError,
    created_note,
    lines_named,
    why_not_written,
)
from planner.questions import Step, StepKind, Template
from planner.tui.keys_in_order import handled
from planner.tui.messages import AnswerChanged, GoToStep
from planner.tui.session import PlanSession, ReadOnlyError, Recovery
from planner.tui.session_state import last_step, remember_step
from planner.tui.widgets.help_panel import HelpPanel
from planner.tui.widgets.key_bar import KeyBar
from planner.tui.widgets.step_list import StepList

if TYPE_CHECKING:
    from pathlib import Path

    from planner.tui.widgets.review_view import ReviewView
    from planner.tui.widgets.step_view import StepView

# Seconds of quiet after a change before the draft is written.
DRAFT_DELAY = 2.0
# After the first step shows, the other steps' inputs are built one by one, hidden, in the
# background: first this delay, then this interval between two steps.
BUILD_AHEAD_DELAY = 0.5
BUILD_AHEAD_INTERVAL = 0.05


# From this many columns the help stands beside the questions (below it, it shows only with F1).
WIDE = 110


def draft_trouble(written: DraftWritten | None) -> str | None:
    """What the coach is told when a draft could not go beside the plan (None: all is well)."""
    if written is None or written.refused is None:
        return None
    if written.path is None:
        return f"⚠ no draft written anywhere ({written.refused}): your changes are only on this screen"
    home = str(Path.home())
    where = str(written.path.parent)
    where = "~" + where[len(home) :] if where.startswith(home + "/") else where
    return f"⚠ draft not written beside the plan ({written.refused}), kept in {where}/"


class PlanScreen(Screen[None]):
    # The draft's trouble, when there is some: a line under the header that covers no field.
    DEFAULT_CSS = """
    PlanScreen #draft-trouble { height: auto; display: none; color: $text-warning; padding: 0 1; }
    PlanScreen #draft-trouble.-shown { display: block; }
    """
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (WIDE, "-wide")]
    # Priority bindings use keys no input of Textual's binds (ctrl+d, ctrl+e and F7 edit text
    # there); ctrl+p is Textual's command palette and ctrl+b is tmux's prefix.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="plan.save", priority=True),
        Binding("ctrl+n", "next_step", "Next", id="plan.next_step", priority=True),
        Binding("ctrl+o", "previous_step", "Back", id="plan.previous_step", priority=True),
        # F8 and F7 as well, as in earlier versions: not priority bindings, so F7 still selects
        # all the text of a prose answer.
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
        self._draft_timer: Timer | None = None
        # Each answer bumps the revision; a step view shown again refreshes only if it is behind.
        self._revision = 0
        self._shown_at: dict[str, int] = {}
        self._views: dict[str, StepView | ReviewView] = {}
        self._rebuilding = False
        # Built the first time the help is to show (see _build_help_when_shown).
        self._help: HelpPanel | None = None
        # What the draft line says now: it changes only when the draft's trouble does.
        self._draft_said: str | None = None

    @property
    def step(self) -> Step:
        return self.template.steps[self.step_index]

    @property
    def at_last_step(self) -> bool:
        return self.step_index == len(self.template.steps) - 1

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="draft-trouble", markup=False)
        with Horizontal(id="plan-body"):
            yield StepList(self.template, self.session.plan)
            # The step views, one shown at a time (not a ContentSwitcher: its `current` repaints the
            # whole area on every switch, and the view shown repaints it anyway).
            yield Container(id="steps")
            # The help is built when it first shows: a narrow terminal may never need it.
            if self.app.size.width >= WIDE:
                self._help = HelpPanel()
                yield self._help
        yield KeyBar()

    def on_unmount(self) -> None:
        remember_step(self.session.path, self.step.id)
        gc.unfreeze()  # see _build_ahead: what the screen held may be collected again

    def on_mount(self) -> None:
        self._show_title()
        # The frame (header, step list, footer) paints first, the step's inputs right after: on
        # start-up the app calls show_first_step after its first frame; a plan opened later
        # (from the picker) is past that.
        if self.app.first_frame_shown:  # type: ignore[attr-defined]
            self.call_after_refresh(self.show_first_step)
        if self.session.migrated_from:
            self.notify(
                f"This plan was in format {self.session.migrated_from}; it will be saved in the "
                "current format when you save.",
                timeout=8,
            )
        if self.session.comment_lines:
            self.notify(
                f"{self.session.path.name} has comments ({lines_named(self.session.comment_lines)}). "
                "The planner keeps none: saving here drops them, so copy any you need first.",
                title="Comments are not kept",
                severity="warning",
                timeout=12,
            )
        if not self.session.read_only:
            offers, moved = self.session.drafts_to_offer(self.template)
            for aside in moved:
                self.notify(
                    f"A draft of {self.session.path.name} could not be read ({aside.reason}); "
                    f"it is kept, moved aside, as {aside.path}",
                    title="Unreadable draft",
                    severity="warning",
                    timeout=15,
                )
            if offers:
                self.offer_recovery(offers)

    # Showing steps

    def show_first_step(self) -> None:
        """Build and show the current step, the keyboard in its first answer, then the other
        steps in the background (nothing when the app is ending: it was quit on its first frame)."""
        if not self.is_attached:
            return
        self.show_step(self.step_index)
        self.focus_step()
        if self.app.build_ahead:  # type: ignore[attr-defined]
            self.set_timer(BUILD_AHEAD_DELAY, self._build_ahead)

    def _show_title(self) -> None:
        plan = self.session.plan
        self.title = f"planner · {plan.school_year or 'new plan'}"
        state = "● unsaved changes" if self.session.unsaved else "saved"
        if self.session.read_only:
            state = "read-only · ● unsaved" if self.session.unsaved else "read-only"
        self.sub_title = f"{self.session.path.name} · {state}"

    def _view_for(self, index: int, *, hidden: bool = False) -> StepView | ReviewView:
        step = self.template.steps[index]
        view = self._views.get(step.id)
        if view is not None:
            return view
        # Imported on first use: the frame paints before any step's widgets are loaded.
        from planner.tui.widgets.review_view import ReviewView
        from planner.tui.widgets.step_view import StepView

        plan = self.session.plan
        if step.kind == StepKind.REVIEW:
            keys = (
                f"Last year: {self.key_for('compare_step')}, then a for every change · "
                f"Export for administrators: {self.key_for('export')}"
            )
            view = ReviewView(step, self.template, plan, index + 1, keys)
        else:
            view = StepView(step, plan, index + 1)
        self._views[step.id] = view
        self._shown_at[step.id] = self._revision
        view.display = not hidden
        self.query_one("#steps").mount(view)
        return view

    def _build_ahead(self) -> None:
        """Build the next step not built yet, hidden, so that the coach's first visit is quick."""
        if self._rebuilding or not self.is_attached:
            # Rebuilding (the build starts again after it), or the app is ending (no more mounts).
            return
        missing = next((n for n, s in enumerate(self.template.steps) if s.id not in self._views), None)
        if missing is not None:
            self._view_for(missing, hidden=True)
            self.set_timer(BUILD_AHEAD_INTERVAL, self._build_ahead)
        else:
            # Every step is built: the objects made so far (Textual's and the plan's) live as long
            # as the screen. Set aside from the garbage collector, they no longer stall a keypress
            # now and then while it walks them all (50-100 ms on a large plan).
            gc.freeze()

    def show_step(self, index: int) -> None:
        """Make step `index` the current one: its questions, its help, its place in the list."""
        self.step_index = index
        view = self._view_for(index)
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
        if self._help is not None:
            self._help.show_step(self.step)
        self.query_one(StepList).highlighted = index

    def go_to(self, step_id: str, field: str | None = None) -> None:
        """Show the step with this id, the keyboard in the answer to `field` (a record list for a
        path inside it, such as `cycles[2].start`), else in its first answer."""
        index = next((n for n, s in enumerate(self.template.steps) if s.id == step_id), None)
        if index is None:
            return
        self.show_step(index)
        self.focus_step(field)

    def focus_step(self, field: str | None = None) -> None:
        """Put the keyboard in the current step's answer to `field`, else its first answer (once
        its inputs are built)."""
        from planner.tui.widgets.step_view import focus_answer

        view = self._views[self.step.id]
        if view.is_mounted:
            focus_answer(view, field)
        else:
            view.focus_when_mounted = field or ""

    async def rebuild(self) -> None:
        """Drop every step's inputs and show the current step again from the plan (after a reload)."""
        self._rebuilding = True
        gc.unfreeze()  # the views dropped here may be collected (frozen again once rebuilt)
        self._views.clear()
        self._shown_at.clear()
        await self.query_one("#steps").remove_children()
        self._rebuilding = False
        self.show_first_step()
        self.query_one(StepList).show_progress(self.session.plan)
        self._show_title()

    @on(StepList.Chosen)
    def _step_chosen(self, event: StepList.Chosen) -> None:
        event.stop()
        self.show_step(event.index)
        self.focus_step()

    @on(GoToStep)
    async def _review_item_chosen(self, event: GoToStep) -> None:
        self.go_to(event.step_id, event.field)
        await self._step_built()

    # Answers

    @on(AnswerChanged)
    def _answered(self, event: AnswerChanged) -> None:
        event.stop()
        plan = self.session.plan
        if get_value(plan, event.field) == event.value:
            return
        set_value(plan, event.field, event.value)
        self._revision += 1
        if event.field == "teachers":
            self._drop_departed_teachers()
        self.session.changed()
        self._show_title()
        self.query_one(StepList).show_progress(plan)
        if self._draft_timer is not None:
            self._draft_timer.stop()
        self._draft_timer = self.set_timer(DRAFT_DELAY, self.keep_draft)

    def _drop_departed_teachers(self) -> None:
        roster = {t.id for t in self.session.plan.teachers}
        for cycle in self.session.plan.cycles:
            kept = [t for t in cycle.teachers if t in roster]
            if kept != cycle.teachers:
                cycle.teachers = kept
                self.notify(f"Removed from cycle {cycle.title or cycle.id}: no longer on the roster.")

    def keep_draft(self) -> None:
        """Write the draft now (if anything is unsaved), and say where when not beside the plan."""
        written = self.session.keep_draft()
        if written is not None:
            self._say_draft_trouble(draft_trouble(written))

    def _say_draft_trouble(self, trouble: str | None) -> None:
        """Show the draft's trouble under the header (once: again only when it changes)."""
        if trouble == self._draft_said:
            return
        self._draft_said = trouble
        line = self.query_one("#draft-trouble", Static)
        line.update(trouble or "")
        line.set_class(trouble is not None, "-shown")

    # Actions

    async def action_next_step(self) -> None:
        if not self.at_last_step:
            await self._move_to(self.step_index + 1)

    async def action_previous_step(self) -> None:
        if self.step_index > 0:
            await self._move_to(self.step_index - 1)

    async def _move_to(self, index: int) -> None:
        """Next or previous: the keyboard follows into the new step, unless it is browsing the
        step list (an answer of the step left behind is hidden, and keys typed there are lost)."""
        self.show_step(index)
        if not self.query_one(StepList).has_focus:
            self.focus_step()
            await self._step_built()

    async def _step_built(self) -> None:
        """Return once the current step's inputs are built, and so the keyboard in them.

        The app hands out the keys typed after a step change only once its action returns (see
        planner.tui.keys_in_order): they then land in the new step, not in the one left behind.
        """
        view = self._views[self.step.id]
        if not view.is_mounted:
            await handled([view])

    def action_first_step(self) -> None:
        self.show_step(0)

    def action_go_to_step(self) -> None:
        self.remove_class("-show-help")
        self.query_one(StepList).focus()

    async def action_review(self) -> None:
        review = next((s.id for s in self.template.steps if s.kind == StepKind.REVIEW), None)
        if review:
            self.go_to(review)
            await self._step_built()

    def action_toggle_help(self) -> None:
        self.toggle_class("-show-help")
        self._build_help_when_shown()

    def on_resize(self) -> None:
        self._build_help_when_shown()

    def _build_help_when_shown(self) -> None:
        """Build the help panel the first time it is to show (wide, unless hidden with F1; narrow,
        when asked for)."""
        shown = self.has_class("-wide") != self.has_class("-show-help")
        if shown and self._help is None:
            self._help = HelpPanel()
            self.query_one("#plan-body").mount(self._help)
            self._help.show_step(self.step)

    def action_save(self) -> None:
        self.save()

    @work
    async def save(self, *, then_quit: bool = False) -> bool:
        """Save the plan; asks what to do when the file changed on disk. Returns whether saved."""
        # A conflict means the file is there: the overwrite below creates no folder.
        created: tuple[Path, ...] = ()
        try:
            created = self.session.save()
        except ChangedOnDiskError:
            if await self._resolve_changed_on_disk() != "overwrite" or not self._overwrite():
                return False
        except ReadOnlyError:
            kept = " Your changes are kept in your own draft." if self.session.unsaved else ""
            self.notify(
                f"Not saved: {self.session.path.name} is open read-only (another planner has it open).{kept}",
                severity="error",
                timeout=10,
            )
            self.keep_draft()
            return False
        except PlanFileError as error:
            for problem in error.problems[:5]:
                self.notify(str(problem), title="Not saved", severity="error", timeout=10)
            return False
        except OSError as error:
            self.notify(
                f"Not saved: {why_not_written(self.session.path, error)}", severity="error", timeout=10
            )
            return False
        self._saved(created, then_quit=then_quit)
        return True

    def _overwrite(self) -> bool:
        """Save over the file on disk (the coach chose to); whether it was saved."""
        try:
            self.session.save(overwrite=True)
        except (PlanFileError, OSError) as error:
            reason = (
                error.problems[0]
                if isinstance(error, PlanFileError)
                else why_not_written(self.session.path, error)
            )
            self.notify(f"Not saved: {reason}", severity="error", timeout=10)
            return False
        return True

    def _saved(self, created: tuple[Path, ...], *, then_quit: bool) -> None:
        self._show_title()
        self._say_draft_trouble(None)
        # The path as given when folders were made, so that the message shows where they are.
        saved = self.session.path if created else self.session.path.name
        self.notify(f"Saved {saved}{created_note(created)}")
        refused = [str(field.spec.label) for field in self.query(".question.-invalid")]
        if refused:
            self.notify(
                f"Not in the saved plan, because not valid: {', '.join(refused)}. "
                "The plan keeps the last valid answer.",
                severity="warning",
                timeout=10,
            )
        if then_quit:
            self.app.exit()

    async def _resolve_changed_on_disk(self) -> str:
        """The file changed on disk since it was read: show what changed there, in plan terms,
        and merge (the default), reload (the coach's version stays a draft), overwrite, or
        cancel. Returns the answer (overwriting is left to the caller)."""
        try:
            changes = self.session.changes_on_disk(self.template)
        except PlanFileError as error:
            changes = f"It no longer reads as a plan: {error.problems[0]}"
        answer = await self._ask(
            "The file changed on disk",
            f"{self.session.path} was changed by someone or something else since you opened "
            f"it. What changed there:\n\n{changes}\n"
            "Merge takes in their changes and keeps yours (answers you both changed keep "
            "yours and are listed). Reload shows theirs and keeps yours as a draft. Overwrite "
            "replaces their changes with your plan.",
            [("merge", "Merge"), ("cancel", "Cancel"), ("reload", "Reload"), ("overwrite", "Overwrite")],
        )
        if answer == "merge":
            await self._merge_with_disk()
        elif answer == "reload":
            await self._reload()
        return answer

    async def _merge_with_disk(self) -> None:
        try:
            merged = self.session.merge_with_disk(self.template)
        except PlanFileError as error:
            self.keep_draft()
            await self._show_reload_problems(error)
            return
        await self.rebuild()
        self.keep_draft()
        if merged.conflicts:
            await self._show_text(
                "Merged: answers you both changed (yours kept)",
                "Both you and the file changed these answers; the plan keeps yours. Check "
                "them, then save:\n\n" + "\n".join(f"• {c}" for c in merged.conflicts),
            )
        else:
            self.notify(f"Merged with the file on disk: save with {self.key_for('save')} to keep it.")

    async def _reload(self) -> None:
        """Read the file again; the coach's version stays on disk as a draft, offered when the
        plan is next opened. A file that no longer reads shows its problems instead."""
        try:
            self.session.reload()
        except PlanFileError as error:
            self.keep_draft()
            await self._show_reload_problems(error)
            return
        except OSError as error:
            self.notify(f"Not reloaded: {error}", severity="error", timeout=10)
            return
        await self.rebuild()
        self._say_draft_trouble(None)
        self.notify(
            "Reloaded. Your version is kept as a draft: the planner offers it when you open "
            "the plan again, until you discard it.",
            timeout=10,
        )

    async def _show_reload_problems(self, error: PlanFileError) -> None:
        from planner.tui.screens.dialogs import ReloadProblems

        await self.app.push_screen_wait(ReloadProblems(str(self.session.path), error.problems))

    async def _show_text(self, title: str, text: str) -> None:
        from planner.tui.screens.dialogs import TextDialog

        await self.app.push_screen_wait(TextDialog(title, text))

    async def _ask(self, title: str, body: str, answers: list[tuple[str, str]]) -> str:
        """The id of the answer the coach chooses in a dialog (see ChoiceDialog)."""
        # Imported here, as TextDialog below: a session without a dialog never loads them.
        from planner.tui.screens.dialogs import ChoiceDialog

        return await self.app.push_screen_wait(ChoiceDialog(title, body, answers))

    @work
    async def offer_recovery(self, offers: list[Recovery]) -> None:
        """Ask, draft by draft (newest first), what to do with drafts that hold work the file
        lacks: recover, see the differences, discard, or keep it for later."""
        for offer in offers:
            if await self._offer(offer):
                return

    async def _offer(self, offer: Recovery) -> bool:
        """Ask about one draft; whether it was recovered."""
        while True:
            answer = await self._ask("Recover your draft?", self._offer_text(offer), self._offer_answers())
            if answer != "diff":
                break
            changes = self._describe(offer)
            await self._show_text("What recovering the draft changes in the file", changes)
        if answer == "recover":
            self.session.recover(offer)
            await self.rebuild()
            self.keep_draft()
            self.notify(f"Draft recovered: save with {self.key_for('save')} to keep it.")
            if offer.conflicts:
                await self._show_text(
                    "Answers the draft and the file both changed", self._conflicts_text(offer)
                )
            return True
        if answer == "discard":
            self.session.discard(offer)
        return False

    @staticmethod
    def _offer_answers() -> list[tuple[str, str]]:
        return [
            ("recover", "Recover"),
            ("diff", "Show differences"),
            ("discard", "Discard"),
            ("cancel", "Later"),
        ]

    def _offer_text(self, offer: Recovery) -> str:
        draft = offer.draft
        who = ""
        if draft.owner is not None:
            who = f" by the planner that ran as process {draft.owner.pid} on {draft.owner.host}"
        lines = [
            f"A draft of {self.session.path.name}{who}, last written {draft.written:%Y-%m-%d %H:%M}, "
            "holds changes that were never saved (the planner was closed or the connection "
            f"dropped). It is {draft.path}."
        ]
        if offer.merged:
            lines.append(
                "The file changed since the draft began: recovering merges the two, record by record."
            )
        if offer.conflicts:
            lines.append(self._conflicts_text(offer))
        lines.append("Later keeps the draft as it is, to be offered next time.")
        return "\n".join(lines)

    @staticmethod
    def _conflicts_text(offer: Recovery) -> str:
        return (
            "Both the draft and the file changed these answers; recovering keeps the draft's:\n"
            + "\n".join(f"• {conflict}" for conflict in offer.conflicts)
        )

    def _describe(self, offer: Recovery) -> str:
        from planner.tui.session import describe_changes

        text = describe_changes(self.session.plan, offer.plan, self.template)
        return text + ("\n" + self._conflicts_text(offer) if offer.conflicts else "")

    @work
    async def request_quit(self) -> None:
        """Quit, asking first when there are unsaved changes."""
        if not self.session.unsaved:
            self.app.exit()
            return
        if self.session.read_only:
            # Nothing is saved from a read-only session: its changes can only stay in its draft.
            body = f"{self.session.path.name} is open read-only: your changes can be kept as a draft."
            answers = [
                ("keep", "Quit, keep the draft"),
                ("discard", "Quit, drop the changes"),
                ("cancel", "Cancel"),
            ]
        else:
            body = f"{self.session.path.name} has changes that are not saved."
            answers = [("save", "Save and quit"), ("discard", "Quit without saving"), ("cancel", "Cancel")]
        answer = await self._ask("Save your changes?", body, answers)
        if answer == "save":
            self.save(then_quit=True)
        elif answer == "keep":
            self.app.exit()
        elif answer == "discard":
            self.session.unsaved = False
            self.session.forget_draft()
            self.app.exit()

    # Last year, and the summary for administrators (flows in planner.tui.actions, imported on
    # first use: only a coach who compares or exports pays for that code)

    def action_compare_step(self) -> None:
        from planner.tui.actions.last_year import compare_with_last_year

        self.run_worker(compare_with_last_year(self, whole_plan=False))

    def action_all_changes(self) -> None:
        from planner.tui.actions.last_year import compare_with_last_year

        self.run_worker(compare_with_last_year(self, whole_plan=True))

    def action_export(self) -> None:
        from planner.tui.actions.export import export_summary

        self.run_worker(export_summary(self))
