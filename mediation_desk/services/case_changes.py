"""Changing a case after intake: its fields, its parties, closing it (结案) and reopening it.

Every change checks the version the caller read (optimistic locking), records before/after in the
audit trail and rebuilds the case's search entry in the same transaction. Closing enforces the
outcome's rules: a settled case needs its signed agreement, an unsettled one a written reason.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from enum import Enum
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediation_desk import messages
from mediation_desk.db.models import (
    Agreement,
    AgreementClause,
    Case,
    CaseParty,
    Mediator,
    Party,
    SessionParticipant,
    VocabItem,
)
from mediation_desk.db.types import utcnow
from mediation_desk.domain import identity
from mediation_desk.domain.text import clean
from mediation_desk.domain.vocab import CASE_STATUS_LABELS, OUTCOME_LABELS, CaseStatus, Outcome, PartyKind, PartyRole
from mediation_desk.errors import FieldProblem, NotFoundError, UserError, ValidationError, problem
from mediation_desk.services import intake, search_index
from mediation_desk.services.agreements import AgreementKind, AgreementStatus
from mediation_desk.services.cases import CaseDetail, _detail
from mediation_desk.services.common import check_version, get_case, get_case_for_change
from mediation_desk.services.guards import ensure_open
from mediation_desk.services.users import Action, may_see_personal_data, require
from mediation_desk.store import Actor, Store

messages.register("case.close_needs_agreement",
                  "以“{outcome}”结案，需要本案有一份已签字的{what}。请先签署协议，或选择其他结案方式。",
                  "Closing as “{outcome}” needs a signed {what} on the case.")
messages.register("case.close_needs_note",
                  "以“{outcome}”结案时必须写明原因（如：当事人不同意调解，已告知通过诉讼/仲裁途径解决）。",
                  "Closing as “{outcome}” needs a reason (e.g. parties directed to litigation).")
messages.register("case.closed_before_received", "结案日期不能早于受理日期（{received_on}）。",
                  "The closing date cannot be before the case was received ({received_on}).")
messages.register("case.reopen_reason", "重新打开已结案件时必须说明原因。", "Give the reason for reopening.")
messages.register("case.people_needed", "勾选“{flag}”时请填写涉及人数（至少 1 人）。",
                  "Give the number of people for “{flag}” (at least 1).")
messages.register("case.party_last_of_role", "不能删除本案唯一的{role}。",
                  "The case's only {role} cannot be removed.")
messages.register("case.party_in_use", "当事人“{name}”已出现在本案的{where}中，不能删除。",
                  "Party “{name}” appears in the case's {where} and cannot be removed.")
messages.register("case.party_already", "“{name}”已是本案当事人。", "“{name}” is already a party to this case.")
messages.register("case.not_party", "该当事人不属于本案。", "That party is not part of this case.")


class _Keep(Enum):
    KEEP = 0


KEEP: Final = _Keep.KEEP
"""Marks a field of :class:`CaseChanges` / :class:`PartyChanges` that the caller leaves as it is."""


@dataclass(frozen=True)
class CaseChanges:
    """The case fields to change; every field left at ``KEEP`` stays as stored."""

    summary: str | _Keep = KEEP
    claims: str | _Keep = KEEP
    dispute_type: str | _Keep = KEEP
    mediator_id: int | None | _Keep = KEEP
    recorder_id: int | None | _Keep = KEEP
    people_involved: int | _Keep = KEEP
    key_case: bool | _Keep = KEEP
    found_by_screening: bool | _Keep = KEEP
    prevented_criminal: bool | _Keep = KEEP  # 防止民转刑
    prevented_criminal_people: int | _Keep = KEEP
    prevented_petition: bool | _Keep = KEEP  # 防止群体性上访
    prevented_petition_people: int | _Keep = KEEP


@dataclass(frozen=True)
class PartyChanges:
    """A party's particulars (shared by all their cases) and their role and agent in this case."""

    name: str | _Keep = KEEP
    id_number: str | _Keep = KEEP
    ethnicity: str | _Keep = KEEP
    occupation: str | _Keep = KEEP
    phone: str | _Keep = KEEP
    address: str | _Keep = KEEP
    credit_code: str | _Keep = KEEP
    legal_representative: str | _Keep = KEEP
    sex: str | _Keep = KEEP  # only when there is no ID number (which decides it)
    birth_date: date | None | _Keep = KEEP
    role: str | _Keep = KEEP
    agent_name: str | _Keep = KEEP
    agent_kind: str | _Keep = KEEP
    agent_phone: str | _Keep = KEEP
    agent_id_number: str | _Keep = KEEP
    agent_authority: str | _Keep = KEEP


