"""Drafts of a plan while it is edited: one per session, beside the plan or else in the state folder.

A session's draft is named for the plan and for the session (`.2025-26.toml.draft-HOST-PID-N`), so
two planners on one plan never write, recover or delete each other's. Beside each draft, a `.base`
file holds the text of the plan file the draft began from, so that recovering onto a file changed
since can merge the two. When the plan's folder cannot take a draft (read-only, full, not allowed,
missing), it goes to `STATE/drafts/`, named after the plan's absolute path, where opening the plan
looks too. A draft that cannot be read is moved aside under a name that says so, never deleted.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from planner.plan_file.places import state_folder
from planner.plan_file.safe_write import process_running, write_atomically

_MARK = ".draft"
_BASE = ".base"
_UNREADABLE = ".unreadable-"
# Why a folder refuses a file, in the words the planner shows.
_REASONS = {
    errno.EROFS: "read-only folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOSPC: "disk full",
    errno.EDQUOT: "disk quota full",
    errno.ENOENT: "folder missing",
    errno.ENOTDIR: "folder missing",
}


def refusal(error: OSError) -> str:
    """Why a write failed, in a few words ("read-only folder", "disk full")."""
    return _REASONS.get(error.errno or 0) or (error.strerror or str(error)).lower()


@dataclass(frozen=True)
class Owner:
    """The session that wrote a draft: its computer and process id."""

    host: str
    pid: int

    @property
    def running(self) -> bool:
        """Whether that session is still editing: its process runs on this computer (one on
        another computer cannot be checked, and counts as gone)."""
        here = self.host == socket.gethostname()
        return here and self.pid != os.getpid() and process_running(self.pid)


def session_token(serial: int = 1) -> str:
    """This session's part of a draft's name: computer, process id and a serial number."""
    return f"{socket.gethostname()}-{os.getpid()}-{serial}"


def _owner_of(token: str) -> Owner | None:
    parts = token.rsplit("-", 2)
    if len(parts) != 3 or not parts[0] or not (parts[1].isdigit() and parts[2].isdigit()):
        return None
    return Owner(parts[0], int(parts[1]))


def fallback_folder() -> Path:
    """Where drafts go when their plan's folder cannot take them: STATE/drafts."""
    return state_folder() / "drafts"


def _fallback_prefix(plan_path: Path) -> str:
    # The plan's name for a person reading the folder, a digest of its absolute path so that two
    # plans of the same name in different folders keep apart.
    import hashlib

    digest = hashlib.sha256(str(plan_path.resolve()).encode()).hexdigest()[:12]
    return f"{plan_path.name}-{digest}{_MARK}"


def draft_path(plan_path: Path, token: str) -> Path:
    """Where the draft of `plan_path` by session `token` lives: a hidden file beside the plan."""
    return plan_path.with_name(f".{plan_path.name}{_MARK}-{token}")


def fallback_draft_path(plan_path: Path, token: str) -> Path:
    """Where that draft goes when the plan's folder cannot take it: the state folder."""
    return fallback_folder() / f"{_fallback_prefix(plan_path)}-{token}"


def base_path(draft: Path) -> Path:
    """The file holding the plan text a draft began from."""
    return draft.with_name(draft.name + _BASE)


@dataclass(frozen=True)
class DraftWritten:
    """Where a draft went: `path` (None when nowhere), and why the plan's folder refused it."""

    path: Path | None
    refused: str | None = None

    @property
    def in_fallback(self) -> bool:
        return self.path is not None and self.refused is not None


def _write_pair(path: Path, text: str, base: str | None, plan_path: Path) -> None:
    if base is not None:
        try:
            same = base_path(path).read_text(encoding="utf-8") == base
        except (OSError, UnicodeDecodeError):
            same = False
        if not same:
            write_atomically(base_path(path), base, mode_from=plan_path)
    write_atomically(path, text, mode_from=plan_path)


def write_draft(plan_path: Path, token: str, text: str, base: str | None) -> DraftWritten:
    """Keep `text` as session `token`'s draft of `plan_path`, `base` (the plan file's text it began
    from, None for a plan with no file) beside it: in the plan's folder, else in the state folder.
    Never raises OSError: the answer says where it went, and why not beside the plan."""
    beside = draft_path(plan_path, token)
    fallback = fallback_draft_path(plan_path, token)
    try:
        _write_pair(beside, text, base, plan_path)
    except OSError as error:
        refused = refusal(error)
    else:
        discard_draft(fallback)
        return DraftWritten(beside)
    try:
        fallback.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write_pair(fallback, text, base, plan_path)
    except OSError as error:
        return DraftWritten(None, f"{refused}; state folder: {refusal(error)}")
    return DraftWritten(fallback, refused)


def discard_draft(path: Path) -> None:
    """Remove the draft at `path` and its base, if they are there."""
    for file in (path, base_path(path)):
        with contextlib.suppress(FileNotFoundError):
            file.unlink()


@dataclass(frozen=True)
class Draft:
    """A draft found on disk: its text, the plan text it began from (None: unknown or no file),
    who wrote it (None for a draft of an older planner) and when."""

    path: Path
    text: str
    base: str | None
    owner: Owner | None
    written: datetime


@dataclass(frozen=True)
class SetAside:
    """An unreadable draft moved aside: where it is now, and why it could not be read."""

    path: Path
    reason: str


def _candidates(plan_path: Path) -> list[tuple[Path, str]]:
    """(path, token) of each draft file of the plan, beside it and in the state folder."""
    found = []
    for folder, prefix in (
        (plan_path.parent, f".{plan_path.name}{_MARK}"),
        (fallback_folder(), _fallback_prefix(plan_path)),
    ):
        with contextlib.suppress(OSError):
            for path in folder.iterdir():
                name = path.name
                token = name[len(prefix) :]
                if not name.startswith(prefix) or (token and not token.startswith("-")):
                    continue
                if name.endswith((_BASE, ".tmp")) or _UNREADABLE in token:
                    continue
                found.append((path, token[1:]))
    return found


def find_drafts(plan_path: Path) -> tuple[list[Draft], list[SetAside]]:
    """The drafts of `plan_path` that no running session is editing, newest first, and those that
    were not UTF-8 text, moved aside (see set_aside)."""
    drafts, moved = [], []
    for path, token in _candidates(plan_path):
        owner = _owner_of(token)
        if owner is not None and owner.running:
            continue
        try:
            data = path.read_bytes()
            written = datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            with contextlib.suppress(OSError):
                moved.append(set_aside(path, f"not UTF-8 text (byte {error.start})"))
            continue
        try:
            base: str | None = base_path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            base = None
        drafts.append(Draft(path, text, base, owner, written))
    drafts.sort(key=lambda draft: draft.written, reverse=True)
    return drafts, moved


def set_aside(path: Path, reason: str) -> SetAside:
    """Move an unreadable draft (and its base) aside, named `...draft-TOKEN.unreadable-WHEN`, in
    the same folder; OSError when it cannot be moved."""
    aside = path.with_name(f"{path.name}{_UNREADABLE}{datetime.now():%Y%m%d-%H%M%S}")
    os.replace(path, aside)
    with contextlib.suppress(OSError):
        os.replace(base_path(path), base_path(aside))
    return SetAside(aside, reason)
