"""The command palette's entries for planning: every action, and a "Go to" entry for each step."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand

if TYPE_CHECKING:
    from planner.tui.screens.plan_screen import PlanScreen


def plan_commands(screen: PlanScreen) -> Iterator[SystemCommand]:
    """The palette entries of the planning screen."""
    yield SystemCommand("Save", "Save the plan to its file (ctrl+s)", screen.action_save)
    yield SystemCommand("Next step", "Go to the next step (ctrl+n)", screen.action_next_step)
    yield SystemCommand("Previous step", "Go to the previous step (F7)", screen.action_previous_step)
    yield SystemCommand("Review", "What is unanswered and what needs a second look", screen.action_review)
    yield SystemCommand("Toggle help", "Show or hide this step's help (F1)", screen.action_toggle_help)
    yield SystemCommand(
        "Compare this step with last year",
        "Last year's answers beside this year's (ctrl+d)",
        screen.action_compare_step,
    )
    yield SystemCommand(
        "All changes since last year", "Every change, step by step", screen.action_all_changes
    )
    yield SystemCommand(
        "Export a summary", "Markdown, HTML or PDF for administrators (ctrl+e)", screen.action_export
    )
    for number, step in enumerate(screen.template.steps, 1):
        yield SystemCommand(
            f"Go to step {number}: {step.title}",
            step.prompt,
            lambda step_id=step.id: screen.go_to(step_id),
        )
