"""Finding the line of a field path (`cycles[2].start`) in a plan file's text, for error messages."""

from __future__ import annotations

import re

from planner.plan_file.problems import one_line

_STEP = re.compile(r"(?P<name>[A-Za-z0-9_-]+)(?:\[(?P<index>\d+)\])?")
_HEADER = re.compile(r"^\s*\[\[?\s*(?P<name>[^\]]+?)\s*\]")


def line_of(text: str, field_path: str) -> int | None:
    """The 1-based line where `field_path` is written in `text`, or else its enclosing table's.

    Record indexes in a path count from 1, as a coach counts the `[[cycles]]` blocks of the file.
    """
    lines = text.splitlines()
    table = ""
    table_line: int | None = None
    for step in field_path.split("."):
        # A step that is not a bare key (a quoted key of any characters) is looked up as written.
        match = _STEP.fullmatch(step)
        name, index = (match["name"], int(match["index"] or 1)) if match else (step, 1)
        qualified = f"{table}.{name}" if table else name
        header = _find_header(lines, qualified, index, table, table_line)
        if header is not None:
            table, table_line = qualified, header
            continue
        key = _find_key(lines, name, table_line)
        if key is not None:
            return key + 1
        break
    return None if table_line is None else table_line + 1


def _find_header(
    lines: list[str], name: str, occurrence: int, parent: str, parent_line: int | None
) -> int | None:
    """The line of the `occurrence`-th `[name]` or `[[name]]` header inside the table `parent`
    (one record of a list: the search stops where the parent's next record or another table
    begins)."""
    seen = 0
    begin = 0 if parent_line is None else parent_line + 1
    for number in range(begin, len(lines)):
        match = _HEADER.match(lines[number])
        if not match:
            continue
        if match["name"] == name:
            seen += 1
            if seen == occurrence:
                return number
        elif parent and not match["name"].startswith(f"{parent}."):
            return None
    return None


def _find_key(lines: list[str], key: str, table_line: int | None) -> int | None:
    """The line of `key = ...` inside the table starting at `table_line` (None: the top level)."""
    # A key holding a control character is written escaped, as the message echoes it.
    spellings = "|".join(re.escape(spelling) for spelling in {key, one_line(key)})
    pattern = re.compile(rf'^\s*"?(?:{spellings})"?\s*=')
    begin = 0 if table_line is None else table_line + 1
    for number in range(begin, len(lines)):
        if _HEADER.match(lines[number]):
            return None
        if pattern.match(lines[number]):
            return number
    return None
