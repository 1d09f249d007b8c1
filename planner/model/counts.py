"""A work sort's result as a coach types it ("9 of 24", "9/24", "38%", "37.5") and as it is shown.

A count is students meeting the goal out of those sorted; a number alone, with or without `%`,
is a share (0 to 100) for when only that is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.model.results import whole_percent

# Students in one work sort, at most: a grade team's classes together, with room to spare.
MOST_SORTED = 500

# "9 of 24", "9/24", "9 out of 24 students", and the share as shown after it: "9 of 24 (38%)".
_COUNT = re.compile(
    r"\s*(\d{1,4})\s*(?:/|of|out of)\s*(\d{1,4})\s*(?:students)?\s*(?:\(\s*(\d{1,3})\s*%\s*\))?\s*",
    re.IGNORECASE,
)
_SHARE = re.compile(r"\s*(\d{1,3}(?:\.\d+)?)\s*(%|percent)?\s*", re.IGNORECASE)

COUNT_EXAMPLE = '"9 of 24", "9/24" or "38%"'


@dataclass(frozen=True)
class SortCount:
    """What a work sort found: `met` of `of` students, or only a `share` (0 to 100)."""

    met: int | None = None
    of: int | None = None
    share: float | None = None


def parse_count(text: str) -> SortCount:
    """The count or share typed in `text`; ValueError saying what to type when it is neither."""
    counted = _COUNT.fullmatch(text)
    if counted:
        met, of = int(counted[1]), int(counted[2])
        if of == 0:
            raise ValueError("no students sorted: the second number counts the students sorted")
        if of > MOST_SORTED:
            raise ValueError(f"more than {MOST_SORTED} students in one sort: check the number")
        if met > of:
            raise ValueError(f"{met} of {of}: more students meeting the goal than were sorted")
        shown = whole_percent(100 * met / of)
        if counted[3] is not None and int(counted[3]) != shown:
            raise ValueError(f"{met} of {of} is {shown}%, not {counted[3]}%: give the count alone")
        return SortCount(met=met, of=of)
    shared = _SHARE.fullmatch(text)
    if shared:
        share = float(shared[1])
        if share > 100:
            raise ValueError(f"{shared[1]}% is more than all the students: a share runs from 0 to 100")
        return SortCount(share=share)
    raise ValueError(f"expected a count or a share, like {COUNT_EXAMPLE}")


def count_text(met: int | None, of: int | None, share: float | None) -> str:
    """A checkpoint's result as shown and typed: "9 of 24 (38%)", "38%", "37.5%", or "" for none."""
    if met is not None and of:
        return f"{met} of {of} ({whole_percent(100 * met / of)}%)"
    if share is None:
        return ""
    return f"{share:g}%"
