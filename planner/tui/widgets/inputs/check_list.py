"""A SelectionList whose boxes read "X" when ticked and stay empty when not, so that a ticked
option does not show by colour alone (16-colour and NO_COLOR terminals)."""

from __future__ import annotations

from typing import Any

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import SelectionList
from textual.widgets.option_list import OptionDoesNotExist


class CheckList(SelectionList[Any]):
    """Options with a tick box each; space or enter ticks the highlighted one."""

    DEFAULT_CSS = """
    CheckList { height: auto; max-height: 10; }
    """

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        try:
            option = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return strip
        segments = list(strip)
        _, style, control = segments[1]
        segments[1] = Segment("X" if option.value in self.selected else " ", style, control)
        return Strip(segments, strip.cell_length)
