"""反馈: telling the referring agency (police, court, petition office …) how its case ended.

:func:`draft_feedback_text` proposes the letter's text from the case; :func:`record_feedback` stores
what was sent and when. A liaison may record it too (the police officer posted to the room often
takes the result back himself).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_desk import messages
from mediation_desk.db.models import Agency, Agreement, Case, CaseParty, Party, Referral
from mediation_desk.domain.clause_templates import format_due
from mediation_desk.domain.money import format_amount
from mediation_desk.domain.vocab import OUTCOME_LABELS, REFERENCE_LABELS, Outcome
from mediation_desk.errors import UserError, ValidationError, problem
from mediation_desk.services.agreements import AgreementStatus
from mediation_desk.services.common import check_version, get_case
from mediation_desk.services.users import Action, require
from mediation_desk.store import Actor, Store

messages.register("feedback.no_referral", "本案不是对接单位移送的案件，无需反馈。",
                  "This case was not referred by an agency; no feedback is owed.")
messages.register("feedback.before_received", "反馈日期不能早于移送日期（{received_on}）。",
                  "Feedback cannot predate the referral ({received_on}).")


@dataclass(frozen=True)
class FeedbackView:
    referral_id: int
    case_id: int
    agency: str
    reference: str
    feedback_due_on: date | None
    feedback_sent_on: date | None
    feedback_text: str
    version: int


def _referral(s: Session, case: Case) -> Referral:
    r = s.scalars(select(Referral).where(Referral.case_id == case.id)).first()
    if r is None:
        raise UserError("feedback.no_referral")
    return r


def _view(s: Session, r: Referral) -> FeedbackView:
    agency = s.get(Agency, r.agency_id)
    return FeedbackView(r.id, r.case_id, agency.name if agency else "", r.reference, r.feedback_due_on,
                        r.feedback_sent_on, r.feedback_text, r.version)


def get_feedback(store: Store, actor: Actor, case_id: int) -> FeedbackView:
    require(actor, Action.VIEW_CASE)
    with store.read() as s:
        return _view(s, _referral(s, get_case(s, actor, case_id)))


def draft_feedback_text(store: Store, actor: Actor, case_id: int) -> str:
    """A proposed feedback text: the referral, the parties, and how the mediation ended."""
    require(actor, Action.VIEW_CASE)
    with store.read() as s:
        case = get_case(s, actor, case_id)
        r = _referral(s, case)
        agency = s.get(Agency, r.agency_id)
        names = "与".join(s.scalars(select(Party.name).join(CaseParty, CaseParty.party_id == Party.id)
                                   .where(CaseParty.case_id == case.id).order_by(CaseParty.position)))
        ref_label = REFERENCE_LABELS.get(agency.kind if agency else "", "编号")
        ref = f"（{ref_label}：{r.reference}）" if r.reference else ""
        head = (f"贵单位于{format_due(r.received_on)}移送的{names}纠纷{ref}，"
                f"本委员会已于{format_due(case.received_on)}受理。")
        if case.outcome in (Outcome.WRITTEN_AGREEMENT, Outcome.ORAL_AGREEMENT):
            a = s.scalars(select(Agreement).where(Agreement.case_id == case.id,
                                                  Agreement.status == AgreementStatus.SIGNED)
                          .order_by(Agreement.id.desc())).first()
            body = "经调解，双方自愿达成协议"
            if a is not None and a.signed_on is not None:
                body += f"（{a.number}，{format_due(a.signed_on)}签订"
                if a.total_amount:
                    body += f"，涉及金额{format_amount(a.total_amount)}元"
                body += "）"
            body += "，纠纷已化解。"
        elif case.outcome is not None:
            body = f"调解结果：{OUTCOME_LABELS[case.outcome].zh}。{case.outcome_note}"
        else:
            body = "目前调解正在进行中。"
        return head + body + "特此反馈。"


def record_feedback(store: Store, actor: Actor, case_id: int, expected_version: int, *, sent_on: date,
                    text: str, today: date | None = None) -> FeedbackView:
    """Record the feedback sent to the referring agency; ``expected_version`` is the referral's."""
    require(actor, Action.RECORD_FEEDBACK)
    today = today or date.today()
    if not text.strip():
        raise ValidationError([problem("text", "field.required", label="反馈内容")])
    if sent_on > today:
        raise ValidationError([problem("sent_on", "field.future_date", label="反馈日期")])
    with store.write(actor) as uow:
        s = uow.session
        case = get_case(s, actor, case_id)
        r = _referral(s, case)
        check_version(r, expected_version, "反馈", case.case_number)
        if sent_on < r.received_on:
            raise ValidationError([problem("sent_on", "feedback.before_received",
                                           received_on=r.received_on.isoformat())])
        before = {"feedback_sent_on": r.feedback_sent_on.isoformat() if r.feedback_sent_on else None,
                  "feedback_text": r.feedback_text}
        r.feedback_sent_on, r.feedback_text = sent_on, text.strip()
        s.flush()
        uow.audit("feedback", "referral", r.id, case_id=case.id, before=before,
                  after={"feedback_sent_on": sent_on.isoformat(), "feedback_text": r.feedback_text})
        return _view(s, r)
