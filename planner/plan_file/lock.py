"""The lock that says a plan is open in a planner: `.#2025-26.toml` beside it, as emacs does.

A plain file (not emacs' symlink: a symlink cannot be made on every file system a school uses),
one line: `user@host.pid since 2026-12-02T06:30:00`. It is made with O_EXCL, so of two planners
starting at once only one holds it. A lock whose process no longer runs on this computer is
stale. When the plan's folder cannot take a lock (a read-only checkout), it goes to
`STATE/locks/`, named after the plan's absolute path.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import re
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from planner.plan_file.places import state_folder
from planner.plan_file.safe_write import process_running, write_atomically

_LINE = re.compile(r"^(?P<user>[^@\s]*)@(?P<host>\S+)\.(?P<pid>\d+)(?: since (?P<since>\S+))?$")


@dataclass(frozen=True)
class LockOwner:
    """The planner holding a plan's lock: who, where, which process, since when."""

    user: str
    host: str
    pid: int
    since: str

    @property
    def running(self) -> bool | None:
        """Whether its process still runs; None when it runs on another computer (unknown)."""
        if self.host != socket.gethostname():
            return None
        return process_running(self.pid)

    @property
    def is_this_process(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def __str__(self) -> str:
        return f"{self.user}@{self.host}.{self.pid} since {self.since}"


def lock_path(plan_path: Path) -> Path:
    """The lock beside `plan_path`: `.#NAME`."""
    return plan_path.with_name(f".#{plan_path.name}")


def fallback_lock_path(plan_path: Path) -> Path:
    """The lock of a plan whose folder cannot take one, in the state folder."""
    import hashlib

    digest = hashlib.sha256(str(plan_path.resolve()).encode()).hexdigest()[:12]
    return state_folder() / "locks" / f"{plan_path.name}-{digest}.lock"


def _this_process() -> LockOwner:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid())
    since = datetime.now().astimezone().isoformat(timespec="seconds")
    return LockOwner(user, socket.gethostname(), os.getpid(), since)


def read_lock(path: Path) -> LockOwner | None:
    """The owner written in the lock file at `path`; None when there is none. A lock that cannot be
    read names an unknown owner (process 0), which counts as gone."""
    try:
        line = path.read_text(encoding="utf-8", errors="replace").strip()
    except FileNotFoundError:
        return None
    except OSError:
        line = ""
    match = _LINE.match(line)
    if match is None:
        return LockOwner("?", socket.gethostname(), 0, "?")
    return LockOwner(match["user"], match["host"], int(match["pid"]), match["since"] or "?")


def _create(path: Path, owner: LockOwner) -> LockOwner | None:
    """Make the lock at `path` for `owner`; the owner already there, or None once made."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        current = read_lock(path)
        return None if current is None or current.is_this_process else current
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(f"{owner}\n")
    return None


def lock_plan(plan_path: Path) -> LockOwner | None:
    """Take the lock of `plan_path` for this process: None once it is ours, else who holds it.

    OSError when neither the plan's folder nor the state folder can take one.
    """
    owner = _this_process()
    try:
        return _create(lock_path(plan_path), owner)
    except OSError:
        fallback = fallback_lock_path(plan_path)
        fallback.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        return _create(fallback, owner)


def take_over_lock(plan_path: Path) -> None:
    """Make the lock of `plan_path` this process's, whoever held it (the coach chose to)."""
    line = f"{_this_process()}\n"
    for path in (lock_path(plan_path), fallback_lock_path(plan_path)):
        if path.exists():
            try:
                write_atomically(path, line)
            except OSError:
                continue
            return
    lock_plan(plan_path)


def unlock_plan(plan_path: Path) -> None:
    """Remove the lock of `plan_path` if this process holds it (never another's)."""
    for path in (lock_path(plan_path), fallback_lock_path(plan_path)):
        owner = read_lock(path)
        if owner is not None and owner.is_this_process:
            with contextlib.suppress(OSError):
                path.unlink()
