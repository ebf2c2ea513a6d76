"""回访: planning a check on an agreement's performance and recording what the visit found.

A follow-up is planned for ``signed_on + follow_up_days`` (the committee's setting) unless a date is
given. Recording the visit stores the 回访记录's content; what it found about performance (done,
partly done, not done) updates the agreement's performance status in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_desk import messages
from mediation_desk.db.models import Agreement, Case, CaseParty, Committee, FollowUp, Party
from mediation_desk.domain.text import clean
from mediation_desk.errors import FieldProblem, NotFoundError, UserError, ValidationError, problem
from mediation_desk.services import settings as settings_mod
from mediation_desk.services.agreements import AgreementStatus, PerformanceStatus, apply_finding
from mediation_desk.services.common import check_version, get_case
from mediation_desk.services.users import Action, require
from mediation_desk.store import Actor, Store

messages.register("follow_up.no_due", "本案还没有已签字的协议，请填写回访日期。",
                  "The case has no signed agreement yet; give the follow-up date.")
messages.register("follow_up.agreement_other_case", "所选协议不属于本案件。",
                  "The chosen agreement belongs to another case.")
messages.register("follow_up.before_signing", "回访日期不能早于协议签字日期（{signed_on}）。",
                  "The visit cannot be before the agreement was signed ({signed_on}).")


class VisitPerformance(StrEnum):
    PERFORMED = "performed"  # 已履行
    PARTIAL = "partial"  # 部分履行
    NOT = "not"  # 未履行
    NOT_DUE = "not_due"  # 尚未到履行期限


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"
    BASICALLY = "basically"
    DISSATISFIED = "dissatisfied"


class FollowUpMethod(StrEnum):
    PHONE = "phone"
    VISIT = "visit"
    OTHER = "other"


VISIT_PERFORMANCE_LABELS = {"performed": "已履行", "partial": "部分履行", "not": "未履行",
                            "not_due": "尚未到期"}
SATISFACTION_LABELS = {"satisfied": "满意", "basically": "基本满意", "dissatisfied": "不满意"}
METHOD_LABELS = {"phone": "电话回访", "visit": "上门回访", "other": "其他"}

# What a visit's finding means for the agreement (not_due leaves it as it is).
_FINDING = {VisitPerformance.PERFORMED: PerformanceStatus.PERFORMED,
            VisitPerformance.PARTIAL: PerformanceStatus.PARTIAL,
            VisitPerformance.NOT: PerformanceStatus.NOT_PERFORMED}


@dataclass(frozen=True)
class VisitInput:
    """The 回访记录 as the mediator fills it in."""

    visited_on: date
    performance: str  # VisitPerformance
    visitor: str
    method: str = FollowUpMethod.PHONE
    satisfaction: str = ""
    lawsuit: bool = False  # a party has since sued
    new_risk: str = ""  # 新的风险隐患
    note: str = ""  # 回访情况
    reason: str = ""  # 回访事由; the plan's is kept when empty


@dataclass(frozen=True)
class FollowUpView:
    id: int
    case_id: int
    agreement_id: int | None
    agreement_number: str
    due_on: date | None
    visited_on: date | None
    method: str
    party_names: str
    reason: str
    performance: str
    satisfaction: str
    lawsuit: bool
    new_risk: str
    note: str
    visitor: str
    version: int

    @property
    def done(self) -> bool:
        return self.visited_on is not None


def _view(s: Session, f: FollowUp) -> FollowUpView:
    number = ""
    if f.agreement_id is not None:
        a = s.get(Agreement, f.agreement_id)
        number = a.number if a else ""
    return FollowUpView(f.id, f.case_id, f.agreement_id, number, f.due_on, f.visited_on, f.method, f.party_names,
                        f.reason, f.performance, f.satisfaction, f.lawsuit, f.new_risk, f.note, f.visitor, f.version)


def _snapshot(f: FollowUp) -> dict[str, Any]:
    return {"due_on": f.due_on.isoformat() if f.due_on else None,
            "visited_on": f.visited_on.isoformat() if f.visited_on else None, "method": f.method,
            "reason": f.reason, "performance": f.performance, "satisfaction": f.satisfaction,
            "lawsuit": f.lawsuit, "new_risk": f.new_risk, "note": f.note, "visitor": f.visitor}


def _signed_agreement(s: Session, case_id: int) -> Agreement | None:
    return s.scalars(select(Agreement).where(Agreement.case_id == case_id,
                                             Agreement.status == AgreementStatus.SIGNED)
                     .order_by(Agreement.id.desc())).first()


def _party_names(s: Session, case_id: int) -> str:
    return "、".join(s.scalars(select(Party.name).join(CaseParty, CaseParty.party_id == Party.id)
                              .where(CaseParty.case_id == case_id).order_by(CaseParty.position)))


def plan_follow_up(store: Store, actor: Actor, case_id: int, *, agreement_id: int | None = None,
                   due_on: date | None = None, method: str = FollowUpMethod.PHONE,
                   reason: str = "") -> FollowUpView:
    """Plan a follow-up; the agreement defaults to the case's signed one, the date to signed_on + follow_up_days."""
    require(actor, Action.RECORD_FOLLOW_UP)
    _check_choice("method", "回访方式", method, FollowUpMethod)
    with store.write(actor) as uow:
        s = uow.session
        case = get_case(s, actor, case_id)
        agreement = _agreement_for(s, case, agreement_id)
        if due_on is None:
            if agreement is None or agreement.signed_on is None:
                raise ValidationError([problem("due_on", "follow_up.no_due")])
            committee = s.get(Committee, case.committee_id)
            days = int(settings_mod.merged(committee.settings if committee else {})["follow_up_days"])
            due_on = agreement.signed_on + timedelta(days=days)
        f = FollowUp(case_id=case_id, agreement_id=agreement.id if agreement else None, due_on=due_on, method=method,
                     party_names=_party_names(s, case_id),
                     reason=clean(reason) or ("了解调解协议履行情况" if agreement else "了解纠纷化解情况"))
        s.add(f)
        s.flush()
        uow.audit("plan", "follow_up", f.id, case_id=case_id, after=_snapshot(f))
        return _view(s, f)


