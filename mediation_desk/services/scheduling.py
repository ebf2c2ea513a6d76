"""调解排期: sessions with their room and people, conflict checks and free-slot suggestions.

A session books a room (or an outside place) and people: mediators, the case's parties, liaisons
from the police/court/petition office, and invitees. Booking a room, a mediator or a liaison twice
is a *blocking* conflict (refused unless the caller overrides it); a session on a rest day or
outside the committee's working hours is a *warning*. Conflict checks read only a bounded time
window (sessions last at most :data:`MAX_SESSION`), so they stay fast over years of sessions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, delete, or_, select
from sqlalchemy.orm import Session

from mediation_desk import messages
from mediation_desk.db.models import (
    Agency,
    Case,
    CaseParty,
    Committee,
    Liaison,
    MediationSession,
    Mediator,
    Party,
    Room,
    SessionParticipant,
)
from mediation_desk.db.types import UTCDateTime
from mediation_desk.domain.text import clean
from mediation_desk.domain.timezones import local_zone
from mediation_desk.domain.vocab import CASE_STATUS_LABELS, CaseStatus
from mediation_desk.domain.workdays import Calendar
from mediation_desk.errors import ConflictError, FieldProblem, NotFoundError, UserError, ValidationError, problem
from mediation_desk.services import calendar_admin
from mediation_desk.services import settings as settings_mod
from mediation_desk.services.common import check_version, get_case
from mediation_desk.store import Actor, Store

MAX_SESSION = timedelta(hours=12)
BLOCKING_STATUSES = ("planned", "held")  # a postponed or cancelled session no longer holds its slot
STATUSES = ("planned", "held", "postponed", "cancelled")
STATUS_LABELS = {"planned": "已安排", "held": "已举行", "postponed": "已延期", "cancelled": "已取消"}
PARTICIPANT_KINDS = ("mediator", "recorder", "party", "liaison", "invitee")
# Participants checked for double bookings; invitees are free text, with nothing to tell two apart.
BOOKED_KINDS = ("mediator", "recorder", "liaison", "party")
WEEKDAYS = "一二三四五六日"

messages.register("session.conflict", "排期冲突：{detail}", "Scheduling conflict: {detail}")
messages.register("session.bad_times", "结束时间应晚于开始时间。", "The end must be after the start.")
messages.register("session.too_long", "一次调解最长 {hours} 小时，请分成几次安排。",
                  "A session may last at most {hours} hours; split it.")
messages.register("session.naive_time", "时间缺少时区。", "The time has no time zone.")
messages.register("session.no_mediator", "至少要安排一名调解员。", "At least one mediator is required.")
messages.register("session.no_place", "请选择调解室或填写调解地点。", "Choose a room or enter a place.")
messages.register("session.bad_participant", "参加人员第 {index} 项不属于本案或本调委会。",
                  "Participant {index} does not belong to this case or committee.")
messages.register("session.cancelled", "该次调解已取消，不能再修改；如需调解请重新安排。",
                  "This session was cancelled; schedule a new one.")
messages.register("session.held_future", "尚未到调解时间，不能标记为已举行。",
                  "A session cannot be marked held before it starts.")


@dataclass(frozen=True)
class ParticipantInput:
    """One person to book. ``kind`` is mediator / recorder / party / liaison / invitee."""

    kind: str
    mediator_id: int | None = None
    case_party_id: int | None = None
    liaison_id: int | None = None
    name: str = ""  # invitees (and anyone not in the registers)
    capacity: str = ""  # 亲属 / 律师 / 心理咨询师 / 人大代表 ...
    required: bool = True


@dataclass(frozen=True)
class SessionInput:
    case_id: int
    starts_at: datetime
    ends_at: datetime
    participants: list[ParticipantInput]
    room_id: int | None = None
    place: str = ""
    note: str = ""


@dataclass(frozen=True)
class Conflict:
    """Why a time does not work: someone or something is booked twice, or it is a rest time."""

    kind: str  # room / mediator / liaison / party / non_workday / outside_hours / calendar_uncovered
    blocking: bool
    message: str
    session_id: int | None = None
    case_number: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    who: str = ""


@dataclass(frozen=True)
class ParticipantInfo:
    id: int
    kind: str
    name: str
    capacity: str  # for a party: 申请人 / 被申请人; for a liaison: the agency; else as entered
    required: bool
    mediator_id: int | None
    case_party_id: int | None
    liaison_id: int | None


@dataclass(frozen=True)
class SessionInfo:
    id: int
    case_id: int
    case_number: str
    room_id: int | None
    room: str
    place: str
    starts_at: datetime  # UTC
    ends_at: datetime
    status: str
    note: str
    participants: list[ParticipantInfo]
    version: int
    warnings: tuple[Conflict, ...] = ()

    @property
    def where(self) -> str:
        return self.room or self.place


@dataclass(frozen=True)
class Slot:
    starts_at: datetime
    ends_at: datetime
    room_id: int
    room: str


@dataclass(frozen=True)
class SessionNoticeData:
    """What a 调解通知书 for one party needs; ``documents`` lays it out."""

    committee_name: str
    committee_address: str
    committee_phone: str
    case_number: str
    dispute_type: str
    summary: str
    party_name: str
    party_role: str
    party_address: str
    other_parties: list[str]
    starts_at: datetime  # local time
    ends_at: datetime
    place: str
    mediators: list[str]
    liaisons: list[str]
    note: str


class SessionConflictError(ConflictError):
    """The session would double-book a room or a person; ``conflicts`` lists each clash."""

    code = "session.conflict"

    def __init__(self, conflicts: Sequence[Conflict]) -> None:
        self.conflicts = list(conflicts)
        super().__init__(self.code, detail="；".join(c.message for c in self.conflicts))


# --- settings --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rules:
    tz: Any
    day_start: time
    day_end: time
    calendar: Calendar


def _rules(s: Session, committee_id: int) -> _Rules:
    stored = s.scalar(select(Committee.settings).where(Committee.id == committee_id)) or {}
    # Only two settings matter here; merging all of them (a deep copy of the risk rules) would cost
    # more than the conflict query itself.
    hours = {**settings_mod.DEFAULTS["working_hours"], **(stored.get("working_hours") or {})}
    zone = stored.get("timezone") or settings_mod.DEFAULTS["timezone"]
    return _Rules(local_zone(str(zone)), time.fromisoformat(hours["start"]),
                  time.fromisoformat(hours["end"]), calendar_admin.load_calendar(s))


def _hm(dt: datetime) -> str:
    return f"{dt:%H:%M}"


def _span(start: datetime, end: datetime, tz: Any) -> str:
    a, b = start.astimezone(tz), end.astimezone(tz)
    return f"{a.month}月{a.day}日 {_hm(a)}–{_hm(b)}"


# --- conflicts -------------------------------------------------------------------------------


def _window(starts_at: datetime, ends_at: datetime, ignore: int | None) -> list[Any]:
    """Sessions overlapping [starts_at, ends_at): the lower bound on starts_at keeps it an index range."""
    conds = [MediationSession.starts_at > starts_at - MAX_SESSION, MediationSession.starts_at < ends_at,
             MediationSession.ends_at > starts_at, MediationSession.status.in_(BLOCKING_STATUSES)]
    if ignore is not None:
        conds.append(MediationSession.id != ignore)
    return conds


def _bookings_statement() -> Any:
    """Built once: constructing this select costs more than running it on an indexed window."""
    window = [MediationSession.starts_at > bindparam("lo", type_=UTCDateTime()),
              MediationSession.starts_at < bindparam("end", type_=UTCDateTime()),
              MediationSession.ends_at > bindparam("start", type_=UTCDateTime()),
              MediationSession.status.in_(BLOCKING_STATUSES), MediationSession.id != bindparam("ignore")]
    return (select(MediationSession.id, MediationSession.starts_at, MediationSession.ends_at, Case.case_number,
                   MediationSession.room_id, Room.name, SessionParticipant.mediator_id, Mediator.name,
                   SessionParticipant.liaison_id, Liaison.name, Agency.name, CaseParty.party_id, Party.name)
            .join(Case, Case.id == MediationSession.case_id)
            .outerjoin(Room, Room.id == MediationSession.room_id)
            .outerjoin(SessionParticipant, and_(SessionParticipant.session_id == MediationSession.id,
                                                SessionParticipant.kind.in_(BOOKED_KINDS)))
            .outerjoin(Mediator, Mediator.id == SessionParticipant.mediator_id)
            .outerjoin(Liaison, Liaison.id == SessionParticipant.liaison_id)
            .outerjoin(Agency, Agency.id == Liaison.agency_id)
            .outerjoin(CaseParty, CaseParty.id == SessionParticipant.case_party_id)
            .outerjoin(Party, Party.id == CaseParty.party_id)
            .where(*window))


_BOOKINGS = _bookings_statement()


def _party_ids(s: Session, case_party_ids: Iterable[int]) -> set[int]:
    """The people behind case parties: the same person is a party of each of their cases."""
    wanted = list(set(case_party_ids))
    if not wanted:
        return set()
    return set(s.scalars(select(CaseParty.party_id).where(CaseParty.id.in_(wanted))))


def _booking_conflicts(s: Session, rules: _Rules, starts_at: datetime, ends_at: datetime, room_id: int | None,
                       mediator_ids: Iterable[int], liaison_ids: Iterable[int], party_ids: Iterable[int],
                       ignore: int | None) -> list[Conflict]:
    """Room, mediator, liaison and party clashes, read in one query over the sessions in the time window.

    The query names no room or person on purpose: with only the time window to go by, the planner
    walks ix_session_time and then each session's participants (a handful), instead of a busy
    mediator's or room's whole history. A party clashes when the same person (``Party``) is booked
    for another session, usually of another of their cases.
    """
    return _clashes(_bookings(s, starts_at, ends_at, ignore), rules, starts_at, room_id, mediator_ids, liaison_ids,
                    party_ids)


def _bookings(s: Session, starts_at: datetime, ends_at: datetime, ignore: int | None) -> Sequence[Any]:
    """Rows of ``_BOOKINGS``: each participant of each booked session overlapping the time."""
    params = {"lo": starts_at - MAX_SESSION, "start": starts_at, "end": ends_at, "ignore": -1 if ignore is None
              else ignore}
    return s.execute(_BOOKINGS, params).all()


def _clashes(rows: Iterable[Any], rules: _Rules, starts_at: datetime, room_id: int | None,
             mediator_ids: Iterable[int], liaison_ids: Iterable[int], party_ids: Iterable[int]) -> list[Conflict]:
    """The room and people clashes among ``rows`` (bookings that overlap the proposed time)."""
    wanted_m, wanted_l, wanted_p = set(mediator_ids), set(liaison_ids), set(party_ids)
    rooms: list[Conflict] = []
    people: list[Conflict] = []
    seen: set[tuple[str, int | None, int]] = set()
    for sid, a, b, number, rid, room, mid, mname, lid, lname, agency, pid, pname in rows:
        if room_id is not None and rid == room_id and ("r", rid, sid) not in seen:
            seen.add(("r", rid, sid))
            rooms.append(Conflict("room", True, f"{room}在{_span(a, b, rules.tz)}已安排{number}的调解", sid, number,
                                  a, b, room or ""))
        if mid in wanted_m and ("m", mid, sid) not in seen:
            seen.add(("m", mid, sid))
            people.append(Conflict("mediator", True, f"调解员{mname}在{_span(a, b, rules.tz)}已参加{number}的调解",
                                   sid, number, a, b, mname or ""))
        if lid in wanted_l and ("l", lid, sid) not in seen:
            seen.add(("l", lid, sid))
            who = f"{lname}（{agency}）"
            people.append(Conflict("liaison", True, f"联络员{who}在{_span(a, b, rules.tz)}已参加{number}的调解",
                                   sid, number, a, b, who))
        if pid in wanted_p and ("p", pid, sid) not in seen:
            seen.add(("p", pid, sid))
            people.append(Conflict("party", True, f"当事人{pname}在{_span(a, b, rules.tz)}已参加{number}的调解",
                                   sid, number, a, b, pname or ""))
    order = {"mediator": 0, "liaison": 1, "party": 2}
    rooms.sort(key=lambda c: (c.starts_at or starts_at, c.session_id or 0))
    people.sort(key=lambda c: (c.starts_at or starts_at, c.session_id or 0, order[c.kind], c.who))
    return rooms + people


def _time_warnings(rules: _Rules, starts_at: datetime, ends_at: datetime) -> list[Conflict]:
    out: list[Conflict] = []
    a, b = starts_at.astimezone(rules.tz), ends_at.astimezone(rules.tz)
    day = a.date()
    for w in rules.calendar.warnings(day, b.date()):
        out.append(Conflict("calendar_uncovered", False, w.message()))
    if not rules.calendar.is_workday(day):
        why = rules.calendar.holiday_name(day)
        what = "法定节假日" + (f"（{why}）" if why else "") if why else f"星期{WEEKDAYS[day.weekday()]}"
        out.append(Conflict("non_workday", False, f"{day.month}月{day.day}日是{what}，不是工作日"))
    if b.date() != day or a.time() < rules.day_start or b.time() > rules.day_end:
        out.append(Conflict("outside_hours", False,
                            f"{_span(starts_at, ends_at, rules.tz)}超出工作时间"
                            f"（{rules.day_start:%H:%M}–{rules.day_end:%H:%M}）"))
    return out


def check_conflicts(store: Store, committee_id: int, *, starts_at: datetime, ends_at: datetime,
                    room_id: int | None = None, mediator_ids: Iterable[int] = (), liaison_ids: Iterable[int] = (),
                    case_party_ids: Iterable[int] = (), ignore_session_id: int | None = None) -> list[Conflict]:
    """Every reason the proposed time does not work: double bookings first, then rest-time warnings."""
    with store.read() as s:
        rules = _rules(s, committee_id)
        return (_booking_conflicts(s, rules, starts_at, ends_at, room_id, mediator_ids, liaison_ids,
                                   _party_ids(s, case_party_ids), ignore_session_id)
                + _time_warnings(rules, starts_at, ends_at))


def clashes_of(store: Store, committee_id: int, sessions: Sequence[SessionInfo]) -> dict[int, list[Conflict]]:
    """Each booked session's double bookings with any other session (the week view's red frames).

    The same clashes ``check_conflicts`` reports for the session ignoring itself, but with one
    query for all of them: the bookings overlapping the whole span, sorted by start, from which each
    session takes the ones in its own window (the same bounds as ``_BOOKINGS``).
    """
    booked = [x for x in sessions if x.status in BLOCKING_STATUSES]
    if not booked:
        return {}
    out: dict[int, list[Conflict]] = {}
    with store.read() as s:
        rules = _rules(s, committee_id)
        case_party_ids = {p.case_party_id for x in booked for p in x.participants if p.case_party_id is not None}
        person_of: dict[int, int] = {}
        if case_party_ids:
            person_of = {cp: person for cp, person in s.execute(
                select(CaseParty.id, CaseParty.party_id).where(CaseParty.id.in_(list(case_party_ids))))}
        rows = sorted(_bookings(s, min(x.starts_at for x in booked), max(x.ends_at for x in booked), None),
                      key=lambda r: r[1])
    starts = [r[1] for r in rows]
    for x in booked:
        window = rows[bisect_right(starts, x.starts_at - MAX_SESSION):bisect_left(starts, x.ends_at)]
        clashes = _clashes(
            [r for r in window if r[2] > x.starts_at and r[0] != x.id], rules, x.starts_at, x.room_id,
            [p.mediator_id for p in x.participants if p.mediator_id is not None],
            [p.liaison_id for p in x.participants if p.liaison_id is not None],
            [person_of[p.case_party_id] for p in x.participants if p.case_party_id in person_of])
        if clashes:
            out[x.id] = clashes
    return out


# --- validation and writing -----------------------------------------------------------------


def _validate(s: Session, actor: Actor, data: SessionInput) -> SessionInput:
    problems: list[FieldProblem] = []
    if data.starts_at.tzinfo is None or data.ends_at.tzinfo is None:
        raise ValidationError([problem("starts_at", "session.naive_time")])
    if data.ends_at <= data.starts_at:
        problems.append(problem("ends_at", "session.bad_times"))
    elif data.ends_at - data.starts_at > MAX_SESSION:
        problems.append(problem("ends_at", "session.too_long", hours=int(MAX_SESSION.total_seconds() // 3600)))
    if data.room_id is None and not clean(data.place):
        problems.append(problem("room_id", "session.no_place"))
    if data.room_id is not None:
        room = s.get(Room, data.room_id)
        if room is None or room.committee_id != actor.committee_id:
            problems.append(problem("room_id", "error.not_found", what="调解室", key=str(data.room_id)))
    if not any(p.kind == "mediator" for p in data.participants):
        problems.append(problem("participants", "session.no_mediator"))
    mediators = set(s.scalars(select(Mediator.id).where(Mediator.committee_id == actor.committee_id)))
    liaisons = set(s.scalars(select(Liaison.id).join(Agency, Agency.id == Liaison.agency_id)
                             .where(Agency.committee_id == actor.committee_id)))
    case_parties = set(s.scalars(select(CaseParty.id).where(CaseParty.case_id == data.case_id)))
    for i, p in enumerate(data.participants):
        ok = (p.kind in PARTICIPANT_KINDS
              and (p.kind not in ("mediator", "recorder") or p.mediator_id in mediators or bool(clean(p.name)))
              and (p.kind != "party" or p.case_party_id in case_parties)
              and (p.kind != "liaison" or p.liaison_id in liaisons)
              and (p.kind != "invitee" or bool(clean(p.name))))
        if not ok:
            problems.append(problem(f"participants[{i}]", "session.bad_participant", index=i + 1))
    if problems:
        raise ValidationError(problems)
    return data


def _ids(data: SessionInput) -> tuple[list[int], list[int], list[int]]:
    """The booked mediators (and recorders), liaisons and case parties of a draft session."""
    mediators = [p.mediator_id for p in data.participants
                 if p.kind in ("mediator", "recorder") and p.mediator_id is not None]
    liaisons = [p.liaison_id for p in data.participants if p.kind == "liaison" and p.liaison_id is not None]
    parties = [p.case_party_id for p in data.participants if p.kind == "party" and p.case_party_id is not None]
    return mediators, liaisons, parties


def _check_and_warn(s: Session, actor: Actor, data: SessionInput, ignore: int | None,
                    allow_conflicts: bool) -> list[Conflict]:
    rules = _rules(s, actor.committee_id)
    mediators, liaisons, parties = _ids(data)
    clashes = _booking_conflicts(s, rules, data.starts_at, data.ends_at, data.room_id, mediators, liaisons,
                                 _party_ids(s, parties), ignore)
    if clashes and not allow_conflicts:
        raise SessionConflictError(clashes)
    return clashes + _time_warnings(rules, data.starts_at, data.ends_at)


def _write_participants(s: Session, session_id: int, participants: list[ParticipantInput]) -> None:
    s.execute(delete(SessionParticipant).where(SessionParticipant.session_id == session_id))
    for p in participants:
        s.add(SessionParticipant(session_id=session_id, kind=p.kind, mediator_id=p.mediator_id,
                                 case_party_id=p.case_party_id, liaison_id=p.liaison_id, name=clean(p.name),
                                 capacity=clean(p.capacity), required=p.required))


def _snapshot(ms: MediationSession) -> dict[str, Any]:
    return {"starts_at": ms.starts_at.isoformat(), "ends_at": ms.ends_at.isoformat(), "room_id": ms.room_id,
            "place": ms.place, "status": ms.status}


def create_session(store: Store, actor: Actor, data: SessionInput, *, allow_conflicts: bool = False) -> SessionInfo:
    """Schedule a session; double bookings raise :class:`SessionConflictError` unless allowed."""
    with store.write(actor) as uow:
        s = uow.session
        case = get_case(s, actor, data.case_id)
        if case.status not in (CaseStatus.REGISTERED, CaseStatus.ACCEPTED):
            raise UserError("case.cannot_transition", status=CASE_STATUS_LABELS[case.status].zh, action="安排调解")
        data = _validate(s, actor, data)
        warnings = _check_and_warn(s, actor, data, None, allow_conflicts)
        ms = MediationSession(case_id=case.id, room_id=data.room_id, starts_at=data.starts_at.astimezone(UTC),
                              ends_at=data.ends_at.astimezone(UTC), status="planned", place=clean(data.place),
                              note=data.note.strip())
        s.add(ms)
        s.flush()
        _write_participants(s, ms.id, data.participants)
        s.flush()
        uow.audit("create", "session", ms.id, case_id=case.id,
                  after={**_snapshot(ms), "participants": len(data.participants),
                         "overridden": [c.message for c in warnings if c.blocking]})
        session_id = ms.id
    return get_session(store, actor, session_id, warnings=tuple(warnings))


def update_session(store: Store, actor: Actor, session_id: int, expected_version: int, data: SessionInput, *,
                   allow_conflicts: bool = False) -> SessionInfo:
    """Change time, room, place, note and participants; a postponed session becomes planned again."""
    with store.write(actor) as uow:
        s = uow.session
        ms = _load(s, actor, session_id)
        check_version(ms, expected_version, "调解安排")
        if ms.status == "cancelled":
            raise UserError("session.cancelled")
        data = _validate(s, actor, SessionInput(ms.case_id, data.starts_at, data.ends_at, data.participants,
                                                data.room_id, data.place, data.note))
        warnings = _check_and_warn(s, actor, data, ms.id, allow_conflicts)
        before = _snapshot(ms)
        ms.starts_at, ms.ends_at = data.starts_at.astimezone(UTC), data.ends_at.astimezone(UTC)
        ms.room_id, ms.place, ms.note = data.room_id, clean(data.place), data.note.strip()
        if ms.status == "postponed":
            ms.status = "planned"
        _write_participants(s, ms.id, data.participants)
        s.flush()
        uow.audit("update", "session", ms.id, case_id=ms.case_id, before=before, after=_snapshot(ms))
    return get_session(store, actor, session_id, warnings=tuple(warnings))


def move_session(store: Store, actor: Actor, session_id: int, expected_version: int, *, starts_at: datetime,
                 ends_at: datetime, room_id: int | None = None, allow_conflicts: bool = False) -> SessionInfo:
    """改期: a new time (and optionally another room), keeping everyone else as booked."""
    current = get_session(store, actor, session_id)
    # Registered people are re-linked by id; only free-text entries (invitees) keep their typed name.
    parts = [ParticipantInput(p.kind, p.mediator_id, p.case_party_id, p.liaison_id,
                              p.name if p.mediator_id is None and p.case_party_id is None and p.liaison_id is None
                              else "", "" if p.kind in ("party", "liaison") else p.capacity, p.required)
             for p in current.participants]
    data = SessionInput(current.case_id, starts_at, ends_at, parts, room_id if room_id is not None
                        else current.room_id, current.place, current.note)
    return update_session(store, actor, session_id, expected_version, data, allow_conflicts=allow_conflicts)


def set_status(store: Store, actor: Actor, session_id: int, expected_version: int, status: str, *,
               note: str = "", now: datetime | None = None) -> SessionInfo:
    """Mark a session held, postponed (its slot is freed until it is moved) or cancelled."""
    if status not in STATUSES:
        raise ValidationError([problem("status", "field.unknown_choice", label="状态", value=status,
                                       choices="、".join(STATUSES))])
    with store.write(actor) as uow:
        s = uow.session
        ms = _load(s, actor, session_id)
        check_version(ms, expected_version, "调解安排")
        if ms.status == "cancelled":
            raise UserError("session.cancelled")
        if status == "held" and ms.starts_at > (now or datetime.now(UTC)):
            raise UserError("session.held_future")
        before = ms.status
        ms.status = status
        if clean(note):
            ms.note = (ms.note + "\n" if ms.note else "") + f"{STATUS_LABELS[status]}：{note.strip()}"
        s.flush()
        uow.audit("status", "session", ms.id, case_id=ms.case_id, before={"status": before},
                  after={"status": status, "note": note.strip()})
    return get_session(store, actor, session_id)


def cancel_session(store: Store, actor: Actor, session_id: int, expected_version: int, reason: str) -> SessionInfo:
    if not clean(reason):
        raise ValidationError([problem("reason", "field.required", label="取消原因")])
    return set_status(store, actor, session_id, expected_version, "cancelled", note=reason)


# --- reading ---------------------------------------------------------------------------------


def _load(s: Session, actor: Actor, session_id: int) -> MediationSession:
    ms = s.get(MediationSession, session_id)
    case = s.get(Case, ms.case_id) if ms is not None else None
    if ms is None or case is None or case.committee_id != actor.committee_id:
        raise NotFoundError(what="调解安排", key=str(session_id))
    return ms


def _participants(s: Session, session_ids: list[int]) -> dict[int, list[ParticipantInfo]]:
    out: dict[int, list[ParticipantInfo]] = {i: [] for i in session_ids}
    for start in range(0, len(session_ids), 500):
        chunk = session_ids[start:start + 500]
        rows = s.execute(
            select(SessionParticipant, Mediator.name, Party.name, CaseParty.role, Liaison.name, Agency.name)
            .outerjoin(Mediator, Mediator.id == SessionParticipant.mediator_id)
            .outerjoin(CaseParty, CaseParty.id == SessionParticipant.case_party_id)
            .outerjoin(Party, Party.id == CaseParty.party_id)
            .outerjoin(Liaison, Liaison.id == SessionParticipant.liaison_id)
            .outerjoin(Agency, Agency.id == Liaison.agency_id)
            .where(SessionParticipant.session_id.in_(chunk))
            .order_by(SessionParticipant.session_id, SessionParticipant.id))
        from mediation_desk.domain.vocab import PARTY_ROLE_LABELS

        for p, mname, pname, role, lname, agency in rows:
            name = mname or pname or lname or p.name
            capacity = p.capacity
            if p.kind == "party" and role:
                capacity = PARTY_ROLE_LABELS[role].zh if role in PARTY_ROLE_LABELS else role
            elif p.kind == "liaison" and agency:
                capacity = agency
            out[p.session_id].append(ParticipantInfo(p.id, p.kind, name or "", capacity, p.required, p.mediator_id,
                                                     p.case_party_id, p.liaison_id))
    return out


def _infos(s: Session, stmt: Any) -> list[SessionInfo]:
    rows = s.execute(stmt).all()
    parts = _participants(s, [ms.id for ms, _, _ in rows])
    return [SessionInfo(ms.id, ms.case_id, number, ms.room_id, room or "", ms.place, ms.starts_at, ms.ends_at,
                        ms.status, ms.note, parts[ms.id], ms.version) for ms, number, room in rows]


def _select() -> Any:
    return (select(MediationSession, Case.case_number, Room.name).join(Case, Case.id == MediationSession.case_id)
            .outerjoin(Room, Room.id == MediationSession.room_id))


def get_session(store: Store, actor: Actor, session_id: int, *,
                warnings: tuple[Conflict, ...] = ()) -> SessionInfo:
    with store.read() as s:
        _load(s, actor, session_id)
        info = _infos(s, _select().where(MediationSession.id == session_id))[0]
    return SessionInfo(**{**info.__dict__, "warnings": warnings})


def sessions_between(store: Store, committee_id: int, start: datetime, end: datetime, *, room_id: int | None = None,
                     mediator_id: int | None = None, liaison_id: int | None = None, case_id: int | None = None,
                     include_cancelled: bool = False) -> list[SessionInfo]:
    """Sessions starting in [start, end), optionally of one room, one mediator or one liaison."""
    stmt = _select().where(Case.committee_id == committee_id, MediationSession.starts_at >= start,
                           MediationSession.starts_at < end)
    if room_id is not None:
        stmt = stmt.where(MediationSession.room_id == room_id)
    if case_id is not None:
        stmt = stmt.where(MediationSession.case_id == case_id)
    person = []
    if mediator_id is not None:
        person.append(SessionParticipant.mediator_id == mediator_id)
    if liaison_id is not None:
        person.append(SessionParticipant.liaison_id == liaison_id)
    if person:
        stmt = stmt.where(MediationSession.id.in_(select(SessionParticipant.session_id).where(or_(*person))))
    if not include_cancelled:
        stmt = stmt.where(MediationSession.status != "cancelled")
    with store.read() as s:
        return _infos(s, stmt.order_by(MediationSession.starts_at, MediationSession.id))


def local_week(store: Store, committee_id: int, monday: date) -> tuple[datetime, datetime, Any]:
    """The UTC bounds of a local calendar week, and the committee's time zone."""
    with store.read() as s:
        tz = _rules(s, committee_id).tz
    start = datetime.combine(monday, time(0), tzinfo=tz)
    return start.astimezone(UTC), (start + timedelta(days=7)).astimezone(UTC), tz


