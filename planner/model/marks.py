"""What a field of a plan dataclass says of itself beyond its type, in its metadata: the shape its
text must have (the school year, "2025-26"), that it holds the ids of teachers on the roster, or
that its number is a percentage.

`field_info` (planner.model.fields) reads these marks, so that the plan file's checks and the
TUI's inputs and tables all take them from the model.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

_TEXT_FORMAT = "text_format"
_ROSTER_IDS = "roster_ids"
_PERCENT = "percent"
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


# The metadata of a list field that holds the ids of teachers on the roster.
ROSTER_IDS: Mapping[str, Any] = MappingProxyType({_ROSTER_IDS: True})


# The metadata of a number field that is a percentage (a coach may type "38%").
PERCENT: Mapping[str, Any] = MappingProxyType({_PERCENT: True})


def shaped(text_format: TextFormat) -> Mapping[str, Any]:
    """The metadata of a text field that must have `text_format` (empty is allowed)."""
    return MappingProxyType({_TEXT_FORMAT: text_format})


def text_format_of(field: dataclasses.Field[Any]) -> TextFormat | None:
    """The shape a dataclass field's text must have, or None when any text will do."""
    return field.metadata.get(_TEXT_FORMAT)


def holds_roster_ids(field: dataclasses.Field[Any]) -> bool:
    """Whether a dataclass field holds the ids of teachers on the roster."""
    return bool(field.metadata.get(_ROSTER_IDS))


def is_percent(field: dataclasses.Field[Any]) -> bool:
    """Whether a dataclass field's number is a percentage."""
    return bool(field.metadata.get(_PERCENT))
