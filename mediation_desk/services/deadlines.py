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

from sqlalchemy import case, func, or_, select
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
from mediation_desk.services.common import get_case
from mediation_desk.store import Actor, Store

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
class KindCount:
    overdue: int
    due_soon: int


@dataclass(frozen=True)
class Attention:
    today: date
    within_days: int
    items: list[AttentionItem]  # the first ``limit`` items by due date (all when no limit)
    counts: dict[str, KindCount]  # every matching item per kind, whatever the limit
    warnings: tuple[str, ...]  # the holiday calendar is not known for a year in the range

    @property
    def overdue(self) -> list[AttentionItem]:
        return [i for i in self.items if i.overdue]

    @property
    def due_soon(self) -> list[AttentionItem]:
        return [i for i in self.items if not i.overdue]

    @property
    def total(self) -> int:
        return sum(c.overdue + c.due_soon for c in self.counts.values())

    @property
    def total_overdue(self) -> int:
        return sum(c.overdue for c in self.counts.values())

    @property
    def truncated(self) -> bool:
        return len(self.items) < self.total


@dataclass(frozen=True)
class _Source:
    """One kind of deadline as a query: its columns, the due-date column and the open-item filter."""

    kind: str
    columns: tuple[Any, ...]  # ref id, due, detail parts ..., then Case.id, Case.case_number, Case.mediator_id
    due: Any
    joins: tuple[tuple[Any, Any], ...]
    where: tuple[Any, ...]
    detail: Any  # callable(row) -> str


def _sources(horizon: date) -> list[_Source]:
    case_cols = (Case.id, Case.case_number, Case.mediator_id)
    open_agreement = (Agreement.status == "signed", Agreement.performance_status.in_(PENDING_PERFORMANCE))
    return [
        _Source("mediation", (Case.id, Case.due_on) + case_cols, Case.due_on, (),
                (Case.status == CaseStatus.ACCEPTED, Case.due_on <= horizon), lambda r: ""),
        _Source("feedback", (Referral.id, Referral.feedback_due_on, Agency.name, Referral.reference) + case_cols,
                Referral.feedback_due_on,
                ((Case, Case.id == Referral.case_id), (Agency, Agency.id == Referral.agency_id)),
                (Referral.feedback_sent_on.is_(None), Referral.feedback_due_on <= horizon),
                lambda r: f"{r[2]} {r[3]}".strip()),
        # One source per open status: an equality on the index's first column lets "ORDER BY due LIMIT n"
        # read the index in order and stop, where an IN over both would sort every pending agreement.
        *(_Source("performance", (Agreement.id, Agreement.performance_due, Agreement.number) + case_cols,
                  Agreement.performance_due, ((Case, Case.id == Agreement.case_id),),
                  (Agreement.performance_status == status, Agreement.status == "signed",
                   Agreement.performance_due <= horizon), lambda r: f"协议 {r[2]}")
          for status in PENDING_PERFORMANCE),
        # An instalment is listed on its own only when the agreement's final date is beyond the window
        # (or unset); otherwise the agreement's own item already calls for attention. This keeps the
        # query on the few agreements not yet due instead of every pending one.
        _Source("performance", (AgreementClause.id, AgreementClause.due_on, AgreementClause.position) + case_cols,
                AgreementClause.due_on,
                ((Agreement, Agreement.id == AgreementClause.agreement_id), (Case, Case.id == Agreement.case_id)),
                (*open_agreement, or_(Agreement.performance_due > horizon, Agreement.performance_due.is_(None)),
                 AgreementClause.performed_on.is_(None), AgreementClause.due_on <= horizon),
                lambda r: f"协议第 {r[2]} 条"),
        _Source("follow_up", (FollowUp.id, FollowUp.due_on, FollowUp.reason) + case_cols, FollowUp.due_on,
                ((Case, Case.id == FollowUp.case_id),), (FollowUp.visited_on.is_(None), FollowUp.due_on <= horizon),
                lambda r: r[2]),
        _Source("transfer", (Transfer.id, Transfer.due_on, Transfer.department) + case_cols, Transfer.due_on,
                ((Case, Case.id == Transfer.case_id),), (Transfer.closed_on.is_(None), Transfer.due_on <= horizon),
                lambda r: r[2]),
    ]


