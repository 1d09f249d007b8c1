"""Registering planner's diff and merge drivers with git, taking them away, and reporting what is set.

Two things make git use a driver, the way nbdime does it for notebooks: the driver's command in git
config (not committed, so each person sets it up), and a line in an attributes file naming the
driver for a path pattern (`plans/*.toml diff=planner merge=planner`). In a repository that line
goes in `.gitattributes`, to be committed and shared; with `--global`, in the user's attributes
file (`core.attributesFile`, else `~/.config/git/attributes`).
"""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from planner.git.attributes import DEFAULT_PATTERN, DRIVER, driver_lines, with_drivers, without_drivers
from planner.git.revisions import looks_like_plan
from planner.git.runner import GitError, repository_root, run_git
from planner.plan_file import write_atomically

MERGE_NAME = "planner: merge coaching plans record by record and answer by answer"


def global_attributes_path(cwd: Path) -> Path:
    """The user's own attributes file: `core.attributesFile` if set, else the XDG default."""
    done = run_git(["config", "--global", "--path", "--get", "core.attributesFile"], cwd)
    if done.returncode == 0 and done.stdout.strip():
        return Path(done.stdout.strip()).expanduser()
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config_home) / "git" / "attributes"


def driver_settings(python: str = sys.executable) -> dict[str, str]:
    """The git config entries for planner's drivers, run by this very Python (whatever is on PATH)."""
    planner = f"{shlex.quote(python)} -m planner"
    return {
        f"diff.{DRIVER}.command": f"{planner} git-diff-driver",
        f"merge.{DRIVER}.name": MERGE_NAME,
        # %S %X %Y (the three sides' names, for the conflict markers) come from git 2.44 on; older
        # git passes them as written, and the driver then finds the branch names itself.
        f"merge.{DRIVER}.driver": f"{planner} git-merge-driver %O %A %B %L %P %S %X %Y",
    }


@dataclass(frozen=True)
class Target:
    """Where the setup goes: a repository's config and `.gitattributes`, or the user's own."""

    name: str
    config_scope: str
    attributes: Path
    cwd: Path

    @classmethod
    def find(cls, global_: bool, cwd: Path) -> Target:
        """The user's own setup with `global_`, else the repository holding `cwd`."""
        if global_:
            return cls("global", "--global", global_attributes_path(cwd), cwd)
        root = repository_root(cwd, "run this in your plans repository, or use --global")
        return cls("repository", "--local", root / ".gitattributes", root)

    def get(self, key: str) -> str | None:
        done = run_git(["config", self.config_scope, "--get", key], self.cwd)
        return done.stdout.strip() if done.returncode == 0 else None

    def set(self, key: str, value: str) -> None:
        done = run_git(["config", self.config_scope, key, value], self.cwd)
        if done.returncode != 0:
            raise GitError(f"git config {key} failed: {done.stderr.strip()}")

    def remove_section(self, section: str) -> bool:
        """Remove a config section; whether there was one."""
        return run_git(["config", self.config_scope, "--remove-section", section], self.cwd).returncode == 0

    def read_attributes(self) -> str:
        try:
            return self.attributes.read_text(encoding="utf-8")
        except FileNotFoundError:
            return ""
        except (OSError, UnicodeDecodeError) as trouble:
            raise GitError(f"{self.attributes}: cannot be read ({trouble})") from None

    def write_attributes(self, text: str) -> None:
        try:
            self.attributes.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.attributes, text)
        except OSError as trouble:
            raise GitError(f"{self.attributes}: cannot be written ({trouble.strerror})") from None


def install(target: Target, patterns: list[str], merge: bool) -> list[str]:
    """Set up the diff driver, and the merge driver when `merge` or when the attributes already name
    it (a fresh clone's `.gitattributes` asks for both, but git config is not cloned); give each
    pattern the drivers. Each line says what was done."""
    before = target.read_attributes()
    merge = merge or any(line.merge for line in driver_lines(before))
    done = []
    for key, value in driver_settings().items():
        if key.startswith("merge.") and not merge:
            continue
        if target.get(key) == value:
            done.append(f"{key} already set ({target.name} config)")
        else:
            target.set(key, value)
            done.append(f"set {key} ({target.name} config)")
    after = before
    for pattern in patterns:
        after = with_drivers(after, pattern, merge)
    if after == before:
        done.append(f"{target.attributes} already names planner for {', '.join(patterns)}")
    else:
        target.write_attributes(after)
        done.append(f"{target.attributes}: planner's drivers now apply to {', '.join(patterns)}")
    return done


def uninstall(target: Target, merge_only: bool) -> list[str]:
    """Take planner's drivers away (only the merge driver with `merge_only`); each line says what was done."""
    done = []
    sections = [f"merge.{DRIVER}"] if merge_only else [f"diff.{DRIVER}", f"merge.{DRIVER}"]
    for section in sections:
        if target.remove_section(section):
            done.append(f"removed {section} ({target.name} config)")
    before = target.read_attributes()
    after = without_drivers(before, merge_only)
    if after != before:
        target.write_attributes(after)
        done.append(f"{target.attributes}: planner's drivers taken off")
    return done or [f"nothing to take away ({target.name})"]


def tracked_plans(root: Path) -> list[str]:
    """The plan files git tracks in the repository at `root` (paths from `root`, as git writes them)."""
    done = run_git(["ls-files", "-z", "--", "*.toml"], root)
    return [name for name in done.stdout.split("\0") if name and looks_like_plan(_text_or_empty(root / name))]


