"""受理登记: validate a new case, find the parties' earlier cases, assess risk, number and store it.

Everything is checked before anything is written, and the case, its parties, its referral, its
search entry and its audit event are written in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from mediation_desk.db.models import Agency, Case, CaseParty, Committee, KeyCasePlan, Party, Referral
from mediation_desk.domain import identity, limits
from mediation_desk.domain.case_number import format_case_number
from mediation_desk.domain.risk import RiskAssessment, RiskFacts, assess
from mediation_desk.domain.text import clean
from mediation_desk.domain.vocab import SOURCE_AGENCY_KIND, CaseStatus, PartyKind, PartyRole
from mediation_desk.domain.workdays import Calendar
from mediation_desk.errors import FieldProblem, NotFoundError, UserError, ValidationError, problem
from mediation_desk.services import calendar_admin, numbering, search_index, vocabulary
from mediation_desk.services import settings as settings_mod
from mediation_desk.services.case_rows import CaseRow, load_rows
from mediation_desk.services.common import get_case, get_case_for_change
from mediation_desk.store import Actor, Store


@dataclass
class PartyInput:
    role: str
    name: str
    kind: str = PartyKind.PERSON
    id_number: str = ""
    phone: str = ""
    address: str = ""
    sex: str = ""
    birth_date: date | None = None
    ethnicity: str = ""
    occupation: str = ""
    credit_code: str = ""
    legal_representative: str = ""
    agent_name: str = ""
    agent_phone: str = ""
    agent_id_number: str = ""
    agent_kind: str = ""


@dataclass
class ReferralInput:
    agency: str = ""  # the agency's name; created on first use
    agency_id: int | None = None
    reference: str = ""
    received_on: date | None = None
    request: str = ""
    liaison_id: int | None = None


@dataclass
class CaseInput:
    dispute_type: str
    source: str
    received_on: date
    summary: str
    parties: list[PartyInput]
    claims: str = ""
    referral: ReferralInput | None = None
    mediator_id: int | None = None
    people_involved: int | None = None
    found_by_screening: bool = False


@dataclass(frozen=True)
class PartyHistory:
    """A party's earlier cases, shown before the new case is saved."""

    index: int  # position in CaseInput.parties
    name: str
    earlier: list[CaseRow]
    open_cases: int
    recent_cases: int  # within the committee's repeat window
    flagged: bool


@dataclass(frozen=True)
class IntakeResult:
    case_id: int
    case_number: str
    status: str
    risk: RiskAssessment
    history: list[PartyHistory] = field(default_factory=list)


# --- validation ----------------------------------------------------------------------------------


def _validate_party(i: int, p: PartyInput, today: date) -> tuple[PartyInput, list[FieldProblem]]:
    f = f"parties[{i}]"
    problems: list[FieldProblem] = []
    p = replace(p, name=clean(p.name), address=clean(p.address), occupation=clean(p.occupation),
                ethnicity=clean(p.ethnicity), legal_representative=clean(p.legal_representative),
                agent_name=clean(p.agent_name))
    if p.role not in {r.value for r in PartyRole}:
        problems.append(problem(f"{f}.role", "field.unknown_choice", label="当事人身份", value=p.role,
                                choices="applicant、respondent、third_party"))
    if p.kind not in {k.value for k in PartyKind}:
        problems.append(problem(f"{f}.kind", "field.unknown_choice", label="当事人类型", value=p.kind,
                                choices="person、organisation"))
    if not p.name:
        problems.append(problem(f"{f}.name", "field.required",
                                label="单位名称" if p.kind == PartyKind.ORGANISATION else "当事人姓名"))
    elif len(p.name) > 100:
        problems.append(problem(f"{f}.name", "field.too_long", label="姓名", max=100))
    if p.kind == PartyKind.PERSON and clean(p.id_number):
        id_problems = identity.check_resident_id(p.id_number, f"{f}.id_number", today)
        problems += id_problems
        if not id_problems:
            rid = identity.parse_resident_id(p.id_number)
            # The ID number is authoritative for sex and birth date.
            p = replace(p, id_number=rid.number, sex=rid.sex, birth_date=rid.birth_date)
    elif p.kind == PartyKind.ORGANISATION and clean(p.credit_code):
        cc = identity.check_credit_code(p.credit_code, f"{f}.credit_code")
        problems += cc
        if not cc:
            p = replace(p, credit_code=identity.normalise_credit_code(p.credit_code))
    for attr, _label in (("phone", "联系电话"), ("agent_phone", "代理人电话")):
        value = clean(getattr(p, attr))
        if value:
            ph = identity.check_phone(value, f"{f}.{attr}")
            problems += ph
            if not ph:
                p = replace(p, **{attr: identity.normalise_phone(value)})  # type: ignore[arg-type]
    if clean(p.agent_id_number):
        problems += identity.check_resident_id(p.agent_id_number, f"{f}.agent_id_number", today)
    return p, problems


