"""Comparing two plans in the plan's own terms: answers, teachers, cycles, and last year's results.

`compare_plans(old, new)` gives a `Comparison`: every change with its field, label, record and
template step (`for_step(step_id)` for one step's), prose changes word by word, and when last
year's plan is compared with this year's, its results and the shift of focus. The renderers turn a
comparison into text (optionally coloured), Markdown, or JSON of a documented, versioned shape.
"""

from planner.compare.changes import Change, ChangeKind, Comparison, RecordRef, StepChanges
from planner.compare.lines import Line, Span
from planner.compare.outline import answer_text, left_behind_lines, step_lines
from planner.compare.plans import compare_plans
from planner.compare.results import CycleOutcome, FocusShift, YearResults, has_results, year_results
from planner.compare.words import WordRun, same_text, word_runs

__all__ = [
    "Change",
    "ChangeKind",
    "Comparison",
    "CycleOutcome",
    "FocusShift",
    "Line",
    "RecordRef",
    "Span",
    "StepChanges",
    "WordRun",
    "YearResults",
    "answer_text",
    "compare_plans",
    "has_results",
    "left_behind_lines",
    "same_text",
    "step_lines",
    "word_runs",
    "year_results",
]
