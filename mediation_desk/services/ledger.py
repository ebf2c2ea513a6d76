"""The ledger (台账): one flat row per case, streamed in id order for any case filter.

Rows are read in chunks with keyset paging (``id > last id``), a fixed number of queries per chunk,
so a 200,000-case ledger never sits in memory at once. ID numbers and phones are masked unless the
actor may see personal data *and* the caller asks for it in full.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediation_desk.db.models import Agency, Agreement, Case, CaseParty, Mediator, Party, Referral, VocabItem
from mediation_desk.domain.privacy import mask_id, mask_phone
from mediation_desk.domain.vocab import CASE_STATUS_LABELS, OUTCOME_LABELS
from mediation_desk.services.cases import CaseFilter, _filtered
from mediation_desk.store import Actor, Store

CHUNK = 2000

PERFORMANCE_LABELS = {"performed": "已履行", "partial": "部分履行", "pending": "待履行", "not_performed": "未履行",
                      "breached": "未履行"}
AGREEMENT_KIND_LABELS = {"written": "书面协议", "oral": "口头协议"}


@dataclass(frozen=True)
class LedgerRow:
    """One ledger line; the field order is the column order of every export."""

    seq: int
    case_number: str
    received_on: date
    closed_on: date | None
    applicants: str
    applicant_ids: str
    applicant_phones: str
    respondents: str
    respondent_ids: str
    respondent_phones: str
    dispute_type: str
    source: str
    agency: str
    reference: str
    summary: str
    mediator: str
    status: str
    outcome: str
    agreement_kind: str
    agreement_amount: Decimal | None
    performance: str
    feedback_due_on: date | None
    feedback_sent_on: date | None
    feedback: str


# Column headings, close to the official terms (MoJ 2017 specification) where one exists.
HEADINGS: dict[str, str] = {
    "seq": "序号", "case_number": "案件编号", "received_on": "受理日期", "closed_on": "结案日期",
    "applicants": "申请人", "applicant_ids": "申请人证件号码", "applicant_phones": "申请人联系电话",
    "respondents": "被申请人", "respondent_ids": "被申请人证件号码", "respondent_phones": "被申请人联系电话",
    "dispute_type": "纠纷类型", "source": "案件来源", "agency": "移送（委派）单位", "reference": "移送单位编号",
    "summary": "纠纷简要情况", "mediator": "调解员", "status": "案件状态", "outcome": "调解结果",
    "agreement_kind": "协议形式", "agreement_amount": "协议金额（元）", "performance": "履行情况",
    "feedback_due_on": "反馈期限", "feedback_sent_on": "反馈日期", "feedback": "反馈情况",
}
COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(LedgerRow))
assert set(COLUMNS) == set(HEADINGS)


@dataclass(frozen=True)
class LedgerQuery:
    """Which cases, and whether personal data is shown in full (only if the actor may see it)."""

    filter: CaseFilter = CaseFilter()
    full_personal_data: bool = False


def shows_full(actor: Actor, query: LedgerQuery) -> bool:
    return query.full_personal_data and actor.may_see_personal_data


def count(store: Store, actor: Actor, query: LedgerQuery) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(
            _filtered(actor.committee_id, query.filter).subquery())) or 0)


def vocab_labels(s: Session, vocabulary: str) -> dict[str, str]:
    return dict(s.execute(select(VocabItem.code, VocabItem.label_zh).where(VocabItem.vocabulary == vocabulary)).all())


def iter_chunks(store: Store, actor: Actor, query: LedgerQuery, chunk: int = CHUNK) -> Iterator[list[LedgerRow]]:
    """Ledger rows in case-id order, ``chunk`` at a time; each chunk is read in its own short session."""
    full = shows_full(actor, query)
    with store.read() as s:
        types, sources = vocab_labels(s, "dispute_type"), vocab_labels(s, "source")
    last_id = 0
    seq = 0
    while True:
        with store.read() as s:
            ids = list(s.scalars(_filtered(actor.committee_id, query.filter).where(Case.id > last_id)
                                 .order_by(Case.id).limit(chunk)))
            if not ids:
                return
            rows = _rows(s, ids, seq, full, types, sources)
        last_id = ids[-1]
        seq += len(rows)
        yield rows


def _rows(s: Session, ids: list[int], seq: int, full: bool, types: dict[str, str],
          sources: dict[str, str]) -> list[LedgerRow]:
    lo, hi = ids[0], ids[-1]
    # A range on the primary key plus IN keeps every query an index range scan on both back ends.
    cases = s.execute(
        select(Case.id, Case.case_number, Case.received_on, Case.closed_on, Case.dispute_type, Case.source,
               Case.summary, Case.status, Case.outcome, Mediator.name)
        .outerjoin(Mediator, Mediator.id == Case.mediator_id)
        .where(Case.id.in_(ids)).order_by(Case.id)).all()
    sides: dict[tuple[int, str], list[tuple[str, str, str]]] = defaultdict(list)
    for case_id, role, name, id_number, credit_code, phone in s.execute(
        select(CaseParty.case_id, CaseParty.role, Party.name, Party.id_number, Party.credit_code, Party.phone)
        .join(Party, Party.id == CaseParty.party_id)
        .where(CaseParty.case_id.between(lo, hi), CaseParty.case_id.in_(ids))
        .order_by(CaseParty.case_id, CaseParty.position)
    ):
        ident = id_number or credit_code or ""
        if id_number and not full:
            ident = mask_id(id_number)
        sides[(case_id, "respondent" if role == "respondent" else "applicant")].append(
            (name, ident, (phone or "") if full else mask_phone(phone or "")))
    refs = {r.case_id: r for r in s.execute(
        select(Referral.case_id, Agency.name, Referral.reference, Referral.feedback_due_on,
               Referral.feedback_sent_on, Referral.feedback_text)
        .join(Agency, Agency.id == Referral.agency_id)
        .where(Referral.case_id.between(lo, hi), Referral.case_id.in_(ids)))}
    agreements: dict[int, tuple[str, Decimal, str]] = {}
    for case_id, kind, amount, perf in s.execute(
        select(Agreement.case_id, Agreement.kind, Agreement.total_amount, Agreement.performance_status)
        .where(Agreement.case_id.between(lo, hi), Agreement.case_id.in_(ids), Agreement.status != "superseded")
        .order_by(Agreement.case_id, Agreement.id)
    ):
        agreements[case_id] = (kind, amount, perf)  # the newest version wins
    today = date.today()
    out = []
    for c in cases:
        seq += 1
        app, resp = sides[(c.id, "applicant")], sides[(c.id, "respondent")]
        ref = refs.get(c.id)
        agr = agreements.get(c.id)
        out.append(LedgerRow(
            seq=seq, case_number=c.case_number, received_on=c.received_on, closed_on=c.closed_on,
            applicants="、".join(p[0] for p in app), applicant_ids="、".join(p[1] for p in app if p[1]),
            applicant_phones="、".join(p[2] for p in app if p[2]),
            respondents="、".join(p[0] for p in resp), respondent_ids="、".join(p[1] for p in resp if p[1]),
            respondent_phones="、".join(p[2] for p in resp if p[2]),
            dispute_type=types.get(c.dispute_type, c.dispute_type), source=sources.get(c.source, c.source),
            agency=ref.name if ref else "", reference=ref.reference if ref else "", summary=c.summary,
            mediator=c.name or "", status=CASE_STATUS_LABELS[c.status].zh if c.status in CASE_STATUS_LABELS
            else c.status, outcome=OUTCOME_LABELS[c.outcome].zh if c.outcome in OUTCOME_LABELS else "",
            agreement_kind=AGREEMENT_KIND_LABELS.get(agr[0], agr[0]) if agr else "",
            agreement_amount=agr[1] if agr else None,
            performance=PERFORMANCE_LABELS.get(agr[2], agr[2]) if agr else "",
            feedback_due_on=ref.feedback_due_on if ref else None,
            feedback_sent_on=ref.feedback_sent_on if ref else None,
            feedback=_feedback_state(ref.feedback_due_on, ref.feedback_sent_on, today) if ref else "",
        ))
    return out


def _feedback_state(due: date | None, sent: date | None, today: date) -> str:
    if sent is not None:
        return "已反馈（逾期）" if due is not None and sent > due else "已反馈"
    if due is not None and today > due:
        return "逾期未反馈"
    return "待反馈"