def validate(store: Store, data: CaseInput, today: date | None = None,
             vocab: dict[str, list[vocabulary.VocabEntry]] | None = None) -> CaseInput:
    """Return a cleaned copy of ``data`` or raise ValidationError naming every problem.

    ``vocab`` (vocabulary name → entries) lets a bulk caller such as the ledger import read the
    vocabularies once instead of once per case."""
    today = today or date.today()
    problems: list[FieldProblem] = []
    vocab = vocab or {name: vocabulary.entries(store, name) for name in ("dispute_type", "source")}
    dispute_type = vocabulary.resolve(vocab["dispute_type"], data.dispute_type or "")
    if not clean(data.dispute_type):
        problems.append(problem("dispute_type", "field.required", label="纠纷类型"))
    elif dispute_type is None:
        problems.append(problem("dispute_type", "field.unknown_choice", label="纠纷类型", value=data.dispute_type,
                                choices="、".join(e.zh for e in vocab["dispute_type"])))
    source = vocabulary.resolve(vocab["source"], data.source or "")
    if not clean(data.source):
        problems.append(problem("source", "field.required", label="案件来源"))
    elif source is None:
        problems.append(problem("source", "field.unknown_choice", label="案件来源", value=data.source,
                                choices="、".join(e.zh for e in vocab["source"])))
    if not isinstance(data.received_on, date):
        problems.append(problem("received_on", "field.bad_date", label="受理日期", value=str(data.received_on)))
    elif data.received_on > today:
        problems.append(problem("received_on", "field.future_date", label="受理日期"))
    summary = clean(data.summary)
    if not summary:
        problems.append(problem("summary", "field.required", label="纠纷简要情况"))
    parties = []
    for i, p in enumerate(data.parties):
        cleaned, ps = _validate_party(i, p, today)
        parties.append(cleaned)
        problems += ps
    if not any(p.role == PartyRole.APPLICANT for p in parties):
        problems.append(problem("parties", "party.none"))
    elif not any(p.role == PartyRole.RESPONDENT for p in parties):
        problems.append(problem("parties", "party.no_respondent"))
    referral = data.referral
    if referral is not None:
        referral = replace(referral, agency=clean(referral.agency), reference=clean(referral.reference),
                           request=clean(referral.request))
        if not referral.agency and referral.agency_id is None:
            problems.append(problem("referral.agency", "field.required", label="移送单位"))
        if referral.received_on is not None and referral.received_on > today:
            problems.append(problem("referral.received_on", "field.future_date", label="移送日期"))
    if data.people_involved is not None and data.people_involved < 0:
        problems.append(problem("people_involved", "field.bad_amount", label="涉及人数",
                                value=str(data.people_involved)))
    if problems:
        raise ValidationError(problems)
    assert dispute_type is not None and source is not None
    return replace(data, dispute_type=dispute_type, source=source, summary=summary,
                   claims=clean(data.claims), parties=parties, referral=referral)


# --- earlier cases and risk ----------------------------------------------------------------------


def _known_party_ids(s: Session, committee_id: int, p: PartyInput) -> list[int]:
    """Cached per transaction: intake asks this of each party for history, risk and storing."""
    cache: dict[tuple[object, ...], list[int]] = s.info.setdefault("known_party_ids", {})
    key = (committee_id, p.kind, p.id_number, p.credit_code, p.name, p.phone)
    if key not in cache:
        cache[key] = _lookup_party_ids(s, committee_id, p)
    return cache[key]


def _lookup_party_ids(s: Session, committee_id: int, p: PartyInput) -> list[int]:
    """Stored party rows that are this same person or organisation: same ID number or credit code,
    or same name and phone. Each test is its own indexed lookup (an OR would scan the committee)."""
    lookups = []
    if p.kind == PartyKind.PERSON and p.id_number:
        lookups.append(Party.id_number == p.id_number)
    if p.kind == PartyKind.ORGANISATION and p.credit_code:
        lookups.append(Party.credit_code == p.credit_code)
    if p.name and p.phone:
        lookups.append(and_(Party.name == p.name, Party.phone == p.phone))
    ids: set[int] = set()
    for cond in lookups:
        ids.update(s.scalars(select(Party.id).where(Party.committee_id == committee_id, cond)))
    return sorted(ids)


