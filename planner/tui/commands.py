"""The command palette's entries for planning: every action, and a "Go to" entry for each step."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand

if TYPE_CHECKING:
    from planner.tui.screens.plan_screen import PlanScreen


def plan_commands(screen: PlanScreen) -> Iterator[SystemCommand]:
    """The palette entries of the planning screen."""
    key = screen.key_for
    yield SystemCommand("Save", f"Save the plan to its file ({key('save')})", screen.action_save)
    yield SystemCommand("Next step", f"Go to the next step ({key('next_step')})", screen.action_next_step)
    yield SystemCommand(
        "Previous step", f"Go to the previous step ({key('previous_step')})", screen.action_previous_step
    )
    yield SystemCommand(
        "Review", f"What is unanswered and what needs a second look ({key('review')})", screen.action_review
    )
    yield SystemCommand(
        "Toggle help", f"Show or hide this step's help ({key('toggle_help')})", screen.action_toggle_help
    )
    yield SystemCommand(
        "Compare this step with last year",
        f"Last year's answers beside this year's ({key('compare_step')})",
        screen.action_compare_step,
    )
    yield SystemCommand(
        "All changes since last year", "Every change, step by step", screen.action_all_changes
    )
    yield SystemCommand(
        "Export a summary",
        f"Markdown, HTML or PDF for administrators, or the calendar ({key('export')})",
        screen.action_export,
    )
    yield SystemCommand(
        "Import a school calendar",
        "The district's .ics: its days off become dates to avoid (schedule step)",
        screen.import_calendar,
    )
    yield SystemCommand(
        "Year at a glance",
        "The timeline: windows, cycles, dates to avoid and cycles a week against capacity",
        screen.action_timeline,
    )
    yield SystemCommand(
        "Fit cycles into the year",
        "Propose start dates for the cycles with none: accept or reject each",
        screen.action_fit,
    )
    yield SystemCommand(
        "Re-plan every cycle's start",
        "Propose new start dates for all cycles, inside the windows and the capacity",
        lambda: screen.action_fit(replan_all=True),
    )
    for number, step in enumerate(screen.template.steps, 1):
        yield SystemCommand(
            f"Go to step {number}: {step.title}",
            step.prompt,
            lambda step_id=step.id: screen.go_to(step_id),
        )
