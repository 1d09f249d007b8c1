"""Problems found in a plan or template file, each one a line a coach can act on."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# What must not reach a one-line message raw: control characters (a line break, an escape
# sequence that recolours or moves the terminal's cursor), Unicode's line and paragraph
# separators, the bidirectional controls that reorder how a line reads, and lone surrogates.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_TOML_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def one_line(text: str) -> str:
    """`text` with every character that could break or disguise its line escaped, as a TOML
    basic string writes it (`\\n`, `\\u001b`): what a coach would type to put it in the file."""
    return _UNSHOWABLE.sub(lambda found: _TOML_ESCAPES.get(found[0], f"\\u{ord(found[0]):04x}"), text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where it is (file, line, field) and what to do about it."""

    message: str
    field: str = ""
    line: int | None = None
    column: int | None = None
    source: str = ""

    def at(self, *, source: str | None = None, line: int | None = None) -> Problem:
        """The same problem, placed in a file and/or at a line."""
        return replace(
            self,
            source=self.source if source is None else source,
            line=self.line if line is None else line,
        )

    @property
    def what(self) -> str:
        """The field and what to do about it (`cycles[2].start: expected a date...`), on one line."""
        return one_line(f"{self.field}: {self.message}" if self.field else self.message)

    def __str__(self) -> str:
        """The problem as one line: `file:line: field: what to do`, echoed values escaped."""
        place = self.source or "<plan>"
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return f"{one_line(place)}: {self.what}"


class PlanFileError(Exception):
    """A plan (or template) file that cannot be used as it is; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class UnreadableFileError(PlanFileError):
    """The file could not be read at all (missing, a folder, no permission, not UTF-8)."""


class ChangedOnDiskError(Exception):
    """The file on disk changed since it was loaded; saving now would overwrite someone's work."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"{path} changed on disk since it was opened")