# --- free slots ------------------------------------------------------------------------------


def suggest_slots(store: Store, committee_id: int, *, duration: timedelta, not_before: datetime,
                  mediator_ids: Iterable[int] = (), liaison_ids: Iterable[int] = (),
                  case_party_ids: Iterable[int] = (), room_ids: Iterable[int] | None = None, count: int = 5,
                  step_minutes: int = 30, horizon_days: int = 30) -> list[Slot]:
    """The next times, on working days within working hours, when every named person and a room are free."""
    mediator_ids, liaison_ids = set(mediator_ids), set(liaison_ids)
    step = timedelta(minutes=step_minutes)
    with store.read() as s:
        rules = _rules(s, committee_id)
        room_q = select(Room.id, Room.name).where(Room.committee_id == committee_id, Room.active.is_(True))
        if room_ids is not None:
            room_q = room_q.where(Room.id.in_(list(room_ids)))
        rooms = s.execute(room_q.order_by(Room.id)).all()
        end_all = not_before + timedelta(days=horizon_days + 1)
        window = _window(not_before, end_all, None)
        room_busy: dict[int, list[tuple[datetime, datetime]]] = {r: [] for r, _ in rooms}
        for rid, a, b in s.execute(select(MediationSession.room_id, MediationSession.starts_at,
                                          MediationSession.ends_at)
                                   .where(MediationSession.room_id.in_(list(room_busy)), *window)):
            if rid is not None:
                room_busy[rid].append((a, b))
        party_ids = _party_ids(s, case_party_ids)
        people_busy: list[tuple[datetime, datetime]] = []
        if mediator_ids or liaison_ids or party_ids:
            # Driven by the time window alone, as in _booking_conflicts.
            people_busy = [(a, b) for a, b, mid, lid, pid in s.execute(
                select(MediationSession.starts_at, MediationSession.ends_at, SessionParticipant.mediator_id,
                       SessionParticipant.liaison_id, CaseParty.party_id)
                .join(SessionParticipant, SessionParticipant.session_id == MediationSession.id)
                .outerjoin(CaseParty, CaseParty.id == SessionParticipant.case_party_id)
                .where(*window, SessionParticipant.kind.in_(BOOKED_KINDS)))
                if mid in mediator_ids or lid in liaison_ids or pid in party_ids]

    def free(busy: list[tuple[datetime, datetime]], a: datetime, b: datetime) -> bool:
        return all(not (x < b and y > a) for x, y in busy)

    out: list[Slot] = []
    day = not_before.astimezone(rules.tz).date()
    for _ in range(horizon_days + 1):
        if rules.calendar.is_workday(day):
            t = datetime.combine(day, rules.day_start, tzinfo=rules.tz)
            close = datetime.combine(day, rules.day_end, tzinfo=rules.tz)
            while t + duration <= close and len(out) < count:
                a, b = t.astimezone(UTC), (t + duration).astimezone(UTC)
                if a >= not_before and free(people_busy, a, b):
                    room = next(((rid, name) for rid, name in rooms if free(room_busy[rid], a, b)), None)
                    if room is not None:
                        out.append(Slot(a, b, room[0], room[1]))
                        t += duration
                        continue
                t += step
        if len(out) >= count:
            break
        day += timedelta(days=1)
    return out


