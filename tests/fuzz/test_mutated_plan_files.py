"""Mutated plan files through validate, fmt, diff and export: every one answers, none crashes.

Each property starts from a real plan file (the bundled example, a format-1 plan, or a plan drawn
from the plan strategies), damages it (bytes flipped, cut short, a key given a value of the wrong
kind, brackets nested deep, text re-encoded or laced with awkward bytes) and runs the CLI on the
result in-process. Whatever the file holds: no exception escapes, no run hangs, the exit code is
one the documentation lists, every line on stderr is a whole message with no raw control
character, a file with problems is left as it is, and a mutant that is still valid is rewritten by
`fmt` into the same plan, which `fmt --check` then finds canonical.

`make test` runs the quick budget; `make fuzz` (PLANNER_FUZZ=long) the long one.
"""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from planner.plan_file import PlanFileError, load_plan, one_line, parse_plan, plan_to_text
from tests.fuzz.cli_in_process import planner
from tests.plan_file.plan_strategies import plans

ROOT = Path(__file__).resolve().parents[2]
SEEDS = {
    "example": (ROOT / "examples" / "plans" / "2025-26.toml").read_bytes(),
    "format 1": (ROOT / "tests" / "fixtures" / "format-1-2023-24.toml").read_bytes(),
}

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
# The quick budget does not shrink a failure (shrinking a whole plan can take minutes): it shows
# the example as found, and the example database keeps it for `make fuzz` to shrink.
settings.register_profile(
    "fuzz-quick",
    max_examples=6,
    deadline=None,
    suppress_health_check=_QUIET,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
settings.register_profile("fuzz-long", max_examples=1500, deadline=None, suppress_health_check=_QUIET)
FUZZ = settings(settings.get_profile(f"fuzz-{os.environ.get('PLANNER_FUZZ', 'quick')}"))

# Exit codes as README and docs/commands.md list them.
EXIT_CODES = {"validate": {0, 1, 2}, "fmt": {0, 1, 2}, "diff": {0, 1, 2}, "export": {0, 2}}
_RAW_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")

# Values of every kind TOML can hold, one of which is the wrong kind for any key.
WRONG_VALUES: list[Any] = [
    "x",
    "line one\nline two \x1b[31mred\u2028",
    "",
    3,
    -1,
    2**70,
    1.5,
    float("inf"),
    float("nan"),
    True,
    date(2025, 9, 15),
    datetime(2025, 9, 15, 8, 30),
    [],
    [1, 2],
    ["a", "b"],
    [[1], ["a"]],
    [{"id": "x"}, "y"],
    {},
    {"a": 1},
    {"id": 5, "name": ["n"]},
]
# What else a plan may have been saved as: a byte-order mark, UTF-16 and UTF-32 (Windows tools),
# Latin-1 and Windows-1252 (older editors).
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "latin-1", "cp1252"]
# One value of each kind, for the exhaustive test: text (with a line break and an escape), whole
# number, float, boolean, date, date and time, list, table, list of tables and text.
ONE_OF_EACH_KIND: list[Any] = [
    WRONG_VALUES[1],
    3,
    1.5,
    True,
    date(2025, 9, 15),
    datetime(2025, 9, 15, 8, 30),
    [1, 2],
    {"a": 1},
    [{"id": "x"}, "y"],
]
# Bytes that trip decoders and parsers: NUL, a lone surrogate, an overlong NUL, a byte that is
# never UTF-8, a bare carriage return, a terminal escape, a line separator, a byte-order mark in
# the middle, quotes, an opening header, an accent.
NASTY_BYTES = [
    b"\x00",
    b"\xed\xa0\x80",
    b"\xc0\x80",
    b"\xff",
    b"\r",
    b"\x1b[2J",
    "\u2028".encode(),
    b"\xef\xbb\xbf",
    b"\\",
    b'"',
    b"'''",
    b"\n[",
    "é".encode(),
]


def _canonical(plan: Any) -> bytes:
    return plan_to_text(plan).encode("utf-8")


seeds = st.sampled_from(sorted(SEEDS.values())) | plans().map(_canonical)


@st.composite
def flipped_bytes(draw: st.DrawFn) -> bytes:
    """A seed with a few bytes XORed with random values."""
    data = bytearray(draw(seeds))
    for _ in range(draw(st.integers(1, 8))):
        data[draw(st.integers(0, len(data) - 1))] ^= draw(st.integers(1, 255))
    return bytes(data)


@st.composite
def truncated(draw: st.DrawFn) -> bytes:
    """A seed cut short anywhere, even inside a character of several bytes."""
    data = draw(seeds)
    return data[: draw(st.integers(0, len(data) - 1))]


def _paths(value: Any, prefix: tuple = ()) -> Iterator[tuple]:
    """The path (keys and indexes) to every value inside TOML data, tables and lists included."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, inner in items:
        yield (*prefix, key)
        yield from _paths(inner, (*prefix, key))


def _replaced(data: Any, path: tuple, new: Any) -> Any:
    """A copy of `data` with the value at `path` replaced by `new`."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {**data, head: _replaced(data[head], rest, new)}
    return [_replaced(item, rest, new) if index == head else item for index, item in enumerate(data)]