def patterns_for(target: Target) -> list[str]:
    """The patterns setup gives the drivers when none is asked for: those already naming them, when
    they cover every tracked plan; else those and the ones that cover where the plans are."""
    existing = [line.pattern for line in driver_lines(target.read_attributes())]
    if target.name != "repository":
        return existing or [DEFAULT_PATTERN]
    tracked = tracked_plans(target.cwd)
    if existing and tracked and not uncovered_plans(target.cwd, tracked):
        return existing
    return [*existing, *(p for p in _covering(tracked) if p not in existing)]


def _covering(tracked: list[str]) -> list[str]:
    """Patterns that cover `tracked` plans: every `plans` folder, and each other folder holding one
    (a plan at the top of the repository by its own name, so no other TOML file gets the drivers)."""
    patterns = [DEFAULT_PATTERN]
    for name in tracked:
        folder = PurePosixPath(name).parent
        if folder.name == "plans":
            continue
        pattern = f"/{name}" if str(folder) == "." else f"{folder}/*.toml"
        if pattern not in patterns:
            patterns.append(pattern)
    return patterns


def uncovered_plans(root: Path, plans: list[str]) -> list[str]:
    """The plans among `plans` that git would not give planner's diff driver."""
    if not plans:
        return []
    done = run_git(["check-attr", "-z", "diff", "--", *plans], root)
    fields = done.stdout.split("\0")
    covered = {fields[i] for i in range(0, len(fields) - 2, 3) if fields[i + 2] == DRIVER}
    return [plan for plan in plans if plan not in covered]


@dataclass(frozen=True)
class SetupState:
    """What `--check` found: a report to print, and each problem with the command that fixes it."""

    lines: list[str]
    problems: list[str]


def _command_problem(command: str, subcommand: str) -> str | None:
    """Why a configured driver command does not run (a moved virtual environment), or None when it does."""
    try:
        words = shlex.split(command)
    except ValueError as trouble:
        return f"cannot be read as a command ({trouble})"
    if subcommand not in words:
        return None
    probe = [*words[: words.index(subcommand)], "--version"]
    try:
        done = subprocess.run(probe, capture_output=True, text=True, check=False, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as trouble:
        return f"`{command}` does not run ({getattr(trouble, 'strerror', None) or trouble})"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return f"{shlex.join(probe)} fails ({last})"
    return None


_DRIVERS = (
    ("diff", f"diff.{DRIVER}.command", "git-diff-driver"),
    ("merge", f"merge.{DRIVER}.driver", "git-merge-driver"),
)


def check(cwd: Path, want_merge: bool = False) -> SetupState:
    """Report the drivers set in the repository holding `cwd` (if any) and in the user's config, and
    every reason `git diff` or a merge would not use them, each with its fix."""
    targets = [Target.find(True, cwd)]
    with contextlib.suppress(GitError):
        targets.insert(0, Target.find(False, cwd))
    lines: list[str] = []
    problems: list[str] = []
    named: set[str] = set()
    for target in targets:
        lines.append(f"{target.name}:")
        for kind, key, _subcommand in _DRIVERS:
            lines.append(f"  {kind} driver: {target.get(key) or 'not set'}")
        files = [target.attributes]
        if target.name == "repository":
            files.append(target.cwd / ".git" / "info" / "attributes")
        for attributes in files:
            for line in driver_lines(_text_or_empty(attributes)):
                drivers = [n for n, on in (("diff", line.diff), ("merge", line.merge)) if on]
                lines.append(
                    f"  {attributes}:{line.number}: {line.pattern} uses planner's "
                    f"{' and '.join(drivers)} driver{'s' if len(drivers) > 1 else ''}"
                )
                named.update(drivers)
    if want_merge:
        named.add("merge")
    fix = "`planner git-setup --global`" if targets[0].name == "global" else "`planner git-setup`"
    if not named:
        problems.append(f"no attributes file gives plan files planner's drivers: run {fix}")
    for kind, key, subcommand in _DRIVERS:
        command = run_git(["config", "--get", key], cwd).stdout.strip()
        if not command:
            if kind in named:
                merge_flag = " --merge" if kind == "merge" and want_merge else ""
                problems.append(
                    f"{kind} driver: not set in git config (git config is not cloned with the "
                    f"repository): run {fix[:-1]}{merge_flag}`"
                )
            continue
        trouble = _command_problem(command, subcommand)
        if trouble:
            problems.append(f"{kind} driver: {trouble}: run {fix} again")
    if targets[0].name == "repository":
        problems.extend(_coverage_problems(targets[0].cwd))
    return SetupState(lines, problems)


def _coverage_problems(root: Path) -> list[str]:
    plans = tracked_plans(root)
    if not plans:
        return [
            "no plan file is tracked in this repository yet: commit one (its name matching "
            f"{DEFAULT_PATTERN}), then check again"
        ]
    uncovered = uncovered_plans(root, plans)
    if not uncovered:
        return []
    more = f" (and {len(uncovered) - 1} more)" if len(uncovered) > 1 else ""
    which = (
        "no tracked plan matches" if len(uncovered) == len(plans) else f"{uncovered[0]}{more} matches none of"
    )
    return [
        f"{which} the patterns that name planner's drivers: run `planner git-setup` "
        f"(it covers where the tracked plans are), or give one with --pattern"
    ]


def _text_or_empty(path: Path) -> str:
    """The text of an attributes file ("" when there is none, or it cannot be read)."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