_PARTY_FIELDS = ("name", "id_number", "ethnicity", "occupation", "phone", "address", "credit_code",
                 "legal_representative", "sex", "birth_date")
_LINK_FIELDS = ("role", "agent_name", "agent_kind", "agent_phone", "agent_id_number", "agent_authority")


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _given(changes: Any) -> dict[str, Any]:
    return {f.name: getattr(changes, f.name) for f in fields(changes) if getattr(changes, f.name) is not KEEP}


def _read_detail(actor: Actor, s: Session, case: Case) -> CaseDetail:
    return _detail(s, case, may_see_personal_data(actor))


# --- case fields ---------------------------------------------------------------------------------


def _case_problems(s: Session, actor: Actor, case: Case, given: dict[str, Any]) -> tuple[dict[str, Any],
                                                                                       list[FieldProblem]]:
    problems: list[FieldProblem] = []
    out = dict(given)
    for name in ("summary", "claims"):
        if name in out:
            out[name] = out[name].strip()
    if "summary" in out and not out["summary"]:
        problems.append(problem("summary", "field.required", label="纠纷简要情况"))
    if "dispute_type" in out:
        items = s.execute(select(VocabItem.code, VocabItem.label_zh, VocabItem.label_en)
                          .where(VocabItem.vocabulary == "dispute_type")).all()
        wanted = clean(out["dispute_type"])
        code = next((c for c, zh, en in items if wanted in (c, zh, en)), None)
        if code is None:
            problems.append(problem("dispute_type", "field.unknown_choice", label="纠纷类型", value=wanted,
                                    choices="、".join(zh for _, zh, _ in items)))
        else:
            out["dispute_type"] = code
    for name, label in (("mediator_id", "调解员"), ("recorder_id", "记录人")):
        if out.get(name) is not None:
            m = s.get(Mediator, out[name])
            if m is None or m.committee_id != actor.committee_id:
                raise NotFoundError(what=label, key=str(out[name]))
    for name, label in (("people_involved", "涉及人数"), ("prevented_criminal_people", "防止民转刑人数"),
                        ("prevented_petition_people", "防止群体性上访人数")):
        if name in out and out[name] < 0:
            problems.append(problem(name, "field.negative_amount", label=label))
    for flag, people, label in (("prevented_criminal", "prevented_criminal_people", "防止民转刑"),
                                ("prevented_petition", "prevented_petition_people", "防止群体性上访")):
        on = out.get(flag, getattr(case, flag))
        count = out.get(people, getattr(case, people))
        if not on:
            if flag in out:
                out[people] = 0  # clearing the flag clears its count, so statistics stay consistent
        elif count < 1:
            problems.append(problem(people, "case.people_needed", flag=label))
    return out, problems


def update_case(store: Store, actor: Actor, case_id: int, expected_version: int,
                changes: CaseChanges) -> CaseDetail:
    """Change the given fields of an open case; returns the refreshed detail (with its new version)."""
    require(actor, Action.EDIT_CASE)
    given = _given(changes)
    with store.write(actor) as uow:
        s = uow.session
        case = get_case_for_change(s, actor, case_id, expected_version)
        ensure_open(case, "修改案件信息")
        values, problems = _case_problems(s, actor, case, given)
        if problems:
            raise ValidationError(problems)
        changed = {k: v for k, v in values.items() if getattr(case, k) != v}
        if not changed:
            return _read_detail(actor, s, case)
        before = {k: _plain(getattr(case, k)) for k in changed}
        for k, v in changed.items():
            setattr(case, k, v)
        s.flush()
        if {"summary", "claims"} & changed.keys():
            search_index.refresh(s, case.id)
        uow.audit("update", "case", case.id, case_id=case.id, before=before,
                  after={k: _plain(v) for k, v in changed.items()})
        return _read_detail(actor, s, case)


# --- parties -------------------------------------------------------------------------------------


