"""The list of steps down the left side, each with a mark for how far it is answered.

Drawn line by line (Textual's line API) from text wrapped once per width: moving to another step
repaints two entries, not a list of widgets, which keeps a step change and the first paint quick.
"""

from __future__ import annotations

import textwrap
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from planner.model import Plan
from planner.questions import StepState, Template, step_state

# Marks carry the state without colour, for 16-colour and NO_COLOR terminals.
_MARKS = {StepState.EMPTY: "○", StepState.PARTLY: "◐", StepState.ANSWERED: "●", None: "◇"}
# A list narrower than this shows each step's mark and number only ("● 7").
_TITLES_FROM = 12


class StepList(ScrollView, can_focus=True):
    """One entry a step, its title wrapped under its mark; the current step is highlighted.
    A list too narrow for titles shows the marks and numbers only.

    Up/down (or a click) move the highlight; enter or a click posts `StepList.Chosen`.
    """

    # The same frame focused or not (a line on the right only), so titles never re-wrap.
    DEFAULT_CSS = """
    StepList {
        width: 28; height: 1fr; padding: 0 0 0 1; background: $surface;
        border-right: solid $primary-muted; overflow-x: hidden;
    }
    StepList:focus { border-right: thick $primary; background-tint: $foreground 5%; }
    StepList > .step-list--current {
        color: $block-cursor-blurred-foreground; background: $block-cursor-blurred-background;
        text-style: bold;
    }
    StepList:focus > .step-list--current {
        color: $block-cursor-foreground; background: $block-cursor-background;
        text-style: $block-cursor-text-style;
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"step-list--current"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", "Previous", show=False),
        Binding("down", "move(1)", "Next", show=False),
        Binding("home", "move_to_end(False)", "First", show=False),
        Binding("end", "move_to_end(True)", "Last", show=False),
        Binding("enter", "choose", "Open the step", show=False),
    ]

    # Not repainted whole: the watcher repaints the two entries that change.
    highlighted: reactive[int] = reactive(0, init=False, repaint=False)

    class Chosen(Message):
        """The coach chose the step at `index` (enter or a click)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, template: Template, plan: Plan) -> None:
        super().__init__(id="step-list")
        self.template = template
        self._entries = self._entries_for(plan)
        # Wrapped lines as (step index, text), for the width they were wrapped to.
        self._lines: list[tuple[int, str]] = []
        self._wrapped_width = -1
        # The plain and the highlighted line's styles, for the paint under way (see render_lines).
        self._line_styles = (Style(), Style())

    def _entries_for(self, plan: Plan) -> list[str]:
        return [
            f"{_MARKS[step_state(step, plan)]} {number}. {step.title}"
            for number, step in enumerate(self.template.steps, 1)
        ]

    @property
    def entries(self) -> list[str]:
        """Each step's entry as shown, its mark first ("● 1. About this plan")."""
        return list(self._entries)

    @property
    def option_count(self) -> int:
        """How many steps the list holds."""
        return len(self._entries)

    def show_progress(self, plan: Plan) -> None:
        """Refresh the steps' marks from the plan (called on every answer: cheap when no mark
        changed)."""
        entries = self._entries_for(plan)
        if entries != self._entries:
            self._entries = entries
            self._wrapped_width = -1
            self.refresh()

    # Layout and drawing

    def _wrap(self) -> None:
        """Wrap every entry to the list's width, continuation lines under the title (too
        narrow for titles: the mark and number alone)."""
        width = self.scrollable_content_region.width
        if width == self._wrapped_width or width <= 0:
            return
        if width < _TITLES_FROM:
            self._lines = [(index, entry.partition(".")[0]) for index, entry in enumerate(self._entries)]
        else:
            self._lines = [
                (index, line)
                for index, entry in enumerate(self._entries)
                # A cell short of the width: no title touches the list's right edge.
                for line in textwrap.wrap(entry, width - 1, subsequent_indent="  ") or [""]
            ]
        self._wrapped_width = width
        self.virtual_size = Size(width, len(self._lines))

    def on_resize(self) -> None:
        self._wrap()
        self._scroll_to_highlight()

    def render_lines(self, crop: Region) -> list[Strip]:
        # The two styles every line uses, looked up once per paint rather than once per line.
        base = self.rich_style
        self._line_styles = (base, base + self.get_component_rich_style("step-list--current"))
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        self._wrap()
        scroll_x, scroll_y = self.scroll_offset
        number = y + scroll_y
        width = self.scrollable_content_region.width
        base, current = self._line_styles
        if number >= len(self._lines):
            return Strip.blank(width, base)
        index, text = self._lines[number]
        style = current if index == self.highlighted else base
        return Strip([Segment(text.ljust(width), style)], width).crop(scroll_x, scroll_x + width)

    def watch_highlighted(self, old: int, new: int) -> None:
        for index in (old, new):
            self.refresh(self._region_of(index))
        self._scroll_to_highlight()

    def _rows_of(self, index: int) -> list[int]:
        return [row for row, (entry, _) in enumerate(self._lines) if entry == index]

    def _region_of(self, index: int) -> Region:
        """Where step `index` is drawn, in the widget's visible area."""
        rows = self._rows_of(index)
        if not rows:
            return Region(0, 0, 0, 0)
        return Region(0, rows[0] - self.scroll_offset.y, self.size.width, len(rows))

    def _scroll_to_highlight(self) -> None:
        rows = self._rows_of(self.highlighted)
        if rows:
            self.scroll_to_region(Region(0, rows[0], 1, len(rows)), animate=False, immediate=True)

    # Keys and mouse

    def action_move(self, by: int) -> None:
        self.highlighted = max(0, min(self.option_count - 1, self.highlighted + by))

    def action_move_to_end(self, last: bool) -> None:
        self.highlighted = self.option_count - 1 if last else 0

    def action_choose(self) -> None:
        self.post_message(self.Chosen(self.highlighted))

    def on_click(self, event: events.Click) -> None:
        row = event.y + self.scroll_offset.y
        if 0 <= row < len(self._lines):
            self.highlighted = self._lines[row][0]
            self.post_message(self.Chosen(self.highlighted))
