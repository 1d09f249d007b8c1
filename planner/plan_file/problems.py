"""Problems found in a plan or template file, each one a line a coach can act on."""

from __future__ import annotations

from dataclasses import dataclass, replace


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

    def __str__(self) -> str:
        place = self.source or "<plan>"
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return f"{place}: {self.field}: {self.message}" if self.field else f"{place}: {self.message}"


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
