"""Small modal dialogs: a question with a few answers, a page of text to read, a line to type, and
the problems of a plan file that no longer reads (after a reload)."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from planner.plan_file import LockOwner
from planner.tui.screens.error_screen import ErrorScreen


class ChoiceDialog(ModalScreen[str]):
    """Asks one question; dismisses with the id of the answer chosen.

    Escape answers "cancel" when that is one of the answers; otherwise the coach must choose
    (escape never discards a draft by accident).
    """

    DEFAULT_CSS = """
    ChoiceDialog { align: center middle; }
    ChoiceDialog > Vertical {
        width: 70; max-width: 100%; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 1 2;
    }
    ChoiceDialog .dialog-title { text-style: bold; margin-bottom: 1; }
    ChoiceDialog .dialog-body { height: auto; max-height: 12; margin-bottom: 1; }
    ChoiceDialog Horizontal { height: auto; align-horizontal: right; }
    ChoiceDialog Button { margin-left: 1; min-width: 10; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, title: str, body: str, answers: list[tuple[str, str]]) -> None:
        """`answers` are (id, button label) pairs; the first is the default."""
        super().__init__()
        self.dialog_title = title
        self.body = body
        self.answers = answers

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.dialog_title, classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                # Not markup: a body quotes the plan (changes shown as [-old-]{+new+}).
                yield Static(self.body, markup=False)
            with Horizontal():
                for number, (answer_id, label) in enumerate(self.answers):
                    yield Button(label, id=answer_id, variant="primary" if number == 0 else "default")

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    @on(Button.Pressed)
    def _answered(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id)

    def action_cancel(self) -> None:
        if any(answer_id == "cancel" for answer_id, _ in self.answers):
            self.dismiss("cancel")
        else:
            self.app.bell()


class TextDialog(ModalScreen[None]):
    """A page of text to read (the differences between a draft and the file); escape closes it."""

    DEFAULT_CSS = """
    TextDialog { align: center middle; }
    TextDialog > Vertical {
        width: 100%; height: 100%; border: thick $primary; background: $surface; padding: 0 1;
    }
    TextDialog .dialog-title { text-style: bold; }
    TextDialog VerticalScroll { height: 1fr; }
    """
    BINDINGS = [Binding("escape,q", "dismiss", "Close", id="dialog.close")]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.dialog_title = title
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"{self.dialog_title}  (escape to close)", classes="dialog-title")
            with VerticalScroll():
                yield Static(self.text, markup=False, id="dialog-text")

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()


class AskText(ModalScreen[str | None]):
    """Asks for one line of text (a file path); dismisses with it, or None when cancelled."""

    DEFAULT_CSS = """
    AskText { align: center middle; }
    AskText > Vertical {
        width: 76; max-width: 100%; height: auto; border: thick $primary; background: $surface; padding: 0 1;
    }
    AskText .dialog-title { text-style: bold; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="ask.cancel")]

    def __init__(self, title: str, body: str, value: str = "") -> None:
        super().__init__()
        self.dialog_title = title
        self.body = body
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.dialog_title, classes="dialog-title")
            yield Static(self.body)
            yield Input(self.value)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


def lock_question(plan_path: Path, holder: LockOwner) -> tuple[str, str, list[tuple[str, str]]]:
    """The title, text and answers of the question asked when another planner holds the lock."""
    where = f"{holder.user} on {holder.host} (process {holder.pid}, since {holder.since})"
    running = holder.running
    if running:
        state = "That planner is still running. Open the plan read-only here, or quit it there first."
        answers = [("read_only", "Open read-only"), ("cancel", "Cancel")]
    elif running is None:
        state = "It runs on another computer: whether it still runs cannot be told from here."
        answers = [("read_only", "Open read-only"), ("take_over", "Take over…"), ("cancel", "Cancel")]
    else:
        state = "That planner is no longer running (it stopped without closing the plan)."
        answers = [("take_over", "Take over"), ("read_only", "Open read-only"), ("cancel", "Cancel")]
    body = (
        f"{plan_path.name} is open in another planner: {where}.\n{state}\n"
        "Read-only: you can look and type, but not save; your changes stay in your own draft."
    )
    return f"{plan_path.name} is already open", body, answers


class ReloadProblems(ErrorScreen):
    """The file no longer reads as a plan (after a reload): its problems, over the plan, whose
    work stays in memory and in its draft; escape goes back to it."""

    # Not the error screen's keys: both of those quit the planner.
    inherit_bindings = False
    BINDINGS = [Binding("q,escape", "leave", "Back to your plan", id="reload.back")]

    def compose(self) -> ComposeResult:
        yield Label(
            "Not reloaded: the file on disk no longer reads as a plan. Your plan here is unchanged "
            "and kept in its draft; escape goes back to it.",
            classes="error-next",
        )
        yield from super().compose()

    def action_leave(self) -> None:
        self.dismiss()
