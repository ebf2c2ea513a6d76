"""Statistics for a month, quarter or year, in the shape the judicial bureau asks for.

The cohort is the cases *accepted* (受理) in the period: "accepted" counts them, "settled" counts
those of them that ended in a written or oral agreement, so the success rate (settled / accepted) is
never above 100 %. Every figure is a GROUP BY in SQL on either back end; amounts are sums of whole
fen (the ``Money`` column), so they are exact; labels come from the ``vocab_item`` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Integer, and_, case, func, or_, select
from sqlalchemy.orm import Session

from mediation_desk.db.models import Agency, Agreement, Case, Committee, JudicialConfirmation, Referral, VocabItem
from mediation_desk.domain.vocab import AGENCY_KIND_LABELS
from mediation_desk.errors import UserError
from mediation_desk.messages import register
from mediation_desk.store import Actor, Store

register("stats.bad_period", "统计期间“{value}”无法识别。请写成 2026-05（月）、2026-Q2（季度）或 2026（年）。",
         "Cannot read the period “{value}”; write 2026-05 (month), 2026-Q2 (quarter) or 2026 (year).")

_QUARTER_ZH = "一二三四"
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Period:
    kind: str  # month / quarter / year
    year: int
    number: int = 1  # month 1-12 or quarter 1-4

    @property
    def start(self) -> date:
        month = {"month": self.number, "quarter": 3 * self.number - 2, "year": 1}[self.kind]
        return date(self.year, month, 1)

    @property
    def end(self) -> date:
        months = {"month": 1, "quarter": 3, "year": 12}[self.kind]
        m = self.start.month - 1 + months
        return date(self.year + m // 12, m % 12 + 1, 1) - timedelta(days=1)

    @property
    def label(self) -> str:
        if self.kind == "month":
            return f"{self.year}年{self.number}月"
        if self.kind == "quarter":
            return f"{self.year}年第{_QUARTER_ZH[self.number - 1]}季度"
        return f"{self.year}年"

    @property
    def code(self) -> str:
        return {"month": f"{self.year}-{self.number:02d}", "quarter": f"{self.year}-Q{self.number}",
                "year": f"{self.year}"}[self.kind]

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026-05`` / ``2026-5``, ``2026-Q2``, ``2026``."""
        t = text.strip().upper()
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", t):
            if 1 <= int(m.group(2)) <= 12:
                return cls("month", int(m.group(1)), int(m.group(2)))
        elif m := re.fullmatch(r"(\d{4})-?Q([1-4])", t):
            return cls("quarter", int(m.group(1)), int(m.group(2)))
        elif re.fullmatch(r"\d{4}", t):
            return cls("year", int(t))
        raise UserError("stats.bad_period", value=text)


def rate(part: int, whole: int) -> Decimal | None:
    """Percentage with one decimal (87.5), or None when there is nothing to divide by."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class TypeStats:
    """One row of the bureau's table: a dispute type (or the total)."""

    code: str
    label: str
    accepted: int = 0
    settled: int = 0
    written_agreements: int = 0
    oral_agreements: int = 0
    amount: Decimal = ZERO
    performed: int = 0
    judicial_confirmations: int = 0

    @property
    def success_rate(self) -> Decimal | None:
        return rate(self.settled, self.accepted)


@dataclass(frozen=True)
class SourceStats:
    code: str
    label: str
    accepted: int
    settled: int

    @property
    def success_rate(self) -> Decimal | None:
        return rate(self.settled, self.accepted)


@dataclass(frozen=True)
class AgencyStats:
    agency_id: int
    name: str
    kind: str
    referred: int
    settled: int
    feedback_sent: int
    feedback_overdue: int


@dataclass(frozen=True)
class StatsReport:
    committee: str
    period: Period
    generated_at: datetime
    by_type: list[TypeStats]
    total: TypeStats
    by_source: list[SourceStats]
    by_agency: list[AgencyStats]
    found_by_screening: int
    prevented_criminal_cases: int
    prevented_criminal_people: int
    prevented_petition_cases: int
    prevented_petition_people: int
    closed_cases: int
    average_duration_days: Decimal | None
    longest_duration_days: int | None
    longest_case_number: str
    feedback_due: int
    feedback_overdue: int
    notes: list[str] = field(default_factory=list)


def _days_between(session: Session, later: Any, earlier: Any) -> Any:
    if session.get_bind().dialect.name == "sqlite":
        return func.cast(func.julianday(later) - func.julianday(earlier), Integer)
    return later - earlier  # PostgreSQL: date - date is a whole number of days


def _isum(expr: Any) -> Any:
    return func.coalesce(func.sum(case((expr, 1), else_=0)), 0)


