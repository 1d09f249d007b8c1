"""A comparison as plain or coloured text (a terminal, `git diff`) or as Markdown (a pull request, an email).

Plain text marks words inside prose the way `git diff --word-diff` does: `[-removed-]{+inserted+}`.
Coloured text shows them red and green instead. Markdown strikes removed words and makes inserted
ones bold. Each line starts with + (added), - (removed) or ~ (changed).
"""

from __future__ import annotations

import re

from planner.compare.changes import Comparison
from planner.compare.headline import headline
from planner.compare.lines import Line, Section, Span, Style
from planner.compare.outline import outline

SAME_MESSAGE = "No differences in meaning (formatting and order aside)."

_ANSI: dict[str, str] = {
    "old": "31",
    "deleted": "31",
    "-": "31",
    "new": "32",
    "inserted": "32",
    "+": "32",
    "~": "33",
    "heading": "1",
    "muted": "2",
}
_PLAIN_WRAP: dict[Style, tuple[str, str]] = {"deleted": ("[-", "-]"), "inserted": ("{+", "+}")}
_MARKDOWN_WRAP: dict[Style, tuple[str, str]] = {"deleted": ("~~", "~~"), "inserted": ("**", "**")}
_MARK_WORDS = {"+": "Added:", "-": "Removed:", "~": "Changed:"}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_~\[\]<|])")


def _paint(text: str, key: str, color: bool) -> str:
    code = _ANSI.get(key)
    return f"\x1b[{code}m{text}\x1b[0m" if color and code and text else text


def _text_span(span: Span, color: bool) -> str:
    if color:
        return _paint(span.text, span.style, color)
    before, after = _PLAIN_WRAP.get(span.style, ("", ""))
    return f"{before}{span.text}{after}"


def _text_line(line: Line, color: bool) -> str:
    mark = _paint(line.mark, line.mark, color) if line.mark else " "
    body = " ".join(_text_span(span, color) for span in line.spans)
    return f"{'  ' * line.depth}{mark} {body}"


def _opening(comparison: Comparison) -> list[str]:
    """The headline, and the words for no change in meaning (an order-only change is still named)."""
    if not comparison.same:
        return [headline(comparison)]
    return [headline(comparison), SAME_MESSAGE] if comparison.reordered else [SAME_MESSAGE]


def render_text(comparison: Comparison, *, color: bool = False, stat: bool = False, title: str = "") -> str:
    """The comparison as text for a terminal (ANSI colours when `color`), led by its headline,
    ending in a newline."""
    blocks = [_paint(title, "heading", color)] if title else []
    blocks.append("\n".join(_opening(comparison)))
    for section in outline(comparison, stat=stat):
        lines = [_paint(section.title, "heading", color)]
        lines.extend(_text_line(line, color) for line in section.lines)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def escape_markdown(text: str) -> str:
    """Text with the characters Markdown would read as formatting escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _markdown_span(span: Span) -> str:
    text = escape_markdown(span.text)
    before, after = _MARKDOWN_WRAP.get(span.style, ("", ""))
    return f"{before}{text}{after}"


def _markdown_section(section: Section, level: int) -> str:
    lines = [f"{'#' * level} {escape_markdown(section.title)}", ""]
    for line in section.lines:
        words = [_MARK_WORDS[line.mark]] if line.mark else []
        words.extend(_markdown_span(span) for span in line.spans)
        lines.append(f"{'  ' * line.depth}- {' '.join(words)}")
    return "\n".join(lines)


def render_markdown(comparison: Comparison, *, stat: bool = False, title: str = "") -> str:
    """The comparison as Markdown: its headline, then a heading per section, a bullet per change."""
    blocks = [f"# {escape_markdown(title)}"] if title else []
    blocks.append(
        "\n\n".join(
            f"**{escape_markdown(line)}**" if line != SAME_MESSAGE else line for line in _opening(comparison)
        )
    )
    level = 2 if title else 1
    blocks.extend(_markdown_section(section, level) for section in outline(comparison, stat=stat))
    return "\n\n".join(blocks) + "\n"
