"""The resolved, renderer-neutral document: a list of blocks with their text already filled in.

A form definition (``forms/*.toml``) filled from a case becomes a :class:`Document`; the DOCX and
the PDF renderers both walk the same blocks in the same order, so the two outputs carry the same
text in the same sequence. Every run remembers the field it came from, so a renderer that cannot
draw a character can say which field (当事人姓名, 纠纷简要情况 …) holds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "center", "right", "justify"]
ParaStyle = Literal["title", "subtitle", "body", "heading", "small", "cover_title", "cover_field"]


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    underline: bool = False
    field: str = ""  # Chinese label of the data field this text came from; "" for the form's own text


@dataclass
class Para:
    runs: list[Run]
    style: ParaStyle = "body"
    align: Align = "justify"
    indent: bool = False  # first-line indent of two characters, as body text in official documents
    space_before: float = 0.0  # in lines of body text
    keep_with_next: bool = False

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Cell:
    paras: list[Para]
    colspan: int = 1
    shade: bool = False  # a label cell

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras)


@dataclass
class Table:
    rows: list[list[Cell]]
    widths: list[float]  # relative column widths
    header_rows: int = 0  # repeated at the top of each page
    min_row_height: float = 0.0  # in lines of table text; forms to be filled by hand need room
    row_heights: dict[int, float] = field(default_factory=dict)  # row index -> minimum lines


@dataclass
class Keep:
    """Blocks that must stay on one page (signature blocks, with the paragraph before them)."""

    blocks: list[Para | Table]


@dataclass
class PageBreak:
    pass


Block = Para | Table | Keep | PageBreak


@dataclass
class Document:
    code: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    page_numbers: bool = True

    def iter_paras(self) -> list[Para]:
        """Every paragraph in reading order (table cells row by row), for text checks."""
        out: list[Para] = []

        def walk(blocks: list[Block]) -> None:
            for b in blocks:
                if isinstance(b, Para):
                    out.append(b)
                elif isinstance(b, Table):
                    for row in b.rows:
                        for cell in row:
                            out.extend(cell.paras)
                elif isinstance(b, Keep):
                    walk(list(b.blocks))

        walk(self.blocks)
        return out

    def plain_text(self) -> str:
        return "\n".join(p.text for p in self.iter_paras())