@st.composite
def wrong_kinds(draw: st.DrawFn) -> bytes:
    """A seed with one key, anywhere, given a value of another kind (or its every key, several)."""
    data = tomllib.loads(draw(seeds).decode("utf-8"))
    paths = list(_paths(data))
    for _ in range(draw(st.integers(1, 3))):
        data = _replaced(data, draw(st.sampled_from(paths)), draw(st.sampled_from(WRONG_VALUES)))
        paths = list(_paths(data))
    return tomli_w.dumps(data).encode("utf-8")


@st.composite
def deeply_nested(draw: st.DrawFn) -> bytes:
    """A seed with a value nested up to 2,000 deep (lists or inline tables) in one of its tables."""
    lines = draw(seeds).decode("utf-8").split("\n")
    headers = [number for number, line in enumerate(lines) if line.startswith("[")] or [len(lines) - 1]
    depth = draw(st.integers(1, 2000))
    opener, closer = draw(st.sampled_from([("[", "]"), ("{ a = ", " }")]))
    at = draw(st.sampled_from([0, *headers]))
    lines.insert(at + 1, f"deep_value = {opener * depth}1{closer * depth}")
    return "\n".join(lines).encode("utf-8")


@st.composite
def re_encoded(draw: st.DrawFn) -> bytes:
    """A seed with odd characters put in, then written in another encoding, with awkward bytes."""
    text = draw(seeds).decode("utf-8")
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(st.characters(blacklist_categories=("Cs",)), max_size=3)) + text[at:]
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="replace")
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from(NASTY_BYTES)) + data[at:]
    return data


def _assert_answers(command: str, code: int, stderr: str, *places: Path | str) -> None:
    """The exit code is a documented one; every stderr line is one whole, clean message."""
    assert code in EXIT_CODES[command], (command, code, stderr)
    assert not _RAW_CONTROL.search(stderr), stderr
    starts = ("planner:", *(f"{place}:" for place in places))
    for line in stderr.splitlines():
        assert line.startswith(starts), f"{command}: not a whole message: {line!r}"


def _template_named(data: bytes) -> list[str]:
    """The template a valid plan names, as a message names it: diff reports one it cannot read."""
    try:
        template = parse_plan(data.decode("utf-8-sig"))[0].template
    except (UnicodeDecodeError, PlanFileError):
        return []
    return [one_line(template)] if template else []


def check_mutant(data: bytes) -> None:
    """Run validate, fmt --check, diff, export and fmt on a mutant; each answers, none crashes."""
    with tempfile.TemporaryDirectory() as folder:
        path, seed = Path(folder) / "plan.toml", Path(folder) / "seed.toml"
        path.write_bytes(data)
        seed.write_bytes(SEEDS["example"])
        validity, _, stderr = planner("validate", path)
        _assert_answers("validate", validity, stderr, path)
        names = (path, seed, *_template_named(data))
        for command, args in (
            ("fmt", ("fmt", "--check", path)),
            ("diff", ("diff", seed, path)),
            ("export", ("export", path)),
        ):
            code, _, stderr = planner(*args)
            _assert_answers(command, code, stderr, *names)
            if command == "export":
                assert (code == 0) == (validity == 0), stderr
        code, _, stderr = planner("fmt", path)
        _assert_answers("fmt", code, stderr, path)
        if validity != 0:
            assert path.read_bytes() == data, "fmt changed a file it could not read as a valid plan"
            return
        assert code == 0, stderr
        assert load_plan(path).plan == parse_plan(data.decode("utf-8-sig"))[0]
        assert planner("fmt", "--check", path)[0] == 0


MUTATIONS = {
    "with flipped bytes": flipped_bytes(),
    "cut short": truncated(),
    "with values of the wrong kind": wrong_kinds(),
    "nested deep": deeply_nested(),
    "in another encoding or with awkward bytes": re_encoded(),
}


@pytest.mark.parametrize("mutation", MUTATIONS.values(), ids=MUTATIONS.keys())
@FUZZ
@given(data=st.data())
def test_a_mutated_plan_answers_every_command(
    mutation: st.SearchStrategy[bytes], data: st.DataObject
) -> None:
    check_mutant(data.draw(mutation))


mutants = st.one_of(*MUTATIONS.values())


@FUZZ
@given(mutants, mutants)
def test_two_mutants_compared_answer(old: bytes, new: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        old_path, new_path = Path(folder) / "old.toml", Path(folder) / "new.toml"
        old_path.write_bytes(old)
        new_path.write_bytes(new)
        code, _, stderr = planner("diff", old_path, new_path)
        _assert_answers("diff", code, stderr, old_path, new_path, *_template_named(new))


def _one_of_each(data: Any) -> Any:
    """The data with each list cut to its first item: every key once, a few hundred in all."""
    if isinstance(data, dict):
        return {key: _one_of_each(value) for key, value in data.items()}
    return [_one_of_each(item) for item in data[:1]] if isinstance(data, list) else data


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_every_key_given_every_wrong_kind_answers_one_line_each(seed: str) -> None:
    """Exhaustive where the properties sample: each key of the seed, each kind of value, read
    the way validate reads it (in-process, without the CLI around it, to stay quick)."""
    data = _one_of_each(tomllib.loads(SEEDS[seed].decode("utf-8")))
    for path in _paths(data):
        for value in ONE_OF_EACH_KIND:
            text = tomli_w.dumps(_replaced(data, path, value))
            try:
                parse_plan(text, "plan.toml")
            except PlanFileError as invalid:
                for problem in invalid.problems:
                    assert "\n" not in str(problem) and not _RAW_CONTROL.search(str(problem)), problem
