"""The plan file: reading, checking, migrating and safely writing a coaching plan as canonical TOML.

This layer knows files and TOML, never a terminal: it returns values or raises `PlanFileError`
carrying every `Problem` found, and the front ends decide how to show them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from planner.model import Plan
from planner.plan_file.canonical import render_toml
from planner.plan_file.codec import decode_plan, decode_record, encode_plan
from planner.plan_file.comments import comment_lines, lines_named
from planner.plan_file.drafts import discard_draft, draft_path, pending_draft, write_draft
from planner.plan_file.locate import line_of
from planner.plan_file.migrations import CURRENT_FORMAT, FORMAT_KEY, migrate
from planner.plan_file.problems import (
    ChangedOnDiskError,
    PlanFileError,
    Problem,
    UnreadableFileError,
)
from planner.plan_file.prose import reflowed
from planner.plan_file.safe_write import Fingerprint, write_atomically

__all__ = [
    "CURRENT_FORMAT",
    "ChangedOnDiskError",
    "Fingerprint",
    "LoadedPlan",
    "PlanFileError",
    "Problem",
    "UnreadableFileError",
    "check_plan",
    "comment_lines",
    "decode_record",
    "discard_draft",
    "draft_path",
    "lines_named",
    "load_plan",
    "parse_plan",
    "pending_draft",
    "plan_to_text",
    "read_text",
    "save_plan",
    "toml_problems",
    "write_atomically",
    "write_draft",
]

_CONFLICT_MARKER = re.compile(r"^(<{7}|={7}|>{7}|\|{7})(?:\s|$)")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)$")


@dataclass
class LoadedPlan:
    """A plan read from disk, with what is needed to save it back safely."""

    plan: Plan
    path: Path
    fingerprint: Fingerprint | None
    migrated_from: int | None = None
    # Lines of the file with a comment: saving the plan does not keep them.
    comment_lines: list[int] = field(default_factory=list)


def read_text(path: Path) -> str:
    """The file's text; UnreadableFileError with a one-line reason when it cannot be read."""
    return _read_with_fingerprint(path)[0]


def _read_with_fingerprint(path: Path) -> tuple[str, Fingerprint]:
    try:
        data, fingerprint = Fingerprint.read(path)
        # utf-8-sig: a byte-order mark, as some Windows editors write, is not part of the plan.
        return data.decode("utf-8-sig"), fingerprint
    except FileNotFoundError:
        reason = "no such file: check the path, or create it with `planner new`"
    except IsADirectoryError:
        reason = "is a folder, not a plan file"
    except PermissionError:
        reason = "permission denied: check the file's permissions"
    except UnicodeDecodeError as error:
        reason = f"not UTF-8 text (byte {error.start}): save it as UTF-8"
    except OSError as error:
        reason = f"cannot be read: {error.strerror}"
    raise UnreadableFileError([Problem(reason, source=str(path))])


def toml_problems(text: str) -> tuple[dict | None, list[Problem]]:
    """The TOML data in `text`, or the merge-conflict markers or syntax error that stop it parsing."""
    markers = [
        Problem(
            "git merge conflict marker: keep the side you want, then delete the marker lines",
            line=number,
        )
        for number, line in enumerate(text.splitlines(), 1)
        if _CONFLICT_MARKER.match(line)
    ]
    if markers:
        return None, markers
    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = _TOML_POSITION.search(message)
        line = column = None
        at_end = _TOML_AT_END.search(message)
        if position:
            line, column = int(position[1]), int(position[2])
            message = message[: position.start()]
        elif at_end:
            lines = text.split("\n")
            line, column = len(lines), len(lines[-1]) + 1
            message = f"{message[: at_end.start()]} at the end of the file"
        return None, [Problem(f"TOML syntax error: {message}", line=line, column=column)]


def parse_plan(text: str, source: str = "") -> tuple[Plan, int]:
    """The plan in `text` and the format it was written in; PlanFileError listing every problem."""
    data, problems = toml_problems(text)
    if data is None:
        raise PlanFileError([p.at(source=source) for p in problems])
    data, original_format, problems = migrate(data)
    # Lines are looked up in the text only when its keys are where the field paths say.
    migrated = not problems and original_format != CURRENT_FORMAT
    if not problems:
        data.pop(FORMAT_KEY, None)
        plan, problems = decode_plan(reflowed(data))
    if problems:
        located = "" if migrated else text
        placed = [p.at(source=source, line=line_of(located, p.field) if p.field else None) for p in problems]
        # In the order of the file, so a coach can fix them from top to bottom.
        raise PlanFileError(sorted(placed, key=lambda p: (p.line is None, p.line or 0)))
    return plan, original_format


def load_plan(path: Path) -> LoadedPlan:
    """The plan stored at `path`, migrated to the current format if it is older."""
    text, fingerprint = _read_with_fingerprint(path)
    plan, original_format = parse_plan(text, str(path))
    return LoadedPlan(
        plan,
        path,
        fingerprint,
        original_format if original_format != CURRENT_FORMAT else None,
        comment_lines(text),
    )


def plan_to_text(plan: Plan) -> str:
    """The canonical text of `plan`: the same plan always gives the same bytes."""
    data = {FORMAT_KEY: CURRENT_FORMAT, **encode_plan(plan)}
    return render_toml(data)


def check_plan(plan: Plan) -> list[Problem]:
    """Every problem that would stop `plan` from being saved and read back as it is."""
    return decode_plan(encode_plan(plan))[1]


def save_plan(plan: Plan, path: Path, expected: Fingerprint | None = None) -> Fingerprint | None:
    """Write `plan` to `path` atomically and return the new fingerprint.

    `expected` is the fingerprint taken at load (None for a plan that had no file): when the file
    on disk is no longer that, ChangedOnDiskError, and nothing is written. A plan with problems
    raises PlanFileError, and nothing is written.
    """
    text = plan_to_text(plan)
    problems = check_plan(plan)
    if problems:
        raise PlanFileError([p.at(source=str(path)) for p in problems])
    parse_plan(text, str(path))
    current = Fingerprint.of(path)
    if current is not None and not (expected and expected.same_content(current)):
        raise ChangedOnDiskError(str(path))
    write_atomically(path, text)
    return Fingerprint.of(path)