def compute(store: Store, actor: Actor, period: Period, *, today: date | None = None) -> StatsReport:
    today = today or date.today()
    as_of = min(today, period.end)
    with store.read() as s:
        committee = s.scalar(select(Committee.name).where(Committee.id == actor.committee_id)) or ""
        cohort = and_(Case.committee_id == actor.committee_id, Case.accepted_on.between(period.start, period.end))
        settled = Case.outcome.in_(("written_agreement", "oral_agreement"))
        per_type: dict[str, dict[str, Any]] = {}
        for row in s.execute(
            select(Case.dispute_type, func.count(Case.id), _isum(settled),
                   _isum(Case.outcome == "written_agreement"), _isum(Case.outcome == "oral_agreement"))
            .where(cohort).group_by(Case.dispute_type)
        ):
            per_type[row[0]] = {"accepted": int(row[1]), "settled": int(row[2]), "written_agreements": int(row[3]),
                                "oral_agreements": int(row[4])}
        for dtype, amount, performed in s.execute(
            select(Case.dispute_type, func.coalesce(func.sum(Agreement.total_amount), 0),
                   _isum(Agreement.performance_status == "performed"))
            .join(Case, Case.id == Agreement.case_id).where(cohort, Agreement.status == "signed")
            .group_by(Case.dispute_type)
        ):
            d = per_type.setdefault(dtype, {})
            d["amount"] = Decimal(amount).quantize(ZERO) if amount is not None else ZERO
            d["performed"] = int(performed)
        for dtype, n in s.execute(
            select(Case.dispute_type, func.count(JudicialConfirmation.id))
            .join(Case, Case.id == JudicialConfirmation.case_id)
            .where(cohort, JudicialConfirmation.decision == "confirmed").group_by(Case.dispute_type)
        ):
            per_type.setdefault(dtype, {})["judicial_confirmations"] = int(n)
        by_type = [TypeStats(code, label, **per_type.get(code, {}))
                   for code, label in _vocab(s, "dispute_type", set(per_type))]
        total = TypeStats(
            "total", "合计", accepted=sum(t.accepted for t in by_type), settled=sum(t.settled for t in by_type),
            written_agreements=sum(t.written_agreements for t in by_type),
            oral_agreements=sum(t.oral_agreements for t in by_type), amount=sum((t.amount for t in by_type), ZERO),
            performed=sum(t.performed for t in by_type),
            judicial_confirmations=sum(t.judicial_confirmations for t in by_type))
        per_source = {src: (int(n), int(ok)) for src, n, ok in s.execute(
            select(Case.source, func.count(Case.id), _isum(settled)).where(cohort).group_by(Case.source))}
        by_source = [SourceStats(code, label, *per_source[code])
                     for code, label in _vocab(s, "source", set(per_source)) if code in per_source]
        by_agency = _agencies(s, cohort, settled, as_of)
        flags = s.execute(select(
            _isum(Case.found_by_screening.is_(True)), _isum(Case.prevented_criminal.is_(True)),
            func.coalesce(func.sum(case((Case.prevented_criminal.is_(True), Case.prevented_criminal_people),
                                        else_=0)), 0),
            _isum(Case.prevented_petition.is_(True)),
            func.coalesce(func.sum(case((Case.prevented_petition.is_(True), Case.prevented_petition_people),
                                        else_=0)), 0),
        ).where(cohort)).one()
        duration = _days_between(s, Case.closed_on, Case.accepted_on)
        closed = and_(cohort, Case.closed_on.is_not(None), Case.status == "closed")
        n_closed, total_days, longest = s.execute(
            select(func.count(Case.id), func.sum(duration), func.max(duration)).where(closed)).one()
        longest_number = ""
        if longest is not None:
            longest_number = s.scalar(select(Case.case_number).where(closed, duration == longest)
                                      .order_by(Case.id).limit(1)) or ""
        due_in_period = and_(Case.committee_id == actor.committee_id,
                             Referral.feedback_due_on.between(period.start, period.end))
        overdue = or_(and_(Referral.feedback_sent_on.is_(None), Referral.feedback_due_on < as_of),
                      Referral.feedback_sent_on > Referral.feedback_due_on)
        fb_due, fb_overdue = s.execute(
            select(func.count(Referral.id), _isum(overdue)).join(Case, Case.id == Referral.case_id)
            .where(due_in_period)).one()
    avg = (Decimal(int(total_days)) / Decimal(int(n_closed))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) \
        if n_closed else None
    return StatsReport(
        committee=committee, period=period, generated_at=datetime.now(UTC),
        by_type=by_type, total=total, by_source=by_source, by_agency=by_agency,
        found_by_screening=int(flags[0]), prevented_criminal_cases=int(flags[1]),
        prevented_criminal_people=int(flags[2]), prevented_petition_cases=int(flags[3]),
        prevented_petition_people=int(flags[4]), closed_cases=int(n_closed),
        average_duration_days=avg, longest_duration_days=int(longest) if longest is not None else None,
        longest_case_number=longest_number, feedback_due=int(fb_due), feedback_overdue=int(fb_overdue or 0),
        notes=["统计口径：本期受理的案件；调解成功率 = 调解成功件数 ÷ 受理件数；"
               "协议金额为已签署协议的金额合计；平均和最长用时按受理日至结案日的天数计算。"],
    )


def _vocab(s: Session, vocabulary: str, used: set[str]) -> list[tuple[str, str]]:
    """Active entries in their order, plus inactive or unknown codes that still have data."""
    out = []
    seen = set()
    for code, label, active in s.execute(
        select(VocabItem.code, VocabItem.label_zh, VocabItem.active).where(VocabItem.vocabulary == vocabulary)
        .order_by(VocabItem.position, VocabItem.id)
    ):
        seen.add(code)
        if active or code in used:
            out.append((code, label))
    out += [(code, code) for code in sorted(used - seen)]
    return out


def _agencies(s: Session, cohort: Any, settled: Any, as_of: date) -> list[AgencyStats]:
    overdue = or_(and_(Referral.feedback_sent_on.is_(None), Referral.feedback_due_on < as_of),
                  Referral.feedback_sent_on > Referral.feedback_due_on)
    rows = s.execute(
        select(Agency.id, Agency.name, Agency.kind, func.count(Case.id), _isum(settled),
               _isum(Referral.feedback_sent_on.is_not(None)), _isum(overdue))
        .join(Referral, Referral.agency_id == Agency.id).join(Case, Case.id == Referral.case_id)
        .where(cohort).group_by(Agency.id, Agency.name, Agency.kind).order_by(Agency.id)
    ).all()
    return [AgencyStats(int(r[0]), r[1], AGENCY_KIND_LABELS[r[2]].zh if r[2] in AGENCY_KIND_LABELS else r[2],
                        int(r[3]), int(r[4]), int(r[5]), int(r[6])) for r in rows]
