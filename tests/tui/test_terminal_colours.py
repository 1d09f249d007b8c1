"""In a 16-colour terminal and with NO_COLOR, the real planner uses only the colours the terminal
has, and the current step still stands out from the others."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.tui.terminal import Terminal

_SGR = re.compile(rb"\x1b\[([0-9;]*)m")
# Bold, dim, italic, underline, reverse, strike, and their resets.
_ATTRIBUTES = {0, 1, 2, 3, 4, 7, 9, 21, 22, 23, 24, 27, 29}
_DEFAULTS = {39, 49}
_SIXTEEN = {*range(30, 38), *range(90, 98), *range(40, 48), *range(100, 108)}
# Black, white and the two greys, as foreground and background.
_GREYS = {30, 37, 90, 97, 40, 47, 100, 107}


def _style_before(screen: bytes, text: str) -> bytes:
    """The parameters of the last style set before the last place `text` was drawn."""
    at = screen.rindex(text.encode())
    return _SGR.findall(screen, 0, at)[-1]


@pytest.mark.parametrize(
    ("environment", "colours"),
    [
        ({"TERM": "xterm", "COLORTERM": "", "NO_COLOR": ""}, _SIXTEEN),
        ({"TERM": "xterm", "COLORTERM": "", "NO_COLOR": "1"}, _GREYS),
    ],
    ids=["16-colours", "NO_COLOR"],
)
def test_the_current_step_stands_out_in_the_colours_the_terminal_has(
    example_copy: Path, tmp_path: Path, environment: dict[str, str], colours: set[int]
) -> None:
    terminal = Terminal(example_copy, tmp_path / "state", **environment)
    try:
        terminal.wait_for("Whose plan is this")
    finally:
        terminal.close()
    screen = terminal.seen
    used = {int(code) for params in _SGR.findall(screen) for code in params.split(b";") if code}
    assert used <= colours | _ATTRIBUTES | _DEFAULTS
    assert _style_before(screen, "1. About this plan") != _style_before(screen, "2. District vision")