# --- session notice --------------------------------------------------------------------------


def session_notices(store: Store, actor: Actor, session_id: int) -> list[SessionNoticeData]:
    """One 调解通知书 per party booked for the session (all the case's parties when none is booked)."""
    info = get_session(store, actor, session_id)
    with store.read() as s:
        case = get_case(s, actor, info.case_id)
        committee = s.get(Committee, case.committee_id)
        assert committee is not None
        head = (committee.name, committee.address, committee.phone, case.case_number)
        summary, dispute_code = case.summary, case.dispute_type
        tz = _rules(s, case.committee_id).tz
        from mediation_desk.services import vocabulary

        parties = s.execute(select(CaseParty.id, CaseParty.role, Party.name, Party.address)
                            .join(Party, Party.id == CaseParty.party_id).where(CaseParty.case_id == case.id)
                            .order_by(CaseParty.position)).all()
    from mediation_desk.domain.vocab import PARTY_ROLE_LABELS

    dispute = vocabulary.labels(store, "dispute_type").get(dispute_code, dispute_code)
    booked = {p.case_party_id for p in info.participants if p.kind == "party"}
    mediators = [p.name for p in info.participants if p.kind == "mediator"]
    liaisons = [f"{p.name}（{p.capacity}）" if p.capacity else p.name for p in info.participants
                if p.kind == "liaison"]
    out = []
    for cp_id, role, name, address in parties:
        if booked and cp_id not in booked:
            continue
        others = [n for i, _, n, _ in parties if i != cp_id]
        out.append(SessionNoticeData(
            *head, dispute, summary, name,
            PARTY_ROLE_LABELS[role].zh if role in PARTY_ROLE_LABELS else role, address, others,
            info.starts_at.astimezone(tz), info.ends_at.astimezone(tz), info.where or head[1],
            mediators, liaisons, info.note))
    return out


