"""Text fields with a shape of their own (the school year, "2025-26"): what the shape is, and
whether a text has it.

A dataclass field says its shape in its metadata (`formatted(SCHOOL_YEAR)`), so that the plan
file's checks and the TUI's input both read the one rule from the model.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_METADATA_KEY = "text_format"
_SCHOOL_YEAR = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True)
class TextFormat:
    """A shape a text must have: `noun` names it ("a school year"), `example` shows it."""

    noun: str
    example: str
    accepts: Callable[[str], bool]


def _is_school_year(text: str) -> bool:
    """Whether `text` is two consecutive years, the second as two digits: "2025-26"."""
    match = _SCHOOL_YEAR.fullmatch(text)
    return match is not None and (int(match[1]) + 1) % 100 == int(match[2])


SCHOOL_YEAR = TextFormat("a school year", "2025-26", _is_school_year)


def formatted(text_format: TextFormat) -> Any:
    """A text field of a plan dataclass that must have `text_format` (empty is allowed)."""
    return dataclasses.field(default="", metadata={_METADATA_KEY: text_format})


def format_of(field: dataclasses.Field[Any]) -> TextFormat | None:
    """The shape a dataclass field's text must have, or None when any text will do."""
    return field.metadata.get(_METADATA_KEY)
