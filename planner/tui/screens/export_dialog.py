"""Exporting the summary for administrators from the planner: format, names or not, where to."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static


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
            yield Select(
                [("Markdown", "md"), ("HTML, print-ready", "html"), ("PDF", "pdf")],
                value="md",
                allow_blank=False,
                id="format",
            )
            yield Label("Teachers")
            yield Select(
                [("Not named: counts and grade bands only", False), ("Named", True)],
                value=False,
                allow_blank=False,
                id="names",
            )
            yield Static(
                "Coaching is not evaluation: by default the summary names no teacher.", classes="note"
            )
            if self.has_last_year:
                yield Label("Since last year")
                yield Select(
                    [("Add what changed since last year", True), ("This year only", False)],
                    value=True,
                    allow_blank=False,
                    id="compare",
                )
            yield Label("Save as")
            yield Input(str(self._default_path("md")), id="destination")
            with Horizontal():
                yield Button("Export", id="export", variant="primary")
                yield Button("Cancel", id="cancel")

    def _default_path(self, export_format: str) -> Path:
        return self.plan_path.with_name(f"{self.plan_path.stem}-summary.{export_format}")

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
