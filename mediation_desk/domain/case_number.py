"""Case numbers: （2026）安调字第012号 — per committee (字号) and year."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mediation_desk.domain.text import to_halfwidth

_PATTERN = re.compile(r"^[（(](\d{4})[)）](.+?)调字第(\d+)号$")


@dataclass(frozen=True)
class CaseNumber:
    year: int
    short_name: str
    serial: int

    def __str__(self) -> str:
        return format_case_number(self.year, self.short_name, self.serial)


def format_case_number(year: int, short_name: str, serial: int) -> str:
    return f"（{year}）{short_name}调字第{serial:03d}号"


def parse_case_number(text: str) -> CaseNumber | None:
    """Accepts half- or full-width brackets, as people type them."""
    raw = text.strip()
    raw = raw.replace("(", "（").replace(")", "）")
    m = _PATTERN.match(raw.replace("（", "(").replace("）", ")")) or _PATTERN.match(raw)
    if not m:
        m = _PATTERN.match(to_halfwidth(raw))
    if not m:
        return None
    return CaseNumber(int(m.group(1)), m.group(2), int(m.group(3)))


def agreement_number(case_number: str, version_no: int = 1) -> str:
    """The agreement's number follows the case's; a re-issued agreement carries its version."""
    base = case_number.replace("调字", "调协字", 1) if "调字" in case_number else case_number
    return base if version_no == 1 else f"{base}（第{version_no}版）"
