"""Turning the plan into plain TOML data and back, checking every value on the way in.

`decode_plan` never stops at the first problem: it keeps what it can and reports each problem with
its field path (`cycles[2].start`, record indexes counting from 1), so a coach sees them all at once.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from typing import Any

from planner.model import (
    CheckpointStage,
    Cycle,
    FieldInfo,
    Plan,
    checkpoint_window,
    fields_of,
    value_range,
)
from planner.plan_file.problems import Problem

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_KIND_WORDS = {
    "text": "text in quotes",
    "boolean": "true or false",
    "integer": "a whole number",
    "decimal": "a number",
    "date": "a date like 2025-09-15",
    "list": 'a list of text, like ["one", "two"]',
    "date_list": "a list of dates, like [2025-09-15]",
    "multi_choice": "a list of choices",
    "records": "a list of tables ([[{name}]] blocks)",
    "section": "a table",
    "mapping": "a table of text answers",
}


# Echoed text and numbers are cut to about this many characters: a message stays one readable
# line, and Python refuses to write out a whole number of more than 4,300 digits.
_LONGEST_SHOWN = 60


def shown(value: Any) -> str:
    """A value from a file as a message echoes it: text in quotes (cut when long), a table or list
    by its kind."""
    if isinstance(value, str):
        return f'"{value}"' if len(value) <= _LONGEST_SHOWN else f'"{value[:_LONGEST_SHOWN]}..."'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and value.bit_length() > _LONGEST_SHOWN * 3:
        return f"a whole number of about {round(value.bit_length() * 0.30103)} digits"
    return str(value)


class _Decoder:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(message, field=path))

    def expected(self, path: str, info: FieldInfo, value: Any) -> None:
        self.problem(path, f"expected {_kind_words(info)}, got {shown(value)}")

    def record(self, cls: type, data: Any, path: str) -> Any:
        if not isinstance(data, dict):
            self.problem(path, f"expected a table, got {shown(data)}")
            data = {}
        known = fields_of(cls)
        names = {f.name for f in known}
        required = _required_fields(cls)
        for key in data:
            if key not in names:
                where = f"{path}.{key}" if path else key
                self.problem(where, "unknown key: check its spelling, or remove it")
        values: dict[str, Any] = {}
        for info in known:
            where = f"{path}.{info.name}" if path else info.name
            if info.name in data:
                value = self.value(info, data[info.name], where)
                if value is not None:
                    values[info.name] = value
            elif info.name == "id":
                self.problem(where, 'missing: every record needs a unique id, like id = "c-fractions"')
            elif info.name in required:
                self.problem(where, f"missing: this key is required ({_kind_words(info)})")
        # A required value that is missing or wrong still needs a stand-in to build the record;
        # the problems reported above keep it from being used.
        for name in required - values.keys():
            values[name] = "" if name == "id" else None
        return cls(**values)

    def value(self, info: FieldInfo, raw: Any, path: str) -> Any:
        kind = info.kind
        if kind == "records":
            return self.records(info, raw, path)
        if kind == "section":
            return self.record(info.record, raw, path)  # type: ignore[arg-type]
        if kind == "mapping":
            if not isinstance(raw, dict):
                self.expected(path, info, raw)
                return None
            answers = {}
            for key, text in raw.items():
                if isinstance(text, str):
                    answers[key] = text.replace("\r\n", "\n")
                else:
                    self.problem(f"{path}.{key}", f"expected text in quotes, got {shown(text)}")
            return answers
        if kind in ("list", "date_list", "multi_choice"):
            if not isinstance(raw, list):
                self.expected(path, info, raw)
                return None
            item_kind = {"list": "text", "date_list": "date", "multi_choice": "choice"}[kind]
            item_info = FieldInfo(info.name, item_kind, choice=info.choice)  # type: ignore[arg-type]
            items = [self.scalar(item_info, item, f"{path}[{n}]") for n, item in enumerate(raw, 1)]
            return [item for item in items if item is not None]
        return self.scalar(info, raw, path)

    def scalar(self, info: FieldInfo, raw: Any, path: str) -> Any:
        kind = info.kind
        if kind == "text" and isinstance(raw, str):
            text = raw.replace("\r\n", "\n")
            shape = info.text_format
            if text and shape is not None and not shape.accepts(text):
                self.problem(path, f'expected {shape.noun} like "{shape.example}", got {shown(text)}')
            return text
        if kind == "boolean" and isinstance(raw, bool):
            return raw
        if kind == "integer" and isinstance(raw, int) and not isinstance(raw, bool):
            return self.in_range(info, raw, path)
        if kind == "decimal" and isinstance(raw, int | float) and not isinstance(raw, bool):
            # Checked before it becomes a float: a whole number too large for a float is out of range.
            number = self.in_range(info, raw, path)
            return None if number is None else float(number)
        if kind == "date":
            parsed = _as_date(raw)
            if parsed is not None:
                return parsed
        if kind == "choice" and info.choice is not None and isinstance(raw, str):
            try:
                return info.choice(raw)
            except ValueError:
                pass
        self.expected(path, info, raw)
        return None

    def in_range(self, info: FieldInfo, number: float, path: str) -> Any:
        low, high = value_range(info.name)
        if low <= number <= high:
            return number
        got = shown(number) if isinstance(number, int) else f"{number:g}"
        self.problem(path, f"expected a number from {low:g} to {high:g}, got {got}")
        return None

    def records(self, info: FieldInfo, raw: Any, path: str) -> list[Any] | None:
        if not isinstance(raw, list):
            self.expected(path, info, raw)
            return None
        if not all(isinstance(item, dict) for item in raw):
            for number, item in enumerate(raw, 1):
                if not isinstance(item, dict):
                    self.problem(
                        f"{path}[{number}]", f"expected a table (a [[{info.name}]] block), got {shown(item)}"
                    )
            return None
        result = [self.record(info.record, item, f"{path}[{n}]") for n, item in enumerate(raw, 1)]  # type: ignore[arg-type]
        if not any(f.name == "id" for f in fields_of(info.record)):  # type: ignore[arg-type]
            return result
        seen: set[str] = set()
        for number, record in enumerate(result, 1):
            if record.id and not _ID.fullmatch(record.id):
                self.problem(
                    f"{path}[{number}].id",
                    f"{shown(record.id)} is not a usable id: use letters, digits and dashes, "
                    'like "c-fractions"',
                )
            elif record.id in seen:
                self.problem(f"{path}[{number}].id", f"{shown(record.id)} is used twice: make each id unique")
            seen.add(record.id)
        return result


def _kind_words(info: FieldInfo) -> str:
    if info.kind == "choice" and info.choice is not None:
        return "one of " + ", ".join(f'"{c.value}"' for c in info.choice)
    return _KIND_WORDS[info.kind].format(name=info.name)


def _required_fields(cls: type) -> set[str]:
    """The fields of a dataclass that have no default: a file must give them."""
    return {
        f.name
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }


def _as_date(raw: Any) -> date | None:
    if isinstance(raw, datetime):
        return None
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            return None
    return None


def _check_consistency(plan: Plan, problems: list[Problem]) -> None:
    """Rules that span fields: date order, teachers named in cycles, each cycle's checkpoints."""
    for list_name in ("windows", "blackouts"):
        for number, span in enumerate(getattr(plan, list_name), 1):
            if span.start and span.end and span.end < span.start:
                problems.append(
                    Problem(
                        f"ends ({span.end}) before it starts ({span.start})",
                        f"{list_name}[{number}].end",
                    )
                )
    roster = {t.id for t in plan.teachers}
    for number, cycle in enumerate(plan.cycles, 1):
        for teacher_id in cycle.teachers:
            if teacher_id not in roster:
                problems.append(
                    Problem(
                        f"no teacher with id {shown(teacher_id)} in the roster: add them to [[teachers]] "
                        "or remove them from this cycle",
                        f"cycles[{number}].teachers",
                    )
                )
        problems.extend(_checkpoint_problems(cycle, f"cycles[{number}]"))


