"""What the plan screen's header says: the school year, the file, and whether it is saved."""

from __future__ import annotations

from planner.tui.session import PlanSession


def plan_titles(session: PlanSession) -> tuple[str, str]:
    """The header's title and sub-title for this session ("planner · 2025-26", "2025-26.toml · saved")."""
    title = f"planner · {session.plan.school_year or 'new plan'}"
    state = "● unsaved changes" if session.unsaved else "saved"
    if session.read_only:
        state = "read-only · ● unsaved" if session.unsaved else "read-only"
    return title, f"{session.path.name} · {state}"
