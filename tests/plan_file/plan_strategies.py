"""Hypothesis strategies for whole plans: every field kind, awkward text, ids, cycles naming the roster,
checkpoints that hold counts or a share inside their cycle's weeks."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from hypothesis import strategies as st

from planner.model import (
    About,
    Accountability,
    Blackout,
    Checkpoint,
    CheckpointStage,
    Cycle,
    CycleKind,
    CycleResult,
    Focus,
    FocusArea,
    GoalMet,
    Interest,
    LearningForAll,
    LearningForSome,
    Move,
    Plan,
    Priority,
    Schedule,
    Selection,
    SortedWork,
    SupportTier,
    Teacher,
    Vision,
    Window,
    YearInReview,
)

# Text a coach might type or paste: quotes, backslashes, triple quotes, tabs, line breaks, spaces at
# either end, accents and other scripts, emoji. Carriage returns are left out: a plan's text keeps
# "\n" line ends (see the test of Windows line ends). Surrogates cannot be written as UTF-8 at all.
_AWKWARD = ['"', "'", "\\", '"""', "'''", "\n", "\t", " ", "#", "=", "[", "]", "\\n", "\\u00e9", "é", "ß"]
_CHARACTERS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r")
text = st.lists(st.one_of(st.sampled_from(_AWKWARD), st.text(_CHARACTERS, max_size=12)), max_size=6).map(
    "".join
)
short_text = st.text(_CHARACTERS, max_size=20)
text_list = st.lists(text, max_size=3)


def _word(first: str, rest: str) -> st.SearchStrategy[str]:
    return st.builds(str.__add__, st.sampled_from(first), st.text(rest, max_size=11))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ALNUM = _LETTERS + _LETTERS.upper() + "0123456789"
# Ids as the file format allows them: a letter or digit, then letters, digits, "_", "." or "-".
record_id = _word(_ALNUM, _ALNUM + "_.-")
_CUSTOM_KEY = _word(_LETTERS, _LETTERS + "0123456789_-")
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