def _case_filter(committee_id: int, mediator_id: int | None) -> list[Any]:
    conds = [Case.committee_id == committee_id]
    if mediator_id is not None:
        conds.append(Case.mediator_id == mediator_id)
    return conds


def _from(stmt: Any, src: _Source, cf: list[Any], *, counting: bool = False) -> Any:
    """The source's joins and filters; a count needs only the joins its filters use (never the agency)."""
    for target, on in src.joins:
        if counting and target is Agency:
            continue
        if counting and target is Case and not cf:
            continue  # no committee or mediator filter: the item's own index answers the count
        stmt = stmt.join(target, on)
    return stmt.where(*src.where, *cf)


def attention(store: Store, committee_id: int, *, within_days: int = 7, mediator_id: int | None = None,
              today: date | None = None, kinds: set[str] | None = None, limit: int | None = None) -> Attention:
    """What is overdue and what falls due within ``within_days`` (calendar days), soonest first.

    With ``limit`` only the first items by due date are loaded (a page for the GUI), while
    ``counts`` still says how many there are of each kind.
    """
    today = today or date.today()
    horizon = today + timedelta(days=within_days)
    kinds = kinds or set(KIND_LABELS)
    raw: list[_Raw] = []
    counts: dict[str, list[int]] = {k: [0, 0] for k in KIND_LABELS if k in kinds}
    with store.read() as s:
        stored = s.scalar(select(Committee.settings).where(Committee.id == committee_id)) or {}
        cf = _case_filter(committee_id, mediator_id)
        # In a database holding one committee (one room = one file) the committee filter is implied,
        # so counts can skip the per-item visit to the case row.
        single = mediator_id is None and s.scalar(select(func.count(Committee.id))) == 1
        count_filter = [] if single else cf
        for src in _sources(horizon):
            if src.kind not in kinds:
                continue
            stmt = _from(select(*src.columns), src, cf).order_by(src.due, src.columns[0])
            if limit is not None:
                stmt = stmt.limit(limit)
            rows = s.execute(stmt).all()
            raw += [(src.kind, r[-3], r[-2], r[1], r[-1], r[0], src.detail(r)) for r in rows]
            if limit is None or len(rows) < limit:
                overdue = sum(1 for r in rows if r[1] < today)
                counted = (overdue, len(rows) - overdue)
            else:
                overdue_n, total_n = s.execute(_from(
                    select(func.count(case((src.due < today, 1))), func.count()), src, count_filter,
                    counting=True)).one()
                counted = (int(overdue_n), int(total_n) - int(overdue_n))
            counts[src.kind][0] += counted[0]
            counts[src.kind][1] += counted[1]
        calendar = calendar_admin.load_calendar(s)
        if "judicial_confirmation" in kinds:
            settings = settings_mod.merged(stored)
            confirmations = _confirmations(s, committee_id, mediator_id, horizon, settings, calendar)
            raw += confirmations
            overdue = sum(1 for r in confirmations if r[3] < today)
            counts["judicial_confirmation"] = [overdue, len(confirmations) - overdue]
        # (Result objects have .keys(), so dict(result) would treat them as a mapping.)
        names = {i: n for i, n in s.execute(select(Mediator.id, Mediator.name)
                                            .where(Mediator.committee_id == committee_id))}
    raw.sort(key=lambda r: (r[3], r[2], r[0]))
    if limit is not None:
        raw = raw[:limit]
    out = [AttentionItem(kind, cid, num, due, (due - today).days, mid, names.get(mid, "") if mid else "", ref, detail)
           for kind, cid, num, due, mid, ref, detail in raw]
    warnings = tuple(w.message() for w in calendar.warnings(today, horizon))
    return Attention(today, within_days, out, {k: KindCount(*v) for k, v in counts.items()}, warnings)


