"""One plan being edited: its file, whether it holds unsaved or refused answers, saving, its lock, drafts.

No widgets: screens and flows show what these return or raise. A merge (a draft onto a file changed
since, a save onto a file changed on disk) is the git driver's; changes read as `planner diff`'s."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from planner.model import Plan
from planner.plan_file import (
    Draft,
    DraftWritten,
    Fingerprint,
    PlanFileError,
    SetAside,
    discard_draft,
    draft_path,
    fallback_draft_path,
    find_drafts,
    load_plan,
    parse_plan,
    plan_to_text,
    save_plan,
    session_token,
    set_aside,
    unlock_plan,
    write_draft,
)

if TYPE_CHECKING:
    from planner.questions import Template


class ReadOnlyError(Exception):
    """The plan was opened read-only (another planner has it open): it is not saved from here."""


@dataclass(frozen=True)
class Recovery:
    """What recovering a draft gives: the plan, and the answers both the draft and the file
    changed since the draft began (the draft's side is kept for each)."""

    draft: Draft
    plan: Plan
    conflicts: tuple[str, ...]
    # Whether the file changed since the draft began (the plan is then a merge of the two).
    merged: bool


@dataclass(frozen=True)
class Merged:
    """A merge of the coach's plan with the file on disk: the answers both changed (ours kept)."""

    conflicts: tuple[str, ...]


def _merge(
    base_text: str | None, ours: Plan, theirs: Plan, template: Template | None
) -> tuple[Plan, tuple[str, ...]]:
    """Our plan merged onto theirs since `base_text` (the git driver's merge, our side kept on a
    conflict), and each conflict named in the plan's terms."""
    base = parse_plan(base_text)[0] if base_text is not None else Plan()
    from planner.git.merge import merge_plans  # only a merge needs it

    result = merge_plans(base, ours, theirs, prefer="ours")
    return result.plan, tuple(_conflict_name(str(c.path), template) for c in result.conflicts)


def _conflict_name(path: str, template: Template | None) -> str:
    """`cycles[c2].focus` as "Focus (cycles[c2].focus)": the template's label, then the path."""
    from planner.compare.guide import FieldGuide, readable

    bare = re.sub(r"\[[^\]]*\]", "", path)
    label = FieldGuide(template).label(bare) if template is not None else readable(bare)
    return f"{label} ({path})"


def describe_changes(old: Plan, new: Plan, template: Template | None, title: str = "") -> str:
    """What changed from `old` to `new`, in the plan's terms (the text of `planner diff`)."""
    from planner.compare import compare_plans
    from planner.compare.render import render_text

    return render_text(compare_plans(old, new, template), title=title)


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
    # Another planner has the plan open: this one shows it and keeps its own draft, never saves.
    read_only: bool = False
    # Whether this session holds the plan's lock (and removes it when it ends).
    locked: bool = False
    # Where the last draft went (None before the first), for the screen to say.
    draft_written: DraftWritten | None = None
    # This session's part of its draft's name; a reload starts a new one, leaving the old draft.
    token: str = field(default_factory=session_token)
    _draft_serial: int = 1
    _draft_text: str | None = field(default=None, repr=False)
    # Drafts of ended sessions this one recovered: removed once this session's own draft (or the
    # saved file) holds their work.
    _adopted: list[Path] = field(default_factory=list, repr=False)
    # The answers refused as not valid (so not in the plan): label by field; none in a plan replaced.
    _refused: dict[str, str] = field(default_factory=dict, repr=False)

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

    @property
    def base_text(self) -> str | None:
        """The text of the file as this session read or last wrote it (None: there was none)."""
        fingerprint = self.fingerprint
        return None if fingerprint is None else fingerprint.content.decode("utf-8-sig", errors="replace")

    def changed(self) -> None:
        """Note that the plan now differs from the file."""
        self.unsaved = True

    def refuse(self, field: str, label: str) -> None:
        """Note that the answer to `field` was refused as not valid (the plan keeps the last valid one)."""
        self._refused[field] = label

    def accept(self, field: str) -> None:
        """Note that the answer to `field` is valid again (or was never refused)."""
        self._refused.pop(field, None)

    @property
    def refused(self) -> tuple[str, ...]:
        """The labels of the answers refused now, in the order they were refused."""
        return tuple(self._refused.values())

    def save(self, *, overwrite: bool = False) -> tuple[Path, ...]:
        """Write the plan to its file; ChangedOnDiskError unless `overwrite` when someone else
        changed the file since it was read; ReadOnlyError in a read-only session. This session's
        draft (and any it recovered) goes once the plan is safely saved; drafts it set aside by
        reloading stay until the coach discards them. Returns the folders the save created
        (outermost first)."""
        if self.read_only:
            raise ReadOnlyError(str(self.path))
        expected = Fingerprint.of(self.path) if overwrite else self.fingerprint
        saved = save_plan(self.plan, self.path, expected=expected)
        self.fingerprint = saved.fingerprint
        self.unsaved = False
        self.migrated_from = None
        self.comment_lines = []
        self.forget_draft()
        return saved.created_folders

    def reload(self) -> None:
        """Read the plan again from its file. The changes in memory stay in this session's draft,
        which is left on disk for the coach to recover or discard (the session starts a new one).

        PlanFileError when the file cannot be used (nothing changes); OSError when the coach's
        changes could not be kept in a draft (nothing changes either)."""
        loaded = load_plan(self.path)
        if self.unsaved:
            written = self.keep_draft()
            if written is not None and written.path is None:
                raise OSError(f"the draft could not be written ({written.refused})")
            self._draft_serial += 1
            self.token = session_token(self._draft_serial)
            self._draft_text = None
        self.plan, self.fingerprint, self.unsaved = loaded.plan, loaded.fingerprint, False
        self._refused.clear()
        self.comment_lines = loaded.comment_lines

    def disk_plan(self) -> Plan:
        """The plan in the file now (PlanFileError when it cannot be used)."""
        return load_plan(self.path).plan

    def changes_on_disk(self, template: Template | None) -> str:
        """What someone else changed in the file since this session read it, in plan terms."""
        base = parse_plan(self.base_text)[0] if self.base_text is not None else Plan()
        return describe_changes(base, self.disk_plan(), template)

    def merge_with_disk(self, template: Template | None) -> Merged:
        """Take in the changes saved to the file by someone else since it was read, keeping the
        coach's answer where both changed one (named in the result). The plan stays unsaved.
        PlanFileError when the file cannot be used (nothing changes)."""
        loaded = load_plan(self.path)
        self.plan, conflicts = _merge(self.base_text, self.plan, loaded.plan, template)
        self._refused.clear()
        self.fingerprint = loaded.fingerprint
        self.unsaved = True
        return Merged(conflicts)

    # Drafts of ended sessions

    def drafts_to_offer(self, template: Template | None) -> tuple[list[Recovery], list[SetAside]]:
        """Each draft of an ended session that holds something the file does not (whatever the
        clocks say), as it would be recovered; and the unreadable ones, moved aside. A draft that
        holds nothing more than the file is removed."""
        drafts, moved = find_drafts(self.path)
        offers = []
        for draft in drafts:
            try:
                recovery = self._recovery(draft, template)
            except PlanFileError as error:
                try:
                    moved.append(set_aside(draft.path, str(error.problems[0].at(source=None))))
                except OSError:
                    continue
                continue
            if recovery is None:
                discard_draft(draft.path)
            else:
                offers.append(recovery)
        return offers, moved

    def _recovery(self, draft: Draft, template: Template | None) -> Recovery | None:
        drafted, _ = parse_plan(draft.text, str(draft.path))
        if drafted == self.plan:
            return None
        base: Plan | None = None
        if draft.base is not None:
            try:
                base = parse_plan(draft.base)[0]
            except PlanFileError:
                base = None
        if base is None or base == self.plan or self.fingerprint is None:
            return Recovery(draft, drafted, (), merged=False)
        plan, conflicts = _merge(draft.base, drafted, self.plan, template)
        return None if plan == self.plan else Recovery(draft, plan, conflicts, merged=True)

    def recover(self, recovery: Recovery) -> None:
        """Take the plan from a draft (merged onto the file): unsaved until the coach saves. The
        draft recovered is removed once this session's own draft (see keep_draft) or the saved
        file holds its work."""
        self.plan = recovery.plan
        self._refused.clear()
        self.unsaved = True
        self._adopted.append(recovery.draft.path)

    def discard(self, recovery: Recovery) -> None:
        """Remove a draft the coach chose to discard."""
        discard_draft(recovery.draft.path)

    # This session's draft

    def keep_draft(self) -> DraftWritten | None:
        """Write this session's draft when there are unsaved changes not yet in it: beside the
        plan, else in the state folder. Returns where it went (None when nothing was written).

        Called from a hang-up handler too: it touches nothing but draft files, and raises nothing.
        """
        if not self.unsaved:
            return None
        text = plan_to_text(self.plan)
        if text == self._draft_text:
            return None
        self.draft_written = write_draft(self.path, self.token, text, self.base_text)
        if self.draft_written.path is not None:
            self._draft_text = text
            self._discard_adopted()
        return self.draft_written

    def _discard_adopted(self) -> None:
        for path in self._adopted:
            discard_draft(path)
        self._adopted.clear()

    def forget_draft(self) -> None:
        """Remove this session's draft (saved, or the coach chose to leave without the changes)."""
        discard_draft(draft_path(self.path, self.token))
        discard_draft(fallback_draft_path(self.path, self.token))
        self._discard_adopted()
        self._draft_text = None
        self.draft_written = None

    def close(self) -> None:
        """The session ends: its draft is kept (when unsaved), its lock removed. Raises nothing."""
        self.keep_draft()
        if self.locked:
            unlock_plan(self.path)
            self.locked = False
