"""iCalendar (RFC 5545) export of sessions, so liaisons can put them into their own calendars.

Times are written with ``TZID=Asia/Shanghai`` and a matching VTIMEZONE (China has no daylight
saving, so one STANDARD block is exact). Each session's UID is stable (``session-<id>@<host>``) and
its SEQUENCE is the row version, so a moved session updates the event already imported instead
of adding a second one. Text is escaped and lines are folded at 75 octets without splitting a
UTF-8 character, and every line ends in CRLF.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from mediation_desk.domain.timezones import local_zone

PRODID = "-//Mediation Desk//调解室工作台//ZH"
UID_DOMAIN = "mediation-desk.local"
TZID = "Asia/Shanghai"
STATUS = {"planned": "CONFIRMED", "held": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}


@dataclass(frozen=True)
class CalendarEvent:
    """One session as an event; built from ``scheduling.SessionInfo`` by :func:`event_for_session`."""

    uid: str
    sequence: int
    starts_at: datetime
    ends_at: datetime
    summary: str
    location: str
    description: str
    status: str  # planned / held / postponed / cancelled
    last_modified: datetime | None = None


def escape_text(value: str) -> str:
    """TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line to at most 75 octets per physical line, continuation lines starting with a space."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size = " ", 1  # the leading space counts towards the next line's 75 octets
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _local(dt: datetime, tz: tzinfo) -> str:
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _vtimezone() -> list[str]:
    return ["BEGIN:VTIMEZONE", f"TZID:{TZID}", "X-LIC-LOCATION:Asia/Shanghai", "BEGIN:STANDARD",
            "DTSTART:19700101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST",
            "END:STANDARD", "END:VTIMEZONE"]


def calendar_text(events: Iterable[CalendarEvent], *, name: str = "", now: datetime | None = None) -> str:
    """A complete VCALENDAR document (CRLF line endings) holding ``events``."""
    stamp = _utc(now or datetime.now(UTC))
    tz = local_zone(TZID)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    lines.append(f"X-WR-TIMEZONE:{TZID}")
    lines += _vtimezone()
    for e in events:
        lines += ["BEGIN:VEVENT", f"UID:{e.uid}", f"DTSTAMP:{stamp}", f"SEQUENCE:{e.sequence}",
                  f"DTSTART;TZID={TZID}:{_local(e.starts_at, tz)}", f"DTEND;TZID={TZID}:{_local(e.ends_at, tz)}",
                  f"SUMMARY:{escape_text(e.summary)}"]
        if e.location:
            lines.append(f"LOCATION:{escape_text(e.location)}")
        if e.description:
            lines.append(f"DESCRIPTION:{escape_text(e.description)}")
        lines.append(f"STATUS:{STATUS.get(e.status, 'CONFIRMED')}")
        if e.last_modified is not None:
            lines.append(f"LAST-MODIFIED:{_utc(e.last_modified)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def session_uid(session_id: int, committee_id: int) -> str:
    return f"session-{committee_id}-{session_id}@{UID_DOMAIN}"