def _earlier_case_ids(s: Session, committee_id: int, p: PartyInput) -> list[int]:
    cache: dict[tuple[int, ...], list[int]] = s.info.setdefault("earlier_case_ids", {})
    party_ids = _known_party_ids(s, committee_id, p)
    key = tuple(party_ids)
    if key not in cache:
        cache[key] = _cases_of(s, party_ids)
    return cache[key]


def _cases_of(s: Session, party_ids: list[int]) -> list[int]:
    if not party_ids:
        return []
    case_ids = set(s.scalars(select(CaseParty.case_id).where(CaseParty.party_id.in_(party_ids))))
    if not case_ids:
        return []
    return list(s.scalars(
        select(Case.id).where(Case.id.in_(case_ids)).order_by(Case.received_on.desc(), Case.id.desc()).limit(50)
    ))


def party_history(store: Store, committee_id: int, parties: list[PartyInput],
                  today: date | None = None) -> list[PartyHistory]:
    """Earlier cases of each party (same ID number or credit code, or same name and phone)."""
    today = today or date.today()
    with store.read() as s:
        committee = s.get(Committee, committee_id)
        window = settings_mod.merged(committee.settings if committee else {})["repeat_window_days"]
        return _history(s, committee_id, parties, today, int(window))


def _history(s: Session, committee_id: int, parties: list[PartyInput], today: date,
             window: int) -> list[PartyHistory]:
    out = []
    for i, p in enumerate(parties):
        ids = _earlier_case_ids(s, committee_id, p)
        if not ids:
            continue
        rows = load_rows(s, ids)
        open_cases = sum(1 for r in rows if r.status in (CaseStatus.REGISTERED, CaseStatus.ACCEPTED))
        recent = sum(1 for r in rows if r.received_on >= today - timedelta(days=window))
        out.append(PartyHistory(i, p.name, rows, open_cases, recent, open_cases > 0 or recent > 0))
    return out


def _repeat_between(s: Session, committee_id: int, parties: list[PartyInput], since: date) -> int:
    """Earlier cases since ``since`` in which an applicant and a respondent of this case both took part."""
    sides = [[p for p in parties if p.role == r] for r in (PartyRole.APPLICANT, PartyRole.RESPONDENT)]
    case_sets = []
    for side in sides:
        ids: set[int] = set()
        for p in side:
            ids.update(_earlier_case_ids(s, committee_id, p))
        case_sets.append(ids)
    common = case_sets[0] & case_sets[1]
    if not common:
        return 0
    return int(s.scalar(select(func.count(Case.id)).where(Case.id.in_(common), Case.received_on >= since)) or 0)


def assess_risk(s: Session, committee_id: int, data: CaseInput, history: list[PartyHistory],
                rules: dict[str, Any]) -> RiskAssessment:
    window = int(rules.get("repeat_window_days", 365))
    petition = sum(1 for h in history if any(r.source == "petition_referral" for r in h.earlier))
    facts = RiskFacts(
        summary=data.summary + " " + data.claims,
        people_involved=data.people_involved or len(data.parties),
        repeat_disputes_between_parties=_repeat_between(s, committee_id, data.parties,
                                                         data.received_on - timedelta(days=window)),
        parties_with_open_cases=sum(1 for h in history if h.open_cases),
        parties_with_petition_history=petition,
        source=data.source,
    )
    return assess(facts, rules)


# --- writing -------------------------------------------------------------------------------------


def _check_identity_names(s: Session, committee_id: int, parties: list[PartyInput]) -> None:
    """An ID number or credit code already on file under another name is a typo until shown otherwise."""
    problems = []
    for i, p in enumerate(parties):
        key_col, key, field_name = ((Party.id_number, p.id_number, "id_number") if p.kind == PartyKind.PERSON
                                    else (Party.credit_code, p.credit_code, "credit_code"))
        if not key:
            continue
        known = s.scalar(select(Party.name).where(Party.committee_id == committee_id, key_col == key)
                         .order_by(Party.id).limit(1))
        if known is not None and known != p.name:
            problems.append(problem(f"parties[{i}].{field_name}", "party.name_mismatch", number=key, known=known,
                                    name=p.name))
    if problems:
        raise ValidationError(problems)


