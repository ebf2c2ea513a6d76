"""调解协议书 and 口头协议: drafting from the case, editing clauses, signing, re-issuing, performance.

A draft is edited freely (optimistic locking on ``edit_version``). Signing — every party, the
mediator and the committee's seal (人民调解法 art. 29) — makes it take effect on ``signed_on`` and
freezes its content; only the performance columns change afterwards. Changing a signed agreement
means re-issuing it: a new draft version (``supersedes_id`` → the old one, number from
``agreement_number(case_number, version_no)``); the old version stays in force, and is kept, until
the new one is signed, when it is marked ``superseded``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_desk import messages
from mediation_desk.db.models import Agreement, AgreementClause, Case, CaseParty, Committee, Party
from mediation_desk.db.types import utcnow
from mediation_desk.domain import clause_templates
from mediation_desk.domain.case_number import agreement_number
from mediation_desk.domain.money import AmountError, parse_amount
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
from mediation_desk.services import settings as settings_mod
from mediation_desk.services.common import check_version, get_case, supersede_previous
from mediation_desk.services.guards import ensure_open
from mediation_desk.services.users import Action, require
from mediation_desk.store import Actor, Store

messages.register("agreement.exists",
                  "本案已有{what}“{number}”（{status}）。请继续编辑该协议，已签字的请使用“重新出具”。",
                  "This case already has the agreement “{number}” ({status}); edit it, or re-issue a signed one.")
messages.register("agreement.not_party", "第 {position} 条的义务人不是本案当事人，请从本案当事人中选择。",
                  "The obligor of clause {position} is not a party to this case.")
messages.register("agreement.no_clauses", "协议至少要有一条协议内容才能签字。",
                  "An agreement needs at least one clause before it is signed.")
messages.register("agreement.not_signed", "只有已签字生效的协议才能{action}。",
                  "Only a signed agreement can be {action}.")
messages.register("agreement.has_draft", "该协议已有未签字的新版本（第 {version_no} 版），请继续编辑该版本。",
                  "This agreement already has an unsigned new version ({version_no}); edit that one.")
messages.register("agreement.signed_before_intake", "签字日期不能早于受理日期（{received_on}）。",
                  "The signing date cannot be before the case was received ({received_on}).")
messages.register("agreement.unknown_clause", "协议中没有编号为 {clause_id} 的条款。",
                  "The agreement has no clause {clause_id}.")
messages.register("agreement.reason_required", "重新出具协议时必须说明原因。",
                  "Give the reason for re-issuing the agreement.")
messages.register("agreement.unsigned_parties",
                  "当事人{names}尚未签名（盖章或按指印），协议还不能生效。请全部当事人签字后再确认。",
                  "{names} have not signed yet; the agreement takes effect only when every party has signed.")
messages.register("agreement.copies", "协议份数至少为 1 份。", "At least one copy is needed.")


class AgreementKind(StrEnum):
    WRITTEN = "written"  # 调解协议书
    ORAL = "oral"  # 口头协议 (登记表)


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    SUPERSEDED = "superseded"


class PerformanceStatus(StrEnum):
    PENDING = "pending"  # 待履行
    PARTIAL = "partial"  # 部分履行
    PERFORMED = "performed"  # 已履行
    NOT_PERFORMED = "not_performed"  # 未履行 (found so at a follow-up)


KIND_LABELS = {AgreementKind.WRITTEN: "调解协议书", AgreementKind.ORAL: "口头协议"}
STATUS_LABELS = {AgreementStatus.DRAFT: "草稿", AgreementStatus.SIGNED: "已签字生效",
                 AgreementStatus.SUPERSEDED: "已被新版本取代"}
PERFORMANCE_LABELS = {PerformanceStatus.PENDING: "待履行", PerformanceStatus.PARTIAL: "部分履行",
                      PerformanceStatus.PERFORMED: "已履行", PerformanceStatus.NOT_PERFORMED: "未履行"}


@dataclass(frozen=True)
class ClauseInput:
    """One clause as the editor holds it; ``amount`` may be typed text (``1.2万``, ``12,000.50``)."""

    text: str
    obligor_party_id: int | None = None
    amount: str | Decimal | int | None = None
    due_on: date | None = None


@dataclass(frozen=True)
class AgreementContent:
    facts: str = ""  # 纠纷主要事实
    matters: str = ""  # 争议事项
    responsibility: str = ""  # 各方责任
    performance_method: str = ""  # 履行方式
    performance_due: date | None = None  # None: the latest clause's due date
    copies: int = 3
    clauses: tuple[ClauseInput, ...] = ()


@dataclass(frozen=True)
class ClauseView:
    id: int
    position: int  # 1-based, as printed
    text: str
    obligor_party_id: int | None
    obligor_name: str
    amount: Decimal | None
    due_on: date | None
    performed_on: date | None


@dataclass(frozen=True)
class AgreementParty:
    party_id: int
    name: str
    role: str


@dataclass(frozen=True)
class AgreementView:
    id: int
    case_id: int
    case_number: str
    kind: str
    number: str
    version_no: int
    supersedes_id: int | None
    status: str
    facts: str
    matters: str
    responsibility: str
    performance_method: str
    performance_due: date | None  # as stored: given, or fixed at signing from the clauses
    copies: int
    total_amount: Decimal
    signed_on: date | None
    performance_status: str
    performed_on: date | None
    edit_version: int
    created_at: datetime
    updated_at: datetime
    clauses: tuple[ClauseView, ...]
    parties: tuple[AgreementParty, ...]

    @property
    def editable(self) -> bool:
        return self.status == AgreementStatus.DRAFT

    @property
    def effective_performance_due(self) -> date | None:
        """The due date to print: the one given, else the latest clause's."""
        return self.performance_due or latest_due(c.due_on for c in self.clauses)

    def content(self) -> AgreementContent:
        """The editable content, ready to be changed and passed to :func:`save_agreement`."""
        return AgreementContent(
            self.facts, self.matters, self.responsibility, self.performance_method, self.performance_due,
            self.copies, tuple(ClauseInput(c.text, c.obligor_party_id, c.amount, c.due_on) for c in self.clauses))


