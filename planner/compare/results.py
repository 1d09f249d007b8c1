"""Last year's results set beside this year's plan, and how the focus moved from one year to the next.

A plan's year in review records how each cycle turned out. When last year's plan holds such
results, the comparison leads with them: how many cycles ran, how many met their goal, how the share
of students meeting each goal moved from the start work sort to the end one, the results by concept,
and what was to be carried forward. Every count across cycles comes from `planner.outcomes`, with
its rule of fewer than 3 teachers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from planner.compare.checkpoints import count_words
from planner.compare.matching import record_label
from planner.compare.words import WordRun, same_text, word_runs
from planner.model import (
    CheckpointStage,
    Cycle,
    GoalMet,
    Plan,
    checkpoint_at,
    end_percent,
    goal_outcome,
    start_percent,
)
from planner.outcomes import GroupOutcomes, Outcomes, by_concept, counted, roll_up


@dataclass(frozen=True)
class FocusShift:
    """Last year's plan for year 2 beside the focus this year's plan chose."""

    planned: str
    actual: str
    words: tuple[WordRun, ...]

    @property
    def kept(self) -> bool:
        """Whether this year's focus is, word for word, the one planned for year 2."""
        return same_text(self.planned, self.actual)


@dataclass(frozen=True)
class CycleOutcome:
    """How one of last year's cycles turned out (counts as "9 of 24", "" when not counted)."""

    cycle_id: str
    title: str
    teachers: tuple[str, ...]
    goal: str
    baseline_percent: int | None
    target_percent: int | None
    end_percent: int | None
    goal_met: GoalMet | None
    teacher_took_on: str
    start_count: str = ""
    end_count: str = ""

    @property
    def change_points(self) -> int | None:
        """Percentage points gained (or lost) from baseline to end, when both are known."""
        if self.baseline_percent is None or self.end_percent is None:
            return None
        return self.end_percent - self.baseline_percent

    @property
    def has_result(self) -> bool:
        """Whether the cycle's end share or whether its goal was met has been recorded."""
        return self.end_percent is not None or self.goal_met is not None


@dataclass(frozen=True)
class YearResults:
    """Last year's results, and the facts of this year's plan to read them beside."""

    school_year: str
    cycles_planned: int
    outcomes: tuple[CycleOutcome, ...]
    carry_forward: tuple[str, ...]
    mid_year: str
    end_of_year: str
    this_year: str
    this_year_focus: str
    this_year_cycles: int
    coached_again: tuple[str, ...]
    overall: Outcomes
    by_concept: tuple[GroupOutcomes, ...] = ()

    @property
    def cycles_run(self) -> int:
        """Cycles with a recorded result (an end share or whether the goal was met)."""
        return self.overall.with_results

    def goals(self, met: GoalMet | None) -> int:
        """How many cycles had this outcome (None: ran, but whether the goal was met is unknown)."""
        if met is None:
            return self.overall.with_results - sum(self.overall.goals(m) for m in GoalMet)
        return self.overall.goals(met)


def has_results(plan: Plan) -> bool:
    """Whether a plan's year in review, or any cycle's result, has been filled in."""
    review = plan.year_in_review
    return bool(review.mid_year.strip() or review.end_of_year.strip() or review.carry_forward) or any(
        _cycle_has_result(c) for c in plan.cycles
    )


def _cycle_has_result(cycle: Cycle) -> bool:
    result = cycle.result
    return end_percent(cycle) is not None or goal_outcome(cycle) is not None or bool(result.teacher_took_on)


def _count(cycle: Cycle, stage: CheckpointStage) -> str:
    """A work sort's count alone ("9 of 24"), or "" when it holds no count."""
    checkpoint = checkpoint_at(cycle, stage)
    if checkpoint is None or checkpoint.met is None or not checkpoint.of:
        return ""
    return count_words(checkpoint)


def _outcome(cycle: Cycle, roster: Mapping[str, str]) -> CycleOutcome:
    return CycleOutcome(
        cycle_id=cycle.id,
        title=cycle.title or cycle.id,
        teachers=tuple(roster.get(t, t) for t in cycle.teachers),
        goal=cycle.goal,
        baseline_percent=start_percent(cycle),
        target_percent=cycle.target_percent,
        end_percent=end_percent(cycle),
        goal_met=goal_outcome(cycle),
        teacher_took_on=cycle.result.teacher_took_on,
        start_count=_count(cycle, CheckpointStage.START),
        end_count=_count(cycle, CheckpointStage.END),
    )


def year_results(
    last_year: Plan,
    this_year: Plan,
    coached_again: tuple[str, ...] = (),
    concept_labels: Mapping[str, str] | None = None,
) -> YearResults:
    """Last year's results read from its plan, beside this year's plan (names of teachers coached
    in both years are passed in, as the comparison matched them; concepts are named by
    `concept_labels`, the template's labels by id)."""
    roster = {t.id: record_label(t) for t in last_year.teachers}
    items = counted(last_year)
    review = last_year.year_in_review
    return YearResults(
        school_year=last_year.school_year,
        cycles_planned=len(last_year.cycles),
        outcomes=tuple(_outcome(cycle, roster) for cycle in last_year.cycles),
        carry_forward=tuple(review.carry_forward),
        mid_year=review.mid_year,
        end_of_year=review.end_of_year,
        this_year=this_year.school_year,
        this_year_focus=this_year.focus.this_year,
        this_year_cycles=len(this_year.cycles),
        coached_again=coached_again,
        overall=roll_up(items),
        by_concept=by_concept(items, concept_labels),
    )


def focus_shift(last_year: Plan, this_year: Plan) -> FocusShift | None:
    """Last year's year-2 focus beside this year's focus (None when neither was written)."""
    planned, actual = last_year.focus.year_two, this_year.focus.this_year
    if not (planned.strip() or actual.strip()):
        return None
    return FocusShift(planned, actual, word_runs(planned, actual))
