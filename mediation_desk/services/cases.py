"""Reading cases: the paged, filtered case list and a case's full detail."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from mediation_desk.db.models import (
    Agency,
    Agreement,
    AuditEvent,
    Case,
    CaseParty,
    FollowUp,
    KeyCasePlan,
    Liaison,
    MediationSession,
    Mediator,
    Party,
    Record,
    Referral,
)
from mediation_desk.domain.privacy import mask_id, mask_phone
from mediation_desk.domain.text import clean
from mediation_desk.errors import NotFoundError
from mediation_desk.services.case_rows import CaseRow, load_rows
from mediation_desk.store import Actor, Store


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    dispute_type: str | None = None
    source: str | None = None
    agency_id: int | None = None
    mediator_id: int | None = None
    risk_level: str | None = None
    received_from: date | None = None
    received_to: date | None = None


# Sort keys of the case list and the columns they order by. Every key is followed by received_on
# and id, so each order is total and matches an index (see migration 0002): a page is an index walk.
# Case numbers sort by (year, serial), not as text, where "第1000号" would come before "第999号".
SORT_COLUMNS: dict[str, tuple[Any, ...]] = {
    "received_on": (Case.received_on,),
    "case_number": (Case.year, Case.serial),
    "status": (Case.status, Case.received_on),
    "dispute_type": (Case.dispute_type, Case.received_on),
    "due_on": (Case.due_on, Case.received_on),
    "risk_level": (Case.risk_level, Case.received_on),
}


def _filtered(committee_id: int, f: CaseFilter) -> Select[Any]:
    q = select(Case.id).where(Case.committee_id == committee_id)
    if f.status:
        q = q.where(Case.status == f.status)
    if f.dispute_type:
        q = q.where(Case.dispute_type == f.dispute_type)
    if f.source:
        q = q.where(Case.source == f.source)
    if f.mediator_id:
        q = q.where(Case.mediator_id == f.mediator_id)
    if f.risk_level:
        q = q.where(Case.risk_level == f.risk_level)
    if f.received_from:
        q = q.where(Case.received_on >= f.received_from)
    if f.received_to:
        q = q.where(Case.received_on <= f.received_to)
    if f.agency_id:
        # A correlated EXISTS lets the database walk the case list newest first and probe each
        # case's referral, rather than collect and sort every case the agency ever sent.
        q = q.where(select(Referral.id).where(Referral.case_id == Case.id, Referral.agency_id == f.agency_id)
                    .exists())
    return q


def count_cases(store: Store, committee_id: int, f: CaseFilter = CaseFilter()) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(_filtered(committee_id, f).subquery())) or 0)


def list_cases(store: Store, committee_id: int, f: CaseFilter = CaseFilter(), *, sort: str = "received_on",
               descending: bool = True, offset: int = 0, limit: int = 200) -> list[CaseRow]:
    """One page of the case list; sorting and filtering happen in SQL, on indexed columns."""
    cols = SORT_COLUMNS.get(sort, SORT_COLUMNS["received_on"]) + (Case.id,)
    order = [c.desc() for c in cols] if descending else [c.asc() for c in cols]
    with store.read() as s:
        ids = list(s.scalars(_filtered(committee_id, f).order_by(*order).offset(offset).limit(limit)))
        return load_rows(s, ids)


# --- detail --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartyView:
    case_party_id: int
    party_id: int
    role: str
    kind: str
    name: str
    sex: str
    birth_date: date | None
    age: int | None
    ethnicity: str
    occupation: str
    id_number: str  # masked unless the actor may see personal data
    phone: str
    address: str
    credit_code: str
    legal_representative: str
    agent_name: str
    agent_phone: str
    agent_kind: str


@dataclass(frozen=True)
class ReferralView:
    id: int
    agency_id: int
    agency: str
    agency_kind: str
    liaison: str
    reference: str
    received_on: date
    request: str
    feedback_due_on: date | None
    feedback_sent_on: date | None
    feedback_text: str
    version: int


@dataclass(frozen=True)
class CaseDetail:
    id: int
    case_number: str
    committee_id: int
    dispute_type: str
    source: str
    received_on: date
    summary: str
    claims: str
    status: str
    decline_reason: str
    accepted_on: date | None
    due_on: date | None
    mediator_id: int | None
    mediator: str
    outcome: str | None
    outcome_note: str
    closed_on: date | None
    people_involved: int
    risk_level: str
    risk_reasons: list[dict[str, Any]]
    key_case: bool
    key_case_plan: dict[str, Any] | None
    version: int
    parties: list[PartyView]
    referral: ReferralView | None
    sessions: list[dict[str, Any]] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    agreements: list[dict[str, Any]] = field(default_factory=list)
    follow_ups: list[dict[str, Any]] = field(default_factory=list)


def _age(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def find_case_id(store: Store, committee_id: int, case_number: str) -> int:
    """A case's id from its number as typed (half- or full-width brackets, spaces)."""
    from mediation_desk.domain.case_number import format_case_number, parse_case_number

    parsed = parse_case_number(clean(case_number))
    wanted = format_case_number(parsed.year, parsed.short_name, parsed.serial) if parsed else clean(case_number)
    with store.read() as s:
        cid = s.scalar(select(Case.id).where(Case.committee_id == committee_id, Case.case_number == wanted))
        if cid is None:
            raise NotFoundError(what="案件", key=case_number)
        return int(cid)


