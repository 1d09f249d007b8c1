"""Prose in the file one sentence a line: any text reads back with the same meaning, a one-word edit
changes one line, and the layout is the same however the text was typed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.model import Cycle, Plan
from planner.plan_file import parse_plan, plan_to_text
from planner.plan_file.prose import ABBREVIATIONS, one_sentence_a_line, reflow

_LOWER = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
_ANY_WORD = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"), blacklist_characters="'"),
    min_size=1,
    max_size=10,
)


@st.composite
def _sentence(draw: st.DrawFn) -> list[str]:
    words = draw(st.lists(_LOWER, min_size=2, max_size=8))
    end = draw(st.sampled_from(".!?"))
    last = draw(_LOWER.filter(lambda word: len(word) > 1 and f"{word}{end}" not in ABBREVIATIONS))
    return [words[0].capitalize(), *words[1:-1], last + end]


_SPACE = st.sampled_from([" ", "  ", "\n", " \n  ", "\t"])
_PIECE = st.one_of(_ANY_WORD, st.sampled_from(["-", "*", "1.", "2)", "e.g.", "Dr.", "J.", "'", '"', "\\"]))


@st.composite
def _typed(draw: st.DrawFn) -> str:
    """Text as a coach might type or paste it: words, sentence ends, line breaks, blank lines, lists."""
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        parts.append(draw(_PIECE))
        parts.append(draw(st.one_of(_SPACE, st.sampled_from(["\n\n", "\n- ", "\n* ", "\n3. ", ". "]))))
    return "".join(parts)


def _meaning(text: str) -> list[list[list[str]]]:
    """Paragraphs, of items (a line each when reflowed), of words."""
    return [[line.split() for line in block.split("\n")] for block in reflow(text).split("\n\n")]


def _stored(text: str) -> str:
    """The text as the plan file holds it, and as a plan read from the file gives it back."""
    saved = plan_to_text(Plan(school_year="2025-26", cycles=[Cycle(id="c-1", goal=text)]))
    return parse_plan(saved)[0].cycles[0].goal


@given(_typed())
def test_any_text_reads_back_with_the_same_meaning(text: str):
    back = _stored(text)
    if "\n" in text:
        assert _meaning(back) == _meaning(text)
    else:
        assert back.split() == text.split()
    assert _stored(back) == back


@given(_typed())
def test_the_layout_is_the_same_however_the_text_was_typed(text: str):
    laid_out = one_sentence_a_line(text)
    assert one_sentence_a_line(reflow(laid_out)) == laid_out
    assert one_sentence_a_line(laid_out) == laid_out


@given(st.lists(_sentence(), min_size=1, max_size=8), st.data())
def test_a_one_word_change_alters_at_most_one_line(sentences: list[list[str]], data: st.DataObject):
    words = [word for sentence in sentences for word in sentence]
    positions = [
        start + k
        for start, sentence in zip(
            [sum(len(s) for s in sentences[:n]) for n in range(len(sentences))], sentences, strict=True
        )
        for k in range(1, len(sentence) - 1)
    ]
    if not positions:
        return
    position = data.draw(st.sampled_from(positions))
    edited = [*words]
    edited[position] = data.draw(_LOWER.filter(lambda w: w != words[position]))
    before = one_sentence_a_line(" ".join(words)).split("\n")
    after = one_sentence_a_line(" ".join(edited)).split("\n")
    # Line by line, as the lines stay in place (a diff tool may pair repeated sentences otherwise).
    assert len(before) == len(after) == len(sentences)
    assert sum(old != new for old, new in zip(before, after, strict=True)) == 1


def test_sentences_lists_and_paragraphs():
    typed = (
        "Students explain their reasoning. Dr. Lee visits e.g. twice a week; we check it!\n"
        "Then we plan.\n\n"
        "Each cycle:\n- starts from a work sort. It ends with one,\n  sorted again.\n"
        "12. keeps to 3 weeks. 2. Not more.\n"
    )
    assert one_sentence_a_line(typed) == (
        "Students explain their reasoning.\n"
        "Dr. Lee visits e.g. twice a week; we check it!\n"
        "Then we plan.\n"
        "\n"
        "Each cycle:\n"
        "- starts from a work sort.\n"
        "  It ends with one, sorted again.\n"
        "12. keeps to 3 weeks. 2.\n"
        "    Not more."
    )
    assert reflow(one_sentence_a_line(typed)) == (
        "Students explain their reasoning. Dr. Lee visits e.g. twice a week; we check it! Then we plan.\n"
        "\n"
        "Each cycle:\n"
        "- starts from a work sort. It ends with one, sorted again.\n"
        "12. keeps to 3 weeks. 2. Not more."
    )
    assert one_sentence_a_line("Fractions on a number line") == "Fractions on a number line"
