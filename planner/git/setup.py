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
import sys
from dataclasses import dataclass
from pathlib import Path

from planner.git.attributes import DRIVER, driver_lines, with_drivers, without_drivers
from planner.git.runner import GitError, run_git
from planner.plan_file import write_atomically

MERGE_NAME = "planner: merge coaching plans record by record and answer by answer"


def repository_root(cwd: Path) -> Path:
    """The top folder of the git work tree holding `cwd`."""
    done = run_git(["rev-parse", "--show-toplevel"], cwd)
    if done.returncode != 0:
        raise GitError("not inside a git repository: run this in your plans repository, or use --global")
    return Path(done.stdout.strip())


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
        f"merge.{DRIVER}.driver": f"{planner} git-merge-driver %O %A %B %L %P",
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
        root = repository_root(cwd)
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


def install(target: Target, pattern: str, merge: bool) -> list[str]:
    """Set up the diff driver (and the merge driver with `merge`); each line says what was done."""
    done = []
    for key, value in driver_settings().items():
        if key.startswith("merge.") and not merge:
            continue
        if target.get(key) == value:
            done.append(f"{key} already set ({target.name} config)")
        else:
            target.set(key, value)
            done.append(f"set {key} ({target.name} config)")
    before = target.read_attributes()
    after = with_drivers(before, pattern, merge)
    if after == before:
        done.append(f"{target.attributes} already names planner for {pattern}")
    else:
        target.write_attributes(after)
        done.append(f"{target.attributes}: planner's drivers now apply to {pattern}")
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


@dataclass(frozen=True)
class SetupState:
    """What `--check` found: a report to print, and whether `git diff` will use planner."""

    lines: list[str]
    diff_ready: bool
    merge_ready: bool


def _command_problem(command: str | None) -> str | None:
    if command is None:
        return None
    program = shlex.split(command)[0]
    if os.path.isabs(program) and not os.access(program, os.X_OK):
        return f"{program} no longer exists: run `planner git-setup` again"
    return None


def check(cwd: Path) -> SetupState:
    """Report the drivers set in the repository holding `cwd` (if any) and in the user's config."""
    targets = [Target.find(True, cwd)]
    with contextlib.suppress(GitError):
        targets.insert(0, Target.find(False, cwd))
    lines: list[str] = []
    diff_set = merge_set = diff_named = merge_named = False
    for target in targets:
        lines.append(f"{target.name}:")
        for key, label in (
            (f"diff.{DRIVER}.command", "diff driver"),
            (f"merge.{DRIVER}.driver", "merge driver"),
        ):
            value = target.get(key)
            problem = _command_problem(value)
            lines.append(f"  {label}: {problem or value or 'not set'}")
            if value and not problem:
                diff_set |= key.startswith("diff.")
                merge_set |= key.startswith("merge.")
        files = [target.attributes]
        if target.name == "repository":
            files.append(target.cwd / ".git" / "info" / "attributes")
        for attributes in files:
            for line in driver_lines(_text_or_empty(attributes)):
                drivers = " and ".join(n for n, on in (("diff", line.diff), ("merge", line.merge)) if on)
                lines.append(f"  {attributes}:{line.number}: {line.pattern} uses planner's {drivers} driver")
                diff_named |= line.diff
                merge_named |= line.merge
    return SetupState(lines, diff_set and diff_named, merge_set and merge_named)


def _text_or_empty(path: Path) -> str:
    """The text of an attributes file ("" when there is none, or it cannot be read)."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