def latest_due(dues: Any) -> date | None:
    known = [d for d in dues if d is not None]
    return max(known) if known else None


def total(amounts: Sequence[Decimal | None]) -> Decimal:
    """Exact sum of the clauses' amounts (Decimal, never float)."""
    return sum((a for a in amounts if a is not None), Decimal("0.00"))


# --- loading and views ---------------------------------------------------------------------------


def _case_parties(s: Session, case_id: int) -> tuple[AgreementParty, ...]:
    rows = s.execute(select(Party.id, Party.name, CaseParty.role).join(CaseParty, CaseParty.party_id == Party.id)
                     .where(CaseParty.case_id == case_id).order_by(CaseParty.position)).all()
    return tuple(AgreementParty(pid, name, role) for pid, name, role in rows)


def _view(s: Session, a: Agreement, case: Case) -> AgreementView:
    parties = _case_parties(s, case.id)
    names = {p.party_id: p.name for p in parties}
    clauses = []
    for c in a.clauses:
        obligor = names.get(c.obligor_party_id, "") if c.obligor_party_id else ""
        if c.obligor_party_id and not obligor:  # a party since removed from the case
            row = s.get(Party, c.obligor_party_id)
            obligor = row.name if row else ""
        clauses.append(ClauseView(c.id, c.position, c.text, c.obligor_party_id, obligor, c.amount, c.due_on,
                                  c.performed_on))
    return AgreementView(
        a.id, a.case_id, case.case_number, a.kind, a.number, a.version_no, a.supersedes_id, a.status, a.facts,
        a.matters, a.responsibility, a.performance_method, a.performance_due, a.copies,
        a.total_amount if a.total_amount is not None else Decimal("0.00"), a.signed_on, a.performance_status,
        a.performed_on, a.edit_version, a.created_at, a.updated_at, tuple(clauses), parties)


def _load(s: Session, actor: Actor, agreement_id: int) -> tuple[Agreement, Case]:
    a = s.get(Agreement, agreement_id)
    if a is None:
        raise NotFoundError(what="调解协议", key=str(agreement_id))
    return a, get_case(s, actor, a.case_id)


def _what(a: Agreement) -> str:
    return KIND_LABELS.get(AgreementKind(a.kind), "协议") if a.kind in set(AgreementKind) else "协议"


def _snapshot(a: Agreement) -> dict[str, Any]:
    """The audited form of an agreement's content (amounts as exact strings)."""
    return {
        "facts": a.facts, "matters": a.matters, "responsibility": a.responsibility,
        "performance_method": a.performance_method,
        "performance_due": a.performance_due.isoformat() if a.performance_due else None,
        "copies": a.copies, "total_amount": str(a.total_amount),
        "clauses": [{"text": c.text, "obligor_party_id": c.obligor_party_id,
                     "amount": str(c.amount) if c.amount is not None else None,
                     "due_on": c.due_on.isoformat() if c.due_on else None} for c in a.clauses],
    }