# --- lookups for the CLI and the GUI's pickers -----------------------------------------------


@dataclass(frozen=True)
class PersonRef:
    kind: str  # mediator / liaison
    id: int
    name: str
    detail: str = field(default="")


def find_people(store: Store, committee_id: int, text: str) -> list[PersonRef]:
    """Mediators and liaisons whose name contains ``text`` (or whose id is ``text``)."""
    text = clean(text)
    with store.read() as s:
        m_cond = Mediator.name.contains(text)
        l_cond = Liaison.name.contains(text)
        if text.isdigit():
            m_cond = or_(m_cond, Mediator.id == int(text))
        out = [PersonRef("mediator", i, n, "调解员") for i, n in s.execute(
            select(Mediator.id, Mediator.name).where(Mediator.committee_id == committee_id, m_cond)
            .order_by(Mediator.id))]
        out += [PersonRef("liaison", i, n, a) for i, n, a in s.execute(
            select(Liaison.id, Liaison.name, Agency.name).join(Agency, Agency.id == Liaison.agency_id)
            .where(and_(Agency.committee_id == committee_id, l_cond)).order_by(Liaison.id))]
        return out


def find_room(store: Store, committee_id: int, text: str) -> tuple[int, str] | None:
    text = clean(text)
    with store.read() as s:
        cond = Room.name == text
        if text.isdigit():
            cond = or_(cond, Room.id == int(text))
        row = s.execute(select(Room.id, Room.name).where(Room.committee_id == committee_id, cond)).first()
        if row is None:
            row = s.execute(select(Room.id, Room.name).where(Room.committee_id == committee_id,
                                                             Room.name.contains(text)).order_by(Room.id)).first()
        return (row[0], row[1]) if row else None


def suggest_for(store: Store, actor: Actor, data: SessionInput, *, count: int = 5,
                not_before: datetime | None = None) -> list[Slot]:
    """Free slots for a draft session: its length, its required mediators and liaisons, and its room
    if one is chosen (else any room), from its proposed start (or ``not_before``) on."""
    required = SessionInput(data.case_id, data.starts_at, data.ends_at,
                            [p for p in data.participants if p.required], data.room_id, data.place, data.note)
    mediators, liaisons, parties = _ids(required)
    return suggest_slots(store, actor.committee_id, duration=data.ends_at - data.starts_at,
                         not_before=not_before or data.starts_at, mediator_ids=mediators, liaison_ids=liaisons,
                         case_party_ids=parties, room_ids=[data.room_id] if data.room_id is not None else None,
                         count=count)