def _party_problems(p: Party, given: dict[str, Any], today: date) -> tuple[dict[str, Any], list[FieldProblem]]:
    """Re-validate what changes: ID numbers (which decide sex and birth date), credit codes, phones."""
    problems: list[FieldProblem] = []
    out = {k: (clean(v) if isinstance(v, str) else v) for k, v in given.items()}
    if "name" in out and not out["name"]:
        problems.append(problem("name", "field.required",
                                label="单位名称" if p.kind == PartyKind.ORGANISATION else "当事人姓名"))
    if out.get("id_number"):
        found = identity.check_resident_id(out["id_number"], "id_number", today)
        problems += found
        if not found:
            rid = identity.parse_resident_id(out["id_number"])
            out.update(id_number=rid.number, sex=rid.sex, birth_date=rid.birth_date)
    elif "id_number" in out:
        out["id_number"] = None
    if out.get("credit_code"):
        found = identity.check_credit_code(out["credit_code"], "credit_code")
        problems += found
        if not found:
            out["credit_code"] = identity.normalise_credit_code(out["credit_code"])
    elif "credit_code" in out:
        out["credit_code"] = None
    for name in ("phone", "agent_phone"):
        if out.get(name):
            found = identity.check_phone(out[name], name)
            problems += found
            if not found:
                out[name] = identity.normalise_phone(out[name])
    if out.get("agent_id_number"):
        found = identity.check_resident_id(out["agent_id_number"], "agent_id_number", today)
        problems += found
        if not found:
            out["agent_id_number"] = identity.normalise_id_number(out["agent_id_number"])
    if "role" in out and out["role"] not in {r.value for r in PartyRole}:
        problems.append(problem("role", "field.unknown_choice", label="当事人身份", value=out["role"],
                                choices="applicant、respondent、third_party"))
    return out, problems


def _check_number_unique(s: Session, committee_id: int, p: Party, values: dict[str, Any]) -> None:
    """An ID number or credit code on file for another person is a typo (or a duplicate) — refuse it."""
    for name, col in (("id_number", Party.id_number), ("credit_code", Party.credit_code)):
        number = values.get(name)
        if not number or number == getattr(p, name):
            continue
        other = s.scalar(select(Party.name).where(Party.committee_id == committee_id, col == number,
                                                  Party.id != p.id).order_by(Party.id).limit(1))
        if other is not None:
            raise ValidationError([problem(name, "party.name_mismatch", number=number, known=other,
                                           name=values.get("name", p.name))])


def _case_party(s: Session, case: Case, party_id: int) -> CaseParty:
    cp = s.scalars(select(CaseParty).where(CaseParty.case_id == case.id, CaseParty.party_id == party_id)).first()
    if cp is None:
        raise UserError("case.not_party")
    return cp


def _bump(case: Case) -> None:
    """Changing a case's parties changes the case: its version moves so other editors reload."""
    case.updated_at = utcnow()


def _check_roles_remain(s: Session, case: Case, leaving: CaseParty, new_role: str | None) -> None:
    for role, label in ((PartyRole.APPLICANT, "申请人"), (PartyRole.RESPONDENT, "被申请人")):
        if leaving.role != role or new_role == role:
            continue
        others = s.scalar(select(func.count(CaseParty.id)).where(CaseParty.case_id == case.id,
                                                                 CaseParty.role == role, CaseParty.id != leaving.id))
        if not others:
            raise UserError("case.party_last_of_role", role=label)


def update_party(store: Store, actor: Actor, case_id: int, party_id: int, expected_version: int,
                 changes: PartyChanges, *, today: date | None = None) -> CaseDetail:
    """Correct a party's particulars (re-validated) and their role/agent in this case.

    ``expected_version`` is the party's version. The particulars belong to the person, so every case
    they appear in is re-indexed."""
    require(actor, Action.EDIT_CASE)
    today = today or date.today()
    given = _given(changes)
    with store.write(actor) as uow:
        s = uow.session
        case = get_case(s, actor, case_id)
        ensure_open(case, "修改当事人信息")
        cp = _case_party(s, case, party_id)
        p = cp.party
        check_version(p, expected_version, "当事人", p.name)
        values, problems = _party_problems(p, given, today)
        if problems:
            raise ValidationError(problems)
        if "role" in values:
            _check_roles_remain(s, case, cp, values["role"])
        _check_number_unique(s, actor.committee_id, p, values)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for k, v in values.items():
            target: Any = p if k in _PARTY_FIELDS else cp
            stored = getattr(target, k)
            if k.startswith("agent_") or k == "role":
                v = v if v is not None else ""
            if stored != v:
                before[k], after[k] = _plain(stored), _plain(v)
                setattr(target, k, v)
        if not after:
            return _read_detail(actor, s, case)
        if any(k in _LINK_FIELDS for k in after):
            _bump(case)
        s.flush()
        for other in s.scalars(select(CaseParty.case_id).where(CaseParty.party_id == p.id)):
            search_index.refresh(s, other)
        uow.audit("update_party", "party", p.id, case_id=case.id, before=before, after=after)
        return _read_detail(actor, s, case)


