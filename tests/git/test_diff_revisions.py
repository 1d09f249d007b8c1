"""`planner diff` speaking git: the working tree, the index and revisions, named `REV:path` in headers."""

from __future__ import annotations

from pathlib import Path

from planner.plan_file import plan_to_text
from tests.git.git_helpers import PLAN, base_plan, git, planner


def _retitle(plan) -> None:
    plan.cycles[0].title = "Fractions on a number line"


def test_one_revision_against_another(repo: Path, commit_plan):
    commit_plan(_retitle, "retitle")
    done = planner(repo, "diff", "HEAD~1", "HEAD", "--", PLAN)
    assert done.returncode == 1, done.stderr
    assert done.stdout == (
        f"Comparing HEAD~1:{PLAN} (2025-26) with HEAD:{PLAN} (2025-26)\n"
        "\n"
        "1 cycle changed\n"
        "\n"
        "Coaching cycles\n"
        '~ cycle "Fractions on a number line" (c-frac)\n'
        "  ~ Title: Fractions -> Fractions on a number line\n"
    )
    assert planner(repo, "diff", "HEAD~1..HEAD").stdout == done.stdout


def test_the_working_tree_the_index_and_a_revision(repo: Path, commit_plan):
    assert (planner(repo, "diff").returncode, planner(repo, "diff").stdout) == (0, "")
    text = (repo / PLAN).read_text().replace("compare fractions", "order fractions")
    (repo / PLAN).write_text(text)
    unstaged = planner(repo, "diff", "--", "plans")
    assert unstaged.returncode == 1
    assert unstaged.stdout.startswith(f"Comparing :{PLAN} (2025-26) with {PLAN} (2025-26)\n")
    assert "Students will [-compare-] {+order+} fractions." in unstaged.stdout
    git(repo, "add", PLAN)
    assert planner(repo, "diff").stdout == ""
    staged = planner(repo, "diff", "--cached")
    assert staged.stdout.startswith(f"Comparing HEAD:{PLAN} (2025-26) with :{PLAN} (2025-26)\n")
    against_head = planner(repo, "diff", "HEAD", PLAN)
    assert against_head.stdout.startswith(f"Comparing HEAD:{PLAN} (2025-26) with {PLAN} (2025-26)\n")


def test_records_in_another_order_are_named_and_exit_0(repo: Path, commit_plan):
    commit_plan(lambda plan: plan.cycles.reverse(), "reorder")
    done = planner(repo, "diff", "HEAD~1", "HEAD")
    assert (done.returncode, done.stdout.splitlines()[2:]) == (
        0,
        ["cycles reordered", "No differences in meaning (formatting and order aside)."],
    )


def test_every_coachs_plan_under_a_folder(repo: Path):
    for coach in ("maya", "omar"):
        folder = repo / "coaches" / coach / "plans"
        folder.mkdir(parents=True)
        (folder / "2025-26.toml").write_text(plan_to_text(base_plan()))
    (repo / "coaches" / "settings.toml").write_text('[tool]\nname = "not a plan"\n')
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "two coaches")
    done = planner(repo, "diff", "HEAD~1", "HEAD", "--", "coaches")
    assert done.returncode == 1
    headers = [line for line in done.stdout.splitlines() if line.startswith("Comparing")]
    assert headers == [
        f"Comparing HEAD~1:coaches/{coach}/plans/2025-26.toml with HEAD:coaches/{coach}/plans/2025-26.toml "
        "(2025-26)"
        for coach in ("maya", "omar")
    ]
    assert "settings.toml" not in done.stdout + done.stderr


def test_an_unknown_revision_is_trouble(repo: Path):
    done = planner(repo, "diff", "no-such-branch", "--", PLAN)
    assert (done.returncode, done.stdout) == (2, "")
    assert (
        done.stderr
        == "planner: diff: no-such-branch is not a revision git knows (give at most two, before --)\n"
    )
