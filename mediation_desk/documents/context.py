"""Gathers one case's data for its documents, as plain dicts of display strings.

One read transaction loads the case, its parties, referral and agency, sessions, records,
agreements with clauses, follow-ups, judicial confirmations, attachments and the committee; the
result (:class:`CaseData`) is then *scoped* for a form — which agreement, which record, which
follow-up — into the dict that ``{placeholders}`` in ``forms/*.toml`` read. Values are already
display text: dates as 2026年5月6日, sex as 男/女, amounts in figures and in capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_desk.db.models import (
    Agency,
    Agreement,
    AgreementClause,
    Attachment,
    Case,
    CaseMediator,
    CaseParty,
    Committee,
    FollowUp,
    JudicialConfirmation,
    Liaison,
    MediationSession,
    Mediator,
    Party,
    Record,
    Referral,
    Room,
    SessionParticipant,
    User,
)
from mediation_desk.domain.money import format_amount, to_capitals
from mediation_desk.domain.privacy import mask_id, mask_phone
from mediation_desk.domain.vocab import (
    AGENCY_KIND_LABELS,
    OUTCOME_LABELS,
    PARTY_ROLE_LABELS,
    REFERENCE_LABELS,
    default_term,
)
from mediation_desk.errors import NotFoundError
from mediation_desk.services import settings as settings_mod
from mediation_desk.store import Actor, Store

LOCAL_TZ = timezone(timedelta(hours=8))  # Asia/Shanghai has no daylight saving time
SIDES = "甲乙丙丁戊己庚辛壬癸"
CN_NUMS = "一二三四五六七八九十"

# What each data field is called on paper: a character no font can draw is reported by this name.
FIELD_LABELS: dict[str, str] = {
    "parties.name": "当事人姓名", "parties.address": "当事人住址", "parties.occupation": "当事人职业或单位",
    "parties.ethnicity": "当事人民族", "parties.legal_representative": "法定代表人",
    "parties.agent_name": "代理人姓名", "parties.particulars": "当事人基本情况",
    "parties.agent_line": "代理人情况", "parties.signature_name": "当事人姓名",
    "case.summary": "纠纷简要情况", "case.claims": "申请事项", "case.decline_reason": "不予受理理由",
    "case.party_names": "当事人姓名", "case.applicant_names": "申请人姓名",
    "case.respondent_names": "被申请人姓名", "case.mediators": "调解员", "case.mediator": "调解员",
    "case.recorder": "记录人", "case.archive_keeper": "立卷人", "case.outcome_note": "调解结果",
    "case.title": "卷名",
    "claims.text": "申请事项", "agreement.facts": "纠纷主要事实", "agreement.matters": "争议事项",
    "agreement.responsibility": "责任认定", "agreement.performance_method": "履行方式",
    "clauses.text": "协议条款", "record.subject": "事由", "record.present": "参加人员",
    "record.notices": "告知事项", "record.body": "记录内容", "record.facts_checked": "核实的事实",
    "record.risk_warning": "风险提示", "record.result": "调解结果", "record.place": "地点",
    "record.recorder": "记录人", "follow_up.party_names": "回访对象", "follow_up.reason": "回访事由",
    "follow_up.note": "回访情况", "follow_up.new_risk": "新的风险", "follow_up.visitor": "回访人",
    "session.place": "调解地点", "session.participants": "参加人员", "referral.agency": "移送单位",
    "referral.request": "移送事项", "referral.feedback_text": "反馈内容", "committee.name": "调委会名称",
    "committee.letterhead": "文头", "committee.seal_text": "印章文字", "committee.address": "调委会地址",
    "judicial.court": "人民法院",
}


def cn_date(d: date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def cn_datetime(dt: datetime | None) -> str:
    if dt is None:
        return ""
    local = dt.astimezone(LOCAL_TZ)
    return f"{cn_date(local.date())}{local.hour}时{local.minute:02d}分"


def cn_index(n: int) -> str:
    """1 → 一, 12 → 十二: the numbering of clauses and requests in Chinese documents."""
    if n <= 10:
        return CN_NUMS[n - 1]
    tens, ones = divmod(n, 10)
    return (CN_NUMS[tens - 1] if tens > 1 else "") + "十" + (CN_NUMS[ones - 1] if ones else "")


def age_on(born: date | None, on: date) -> str:
    if born is None:
        return ""
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return f"{years}岁"


def money(value: Decimal | None) -> dict[str, str]:
    if value is None:
        return {"figures": "", "capitals": ""}
    return {"figures": f"{format_amount(value)}元", "capitals": to_capitals(value)}


@dataclass
class CaseData:
    """Everything a case's documents may show; ``scope`` picks the items one document is about."""

    base: dict[str, Any]
    agreements: list[dict[str, Any]] = field(default_factory=list)  # newest version first
    session_records: list[dict[str, Any]] = field(default_factory=list)
    investigation_records: list[dict[str, Any]] = field(default_factory=list)
    follow_ups: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    judicial: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)

    def scope(self, *, agreement_id: int | None = None, record_id: int | None = None,
              follow_up_id: int | None = None, session_id: int | None = None,
              oral: bool | None = None) -> dict[str, Any]:
        ctx = dict(self.base)
        ctx["agreement"] = _pick(self.agreements, agreement_id, lambda a: oral is None or a["is_oral"] == oral)
        ctx["clauses"] = ctx["agreement"].get("clauses", [])
        records = self.session_records + self.investigation_records
        ctx["record"] = _pick(records, record_id, lambda r: True)
        if record_id is None:
            ctx["session_record"] = _pick(self.session_records, None, lambda r: True)
            ctx["investigation_record"] = _pick(self.investigation_records, None, lambda r: True)
        else:
            ctx["session_record"] = ctx["investigation_record"] = ctx["record"]
        ctx["follow_up"] = _pick(self.follow_ups, follow_up_id, lambda f: True)
        planned = [s for s in self.sessions if s["is_planned"]] or self.sessions
        ctx["session"] = _pick(planned, session_id, lambda s: True) if session_id is None else \
            _pick(self.sessions, session_id, lambda s: True)
        ctx["judicial"] = _pick(self.judicial, None, lambda j: True)
        ctx["attachments"] = self.attachments
        return ctx