def _store_party(s: Session, committee_id: int, p: PartyInput) -> Party:
    known = _known_party_ids(s, committee_id, p)
    party = s.get(Party, known[0]) if known else None
    # The party rows change now: a later lookup (the same person named twice) must see them.
    s.info.pop("known_party_ids", None)
    if party is None:
        party = Party(committee_id=committee_id, kind=p.kind, name=p.name)
        s.add(party)
    party.name = p.name
    # Fill in what we learn now; never blank out what an earlier intake recorded.
    for attr in ("id_number", "sex", "birth_date", "ethnicity", "occupation", "phone", "address",
                 "credit_code", "legal_representative"):
        value = getattr(p, attr)
        if value:
            setattr(party, attr, value)
    s.flush()
    return party


def _agency_for(s: Session, committee_id: int, source: str, ref: ReferralInput) -> Agency:
    if ref.agency_id is not None:
        agency = s.get(Agency, ref.agency_id)
        if agency is None or agency.committee_id != committee_id:
            raise NotFoundError(what="对接单位", key=str(ref.agency_id))
        return agency
    agency = s.scalars(select(Agency).where(Agency.committee_id == committee_id, Agency.name == ref.agency)).first()
    if agency is None:
        agency = Agency(committee_id=committee_id, name=ref.agency,
                        kind=SOURCE_AGENCY_KIND.get(source, "department"))
        s.add(agency)
        s.flush()
    return agency


def agency_limits(agency: Agency | None) -> limits.AgencyLimits | None:
    if agency is None:
        return None
    return limits.AgencyLimits(agency.mediation_days, agency.feedback_days, bool(agency.feedback_in_workdays))


def mediation_due(received_on: date, source: str, settings: dict[str, Any], agency: Agency | None,
                  calendar: Calendar | None = None) -> date:
    """The mediation time limit, counted with the holiday calendar (see ``domain.limits``)."""
    cal = calendar or Calendar.from_package()
    return limits.mediation_due(received_on, source, settings, agency_limits(agency), cal).due_on


def create_case(store: Store, actor: Actor, data: CaseInput, *, decision: str = "accept",
                decline_reason: str = "", today: date | None = None) -> IntakeResult:
    """Register a case with its parties; ``decision`` is accept (受理), register (待定) or decline."""
    today = today or date.today()
    data = validate(store, data, today)
    if decision == "decline" and not clean(decline_reason):
        raise ValidationError([problem("decline_reason", "case.decline_reason")])
    if decision not in ("accept", "register", "decline"):
        raise ValueError(decision)
    with store.write(actor) as uow:
        s = uow.session
        committee = s.get(Committee, actor.committee_id)
        if committee is None:
            raise UserError("error.no_committee")
        settings = settings_mod.merged(committee.settings)
        _check_identity_names(s, committee.id, data.parties)
        history = _history(s, committee.id, data.parties, today, int(settings["repeat_window_days"]))
        risk = assess_risk(s, committee.id, data, history, settings["risk_rules"])
        agency = _agency_for(s, committee.id, data.source, data.referral) if data.referral else None
        year = data.received_on.year
        serial = numbering.next_serial(s, committee.id, year)
        case = Case(
            committee_id=committee.id, year=year, serial=serial,
            case_number=format_case_number(year, committee.short_name, serial),
            dispute_type=data.dispute_type, source=data.source, received_on=data.received_on,
            summary=data.summary, claims=data.claims, mediator_id=data.mediator_id, registrar_id=actor.user_id,
            people_involved=data.people_involved or len(data.parties), risk_level=risk.level,
            risk_reasons=[r.as_dict() for r in risk.reasons], key_case=risk.level == "high",
            found_by_screening=data.found_by_screening or data.source == "grid_screening",
            retention=str(settings.get("retention", "")),
        )
        calendar = calendar_admin.load_calendar(s)
        if decision == "accept":
            case.status = CaseStatus.ACCEPTED
            case.accepted_on = data.received_on
            case.due_on = mediation_due(data.received_on, data.source, settings, agency, calendar)
        elif decision == "decline":
            case.status = CaseStatus.DECLINED
            case.decline_reason = clean(decline_reason)
            case.closed_on = data.received_on
        s.add(case)
        s.flush()
        for position, p in enumerate(data.parties):
            party = _store_party(s, committee.id, p)
            s.add(CaseParty(case_id=case.id, party_id=party.id, role=p.role, position=position,
                            agent_name=p.agent_name, agent_phone=p.agent_phone,
                            agent_id_number=identity.normalise_id_number(p.agent_id_number)
                            if p.agent_id_number else "", agent_kind=p.agent_kind))
        if data.referral and agency is not None:
            received = data.referral.received_on or data.received_on
            feedback_due = limits.feedback_due(received, settings, agency_limits(agency), calendar).due_on
            s.add(Referral(case_id=case.id, agency_id=agency.id, liaison_id=data.referral.liaison_id,
                           reference=data.referral.reference, received_on=received,
                           request=data.referral.request, feedback_due_on=feedback_due))
        s.flush()
        search_index.refresh(s, case.id)
        uow.audit("create", "case", case.id, case_id=case.id, after={
            "case_number": case.case_number, "dispute_type": case.dispute_type, "source": case.source,
            "received_on": case.received_on.isoformat(), "status": case.status,
            "parties": [p.name for p in data.parties], "risk_level": risk.level,
        })
        return IntakeResult(case.id, case.case_number, case.status, risk, history)


