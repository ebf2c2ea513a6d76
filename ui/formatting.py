"""How values look on screen: dates, local times, labels of the fixed vocabularies."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from mediation_desk.domain.vocab import (
    AGENCY_KIND_LABELS,
    CASE_STATUS_LABELS,
    OUTCOME_LABELS,
    PARTY_ROLE_LABELS,
    RISK_LABELS,
)

LOCAL_TZ = ZoneInfo("Asia/Shanghai")
SEX_LABELS = {"male": ("男", "Male"), "female": ("女", "Female")}


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def fmt_local(value: datetime | None, pattern: str = "%Y-%m-%d %H:%M") -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(LOCAL_TZ).strftime(pattern)


def status_label(code: str, lang: str = "zh") -> str:
    term = CASE_STATUS_LABELS.get(code)
    return term.label(lang) if term else code


def risk_label(code: str, lang: str = "zh") -> str:
    term = RISK_LABELS.get(code)
    return term.label(lang) if term else code


def outcome_label(code: str | None, lang: str = "zh") -> str:
    term = OUTCOME_LABELS.get(code or "")
    return term.label(lang) if term else (code or "")


def role_label(code: str, lang: str = "zh") -> str:
    term = PARTY_ROLE_LABELS.get(code)
    return term.label(lang) if term else code


def agency_kind_label(code: str, lang: str = "zh") -> str:
    term = AGENCY_KIND_LABELS.get(code)
    return term.label(lang) if term else code


def sex_label(code: str, lang: str = "zh") -> str:
    pair = SEX_LABELS.get(code)
    return (pair[0] if lang == "zh" else pair[1]) if pair else code
