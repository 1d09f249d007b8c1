"""Shown instead of the plan when its file holds merge-conflict markers: each conflicted answer with
both sides in plan terms, a side kept for each, and the settled plan saved only once all are.

The conflicts and the settled plan come from planner.git.settle; this screen lays them out and
writes the file (atomically, and only if it still holds what was read). It dismisses with True
once the plan is saved (the app then opens it), False when the coach leaves with nothing written.

| key | does |
| --- | --- |
| o / t | keep our side / their side of the focused answer |
| b | keep both (prose only: ours, then theirs, as two paragraphs) |
| up / down | move between answers |
| ctrl+s | save, once every answer is settled |
| escape | leave, writing nothing (asking first once a side is kept) |
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, Static

from planner.git.settle import ConflictedAnswer, ConflictedPlan, Keep, UnsettledError, settle
from planner.plan_file import Fingerprint, one_line, why_not_written, write_atomically
from planner.tui.flows.leave_conflicts import may_leave_conflicts
from planner.tui.widgets.key_bar import KeyBar

# The widest the column of side names gets.
_NAME_COLUMN = 24


class AnswerChoice(Vertical, can_focus=True):
    """One conflicted answer: where it is, both sides, and the side kept (none yet at first)."""

    DEFAULT_CSS = """
    AnswerChoice { height: auto; padding: 0 1; margin-bottom: 1; border-left: tall $panel; }
    AnswerChoice:focus { border-left: tall $accent; background: $boost; }
    AnswerChoice.-settled { border-left: tall $success; }
    AnswerChoice.-settled:focus { border-left: tall $accent; }
    AnswerChoice .side { height: auto; }
    AnswerChoice .side-value { width: 1fr; }
    AnswerChoice .both { color: $text-muted; padding-left: 2; }
    """

    kept: reactive[Keep | None] = reactive(None, init=False)

    def __init__(self, answer: ConflictedAnswer, ours_name: str, theirs_name: str) -> None:
        super().__init__()
        self.answer = answer
        self.side_names = (ours_name, theirs_name)

    def compose(self) -> ComposeResult:
        answer, names = self.answer, self.side_names
        where = f"{answer.where}: " if answer.where else ""
        self.where = f"  {answer.step} · {where}{answer.label}"
        yield Static(self._state(), classes="state", markup=False)
        # A long branch name wraps in its column rather than squeeze the values.
        width = min(max(len(name) for name in names) + 6, _NAME_COLUMN)
        for key, name, value in (("o", names[0], answer.ours), ("t", names[1], answer.theirs)):
            with Horizontal(classes="side"):
                # The name in a column of its own: a long value wraps under itself, not under it.
                label = Static(f"  {key} {name}:", classes=f"side-name {key}", markup=False)
                label.styles.width = width
                yield label
                yield Static(one_line(value), classes="side-value", markup=False)
        if answer.can_keep_both:
            yield Static("b keep both, ours first", classes="both", markup=False)

    def _state(self) -> Text:
        ours, theirs = self.side_names
        kept = {"ours": f"keeps {ours}", "theirs": f"keeps {theirs}", "both": "keeps both"}
        # The state in words: no meaning rests on colour alone.
        if self.kept is None:
            text = Text("? not settled", style="bold yellow")
        else:
            text = Text(f"✓ {kept[self.kept]}", style="bold green")
        return text.append(self.where, style="bold")

    def watch_kept(self, kept: Keep | None) -> None:
        self.set_class(kept is not None, "-settled")
        self.query_one(".state", Static).update(self._state())
        for key, side in (("o", "ours"), ("t", "theirs")):
            chosen = kept in (side, "both")
            self.query_one(f".side-name.{key}", Static).set_class(chosen, "-kept")
            self.query_one(f".side-name.{key}", Static).update(
                f"{'▶' if chosen else ' '} {key} {self.side_names[0 if side == 'ours' else 1]}:"
            )


class ConflictScreen(Screen[bool]):
    """The conflicts of the plan at `path`, read as `conflicted` from exactly the bytes `read`."""

    DEFAULT_CSS = """
    ConflictScreen .conflict-title { text-style: bold; padding: 0 1; color: $text-warning; }
    ConflictScreen .conflict-count { padding: 0 1; }
    ConflictScreen #answers { height: 1fr; padding: 1 0 0 0; }
    """
    BINDINGS = [
        Binding("o", "keep('ours')", "Keep ours", id="conflicts.keep_ours"),
        Binding("t", "keep('theirs')", "Keep theirs", id="conflicts.keep_theirs"),
        # Shown beside each prose answer instead: the bar keeps room for save and leave at 60 columns.
        Binding("b", "keep('both')", "Keep both", show=False, id="conflicts.keep_both"),
        Binding("down", "app.focus_next", "Next", show=False, id="conflicts.next"),
        Binding("up", "app.focus_previous", "Previous", show=False, id="conflicts.previous"),
        Binding("ctrl+s", "save", "Save", id="conflicts.save"),
        Binding("escape", "leave", "Leave", id="conflicts.leave"),
    ]

    def __init__(self, path: Path, conflicted: ConflictedPlan, read: Fingerprint) -> None:
        super().__init__()
        self.path = path
        self.conflicted = conflicted
        self.read = read

    def compose(self) -> ComposeResult:
        count = len(self.conflicted.answers)
        ours, theirs = self.conflicted.ours_name, self.conflicted.theirs_name
        yield Header()
        yield Static(
            f"{one_line(self.path.name)}: a merge left {count} answer{'' if count == 1 else 's'} "
            f"in conflict ({one_line(ours)} and {one_line(theirs)})",
            classes="conflict-title",
            markup=False,
        )
        yield Static(self._count_text(), classes="conflict-count", markup=False)
        with VerticalScroll(id="answers", can_focus=False):
            for answer in self.conflicted.answers:
                yield AnswerChoice(answer, one_line(ours), one_line(theirs))
        yield KeyBar()

    def on_mount(self) -> None:
        choices = self.query(AnswerChoice)
        if choices:
            choices.first().focus()

    def _choices(self) -> list[AnswerChoice]:
        return list(self.query(AnswerChoice))

    def _count_text(self) -> str:
        settled = sum(choice.kept is not None for choice in self._choices()) if self.is_mounted else 0
        return (
            f"{settled} of {len(self.conflicted.answers)} settled. Keep a side of each; ctrl+s "
            "then saves the plan, escape leaves it as it is. Nothing is written before."
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keep both only where the focused answer is prose."""
        if action == "keep" and parameters == ("both",):
            focused = self.focused
            return isinstance(focused, AnswerChoice) and focused.answer.can_keep_both
        return True

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def action_keep(self, side: Keep) -> None:
        focused = self.focused
        if not isinstance(focused, AnswerChoice):
            return
        focused.kept = side
        self.query_one(".conflict-count", Static).update(self._count_text())
        unsettled = next((c for c in self._choices() if c.kept is None), None)
        if unsettled is not None and unsettled is not focused:
            unsettled.focus()

    def action_save(self) -> None:
        unsettled = [c for c in self._choices() if c.kept is None]
        if unsettled:
            unsettled[0].focus()
            self.app.notify(
                f"{len(unsettled)} still to settle; nothing was written.",
                title="Not saved",
                severity="warning",
            )
            return
        choices = {c.answer.key: c.kept for c in self._choices() if c.kept is not None}
        try:
            text = settle(self.conflicted, choices)
        except UnsettledError as error:
            self.app.notify(f"{error}; nothing was written.", title="Not saved", severity="error")
            return
        if not self.read.same_content(Fingerprint.of(self.path)):
            self.app.notify(
                f"{self.path.name} changed on disk since it was opened; nothing was written. "
                "Leave and open it again.",
                title="Not saved",
                severity="error",
            )
            return
        try:
            write_atomically(self.path, text)
        except OSError as error:
            self.app.notify(why_not_written(self.path, error), title="Not saved", severity="error")
            return
        self.dismiss(True)

    def action_leave(self) -> None:
        self.run_worker(self._leave(), exclusive=True)

    async def _leave(self) -> None:
        """Leave, writing nothing (see planner.tui.flows.leave_conflicts)."""
        chosen = sum(choice.kept is not None for choice in self._choices())
        if await may_leave_conflicts(self.app, chosen):
            self.dismiss(False)
