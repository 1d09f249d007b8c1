"""Writing a file so that it is either wholly old or wholly new, and noticing edits made by others."""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

# A new file is the coach's alone: a plan holds teacher notes, which are confidential.
NEW_FILE_MODE = 0o600
# A new file meant for others (an export, a repository's .gitattributes): the usual bits, less the umask.
SHARED_FILE_MODE = 0o666
_TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class Fingerprint:
    """What a file looked like when it was read: enough to tell whether someone changed it since.

    It keeps the bytes themselves (a plan is a few kilobytes): comparing them is exact, and
    cheaper at start-up than loading a hash library.
    """

    content: bytes = field(repr=False)

    @classmethod
    def of(cls, path: Path) -> Fingerprint | None:
        """The file's fingerprint now (None when there is no file)."""
        try:
            return cls.read(path)[1]
        except (FileNotFoundError, NotADirectoryError):
            return None

    @classmethod
    def read(cls, path: Path) -> tuple[bytes, Fingerprint]:
        """The file's bytes and the fingerprint of exactly those bytes (one read, no race)."""
        data = path.read_bytes()
        return data, cls(data)

    def same_content(self, other: Fingerprint | None) -> bool:
        return other is not None and self.content == other.content

    def holds(self, text: str) -> bool:
        """Whether the file, when fingerprinted, held exactly `text` (as UTF-8)."""
        return text.encode("utf-8") == self.content


class FolderError(OSError):
    """A folder a write needs cannot be created, or takes no new file; `str()` names it and why."""

    def __init__(self, doing: str, folder: Path, cause: OSError, why: str = "") -> None:
        super().__init__(cause.errno, cause.strerror, str(folder))
        self.folder = folder
        self.message = f"{doing} {folder}: {why or reason(cause)}"

    def __str__(self) -> str:
        return self.message


def reason(error: OSError) -> str:
    """Why `error` happened, as the end of a sentence ("permission denied")."""
    text = error.strerror or str(error)
    return text[:1].lower() + text[1:]


def why_not_written(path: Path, error: OSError) -> str:
    """One line saying why `path` was not written: the folder at fault and why, else the file and why."""
    if isinstance(error, FolderError):
        return str(error)
    return f"cannot write {path}: {reason(error)}"


def create_folders(folder: Path) -> list[Path]:
    """Create `folder` and the folders above it that are missing; return those created, outermost first.

    FolderError names the first one that cannot be created and why.
    """
    missing = []
    while not folder.is_dir() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    created = []
    for each in reversed(missing):
        try:
            each.mkdir()
        except FileExistsError as error:
            if not each.is_dir():
                # A file, or a link to nowhere, where the folder should be.
                why = "something that is not a folder has that name"
                raise FolderError("cannot create the folder", each, error, why) from error
            continue  # another process made it meanwhile
        except OSError as error:
            raise FolderError("cannot create the folder", each, error) from error
        created.append(each)
    return created


def created_note(folders: Sequence[Path]) -> str:
    """The end of a save's message naming the folders it created, like " (created the folder plans/)";
    "" when it created none."""
    if not folders:
        return ""
    names = ", ".join(f"{folder}{os.sep}" for folder in folders)
    return f" (created the folder{'s' if len(folders) > 1 else ''} {names})"


def write_atomically(
    path: Path, content: str | bytes, *, mode_from: Path | None = None, shared: bool = False
) -> None:
    """Replace the file at `path` with `content`: a temp file beside it, fsync, rename, fsync the folder.

    Text is written as UTF-8, bytes as they are. A symlink is written through: its target gets
    the content and the link stays a link. The file keeps its permission bits (and its owner and
    group where the system allows); a new file takes those of `mode_from` when that file exists,
    else NEW_FILE_MODE, or with `shared` (a file meant for others) SHARED_FILE_MODE less the
    umask. The temp file has them before it holds a byte. Temp files that an earlier
    write of the same file left behind (its process killed) are removed first. If anything fails,
    the original is untouched and the temp file is removed; FolderError when the folder takes no
    new file.
    """
    target = Path(os.path.realpath(path))
    folder = target.parent
    mode, owner = _permissions(target, mode_from, _shared_mode() if shared else NEW_FILE_MODE)
    _remove_abandoned_temp_files(target)
    import tempfile  # about 8 ms at start-up otherwise; only a save needs it

    # The writer's process id in the name tells a later write whether the writer is gone.
    prefix = f".{target.name}.{os.getpid()}."
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=_TEMP_SUFFIX)
    except OSError as error:
        raise FolderError("cannot create a file in the folder", folder, error) from error
    try:
        with os.fdopen(handle, "wb") as temp:
            if owner is not None:
                with contextlib.suppress(PermissionError):
                    os.fchown(handle, *owner)
            # After the owner: a change of owner clears the set-user and set-group bits.
            os.fchmod(handle, mode)
            temp.write(content.encode("utf-8") if isinstance(content, str) else content)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


def _shared_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return SHARED_FILE_MODE & ~umask


def _permissions(target: Path, mode_from: Path | None, new_mode: int) -> tuple[int, tuple[int, int] | None]:
    """The permission bits for a new version of `target` (`new_mode` when neither it nor
    `mode_from` exists), and the owner and group to give it (None when the writer's own are right)."""
    try:
        status = target.stat()
    except FileNotFoundError:
        try:
            return stat.S_IMODE(mode_from.stat().st_mode) if mode_from else new_mode, None
        except FileNotFoundError:
            return new_mode, None
    owner = (status.st_uid, status.st_gid)
    return stat.S_IMODE(status.st_mode), None if owner == (os.geteuid(), os.getegid()) else owner


def _remove_abandoned_temp_files(target: Path) -> None:
    """Remove the temp files of earlier writes of `target` whose process is gone (killed mid-write).

    Only names this module gives are considered, so no other program's file is touched.
    """
    # A process id has at most 7 digits (Linux's largest is 4194304).
    ours = re.compile(rf"\.{re.escape(target.name)}\.(\d{{1,7}})\.[a-z0-9_]+{re.escape(_TEMP_SUFFIX)}")
    try:
        names = os.listdir(target.parent)
    except OSError:
        return  # the write itself says what is wrong with the folder
    for name in names:
        found = ours.fullmatch(name)
        if found and not process_running(int(found[1])):
            with contextlib.suppress(OSError):
                os.unlink(target.parent / name)


def process_running(pid: int) -> bool:
    """Whether a process with this id runs on this computer (one of another user counts)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
