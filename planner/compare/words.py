"""Prose compared word by word: which words were kept, removed or inserted between two answers.

Whitespace is not meaning here: two answers with the same words in the same order are the same
answer, however they are wrapped or spaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

WordOp = Literal["same", "removed", "inserted"]


@dataclass(frozen=True)
class WordRun:
    """Consecutive words that were kept, removed or inserted, joined by single spaces."""

    op: WordOp
    text: str


def words_of(text: str) -> list[str]:
    """The words of a text, in order (anything between whitespace is a word)."""
    return text.split()


def same_text(old: str, new: str) -> bool:
    """Whether two texts hold the same words in the same order."""
    return old == new or words_of(old) == words_of(new)


def word_runs(old: str, new: str) -> tuple[WordRun, ...]:
    """How `new` differs from `old`, as runs of kept, removed and inserted words in reading order."""
    import difflib  # about 3 ms to import: paid only when some answer really changed

    old_words, new_words = words_of(old), words_of(new)
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    runs: list[WordRun] = []
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            runs.append(WordRun("same", " ".join(old_words[old_start:old_end])))
            continue
        if old_end > old_start:
            runs.append(WordRun("removed", " ".join(old_words[old_start:old_end])))
        if new_end > new_start:
            runs.append(WordRun("inserted", " ".join(new_words[new_start:new_end])))
    return tuple(runs)
