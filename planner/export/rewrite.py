"""Rewriting every piece of text in a summary: escaping it for Markdown, or leaving names out.

`rewrite_text` copies a summary (dataclasses, tuples, lists) with a function applied to each
string in it; dates, numbers and vocabulary values are left as they are.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any

_TITLES = ("mrs", "mr", "ms", "mx", "miss", "dr")
_TITLE_FOUND = re.compile(rf"(?:{'|'.join(_TITLES)})\.?\s+", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_OUTER_PUNCTUATION = re.compile(r"^\W+|\W+$")
_REDACTED = "a teacher"
# Names by the lower-cased word runs they are made of; the words of a text, as found.
_Table = dict[tuple[str, ...], set[str]]
_Words = list[re.Match[str]]
_RUN_OF_REDACTED = re.compile(rf"{_REDACTED}(?:(?:,\s*and\s+|,\s*|\s+and\s+){_REDACTED})+")
_SENTENCE_START = re.compile(rf"(^|[.!?]\s+|\n\s*){_REDACTED}")


def rewrite_text(value: Any, change: Callable[[str], str], *, skip: tuple[type, ...] = ()) -> Any:
    """A copy of `value` with `change` applied to every string inside it (not inside `skip` types)."""
    if isinstance(value, Enum) or (skip and isinstance(value, skip)):
        return value
    if isinstance(value, str):
        return change(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: rewrite_text(getattr(value, f.name), change, skip=skip)
            for f in dataclasses.fields(value)
            if f.init
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple | list):
        return type(value)(rewrite_text(item, change, skip=skip) for item in value)
    return value


class _NameIndex:
    """Teachers' names by their words, so that a text is searched in one pass whatever the roster.

    A name is found by the run of words it is made of (`\\w+`, lower-cased), then checked against
    the text between its first and last word, spaces collapsed: one dictionary look-up per word
    of the text, not one pattern per teacher.
    """

    def __init__(self, names: Iterable[str]) -> None:
        # Word runs -> the names made of them (spaces collapsed, lower case); a name counts from
        # its first to its last letter or digit.
        self.full: _Table = {}
        self.surnames: _Table = {}
        for name in {" ".join(n.split()) for n in names if n.strip()}:
            words = name.split(" ")
            self._add(self.full, name)
            if len(words) > 1:
                self._add(self.surnames, words[-1])
        self.first_words = {key[0] for key in self.full}
        self.longest = max(map(len, self.full), default=0)

    @staticmethod
    def _add(table: _Table, name: str) -> None:
        runs = _WORD.findall(name.lower())
        if runs:
            table.setdefault(tuple(runs), set()).add(_OUTER_PUNCTUATION.sub("", name).lower())

    def end_of(self, table: _Table, text: str, words: _Words, at: int) -> int:
        """Where the longest name of `table` that starts at word `at` of `text` ends (-1: none)."""
        lowered = [word[0].lower() for word in words[at : at + self.longest]]
        for count in range(len(lowered), 0, -1):
            names = table.get(tuple(lowered[:count]))
            if names is not None:
                end = words[at + count - 1].end()
                if " ".join(text[words[at].start() : end].split()).lower() in names:
                    return end
        return -1

    def remove(self, text: str) -> str:
        """`text` with every name found replaced by "a teacher"."""
        words = list(_WORD.finditer(text))
        pieces, copied = [], 0
        for number, word in enumerate(words):
            if word.start() < copied:
                continue
            end = self._name_at(text, words, number)
            if end >= 0:
                pieces.extend((text[copied : word.start()], _REDACTED))
                copied = end
        return "".join(pieces) + text[copied:] if pieces else text

    def _name_at(self, text: str, words: _Words, number: int) -> int:
        """Where a name (with or without a title) starting at word `number` ends (-1: none)."""
        word = words[number]
        end = self.end_of(self.full, text, words, number) if word[0].lower() in self.first_words else -1
        title = _TITLE_FOUND.match(text, word.start()) if word[0].lower() in _TITLES else None
        after = number + 1
        if title is None or after >= len(words) or words[after].start() != title.end():
            return end
        return max(
            end, self.end_of(self.full, text, words, after), self.end_of(self.surnames, text, words, after)
        )


def name_remover(names: Iterable[str]) -> Callable[[str], str]:
    """A function that replaces these teachers' names in a text by "a teacher".

    A full name is found with or without a title ("Ms. Leila Haddad"), a surname with a title
    ("Ms. Haddad"); a list of names becomes a count ("Leila Haddad and Kwame Osei": "2 teachers").
    The names are indexed once; each text is then read in one pass.
    """
    index = _NameIndex(names)
    if not index.full:
        return lambda text: text

    def remove(text: str) -> str:
        text = index.remove(text)
        if _REDACTED not in text:
            return text
        text = _RUN_OF_REDACTED.sub(lambda run: f"{run[0].count(_REDACTED)} teachers", text)
        return _SENTENCE_START.sub(lambda m: f"{m[1]}{_REDACTED.capitalize()}", text)

    return remove
