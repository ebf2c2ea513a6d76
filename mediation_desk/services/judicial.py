"""司法确认: the parties' joint application to a court, its case number (调确字) and the decision.

人民调解法 art. 33: the parties may apply jointly within 30 days of the agreement taking effect (the
committee's ``judicial_confirmation_days`` setting). A later date is refused with a clear message
unless the user forces it and says why (e.g. the court accepted a late application); the reason is
kept in the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_desk import messages
from mediation_desk.db.models import Agreement, Committee, JudicialConfirmation
from mediation_desk.domain.text import clean
from mediation_desk.errors import ConflictError, NotFoundError, UserError, ValidationError, problem
from mediation_desk.services import settings as settings_mod
from mediation_desk.services.agreements import AgreementStatus
from mediation_desk.services.common import check_version, get_case
from mediation_desk.services.users import Action, require
from mediation_desk.store import Actor, Store

messages.register(
    "judicial.too_late",
    "申请日期 {applied_on} 已超过协议生效（{signed_on}）后 {days} 日的司法确认申请期限（最迟 {deadline}）。"
    "法院通常不予受理；如确需登记，请勾选“仍然登记”并填写原因。",
    "{applied_on} is after the {days}-day window for judicial confirmation (agreement effective {signed_on}, "
    "last day {deadline}). Force it only with a reason.")
messages.register("judicial.before_effect", "申请日期不能早于协议生效日期（{signed_on}）。",
                  "The application cannot predate the agreement taking effect ({signed_on}).")
messages.register("judicial.not_signed", "协议尚未签字生效，不能申请司法确认。",
                  "The agreement has not taken effect; judicial confirmation cannot be applied for.")
messages.register("judicial.pending", "该协议已有一份司法确认申请（{court}，{applied_on}），请在原申请上登记结果。",
                  "This agreement already has an application ({court}, {applied_on}); update that one.")
messages.register("judicial.bad_number",
                  "“{value}”不像司法确认案号，应如（2026）甘0402民特123号或（2026）安调确字第5号。",
                  "“{value}” does not look like a judicial-confirmation case number.")
messages.register("judicial.decided_before_applied", "裁定日期不能早于申请日期（{applied_on}）。",
                  "The decision cannot predate the application ({applied_on}).")


class Decision(StrEnum):
    PENDING = "pending"  # 审查中
    CONFIRMED = "confirmed"  # 裁定确认有效
    REJECTED = "rejected"  # 裁定驳回申请
    WITHDRAWN = "withdrawn"  # 撤回申请


DECISION_LABELS = {"pending": "审查中", "confirmed": "确认有效", "rejected": "驳回申请", "withdrawn": "撤回申请"}


@dataclass(frozen=True)
class ConfirmationView:
    id: int
    case_id: int
    agreement_id: int
    agreement_number: str
    court: str
    applied_on: date | None
    deadline: date | None  # last day of the application window
    court_case_number: str
    decision: str
    decided_on: date | None
    version: int


def _deadline(s: Session, a: Agreement, committee_id: int) -> date | None:
    if a.signed_on is None:
        return None
    committee = s.get(Committee, committee_id)
    days = int(settings_mod.merged(committee.settings if committee else {})["judicial_confirmation_days"])
    return a.signed_on + timedelta(days=days)


def _view(s: Session, j: JudicialConfirmation, committee_id: int) -> ConfirmationView:
    a = s.get(Agreement, j.agreement_id)
    return ConfirmationView(j.id, j.case_id, j.agreement_id, a.number if a else "", j.court, j.applied_on,
                            _deadline(s, a, committee_id) if a else None, j.court_case_number, j.decision,
                            j.decided_on, j.version)


def _snapshot(j: JudicialConfirmation) -> dict[str, Any]:
    return {"court": j.court, "applied_on": j.applied_on.isoformat() if j.applied_on else None,
            "court_case_number": j.court_case_number, "decision": j.decision,
            "decided_on": j.decided_on.isoformat() if j.decided_on else None}


def application_deadline(store: Store, actor: Actor, agreement_id: int) -> date | None:
    """Last day the parties may apply (None while the agreement is unsigned)."""
    with store.read() as s:
        a = s.get(Agreement, agreement_id)
        if a is None:
            raise NotFoundError(what="调解协议", key=str(agreement_id))
        get_case(s, actor, a.case_id)
        return _deadline(s, a, actor.committee_id)


def normalise_case_number(raw: str) -> str:
    """Full-width brackets, as courts print them; refuse text that is not a confirmation case number."""
    value = clean(raw).replace("(", "（").replace(")", "）").replace(" ", "")
    if value and not ("调确" in value or "民特" in value):
        raise ValidationError([problem("court_case_number", "judicial.bad_number", value=raw)])
    return value


def apply(store: Store, actor: Actor, agreement_id: int, *, court: str, applied_on: date,
          force_reason: str = "", today: date | None = None) -> ConfirmationView:
    """Record the joint application; a date after the window is refused unless ``force_reason`` is given."""
    require(actor, Action.JUDICIAL)
    today = today or date.today()
    if not clean(court):
        raise ValidationError([problem("court", "field.required", label="受理法院")])
    if applied_on > today:
        raise ValidationError([problem("applied_on", "field.future_date", label="申请日期")])
    with store.write(actor) as uow:
        s = uow.session
        a = s.get(Agreement, agreement_id)
        if a is None:
            raise NotFoundError(what="调解协议", key=str(agreement_id))
        case = get_case(s, actor, a.case_id)
        if a.status != AgreementStatus.SIGNED or a.signed_on is None:
            raise UserError("judicial.not_signed")
        if applied_on < a.signed_on:
            raise ValidationError([problem("applied_on", "judicial.before_effect",
                                           signed_on=a.signed_on.isoformat())])
        deadline = _deadline(s, a, case.committee_id)
        late = deadline is not None and applied_on > deadline
        if late and not clean(force_reason):
            assert deadline is not None
            days = (deadline - a.signed_on).days
            raise ValidationError([problem("applied_on", "judicial.too_late", applied_on=applied_on.isoformat(),
                                           signed_on=a.signed_on.isoformat(), days=days,
                                           deadline=deadline.isoformat())])
        open_one = s.scalars(select(JudicialConfirmation).where(
            JudicialConfirmation.agreement_id == a.id,
            JudicialConfirmation.decision.in_(["", Decision.PENDING]))).first()
        if open_one is not None:
            raise ConflictError("judicial.pending", court=open_one.court,
                                applied_on=open_one.applied_on.isoformat() if open_one.applied_on else "")
        j = JudicialConfirmation(case_id=case.id, agreement_id=a.id, court=clean(court), applied_on=applied_on,
                                 decision=Decision.PENDING)
        s.add(j)
        s.flush()
        after = _snapshot(j)
        if late:
            after["forced_late"] = True
            after["force_reason"] = clean(force_reason)
        uow.audit("apply", "judicial_confirmation", j.id, case_id=case.id, after=after)
        return _view(s, j, case.committee_id)


def record_court_result(store: Store, actor: Actor, confirmation_id: int, expected_version: int, *,
                        court_case_number: str | None = None, decision: str | None = None,
                        decided_on: date | None = None, today: date | None = None) -> ConfirmationView:
    """The court's case number (调确字 / 民特) and, when known, its decision and date."""
    require(actor, Action.JUDICIAL)
    today = today or date.today()
    number = normalise_case_number(court_case_number) if court_case_number is not None else None
    if decision is not None and decision not in {d.value for d in Decision}:
        raise ValidationError([problem("decision", "field.unknown_choice", label="裁定结果", value=decision,
                                       choices="、".join(DECISION_LABELS.values()))])
    if decided_on is not None and decided_on > today:
        raise ValidationError([problem("decided_on", "field.future_date", label="裁定日期")])
    with store.write(actor) as uow:
        s = uow.session
        j = s.get(JudicialConfirmation, confirmation_id)
        if j is None:
            raise NotFoundError(what="司法确认", key=str(confirmation_id))
        case = get_case(s, actor, j.case_id)
        check_version(j, expected_version, "司法确认", case.case_number)
        if decided_on is not None and j.applied_on is not None and decided_on < j.applied_on:
            raise ValidationError([problem("decided_on", "judicial.decided_before_applied",
                                           applied_on=j.applied_on.isoformat())])
        before = _snapshot(j)
        if number is not None:
            j.court_case_number = number
        if decision is not None:
            j.decision = decision
            if decision in (Decision.CONFIRMED, Decision.REJECTED) and decided_on is None:
                decided_on = today
        if decided_on is not None:
            j.decided_on = decided_on
        s.flush()
        uow.audit("court_result", "judicial_confirmation", j.id, case_id=case.id, before=before, after=_snapshot(j))
        return _view(s, j, case.committee_id)


def list_confirmations(store: Store, actor: Actor, case_id: int) -> list[ConfirmationView]:
    require(actor, Action.VIEW_CASE)
    with store.read() as s:
        case = get_case(s, actor, case_id)
        return [_view(s, j, case.committee_id) for j in s.scalars(
            select(JudicialConfirmation).where(JudicialConfirmation.case_id == case_id)
            .order_by(JudicialConfirmation.id))]