def _pick(items: list[dict[str, Any]], item_id: int | None, ok: Any) -> dict[str, Any]:
    if item_id is not None:
        for item in items:
            if item["id"] == item_id:
                return item
        raise NotFoundError(what="文书内容", key=str(item_id))
    for item in items:
        if ok(item) and not item.get("superseded"):
            return item
    return {}


def gather(store: Store, actor: Actor, case_id: int, *, today: date | None = None) -> CaseData:
    with store.read() as s:
        return _gather(s, actor, case_id, today or date.today())


def _labels(s: Session, vocabulary: str) -> dict[str, str]:
    from mediation_desk.db.models import VocabItem

    rows = s.execute(select(VocabItem.code, VocabItem.label_zh).where(VocabItem.vocabulary == vocabulary))
    return {code: label for code, label in rows}


def _clauses_by_agreement(s: Session, ids: list[int]) -> dict[int, list[AgreementClause]]:
    out: dict[int, list[AgreementClause]] = {i: [] for i in ids}
    if ids:
        for c in s.scalars(select(AgreementClause).where(AgreementClause.agreement_id.in_(ids))
                           .order_by(AgreementClause.position, AgreementClause.id)):
            out[c.agreement_id].append(c)
    return out


def _label(labels: dict[str, str], vocabulary: str, code: str) -> str:
    if code in labels:
        return labels[code]
    term = default_term(vocabulary, code)
    return term.zh if term else code


