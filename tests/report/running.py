"""`planner report` run as a person runs it, and the text a reader sees in what it wrote."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypdf

from tests.repository import ROOT


def run_report(*arguments: str) -> subprocess.CompletedProcess[str]:
    """`planner report` with these arguments, as a person runs it, from the repository."""
    return subprocess.run(
        [sys.executable, "-m", "planner", "report", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def written_text(path: Path) -> str:
    """What a reader of the file sees, its spaces and line breaks run together (a PDF's text too)."""
    if path.suffix == ".pdf":
        text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    else:
        text = path.read_text(encoding="utf-8")
    return " ".join(text.split())
