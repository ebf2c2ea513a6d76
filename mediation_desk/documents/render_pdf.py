"""PDF renderer (ReportLab platypus): the same blocks as the DOCX renderer, on the same A4 page.

Fonts come from :mod:`fonts`' chain and are embedded as subsets. Text is set in the chain's first
font; a character it lacks is set in the first later font that has it, run by run, so a rare name
character such as 䶮 still prints while the body stays in the main font. A character no font has
stops the rendering with a message naming it and the field it is in — never a blank or a box.
ReportLab is imported lazily: the GUI must start without paying for it.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from mediation_desk import messages
from mediation_desk.documents import fonts
from mediation_desk.documents.model import Cell, Document, Keep, PageBreak, Para, Run, Table
from mediation_desk.documents.style import (
    CELL_PADDING,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_NUMBER_GAP,
    PAGE_NUMBER_SIZE,
    PAGE_WIDTH,
    TEXT_HEIGHT,
    TEXT_WIDTH,
    TextStyle,
)
from mediation_desk.errors import UserError

messages.register(
    "document.no_font", "没有找到可用的中文字体。请安装 fonts-arphic-uming，或在调委会设置中指定字体文件。",
    "No Chinese font was found. Install fonts-arphic-uming or set a font file in the committee's settings.")
messages.register(
    "document.missing_glyph",
    "“{field}”中的字“{char}”（U+{code}）没有任何可用字体能够显示，文书未生成。"
    "请在调委会设置中指定一个包含该字的字体（如 SimSun-ExtB、花园明朝），或改用常用字并在备注中说明。",
    "The character “{char}” (U+{code}) in “{field}” is in no available font; nothing was written. "
    "Configure a font that has it in the committee's settings.")

_ALIGN = {"left": 0, "center": 1, "right": 2, "justify": 4}


@dataclass(frozen=True)
class FontSet:
    main: fonts.FontSpec
    title: fonts.FontSpec
    chain: tuple[fonts.FontSpec, ...]

    @classmethod
    def resolve(cls, configured: list[str]) -> FontSet:
        chain = fonts.chain(configured)
        if not chain:
            raise UserError("document.no_font")
        for spec in chain:
            fonts.load(spec)
        song = [f for f in chain if any(k in f.label for k in ("宋", "明", "Song", "Ming"))]
        # The committee's configured font is the body font; the title prefers a Song-style face.
        title = chain[0] if configured and chain[0].label == "配置的字体" and not song else (song or chain)[0]
        return cls(chain[0], title, tuple(chain))

    def names(self) -> list[str]:
        return [f.label for f in self.chain]


# Chinese punctuation that must not open a line (ReportLab's list is Japanese-centred): it hangs
# at the end of the previous line instead, as Chinese typesetting rules (GB/T 15834) require.
_NO_LINE_START = "，。、；：？！）》」』】〕…—·％’”"


class _FastZlib:
    """zlib for ReportLab's streams at level 1: a CJK font subset is ~150 KB of glyph outlines per
    256 characters, and level 6 spent more time compressing them than laying out the page. The
    files grow by about a tenth."""

    @staticmethod
    def compress(data: bytes, level: int = 1) -> bytes:
        import zlib

        return zlib.compress(data, 1)

    @staticmethod
    def decompress(data: bytes) -> bytes:
        import zlib

        return zlib.decompress(data)


_NO_LINE_END = "（《「『【〔“‘"


def _keep_openers_forward(lines: list[list[Any]], max_widths: Any, font: str, size: float) -> list[list[Any]]:
    """An opening bracket or quote never ends a line: it moves to the next line, and any overflow
    there moves on, a character (or a character with its punctuation) at a time. ReportLab's own
    pass already keeps closing punctuation off a line's start, except after a Latin run."""
    from reportlab.lib.textsplit import ALL_CANNOT_START
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = max_widths if isinstance(max_widths, list | tuple) else [max_widths]

    def room(k: int) -> float:
        return float(widths[k] if k < len(widths) else widths[-1])

    def over(k: int) -> bool:
        extra, text = lines[k]
        hang = stringWidth(text[-1], font, size) if text and text[-1] in ALL_CANNOT_START else 0.0
        return bool(extra + hang < -0.01) and len(text) > 2

    for k in range(len(lines) - 1):
        extra, text = lines[k]
        if len(text) < 2 or text[-1] not in _NO_LINE_END:
            continue
        moved = text[-1]
        j = k
        while True:
            w = stringWidth(moved, font, size)
            lines[j] = [lines[j][0] + w, lines[j][1][:-len(moved)]]
            if j + 1 < len(lines):
                lines[j + 1] = [lines[j + 1][0] - w, moved + lines[j + 1][1]]
            else:
                lines.append([room(j + 1) - w, moved])
            j += 1
            if not over(j):
                break
            t = lines[j][1]
            moved = t[-2:] if t[-1] in ALL_CANNOT_START else t[-1]
    # Closing punctuation that still opens a line (after a Latin run, a bracket moved on above, or a
    # full stop left alone on the last line) hangs on the line before, the whole run of it (“）。”);
    # a line left empty by that is dropped.
    for k in range(1, len(lines)):
        text = lines[k][1]
        n = 0
        while n < len(text) and text[n] in ALL_CANNOT_START:
            n += 1
        if n and lines[k - 1][1]:
            w = stringWidth(text[:n], font, size)
            lines[k - 1] = [lines[k - 1][0] - w, lines[k - 1][1] + text[:n]]
            lines[k] = [lines[k][0] + w, text[n:]]
    return [line for line in lines if line[1]] or lines[:1]