def add_party(store: Store, actor: Actor, case_id: int, expected_version: int, party: intake.PartyInput, *,
              today: date | None = None) -> CaseDetail:
    """Add a party to a case (an existing person is found by ID number, or name and phone, and reused)."""
    require(actor, Action.EDIT_CASE)
    today = today or date.today()
    # Intake's own rules, so a party added later is checked exactly like one taken in at intake.
    cleaned, problems = intake._validate_party(0, party, today)
    if problems:
        raise ValidationError([replace(pr, field=pr.field.removeprefix("parties[0].")) for pr in problems])
    with store.write(actor) as uow:
        s = uow.session
        case = get_case_for_change(s, actor, case_id, expected_version)
        ensure_open(case, "增加当事人")
        intake._check_identity_names(s, actor.committee_id, [cleaned])
        stored = intake._store_party(s, actor.committee_id, cleaned)
        if s.scalars(select(CaseParty.id).where(CaseParty.case_id == case.id,
                                                CaseParty.party_id == stored.id)).first() is not None:
            raise UserError("case.party_already", name=stored.name)
        position = (s.scalar(select(func.max(CaseParty.position)).where(CaseParty.case_id == case.id)) or 0) + 1
        s.add(CaseParty(case_id=case.id, party_id=stored.id, role=cleaned.role, position=position,
                        agent_name=cleaned.agent_name, agent_phone=cleaned.agent_phone, agent_kind=cleaned.agent_kind,
                        agent_id_number=identity.normalise_id_number(cleaned.agent_id_number)
                        if cleaned.agent_id_number else ""))
        _bump(case)
        s.flush()
        search_index.refresh(s, case.id)
        uow.audit("add_party", "case", case.id, case_id=case.id,
                  after={"party_id": stored.id, "name": stored.name, "role": cleaned.role})
        return _read_detail(actor, s, case)


def remove_party(store: Store, actor: Actor, case_id: int, party_id: int, expected_version: int) -> CaseDetail:
    """Remove a party from a case (the person's record stays); refused if that would leave no
    applicant or respondent, or if an agreement or a session names them."""
    require(actor, Action.EDIT_CASE)
    with store.write(actor) as uow:
        s = uow.session
        case = get_case_for_change(s, actor, case_id, expected_version)
        ensure_open(case, "删除当事人")
        cp = _case_party(s, case, party_id)
        name = cp.party.name
        _check_roles_remain(s, case, cp, None)
        in_clause = s.scalars(select(AgreementClause.id).join(Agreement).where(
            Agreement.case_id == case.id, AgreementClause.obligor_party_id == party_id)).first()
        if in_clause is not None:
            raise UserError("case.party_in_use", name=name, where="调解协议")
        if s.scalars(select(SessionParticipant.id).where(SessionParticipant.case_party_id == cp.id)).first():
            raise UserError("case.party_in_use", name=name, where="调解安排")
        before = {"party_id": party_id, "name": name, "role": cp.role}
        s.delete(cp)
        _bump(case)
        s.flush()
        search_index.refresh(s, case.id)
        uow.audit("remove_party", "case", case.id, case_id=case.id, before=before)
        return _read_detail(actor, s, case)


# --- closing and reopening -----------------------------------------------------------------------


@dataclass(frozen=True)
class Closing:
    """结案: how the case ended, when, and (for no agreement / withdrawal) why."""

    outcome: str  # domain.vocab.Outcome
    closed_on: date
    note: str = ""  # 结案说明: required for terminated / withdrawn
    prevented_criminal: bool | _Keep = KEEP
    prevented_criminal_people: int | _Keep = KEEP
    prevented_petition: bool | _Keep = KEEP
    prevented_petition_people: int | _Keep = KEEP


