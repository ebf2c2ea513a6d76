"""Normalising what people type: full-width characters, stray spaces, digits only."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# One translation table instead of a per-character loop: bulk imports normalise millions of cells.
_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def to_halfwidth(text: str) -> str:
    """Full-width ASCII (Ｆ１２３) to half-width; Chinese characters and punctuation are kept."""
    return text.translate(_HALFWIDTH)


def clean(text: str | None) -> str:
    """Trim, fold runs of white space, and NFC-normalise so equal names compare equal."""
    if not text:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def digits_only(text: str | None) -> str:
    if not text:
        return ""
    return "".join(ch for ch in to_halfwidth(text) if ch.isdigit())


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x3134F
        or 0xF900 <= code <= 0xFAFF
        or 0x3005 <= code <= 0x3007
    )