def _checkpoint_problems(cycle: Cycle, where: str) -> list[Problem]:
    """A cycle's checkpoints: both counts or neither, no more met than sorted, counts or a share
    (not both), one start and one end at most, each dated within the cycle."""
    problems: list[Problem] = []
    window = checkpoint_window(cycle)
    seen: set[CheckpointStage] = set()
    for number, checkpoint in enumerate(cycle.checkpoints, 1):
        path = f"{where}.checkpoints[{number}]"
        met, of = checkpoint.met, checkpoint.of
        if (met is None) != (of is None):
            missing = "of" if of is None else "met"
            problems.append(
                Problem(
                    "a count needs both numbers: met (students meeting the goal) and of (students "
                    "sorted), like met = 9 and of = 24",
                    f"{path}.{missing}",
                )
            )
        elif met is not None and of is not None and met > of:
            problems.append(
                Problem(
                    f"{met} students meeting the goal, more than the {of} sorted: check the counts",
                    f"{path}.met",
                )
            )
        if met is not None and checkpoint.share is not None:
            problems.append(
                Problem(
                    "give the counts (met and of) or a share, not both: the share is computed from them",
                    f"{path}.share",
                )
            )
        stage = checkpoint.stage
        if stage != CheckpointStage.DURING and stage in seen:
            problems.append(
                Problem(
                    f'a cycle has one "{stage.value}" checkpoint at most: make this one "during"',
                    f"{path}.stage",
                )
            )
        seen.add(stage)
        if window and checkpoint.date and not window[0] <= checkpoint.date <= window[1]:
            problems.append(
                Problem(
                    f"{checkpoint.date} is outside the cycle: a checkpoint falls from {window[0]} to "
                    f"{window[1]} (the cycle's weeks, and a week either side)",
                    f"{path}.date",
                )
            )
    return problems


