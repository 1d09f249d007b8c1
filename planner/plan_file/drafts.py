"""The draft kept beside a plan while it is edited (`.2025-26.toml.draft`), recovered after a crash."""

from __future__ import annotations

import contextlib
from pathlib import Path

from planner.plan_file.safe_write import write_atomically


def draft_path(plan_path: Path) -> Path:
    """Where the draft of `plan_path` lives: a hidden file in the same folder."""
    return plan_path.with_name(f".{plan_path.name}.draft")


def write_draft(plan_path: Path, text: str) -> None:
    """Keep `text` (a plan's canonical text) as the draft of `plan_path`."""
    write_atomically(draft_path(plan_path), text)


def pending_draft(plan_path: Path) -> str | None:
    """The draft's text when it holds work the plan file lacks: it differs and is not older."""
    draft = draft_path(plan_path)
    try:
        text = draft.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return None
    try:
        if plan_path.read_text(encoding="utf-8") == text:
            return None
        if draft.stat().st_mtime_ns < plan_path.stat().st_mtime_ns:
            return None
    except FileNotFoundError:
        pass
    return text


def discard_draft(plan_path: Path) -> None:
    """Remove the draft of `plan_path`, if there is one."""
    with contextlib.suppress(FileNotFoundError):
        draft_path(plan_path).unlink()