def _word_split_with_openers(word: str, max_widths: Any, font: str, size: float, encoding: str = "utf8") -> Any:
    from reportlab.lib.textsplit import wordSplit

    return _keep_openers_forward(wordSplit(word, max_widths, font, size, encoding), max_widths, font, size)


@cache
def _tune_reportlab() -> None:
    from reportlab.lib import textsplit
    from reportlab.pdfbase import pdfdoc
    from reportlab.platypus import paragraph

    pdfdoc.zlib = _FastZlib
    # Both the single-run (textsplit) and the mixed-run (paragraph) line breakers read this list.
    for module in (textsplit, paragraph):
        extra = "".join(ch for ch in _NO_LINE_START if ch not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START = module.ALL_CANNOT_START + extra
    # Single-run paragraphs (most body text) are broken by paragraph.wordSplit; add the rule that
    # an opening bracket does not end a line (mixed-run paragraphs keep ReportLab's rules).
    paragraph.wordSplit = _word_split_with_openers


_STYLES: dict[tuple[str, str, int, bool], Any] = {}  # paragraph styles are immutable once made


class PdfRenderer:
    """Turns :class:`Document` blocks into flowables; also used to assemble a whole case file."""

    def __init__(self, font_set: FontSet) -> None:
        from reportlab.lib.styles import ParagraphStyle

        _tune_reportlab()
        self.fonts = font_set
        self._styles = _STYLES
        self._ParagraphStyle = ParagraphStyle

    # --- text -------------------------------------------------------------------------------

    def markup(self, runs: list[Run], base: fonts.FontSpec) -> str:
        """ReportLab paragraph markup, switching fonts for characters the base font lacks."""
        out: list[str] = []
        have = fonts.coverage(base)
        for run in runs:
            text = run.text
            if all(ord(ch) in have or ch.isspace() for ch in text):
                piece = escape(text)
            else:
                piece = self._mixed(text, base, have, run.field)
            if run.underline and not text.strip():
                # ReportLab does not underline white space; no-break spaces keep the blank visible.
                piece = "\u00a0" * (2 * len(text))
            out.append(f"<u>{piece}</u>" if run.underline else piece)
        return "".join(out)

    def _mixed(self, text: str, base: fonts.FontSpec, have: frozenset[int], field: str) -> str:
        segs: list[tuple[fonts.FontSpec, str]] = []
        for ch in text:
            spec = base
            if ord(ch) not in have and not ch.isspace():
                found = fonts.font_for_char(ch, list(self.fonts.chain))
                if found is None:
                    raise UserError("document.missing_glyph", char=ch, code=f"{ord(ch):04X}",
                                    field=field or "文书正文")
                spec = found
            if segs and segs[-1][0] == spec:
                segs[-1] = (spec, segs[-1][1] + ch)
            else:
                segs.append((spec, ch))
        return "".join(escape(t) if s == base else f'<font name="{s.reportlab_name}">{escape(t)}</font>'
                       for s, t in segs)

    def pstyle(self, ts: TextStyle, align: str, indent: bool) -> Any:
        spec = self.fonts.title if ts.font == "title" else self.fonts.main
        key = (spec.reportlab_name, align, int(ts.size * 10), indent)
        if key not in self._styles:
            self._styles[key] = self._ParagraphStyle(
                f"md{len(self._styles)}", fontName=spec.reportlab_name, fontSize=ts.size, leading=ts.leading,
                alignment=_ALIGN[align], firstLineIndent=2 * ts.size if indent else 0, wordWrap="CJK",
                spaceAfter=ts.space_after, allowWidows=0, allowOrphans=0,
            )
        return self._styles[key]

    def para(self, p: Para) -> Any:
        from reportlab.platypus import Paragraph, Spacer

        from mediation_desk.documents.style import TEXT_STYLES

        ts = TEXT_STYLES[p.style]
        base = self.fonts.title if ts.font == "title" else self.fonts.main
        style = self.pstyle(ts, p.align, p.indent)
        if not p.runs:
            return Spacer(1, ts.leading)
        if ts.bold or all(r.bold for r in p.runs if r.text.strip()):
            # A wholly bold paragraph (title, heading, a table's label) is drawn in fake bold.
            flow = _BoldParagraph(self.markup(p.runs, base), style, ts)
        else:
            flow = Paragraph(self.markup(p.runs, base), style)
        if p.space_before:
            flow.spaceBefore = p.space_before * ts.leading
        if p.keep_with_next:
            flow.keepWithNext = 1  # platypus keeps it on the page of the flowable that follows
        return flow

    # --- tables -----------------------------------------------------------------------------

    def table(self, t: Table) -> Any:
        from reportlab.lib import colors
        from reportlab.platypus import Table as RLTable
        from reportlab.platypus import TableStyle

        from mediation_desk.documents.style import TEXT_STYLES

        total = sum(t.widths)
        col_w = [TEXT_WIDTH * w / total for w in t.widths]
        ncols = len(col_w)
        data: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            # Spanned-over cells are plain strings, drawn in the table's font: never the built-in Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.main.reportlab_name),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING), ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
        heights: list[float] = []
        small = TEXT_STYLES["small"]
        for r, row in enumerate(t.rows):
            line: list[Any] = []
            c = 0
            row_h = small.leading * (t.row_heights.get(r) or t.min_row_height)
            for cell in row:
                width = sum(col_w[c:c + cell.colspan]) - 2 * CELL_PADDING
                flows = self._cell(cell)
                row_h = max(row_h, sum(f.wrap(width, PAGE_HEIGHT)[1] for f in flows))
                line.append(flows)
                if cell.colspan > 1:
                    commands.append(("SPAN", (c, r), (c + cell.colspan - 1, r)))
                    line.extend([""] * (cell.colspan - 1))
                c += cell.colspan
            line.extend([""] * (ncols - len(line)))
            data.append(line)
            heights.append(row_h + 2 * CELL_PADDING)
        # Rows never split: the form builder already cut very long values into continuation rows.
        return RLTable(data, colWidths=col_w, rowHeights=heights, style=TableStyle(commands),
                       repeatRows=t.header_rows, hAlign="CENTER")

    def _cell(self, cell: Cell) -> list[Any]:
        from reportlab.platypus import Paragraph

        from mediation_desk.documents.style import TEXT_STYLES

        ts = TEXT_STYLES["small"]
        out = []
        for p in cell.paras:
            style = self.pstyle(ts, p.align, False)
            if p.runs and all(r.bold for r in p.runs if r.text.strip()):
                out.append(_BoldParagraph(self.markup(p.runs, self.fonts.main), style, ts))
            else:
                out.append(Paragraph(self.markup(p.runs, self.fonts.main) if p.runs else "", style))
        return out

    # --- story ------------------------------------------------------------------------------

    def story(self, doc: Document) -> list[Any]:
        from reportlab.platypus import KeepTogether
        from reportlab.platypus import PageBreak as RLPageBreak

        out: list[Any] = []
        for b in doc.blocks:
            if isinstance(b, Para):
                out.append(self.para(b))
            elif isinstance(b, Table):
                out.append(self.table(b))
            elif isinstance(b, Keep):
                out.append(KeepTogether([self.para(x) if isinstance(x, Para) else self.table(x) for x in b.blocks]))
            elif isinstance(b, PageBreak):
                out.append(RLPageBreak())
        return out


@cache
def _bold_paragraph_class() -> Any:
    """A paragraph drawn with a stroked outline: CJK TrueType fonts have no bold face, and this
    'fake bold' keeps the text extractable (it stays text, not an outline drawing)."""
    from reportlab.platypus import Paragraph

    class BoldParagraph(Paragraph):
        stroke = 0.5

        def draw(self) -> None:
            canv = self.canv
            canv.saveState()
            canv._code.append(f"2 Tr {self.stroke:.2f} w")  # text render mode 2: fill, then stroke
            super().draw()
            canv._code.append("0 Tr")
            canv.restoreState()

    return BoldParagraph


def _BoldParagraph(markup: str, style: Any, ts: TextStyle) -> Any:  # noqa: N802 - reads as a flowable
    flow = _bold_paragraph_class()(markup, style)
    flow.stroke = ts.size * 0.03
    return flow


_BUILD_LOCK = threading.RLock()
PageHook = Callable[[Any, int], str]  # (canvas, physical page number) -> footer text or ""


def page_number_footer(canvas: Any, page: int) -> str:
    return f"— {page} —"


def build_pdf(flowables: list[Any], font_set: FontSet, *, title: str = "", footer: PageHook | None =
              page_number_footer, after_flowable: Callable[[Any, int], None] | None = None) -> bytes:
    """Lays out flowables on A4 pages with the GB/T 9704 text block and page numbers."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    buf = io.BytesIO()

    class _Doc(BaseDocTemplate):
        def afterFlowable(self, flowable: Any) -> None:
            if after_flowable is not None:
                after_flowable(flowable, self.page)

    doc = _Doc(buf, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_LEFT, rightMargin=MARGIN_LEFT,
               topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author="", creator="调解室工作台",
               invariant=1, initialFontName=font_set.main.reportlab_name)
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, TEXT_HEIGHT, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")

    def on_page(canvas: Any, d: Any) -> None:
        text = footer(canvas, d.page) if footer else ""
        if text:
            canvas.setFont(font_set.title.reportlab_name, PAGE_NUMBER_SIZE)
            canvas.drawCentredString(PAGE_WIDTH / 2, MARGIN_BOTTOM - PAGE_NUMBER_GAP - PAGE_NUMBER_SIZE, text)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=on_page)])
    # ReportLab keeps per-font subset state in shared objects: one layout at a time (GUI workers).
    with _BUILD_LOCK:
        doc.build(flowables)
    return buf.getvalue()


def render(doc: Document, font_set: FontSet) -> bytes:
    r = PdfRenderer(font_set)
    return build_pdf(r.story(doc), font_set, title=doc.title,
                     footer=page_number_footer if doc.page_numbers else None)