def decode_record(cls: type, data: dict[str, Any]) -> tuple[Any, list[Problem]]:
    """An instance of the dataclass `cls` built from TOML data, and every problem found on the way."""
    decoder = _Decoder()
    return decoder.record(cls, data, ""), decoder.problems


def decode_plan(data: dict[str, Any]) -> tuple[Plan, list[Problem]]:
    """The plan held by TOML data (current format), and every problem found in it."""
    plan, problems = decode_record(Plan, data)
    _check_consistency(plan, problems)
    return plan, problems


def encode_plan(plan: Plan) -> dict[str, Any]:
    """The plan as TOML-ready data in question-flow order.

    Left out: empty optional numbers, dates and choices, empty record lists, and a record's
    sub-table (a cycle's result) while it is still empty.
    """
    return _encode_record(plan)


def _blank(section: Any) -> bool:
    """Whether a record's sub-table holds nothing: its values the defaults, its text only spaces and
    line breaks (which the file's prose layout writes as nothing)."""
    empty = type(section)()
    return all(
        getattr(section, f.name).strip() == ""
        if f.kind == "text"
        else getattr(section, f.name) == getattr(empty, f.name)
        for f in fields_of(type(section))
    )


def _encode_record(obj: Any) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for info in fields_of(type(obj)):
        value = getattr(obj, info.name)
        if value is None:
            continue
        if info.kind == "records":
            if not value:
                continue
            value = [_encode_record(item) for item in value]
        elif info.kind == "section":
            if "id" in data and _blank(value):
                continue
            value = _encode_record(value)
        elif info.kind == "mapping":
            if not value:
                continue
            value = {key: value[key] for key in sorted(value)}
        elif info.kind == "decimal" and float(value).is_integer():
            value = int(value)
        elif info.kind in ("choice", "multi_choice"):
            value = value.value if info.kind == "choice" else [item.value for item in value]
        data[info.name] = value
    return data
