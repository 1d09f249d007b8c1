"""Folders that refuse writes for the fault tests: read-only for real, even for root."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def read_only_folder(folder: Path, files: dict[str, str] | None = None) -> Iterator[Path]:
    """`folder`, holding `files`, made read-only: a read-only tmpfs for root (whom permissions do
    not stop), else a folder without write permission."""
    folder.mkdir()
    if os.geteuid() != 0:
        for name, text in (files or {}).items():
            (folder / name).write_text(text)
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], check=True)
    try:
        for name, text in (files or {}).items():
            (folder / name).write_text(text)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)
