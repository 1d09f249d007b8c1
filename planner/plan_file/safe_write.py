"""Writing a file so that it is either wholly old or wholly new, and noticing edits made by others."""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path


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
        except FileNotFoundError:
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


def write_atomically(path: Path, content: str | bytes, *, mode_from: Path | None = None) -> None:
    """Replace `path` with `content`: temp file in the same folder, fsync, rename, fsync the folder.

    Text is written as UTF-8, bytes as they are. The file keeps its permissions (a new one takes
    those of `mode_from`, when given and there). If anything fails, the original is untouched and
    the temporary file is removed.
    """
    folder = path.parent
    mode = _mode_of(path)
    if mode is None and mode_from is not None:
        mode = _mode_of(mode_from)
    if mode is None:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    import tempfile  # about 8 ms at start-up otherwise; only a save needs it

    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(content.encode("utf-8") if isinstance(content, str) else content)
            temp.flush()
            os.fsync(temp.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


def _mode_of(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return None


def _fsync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