# --- validation ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _CleanClause:
    text: str
    obligor_party_id: int | None
    amount: Decimal | None
    due_on: date | None


def _clean(content: AgreementContent, party_ids: set[int]) -> tuple[AgreementContent, list[_CleanClause]]:
    problems: list[FieldProblem] = []
    clauses: list[_CleanClause] = []
    for i, c in enumerate(content.clauses):
        f = f"clauses[{i}]"
        amount: Decimal | None = None
        raw = c.amount
        if raw is not None and not (isinstance(raw, str) and not raw.strip()):
            try:
                amount = parse_amount(raw)
            except AmountError:
                problems.append(problem(f"{f}.amount", "field.bad_amount", label=f"第 {i + 1} 条金额", value=str(raw)))
            else:
                if amount < 0:
                    problems.append(problem(f"{f}.amount", "field.negative_amount", label=f"第 {i + 1} 条金额"))
        if c.obligor_party_id is not None and c.obligor_party_id not in party_ids:
            problems.append(problem(f"{f}.obligor_party_id", "agreement.not_party", position=i + 1))
        clauses.append(_CleanClause(c.text.strip(), c.obligor_party_id, amount, c.due_on))
    if content.copies < 1:
        problems.append(problem("copies", "agreement.copies"))
    if problems:
        raise ValidationError(problems)
    cleaned = replace(content, facts=content.facts.strip(), matters=content.matters.strip(),
                      responsibility=content.responsibility.strip(),
                      performance_method=content.performance_method.strip())
    return cleaned, clauses


def _apply(a: Agreement, content: AgreementContent, clauses: list[_CleanClause]) -> None:
    """Write content and clauses; clause rows are reused by position so their ids stay stable."""
    a.facts, a.matters, a.responsibility = content.facts, content.matters, content.responsibility
    a.performance_method, a.performance_due, a.copies = content.performance_method, content.performance_due, \
        content.copies
    existing = list(a.clauses)
    for i, c in enumerate(clauses):
        if i < len(existing):
            row = existing[i]
        else:
            row = AgreementClause(position=i + 1, text="")
            a.clauses.append(row)
        row.position, row.text, row.obligor_party_id, row.amount, row.due_on = \
            i + 1, c.text, c.obligor_party_id, c.amount, c.due_on
    for row in existing[len(clauses):]:
        a.clauses.remove(row)
    a.total_amount = total([c.amount for c in clauses])


def default_copies(party_count: int, settings: Mapping[str, Any]) -> int:
    """One copy per party plus the committee's (art. 29); a committee's setting may ask for more."""
    return max(party_count + 1, int(settings.get("agreement_copies", 0) or 0))


# --- writing -------------------------------------------------------------------------------------


def _current(s: Session, case_id: int) -> Agreement | None:
    """The case's newest agreement that is not superseded (a draft or a signed one)."""
    return s.scalars(select(Agreement).where(Agreement.case_id == case_id,
                                             Agreement.status != AgreementStatus.SUPERSEDED)
                     .order_by(Agreement.id.desc())).first()


def draft_agreement(store: Store, actor: Actor, case_id: int, kind: str = AgreementKind.WRITTEN, *,
                    content: AgreementContent | None = None) -> AgreementView:
    """A new agreement for a case: facts from the case summary, 争议事项 from its claims, copies = parties + 1."""
    require(actor, Action.EDIT_CASE)
    if kind not in {k.value for k in AgreementKind}:
        raise ValidationError([problem("kind", "field.unknown_choice", label="协议类型", value=kind,
                                       choices="written、oral")])
    with store.write(actor) as uow:
        s = uow.session
        case = get_case(s, actor, case_id)
        ensure_open(case, "起草协议")
        existing = _current(s, case_id)
        if existing is not None:
            raise ConflictError("agreement.exists", what=_what(existing), number=existing.number,
                                status=STATUS_LABELS[AgreementStatus(existing.status)])
        parties = _case_parties(s, case_id)
        if content is None:
            committee = s.get(Committee, case.committee_id)
            settings = settings_mod.merged(committee.settings if committee else {})
            content = AgreementContent(facts=case.summary, matters=case.claims,
                                       copies=default_copies(len(parties), settings))
        content, clauses = _clean(content, {p.party_id for p in parties})
        a = Agreement(case_id=case_id, kind=kind, number=agreement_number(case.case_number, 1), version_no=1,
                      status=AgreementStatus.DRAFT, performance_status=PerformanceStatus.PENDING)
        _apply(a, content, clauses)
        s.add(a)
        s.flush()
        if clauses:
            search_index.refresh(s, case_id)
        uow.audit("create", "agreement", a.id, case_id=case_id,
                  after={"kind": kind, "number": a.number, **_snapshot(a)})
        return _view(s, a, case)