def _gather(s: Session, actor: Actor, case_id: int, today: date) -> CaseData:
    case = s.get(Case, case_id)
    if case is None or case.committee_id != actor.committee_id:
        raise NotFoundError(what="案件", key=str(case_id))
    committee = s.get(Committee, case.committee_id)
    assert committee is not None
    full = actor.may_see_personal_data
    settings = settings_mod.merged(committee.settings)

    mediator_names = {m.id: m.name for m in s.scalars(select(Mediator).where(
        Mediator.committee_id == committee.id))}
    extra_ids = list(s.scalars(select(CaseMediator.mediator_id).where(CaseMediator.case_id == case.id)))
    lead = mediator_names.get(case.mediator_id or 0, "")
    mediators = [n for n in [lead, *(mediator_names.get(i, "") for i in extra_ids)] if n]
    registrar = ""
    if case.registrar_id:
        user = s.get(User, case.registrar_id)
        registrar = user.display_name if user else ""

    on = case.received_on
    parties: list[dict[str, Any]] = []
    party_by_id: dict[int, str] = {}
    rows = s.execute(select(CaseParty, Party).join(Party, CaseParty.party_id == Party.id)
                     .where(CaseParty.case_id == case.id).order_by(CaseParty.position, CaseParty.id)).all()
    for i, (cp, p) in enumerate(rows):
        party_by_id[p.id] = p.name
        parties.append(_party(cp, p, i, on, full))
    applicants = [p for p in parties if p["role"] == "applicant"]
    respondents = [p for p in parties if p["role"] != "applicant"]

    types, sources = _labels(s, "dispute_type"), _labels(s, "source")
    claims = [c.strip() for c in re.split(r"\n|(?<=。)\s*(?=请求)", case.claims) if c.strip()]
    names = "、".join(p["name"] for p in parties)
    title = f"{'、'.join(p['name'] for p in applicants)}与{'、'.join(p['name'] for p in respondents)}" \
            f"{_label(types, 'dispute_type', case.dispute_type)}纠纷"

    sessions = _sessions(s, case.id, mediator_names)
    held = [x for x in sessions if x["status"] == "held"]
    period_from = held[0]["date"] if held else cn_date(case.accepted_on or case.received_on)
    period_to = cn_date(case.closed_on) if case.closed_on else (held[-1]["date"] if held else "")

    committee_d = {
        "name": committee.name, "short_name": committee.short_name, "address": committee.address,
        "phone": committee.phone, "seal_text": committee.seal_text or committee.name,
        "letterhead": committee.letterhead or committee.name,
    }
    case_d = {
        "id": case.id, "number": case.case_number, "year": str(case.year), "title": title,
        "dispute_type": _label(types, "dispute_type", case.dispute_type),
        "source": _label(sources, "source", case.source), "source_code": case.source,
        "received_on": cn_date(case.received_on), "accepted_on": cn_date(case.accepted_on),
        "summary": case.summary, "claims": case.claims, "decline_reason": case.decline_reason,
        "mediator": lead, "mediators": "、".join(mediators), "registrar": registrar,
        "recorder": mediator_names.get(case.recorder_id or 0, ""), "due_on": cn_date(case.due_on),
        "closed_on": cn_date(case.closed_on), "outcome": OUTCOME_LABELS[case.outcome].zh
        if case.outcome in OUTCOME_LABELS else "", "outcome_note": case.outcome_note,
        "party_names": names, "applicant_names": "、".join(p["name"] for p in applicants),
        "respondent_names": "、".join(p["name"] for p in respondents),
        "period_from": period_from, "period_to": period_to,
        "archived_on": cn_date(case.archived_on), "archive_keeper": case.archive_keeper,
        "retention": case.retention or str(settings.get("retention", "")),
        "is_application": case.source == "party_application", "status": case.status,
    }
    base: dict[str, Any] = {
        "committee": committee_d, "case": case_d, "parties": parties, "applicants": applicants,
        "respondents": respondents, "claims": [{"n": str(i), "cn": cn_index(i), "text": c}
                                                for i, c in enumerate(claims, 1)],
        "today": cn_date(today), "referral": _referral(s, case.id), "settings": settings,
        "has_claims": bool(claims), "has_agents": any(p["has_agent"] for p in parties),
        "file": {"documents": "", "pages": "", "attachments": ""},  # filled in by the case-file builder
        "index": [],
    }
    data = CaseData(base=base, sessions=sessions)
    data.agreements = _agreements(s, case.id, party_by_id, len(parties), settings)
    for r in s.scalars(select(Record).where(Record.case_id == case.id)
                       .order_by(Record.occurred_at, Record.id)):
        rec = _record(r)
        (data.session_records if r.kind == "session_record" else data.investigation_records).append(rec)
    data.follow_ups = [_follow_up(f, data.agreements) for f in s.scalars(
        select(FollowUp).where(FollowUp.case_id == case.id).order_by(FollowUp.due_on, FollowUp.id))]
    data.judicial = [_judicial(j, data.agreements) for j in s.scalars(
        select(JudicialConfirmation).where(JudicialConfirmation.case_id == case.id)
        .order_by(JudicialConfirmation.id.desc()))]
    data.attachments = [{"id": a.id, "kind": a.kind, "title": a.title, "filename": a.filename,
                         "media_type": a.media_type, "sha256": a.sha256, "pages": a.pages}
                        for a in s.scalars(select(Attachment).where(Attachment.case_id == case.id)
                                           .order_by(Attachment.added_at, Attachment.id))]
    return data


