"""Last year's results set beside this year's plan, and how the focus moved from one year to the next.

A plan's year in review records how each cycle turned out. When last year's plan holds such
results, the comparison leads with them: how many cycles ran, how many met their goal, how the share
of students meeting each goal moved from baseline to the end, and what was to be carried forward.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.compare.matching import record_label
from planner.compare.words import WordRun, same_text, word_runs
from planner.model import Cycle, GoalMet, Plan, end_percent, goal_outcome, start_percent


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
    """How one of last year's cycles turned out."""

    cycle_id: str
    title: str
    teachers: tuple[str, ...]
    goal: str
    baseline_percent: int | None
    target_percent: int | None
    end_percent: int | None
    goal_met: GoalMet | None
    teacher_took_on: str

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

    @property
    def cycles_run(self) -> int:
        """Cycles with a recorded result (an end share or whether the goal was met)."""
        return sum(o.has_result for o in self.outcomes)

    def goals(self, met: GoalMet | None) -> int:
        """How many cycles recorded this outcome (None: ran, but whether the goal was met is blank)."""
        return sum(o.goal_met == met and o.has_result for o in self.outcomes)


def has_results(plan: Plan) -> bool:
    """Whether a plan's year in review, or any cycle's result, has been filled in."""
    review = plan.year_in_review
    return bool(review.mid_year.strip() or review.end_of_year.strip() or review.carry_forward) or any(
        _cycle_has_result(c) for c in plan.cycles
    )


def _cycle_has_result(cycle: Cycle) -> bool:
    result = cycle.result
    return end_percent(cycle) is not None or goal_outcome(cycle) is not None or bool(result.teacher_took_on)


def year_results(last_year: Plan, this_year: Plan, coached_again: tuple[str, ...] = ()) -> YearResults:
    """Last year's results read from its plan, beside this year's plan (names of teachers coached
    in both years are passed in, as the comparison matched them)."""
    roster = {t.id: record_label(t) for t in last_year.teachers}
    outcomes = tuple(
        CycleOutcome(
            cycle_id=cycle.id,
            title=cycle.title or cycle.id,
            teachers=tuple(roster.get(t, t) for t in cycle.teachers),
            goal=cycle.goal,
            baseline_percent=start_percent(cycle),
            target_percent=cycle.target_percent,
            end_percent=end_percent(cycle),
            goal_met=goal_outcome(cycle),
            teacher_took_on=cycle.result.teacher_took_on,
        )
        for cycle in last_year.cycles
    )
    review = last_year.year_in_review
    return YearResults(
        school_year=last_year.school_year,
        cycles_planned=len(last_year.cycles),
        outcomes=outcomes,
        carry_forward=tuple(review.carry_forward),
        mid_year=review.mid_year,
        end_of_year=review.end_of_year,
        this_year=this_year.school_year,
        this_year_focus=this_year.focus.this_year,
        this_year_cycles=len(this_year.cycles),
        coached_again=coached_again,
    )


def focus_shift(last_year: Plan, this_year: Plan) -> FocusShift | None:
    """Last year's year-2 focus beside this year's focus (None when neither was written)."""
    planned, actual = last_year.focus.year_two, this_year.focus.this_year
    if not (planned.strip() or actual.strip()):
        return None
    return FocusShift(planned, actual, word_runs(planned, actual))