def save_agreement(store: Store, actor: Actor, agreement_id: int, content: AgreementContent,
                   expected_version: int) -> AgreementView:
    """Replace a draft's content and clauses; refused on a signed agreement or a stale version."""
    require(actor, Action.EDIT_CASE)
    with store.write(actor) as uow:
        s = uow.session
        a, case = _load(s, actor, agreement_id)
        if a.status != AgreementStatus.DRAFT:
            raise ImmutableRecordError(what=_what(a))
        check_version(a, expected_version, _what(a), a.number)
        ensure_open(case, "修改协议")
        content, clauses = _clean(content, {p.party_id for p in _case_parties(s, case.id)})
        before = _snapshot(a)
        _apply(a, content, clauses)
        after = _snapshot(a)
        if after == before:
            return _view(s, a, case)  # nothing changed: no write, same version (autosave-friendly)
        a.updated_at = utcnow()  # clause-only edits must bump the agreement's version too
        s.flush()
        if [c["text"] for c in before["clauses"]] != [c["text"] for c in after["clauses"]]:
            search_index.refresh(s, case.id)
        uow.audit("update", "agreement", a.id, case_id=case.id, before=before, after=after)
        return _view(s, a, case)


def sign_agreement(store: Store, actor: Actor, agreement_id: int, expected_version: int, signed_on: date, *,
                   signed_party_ids: Collection[int] | None = None, today: date | None = None) -> AgreementView:
    """All parties, the mediator and the committee's seal are on it: it takes effect on ``signed_on``.

    ``signed_party_ids`` is the signing checklist (parties who signed, sealed or put a fingerprint);
    when given, every party of the case must be in it. None means the caller vouches for all of them."""
    require(actor, Action.SIGN)
    today = today or date.today()
    with store.write(actor) as uow:
        s = uow.session
        a, case = _load(s, actor, agreement_id)
        if a.status != AgreementStatus.DRAFT:
            raise ImmutableRecordError(what=_what(a))
        check_version(a, expected_version, _what(a), a.number)
        ensure_open(case, "签署协议")
        problems: list[FieldProblem] = []
        if not a.clauses or not any(c.text for c in a.clauses):
            problems.append(problem("clauses", "agreement.no_clauses"))
        problems += [problem(f"clauses[{c.position - 1}].text", "field.required", label=f"第 {c.position} 条内容")
                     for c in a.clauses if not c.text]
        if a.kind == AgreementKind.WRITTEN and not a.facts:
            problems.append(problem("facts", "field.required", label="纠纷主要事实"))
        if signed_party_ids is not None:
            missing = [p.name for p in _case_parties(s, case.id) if p.party_id not in set(signed_party_ids)]
            if missing:
                problems.append(problem("signed_party_ids", "agreement.unsigned_parties", names="、".join(missing)))
        if signed_on > today:
            problems.append(problem("signed_on", "field.future_date", label="签字日期"))
        elif signed_on < case.received_on:
            problems.append(problem("signed_on", "agreement.signed_before_intake",
                                    received_on=case.received_on.isoformat()))
        if problems:
            raise ValidationError(problems)
        a.status = AgreementStatus.SIGNED
        a.signed_on = signed_on
        if a.performance_due is None:
            a.performance_due = latest_due(c.due_on for c in a.clauses)
        a.performance_status = _derive(a, None)
        supersede_previous(uow, Agreement, a, "agreement", case.id, AgreementStatus.SUPERSEDED)
        s.flush()
        search_index.refresh(s, case.id)
        uow.audit("sign", "agreement", a.id, case_id=case.id, before={"status": "draft"},
                  after={"status": "signed", "signed_on": signed_on.isoformat(), "number": a.number,
                         "total_amount": str(a.total_amount)})
        return _view(s, a, case)


