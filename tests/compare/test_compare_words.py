"""Prose compared word by word."""

from __future__ import annotations

from planner.compare import WordRun, same_text, word_runs


def test_spacing_and_line_breaks_do_not_change_prose():
    assert same_text("Students explain\n  their reasoning.", "Students explain their   reasoning.")
    assert not same_text("Students explain.", "Students explain it.")


def test_runs_keep_removed_and_inserted_words_in_reading_order():
    runs = word_runs("Students will compare two fractions.", "Students will order three fractions.")
    assert runs == (
        WordRun("same", "Students will"),
        WordRun("removed", "compare two"),
        WordRun("inserted", "order three"),
        WordRun("same", "fractions."),
    )


def test_runs_rebuild_both_texts():
    old = "Coaching cycles build routines for student talk in every grade."
    new = "Coaching cycles build daily routines for student talk, in grades 3 to 5."
    runs = word_runs(old, new)
    assert " ".join(r.text for r in runs if r.op != "inserted") == old
    assert " ".join(r.text for r in runs if r.op != "removed") == new
