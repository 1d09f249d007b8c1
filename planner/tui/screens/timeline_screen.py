"""The year at a glance: the plan's weeks across, its windows, cycles and dates to avoid down, and
the count of cycles each week against capacity; enter on a cycle's row opens that cycle.

The chart comes from planner.calendar.year_chart (the same text `planner timeline` prints); this
screen lays it out at the terminal's width and says which row was chosen.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from planner.calendar.year_chart import OVER, YearChart, chart_lines
from planner.tui.widgets.key_bar import KeyBar

# The modal's border, the list's padding and its scroll bar take these columns from the width.
_FRAME = 5


class TimelineScreen(ModalScreen[str | None]):
    """The year chart; dismisses with the id of the cycle whose row is chosen (None: closed).

    | Key | Does |
    | --- | --- |
    | up, down | move between the cycles' rows |
    | enter | open the cycle in the cycles step |
    | escape, q | close |
    """

    DEFAULT_CSS = """
    TimelineScreen { align: center middle; }
    TimelineScreen > Vertical { width: 100%; height: 100%; background: $surface; border: thick $primary; }
    TimelineScreen .timeline-title { text-style: bold; padding: 0 1; }
    TimelineScreen .timeline-months, TimelineScreen .timeline-legend { padding: 0 1; color: $text-muted; }
    TimelineScreen OptionList, TimelineScreen OptionList:focus {
        height: auto; max-height: 1fr; border: none; padding: 0 1; scrollbar-size-vertical: 1;
    }
    """
    BINDINGS = [Binding("escape,q", "close", "Close", id="timeline.close")]

    def __init__(self, chart: YearChart | None) -> None:
        super().__init__()
        self.chart = chart

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("The year at a glance: enter opens a cycle", classes="timeline-title")
            if self.chart is None:
                yield Static("Nothing is dated yet: add windows, dates to avoid or cycle starts.")
            else:
                yield Static(classes="timeline-months")
                yield OptionList()
                yield Static(classes="timeline-legend")
        yield KeyBar()

    def on_mount(self) -> None:
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        """Lay the chart out at the width the screen has now, keeping the highlighted row."""
        if self.chart is None:
            return
        lines = chart_lines(self.chart, max(self.app.size.width - _FRAME, 40))
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        options.clear_options()
        for row, text in lines[1:-1]:
            assert row is not None
            styled = Text(text, style="bold red" if row.kind == "load" and OVER in row.cells else "")
            if row.kind == "cycle":
                options.add_option(Option(styled, id=row.record_id))
            else:
                options.add_option(Option(styled, disabled=True))
        first_cycle = next((n for n, (row, _) in enumerate(lines[1:-1]) if row and row.kind == "cycle"), None)
        options.highlighted = highlighted if highlighted is not None else first_cycle
        self.query_one(".timeline-months", Static).update(Text(lines[0][1]))
        self.query_one(".timeline-legend", Static).update(Text(lines[-1][1]))
        options.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_close(self) -> None:
        self.dismiss(None)
