"""Choosing a plan when `planner` is started without one: the plans found here, or a new one."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Header, Label, OptionList
from textual.widgets.option_list import Option

from planner.tui.widgets.key_bar import KeyBar


class PlanPicker(Screen[Path]):
    """Dismisses with the path of the plan to open (an existing one, or a new file's)."""

    DEFAULT_CSS = """
    PlanPicker Vertical { padding: 1 2; }
    PlanPicker .picker-title { text-style: bold; margin-bottom: 1; }
    PlanPicker OptionList { height: auto; max-height: 1fr; }
    """
    BINDINGS = [Binding("q,escape", "app.quit", "Quit", id="picker.quit")]

    def __init__(self, plans: list[Path], new_plan: Path) -> None:
        super().__init__()
        self.plans = plans
        self.new_plan = new_plan

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical():
            yield Label("Open a plan, or start a new one", classes="picker-title")
            options = [Option(str(p), id=str(p)) for p in self.plans]
            options.append(Option(f"+ New plan: {self.new_plan}", id=str(self.new_plan)))
            yield OptionList(*options)
        yield KeyBar()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(Path(event.option.id or ""))
