"""The small modal screens: a question (yes or no among them), a page of text, a line to type, the
export's choices, a plan file's problems. Each dismisses with the coach's choice; none touches the plan."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from planner.export.formats import FORMAT_NAMES
from planner.plan_file import Problem, one_line

# The problems listed (each a widget); a file with thousands of problems shows the first ones and
# how many more, which `planner validate` lists in full.
SHOWN_PROBLEMS = 100


class ChoiceDialog(ModalScreen[str]):
    """Asks one question; dismisses with the id of the answer chosen. Escape answers `escape`
    ("cancel") when that is an answer, else the coach must choose (no draft is lost by accident);
    a key of `keys` answers the one it names; left and right move between the answers."""

    DEFAULT_CSS = """
    ChoiceDialog { align: center middle; }
    ChoiceDialog > Vertical {
        width: 70; max-width: 100%; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 1 2;
    }
    ChoiceDialog.-danger > Vertical { width: 60; border: thick $error; }
    ChoiceDialog .dialog-title { text-style: bold; margin-bottom: 1; }
    ChoiceDialog .dialog-body { height: auto; max-height: 12; margin-bottom: 1; }
    ChoiceDialog Horizontal { height: auto; align-horizontal: right; }
    ChoiceDialog Button { margin-left: 1; min-width: 10; }
    """
    BINDINGS = [
        Binding("escape", "escape", "Cancel", id="dialog.cancel"),
        Binding("left", "app.focus_previous", show=False),
        Binding("right", "app.focus_next", show=False),
    ]

    def __init__(
        self,
        title: str,
        body: str,
        answers: list[tuple[str, str]],
        *,
        default: str | None = None,
        danger: str | None = None,
        escape: str | None = "cancel",
        keys: dict[str, str] | None = None,
    ) -> None:
        """`answers` are (id, button label) pairs. `default` has the focus and the main colour
        (the first answer unless named); `danger` is drawn as the one that cannot be undone."""
        super().__init__(classes="-danger" if danger else "")
        self.dialog_title = title
        self.body = body
        self.answers = answers
        self.default = default or answers[0][0]
        self.danger = danger
        self.escape = escape if any(answer_id == escape for answer_id, _ in answers) else None
        self.keys = keys or {}

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.dialog_title, markup=False, classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                # Not markup: a body quotes the plan (changes shown as [-old-]{+new+}).
                yield Static(self.body, markup=False)
            with Horizontal():
                for answer_id, label in self.answers:
                    variant = "error" if answer_id == self.danger else "default"
                    yield Button(
                        label, id=answer_id, variant="primary" if answer_id == self.default else variant
                    )

    def on_mount(self) -> None:
        self.query_one(f"#{self.default}", Button).focus()

    def on_key(self, event: events.Key) -> None:
        if event.key in self.keys:
            event.stop()
            self.dismiss(self.keys[event.key])

    @on(Button.Pressed)
    def _answered(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id)

    def action_escape(self) -> None:
        if self.escape is None:
            self.app.bell()
        else:
            self.dismiss(self.escape)


def confirm(title: str, body: str, *, yes: str = "Yes", no: str = "No") -> ChoiceDialog:
    """A yes-or-no question before something that cannot be undone: dismisses with "yes" (y) or
    "no" (n or escape); "no" has the focus."""
    answers = [("yes", f"{yes} (y)"), ("no", f"{no} (n)")]
    keys = {"y": "yes", "n": "no"}
    return ChoiceDialog(title, body, answers, default="no", danger="yes", escape="no", keys=keys)


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


@dataclass(frozen=True)
class ExportRequest:
    """What the coach asked for: a format, whether to name teachers, and the file to write."""

    export_format: str
    include_names: bool
    destination: Path
    compare: bool


class ExportDialog(ModalScreen[ExportRequest | None]):
    """Asks how to export; naming teachers is off unless the coach ticks it, and says why."""

    DEFAULT_CSS = """
    ExportDialog { align: center middle; }
    ExportDialog > Vertical {
        width: 76; max-width: 100%; height: auto; border: thick $primary; background: $surface; padding: 0 1;
    }
    ExportDialog .dialog-title { text-style: bold; }
    ExportDialog .note { color: $text-muted; }
    ExportDialog Horizontal { height: auto; align-horizontal: right; }
    ExportDialog Button { margin-left: 1; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(self, plan_path: Path, has_last_year: bool) -> None:
        super().__init__()
        self.plan_path = plan_path
        self.has_last_year = has_last_year

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Export a summary for administrators", classes="dialog-title")
            yield Label("Format")
            formats = [(name, code) for code, name in FORMAT_NAMES.items()]
            yield Select(formats, value="md", allow_blank=False, id="format")
            yield Label("Teachers")
            names = [("Not named: counts and grade bands only", False), ("Named", True)]
            yield Select(names, value=False, allow_blank=False, id="names")
            yield Static(
                "Coaching is not evaluation: by default the summary names no teacher.", classes="note"
            )
            if self.has_last_year:
                yield Label("Since last year")
                since = [("Add what changed since last year", True), ("This year only", False)]
                yield Select(since, value=True, allow_blank=False, id="compare")
            yield Label("Save as")
            yield Input(str(self.plan_path.with_name(f"{self.plan_path.stem}-summary.md")), id="destination")
            with Horizontal():
                yield Button("Export", id="export", variant="primary")
                yield Button("Cancel", id="cancel")

    @on(Select.Changed, "#format")
    def _format_chosen(self, event: Select.Changed) -> None:
        destination = self.query_one("#destination", Input)
        destination.value = str(Path(destination.value).with_suffix(f".{event.value}"))

    @on(Button.Pressed, "#export")
    def _export(self) -> None:
        compare = self.query("#compare")
        self.dismiss(
            ExportRequest(
                export_format=str(self.query_one("#format", Select).value),
                include_names=self.query_one("#names", Select).value is True,
                destination=Path(self.query_one("#destination", Input).value.strip()),
                compare=bool(compare) and compare.first(Select).value is True,
            )
        )

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class ProblemList(VerticalScroll):
    """The problems of the plan file at `path`, each one line as `Problem` renders it (echoed
    values escaped: a line break or a terminal escape in a value cannot break or recolour the list)."""

    DEFAULT_CSS = """
    ProblemList { padding: 1 2; }
    ProblemList .error-title { text-style: bold; color: $text-error; margin-bottom: 1; }
    ProblemList .error-next { margin-top: 1; }
    """

    def __init__(self, path: str, problems: list[Problem]) -> None:
        super().__init__()
        self.path = path
        self.problems = problems

    def compose(self) -> ComposeResult:
        # Never markup: a path or an echoed value may hold square brackets.
        yield Label(f"✗ {one_line(self.path)} cannot be opened", classes="error-title", markup=False)
        for problem in self.problems[:SHOWN_PROBLEMS]:
            yield Static(f"• {problem}", classes="error-problem", markup=False)
        hidden = len(self.problems) - SHOWN_PROBLEMS
        if hidden > 0:
            yield Static(f"• and {hidden} more", classes="error-problem", markup=False)
        yield Static(
            "The file was not changed. Fix these lines in a text editor (`planner validate "
            "FILE` lists them again), then open the plan once more.",
            classes="error-next",
            markup=False,
        )


class ReloadProblems(ModalScreen[None]):
    """The file no longer reads as a plan (after a reload): its problems, over the plan, whose
    work stays in memory and in its draft; escape goes back to it."""

    DEFAULT_CSS = """
    ReloadProblems > Vertical { border: thick $error; background: $surface; }
    ReloadProblems .error-next { padding: 0 1; }
    """
    BINDINGS = [Binding("q,escape", "dismiss", "Back to your plan", id="reload.back")]

    def __init__(self, path: str, problems: list[Problem]) -> None:
        super().__init__()
        self.path = path
        self.problems = problems

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(
                "Not reloaded: the file on disk no longer reads as a plan. Your plan here is "
                "unchanged and kept in its draft; escape goes back to it.",
                classes="error-next",
            )
            yield ProblemList(self.path, self.problems)