def _agreement_for(s: Session, case: Case, agreement_id: int | None) -> Agreement | None:
    if agreement_id is None:
        return _signed_agreement(s, case.id)
    a = s.get(Agreement, agreement_id)
    if a is None or a.case_id != case.id:
        raise UserError("follow_up.agreement_other_case")
    return a


def _check_choice(field: str, label: str, value: str, enum: type[StrEnum]) -> None:
    choices = {e.value for e in enum}
    if value not in choices:
        raise ValidationError([problem(field, "field.unknown_choice", label=label, value=value,
                                       choices="、".join(sorted(choices)))])


def _visit_problems(v: VisitInput, today: date, agreement: Agreement | None) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if v.performance not in {e.value for e in VisitPerformance}:
        problems.append(problem("performance", "field.unknown_choice", label="履行情况", value=v.performance,
                                choices="、".join(VISIT_PERFORMANCE_LABELS.values())))
    if v.satisfaction and v.satisfaction not in {e.value for e in Satisfaction}:
        problems.append(problem("satisfaction", "field.unknown_choice", label="满意度", value=v.satisfaction,
                                choices="、".join(SATISFACTION_LABELS.values())))
    if v.method not in {e.value for e in FollowUpMethod}:
        problems.append(problem("method", "field.unknown_choice", label="回访方式", value=v.method,
                                choices="、".join(METHOD_LABELS.values())))
    if not clean(v.visitor):
        problems.append(problem("visitor", "field.required", label="回访人"))
    if v.visited_on > today:
        problems.append(problem("visited_on", "field.future_date", label="回访日期"))
    elif agreement is not None and agreement.signed_on and v.visited_on < agreement.signed_on:
        problems.append(problem("visited_on", "follow_up.before_signing",
                                signed_on=agreement.signed_on.isoformat()))
    return problems


def record_visit(store: Store, actor: Actor, follow_up_id: int, expected_version: int, visit: VisitInput, *,
                 today: date | None = None) -> FollowUpView:
    """Record what the visit found; a finding about performance updates the agreement's status."""
    require(actor, Action.RECORD_FOLLOW_UP)
    today = today or date.today()
    with store.write(actor) as uow:
        s = uow.session
        f = s.get(FollowUp, follow_up_id)
        if f is None:
            raise NotFoundError(what="回访", key=str(follow_up_id))
        case = get_case(s, actor, f.case_id)
        check_version(f, expected_version, "回访记录", case.case_number)
        agreement = s.get(Agreement, f.agreement_id) if f.agreement_id is not None else None
        problems = _visit_problems(visit, today, agreement)
        if problems:
            raise ValidationError(problems)
        before = _snapshot(f)
        f.visited_on, f.method, f.performance = visit.visited_on, visit.method, visit.performance
        f.satisfaction, f.lawsuit, f.new_risk = visit.satisfaction, visit.lawsuit, visit.new_risk.strip()
        f.note, f.visitor = visit.note.strip(), clean(visit.visitor)
        if clean(visit.reason):
            f.reason = clean(visit.reason)
        finding = _FINDING.get(VisitPerformance(visit.performance))
        if agreement is not None and agreement.status == AgreementStatus.SIGNED and finding is not None:
            a_before = {"performance_status": agreement.performance_status}
            apply_finding(agreement, finding, visit.visited_on)
            s.flush()
            if agreement.performance_status != a_before["performance_status"]:
                uow.audit("performance", "agreement", agreement.id, case_id=case.id, before=a_before,
                          after={"performance_status": agreement.performance_status, "follow_up_id": f.id})
        s.flush()
        uow.audit("visit", "follow_up", f.id, case_id=case.id, before=before, after=_snapshot(f))
        return _view(s, f)


def list_follow_ups(store: Store, actor: Actor, case_id: int) -> list[FollowUpView]:
    require(actor, Action.VIEW_CASE)
    with store.read() as s:
        get_case(s, actor, case_id)
        return [_view(s, f) for f in s.scalars(select(FollowUp).where(FollowUp.case_id == case_id)
                                               .order_by(FollowUp.due_on, FollowUp.id))]


def get_follow_up(store: Store, actor: Actor, follow_up_id: int) -> FollowUpView:
    require(actor, Action.VIEW_CASE)
    with store.read() as s:
        f = s.get(FollowUp, follow_up_id)
        if f is None:
            raise NotFoundError(what="回访", key=str(follow_up_id))
        get_case(s, actor, f.case_id)
        return _view(s, f)


def due_follow_ups(store: Store, actor: Actor, on: date) -> list[FollowUpView]:
    """Planned follow-ups not yet done whose date is on or before ``on`` (for the reminders list)."""
    require(actor, Action.VIEW_CASE)
    with store.read() as s:
        q = (select(FollowUp).join(Case, Case.id == FollowUp.case_id)
             .where(Case.committee_id == actor.committee_id, FollowUp.visited_on.is_(None), FollowUp.due_on <= on)
             .order_by(FollowUp.due_on, FollowUp.id))
        return [_view(s, f) for f in s.scalars(q)]
