"""Grade bands (K-2, 3-5, 6-8, 9-12) read from the free text a coach types for a teacher's grade."""

from __future__ import annotations

import re

BANDS: tuple[tuple[str, int, int], ...] = (("K-2", 0, 2), ("3-5", 3, 5), ("6-8", 6, 8), ("9-12", 9, 12))
OTHER = "Other"
BAND_ORDER: tuple[str, ...] = (*(name for name, _, _ in BANDS), OTHER)

_GRADE = r"(pre-?k|tk|k|kindergarten|\d{1,2})(?:st|nd|rd|th)?"
_RANGE = re.compile(rf"\b{_GRADE}\s*(?:-|\u2013|to|through)\s*{_GRADE}\b", re.IGNORECASE)
_SINGLE = re.compile(rf"\b{_GRADE}\b", re.IGNORECASE)
# Words that name a level rather than a grade; course names come first because their number is
# not a grade ("Algebra 1", "Math 2").
_LEVELS: tuple[tuple[re.Pattern[str], range], ...] = (
    (
        re.compile(
            r"algebra|geometry|calculus|statistics|trigonometry|high school|\bhs\b|\bmath [1-3]\b",
            re.IGNORECASE,
        ),
        range(9, 13),
    ),
    (re.compile(r"middle school|\bms\b", re.IGNORECASE), range(6, 9)),
    (re.compile(r"elementary", re.IGNORECASE), range(6)),
)


def _grade_number(word: str) -> int:
    return int(word) if word.isdigit() else 0


def _grades(text: str) -> set[int]:
    for pattern, level in _LEVELS:
        if pattern.search(text):
            return set(level)
    grades: set[int] = set()
    for low, high in _RANGE.findall(text):
        grades.update(range(_grade_number(low), _grade_number(high) + 1))
    remaining = _RANGE.sub(" ", text)
    grades.update(_grade_number(word) for word in _SINGLE.findall(remaining))
    return {g for g in grades if g <= 12}


def grade_bands(text: str) -> list[str]:
    """The bands a grade such as "K", "3", "grades 6-8" or "Algebra 1" falls in (["Other"] if none)."""
    grades = _grades(text)
    found = [name for name, low, high in BANDS if any(low <= g <= high for g in grades)]
    return found or [OTHER]