def _party(cp: Any, p: Party, i: int, on: date, full: bool) -> dict[str, Any]:
    is_org = p.kind != "person"
    id_number = p.id_number or ""
    phone = p.phone or ""
    if not full:
        id_number, phone = mask_id(id_number), mask_phone(phone)
    sex = {"male": "男", "female": "女"}.get(p.sex or "", p.sex or "")
    ethnicity = p.ethnicity if not p.ethnicity or p.ethnicity.endswith("族") else p.ethnicity + "族"
    role = PARTY_ROLE_LABELS[cp.role].zh if cp.role in PARTY_ROLE_LABELS else cp.role
    if is_org:
        bits = [p.name, f"住所：{p.address}" if p.address else "",
                f"法定代表人：{p.legal_representative}" if p.legal_representative else "",
                f"统一社会信用代码：{p.credit_code}" if p.credit_code else "",
                f"联系电话：{phone}" if phone else ""]
    else:
        bits = [p.name, sex, ethnicity, age_on(p.birth_date, on), p.occupation,
                f"住址：{p.address}" if p.address else "", f"公民身份号码：{id_number}" if id_number else "",
                f"联系电话：{phone}" if phone else ""]
    agent_kind = {"legal": "法定代理人", "entrusted": "委托代理人"}.get(cp.agent_kind, "委托代理人")
    agent_bits = [cp.agent_name, f"联系电话：{cp.agent_phone}" if cp.agent_phone else "",
                  cp.agent_authority]
    return {
        "id": p.id, "n": str(i + 1), "role": cp.role, "role_label": role,
        "side": (SIDES[i] if i < len(SIDES) else str(i + 1)) + "方",
        "name": p.name, "sex": sex, "age": age_on(p.birth_date, on), "ethnicity": ethnicity,
        "occupation": p.occupation, "phone": phone, "address": p.address, "id_number": id_number,
        "is_org": is_org, "is_person": not is_org, "credit_code": p.credit_code or "",
        "legal_representative": p.legal_representative, "kind_label": "单位" if is_org else "个人",
        "particulars": "，".join(b for b in bits if b), "has_agent": bool(cp.agent_name),
        "agent_name": cp.agent_name, "agent_kind": agent_kind,
        "agent_line": f"{agent_kind}：" + "，".join(b for b in agent_bits if b) if cp.agent_name else "",
        "signature_name": p.name,
    }


def _referral(s: Session, case_id: int) -> dict[str, Any]:
    r = s.scalars(select(Referral).where(Referral.case_id == case_id)).first()
    if r is None:
        return {"exists": False}
    agency = s.get(Agency, r.agency_id)
    liaison = s.get(Liaison, r.liaison_id) if r.liaison_id else None
    kind = agency.kind if agency else ""
    return {
        "exists": True, "agency": agency.name if agency else "", "agency_kind": kind,
        "agency_kind_label": AGENCY_KIND_LABELS[kind].zh if kind in AGENCY_KIND_LABELS else "",
        "reference_label": REFERENCE_LABELS.get(kind, "编号"), "reference": r.reference,
        "received_on": cn_date(r.received_on), "request": r.request,
        "feedback_due_on": cn_date(r.feedback_due_on), "feedback_sent_on": cn_date(r.feedback_sent_on),
        "feedback_text": r.feedback_text, "liaison": liaison.name if liaison else "",
        "verb": {"police": "移送", "court": "委派", "petition": "转办"}.get(kind, "移送"),
    }