def get_case_detail(store: Store, actor: Actor, case_id: int, *, full_personal_data: bool = False) -> CaseDetail:
    show_full = full_personal_data and actor.may_see_personal_data
    with store.read() as s:
        case = s.get(Case, case_id)
        if case is None or case.committee_id != actor.committee_id:
            raise NotFoundError(what="案件", key=str(case_id))
        return _detail(s, case, show_full)


def _detail(s: Session, case: Case, show_full: bool) -> CaseDetail:
    on = case.received_on
    parties = []
    for cp, p in s.execute(select(CaseParty, Party).join(Party, Party.id == CaseParty.party_id)
                           .where(CaseParty.case_id == case.id).order_by(CaseParty.position)):
        parties.append(PartyView(
            case_party_id=cp.id, party_id=p.id, role=cp.role, kind=p.kind, name=p.name, sex=p.sex or "",
            birth_date=p.birth_date, age=_age(p.birth_date, on), ethnicity=p.ethnicity, occupation=p.occupation,
            id_number=(p.id_number or "") if show_full else mask_id(p.id_number or ""),
            phone=p.phone if show_full else mask_phone(p.phone), address=p.address,
            credit_code=p.credit_code or "", legal_representative=p.legal_representative,
            agent_name=cp.agent_name, agent_phone=cp.agent_phone if show_full else mask_phone(cp.agent_phone),
            agent_kind=cp.agent_kind,
        ))
    referral = None
    r = s.scalars(select(Referral).where(Referral.case_id == case.id)).first()
    if r is not None:
        agency = s.get(Agency, r.agency_id)
        liaison = s.get(Liaison, r.liaison_id) if r.liaison_id else None
        referral = ReferralView(r.id, r.agency_id, agency.name if agency else "", agency.kind if agency else "",
                                liaison.name if liaison else "", r.reference, r.received_on, r.request,
                                r.feedback_due_on, r.feedback_sent_on, r.feedback_text, r.version)
    mediator = s.get(Mediator, case.mediator_id) if case.mediator_id else None
    plan = s.get(KeyCasePlan, case.id)
    sessions = [{"id": m.id, "starts_at": m.starts_at, "ends_at": m.ends_at, "status": m.status,
                 "room_id": m.room_id, "place": m.place}
                for m in s.scalars(select(MediationSession).where(MediationSession.case_id == case.id)
                                   .order_by(MediationSession.starts_at))]
    records = [{"id": x.id, "kind": x.kind, "status": x.status, "version_no": x.version_no,
                "occurred_at": x.occurred_at, "subject": x.subject}
               for x in s.scalars(select(Record).where(Record.case_id == case.id).order_by(Record.id))]
    agreements = [{"id": a.id, "number": a.number, "kind": a.kind, "status": a.status, "version_no": a.version_no,
                   "total_amount": a.total_amount or Decimal("0.00"), "signed_on": a.signed_on,
                   "performance_due": a.performance_due, "performance_status": a.performance_status}
                  for a in s.scalars(select(Agreement).where(Agreement.case_id == case.id).order_by(Agreement.id))]
    follow_ups = [{"id": f.id, "due_on": f.due_on, "visited_on": f.visited_on, "performance": f.performance,
                   "note": f.note}
                  for f in s.scalars(select(FollowUp).where(FollowUp.case_id == case.id).order_by(FollowUp.id))]
    return CaseDetail(
        id=case.id, case_number=case.case_number, committee_id=case.committee_id, dispute_type=case.dispute_type,
        source=case.source, received_on=case.received_on, summary=case.summary, claims=case.claims,
        status=case.status, decline_reason=case.decline_reason, accepted_on=case.accepted_on, due_on=case.due_on,
        mediator_id=case.mediator_id, mediator=mediator.name if mediator else "", outcome=case.outcome,
        outcome_note=case.outcome_note, closed_on=case.closed_on, people_involved=case.people_involved,
        risk_level=case.risk_level, risk_reasons=list(case.risk_reasons or []), key_case=case.key_case,
        key_case_plan={"leader": plan.leader, "responsible_person": plan.responsible_person, "plan": plan.plan,
                       "due_on": plan.due_on} if plan else None,
        version=case.version, parties=parties, referral=referral, sessions=sessions, records=records,
        agreements=agreements, follow_ups=follow_ups,
    )


@dataclass(frozen=True)
class HistoryEntry:
    at: Any
    username: str
    action: str
    entity: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def case_history(store: Store, actor: Actor, case_id: int) -> list[HistoryEntry]:
    """The case's audit trail, oldest first."""
    with store.read() as s:
        return [HistoryEntry(e.at, e.username, e.action, e.entity, e.before, e.after)
                for e in s.scalars(select(AuditEvent).where(AuditEvent.case_id == case_id)
                                   .order_by(AuditEvent.at, AuditEvent.id))]
