"""移送 / 委派 / 转办 and their feedback: the referral ledger, feedback sent, limits extended.

A referral is created at intake. Here the committee records the feedback letter going back to the
agency, extends a mediation or feedback limit (with a reason, and with both parties' consent for
the mediation limit), sets an agency's own limits, and lists which referrals still await feedback
and which are late. The feedback letter itself is rendered by ``documents`` from
:func:`feedback_letter_data`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_desk import messages
from mediation_desk.db.models import Agency, Case, CaseParty, Committee, DeadlineExtension, Mediator, Party, Referral
from mediation_desk.domain.text import clean
from mediation_desk.domain.vocab import OUTCOME_LABELS, REFERENCE_LABELS
from mediation_desk.errors import NotFoundError, UserError, ValidationError, problem
from mediation_desk.services import calendar_admin
from mediation_desk.services.common import check_version, get_case
from mediation_desk.store import Actor, Store

messages.register("referral.none", "案件“{case}”不是移送案件，没有反馈期限。",
                  "Case “{case}” was not referred by an agency; it has no feedback limit.")
messages.register("deadline.reason", "延长期限必须写明理由。", "An extension needs a reason.")
messages.register("deadline.consent", "延长调解期限须经双方当事人同意，请先征得同意并勾选。",
                  "Extending the mediation limit needs both parties' consent.")
messages.register("deadline.not_later", "新的期限（{new}）应晚于原期限（{old}）。",
                  "The new limit ({new}) must be later than the old one ({old}).")
messages.register("deadline.no_limit", "案件“{case}”当前没有{what}，无法延长。",
                  "Case “{case}” has no {what} to extend.")
messages.register("feedback.before_received", "反馈日期不能早于移送日期（{received}）。",
                  "Feedback cannot be dated before the referral was received ({received}).")
messages.register("agency.bad_days", "{label}应为 1 到 365 之间的天数。", "{label} must be 1 to 365 days.")

EXTENSION_KINDS = {"mediation": "调解期限", "feedback": "反馈期限"}


@dataclass(frozen=True)
class ReferralRow:
    """One line of the referral ledger."""

    id: int
    case_id: int
    case_number: str
    agency_id: int
    agency: str
    agency_kind: str
    reference_label: str  # 警情号 / 案号 / 信访件号 ...
    reference: str
    received_on: date
    request: str
    feedback_due_on: date | None
    feedback_sent_on: date | None
    case_status: str
    mediator_id: int | None
    mediator: str
    state: str  # awaiting / late / sent / sent_late
    days_late: int  # >0 when late (by today, or by the day it was sent)
    version: int


@dataclass(frozen=True)
class ExtensionInfo:
    id: int
    case_id: int
    kind: str
    old_due_on: date | None
    new_due_on: date
    reason: str
    parties_consented: bool
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class FeedbackLetterData:
    """What a 调解结果反馈函 needs; ``documents`` lays it out."""

    committee_name: str
    committee_address: str
    committee_phone: str
    agency: str
    agency_kind: str
    reference_label: str
    reference: str
    received_on: date
    request: str
    case_number: str
    parties: list[tuple[str, str]]  # (role, name)
    summary: str
    status: str
    outcome: str | None
    outcome_label: str
    outcome_note: str
    closed_on: date | None
    mediator: str
    feedback_sent_on: date | None
    feedback_text: str


def _state(due: date | None, sent: date | None, today: date) -> tuple[str, int]:
    if sent is not None:
        late = (sent - due).days if due is not None else 0
        return ("sent_late", late) if late > 0 else ("sent", 0)
    late = (today - due).days if due is not None else 0
    return ("late", late) if late > 0 else ("awaiting", 0)


_ROW_COLUMNS = (Referral.id, Referral.case_id, Case.case_number, Agency.id, Agency.name, Agency.kind,
                Referral.reference, Referral.received_on, Referral.request, Referral.feedback_due_on,
                Referral.feedback_sent_on, Case.status, Case.mediator_id, Mediator.name, Referral.version)


def _rows(s: Session, stmt: Any, today: date) -> list[ReferralRow]:
    out = []
    for r in s.execute(stmt):
        state, late = _state(r[9], r[10], today)
        out.append(ReferralRow(r[0], r[1], r[2], r[3], r[4], r[5], REFERENCE_LABELS.get(r[5], "编号"), r[6], r[7],
                               r[8], r[9], r[10], r[11], r[12], r[13] or "", state, late, r[14]))
    return out


def _base(committee_id: int) -> Any:
    return (select(*_ROW_COLUMNS).join(Case, Case.id == Referral.case_id).join(Agency, Agency.id == Referral.agency_id)
            .outerjoin(Mediator, Mediator.id == Case.mediator_id).where(Case.committee_id == committee_id))


def awaiting_feedback(store: Store, committee_id: int, *, today: date | None = None, late_only: bool = False,
                      agency_id: int | None = None) -> list[ReferralRow]:
    """Referrals whose feedback has not gone back yet, the most urgent first."""
    today = today or date.today()
    stmt = _base(committee_id).where(Referral.feedback_sent_on.is_(None))
    if late_only:
        stmt = stmt.where(Referral.feedback_due_on < today)
    if agency_id is not None:
        stmt = stmt.where(Referral.agency_id == agency_id)
    stmt = stmt.order_by(Referral.feedback_due_on.is_(None), Referral.feedback_due_on, Referral.id)
    with store.read() as s:
        return _rows(s, stmt, today)


def get_referral(store: Store, actor: Actor, case_id: int, *, today: date | None = None) -> ReferralRow:
    with store.read() as s:
        case = get_case(s, actor, case_id)
        rows = _rows(s, _base(actor.committee_id).where(Referral.case_id == case_id), today or date.today())
        if not rows:
            raise UserError("referral.none", case=case.case_number)
        return rows[0]


def record_feedback(store: Store, actor: Actor, case_id: int, expected_version: int, *, sent_on: date,
                    text: str = "", today: date | None = None) -> ReferralRow:
    """Mark the feedback (调解结果反馈函) as sent to the referring agency."""
    with store.write(actor) as uow:
        s = uow.session
        case = get_case(s, actor, case_id)
        ref = s.scalars(select(Referral).where(Referral.case_id == case_id)).first()
        if ref is None:
            raise UserError("referral.none", case=case.case_number)
        check_version(ref, expected_version, "移送记录", case.case_number)
        if sent_on < ref.received_on:
            raise ValidationError([problem("sent_on", "feedback.before_received",
                                           received=ref.received_on.isoformat())])
        if sent_on > (today or date.today()):
            raise ValidationError([problem("sent_on", "field.future_date", label="反馈日期")])
        before = {"feedback_sent_on": ref.feedback_sent_on.isoformat() if ref.feedback_sent_on else None,
                  "feedback_text": ref.feedback_text}
        ref.feedback_sent_on = sent_on
        ref.feedback_text = text.strip()
        s.flush()
        uow.audit("feedback_sent", "referral", ref.id, case_id=case_id, before=before,
                  after={"feedback_sent_on": sent_on.isoformat(), "feedback_text": ref.feedback_text})
    return get_referral(store, actor, case_id, today=today)


def extend_limit(store: Store, actor: Actor, case_id: int, expected_version: int, *, kind: str, new_due_on: date,
                 reason: str, parties_consented: bool = False) -> ExtensionInfo:
    """Extend the mediation limit (needs both parties' consent) or the feedback limit, with a reason.

    ``expected_version`` is the case's version for a mediation limit, the referral's for feedback.
    """
    if kind not in EXTENSION_KINDS:
        raise ValueError(kind)
    problems = []
    if not clean(reason):
        problems.append(problem("reason", "deadline.reason"))
    if kind == "mediation" and not parties_consented:
        problems.append(problem("parties_consented", "deadline.consent"))
    if problems:
        raise ValidationError(problems)
    with store.write(actor) as uow:
        s = uow.session
        case = get_case(s, actor, case_id)
        row: Case | Referral
        if kind == "mediation":
            row = case
            check_version(case, expected_version, "案件", case.case_number)
            old = case.due_on
        else:
            ref = s.scalars(select(Referral).where(Referral.case_id == case_id)).first()
            if ref is None:
                raise UserError("referral.none", case=case.case_number)
            row = ref
            check_version(ref, expected_version, "移送记录", case.case_number)
            old = ref.feedback_due_on
        if old is None:
            raise UserError("deadline.no_limit", case=case.case_number, what=EXTENSION_KINDS[kind])
        if new_due_on <= old:
            raise ValidationError([problem("new_due_on", "deadline.not_later", new=new_due_on.isoformat(),
                                           old=old.isoformat())])
        if isinstance(row, Case):
            row.due_on = new_due_on
        else:
            row.feedback_due_on = new_due_on
        ext = DeadlineExtension(case_id=case_id, kind=kind, old_due_on=old, new_due_on=new_due_on,
                                reason=clean(reason), parties_consented=parties_consented, created_by=actor.user_id)
        s.add(ext)
        s.flush()
        cal = calendar_admin.load_calendar(s)
        warnings = tuple(w.message() for w in cal.warnings(old, new_due_on))
        uow.audit("extend_" + kind, "case", case_id, case_id=case_id, before={"due_on": old.isoformat()},
                  after={"due_on": new_due_on.isoformat(), "reason": ext.reason, "consented": parties_consented})
        return ExtensionInfo(ext.id, case_id, kind, old, new_due_on, ext.reason, parties_consented, warnings)


def extensions(store: Store, actor: Actor, case_id: int) -> list[ExtensionInfo]:
    with store.read() as s:
        get_case(s, actor, case_id)
        rows = s.scalars(select(DeadlineExtension).where(DeadlineExtension.case_id == case_id)
                         .order_by(DeadlineExtension.id))
        return [ExtensionInfo(e.id, e.case_id, e.kind, e.old_due_on, e.new_due_on, e.reason, e.parties_consented, ())
                for e in rows]


def set_agency_limits(store: Store, actor: Actor, agency_id: int, expected_version: int, *,
                      mediation_days: int | None, feedback_days: int | None,
                      feedback_in_workdays: bool = False) -> int:
    """An agency's own limits (None = the committee's); applies to referrals received from now on."""
    problems = [problem(f, "agency.bad_days", label=label) for f, label, v in (
        ("mediation_days", "调解期限", mediation_days), ("feedback_days", "反馈期限", feedback_days))
        if v is not None and not 1 <= v <= 365]
    if problems:
        raise ValidationError(problems)
    with store.write(actor) as uow:
        agency = uow.session.get(Agency, agency_id)
        if agency is None or agency.committee_id != actor.committee_id:
            raise NotFoundError(what="对接单位", key=str(agency_id))
        check_version(agency, expected_version, "对接单位", agency.name)
        before = {"mediation_days": agency.mediation_days, "feedback_days": agency.feedback_days,
                  "feedback_in_workdays": agency.feedback_in_workdays}
        agency.mediation_days, agency.feedback_days = mediation_days, feedback_days
        agency.feedback_in_workdays = feedback_in_workdays
        uow.session.flush()
        uow.audit("limits", "agency", agency.id, before=before,
                  after={"mediation_days": mediation_days, "feedback_days": feedback_days,
                         "feedback_in_workdays": feedback_in_workdays})
        return agency.version


def feedback_letter_data(store: Store, actor: Actor, case_id: int) -> FeedbackLetterData:
    with store.read() as s:
        case = get_case(s, actor, case_id)
        ref = s.scalars(select(Referral).where(Referral.case_id == case_id)).first()
        if ref is None:
            raise UserError("referral.none", case=case.case_number)
        committee = s.get(Committee, case.committee_id)
        assert committee is not None
        agency = s.get(Agency, ref.agency_id)
        assert agency is not None
        parties = [(role, name) for role, name in s.execute(
            select(CaseParty.role, Party.name).join(Party, Party.id == CaseParty.party_id)
            .where(CaseParty.case_id == case_id).order_by(CaseParty.position))]
        mediator = s.get(Mediator, case.mediator_id) if case.mediator_id else None
        label = OUTCOME_LABELS[case.outcome].zh if case.outcome in OUTCOME_LABELS else "调解中"
        return FeedbackLetterData(
            committee.name, committee.address, committee.phone, agency.name, agency.kind,
            REFERENCE_LABELS.get(agency.kind, "编号"), ref.reference, ref.received_on, ref.request, case.case_number,
            parties, case.summary, case.status, case.outcome, label, case.outcome_note, case.closed_on,
            mediator.name if mediator else "", ref.feedback_sent_on, ref.feedback_text)
