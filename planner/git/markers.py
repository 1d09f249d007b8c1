"""Conflict markers around the conflicting answers only, between two complete plan texts.

The merge writes the plan twice through the plan file layer, once with each side's answer to every
conflict. The two texts differ only at the conflicts, so comparing them, table by table and then
statement by statement (a `key = value` with all the lines of its multi-line string or list),
finds exactly the answers to put between `<<<<<<<`, `=======` and `>>>>>>>`. Choosing either side
and deleting the marker lines leaves a valid plan; until then `planner validate` names each marker.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator


def statements(text: str) -> list[str]:
    """The text cut into TOML statements: a table header, a blank line, or a key with its whole
    value (a multi-line string or a list spans lines). Each keeps its line endings."""
    found: list[str] = []
    current: list[str] = []
    closing = ""  # the delimiter that ends the multi-line string we are in (''' or """)
    depth = 0
    for line in text.splitlines(keepends=True):
        current.append(line)
        position = 0
        while position < len(line):
            char = line[position]
            if closing:
                if char == "\\" and closing == '"""':
                    position += 1
                elif line.startswith(closing, position):
                    closing = ""
                    position += 2
            elif line.startswith('"""', position) or line.startswith("'''", position):
                closing = line[position : position + 3]
                position += 2
            elif char in "\"'":
                position = _end_of_string(line, position)
            elif char == "#":
                break
            elif char == "[":
                depth += 1
            elif char == "]":
                depth -= 1
            position += 1
        if not closing and depth <= 0:
            found.append("".join(current))
            current, depth = [], 0
    if current:
        found.append("".join(current))
    return found


def _end_of_string(line: str, start: int) -> int:
    """The position of the quote closing the one-line string that opens at `start` (a basic
    string escapes with backslashes; a literal one has no escapes)."""
    quote = line[start]
    position = start + 1
    while position < len(line) and line[position] != quote:
        position += 2 if quote == '"' and line[position] == "\\" else 1
    return position


def _tables(parts: list[str]) -> list[tuple[str, ...]]:
    """Statements grouped into tables: each `[header]` starts a new one."""
    tables: list[list[str]] = [[]]
    for part in parts:
        if part.startswith("[") and tables[-1]:
            tables.append([])
        tables[-1].append(part)
    return [tuple(table) for table in tables]


def _hunks(ours: list, theirs: list) -> Iterator[tuple[str, int, int, int, int]]:
    matcher = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
    yield from matcher.get_opcodes()


def conflict_text(
    ours: str, theirs: str, marker_size: int = 7, labels: tuple[str, str] = ("ours", "theirs")
) -> str:
    """One text holding both: what they share once, and each difference between conflict markers."""
    ours_tables, theirs_tables = _tables(statements(ours)), _tables(statements(theirs))
    out: list[str] = []

    def marked(mine: list[str], other: list[str]) -> None:
        out.append(f"{'<' * marker_size} {labels[0]}\n")
        out.extend(_ending_newline(mine))
        out.append(f"{'=' * marker_size}\n")
        out.extend(_ending_newline(other))
        out.append(f"{'>' * marker_size} {labels[1]}\n")

    for tag, o1, o2, t1, t2 in _hunks(ours_tables, theirs_tables):
        if tag == "equal":
            out.extend(part for table in ours_tables[o1:o2] for part in table)
        elif tag == "replace" and o2 - o1 == t2 - t1:
            for mine, other in zip(ours_tables[o1:o2], theirs_tables[t1:t2], strict=True):
                for inner, i1, i2, j1, j2 in _hunks(list(mine), list(other)):
                    if inner == "equal":
                        out.extend(mine[i1:i2])
                    else:
                        marked(list(mine[i1:i2]), list(other[j1:j2]))
        else:
            mine = [part for table in ours_tables[o1:o2] for part in table]
            other = [part for table in theirs_tables[t1:t2] for part in table]
            marked(mine, other)
    return "".join(out)


def _ending_newline(parts: list[str]) -> list[str]:
    if parts and not parts[-1].endswith("\n"):
        return [*parts[:-1], parts[-1] + "\n"]
    return parts
