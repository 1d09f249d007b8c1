"""Reading an exported HTML page back with the standard library's parser, for the export tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Page:
    """What the parser saw: tags in order, headings, tables, text, attributes that load things."""

    html_lang: str | None = None
    headings: list[tuple[int, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    tables: list[dict[str, int]] = field(default_factory=list)
    loading_attributes: list[tuple[str, str, str]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    svg_roles: list[str | None] = field(default_factory=list)


_BLOCKS = {"p", "li", "dt", "dd", "th", "td", "div", "h1", "h2", "h3", "caption", "tr", "br"}


class _Reader(HTMLParser):
    """Collects what `Page` holds while the parser walks the document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._heading: tuple[int, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        page = self.page
        page.tags.append(tag)
        if tag in _BLOCKS:
            page.text.append(" ")
        values = dict(attrs)
        if tag == "html":
            page.html_lang = values.get("lang")
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = (int(tag[1]), [])
        if tag == "table":
            page.tables.append({"th": 0, "caption": 0, "td": 0})
        if tag in ("th", "caption", "td") and page.tables:
            page.tables[-1][tag] += 1
        if tag == "svg":
            page.svg_roles.append(values.get("role"))
        for name, value in attrs:
            if name in ("src", "href", "srcset", "action", "data", "xlink:href") or (
                value and "url(" in value
            ):
                page.loading_attributes.append((tag, name, value or ""))

    def handle_endtag(self, tag: str) -> None:
        if self._heading and tag == f"h{self._heading[0]}":
            level, words = self._heading
            self.page.headings.append((level, "".join(words).strip()))
            self._heading = None

    def handle_data(self, data: str) -> None:
        self.page.text.append(data)
        if self._heading:
            self._heading[1].append(data)


def parse_html(document: str) -> Page:
    """What the page holds: its tags, headings, tables, text and attributes that load things."""
    reader = _Reader()
    reader.feed(document)
    reader.close()
    return reader.page
