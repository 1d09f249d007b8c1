"""Format versions of the plan file, and the steps that bring an older file up to the current one.

Format 1 was the pilot's layout (`version = 1`, a `[coach]` table, `[[pd_all]]`...). Format 2
(`planner_format = 2`) held a cycle's results as a baseline and an end percent. Format 3, the
current one, holds them as work-sort checkpoints and adds concepts and the practice focus. A
migration works on plain TOML data, before the values are checked, and never writes: the file is
saved in the new format only when the user saves.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from planner.plan_file.codec import shown
from planner.plan_file.problems import Problem

CURRENT_FORMAT = 3
FORMAT_KEY = "planner_format"

Data = dict[str, Any]


def _rename(table: Any, renames: dict[str, str]) -> Any:
    """The table with its keys renamed; any other value as it is, for the checks to name."""
    if not isinstance(table, dict):
        return table
    return {renames.get(key, key): value for key, value in table.items()}


def _renamed_records(records: Any, renames: dict[str, str]) -> Any:
    return [_rename(item, renames) for item in records] if isinstance(records, list) else records


# Format 1's names, each with its format-2 name and the renamed keys inside it. A value of the
# wrong kind is carried over as it is, under its new name, so that the checks that follow report
# it like any other; `path_in_format` finds it back in the file.
_VALUES_1 = {"year": "school_year", "last_year_file": "last_year"}
_TABLES_1: dict[str, tuple[str, dict[str, str]]] = {
    "coach": ("about", {"name": "coach", "hours": "hours_per_week"}),
    "vision": ("vision", {"text": "district_vision", "goals_link": "connection_to_goals"}),
    "focus": ("focus", {"next_year": "this_year", "year_2": "year_two"}),
    "schedule": ("schedule", {}),
    "accountability": ("accountability", {}),
    "custom": ("custom", {}),
}
_LEARNING_1 = {"when": "timing", "why": "need"}
_RECORDS_1: dict[str, tuple[str, dict[str, str]]] = {
    "pd_all": ("learning_for_all", _LEARNING_1),
    "pd_some": ("learning_for_some", _LEARNING_1),
    "teachers": ("teachers", {"tier": "support"}),
    "cycles": (
        "cycles",
        {
            "type": "kind",
            "length_weeks": "weeks",
            "focus": "focus_area",
            "baseline": "baseline_percent",
            "target": "target_percent",
        },
    ),
}
_BLACKOUTS_1 = ("blackout_dates", "blackouts")


def _from_1(old: Data) -> Data:
    """Pilot format: `[coach]`, `[[pd_all]]`, cycle `type`/`length_weeks`, teachers as one string."""
    new: Data = {FORMAT_KEY: 2, "school_year": old.get("year", "")}
    for key, value in old.items():
        if key in _VALUES_1:
            new[_VALUES_1[key]] = value
        elif key in _TABLES_1:
            name, renames = _TABLES_1[key]
            new[name] = _rename(value, renames)
        elif key in _RECORDS_1:
            name, renames = _RECORDS_1[key]
            new[name] = _renamed_records(value, renames)
        elif key == _BLACKOUTS_1[0]:
            new[_BLACKOUTS_1[1]] = _blackouts_from_1(value)
        elif key != "version":
            new[key] = value
    if isinstance(new.get("about"), dict):
        new["about"].pop("school_year", None)
    if isinstance(new.get("cycles"), list):
        new["cycles"] = [_cycle_teachers_from_1(cycle) for cycle in new["cycles"]]
    return new


def _blackouts_from_1(days: Any) -> list[Data]:
    """Format 1's list of single days as blackouts of one day each; a value that is not a list
    counts as one day, so that the checks say what a day looks like."""
    return [
        {"id": f"b-{number}", "name": "Blackout", "start": day, "end": day}
        for number, day in enumerate(days if isinstance(days, list) else [days], 1)
    ]


def _cycle_teachers_from_1(cycle: Any) -> Any:
    """Format 1 listed a cycle's teachers in one string: "t-ortiz, t-nguyen"."""
    teachers = cycle.get("teachers") if isinstance(cycle, dict) else None
    if isinstance(teachers, str):
        cycle["teachers"] = [name.strip() for name in teachers.split(",") if name.strip()]
    return cycle


_OLD_VALUES_1 = {new: old for old, new in _VALUES_1.items()}
# Each format-2 table or record list: its format-1 name, and its keys' format-1 names.
_OLD_NAMES_1 = {
    new: (old, {new_key: old_key for old_key, new_key in renames.items()})
    for old, (new, renames) in (_TABLES_1 | _RECORDS_1).items()
}
_KEY_AND_REST = re.compile(r"([^.\[]*)(.*)")


