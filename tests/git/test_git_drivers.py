"""The drivers at work in real git: `git diff`, `git show`, `git log -p --ext-diff`, branch merges."""

from __future__ import annotations

from pathlib import Path

from planner.model import Cycle
from planner.plan_file import load_plan
from tests.git.git_helpers import PLAN, git, planner


def _reword_fractions(plan) -> None:
    plan.cycles[0].goal = "Students will order fractions."


def test_git_diff_shows_the_change_in_the_plans_terms(repo: Path):
    planner(repo, "git-setup")
    text = (repo / PLAN).read_text().replace("compare fractions", "order fractions")
    (repo / PLAN).write_text(text)
    diff = git(repo, "diff").stdout
    assert diff == (
        "diff --planner a/plans/2025-26.toml b/plans/2025-26.toml\n"
        "1 cycle changed\n"
        "\n"
        "Coaching cycles\n"
        '~ cycle "Fractions" (c-frac)\n'
        "  ~ Student-learning goal: Students will [-compare-] {+order+} fractions.\n"
    )


def test_log_and_show_use_the_driver_with_ext_diff(repo: Path, commit_plan):
    planner(repo, "git-setup")
    commit_plan(_reword_fractions, "reword")
    semantic = "~ Student-learning goal: Students will [-compare-] {+order+} fractions."
    for command in (["log", "-p", "-1"], ["show"]):
        assert semantic in git(repo, *command, "--ext-diff").stdout
        plain = git(repo, *command).stdout
        assert semantic not in plain
        assert '+goal = "Students will order fractions."' in plain


def test_a_formatting_change_is_no_change_in_meaning(repo: Path):
    planner(repo, "git-setup")
    text = (
        (repo / PLAN)
        .read_text()
        .replace(
            'goal = "Students will compare fractions."', "goal = '''Students will\ncompare   fractions.'''"
        )
    )
    (repo / PLAN).write_text(text)
    assert git(repo, "diff").stdout.endswith("\nNo differences in meaning (formatting and order aside).\n")


def test_a_side_that_is_not_a_plan_gets_a_line_diff(repo: Path):
    planner(repo, "git-setup")
    (repo / PLAN).write_text((repo / PLAN).read_text().replace('title = "Ratios"', 'title = "Ratios'))
    done = git(repo, "diff")
    assert "TOML syntax error" in done.stdout
    assert '-title = "Ratios"\n+title = "Ratios\n' in done.stdout


def test_a_new_plan_file_shows_every_answer_added(repo: Path):
    planner(repo, "git-setup")
    (repo / "plans" / "2026-27.toml").write_text((repo / PLAN).read_text())
    git(repo, "add", ".")
    diff = git(repo, "diff", "--cached", "--", "plans/2026-27.toml").stdout
    assert diff.startswith(
        "diff --planner a/plans/2026-27.toml b/plans/2026-27.toml\n"
        "2 cycles added; 2 teachers added\n\nAbout this plan\n+ School year: 2025-26\n"
    )
    assert '+ cycle "Fractions" (c-frac)' in diff


def _branches(repo: Path, commit_plan, ours_edit, theirs_edit) -> None:
    git(repo, "checkout", "-q", "-b", "theirs")
    commit_plan(theirs_edit, "their change")
    git(repo, "checkout", "-q", "main")
    commit_plan(ours_edit, "our change")


def _add_cycle(cycle_id: str, goal: str):
    def edit(plan) -> None:
        plan.cycles.append(Cycle(id=cycle_id, title=cycle_id, teachers=["t-ana"], goal=goal))

    return edit


