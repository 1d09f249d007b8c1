"""A work sort's result typed as a coach types it ("9 of 24", "9/24", "38%", "37.5"), and the shares
and outcomes read from a cycle's checkpoints."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.model import (
    Checkpoint,
    CheckpointStage,
    Cycle,
    CycleResult,
    GoalMet,
    SortCount,
    checkpoint_window,
    count_text,
    end_percent,
    goal_outcome,
    parse_count,
    share_of,
    start_percent,
)

counts = st.integers(1, 500).flatmap(lambda of: st.tuples(st.integers(0, of), st.just(of)))
spaces = st.sampled_from(["", " ", "  "])


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("9 of 24", SortCount(met=9, of=24)),
        ("9/24", SortCount(met=9, of=24)),
        (" 9 out of 24 students ", SortCount(met=9, of=24)),
        ("9 of 24 (38%)", SortCount(met=9, of=24)),
        ("38%", SortCount(share=38.0)),
        ("37.5", SortCount(share=37.5)),
        ("100 percent", SortCount(share=100.0)),
    ],
)
def test_a_count_or_a_share_is_read_as_typed(typed: str, found: SortCount) -> None:
    assert parse_count(typed) == found


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("25 of 24", "25 of 24: more students meeting the goal than were sorted"),
        ("3 of 0", "no students sorted"),
        ("9 of 24 (50%)", "9 of 24 is 38%, not 50%: give the count alone"),
        ("120%", "120% is more than all the students: a share runs from 0 to 100"),
        ("most of them", 'expected a count or a share, like "9 of 24", "9/24" or "38%"'),
        ("", "expected a count or a share"),
    ],
)
def test_what_is_neither_a_count_nor_a_share_is_refused_saying_what_to_type(typed: str, message: str) -> None:
    with pytest.raises(ValueError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        parse_count(typed)


@given(counts, spaces, st.sampled_from(["of", "/", "out of"]), spaces)
def test_any_count_typed_any_way_reads_back_as_its_numbers(
    count: tuple[int, int], before: str, word: str, after: str
) -> None:
    met, of = count
    assert parse_count(f"{before}{met}{after}{word}{after}{of}{before}") == SortCount(met=met, of=of)


@given(counts)
def test_a_count_as_shown_reads_back_as_the_same_count(count: tuple[int, int]) -> None:
    met, of = count
    assert parse_count(count_text(met, of, None)) == SortCount(met=met, of=of)


@given(st.integers(0, 1000).map(lambda tenths: tenths / 10), st.sampled_from(["", "%", " %"]))
def test_any_share_as_typed_or_shown_reads_back_as_the_same_share(share: float, sign: str) -> None:
    assert parse_count(f"{share:g}{sign}") == SortCount(share=share)
    assert parse_count(count_text(None, None, share)) == SortCount(share=share)


@given(counts)
def test_a_share_is_computed_from_the_counts_and_shown_rounded_half_up(count: tuple[int, int]) -> None:
    met, of = count
    cycle = Cycle(id="c", checkpoints=[Checkpoint(id="s", stage=CheckpointStage.START, met=met, of=of)])
    assert share_of(cycle.checkpoints[0]) == pytest.approx(100 * met / of)
    assert start_percent(cycle) == int(100 * met / of + 0.5)


def test_9_of_24_is_38_percent() -> None:
    assert count_text(9, 24, None) == "9 of 24 (38%)"
    assert (
        start_percent(
            Cycle(id="c", checkpoints=[Checkpoint(id="s", stage=CheckpointStage.START, met=9, of=24)])
        )
        == 38
    )


def _cycle(start: tuple[int, int] | None, end: tuple[int, int] | None, target: int | None = 75) -> Cycle:
    points = [
        Checkpoint(id=stage.value, stage=stage, met=count[0], of=count[1])
        for stage, count in ((CheckpointStage.START, start), (CheckpointStage.END, end))
        if count is not None
    ]
    return Cycle(id="c", target_percent=target, checkpoints=points)


@pytest.mark.parametrize(
    ("start", "end", "target", "outcome"),
    [
        ((9, 24), (18, 24), 75, GoalMet.MET),
        ((9, 24), (17, 24), 75, GoalMet.PARTLY),
        ((9, 24), (9, 24), 75, GoalMet.NOT_MET),
        (None, (17, 24), 75, GoalMet.NOT_MET),
        ((9, 24), None, 75, None),
        ((9, 24), (18, 24), None, None),
    ],
)
def test_the_goal_is_met_partly_or_not_from_the_end_checkpoint_and_the_target(
    start: tuple[int, int] | None, end: tuple[int, int] | None, target: int | None, outcome: GoalMet | None
) -> None:
    assert goal_outcome(_cycle(start, end, target)) == outcome


def test_the_coachs_own_call_on_the_goal_wins_over_the_counts() -> None:
    cycle = _cycle((6, 20), (8, 21), 65)
    assert goal_outcome(cycle) == GoalMet.PARTLY
    cycle.result = CycleResult(goal_met=GoalMet.NOT_MET)
    assert goal_outcome(cycle) == GoalMet.NOT_MET
    assert end_percent(cycle) == 38


def test_a_checkpoint_may_fall_a_week_either_side_of_the_cycle() -> None:
    cycle = Cycle(id="c", start=date(2025, 11, 3), weeks=2)
    assert checkpoint_window(cycle) == (date(2025, 10, 27), date(2025, 11, 23))
    assert checkpoint_window(Cycle(id="c", start=date(2025, 11, 3))) is None