def _sessions(s: Session, case_id: int, mediator_names: dict[int, str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    sessions = list(s.scalars(select(MediationSession).where(MediationSession.case_id == case_id)
                              .order_by(MediationSession.starts_at)))
    if not sessions:
        return out
    room_ids = {ms.room_id for ms in sessions if ms.room_id}
    rooms = {r.id: r.name for r in s.scalars(select(Room).where(Room.id.in_(room_ids)))} if room_ids else {}
    by_session: dict[int, list[SessionParticipant]] = {ms.id: [] for ms in sessions}
    for sp in s.scalars(select(SessionParticipant).where(SessionParticipant.session_id.in_(list(by_session)))
                        .order_by(SessionParticipant.id)):
        by_session[sp.session_id].append(sp)
    liaison_ids = {sp.liaison_id for sps in by_session.values() for sp in sps if sp.liaison_id}
    liaisons = {li.id: li for li in s.scalars(select(Liaison).where(Liaison.id.in_(liaison_ids)))} \
        if liaison_ids else {}
    for ms in sessions:
        people = []
        for sp in by_session[ms.id]:
            if sp.kind == "mediator" and sp.mediator_id:
                people.append(f"调解员{mediator_names.get(sp.mediator_id, '')}")
            elif sp.kind == "liaison" and sp.liaison_id:
                li = liaisons.get(sp.liaison_id)
                people.append(f"{li.title or '联络员'}{li.name}" if li else "")
            elif sp.name:
                people.append(f"{sp.capacity}{sp.name}")
        out.append({
            "id": ms.id, "status": ms.status, "is_planned": ms.status == "planned",
            "date": cn_date(ms.starts_at.astimezone(LOCAL_TZ).date()), "time": cn_datetime(ms.starts_at),
            "place": ms.place or rooms.get(ms.room_id or 0, ""), "participants": "、".join(x for x in people if x),
            "note": ms.note,
        })
    return out


def _record(r: Record) -> dict[str, Any]:
    return {
        "id": r.id, "kind": r.kind, "version_no": r.version_no, "superseded": r.status == "superseded",
        "status": r.status, "time": cn_datetime(r.occurred_at), "place": r.place, "subject": r.subject,
        "present": r.present, "notices": r.notices or
        "调解员已告知当事人人民调解的性质、原则、效力以及当事人在调解活动中享有的权利和承担的义务。",
        "body": r.body, "facts_checked": r.facts_checked, "risk_warning": r.risk_warning,
        "risk_warning_missing": not r.risk_warning,
        "result": r.result, "recorder": r.recorder,
        "date": cn_date(r.occurred_at.astimezone(LOCAL_TZ).date()) if r.occurred_at else "",
    }


def _agreements(s: Session, case_id: int, party_names: dict[int, str], party_count: int,
                settings: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    rows = list(s.scalars(select(Agreement).where(Agreement.case_id == case_id)
                          .order_by(Agreement.version_no.desc(), Agreement.id.desc())))
    clause_rows = _clauses_by_agreement(s, [a.id for a in rows])
    for a in rows:
        clauses: list[dict[str, str]] = []
        for c in clause_rows[a.id]:
            m = money(c.amount)
            amount_note = f"（金额：{m['figures']}，大写：{m['capitals']}）" if c.amount else ""
            clauses.append({"n": str(len(clauses) + 1), "cn": cn_index(len(clauses) + 1), "text": c.text,
                            "amount": m["figures"], "amount_capitals": m["capitals"],
                            "amount_note": amount_note, "due_on": cn_date(c.due_on),
                            "obligor": party_names.get(c.obligor_party_id or 0, "")})
        total = money(a.total_amount if a.total_amount else None)
        copies = a.copies or int(settings.get("agreement_copies", party_count + 1))
        out.append({
            "id": a.id, "number": a.number, "version_no": a.version_no, "is_oral": a.kind == "oral",
            "superseded": a.status == "superseded", "status": a.status, "facts": a.facts,
            "matters": a.matters, "responsibility": a.responsibility,
            "performance_method": a.performance_method, "performance_due": cn_date(a.performance_due),
            "copies": str(copies), "copies_cn": cn_index(copies) if copies <= 99 else str(copies),
            "total": total["figures"], "total_capitals": total["capitals"], "has_total": bool(a.total_amount),
            "signed_on": cn_date(a.signed_on), "clauses": clauses,
            "clauses_text": "\n".join(f"{c['cn']}、{c['text']}{c['amount_note']}" for c in clauses),
            "version_note": f"（本协议为第{a.version_no}版，替代此前版本）" if a.version_no > 1 else "",
        })
    return out


def _follow_up(f: FollowUp, agreements: list[dict[str, Any]]) -> dict[str, Any]:
    number = next((a["number"] for a in agreements if a["id"] == f.agreement_id), "")
    performance = {"performed": "已履行", "partial": "部分履行", "not": "未履行"}.get(f.performance, f.performance)
    method = {"phone": "电话回访", "visit": "上门回访", "other": "其他方式"}.get(f.method, f.method)
    return {
        "id": f.id, "agreement_number": number, "due_on": cn_date(f.due_on), "date": cn_date(f.visited_on),
        "visited": f.visited_on is not None, "method": method, "party_names": f.party_names,
        "reason": f.reason, "performance": performance or "", "satisfaction": f.satisfaction,
        "lawsuit": "是" if f.lawsuit else "否", "new_risk": f.new_risk or "无", "note": f.note,
        "visitor": f.visitor,
    }


def _judicial(j: JudicialConfirmation, agreements: list[dict[str, Any]]) -> dict[str, Any]:
    a = next((a for a in agreements if a["id"] == j.agreement_id), {})
    return {"id": j.id, "court": j.court, "applied_on": cn_date(j.applied_on),
            "court_case_number": j.court_case_number, "agreement_number": a.get("number", ""),
            "agreement_signed_on": a.get("signed_on", "")}
