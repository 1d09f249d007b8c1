"""A plan's drafts as the tests look for them: wherever the planner put them, whoever wrote them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from planner.plan_file import find_drafts


def draft_files(plan: Path) -> list[Path]:
    """The drafts of `plan` that no running planner (other than this test's) is editing."""
    return [draft.path for draft in find_drafts(plan)[0]]


def draft_text(plan: Path) -> str:
    """The text of the one draft of `plan`."""
    (draft,) = find_drafts(plan)[0]
    return draft.text


def ended_session(host: str = "") -> str:
    """A draft name's session part for a planner that has ended on this computer (or on `host`)."""
    import socket

    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return f"{host or socket.gethostname()}-{int(ended.stdout)}-1"
