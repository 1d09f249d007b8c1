"""One plan being edited: its file, whether it holds unsaved changes, saving and the draft.

No widgets here: the screens call these methods and show what they return or raise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from planner.model import Plan
from planner.plan_file import (
    Fingerprint,
    discard_draft,
    load_plan,
    parse_plan,
    plan_to_text,
    save_plan,
    write_draft,
)


@dataclass
class PlanSession:
    """The plan in memory, the file it belongs to, and what is known about that file."""

    plan: Plan
    path: Path
    fingerprint: Fingerprint | None = None
    unsaved: bool = False
    migrated_from: int | None = None
    # Lines of the file with a comment, which saving does not keep (none once saved).
    comment_lines: list[int] = field(default_factory=list)
    _draft_text: str | None = field(default=None, repr=False)

    @classmethod
    def open(cls, path: Path, new_plan: Plan | None = None) -> PlanSession:
        """The session for `path`: its plan loaded, or `new_plan` when there is no file yet.

        Raises PlanFileError (with every problem) when the file exists but cannot be used.
        """
        if not path.exists() and new_plan is not None:
            return cls(new_plan, path, unsaved=True)
        loaded = load_plan(path)
        return cls(
            loaded.plan,
            path,
            loaded.fingerprint,
            migrated_from=loaded.migrated_from,
            comment_lines=loaded.comment_lines,
        )

    def changed(self) -> None:
        """Note that the plan now differs from the file."""
        self.unsaved = True

    def save(self, *, overwrite: bool = False) -> tuple[Path, ...]:
        """Write the plan to its file; ChangedOnDiskError unless `overwrite` when someone else
        changed the file since it was read. The draft goes once the plan is safely saved.
        Returns the folders the save created (outermost first)."""
        expected = Fingerprint.of(self.path) if overwrite else self.fingerprint
        saved = save_plan(self.plan, self.path, expected=expected)
        self.fingerprint = saved.fingerprint
        self.unsaved = False
        self.migrated_from = None
        self.comment_lines = []
        discard_draft(self.path)
        self._draft_text = None
        return saved.created_folders

    def reload(self) -> None:
        """Read the plan again from its file, dropping the changes in memory."""
        loaded = load_plan(self.path)
        self.plan, self.fingerprint, self.unsaved = loaded.plan, loaded.fingerprint, False
        self.comment_lines = loaded.comment_lines

    def recover(self, draft_text: str) -> None:
        """Take the plan from a draft's text (it is unsaved until the coach saves)."""
        self.plan, _ = parse_plan(draft_text, str(self.path))
        self.unsaved = True

    def keep_draft(self) -> None:
        """Write the draft beside the plan when there are unsaved changes not yet in it.

        Called from a hang-up handler too: it touches nothing but the draft file.
        """
        if not self.unsaved:
            return
        text = plan_to_text(self.plan)
        if text != self._draft_text:
            write_draft(self.path, text)
            self._draft_text = text

    def forget_draft(self) -> None:
        """Remove the draft (the coach chose to quit without keeping the changes)."""
        discard_draft(self.path)
        self._draft_text = None