def test_two_coaches_editing_different_cycles_merge_cleanly(repo: Path, commit_plan):
    planner(repo, "git-setup", "--merge")
    git(repo, "add", ".gitattributes")
    git(repo, "commit", "-q", "-m", "use planner's drivers")

    def ours(plan) -> None:
        plan.cycles[0].goal = "Students will order fractions."
        plan.cycles.append(Cycle(id="c-dec", title="Decimals", teachers=["t-ana"]))

    def theirs(plan) -> None:
        plan.cycles[1].goal = "Students will use ratio tables and tape diagrams."
        plan.cycles.append(Cycle(id="c-area", title="Area", teachers=["t-ben"]))

    _branches(repo, commit_plan, ours, theirs)
    merged = git(repo, "merge", "-q", "-m", "merge", "theirs", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert planner(repo, "validate", PLAN).returncode == 0
    plan = load_plan(repo / PLAN).plan
    assert [c.id for c in plan.cycles] == ["c-frac", "c-ratio", "c-dec", "c-area"]
    assert [c.goal for c in plan.cycles[:2]] == [
        "Students will order fractions.",
        "Students will use ratio tables and tape diagrams.",
    ]


def test_the_same_merge_conflicts_line_by_line_without_the_driver(repo: Path, commit_plan):
    _branches(repo, commit_plan, _add_cycle("c-dec", "Decimals."), _add_cycle("c-area", "Area."))
    assert git(repo, "merge", "-q", "-m", "merge", "theirs", check=False).returncode != 0
    validated = planner(repo, "validate", PLAN).stderr
    assert "cycles[c-dec]: the two sides differ" in validated
    assert "cycles[c-area]: the two sides differ" in validated
    git(repo, "merge", "--abort")
    planner(repo, "git-setup", "--merge")
    assert git(repo, "merge", "-q", "-m", "merge", "theirs", check=False).returncode == 0
    assert [c.id for c in load_plan(repo / PLAN).plan.cycles] == ["c-frac", "c-ratio", "c-dec", "c-area"]


def test_a_real_conflict_is_marked_around_that_answer_only(repo: Path, commit_plan):
    planner(repo, "git-setup", "--merge")

    def ours(plan) -> None:
        plan.cycles[1].goal = "Students will use ratio tables."
        plan.cycles[1].goal = "Students will reason with ratio tables."
        plan.cycles[1].title = "Ratio reasoning"

    def theirs(plan) -> None:
        plan.cycles[1].goal = "Students will use double number lines."

    _branches(repo, commit_plan, ours, theirs)
    merged = git(repo, "merge", "-m", "merge", "theirs", check=False)
    assert merged.returncode != 0
    assert "planner: plans/2025-26.toml: cycles[c-ratio].goal: both sides changed it" in merged.stderr
    text = (repo / PLAN).read_text()
    assert (
        'title = "Ratio reasoning"\n'
        'teachers = [\n    "t-ben",\n]\n'
        "concepts = []\n"
        "<<<<<<< main (ours)\n"
        'goal = "Students will reason with ratio tables."\n'
        "=======\n"
        'goal = "Students will use double number lines."\n'
        ">>>>>>> theirs (theirs)\n"
        "targets = []\n"
    ) in text
    assert text.count("<<<<<<<") == 1
    validated = planner(repo, "validate", PLAN)
    assert validated.returncode == 1
    marker_lines = [
        n for n, line in enumerate(text.splitlines(), 1) if line[:7] in ("<<<<<<<", "=======", ">>>>>>>")
    ]
    assert [f"{PLAN}:{n}: git merge conflict marker" in validated.stderr for n in marker_lines] == [True] * 3
    assert validated.stderr.splitlines()[1] == (
        f"{PLAN}:{marker_lines[0]}: cycles[c-ratio].goal: the two sides differ: "
        "keep one, then delete the marker lines"
    )


def test_the_diff_driver_follows_gits_colour_settings_and_no_color(repo: Path, monkeypatch):
    planner(repo, "git-setup")
    (repo / PLAN).write_text((repo / PLAN).read_text().replace("compare fractions", "order fractions"))
    assert "\x1b[" not in git(repo, "diff").stdout
    coloured = git(repo, "-c", "color.ui=always", "diff").stdout
    assert "\x1b[31mcompare\x1b[0m \x1b[32morder\x1b[0m" in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in git(repo, "-c", "color.ui=always", "diff").stdout
