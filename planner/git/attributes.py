"""Editing a gitattributes file: giving a path pattern planner's diff and merge drivers, or taking them away.

Pure text in, text out, so that running setup twice changes nothing the second time: a pattern that
already names the drivers is left as it is, and another line's attributes are never touched.
"""

from __future__ import annotations

from dataclasses import dataclass

DRIVER = "planner"
# Every folder named `plans`, at any depth (a leading `**/` also matches the top folder): a repository
# laid out by coach (`coaches/maya/plans/2025-26.toml`) is covered as well as a lone `plans/`.
DEFAULT_PATTERN = "**/plans/*.toml"


@dataclass(frozen=True)
class AttributeLine:
    """A line of an attributes file that names planner's diff or merge driver."""

    number: int
    pattern: str
    diff: bool
    merge: bool


def _attribute_name(token: str) -> str:
    return token.lstrip("-!").split("=", 1)[0]


def _is_rule(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def driver_lines(text: str) -> list[AttributeLine]:
    """Every line of an attributes file that names planner's diff or merge driver."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if not _is_rule(line):
            continue
        pattern, *tokens = line.split()
        diff, merge = f"diff={DRIVER}" in tokens, f"merge={DRIVER}" in tokens
        if diff or merge:
            found.append(AttributeLine(number, pattern, diff, merge))
    return found


def with_drivers(text: str, pattern: str, merge: bool) -> str:
    """The attributes text with `pattern` given `diff=planner` (and `merge=planner` when `merge`).

    A line for the same pattern is completed (any other diff or merge setting on it is replaced);
    otherwise one line is appended. Text that already says so comes back unchanged.
    """
    wanted = {"diff": f"diff={DRIVER}"}
    if merge:
        wanted["merge"] = f"merge={DRIVER}"
    lines = text.splitlines()
    for position, line in enumerate(lines):
        if not _is_rule(line) or line.split()[0] != pattern:
            continue
        tokens = line.split()[1:]
        if all(token in tokens for token in wanted.values()):
            return text
        kept = [t for t in tokens if _attribute_name(t) not in wanted]
        lines[position] = " ".join([pattern, *kept, *wanted.values()])
        return "\n".join(lines) + "\n"
    return "\n".join([*lines, " ".join([pattern, *wanted.values()])]) + "\n"


def without_drivers(text: str, merge_only: bool = False) -> str:
    """The attributes text with planner's drivers taken off every line (only the merge driver when
    `merge_only`); a line left with a pattern and nothing else goes too."""
    unwanted = {f"merge={DRIVER}"} if merge_only else {f"diff={DRIVER}", f"merge={DRIVER}"}
    lines = []
    for line in text.splitlines():
        if _is_rule(line) and unwanted & set(line.split()):
            pattern, *tokens = line.split()
            tokens = [t for t in tokens if t not in unwanted]
            if tokens:
                lines.append(" ".join([pattern, *tokens]))
        else:
            lines.append(line)
    return "\n".join(lines) + "\n" if lines else ""


def pattern_problem(pattern: str) -> str | None:
    """Why a path pattern cannot go in an attributes file, or None when it can."""
    if not pattern.strip():
        return "the pattern is empty: give one like plans/*.toml"
    if any(c.isspace() for c in pattern):
        return f'"{pattern}" holds a space: gitattributes patterns cannot (use * or ? for it)'
    if pattern.startswith(("#", "!")):
        return f'"{pattern}" starts with {pattern[0]}: gitattributes patterns cannot'
    return None
