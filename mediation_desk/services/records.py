"""调解记录 and 调查记录: drafts saved as the mediator types, signed once, corrected by new versions.

A draft is edited in place with optimistic locking on ``edit_version`` (the editor autosaves, so
a save that changes nothing writes nothing). Signing freezes the record; a correction is a new
draft pointing at the signed one (``supersedes_id``), and only when the correction is signed does
the old version become ``superseded``. The case's search entry is rebuilt in the same transaction,
so words in a record can be searched as soon as they are saved.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_desk import messages
from mediation_desk.db.models import (
    Case,
    CaseParty,
    Liaison,
    MediationSession,
    Mediator,
    Party,
    Record,
    Room,
    VocabItem,
)
from mediation_desk.db.types import utcnow
from mediation_desk.errors import (
    ConflictError,
    FieldProblem,
    ImmutableRecordError,
    NotFoundError,
    UserError,
    ValidationError,
    problem,
)
from mediation_desk.services import search_index
from mediation_desk.services.common import check_version, get_case, supersede_previous
from mediation_desk.services.guards import ensure_open
from mediation_desk.services.users import Action, require
from mediation_desk.store import Actor, Store

messages.register("record.has_draft",
                  "这份记录已有一个未签字的更正稿（第 {version_no} 版），请继续编辑该稿。",
                  "This record already has an unsigned correction (version {version_no}); edit that one.")
messages.register("record.not_signed", "只有已签字的记录才能更正；草稿可以直接修改。",
                  "Only a signed record can be corrected; edit the draft directly.")
messages.register("record.session_other_case", "所选调解场次不属于本案件。",
                  "The chosen session belongs to another case.")
messages.register("record.naive_time", "记录时间缺少时区。", "The record time has no time zone.")


class RecordKind(StrEnum):
    SESSION_RECORD = "session_record"  # 调解记录
    INVESTIGATION_RECORD = "investigation_record"  # 调查记录


class RecordStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    SUPERSEDED = "superseded"


RECORD_KIND_LABELS = {RecordKind.SESSION_RECORD: "调解记录", RecordKind.INVESTIGATION_RECORD: "调查记录"}
RECORD_STATUS_LABELS = {RecordStatus.DRAFT: "草稿", RecordStatus.SIGNED: "已签字",
                        RecordStatus.SUPERSEDED: "已被更正"}

DEFAULT_NOTICES = ("已告知当事人在人民调解活动中享有的权利和承担的义务：调解遵循自愿、平等原则，当事人可以"
                   "自主决定是否接受调解、可以要求终止调解，应当如实陈述纠纷事实、遵守调解现场秩序、"
                   "自觉履行达成的调解协议。当事人表示已清楚。")

# Fields that feed the search index; saving only other fields skips the (costlier) refresh.
_SEARCHED = ("subject", "body", "facts_checked", "result")


@dataclass(frozen=True)
class RecordContent:
    """What the editor edits; every field of the printed record except signatures."""

    occurred_at: datetime | None = None
    place: str = ""
    subject: str = ""  # 事由
    present: str = ""  # 参加人员
    notices: str = ""  # 告知事项
    body: str = ""  # 当事人陈述 / 调查内容
    facts_checked: str = ""  # 查明的事实
    risk_warning: str = ""  # 风险提示
    result: str = ""  # 调解结果 (agreement reached, or why not)
    recorder: str = ""  # 记录人


CONTENT_FIELDS = tuple(f.name for f in fields(RecordContent))


@dataclass(frozen=True)
class RecordView:
    id: int
    case_id: int
    session_id: int | None
    kind: str
    version_no: int
    supersedes_id: int | None
    status: str
    content: RecordContent
    signed_at: datetime | None
    signed_by: int | None
    edit_version: int
    created_at: datetime
    updated_at: datetime

    @property
    def editable(self) -> bool:
        return self.status == RecordStatus.DRAFT


def _content(r: Record) -> RecordContent:
    return RecordContent(**{name: getattr(r, name) for name in CONTENT_FIELDS})


def _view(r: Record) -> RecordView:
    return RecordView(r.id, r.case_id, r.session_id, r.kind, r.version_no, r.supersedes_id, r.status,
                      _content(r), r.signed_at, r.signed_by, r.edit_version, r.created_at, r.updated_at)


def _jsonable(c: RecordContent) -> dict[str, Any]:
    out = asdict(c)
    out["occurred_at"] = c.occurred_at.isoformat() if c.occurred_at else None
    return out


def _normalised(c: RecordContent) -> RecordContent:
    """Trim the ends of text fields (keeping inner line breaks) and refuse naive datetimes."""
    if c.occurred_at is not None and c.occurred_at.tzinfo is None:
        raise UserError("record.naive_time")
    return replace(c, **{n: getattr(c, n).strip() for n in CONTENT_FIELDS if n != "occurred_at"})


def _load(s: Session, actor: Actor, record_id: int) -> tuple[Record, Case]:
    r = s.get(Record, record_id)
    if r is None:
        raise NotFoundError(what="记录", key=str(record_id))
    case = get_case(s, actor, r.case_id)  # also hides other committees' records
    return r, case


def _what(r: Record) -> str:
    return RECORD_KIND_LABELS.get(RecordKind(r.kind), "记录") if r.kind in set(RecordKind) else "记录"


def _prefill(s: Session, case: Case, kind: RecordKind, session: MediationSession | None) -> RecordContent:
    """A new record starts with what the case and the session already know."""
    names = [p.name for p in s.scalars(select(Party).join(CaseParty, CaseParty.party_id == Party.id)
                                       .where(CaseParty.case_id == case.id).order_by(CaseParty.position))]
    label = s.scalar(select(VocabItem.label_zh).where(VocabItem.vocabulary == "dispute_type",
                                                      VocabItem.code == case.dispute_type)) or ""
    subject = f"{'与'.join(names[:2])}{'等' if len(names) > 2 else ''}{label}纠纷"
    content = RecordContent(subject=subject,
                            notices=DEFAULT_NOTICES if kind == RecordKind.SESSION_RECORD else "")
    if session is None:
        return content
    place = session.place
    if session.room_id is not None:
        room = s.get(Room, session.room_id)
        place = place or (room.name if room else "")
    groups: dict[str, list[str]] = {}
    for p in session.participants:
        name = p.name
        if p.mediator_id is not None:
            m = s.get(Mediator, p.mediator_id)
            name = m.name if m else name
        elif p.case_party_id is not None:
            cp = s.get(CaseParty, p.case_party_id)
            name = cp.party.name if cp else name
        elif p.liaison_id is not None:
            li = s.get(Liaison, p.liaison_id)
            name = li.name if li else name
        if p.capacity:
            name = f"{name}（{p.capacity}）"
        groups.setdefault(p.kind, []).append(name)
    order = (("mediator", "调解员"), ("party", "当事人"), ("liaison", "联络员"), ("invitee", "邀请参与人员"),
             ("recorder", "记录人"))
    present = "；".join(f"{label}：{'、'.join(groups[k])}" for k, label in order if groups.get(k))
    recorder = "、".join(groups.get("recorder", []))
    return replace(content, occurred_at=session.starts_at, place=place, present=present, recorder=recorder)


# --- writing -------------------------------------------------------------------------------------


def create_draft(store: Store, actor: Actor, case_id: int, kind: str = RecordKind.SESSION_RECORD, *,
                 session_id: int | None = None, content: RecordContent | None = None) -> RecordView:
    """A new draft record, prefilled from the case (and the session, if one is given)."""
    require(actor, Action.EDIT_CASE)
    if kind not in {k.value for k in RecordKind}:
        raise ValidationError([problem("kind", "field.unknown_choice", label="记录类型", value=kind,
                                       choices="session_record、investigation_record")])
    with store.write(actor) as uow:
        s = uow.session
        case = get_case(s, actor, case_id)
        ensure_open(case, "新建记录")
        session = None
        if session_id is not None:
            session = s.get(MediationSession, session_id)
            if session is None or session.case_id != case_id:
                raise UserError("record.session_other_case")
        body = _normalised(content) if content is not None else _prefill(s, case, RecordKind(kind), session)
        r = Record(case_id=case_id, session_id=session_id, kind=kind, status=RecordStatus.DRAFT,
                   **{n: getattr(body, n) for n in CONTENT_FIELDS})
        s.add(r)
        s.flush()
        if any(getattr(body, n) for n in _SEARCHED):
            search_index.refresh(s, case_id)
        uow.audit("create", "record", r.id, case_id=case_id, after={"kind": kind, "session_id": session_id,
                                                                   **_jsonable(body)})
        return _view(r)


def save_draft(store: Store, actor: Actor, record_id: int, content: RecordContent, expected_version: int) -> int:
    """Save the editor's content over a draft; returns the new ``edit_version``.

    Cheap and idempotent: saving what is already stored writes nothing and returns the same version.
    A save based on an older version is refused (:class:`StaleEditError`) and changes nothing."""
    require(actor, Action.EDIT_CASE)
    content = _normalised(content)
    with store.write(actor) as uow:
        s = uow.session
        r, case = _load(s, actor, record_id)
        if r.status != RecordStatus.DRAFT:
            raise ImmutableRecordError(what=_what(r))
        check_version(r, expected_version, _what(r), case.case_number)
        ensure_open(case, "修改记录")
        current = _content(r)
        changed = [n for n in CONTENT_FIELDS if getattr(current, n) != getattr(content, n)]
        if not changed:
            return r.edit_version
        before, after = _jsonable(current), _jsonable(content)
        for n in changed:
            setattr(r, n, getattr(content, n))
        s.flush()
        if any(n in _SEARCHED for n in changed):
            search_index.refresh(s, r.case_id)
        uow.audit("save_draft", "record", r.id, case_id=r.case_id,
                  before={n: before[n] for n in changed}, after={n: after[n] for n in changed})
        return r.edit_version


def _sign_problems(r: Record) -> list[FieldProblem]:
    required = [("occurred_at", "时间"), ("subject", "事由"), ("body", "记录内容")]
    if r.kind == RecordKind.SESSION_RECORD:
        required.append(("result", "调解结果"))
    return [problem(f, "field.required", label=label) for f, label in required if not getattr(r, f)]


def sign(store: Store, actor: Actor, record_id: int, expected_version: int, *,
         signed_at: datetime | None = None) -> RecordView:
    """签字确认: the record becomes immutable; a correction it carries supersedes the old version."""
    require(actor, Action.SIGN)
    with store.write(actor) as uow:
        s = uow.session
        r, case = _load(s, actor, record_id)
        if r.status != RecordStatus.DRAFT:
            raise ImmutableRecordError(what=_what(r))
        check_version(r, expected_version, _what(r), case.case_number)
        ensure_open(case, "签署记录")
        problems = _sign_problems(r)
        if problems:
            raise ValidationError(problems)
        r.status = RecordStatus.SIGNED
        r.signed_at = signed_at or utcnow()
        r.signed_by = actor.user_id
        supersede_previous(uow, Record, r, "record", r.case_id, RecordStatus.SUPERSEDED)
        s.flush()
        search_index.refresh(s, r.case_id)
        uow.audit("sign", "record", r.id, case_id=r.case_id, before={"status": "draft"},
                  after={"status": "signed", "signed_at": r.signed_at.isoformat(), "signed_by": actor.user_id})
        return _view(r)


def correct(store: Store, actor: Actor, record_id: int) -> RecordView:
    """Start a correction of a signed record: a new draft version pointing at it."""
    require(actor, Action.EDIT_CASE)
    with store.write(actor) as uow:
        s = uow.session
        r, case = _load(s, actor, record_id)
        if r.status != RecordStatus.SIGNED:
            raise UserError("record.not_signed")
        ensure_open(case, "更正记录")
        pending = s.scalars(select(Record).where(Record.supersedes_id == r.id,
                                                 Record.status == RecordStatus.DRAFT)).first()
        if pending is not None:
            raise ConflictError("record.has_draft", version_no=pending.version_no)
        new = Record(case_id=r.case_id, session_id=r.session_id, kind=r.kind, version_no=r.version_no + 1,
                     supersedes_id=r.id, status=RecordStatus.DRAFT,
                     **{n: getattr(r, n) for n in CONTENT_FIELDS})
        s.add(new)
        s.flush()
        uow.audit("correct", "record", new.id, case_id=r.case_id, before={"record_id": r.id,
                                                                         "version_no": r.version_no},
                  after={"record_id": new.id, "version_no": new.version_no, "supersedes_id": r.id})
        return _view(new)


def discard_draft(store: Store, actor: Actor, record_id: int, expected_version: int) -> None:
    """Delete a draft that was never signed (a signed record is never deleted)."""
    require(actor, Action.EDIT_CASE)
    with store.write(actor) as uow:
        s = uow.session
        r, case = _load(s, actor, record_id)
        if r.status != RecordStatus.DRAFT:
            raise ImmutableRecordError(what=_what(r))
        check_version(r, expected_version, _what(r), case.case_number)
        before = {"kind": r.kind, "version_no": r.version_no, **_jsonable(_content(r))}
        case_id = r.case_id
        s.delete(r)
        s.flush()
        search_index.refresh(s, case_id)
        uow.audit("discard", "record", record_id, case_id=case_id, before=before)


# --- reading -------------------------------------------------------------------------------------


def get_record(store: Store, actor: Actor, record_id: int) -> RecordView:
    require(actor, Action.VIEW_CASE)
    with store.read() as s:
        r, _ = _load(s, actor, record_id)
        return _view(r)


def list_records(store: Store, actor: Actor, case_id: int, *, kind: str | None = None,
                 include_superseded: bool = True) -> list[RecordView]:
    """A case's records, oldest first; each correction follows the version it corrects."""
    require(actor, Action.VIEW_CASE)
    with store.read() as s:
        get_case(s, actor, case_id)
        q = select(Record).where(Record.case_id == case_id).order_by(Record.id)
        if kind is not None:
            q = q.where(Record.kind == kind)
        if not include_superseded:
            q = q.where(Record.status != RecordStatus.SUPERSEDED)
        return [_view(r) for r in s.scalars(q)]


def history(store: Store, actor: Actor, record_id: int) -> list[RecordView]:
    """Every version of a record, from the first to ``record_id`` (following ``supersedes_id``)."""
    require(actor, Action.VIEW_CASE)
    with store.read() as s:
        r, _ = _load(s, actor, record_id)
        chain = [r]
        while chain[-1].supersedes_id is not None:
            prev = s.get(Record, chain[-1].supersedes_id)
            if prev is None:
                break
            chain.append(prev)
        return [_view(x) for x in reversed(chain)]
