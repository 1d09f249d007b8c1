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
from planner.plan_file.drafts import (
    Draft,
    DraftWritten,
    SetAside,
    discard_draft,
    draft_path,
    fallback_draft_path,
    find_drafts,
    session_token,
    set_aside,
    write_draft,
)
from planner.plan_file.locate import line_of
from planner.plan_file.lock import LockOwner, lock_plan, take_over_lock, unlock_plan
from planner.plan_file.migrations import CURRENT_FORMAT, FORMAT_KEY, migrate, path_in_format
from planner.plan_file.places import state_folder
from planner.plan_file.problems import (
    ChangedOnDiskError,
    PlanFileError,
    Problem,
    UnreadableFileError,
    one_line,
)
from planner.plan_file.prose import reflowed
from planner.plan_file.safe_write import (
    Fingerprint,
    FolderError,
    create_folders,
    created_note,
    why_not_written,
    write_atomically,
)

__all__ = [
    "CURRENT_FORMAT",
    "ChangedOnDiskError",
    "Draft",
    "DraftWritten",
    "Fingerprint",
    "FolderError",
    "LoadedPlan",
    "LockOwner",
    "PlanFileError",
    "Problem",
    "SavedPlan",
    "SetAside",
    "UnreadableFileError",
    "check_plan",
    "comment_lines",
    "created_note",
    "decode_record",
    "discard_draft",
    "draft_path",
    "fallback_draft_path",
    "find_drafts",
    "lines_named",
    "load_plan",
    "lock_plan",
    "one_line",
    "parse_plan",
    "plan_to_text",
    "read_text",
    "save_plan",
    "session_token",
    "set_aside",
    "state_folder",
    "take_over_lock",
    "toml_problems",
    "unlock_plan",
    "why_not_written",
    "write_atomically",
    "write_draft",
]

_CONFLICT_MARKER = re.compile(r"^(<{7}|={7}|>{7}|\|{7})(?:\s|$)")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)$")
# Nesting deeper than a plan ever needs; the line where a file passes it is the one reported.
_DEEPEST = 100
_TOO_DEEP = (
    "TOML syntax error: lists or tables nested hundreds deep ([[[... or {a = {b = ...): "
    "planner files nest three levels at most; remove the extra brackets"
)
_LONG_NUMBER = re.compile(r"[0-9_]{4300,}")
# The byte-order marks of UTF-16, as Windows tools write it (little- and big-endian).
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


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
        # The line of the first byte that is not UTF-8, where an editor can find it.
        line = error.object.count(b"\n", 0, error.start) + 1
        saved_as = " (it looks like UTF-16)" if error.object[:2] in _UTF16_MARKS else ""
        raise UnreadableFileError(
            [
                Problem(
                    f"not UTF-8 text (byte {error.start}){saved_as}: save it as UTF-8",
                    line=line,
                    source=str(path),
                )
            ]
        ) from None
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
    except RecursionError:
        # tomllib reads nested arrays and inline tables by recursion: a few hundred levels
        # exhaust Python's stack. Plan and template files nest three deep at most.
        return None, [_too_deep(text)]
    except ValueError as error:
        if not isinstance(error, tomllib.TOMLDecodeError):
            # Python refuses to read a whole number of more than 4,300 digits.
            return None, [_too_long_a_number(text)]
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


def _too_deep(text: str) -> Problem:
    """Where the file's brackets first nest too deeply (counted without regard to strings: the
    file is known not to parse, and this only names the line to look at)."""
    depth = 0
    for number, line in enumerate(text.splitlines(), 1):
        for character in line:
            if character in "[{":
                depth += 1
            elif character in "]}":
                depth = max(depth - 1, 0)
            if depth > _DEEPEST:
                return Problem(_TOO_DEEP, line=number)
    return Problem(_TOO_DEEP)


def _too_long_a_number(text: str) -> Problem:
    found = _LONG_NUMBER.search(text)
    return Problem(
        "TOML syntax error: a number too long to read (thousands of digits): shorten it",
        line=text.count("\n", 0, found.start()) + 1 if found else None,
    )


def parse_plan(text: str, source: str = "") -> tuple[Plan, int]:
    """The plan in `text` and the format it was written in; PlanFileError listing every problem."""
    data, problems = toml_problems(text)
    if data is None:
        raise PlanFileError([p.at(source=source) for p in problems])
    data, original_format, problems = migrate(data)
    # A migrated file's keys are found where its own format wrote them.
    migrated = not problems and original_format != CURRENT_FORMAT
    if not problems:
        data.pop(FORMAT_KEY, None)
        plan, problems = decode_plan(reflowed(data))
    if problems:

        def line(field: str) -> int | None:
            return line_of(text, path_in_format(field, original_format) if migrated else field)

        placed = [p.at(source=source, line=line(p.field) if p.field else None) for p in problems]
        if migrated:
            # One value of an older file can become two fields (a format-1 blackout day is both
            # a start and an end): the same message at the same line is said once.
            unique: dict[tuple[int | None, str], Problem] = {}
            for problem in placed:
                unique.setdefault((problem.line, problem.message), problem)
            placed = list(unique.values())
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


@dataclass(frozen=True)
class SavedPlan:
    """What a save did: the fingerprint of the file as written, and the folders it created."""

    fingerprint: Fingerprint
    # Outermost first; empty when the plan's folder was there.
    created_folders: tuple[Path, ...] = ()


def save_plan(plan: Plan, path: Path, expected: Fingerprint | None = None) -> SavedPlan:
    """Write `plan` to `path` atomically, creating its missing folders; return what the save did.

    `expected` is the fingerprint taken at load (None for a plan that had no file): when the file
    on disk is no longer that, ChangedOnDiskError, and nothing is written. A plan with problems
    raises PlanFileError, and nothing is written. A folder that cannot be created raises
    FolderError naming it; other trouble writing, OSError (`why_not_written` says it in a line).
    """
    text = plan_to_text(plan)
    problems = check_plan(plan)
    if problems:
        raise PlanFileError([p.at(source=str(path)) for p in problems])
    parse_plan(text, str(path))
    current = Fingerprint.of(path)
    if current is not None and not (expected and expected.same_content(current)):
        raise ChangedOnDiskError(str(path))
    created = create_folders(path.parent)
    write_atomically(path, text)
    return SavedPlan(Fingerprint(text.encode("utf-8")), tuple(created))
