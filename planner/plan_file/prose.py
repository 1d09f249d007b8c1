"""Prose stored one sentence a line (semantic line breaks), and read back as the paragraphs it holds.

In the file, each sentence of a paragraph starts a line; a list item (`- `, `* `, `1. `) starts
its line with its marker, its further sentences indented under its text; a blank line separates
paragraphs. Read back, a single line break inside a paragraph is a space (a soft break), a blank
line separates paragraphs and a line starting with a list marker starts an item: the meaning the
app and the exports show, reflowed. So however a coach typed or wrapped an answer, the file says it
one way, and a one-word edit changes one short line in any raw diff (a hosting site's included).
"""

from __future__ import annotations

import re
from typing import Any

_MARKER = re.compile(r"[ \t]*(?:[-*]|\d{1,3}[.)])(?=[ \t]|$)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A word that ends a sentence, and one that can start the next (after any opening quote or bracket).
_ENDS = re.compile(r"[.!?][\"'\u2019\u201d)\]]*\Z")
_STARTS = re.compile(r"[\"'\u2018\u201c(\[]*[A-Z0-9\u00c0-\u024f]")
# Words after which a capital does not start a sentence (an initial, "J.", is one too).
ABBREVIATIONS = frozenset({"mr.", "mrs.", "ms.", "dr.", "st.", "e.g.", "i.e.", "vs.", "cf."})


def _items(paragraph: str) -> list[tuple[str, list[str]]]:
    """A paragraph's items: each line with a list marker starts one (the first line always does),
    the lines after it continue it. Each item is its marker (with its indent; "" for none) and its
    words."""
    items: list[tuple[str, list[str]]] = []
    for line in paragraph.split("\n"):
        marker = _MARKER.match(line)
        if marker or not items:
            prefix = marker[0] if marker else ""
            items.append((prefix, line[len(prefix) :].split()))
        else:
            items[-1][1].extend(line.split())
    return [(prefix, words) for prefix, words in items if words or prefix]


def _line(prefix: str, text: str) -> str:
    return f"{prefix} {text}" if prefix and text else prefix or text


def _paragraphs(text: str) -> list[list[tuple[str, list[str]]]]:
    found = [_items(paragraph) for paragraph in _BLANK_LINE.split(text.replace("\r\n", "\n").strip())]
    return [items for items in found if items]


def reflow(text: str) -> str:
    """Prose as it reads: each paragraph's items on one line each, paragraphs a blank line apart.
    Text of one line is left as it is."""
    if "\n" not in text:
        return text
    return "\n\n".join(
        "\n".join(_line(prefix, " ".join(words)) for prefix, words in items) for items in _paragraphs(text)
    )


def _sentence_ends(words: list[str], position: int) -> bool:
    word, following = words[position], words[position + 1]
    if not _ENDS.search(word) or not _STARTS.match(following):
        return False
    if word.casefold() in ABBREVIATIONS or re.fullmatch(r"[A-Z]\.", word):
        return False
    # A line starting "2." or "3)" would read back as a list item.
    return not re.fullmatch(r"\d{1,3}[.)]", following)


def _sentences(words: list[str]) -> list[str]:
    lines: list[list[str]] = [[]]
    for position, word in enumerate(words):
        lines[-1].append(word)
        if position + 1 < len(words) and _sentence_ends(words, position):
            lines.append([])
    return [" ".join(line) for line in lines]


def one_sentence_a_line(text: str) -> str:
    """Prose as the file stores it: one sentence a line, list items kept, paragraphs a blank line
    apart. Text of one line holding one sentence is left as it is."""
    if "\n" not in text and len(_sentences(text.split())) < 2:
        return text
    blocks = []
    for items in _paragraphs(text):
        lines = []
        for prefix, words in items:
            first, *rest = _sentences(words) if words else [""]
            lines.append(_line(prefix, first))
            indent = " " * (len(prefix) + 1) if prefix else ""
            lines.extend(indent + sentence for sentence in rest)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def reflowed(data: dict[str, Any]) -> dict[str, Any]:
    """TOML data with every text of several lines reflowed, in tables and lists of tables (the
    items of a list of text are values of their own, kept as they are)."""
    return {key: _reflowed(value) for key, value in data.items()}


def _reflowed(value: Any) -> Any:
    if isinstance(value, str):
        return reflow(value)
    if isinstance(value, dict):
        return reflowed(value)
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        return [reflowed(item) for item in value]
    return value
