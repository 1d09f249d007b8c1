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

_TITLE = r"(?:Mrs|Mr|Ms|Mx|Miss|Dr)\.?\s+"
_REDACTED = "a teacher"
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


def name_remover(names: Iterable[str]) -> Callable[[str], str]:
    """A function that replaces these teachers' names in a text by "a teacher".

    A full name is found with or without a title ("Ms. Leila Haddad"), a surname with a title
    ("Ms. Haddad"); a list of names becomes a count ("Leila Haddad and Kwame Osei": "2 teachers").
    """
    patterns = []
    for name in sorted({" ".join(n.split()) for n in names if n.strip()}, key=len, reverse=True):
        words = name.split(" ")
        patterns.append(rf"(?:{_TITLE})?" + r"\s+".join(map(re.escape, words)))
        if len(words) > 1:
            patterns.append(_TITLE + re.escape(words[-1]))
    if not patterns:
        return lambda text: text
    names_found = re.compile(rf"\b(?:{'|'.join(patterns)})\b", re.IGNORECASE)

    def remove(text: str) -> str:
        text = names_found.sub(_REDACTED, text)
        text = _RUN_OF_REDACTED.sub(lambda run: f"{run[0].count(_REDACTED)} teachers", text)
        return _SENTENCE_START.sub(lambda m: f"{m[1]}{_REDACTED.capitalize()}", text)

    return remove
