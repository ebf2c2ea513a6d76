"""The intake JSON format used by ``intake FILE`` (documented in the README)."""

from __future__ import annotations

from datetime import date
from typing import Any

from mediation_desk.errors import FieldProblem, ValidationError, problem
from mediation_desk.services.intake import CaseInput, PartyInput, ReferralInput

ROLE_ALIASES = {
    "applicant": "applicant", "申请人": "applicant",
    "respondent": "respondent", "被申请人": "respondent",
    "third party": "third_party", "third_party": "third_party", "第三人": "third_party",
}


def _date(value: Any, field: str, label: str, problems: list[FieldProblem]) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.append(problem(field, "field.bad_date", label=label, value=str(value)))
        return None


def _text(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    return "" if value is None else str(value)


def parse_case(data: Any) -> CaseInput:
    """Build a CaseInput from decoded JSON, or raise ValidationError naming every problem."""
    problems: list[FieldProblem] = []
    if not isinstance(data, dict):
        raise ValidationError([problem("$", "error.bad_json", detail="顶层应为一个对象 {…}")])
    received = _date(data.get("received_on"), "received_on", "受理日期", problems)
    if data.get("received_on") in (None, ""):
        problems.append(problem("received_on", "field.required", label="受理日期"))
    parties = []
    raw_parties = data.get("parties")
    if not isinstance(raw_parties, list):
        problems.append(problem("parties", "party.none"))
        raw_parties = []
    for i, p in enumerate(raw_parties):
        if not isinstance(p, dict):
            problems.append(problem(f"parties[{i}]", "error.bad_json", detail="每个当事人应为一个对象"))
            continue
        role = ROLE_ALIASES.get(_text(p, "role").strip().lower(), _text(p, "role"))
        kind = "organisation" if p.get("credit_code") or p.get("kind") in ("organisation", "organization", "单位") \
            else "person"
        parties.append(PartyInput(
            role=role, name=_text(p, "name"), kind=kind, id_number=_text(p, "id_number"), phone=_text(p, "phone"),
            address=_text(p, "address"), ethnicity=_text(p, "ethnicity"), occupation=_text(p, "occupation"),
            credit_code=_text(p, "credit_code"), legal_representative=_text(p, "legal_representative"),
            agent_name=_text(p, "agent_name"), agent_phone=_text(p, "agent_phone"),
        ))
    referral = None
    ref = data.get("referral")
    if isinstance(ref, dict):
        referral = ReferralInput(agency=_text(ref, "agency"), reference=_text(ref, "reference"),
                                 received_on=_date(ref.get("received_on"), "referral.received_on", "移送日期",
                                                   problems),
                                 request=_text(ref, "request"))
    people = data.get("people_involved")
    if problems:
        raise ValidationError(problems)
    assert received is not None
    return CaseInput(
        dispute_type=_text(data, "dispute_type"), source=_text(data, "source"), received_on=received,
        summary=_text(data, "summary"), claims=_text(data, "claims"), parties=parties, referral=referral,
        people_involved=int(people) if isinstance(people, int) else None,
    )