def reissue(store: Store, actor: Actor, agreement_id: int, reason: str) -> AgreementView:
    """Start a new version of a signed agreement (重新出具); the signed one is kept unchanged."""
    require(actor, Action.EDIT_CASE)
    if not reason.strip():
        raise ValidationError([problem("reason", "agreement.reason_required")])
    with store.write(actor) as uow:
        s = uow.session
        a, case = _load(s, actor, agreement_id)
        if a.status != AgreementStatus.SIGNED:
            raise UserError("agreement.not_signed", action="重新出具")
        ensure_open(case, "重新出具协议")
        pending = s.scalars(select(Agreement).where(Agreement.supersedes_id == a.id,
                                                    Agreement.status == AgreementStatus.DRAFT)).first()
        if pending is not None:
            raise ConflictError("agreement.has_draft", version_no=pending.version_no)
        version_no = a.version_no + 1
        # A due date that merely repeats the latest clause's keeps following the clauses in the new draft.
        due = None if a.performance_due == latest_due(c.due_on for c in a.clauses) else a.performance_due
        new = Agreement(case_id=a.case_id, kind=a.kind, number=agreement_number(case.case_number, version_no),
                        version_no=version_no, supersedes_id=a.id, status=AgreementStatus.DRAFT,
                        facts=a.facts, matters=a.matters, responsibility=a.responsibility,
                        performance_method=a.performance_method, performance_due=due,
                        copies=a.copies, total_amount=a.total_amount,
                        performance_status=PerformanceStatus.PENDING)
        for c in a.clauses:
            new.clauses.append(AgreementClause(position=c.position, text=c.text, obligor_party_id=c.obligor_party_id,
                                               amount=c.amount, due_on=c.due_on))
        s.add(new)
        s.flush()
        uow.audit("reissue", "agreement", new.id, case_id=case.id,
                  before={"agreement_id": a.id, "number": a.number, "version_no": a.version_no},
                  after={"agreement_id": new.id, "number": new.number, "version_no": version_no,
                         "supersedes_id": a.id, "reason": reason.strip()})
        return _view(s, new, case)


def discard_draft(store: Store, actor: Actor, agreement_id: int, expected_version: int) -> None:
    """Delete an agreement draft that was never signed."""
    require(actor, Action.EDIT_CASE)
    with store.write(actor) as uow:
        s = uow.session
        a, case = _load(s, actor, agreement_id)
        if a.status != AgreementStatus.DRAFT:
            raise ImmutableRecordError(what=_what(a))
        check_version(a, expected_version, _what(a), a.number)
        before = {"number": a.number, **_snapshot(a)}
        s.delete(a)
        s.flush()
        search_index.refresh(s, case.id)
        uow.audit("discard", "agreement", agreement_id, case_id=case.id, before=before)


# --- performance ---------------------------------------------------------------------------------


def _derive(a: Agreement, reported: str | None) -> str:
    """The agreement's performance status from its clauses and, if any, what a visit found."""
    clauses = list(a.clauses)
    done = [c for c in clauses if c.performed_on is not None]
    if clauses and len(done) == len(clauses):
        return PerformanceStatus.PERFORMED
    if done or reported == PerformanceStatus.PARTIAL:
        return PerformanceStatus.PARTIAL
    if reported == PerformanceStatus.NOT_PERFORMED or a.performance_status == PerformanceStatus.NOT_PERFORMED:
        return PerformanceStatus.NOT_PERFORMED
    return PerformanceStatus.PENDING


def _performance_snapshot(a: Agreement) -> dict[str, Any]:
    return {"performance_status": a.performance_status,
            "performed_on": a.performed_on.isoformat() if a.performed_on else None,
            "clauses": {str(c.id): c.performed_on.isoformat() if c.performed_on else None for c in a.clauses}}


def apply_finding(a: Agreement, finding: str, on: date) -> None:
    """What a follow-up visit found (performed / partial / not_performed), applied to a signed agreement.

    A visit confirming full performance marks the clauses not yet marked as performed on the visit day."""
    if finding == PerformanceStatus.PERFORMED:
        for c in a.clauses:
            if c.performed_on is None:
                c.performed_on = on
    a.performance_status = _derive(a, finding)
    a.performed_on = latest_due(c.performed_on for c in a.clauses) \
        if a.performance_status == PerformanceStatus.PERFORMED else None


