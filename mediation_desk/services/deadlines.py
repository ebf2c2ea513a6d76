"""待办提醒: one query for everything overdue or falling due soon, for a mediator or the committee.

Items come from the case's own dates: the mediation time limit, feedback owed to a referring
agency, performance dates of signed agreements (and of their clauses), planned follow-up visits,
a planned judicial-confirmation application (30 days from the agreement taking effect) and open
transfers to other departments. Each source is one indexed query whose leading index columns
select only *open* items (see migration 0002), so the list stays fast over hundreds of thousands
of cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from mediation_desk.db.models import (
    Agency,
    Agreement,
    AgreementClause,
    Case,
    Committee,
    FollowUp,
    JudicialConfirmation,
    Mediator,
    Referral,
    Transfer,
)
from mediation_desk.domain import limits
from mediation_desk.domain.vocab import CaseStatus
from mediation_desk.domain.workdays import Calendar
from mediation_desk.services import calendar_admin
from mediation_desk.services import settings as settings_mod
from mediation_desk.store import Store

KIND_LABELS = {
    "mediation": "调解期限",
    "feedback": "反馈期限",
    "performance": "协议履行",
    "follow_up": "回访",
    "judicial_confirmation": "司法确认申请",
    "transfer": "转办督办",
}
PENDING_PERFORMANCE = ("pending", "partial")

# (kind, case id, case number, due date, mediator id, ref id, detail). The due date is typed Any
# because the columns are nullable, but every query's "due <= horizon" excludes NULL.
_Raw = tuple[str, int, str, Any, int | None, int, str]


@dataclass(frozen=True)
class AttentionItem:
    kind: str
    case_id: int
    case_number: str
    due_on: date
    days_left: int  # negative when overdue
    mediator_id: int | None
    mediator: str
    ref_id: int  # the referral / agreement / clause / follow-up / confirmation / transfer id
    detail: str

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True)
class Attention:
    today: date
    within_days: int
    items: list[AttentionItem]
    warnings: tuple[str, ...]  # the holiday calendar is not known for a year in the range

    @property
    def overdue(self) -> list[AttentionItem]:
        return [i for i in self.items if i.overdue]

    @property
    def due_soon(self) -> list[AttentionItem]:
        return [i for i in self.items if not i.overdue]


def _case_filter(committee_id: int, mediator_id: int | None) -> list[Any]:
    conds = [Case.committee_id == committee_id]
    if mediator_id is not None:
        conds.append(Case.mediator_id == mediator_id)
    return conds


def attention(store: Store, committee_id: int, *, within_days: int = 7, mediator_id: int | None = None,
              today: date | None = None, kinds: set[str] | None = None) -> Attention:
    """What is overdue and what falls due within ``within_days`` (calendar days), soonest first."""
    today = today or date.today()
    horizon = today + timedelta(days=within_days)
    kinds = kinds or set(KIND_LABELS)
    items: list[_Raw] = []
    with store.read() as s:
        committee = s.get(Committee, committee_id)
        settings = settings_mod.merged(committee.settings if committee else {})
        cf = _case_filter(committee_id, mediator_id)
        if "mediation" in kinds:
            items += [("mediation", cid, num, due, mid, cid, "")
                      for cid, num, due, mid in s.execute(
                          select(Case.id, Case.case_number, Case.due_on, Case.mediator_id)
                          .where(*cf, Case.status == CaseStatus.ACCEPTED, Case.due_on <= horizon))]
        if "feedback" in kinds:
            items += [("feedback", cid, num, due, mid, rid, f"{agency} {ref}".strip())
                      for rid, due, ref, agency, cid, num, mid in s.execute(
                          select(Referral.id, Referral.feedback_due_on, Referral.reference, Agency.name, Case.id,
                                 Case.case_number, Case.mediator_id)
                          .join(Case, Case.id == Referral.case_id).join(Agency, Agency.id == Referral.agency_id)
                          .where(Referral.feedback_sent_on.is_(None), Referral.feedback_due_on <= horizon, *cf))]
        if "performance" in kinds:
            items += _performance(s, cf, horizon)
        if "follow_up" in kinds:
            items += [("follow_up", cid, num, due, mid, fid, reason)
                      for fid, due, reason, cid, num, mid in s.execute(
                          select(FollowUp.id, FollowUp.due_on, FollowUp.reason, Case.id, Case.case_number,
                                 Case.mediator_id)
                          .join(Case, Case.id == FollowUp.case_id)
                          .where(FollowUp.visited_on.is_(None), FollowUp.due_on <= horizon, *cf))]
        calendar = calendar_admin.load_calendar(s)
        if "judicial_confirmation" in kinds:
            items += _confirmations(s, cf, horizon, settings, calendar)
        if "transfer" in kinds:
            items += [("transfer", cid, num, due, mid, tid, dept)
                      for tid, due, dept, cid, num, mid in s.execute(
                          select(Transfer.id, Transfer.due_on, Transfer.department, Case.id, Case.case_number,
                                 Case.mediator_id)
                          .join(Case, Case.id == Transfer.case_id)
                          .where(Transfer.closed_on.is_(None), Transfer.due_on <= horizon, *cf))]
        # (Result objects have .keys(), so dict(result) would treat them as a mapping.)
        names = {i: n for i, n in s.execute(select(Mediator.id, Mediator.name)
                                            .where(Mediator.committee_id == committee_id))}
    out = [AttentionItem(kind, cid, num, due, (due - today).days, mid, names.get(mid, "") if mid else "", ref, detail)
           for kind, cid, num, due, mid, ref, detail in items]
    out.sort(key=lambda i: (i.due_on, i.case_number, i.kind))
    warnings = tuple(w.message() for w in calendar.warnings(today, horizon))
    return Attention(today, within_days, out, warnings)


def _performance(s: Session, cf: list[Any], horizon: date) -> list[_Raw]:
    out: list[_Raw] = []
    open_agreement = and_(Agreement.status == "signed", Agreement.performance_status.in_(PENDING_PERFORMANCE))
    agreement_due: dict[int, date | None] = {}
    for aid, due, number, cid, num, mid in s.execute(
            select(Agreement.id, Agreement.performance_due, Agreement.number, Case.id, Case.case_number,
                   Case.mediator_id)
            .join(Case, Case.id == Agreement.case_id)
            .where(open_agreement, Agreement.performance_due <= horizon, *cf)):
        agreement_due[aid] = due
        out.append(("performance", cid, num, due, mid, aid, f"协议 {number}"))
    # Clauses with their own date (instalments) are listed when the date differs from the agreement's.
    for clause_id, due, position, aid, cid, num, mid in s.execute(
            select(AgreementClause.id, AgreementClause.due_on, AgreementClause.position, Agreement.id, Case.id,
                   Case.case_number, Case.mediator_id)
            .join(Agreement, Agreement.id == AgreementClause.agreement_id)
            .join(Case, Case.id == Agreement.case_id)
            .where(open_agreement, AgreementClause.performed_on.is_(None), AgreementClause.due_on <= horizon, *cf)):
        if agreement_due.get(aid) != due:
            out.append(("performance", cid, num, due, mid, clause_id, f"协议第 {position} 条"))
    return out


def _confirmations(s: Session, cf: list[Any], horizon: date, settings: dict[str, Any],
                   calendar: Calendar) -> list[_Raw]:
    """Planned applications (a confirmation row not yet applied) must be filed within the window.

    Few agreements go to court, so the window's end is computed here rather than stored."""
    days = int(settings["judicial_confirmation_days"])
    out = []
    for jid, signed_on, court, cid, num, mid in s.execute(
            select(JudicialConfirmation.id, Agreement.signed_on, JudicialConfirmation.court, Case.id,
                   Case.case_number, Case.mediator_id)
            .join(Agreement, Agreement.id == JudicialConfirmation.agreement_id)
            .join(Case, Case.id == JudicialConfirmation.case_id)
            .where(JudicialConfirmation.applied_on.is_(None), Agreement.signed_on.is_not(None), *cf)):
        due = limits.window_due(signed_on, days, settings, calendar).due_on if signed_on else None
        if due is not None and due <= horizon:
            out.append(("judicial_confirmation", cid, num, due, mid, jid, court))
    return out
