"""Format versions of the plan file, and the steps that bring an older file up to the current one.

Format 1 was the pilot's layout (`version = 1`, a `[coach]` table, `[[pd_all]]`...). Format 2 is
the current one, marked by `planner_format = 2`. A migration works on plain TOML data, before
the values are checked, and never writes: the file is saved in the new format only when the user
saves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner.plan_file.problems import Problem

CURRENT_FORMAT = 2
FORMAT_KEY = "planner_format"

Data = dict[str, Any]


def _rename(table: Data, renames: dict[str, str]) -> Data:
    return {renames.get(key, key): value for key, value in table.items()}


def _from_1(old: Data) -> Data:
    """Pilot format: `[coach]`, `[[pd_all]]`, cycle `type`/`length_weeks`, teachers as one string."""
    new: Data = {FORMAT_KEY: 2, "school_year": old.get("year", "")}
    if "last_year_file" in old:
        new["last_year"] = old["last_year_file"]
    if "coach" in old:
        new["about"] = _rename(old["coach"], {"name": "coach", "hours": "hours_per_week"})
        new["about"].pop("school_year", None)
    if "vision" in old:
        new["vision"] = _rename(
            old["vision"], {"text": "district_vision", "goals_link": "connection_to_goals"}
        )
    if "focus" in old:
        new["focus"] = _rename(old["focus"], {"next_year": "this_year", "year_2": "year_two"})
    renames_learning = {"when": "timing", "why": "need"}
    if "pd_all" in old:
        new["learning_for_all"] = [_rename(item, renames_learning) for item in old["pd_all"]]
    if "pd_some" in old:
        new["learning_for_some"] = [_rename(item, renames_learning) for item in old["pd_some"]]
    if "teachers" in old:
        new["teachers"] = [_rename(t, {"tier": "support"}) for t in old["teachers"]]
    if "cycles" in old:
        new["cycles"] = [_cycle_from_1(cycle) for cycle in old["cycles"]]
    for key in ("schedule", "accountability", "custom"):
        if key in old:
            new[key] = old[key]
    if "blackout_dates" in old:
        new["blackouts"] = [
            {"id": f"b-{number}", "name": "Blackout", "start": day, "end": day}
            for number, day in enumerate(old["blackout_dates"], 1)
        ]
    known = {
        "version",
        "year",
        "last_year_file",
        "coach",
        "vision",
        "focus",
        "pd_all",
        "pd_some",
        "teachers",
        "cycles",
        "schedule",
        "accountability",
        "custom",
        "blackout_dates",
    }
    new.update({key: value for key, value in old.items() if key not in known})
    return new


def _cycle_from_1(cycle: Data) -> Data:
    new = _rename(
        cycle,
        {
            "type": "kind",
            "length_weeks": "weeks",
            "focus": "focus_area",
            "baseline": "baseline_percent",
            "target": "target_percent",
        },
    )
    teachers = new.get("teachers")
    if isinstance(teachers, str):
        new["teachers"] = [name.strip() for name in teachers.split(",") if name.strip()]
    return new


_STEPS: dict[int, Callable[[Data], Data]] = {1: _from_1}


def format_of(data: Data) -> int | None:
    """The format version a file declares (None when it declares none)."""
    version = data.get(FORMAT_KEY, data.get("version"))
    return version if isinstance(version, int) and not isinstance(version, bool) else None


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
                    f"this file is in format {version}, written by a newer planner; this planner reads "
                    f"formats up to {CURRENT_FORMAT}: upgrade planner to open it",
                    field=FORMAT_KEY,
                )
            ],
        )
    if version < 1:
        return data, version, [Problem(f"there is no format {version}", field=FORMAT_KEY)]
    original = version
    while version < CURRENT_FORMAT:
        data = _STEPS[version](data)
        version += 1
    return data, original, []