def _confirmations(s: Session, committee_id: int, mediator_id: int | None, horizon: date, settings: dict[str, Any],
                   calendar: Calendar) -> list[_Raw]:
    """Planned applications (a confirmation row not yet applied) must be filed within the window.

    Few agreements go to court, so the query starts from the pending confirmations and the window's
    end is computed here rather than stored."""
    days = int(settings["judicial_confirmation_days"])
    pending = s.execute(select(JudicialConfirmation.id, JudicialConfirmation.case_id, JudicialConfirmation.court,
                               Agreement.signed_on)
                        .join(Agreement, Agreement.id == JudicialConfirmation.agreement_id)
                        .where(JudicialConfirmation.applied_on.is_(None), Agreement.signed_on.is_not(None))).all()
    if not pending:
        return []
    cases = {cid: (num, mid) for cid, num, mid in s.execute(
        select(Case.id, Case.case_number, Case.mediator_id)
        .where(Case.id.in_({r[1] for r in pending}), *_case_filter(committee_id, mediator_id)))}
    out: list[_Raw] = []
    for jid, cid, court, signed_on in pending:
        if cid not in cases or signed_on is None:
            continue
        due = limits.window_due(signed_on, days, settings, calendar).due_on
        if due <= horizon:
            out.append(("judicial_confirmation", cid, cases[cid][0], due, cases[cid][1], jid, court))
    return out


@dataclass(frozen=True)
class CaseDeadline:
    """One time limit of a case, for its detail view: when it falls due and when it was met."""

    kind: str
    due_on: date
    done_on: date | None
    detail: str
    suggested: bool = False  # computed from the settings, not yet planned (e.g. a follow-up to arrange)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def case_deadlines(store: Store, actor: Actor, case_id: int) -> tuple[list[CaseDeadline], tuple[str, ...]]:
    """Every time limit of one case, met or not, in date order, with calendar-coverage warnings."""
    out: list[CaseDeadline] = []
    with store.read() as s:
        c = get_case(s, actor, case_id)
        stored = s.scalar(select(Committee.settings).where(Committee.id == c.committee_id)) or {}
        settings = settings_mod.merged(stored)
        calendar = calendar_admin.load_calendar(s)
        if c.due_on is not None:
            out.append(CaseDeadline("mediation", c.due_on, c.closed_on, ""))
        for due, sent, agency, ref in s.execute(
                select(Referral.feedback_due_on, Referral.feedback_sent_on, Agency.name, Referral.reference)
                .join(Agency, Agency.id == Referral.agency_id).where(Referral.case_id == case_id)):
            if due is not None:
                out.append(CaseDeadline("feedback", due, sent, f"{agency} {ref}".strip()))
        agreements = s.scalars(select(Agreement).where(Agreement.case_id == case_id, Agreement.status == "signed")
                               .order_by(Agreement.id)).all()
        follow_ups = s.execute(select(FollowUp.agreement_id, FollowUp.due_on, FollowUp.visited_on, FollowUp.reason)
                               .where(FollowUp.case_id == case_id)).all()
        applied = {a: d for a, d in s.execute(select(JudicialConfirmation.agreement_id, JudicialConfirmation.applied_on)
                                              .where(JudicialConfirmation.case_id == case_id))}
        for a in agreements:
            if a.performance_due is not None:
                out.append(CaseDeadline("performance", a.performance_due, a.performed_on, f"协议 {a.number}"))
            for cl in a.clauses:
                if cl.due_on is not None and cl.due_on != a.performance_due:
                    out.append(CaseDeadline("performance", cl.due_on, cl.performed_on, f"协议第 {cl.position} 条"))
            if a.signed_on is None:
                continue
            window = limits.window_due(a.signed_on, int(settings["judicial_confirmation_days"]), settings, calendar)
            out.append(CaseDeadline("judicial_confirmation", window.due_on, applied.get(a.id),
                                    "双方可在此日前共同申请司法确认", suggested=a.id not in applied))
            if not any(f[0] == a.id for f in follow_ups):
                visit = limits.window_due(a.signed_on, int(settings["follow_up_days"]), settings, calendar)
                out.append(CaseDeadline("follow_up", visit.due_on, None, "建议回访", suggested=True))
        out += [CaseDeadline("follow_up", due, visited, reason) for _, due, visited, reason in follow_ups
                if due is not None]
        out += [CaseDeadline("transfer", due, closed, dept) for due, closed, dept in s.execute(
            select(Transfer.due_on, Transfer.closed_on, Transfer.department).where(Transfer.case_id == case_id))
            if due is not None]
    out.sort(key=lambda d: (d.due_on, d.kind))
    warnings: tuple[str, ...] = ()
    if out:
        warnings = tuple(w.message() for w in calendar.warnings(min(d.due_on for d in out),
                                                                 max(d.due_on for d in out)))
    return out, warnings