def _path_in_1(path: str) -> str:
    """Where a format-2 field path was written in format 1: `about.hours_per_week` -> `coach.hours`."""
    head, dot, rest = path.partition(".")
    name, bracket, index = head.partition("[")
    if name == _BLACKOUTS_1[1]:
        # One date per blackout, all in one list: `blackouts[2].start` was `blackout_dates[2]`.
        return f"{_BLACKOUTS_1[0]}{bracket}{index}"
    if name in _OLD_VALUES_1:
        return _OLD_VALUES_1[name]
    if name not in _OLD_NAMES_1:
        return path
    old, old_keys = _OLD_NAMES_1[name]
    key, deeper = _KEY_AND_REST.fullmatch(rest).groups()  # type: ignore[union-attr]
    return f"{old}{bracket}{index}{dot}{old_keys.get(key, key)}{deeper}"


# Format 2's cycle keys that become checkpoints, each with the checkpoint's id and stage.
_START_2 = ("baseline_percent", "start")
_END_2 = ("end_percent", "end")


def _from_2(old: Data) -> Data:
    """A cycle's `baseline_percent` becomes a start checkpoint holding that share, its
    `result.end_percent` an end checkpoint; every other key stays as it is."""
    new = {**old, FORMAT_KEY: 3}
    if isinstance(new.get("cycles"), list):
        new["cycles"] = [_cycle_from_2(cycle) for cycle in new["cycles"]]
    return new


def _cycle_from_2(cycle: Any) -> Any:
    if not isinstance(cycle, dict):
        return cycle
    result = cycle.get("result")
    end_in_result = isinstance(result, dict) and _END_2[0] in result
    checkpoints = [
        {"id": stage, "stage": stage, "share": value}
        for (key, stage), table in ((_START_2, cycle), (_END_2, result if end_in_result else {}))
        for value in ([table[key]] if key in table else [])
    ]
    if not checkpoints:
        return cycle
    new = {key: value for key, value in cycle.items() if key != _START_2[0]}
    if end_in_result:
        new["result"] = {key: value for key, value in result.items() if key != _END_2[0]}
    return {**new, "checkpoints": checkpoints}


_CHECKPOINT = re.compile(r"(cycles\[\d+\])\.checkpoints\[(\d+)\](?:\..*)?")


def _path_in_2(path: str) -> str:
    """Where a format-3 field path was written in format 2: a migrated cycle's first checkpoint
    is its `baseline_percent` (or, with none, its `result.end_percent`; the line found is then
    the cycle's), the second its `result.end_percent`."""
    found = _CHECKPOINT.fullmatch(path)
    if found is None:
        return path
    cycle, number = found[1], int(found[2])
    return f"{cycle}.{_START_2[0]}" if number == 1 else f"{cycle}.result.{_END_2[0]}"


_STEPS: dict[int, Callable[[Data], Data]] = {1: _from_1, 2: _from_2}
# For each older format, where a field of the current format is written in it.
_PATHS: dict[int, Callable[[str], str]] = {1: _path_in_1, 2: _path_in_2}


def format_of(data: Data) -> int | None:
    """The format version a file declares (None when it declares none)."""
    version = data.get(FORMAT_KEY, data.get("version"))
    return version if isinstance(version, int) and not isinstance(version, bool) else None


def path_in_format(path: str, version: int) -> str:
    """Where the current format's field `path` is written in a file of format `version`."""
    for older in range(CURRENT_FORMAT - 1, version - 1, -1):
        path = _PATHS[older](path)
    return path


def migrate(data: Data) -> tuple[Data, int, list[Problem]]:
    """The data brought to the current format, the format it was in, and any problem that stops that."""
    version = format_of(data)
    if version is None:
        return (
            data,
            CURRENT_FORMAT,
            [
                Problem(
                    f"missing or not a whole number: a plan file starts with {FORMAT_KEY} = {CURRENT_FORMAT} "
                    "(is this a plan file?)",
                    field=FORMAT_KEY,
                )
            ],
        )
    if version > CURRENT_FORMAT:
        return (
            data,
            version,
            [
                Problem(
                    f"this file is in format {shown(version)}, written by a newer planner; this planner "
                    f"reads formats up to {CURRENT_FORMAT}: upgrade planner to open it",
                    field=FORMAT_KEY,
                )
            ],
        )
    if version < 1:
        return data, version, [Problem(f"there is no format {shown(version)}", field=FORMAT_KEY)]
    original = version
    while version < CURRENT_FORMAT:
        data = _STEPS[version](data)
        version += 1
    return data, original, []
