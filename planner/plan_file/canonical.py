"""The canonical text of a plan file: one layout whatever the content, so diffs follow records.

tomli-w chooses between inline tables and `[[...]]` blocks by line length, so one long answer would
flip every record's layout. Here each table is written under a header of our own and tomli-w only
writes the `key = value` lines: records are always `[[name]]` blocks, lists one item per line.
Prose is written one sentence a line (`prose.one_sentence_a_line`), and text of several lines as
a literal (triple single-quoted) string, so the quotes and backslashes a coach typed read as typed;
text a literal string cannot hold goes to tomli-w's escaped triple double-quoted form.
"""

from __future__ import annotations

import re
from typing import Any

from planner.plan_file.prose import one_sentence_a_line

# What a multi-line literal string cannot hold: control characters other than tab and newline,
# three single quotes in a row, and (to keep it simple) a single quote just before the closing ones.
_NOT_LITERAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]|'''|'\Z")
_LITERAL_QUOTES = "'''"


def _key_line(key: str, value: Any) -> str:
    import tomli_w  # imported on the first save, not when a plan is only read

    if isinstance(value, str):
        value = one_sentence_a_line(value)
    if isinstance(value, str) and "\n" in value and not _NOT_LITERAL.search(value):
        written_key = tomli_w.dumps({key: ""}).partition(" = ")[0]
        return f"{written_key} = {_LITERAL_QUOTES}\n{value}{_LITERAL_QUOTES}\n"
    return tomli_w.dumps({key: value}, multiline_strings=True)


def _key_lines(values: dict[str, Any]) -> str:
    return "".join(_key_line(key, value) for key, value in values.items())


def render_toml(data: dict[str, Any]) -> str:
    """TOML text for plan data made of top-level values, tables and lists of tables."""
    top = {k: v for k, v in data.items() if not isinstance(v, dict) and not _is_table_list(v)}
    blocks = [_key_lines(top)] if top else []
    for key, value in data.items():
        if isinstance(value, dict):
            blocks.append(_table(f"[{key}]", value, key))
        elif _is_table_list(value):
            blocks.extend(_table(f"[[{key}]]", record, key) for record in value)
    return "\n".join(blocks)


def _table(header: str, table: dict[str, Any], name: str) -> str:
    """A table's header and keys, then its own tables (`[cycles.result]`) and lists of tables
    (`[[cycles.checkpoints]]`, one block a record), in the order of its keys."""
    values = {k: v for k, v in table.items() if not isinstance(v, dict) and not _is_table_list(v)}
    text = f"{header}\n{_key_lines(values)}"
    for key, sub in table.items():
        if isinstance(sub, dict):
            text += f"\n[{name}.{key}]\n{_key_lines(sub)}"
        elif _is_table_list(sub):
            text += "".join(f"\n[[{name}.{key}]]\n{_key_lines(record)}" for record in sub)
    return text


def _is_table_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)