def _status_label(status: str) -> str:
    return CASE_STATUS_LABELS[status].zh if status in CASE_STATUS_LABELS else status


_NEEDS_AGREEMENT = {Outcome.WRITTEN_AGREEMENT: AgreementKind.WRITTEN, Outcome.ORAL_AGREEMENT: AgreementKind.ORAL}


def close_case(store: Store, actor: Actor, case_id: int, expected_version: int, closing: Closing, *,
               today: date | None = None) -> CaseDetail:
    """Close a case with its outcome; the statistics flags may be set at the same time."""
    require(actor, Action.CLOSE_CASE)
    today = today or date.today()
    if closing.outcome not in {o.value for o in Outcome}:
        raise ValidationError([problem("outcome", "field.unknown_choice", label="结案方式", value=closing.outcome,
                                       choices="、".join(t.zh for t in OUTCOME_LABELS.values()))])
    outcome = Outcome(closing.outcome)
    label = OUTCOME_LABELS[outcome].zh
    with store.write(actor) as uow:
        s = uow.session
        case = get_case_for_change(s, actor, case_id, expected_version)
        if case.status != CaseStatus.ACCEPTED and not (case.status == CaseStatus.REGISTERED
                                                      and outcome == Outcome.WITHDRAWN):
            raise UserError("case.cannot_transition", status=_status_label(case.status), action="结案")
        problems: list[FieldProblem] = []
        kind = _NEEDS_AGREEMENT.get(outcome)
        if kind is not None:
            signed = s.scalars(select(Agreement.id).where(Agreement.case_id == case.id, Agreement.kind == kind,
                                                          Agreement.status == AgreementStatus.SIGNED)).first()
            if signed is None:
                problems.append(problem("outcome", "case.close_needs_agreement", outcome=label,
                                        what="调解协议书" if kind == AgreementKind.WRITTEN else "口头协议"))
        elif not clean(closing.note):
            problems.append(problem("note", "case.close_needs_note", outcome=label))
        if closing.closed_on > today:
            problems.append(problem("closed_on", "field.future_date", label="结案日期"))
        elif closing.closed_on < case.received_on:
            problems.append(problem("closed_on", "case.closed_before_received",
                                    received_on=case.received_on.isoformat()))
        flags = {k: v for k, v in _given(closing).items() if k.startswith("prevented_")}
        flag_values, flag_problems = _case_problems(s, actor, case, flags)
        problems += flag_problems
        if problems:
            raise ValidationError(problems)
        before = {"status": case.status, "outcome": case.outcome, "outcome_note": case.outcome_note,
                  "closed_on": None, **{k: getattr(case, k) for k in flag_values}}
        case.status = CaseStatus.CLOSED
        case.outcome = outcome.value
        case.outcome_note = closing.note.strip()
        case.closed_on = closing.closed_on
        for k, v in flag_values.items():
            setattr(case, k, v)
        s.flush()
        uow.audit("close", "case", case.id, case_id=case.id, before=before,
                  after={"status": case.status, "outcome": case.outcome, "outcome_note": case.outcome_note,
                         "closed_on": case.closed_on.isoformat(), **flag_values})
        return _read_detail(actor, s, case)


def reopen_case(store: Store, actor: Actor, case_id: int, expected_version: int, reason: str) -> CaseDetail:
    """An administrator reopens a closed case (e.g. a closing recorded by mistake), with the reason."""
    require(actor, Action.REOPEN_CASE)
    if not clean(reason):
        raise ValidationError([problem("reason", "case.reopen_reason")])
    with store.write(actor) as uow:
        s = uow.session
        case = get_case_for_change(s, actor, case_id, expected_version)
        if case.status != CaseStatus.CLOSED:
            raise UserError("case.cannot_transition", status=_status_label(case.status), action="重新打开")
        before = {"status": case.status, "outcome": case.outcome, "outcome_note": case.outcome_note,
                  "closed_on": case.closed_on.isoformat() if case.closed_on else None}
        case.status = CaseStatus.ACCEPTED
        case.outcome = None
        case.outcome_note = ""
        case.closed_on = None
        s.flush()
        uow.audit("reopen", "case", case.id, case_id=case.id, before=before,
                  after={"status": case.status, "reason": clean(reason)})
        return _read_detail(actor, s, case)
