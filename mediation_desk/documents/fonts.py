"""The CJK font chain for PDFs: a configured font, then system FangSong/Song, then a free font.

ReportLab embeds TrueType outlines only (CFF-outlined fonts such as Noto CJK are refused), so every
candidate is a .ttf or a .ttc with its sub-font index. A PDF is never written with a character no
font in the chain can draw: :func:`uncovered` names such characters so the caller can refuse.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ENV_FONT = "MEDIATION_DESK_FONT"  # path[:subfont-index], e.g. /opt/fonts/simfang.ttf


@dataclass(frozen=True)
class FontSpec:
    path: str
    subfont_index: int = 0
    label: str = ""  # what the user is told, e.g. 仿宋

    @property
    def reportlab_name(self) -> str:
        stem = Path(self.path).stem.replace(" ", "_")
        return f"MD-{stem}-{self.subfont_index}"


# System fonts an office PC or a Linux desktop may have, in order of preference for official documents.
_SYSTEM = [
    ("simfang.ttf", 0, "仿宋"), ("SIMFANG.TTF", 0, "仿宋"), ("STFANGSO.TTF", 0, "华文仿宋"),
    ("FZFSK.TTF", 0, "方正仿宋"), ("simsun.ttc", 0, "宋体"), ("SIMSUN.TTC", 0, "宋体"), ("simsun.ttf", 0, "宋体"),
    ("STSONG.TTF", 0, "华文宋体"), ("simhei.ttf", 0, "黑体"),
]
# Free fonts the README's set-up installs from Debian (fonts-arphic-uming, fonts-wqy-zenhei).
_FREE = [
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, "AR PL UMing（明体）"),
    ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, "AR PL SungtiL GB"),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "文泉驿正黑"),
    ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, "AR PL UKai（楷体）"),
]
_SYSTEM_DIRS = [
    Path("C:/Windows/Fonts"), Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts",
    Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts",
    Path.home() / ".local/share/fonts", Path("/Library/Fonts"),
]


def parse_spec(text: str, label: str = "配置的字体") -> FontSpec:
    path, _, index = text.partition(":") if not text[1:3] == ":\\" else (text, "", "")
    return FontSpec(path, int(index) if index.isdigit() else 0, label)


@cache
def _system_font_files() -> dict[str, str]:
    found: dict[str, str] = {}
    for root in _SYSTEM_DIRS:
        if not root.is_dir():
            continue
        for dirpath, _dirs, files in os.walk(root):
            for f in files:
                found.setdefault(f, os.path.join(dirpath, f))
                found.setdefault(f.lower(), os.path.join(dirpath, f))
    return found


def chain(configured: list[str] | None = None) -> list[FontSpec]:
    """The fonts to try, existing files only, best first."""
    out: list[FontSpec] = []
    for text in [*(configured or []), os.environ.get(ENV_FONT, "")]:
        if text:
            spec = parse_spec(text)
            if Path(spec.path).is_file():
                out.append(spec)
    files = _system_font_files()
    for name, index, label in _SYSTEM:
        path = files.get(name) or files.get(name.lower())
        if path and path.lower().endswith((".ttf", ".ttc")):
            out.append(FontSpec(path, index, label))
    for path, index, label in _FREE:
        if Path(path).is_file():
            out.append(FontSpec(path, index, label))
    seen: set[tuple[str, int]] = set()
    unique = []
    for spec in out:
        key = (os.path.realpath(spec.path), spec.subfont_index)
        if key not in seen:
            seen.add(key)
            unique.append(spec)
    return unique


@cache
def load(spec: FontSpec) -> Any:
    """Register the font with ReportLab once (imported lazily: ReportLab is slow to import)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(spec.reportlab_name, spec.path, subfontIndex=spec.subfont_index)
    pdfmetrics.registerFont(font)
    _cache_tables(font.face)
    return font


def _cache_tables(face: Any) -> None:
    """ReportLab copies a font's whole glyph table out of the file image for every subset it makes
    (tens of MB for a CJK font, most of the time of a render); keep one copy per face instead."""
    read = face.get_table
    tables: dict[str, bytes] = {}

    def get_table(tag: str) -> bytes:
        if tag not in tables:
            tables[tag] = read(tag)
        return tables[tag]

    face.get_table = get_table


@cache
def _cmap(spec: FontSpec) -> frozenset[int]:
    return frozenset(load(spec).face.charToGlyph.keys())


def coverage(spec: FontSpec) -> frozenset[int]:
    """The code points the font has a glyph for."""
    return _cmap(spec)


def covers(spec: FontSpec, ch: str) -> bool:
    return ord(ch) in _cmap(spec)


def uncovered(text: str, fonts: list[FontSpec]) -> list[str]:
    """Characters of ``text`` that no font in ``fonts`` can draw (white space aside), in order."""
    missing: dict[str, None] = {}
    for ch in text:
        if ch.isspace() or ch in missing:
            continue
        if not any(covers(f, ch) for f in fonts):
            missing[ch] = None
    return list(missing)


def font_for_char(ch: str, fonts: list[FontSpec]) -> FontSpec | None:
    for f in fonts:
        if covers(f, ch):
            return f
    return None
