"""Page and type settings shared by both renderers, after GB/T 9704 (党政机关公文格式).

A4; the text block is 156 mm × 225 mm with the top margin 37 mm and the binding margin 28 mm;
22 lines of 28 characters: body text in FangSong 三号 (16 pt) on a 29 pt line, the title in a
Song-style bold 二号 (22 pt), page numbers in 四号 (14 pt) as "— 1 —" below the text block.
Font *names* (what Word and WPS look up) may be changed per committee in its settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MM = 72 / 25.4  # points per millimetre

PAGE_WIDTH = 210 * MM
PAGE_HEIGHT = 297 * MM
MARGIN_TOP = 37 * MM
MARGIN_LEFT = 28 * MM
TEXT_WIDTH = 156 * MM
TEXT_HEIGHT = 225 * MM
MARGIN_RIGHT = PAGE_WIDTH - MARGIN_LEFT - TEXT_WIDTH
MARGIN_BOTTOM = PAGE_HEIGHT - MARGIN_TOP - TEXT_HEIGHT
PAGE_NUMBER_GAP = 7 * MM  # from the bottom of the text block to the page number's baseline


@dataclass(frozen=True)
class TextStyle:
    size: float  # points
    leading: float  # line pitch in points
    bold: bool = False
    font: str = "body"  # "body" or "title": which of the two font families
    space_after: float = 0.0  # points


@dataclass(frozen=True)
class DocStyle:
    body_font: str = "仿宋"  # the East Asian font name written into DOCX files
    title_font: str = "宋体"
    latin_font: str = "Times New Roman"
    page_number_font: str = "宋体"

    def text(self, style: str) -> TextStyle:
        return TEXT_STYLES.get(style, TEXT_STYLES["body"])


TEXT_STYLES: dict[str, TextStyle] = {
    "title": TextStyle(22, 36, bold=True, font="title", space_after=14),
    "subtitle": TextStyle(16, 29, font="title"),
    "body": TextStyle(16, TEXT_HEIGHT / 22),
    "heading": TextStyle(16, TEXT_HEIGHT / 22, bold=True),
    "small": TextStyle(12, 18),
    "cover_title": TextStyle(26, 40, bold=True, font="title", space_after=20),
    "cover_field": TextStyle(16, 40),
}
PAGE_NUMBER_SIZE = 14.0
CELL_PADDING = 4.0  # points, each side of a table cell


def doc_style(settings: dict[str, Any]) -> DocStyle:
    """The committee's font names, if it set any (settings["documents"])."""
    opts = settings.get("documents") or {}
    return DocStyle(
        body_font=str(opts.get("body_font") or DocStyle.body_font),
        title_font=str(opts.get("title_font") or DocStyle.title_font),
        latin_font=str(opts.get("latin_font") or DocStyle.latin_font),
    )


def configured_fonts(settings: dict[str, Any]) -> list[str]:
    """Font files the committee configured for PDFs (settings["font_path"]: a path or a list)."""
    value = settings.get("font_path") or []
    return [value] if isinstance(value, str) else [str(v) for v in value]
