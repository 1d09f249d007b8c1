"""The report as Markdown, for an email or a wiki: every piece of text escaped, as the summary's is."""

from __future__ import annotations

from planner.export.markdown import escape_markdown, table_cell
from planner.report.document import Block, Bullets, Document, Paragraph, Table
from planner.report.shape import FEWER


def _cell(text: str) -> str:
    return escape_markdown(table_cell(text)) or " "


def _block(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [escape_markdown(table_cell(block.text)), ""]
    if isinstance(block, Bullets):
        return [*(f"- {_cell(item)}" for item in block.items), ""]
    lines = [f"{escape_markdown(block.caption)}:", ""] if block.caption else []
    lines.append("| " + " | ".join(_cell(c) for c in block.columns) + " |")
    lines.append(
        "|"
        + "|".join(
            "---" if i == 0 else "---:" if _numeric(block, i) else "---" for i in range(len(block.columns))
        )
        + "|"
    )
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
    return [*lines, ""]


def _numeric(table: Table, column: int) -> bool:
    """Whether a column holds counts alone (right-aligned, as numbers are read)."""
    return all(row[column].isdigit() or row[column] in ("", FEWER) for row in table.rows)


def render_markdown(document: Document) -> str:
    """The document as Markdown text."""
    lines = [f"# {escape_markdown(document.title)}", "", escape_markdown(document.byline), ""]
    if document.headlines:
        lines += [
            f"- **{escape_markdown(h.label)}**: {escape_markdown(h.value)}"
            + (f" {escape_markdown(h.small)}" if h.small else "")
            for h in document.headlines
        ]
        lines.append("")
    for section in document.sections:
        lines += [f"## {escape_markdown(section.title)}", ""]
        for block in section.blocks:
            lines += _block(block)
    lines += ["---", "", escape_markdown(document.foot), ""]
    return "\n".join(lines)
