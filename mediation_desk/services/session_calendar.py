"""Sessions as iCalendar: one session, or a week of a room or a person, for liaisons' own calendars.

Only names and roles go into the events — no ID numbers or phones — since the file leaves the
committee's machine.
"""

from __future__ import annotations

from datetime import date

from mediation_desk.ical import CalendarEvent, calendar_text, session_uid
from mediation_desk.services import scheduling
from mediation_desk.services.scheduling import SessionInfo
from mediation_desk.store import Actor, Store

KIND_TITLES = (("mediator", "调解员"), ("recorder", "记录人"), ("party", "当事人"), ("liaison", "联络员"),
               ("invitee", "邀请参与人员"))


def describe_participants(info: SessionInfo) -> str:
    lines = []
    for kind, title in KIND_TITLES:
        names = [f"{p.name}（{p.capacity}）" if p.capacity else p.name for p in info.participants if p.kind == kind]
        if names:
            lines.append(f"{title}：" + "、".join(names))
    return "\n".join(lines)


def event_for_session(info: SessionInfo, committee_id: int) -> CalendarEvent:
    joint = any(p.kind == "liaison" for p in info.participants)
    summary = f"{'联合调解' if joint else '调解'}：{info.case_number}"
    if info.status in ("cancelled", "postponed"):
        summary = f"[{scheduling.STATUS_LABELS[info.status]}] {summary}"
    description = f"案件编号：{info.case_number}\n{describe_participants(info)}"
    if info.note:
        description += f"\n备注：{info.note}"
    return CalendarEvent(session_uid(info.id, committee_id), info.version, info.starts_at, info.ends_at, summary,
                         info.where, description, info.status)


def session_ics(store: Store, actor: Actor, session_id: int) -> str:
    info = scheduling.get_session(store, actor, session_id)
    return calendar_text([event_for_session(info, actor.committee_id)], name=f"调解安排 {info.case_number}")


def week_ics(store: Store, committee_id: int, monday: date, *, room_id: int | None = None,
             mediator_id: int | None = None, liaison_id: int | None = None, name: str = "") -> str:
    """A local calendar week of sessions (cancelled ones included, so imported events get cancelled)."""
    start, end, _ = scheduling.local_week(store, committee_id, monday)
    sessions = scheduling.sessions_between(store, committee_id, start, end, room_id=room_id,
                                           mediator_id=mediator_id, liaison_id=liaison_id, include_cancelled=True)
    return calendar_text([event_for_session(s, committee_id) for s in sessions], name=name or "调解安排")
