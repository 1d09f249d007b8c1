"""A cycle's work sorts as a comparison words them: "End work sort", "15 of 24 (63%)", and a
changed count as "15 of 24 -> 18 of 24 (63% -> 75%)".

Shares come from `planner.model` (`share_of`, `whole_percent`), the one place they are computed.
"""

from __future__ import annotations

from planner.model import Checkpoint, CheckpointStage, share_of, whole_percent

_STAGE_NAMES = {
    CheckpointStage.START: "Start work sort",
    CheckpointStage.DURING: "Work sort along the way",
    CheckpointStage.END: "End work sort",
}


def checkpoint_name(checkpoint: Checkpoint) -> str:
    """What a work sort is called: "End work sort"; one along the way also by its id, as a cycle
    may hold several."""
    name = _STAGE_NAMES[checkpoint.stage]
    return f"{name} ({checkpoint.id})" if checkpoint.stage == CheckpointStage.DURING else name


def count_words(checkpoint: Checkpoint) -> str:
    """A work sort's count alone ("9 of 24"), else its share ("38%"), else "not counted"."""
    if checkpoint.met is not None and checkpoint.of:
        return f"{checkpoint.met} of {checkpoint.of}"
    percent = whole_percent(share_of(checkpoint))
    return "not counted" if percent is None else f"{percent}%"


def _percent(checkpoint: Checkpoint) -> str:
    percent = whole_percent(share_of(checkpoint))
    return "no share" if percent is None else f"{percent}%"


def checkpoint_text(checkpoint: Checkpoint) -> str:
    """A whole work sort on one line: "End work sort: 18 of 24 (75%), task, 2026-05-12"."""
    count = count_words(checkpoint)
    if checkpoint.met is not None and checkpoint.of:
        count += f" ({_percent(checkpoint)})"
    details = [d for d in (checkpoint.sorted.label.lower() if checkpoint.sorted else "",) if d]
    if checkpoint.date is not None:
        details.append(checkpoint.date.isoformat())
    return f"{checkpoint_name(checkpoint)}: {', '.join([count, *details])}"


def checkpoint_change(old: Checkpoint, new: Checkpoint) -> str:
    """How one work sort changed: "15 of 24 -> 18 of 24 (63% -> 75%)", then any other field that
    changed ("date 2026-05-12 -> 2026-05-14")."""
    parts = []
    if (old.met, old.of, old.share) != (new.met, new.of, new.share):
        parts.append(f"{count_words(old)} -> {count_words(new)} ({_percent(old)} -> {_percent(new)})")
    if old.stage != new.stage:
        parts.append(f"stage {old.stage.label.lower()} -> {new.stage.label.lower()}")
    if old.date != new.date:
        before = old.date.isoformat() if old.date else "(blank)"
        after = new.date.isoformat() if new.date else "(blank)"
        parts.append(f"date {before} -> {after}")
    if old.sorted != new.sorted:
        before = old.sorted.label.lower() if old.sorted else "(blank)"
        after = new.sorted.label.lower() if new.sorted else "(blank)"
        parts.append(f"sorted {before} -> {after}")
    return "; ".join(parts)