def record_performance(store: Store, actor: Actor, agreement_id: int, expected_version: int,
                       performed: Mapping[int, date | None]) -> AgreementView:
    """Mark clauses performed on a date (or not, with None); the agreement's status follows."""
    require(actor, Action.EDIT_CASE)
    with store.write(actor) as uow:
        s = uow.session
        a, case = _load(s, actor, agreement_id)
        if a.status != AgreementStatus.SIGNED:
            raise UserError("agreement.not_signed", action="登记履行情况")
        check_version(a, expected_version, _what(a), a.number)
        by_id = {c.id: c for c in a.clauses}
        for clause_id in performed:
            if clause_id not in by_id:
                raise UserError("agreement.unknown_clause", clause_id=clause_id)
        problems = [problem(f"clauses[{by_id[cid].position - 1}].performed_on", "agreement.performed_before_signing",
                            position=by_id[cid].position)
                    for cid, on in performed.items() if on is not None and a.signed_on and on < a.signed_on]
        if problems:
            raise ValidationError(problems)
        before = _performance_snapshot(a)
        for clause_id, on in performed.items():
            by_id[clause_id].performed_on = on
        a.performance_status = _derive(a, None)
        a.performed_on = latest_due(c.performed_on for c in a.clauses) \
            if a.performance_status == PerformanceStatus.PERFORMED else None
        a.updated_at = utcnow()
        s.flush()
        uow.audit("performance", "agreement", a.id, case_id=case.id, before=before, after=_performance_snapshot(a))
        return _view(s, a, case)


messages.register("agreement.performed_before_signing", "第 {position} 条的履行日期不能早于协议签字日期。",
                  "Clause {position} cannot be performed before the agreement was signed.")


# --- reading -------------------------------------------------------------------------------------


def get_agreement(store: Store, actor: Actor, agreement_id: int) -> AgreementView:
    require(actor, Action.VIEW_CASE)
    with store.read() as s:
        a, case = _load(s, actor, agreement_id)
        return _view(s, a, case)


def list_agreements(store: Store, actor: Actor, case_id: int) -> list[AgreementView]:
    """Every agreement of a case, every version, oldest first."""
    require(actor, Action.VIEW_CASE)
    with store.read() as s:
        case = get_case(s, actor, case_id)
        return [_view(s, a, case) for a in s.scalars(select(Agreement).where(Agreement.case_id == case_id)
                                                     .order_by(Agreement.id))]


def current_agreement(store: Store, actor: Actor, case_id: int) -> AgreementView | None:
    """The case's agreement in force or being drafted (not a superseded version), if any."""
    require(actor, Action.VIEW_CASE)
    with store.read() as s:
        case = get_case(s, actor, case_id)
        a = _current(s, case_id)
        return _view(s, a, case) if a is not None else None


# --- clause templates ----------------------------------------------------------------------------


def clause_templates_for(store: Store, actor: Actor, case_id: int) -> tuple[clause_templates.ClauseTemplate, ...]:
    """The templates that fit the case's dispute type."""
    with store.read() as s:
        return clause_templates.templates_for(get_case(s, actor, case_id).dispute_type)


def clause_from_template(store: Store, actor: Actor, case_id: int, template_code: str, *,
                         obligor_party_id: int | None = None, obligee_party_id: int | None = None,
                         amount: str | Decimal | None = None, due_on: date | None = None) -> ClauseInput:
    """A clause filled from a template with the parties' names, the amount (also in capitals) and the due date."""
    template = clause_templates.find(template_code)
    if template is None:
        raise NotFoundError(what="条款模板", key=template_code)
    value: Decimal | None = None
    if amount is not None and str(amount).strip():
        try:
            value = parse_amount(amount)
        except AmountError as exc:
            raise ValidationError([problem("amount", "field.bad_amount", label="金额", value=str(amount))]) from exc
    with store.read() as s:
        names = {p.party_id: p.name for p in _case_parties(s, get_case(s, actor, case_id).id)}
    for pid, f in ((obligor_party_id, "obligor_party_id"), (obligee_party_id, "obligee_party_id")):
        if pid is not None and pid not in names:
            raise ValidationError([problem(f, "agreement.not_party", position=1)])
    text = clause_templates.fill(template.text, obligor=names.get(obligor_party_id or 0, ""),
                                 obligee=names.get(obligee_party_id or 0, ""), amount=value, due=due_on)
    return ClauseInput(text, obligor_party_id, value if template.needs_amount else None, due_on)
