"""A cycle's results, read from its work-sort checkpoints: shares, the start and the end, and
whether the goal was met.

Every screen and document that shows a result reads it through these functions, so that a
share is computed from the counts in one place: `met` of `of` students, or the share a
checkpoint holds when only that is known.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from planner.model.choices import CheckpointStage, GoalMet
from planner.model.plan import Checkpoint, Cycle

# A work sort a week either side of a cycle still belongs to it: the pre-task is often given the
# week before the first visit, the post-task the week after the last.
CHECKPOINT_SLACK = timedelta(weeks=1)


def share_of(checkpoint: Checkpoint) -> float | None:
    """The share of students meeting the goal (0 to 100): from the counts when the checkpoint has
    them, else the share it holds; None when it holds neither."""
    if checkpoint.met is not None and checkpoint.of:
        return 100 * checkpoint.met / checkpoint.of
    return checkpoint.share


def whole_percent(share: float | None) -> int | None:
    """A share as the whole percent shown for it, halves rounded up (9 of 24 is 38%)."""
    return None if share is None else math.floor(share + 0.5)


def checkpoint_at(cycle: Cycle, stage: CheckpointStage) -> Checkpoint | None:
    """The cycle's checkpoint of this stage (the first one, for the stage along the way)."""
    return next((c for c in cycle.checkpoints if c.stage == stage), None)


def start_share(cycle: Cycle) -> float | None:
    """The share of students meeting the goal at the start checkpoint, if it has one."""
    checkpoint = checkpoint_at(cycle, CheckpointStage.START)
    return None if checkpoint is None else share_of(checkpoint)


def end_share(cycle: Cycle) -> float | None:
    """The share of students meeting the goal at the end checkpoint, if it has one."""
    checkpoint = checkpoint_at(cycle, CheckpointStage.END)
    return None if checkpoint is None else share_of(checkpoint)


def start_percent(cycle: Cycle) -> int | None:
    """The start share as the whole percent shown for it."""
    return whole_percent(start_share(cycle))


def end_percent(cycle: Cycle) -> int | None:
    """The end share as the whole percent shown for it."""
    return whole_percent(end_share(cycle))


def derived_outcome(cycle: Cycle) -> GoalMet | None:
    """Whether the goal was met, from the end checkpoint and the target: met when the end share
    reaches the target, partly when it rose above the start share, else not met; None while the
    cycle has no end share or no target."""
    end, target = end_share(cycle), cycle.target_percent
    if end is None or target is None:
        return None
    if end >= target:
        return GoalMet.MET
    start = start_share(cycle)
    return GoalMet.PARTLY if start is not None and end > start else GoalMet.NOT_MET


def goal_outcome(cycle: Cycle) -> GoalMet | None:
    """Whether the goal was met: the coach's own call when set (`result.goal_met`), else derived
    from the end checkpoint and the target."""
    return cycle.result.goal_met or derived_outcome(cycle)


def checkpoint_window(cycle: Cycle) -> tuple[date, date] | None:
    """The days a checkpoint of this cycle may fall on: its weeks, and a week either side (None
    while the cycle has no start or no length)."""
    if cycle.start is None or not cycle.weeks:
        return None
    last_day = cycle.start + timedelta(weeks=cycle.weeks, days=-1)
    return cycle.start - CHECKPOINT_SLACK, last_day + CHECKPOINT_SLACK
