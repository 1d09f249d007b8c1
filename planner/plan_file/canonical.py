"""The canonical text of a plan file: one layout whatever the content, so diffs and merges follow records.

tomli-w chooses between inline tables and `[[...]]` blocks by line length, so one long answer would
flip every record's layout. Here each table is written under a header of our own and tomli-w only
writes the `key = value` lines: records are always `[[name]]` blocks, lists one item per line,
multi-line text as a `\"\"\"` string.
"""

from __future__ import annotations

from typing import Any

import tomli_w


def _key_lines(values: dict[str, Any]) -> str:
    return tomli_w.dumps(values, multiline_strings=True)


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
    values = {k: v for k, v in table.items() if not isinstance(v, dict)}
    text = f"{header}\n{_key_lines(values)}"
    for key, sub in table.items():
        if isinstance(sub, dict):
            text += f"\n[{name}.{key}]\n{_key_lines(sub)}"
    return text


def _is_table_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)
