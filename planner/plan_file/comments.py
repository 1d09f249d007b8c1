"""Finding the comments in a plan file's text, so that the coach can be told before they are lost.

The planner writes canonical TOML and keeps no comments: a file edited by hand may hold some.
"""

from __future__ import annotations

import re

# TOML's strings, then a comment: a "#" counts only outside every kind of string.
_STRING_OR_COMMENT = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # multi-line basic string
    r"|'''(?:[^']|'(?!''))*'''"  # multi-line literal string
    r'|"(?:[^"\\\n]|\\.)*"'  # basic string
    r"|'[^'\n]*'"  # literal string
    r"|#[^\n]*",  # comment
    re.DOTALL,
)


def comment_lines(text: str) -> list[int]:
    """The numbers of the lines of `text` (TOML) that hold a comment, in order."""
    if "#" not in text:
        return []
    return [
        text.count("\n", 0, match.start()) + 1
        for match in _STRING_OR_COMMENT.finditer(text)
        if match.group().startswith("#")
    ]


def lines_named(lines: list[int]) -> str:
    """Line numbers as a message names them: "line 3", "lines 1, 3" ("" for none)."""
    if not lines:
        return ""
    return f"line {lines[0]}" if len(lines) == 1 else f"lines {', '.join(map(str, lines))}"
