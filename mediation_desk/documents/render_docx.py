"""DOCX renderer: real paragraphs and tables a clerk can edit, on the same page as the PDF.

python-docx builds the template once (page set-up, named styles, the page-number footer); each
document's body is then written as WordprocessingML into that template, which is many times faster
than python-docx's object layer and gives the same markup.

Word and WPS choose the Chinese face from ``w:rFonts/@w:eastAsia``, not from the Latin font name,
so every style sets both. Styles carry the fonts and sizes (runs only say bold or underlined), which
keeps the file small and lets a clerk restyle a whole document at once. Table rows never split
across pages (``cantSplit``) and header rows repeat (``tblHeader``); signature blocks are kept with
the paragraph before them (``keepNext``).
"""

from __future__ import annotations

import io
import zipfile
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from mediation_desk.documents.model import Cell, Document, Keep, PageBreak, Para, Table
from mediation_desk.documents.style import (
    CELL_PADDING,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_NUMBER_GAP,
    PAGE_NUMBER_SIZE,
    PAGE_WIDTH,
    TEXT_HEIGHT,
    TEXT_STYLES,
    TEXT_WIDTH,
    DocStyle,
)

TITLE_MARK = "@@MD-TITLE@@"
_STYLE_NAMES = {name: f"MD {name.replace('_', ' ').title()}" for name in TEXT_STYLES}


def _set_fonts(rpr_owner: Any, east_asian: str, latin: str) -> None:
    from docx.oxml.ns import qn

    rpr = rpr_owner.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    for attr, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asian), ("w:cs", latin)):
        rfonts.set(qn(attr), value)
    # Theme fonts would override the explicit names in Word; drop them.
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)


@cache
def _template(style: DocStyle) -> bytes:
    """The empty document with page set-up, styles and the page-number footer, built once."""
    from docx import Document as new_document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = new_document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Pt(PAGE_WIDTH), Pt(PAGE_HEIGHT)
    sec.top_margin, sec.bottom_margin = Pt(MARGIN_TOP), Pt(MARGIN_BOTTOM)
    sec.left_margin, sec.right_margin = Pt(MARGIN_LEFT), Pt(MARGIN_RIGHT)
    sec.footer_distance = Pt(MARGIN_BOTTOM - PAGE_NUMBER_GAP - PAGE_NUMBER_SIZE * 1.2)
    sec.header_distance = Pt(36)

    normal = d.styles["Normal"]
    normal.font.size = Pt(TEXT_STYLES["body"].size)
    _set_fonts(normal.element, style.body_font, style.latin_font)
    # East Asian language tag, so Word applies Chinese line-breaking rules.
    lang = normal.element.get_or_add_rPr().makeelement(qn("w:lang"), {qn("w:eastAsia"): "zh-CN"})
    normal.element.get_or_add_rPr().append(lang)
    # No hanging punctuation: LibreOffice clips a comma hung in the margin, and it vanishes from print.
    ppr = normal.element.get_or_add_pPr()
    no_hang = OxmlElement("w:overflowPunct")
    no_hang.set(qn("w:val"), "0")
    ppr.insert_element_before(no_hang, "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                              "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                              "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
                              "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
                              "w:rPr", "w:sectPr", "w:pPrChange")
    for name, ts in TEXT_STYLES.items():
        st = d.styles.add_style(_STYLE_NAMES[name], WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal
        st.font.size = Pt(ts.size)
        st.font.bold = ts.bold
        east = style.title_font if ts.font == "title" else style.body_font
        _set_fonts(st.element, east, east if ts.font == "title" else style.latin_font)
        pf = st.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(ts.leading)
        pf.space_before = Pt(0)
        pf.space_after = Pt(ts.space_after)
        pf.widow_control = False
        if name == "title":
            pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pf.keep_with_next = True

    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.paragraph_format.space_after = Pt(0)

    def footer_run(text: str = "") -> Any:
        r = footer.add_run(text)
        r.font.size = Pt(PAGE_NUMBER_SIZE)
        _set_fonts(r._r, style.page_number_font, style.page_number_font)
        return r

    footer_run("— ")
    for kind, text in (("begin", ""), ("instr", " PAGE "), ("separate", ""), ("text", "1"), ("end", "")):
        r = footer_run()
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        elif kind == "text":
            r.text = text
            continue
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r._r.append(el)
    footer_run(" —")
    # The default template's empty first paragraph would put a blank line before the title.
    body = d.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    d.core_properties.title = TITLE_MARK
    d.core_properties.author = ""
    d.core_properties.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@cache
def _parts(style: DocStyle) -> tuple[list[tuple[str, bytes]], str, str]:
    """The template's package parts, and its document.xml split where the body goes."""
    with zipfile.ZipFile(io.BytesIO(_template(style))) as z:
        parts = [(name, z.read(name)) for name in z.namelist()]
    doc_xml = dict(parts)["word/document.xml"].decode("utf-8")
    cut = doc_xml.index("<w:sectPr")
    return [(n, b) for n, b in parts if n != "word/document.xml"], doc_xml[:cut], doc_xml[cut:]


def _twips(points: float) -> int:
    return round(points * 20)


_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}