def _optional(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


_percent = _optional(st.integers(0, 100))


@st.composite
def _span(draw: st.DrawFn, cls: type) -> Window | Blackout:
    """A window or blackout whose start and end never come in the wrong order."""
    start, end = draw(_optional(days)), draw(_optional(days))
    if start and end and end < start:
        start, end = end, start
    span = cls(id="", name=draw(text), start=start, end=end)
    if cls is Blackout:
        # One imported from a school calendar remembers its event's UID.
        span.source_uid = draw(_optional(text))
    return span


# Records are drawn with an empty id; `_records` gives each one an id unique in its list.
_TEACHER = st.builds(
    Teacher,
    id=st.just(""),
    name=text,
    grade=short_text,
    interest=_optional(st.sampled_from(Interest)),
    priority=_optional(st.sampled_from(Priority)),
    support=_optional(st.sampled_from(SupportTier)),
    notes=text,
)
_CYCLE = st.builds(
    Cycle,
    id=st.just(""),
    title=text,
    kind=_optional(st.sampled_from(CycleKind)),
    concepts=st.lists(record_id, max_size=3),
    goal=text,
    targets=text_list,
    practice_focus=text,
    focus_area=_optional(st.sampled_from(FocusArea)),
    moves=st.lists(st.sampled_from(Move), unique=True, max_size=3),
    evidence_before=text_list,
    evidence_during=text_list,
    evidence_after=text_list,
    target_percent=_percent,
    start=_optional(days),
    weeks=_optional(st.integers(1, 40)),
    planning_minutes=_optional(st.integers(0, 600)),
    visits_per_week=_optional(st.integers(0, 15)),
    result=st.builds(CycleResult, goal_met=_optional(st.sampled_from(GoalMet)), teacher_took_on=text),
)
_LEARNING_FOR_ALL = st.builds(
    LearningForAll, id=st.just(""), topic=text, format=text, timing=text, follow_up=text
)
_LEARNING_FOR_SOME = st.builds(
    LearningForSome, id=st.just(""), group=text, need=text, topic=text, format=text, timing=text
)


@st.composite
def sort_counts(draw: st.DrawFn) -> dict:
    """What a work sort found, as a checkpoint holds it: counts, a share alone, or nothing yet."""
    of = draw(st.integers(1, 500))
    return draw(
        st.just({})
        | st.just({"met": draw(st.integers(0, of)), "of": of})
        | st.builds(lambda share: {"share": share}, st.integers(0, 100).map(float) | st.floats(0, 100))
    )


@st.composite
def checkpoints(draw: st.DrawFn, cycle: Cycle) -> list[Checkpoint]:
    """A cycle's checkpoints: at most one start and one end, each dated inside the cycle's weeks
    (or a week either side) when the cycle is dated."""
    ids = draw(st.lists(record_id, max_size=3, unique=True))
    stages = [CheckpointStage.START, *[CheckpointStage.DURING] * (len(ids) - 2), CheckpointStage.END]
    if len(ids) < 2:
        stages = draw(st.lists(st.sampled_from(CheckpointStage), min_size=len(ids), max_size=len(ids)))
    if cycle.start and cycle.weeks:
        dated = st.integers(-7, 7 * cycle.weeks + 6).map(lambda offset: cycle.start + timedelta(days=offset))
    else:
        dated = days
    return [
        Checkpoint(
            id=checkpoint_id,
            stage=stage,
            date=draw(_optional(dated)),
            sorted=draw(_optional(st.sampled_from(SortedWork))),
            **draw(sort_counts()),
        )
        for checkpoint_id, stage in zip(ids, stages, strict=True)
    ]


@st.composite
def _records(draw: st.DrawFn, records: st.SearchStrategy, max_size: int = 3) -> list:
    """Records of one list, each given an id unique in that list."""
    ids = draw(st.lists(record_id, max_size=max_size, unique=True))
    return [dataclasses.replace(draw(records), id=value) for value in ids]


def _school_year() -> st.SearchStrategy[str]:
    return st.just("") | st.integers(1990, 2098).map(lambda first: f"{first}-{(first + 1) % 100:02d}")


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    """A valid plan: every section, record ids unique per list, cycles naming teachers on the roster."""
    teachers = draw(_records(_TEACHER, max_size=4))
    roster = [teacher.id for teacher in teachers]
    cycles = draw(_records(_CYCLE))
    for cycle in cycles:
        cycle.teachers = draw(st.lists(st.sampled_from(roster), unique=True, max_size=3)) if roster else []
        cycle.checkpoints = draw(checkpoints(cycle))
    return Plan(
        school_year=draw(_school_year()),
        last_year=draw(short_text),
        template=draw(short_text),
        about=draw(
            st.builds(
                About,
                coach=text,
                role=short_text,
                schools=text_list,
                district=text,
                hours_per_week=_optional(st.floats(0, 80, allow_nan=False) | st.integers(0, 80).map(float)),
            )
        ),
        vision=draw(st.builds(Vision, district_vision=text, connection_to_goals=text)),
        focus=draw(st.builds(Focus, this_year=text, year_two=text, beyond=text)),
        learning_for_all=draw(_records(_LEARNING_FOR_ALL)),
        learning_for_some=draw(_records(_LEARNING_FOR_SOME)),
        selection=draw(st.builds(Selection, criteria=text, timing=text)),
        windows=draw(_records(_span(Window))),
        teachers=teachers,
        cycles=cycles,
        schedule=draw(
            st.builds(
                Schedule,
                protected_time=text,
                meeting_cadence=text,
                max_concurrent_cycles=_optional(st.integers(1, 30)),
                cycle_time_percent=_percent,
                integrity=text,
                cancellations=text,
            )
        ),
        blackouts=draw(_records(_span(Blackout))),
        accountability=draw(
            st.builds(
                Accountability,
                student_evidence=text,
                teacher_practice=text,
                reflection=text,
                reflection_dates=st.lists(days, max_size=3),
                support_needed=text,
            )
        ),
        year_in_review=draw(
            st.builds(YearInReview, mid_year=text, end_of_year=text, carry_forward=text_list)
        ),
        custom=draw(st.dictionaries(_CUSTOM_KEY, text, max_size=3)),
    )