def accept_case(store: Store, actor: Actor, case_id: int, expected_version: int,
                accepted_on: date | None = None) -> int:
    """受理 a registered case; returns the new version."""
    with store.write(actor) as uow:
        case = get_case_for_change(uow.session, actor, case_id, expected_version)
        if case.status != CaseStatus.REGISTERED:
            raise UserError("case.cannot_transition", status=case.status, action="受理")
        committee = uow.session.get(Committee, case.committee_id)
        settings = settings_mod.merged(committee.settings if committee else {})
        agency = case.referral.agency if case.referral else None
        case.status = CaseStatus.ACCEPTED
        case.accepted_on = accepted_on or date.today()
        case.due_on = mediation_due(case.accepted_on, case.source, settings, agency,
                                    calendar_admin.load_calendar(uow.session))
        uow.session.flush()
        uow.audit("accept", "case", case.id, case_id=case.id, before={"status": "registered"},
                  after={"status": case.status, "accepted_on": case.accepted_on.isoformat()})
        return case.version


def decline_case(store: Store, actor: Actor, case_id: int, expected_version: int, reason: str) -> int:
    """不予受理, with the reason that goes into the decline notice."""
    if not clean(reason):
        raise ValidationError([problem("decline_reason", "case.decline_reason")])
    with store.write(actor) as uow:
        case = get_case_for_change(uow.session, actor, case_id, expected_version)
        if case.status != CaseStatus.REGISTERED:
            raise UserError("case.cannot_transition", status=case.status, action="不予受理")
        case.status = CaseStatus.DECLINED
        case.decline_reason = clean(reason)
        case.closed_on = date.today()
        uow.session.flush()
        uow.audit("decline", "case", case.id, case_id=case.id, before={"status": "registered"},
                  after={"status": case.status, "reason": case.decline_reason})
        return case.version


def set_key_case_plan(store: Store, actor: Actor, case_id: int, *, leader: str, responsible_person: str,
                      plan: str, due_on: date) -> None:
    """五定四包 for a high-risk or key case."""
    problems = [problem(f, "field.required", label=label) for f, label, v in (
        ("leader", "包案领导", leader), ("responsible_person", "责任人", responsible_person),
        ("plan", "化解方案", plan)) if not clean(v)]
    if problems:
        raise ValidationError(problems)
    with store.write(actor) as uow:
        s = uow.session
        case = get_case(s, actor, case_id)
        existing = s.get(KeyCasePlan, case_id)
        before = None
        if existing is None:
            existing = KeyCasePlan(case_id=case_id, leader="", responsible_person="", plan="", due_on=due_on)
            s.add(existing)
        else:
            before = {"leader": existing.leader, "responsible_person": existing.responsible_person,
                      "plan": existing.plan, "due_on": existing.due_on.isoformat()}
        existing.leader, existing.responsible_person = clean(leader), clean(responsible_person)
        existing.plan, existing.due_on = plan.strip(), due_on
        case.key_case = True
        s.flush()
        uow.audit("key_case_plan", "case", case_id, case_id=case_id, before=before,
                  after={"leader": existing.leader, "responsible_person": existing.responsible_person,
                         "plan": existing.plan, "due_on": due_on.isoformat()})