class DocxWriter:
    """Writes the body as WordprocessingML text into the cached template: python-docx's object
    layer costs several milliseconds per paragraph, which a clerk printing all day would feel."""

    def __init__(self, style: DocStyle) -> None:
        self.style = style
        self.out: list[str] = []

    def para(self, p: Para, keep_next: bool = False) -> str:
        ts = TEXT_STYLES[p.style]
        ppr = [f'<w:pStyle w:val="{_style_id(p.style)}"/>']
        if keep_next or p.keep_with_next:
            ppr.append("<w:keepNext/>")
        if p.space_before:
            ppr.append(f'<w:spacing w:before="{_twips(p.space_before * ts.leading)}"/>')
        if p.indent:
            ppr.append(f'<w:ind w:firstLineChars="200" w:firstLine="{_twips(2 * ts.size)}"/>')
        ppr.append(f'<w:jc w:val="{_JC[p.align]}"/>')
        runs = []
        for r in p.runs:
            rpr = ""
            if (r.bold and not ts.bold) or r.underline:
                rpr = "<w:rPr>" + ("<w:b/>" if r.bold and not ts.bold else "") + \
                      ('<w:u w:val="single"/>' if r.underline else "") + "</w:rPr>"
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(_xml_safe(r.text))}</w:t></w:r>')
        return f"<w:p><w:pPr>{''.join(ppr)}</w:pPr>{''.join(runs)}</w:p>"

    def table(self, t: Table, keep_next: bool = False) -> str:
        total = sum(t.widths)
        widths = [_twips(TEXT_WIDTH * w / total) for w in t.widths]
        pad = _twips(CELL_PADDING)
        small = TEXT_STYLES["small"]
        xml = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>',
               f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>',
               '<w:tblLayout w:type="fixed"/><w:tblCellMar>',
               *(f'<w:{side} w:w="{pad}" w:type="dxa"/>' for side in ("top", "left", "bottom", "right")),
               "</w:tblCellMar></w:tblPr><w:tblGrid>",
               *(f'<w:gridCol w:w="{w}"/>' for w in widths), "</w:tblGrid>"]
        for r, row in enumerate(t.rows):
            lines = t.row_heights.get(r) or t.min_row_height
            height = _twips(small.leading * lines + 2 * CELL_PADDING)
            header = "<w:tblHeader/>" if r < t.header_rows else ""
            # A row taller than a page must be allowed to break, or Word cuts it off.
            keep = "" if _estimated_height(row, widths) > TEXT_HEIGHT * 0.8 else "<w:cantSplit/>"
            xml.append(f'<w:tr><w:trPr>{keep}<w:trHeight w:val="{height}" w:hRule="atLeast"/>{header}</w:trPr>')
            c = 0
            for cell in row:
                w = sum(widths[c:c + cell.colspan])
                span = f'<w:gridSpan w:val="{cell.colspan}"/>' if cell.colspan > 1 else ""
                xml.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{span}<w:vAlign w:val="center"/></w:tcPr>')
                xml.extend(self.para(p, keep_next) for p in (cell.paras or [Para([], style="small")]))
                xml.append("</w:tc>")
                c += cell.colspan
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        return "".join(xml)

    def body(self, doc: Document) -> str:
        out = self.out
        for b in doc.blocks:
            if isinstance(b, Para):
                out.append(self.para(b))
            elif isinstance(b, Table):
                out.append(self.table(b))
            elif isinstance(b, Keep):
                for i, x in enumerate(b.blocks):
                    last = i == len(b.blocks) - 1
                    out.append(self.para(x, not last) if isinstance(x, Para) else self.table(x, not last))
            elif isinstance(b, PageBreak):
                out.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        if doc.blocks and isinstance(doc.blocks[-1], Table):
            # Word expects a paragraph between a table and the section properties.
            out.append('<w:p><w:pPr><w:spacing w:line="20" w:lineRule="exact"/></w:pPr></w:p>')
        return "".join(out)


def _estimated_height(row: list[Cell], widths_twips: list[int]) -> float:
    """Points a table row needs, from its characters (a CJK character is one em wide)."""
    small = TEXT_STYLES["small"]
    tallest = 0.0
    c = 0
    for cell in row:
        width = sum(widths_twips[c:c + cell.colspan]) / 20 - 2 * CELL_PADDING
        per_line = max(1, int(width // small.size))
        lines = sum(max(1, -(-len(p.text) // per_line)) for p in cell.paras)
        tallest = max(tallest, lines * small.leading)
        c += cell.colspan
    return tallest


def _style_id(name: str) -> str:
    return _STYLE_NAMES[name].replace(" ", "")


def _xml_safe(text: str) -> str:
    # Control characters other than tab and newline are not allowed in XML 1.0.
    return "".join(ch for ch in text if ch >= " " or ch in "\t\n")


def render(doc: Document, style: DocStyle) -> bytes:
    parts, head, tail = _parts(style)
    body = DocxWriter(style).body(doc)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", dict(parts)["[Content_Types].xml"])
        z.writestr("word/document.xml", head + body + tail)
        for name, data in parts:
            if name == "[Content_Types].xml":
                continue
            if name == "docProps/core.xml":
                data = data.replace(TITLE_MARK.encode(), escape(doc.title).encode())
            z.writestr(name, data)
    return buf.getvalue()
