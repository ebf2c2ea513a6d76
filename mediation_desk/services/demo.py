"""Realistic Chinese demo data at any size, deterministic from a seed.

Rows are written in batches with bulk inserts (one transaction per batch), so a 200,000-case
database builds in minutes; ``progress`` and ``cancel`` let a GUI worker report and stop it.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from mediation_desk.db.base import table_of
from mediation_desk.db.models import (
    Agreement,
    AgreementClause,
    AuditEvent,
    Case,
    CaseParty,
    Committee,
    FollowUp,
    MediationSession,
    Party,
    Record,
    Referral,
    SessionParticipant,
)
from mediation_desk.domain.case_number import agreement_number, format_case_number
from mediation_desk.domain.identity import credit_check_char, id_check_char
from mediation_desk.domain.risk import RiskFacts, assess
from mediation_desk.domain.vocab import SOURCE_AGENCY_KIND
from mediation_desk.services import committees, demo_text, numbering, search_index
from mediation_desk.store import Actor, Store

BATCH = 2000
TZ_OFFSET = timedelta(hours=8)  # demo sessions are placed in China Standard Time working hours

DISPUTE_WEIGHTS = {
    "neighbour": 22, "marriage_family": 18, "housing_land": 10, "contract": 9, "labour": 8, "damages": 8,
    "traffic": 7, "property_mgmt": 5, "consumer": 3, "medical": 2, "forest_land": 3, "land_requisition": 2,
    "business": 2, "pollution": 1, "other": 3,
}
SOURCE_WEIGHTS = {
    "party_application": 40, "committee_initiative": 10, "police_referral": 18, "court_delegation": 8,
    "court_entrustment": 2, "petition_referral": 6, "hotline_12345": 6, "grid_screening": 8,
    "department_referral": 2,
}
ORG_RESPONDENT = {"property_mgmt", "consumer", "medical", "labour", "pollution", "land_requisition"}


@dataclass(frozen=True)
class DemoSummary:
    committee_id: int
    cases: int
    parties: int
    first_case_number: str
    last_case_number: str


@dataclass
class _Org:
    committee_id: int
    short_name: str
    mediator_ids: list[int]
    agencies: dict[str, tuple[int, str, list[int]]]  # kind -> (agency id, name, liaison ids)
    room_ids: list[int]


def _ensure_org(store: Store, committee_id: int | None) -> tuple[Actor, _Org]:
    if committees.count_committees(store) == 0:
        actor = committees.setup_committee(
            store, name="安宁镇人民调解委员会", short_name="安", address="安宁镇人民路 18 号综治中心",
            seal_text="安宁镇人民调解委员会", first_mediator="王建国")
    else:
        actor = committees.actor_for(store, committee_id)
    cid = actor.committee_id
    mediators = committees.mediators(store, cid)
    if len(mediators) < 6:
        for i, name in enumerate(("李秀英", "张志强", "刘桂兰", "陈永新", "杨德福", "赵丽娟", "马文斌")):
            committees.add_mediator(store, actor, name, roster_number=f"甘调证{2019 + i % 5}{i + 1:04d}",
                                    full_time=i < 3, phone=f"1390931{i:04d}")
        mediators = committees.mediators(store, cid)
    agencies = {a.kind: (a.id, a.name, [x[0] for x in a.liaisons]) for a in committees.agencies(store, cid)}
    wanted = [
        ("police", "安宁派出所", [("周警官", "社区民警"), ("孙明", "对接民警")], 15),
        ("court", "安宁区人民法院安宁法庭", [("郑法官", "员额法官")], None),
        ("petition", "安宁区信访局", [("吴主任", "科员")], 15),
        ("hotline", "12345 政务服务热线", [], 10),
        ("grid", "安宁镇网格化服务中心", [("冯网格员", "网格员")], None),
        ("department", "安宁区劳动保障监察大队", [("韩队长", "队长")], None),
    ]
    for kind, name, liaisons, feedback in wanted:
        if kind not in agencies:
            a = committees.add_agency(store, actor, kind, name, liaisons, feedback_days=feedback)
            agencies[kind] = (a.id, a.name, [x[0] for x in a.liaisons])
    rooms = committees.rooms(store, cid)
    if not rooms:
        for name in ("第一调解室", "第二调解室", "警调联合调解室"):
            committees.add_room(store, actor, name)
        rooms = committees.rooms(store, cid)
    committee = committees.get_committee(store, cid)
    return actor, _Org(cid, committee.short_name, [m.id for m in mediators], agencies, [r[0] for r in rooms])


class _People:
    """Makes persons with valid ID numbers and phones, and sometimes brings back an earlier one."""

    def __init__(self, rng: random.Random, next_id: int) -> None:
        self.rng = rng
        self.next_id = next_id
        self.pool: list[dict[str, Any]] = []
        self.rows: list[dict[str, Any]] = []
        self.seq = 0

    def person(self, committee_id: int) -> dict[str, Any]:
        rng = self.rng
        if self.pool and rng.random() < 0.12:
            return rng.choice(self.pool)
        self.seq += 1
        born = date(1945, 1, 1) + timedelta(days=rng.randrange(0, 60 * 365))
        order = f"{self.seq % 1000:03d}"
        first17 = rng.choice(demo_text.REGIONS) + born.strftime("%Y%m%d") + order
        id_number = first17 + id_check_char(first17)
        given = rng.choice(demo_text.GIVEN) + (rng.choice(demo_text.GIVEN) if rng.random() < 0.6 else "")
        row = {
            "id": self.next_id, "committee_id": committee_id, "kind": "person",
            "name": rng.choice(demo_text.SURNAMES) + given, "id_number": id_number,
            "sex": "male" if int(order[-1]) % 2 else "female", "birth_date": born,
            "ethnicity": rng.choice(demo_text.ETHNICITIES), "occupation": rng.choice(demo_text.OCCUPATIONS),
            "phone": "1" + rng.choice("35789") + f"{rng.randrange(10**9):09d}",
            "address": f"安宁镇{rng.choice(demo_text.VILLAGES)}村{rng.randrange(1, 9)}组{rng.randrange(1, 80)}号",
            "credit_code": None, "legal_representative": "",
        }
        self.next_id += 1
        self.rows.append(row)
        if len(self.pool) < 5000:
            self.pool.append(row)
        elif rng.random() < 0.05:
            self.pool[rng.randrange(len(self.pool))] = row
        return row

    def organisation(self, committee_id: int) -> dict[str, Any]:
        rng = self.rng
        name = rng.choice(demo_text.COMPANIES)
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        first17 = "91620402" + "".join(rng.choice(chars) for _ in range(9))
        row = {
            "id": self.next_id, "committee_id": committee_id, "kind": "organisation", "name": name,
            "id_number": None, "sex": None, "birth_date": None, "ethnicity": "", "occupation": "",
            "phone": f"0931{rng.randrange(10**7):07d}", "address": f"安宁区{rng.choice(demo_text.STREETS)}"
            f"{rng.randrange(1, 300)}号", "credit_code": first17 + credit_check_char(first17),
            "legal_representative": rng.choice(demo_text.SURNAMES) + rng.choice(demo_text.GIVEN),
        }
        self.next_id += 1
        self.rows.append(row)
        return row


def _next_ids(s: Session) -> dict[str, int]:
    out = {}
    for model in (Case, Party, CaseParty, Referral, MediationSession, SessionParticipant, Record, Agreement,
                  AgreementClause, FollowUp):
        out[model.__tablename__] = int(s.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1
    return out


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _reference(rng: random.Random, kind: str, day: date, serial: int) -> str:
    if kind == "police":
        return f"J{day:%Y%m%d}{rng.randrange(100000):05d}"
    if kind == "court":
        return f"（{day.year}）甘0402民诉前调{serial % 3000 + 1}号"
    if kind == "petition":
        return f"X620402-{day.year}-{rng.randrange(1, 99999):05d}"
    if kind == "hotline":
        return f"GD{day:%Y%m%d}{rng.randrange(10000):04d}"
    return f"PC{day:%Y%m}{rng.randrange(1000):03d}"


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC) - TZ_OFFSET


def generate(store: Store, cases: int, seed: int = 1, *, committee_id: int | None = None,
             today: date | None = None, progress: Callable[[int, int], None] | None = None,
             cancel: Callable[[], bool] | None = None) -> DemoSummary:
    today = today or date.today()
    rng = random.Random(seed)
    actor, org = _ensure_org(store, committee_id)
    first_number = last_number = ""
    with store.read() as s:
        ids = _next_ids(s)
    people = _People(rng, ids["party"])
    span_days = 8 * 365
    done = 0
    made_parties = 0
    while done < cases:
        if cancel is not None and cancel():
            break
        n = min(BATCH, cases - done)
        days = sorted(today - timedelta(days=int(span_days * (rng.random() ** 0.7))) for _ in range(n))
        with store.write(actor) as uow:
            s = uow.session
            per_year = Counter(d.year for d in days)
            first_serial = {y: numbering.reserve_block(s, org.committee_id, y, c) for y, c in per_year.items()}
            batch = _build_batch(rng, org, people, ids, days, first_serial, today)
            for model, rows in batch["rows"]:
                if rows:
                    # Core executemany, one statement per table: the ORM's bulk path would emit
                    # a statement per row here. Every row needs the same keys for that.
                    keys = {k for row in rows for k in row}
                    s.execute(table_of(model).insert(), [{k: row.get(k) for k in keys} for row in rows])
            search_index.bulk_insert(s, batch["docs"])
            first_number = first_number or batch["first"]
            last_number = batch["last"]
        made_parties += len(people.rows)
        people.rows = []
        done += n
        if progress is not None:
            progress(done, cases)
    with store.write(actor) as uow:
        if store.dialect == "postgresql":
            _reset_sequences(uow.session)
        uow.session.add(AuditEvent(user_id=actor.user_id, username=actor.username, action="demo",
                                   entity="committee", entity_id=org.committee_id,
                                   after={"cases": done, "seed": seed}))
    return DemoSummary(org.committee_id, done, made_parties, first_number, last_number)


def _build_batch(rng: random.Random, org: _Org, people: _People, ids: dict[str, int], days: list[date],
                 first_serial: dict[int, int], today: date) -> dict[str, Any]:
    rows: dict[type, list[dict[str, Any]]] = {m: [] for m in (
        Case, CaseParty, Referral, MediationSession, SessionParticipant, Record, Agreement, AgreementClause,
        FollowUp)}
    docs: list[tuple[int, str, set[str]]] = []
    serial = dict(first_serial)
    first = last = ""
    party_start = len(people.rows)
    for day in days:
        cid = ids["mediation_case"]
        ids["mediation_case"] += 1
        number = format_case_number(day.year, org.short_name, serial[day.year])
        serial[day.year] += 1
        first = first or number
        last = number
        dtype = _weighted(rng, DISPUTE_WEIGHTS)
        source = _weighted(rng, SOURCE_WEIGHTS)
        applicant = people.person(org.committee_id)
        respondent = people.person(org.committee_id)
        if respondent is applicant:
            respondent = people.person(org.committee_id)
        if dtype in ORG_RESPONDENT and rng.random() < 0.5:
            respondent = people.organisation(org.committee_id)
        party_list = [("applicant", applicant), ("respondent", respondent)]
        if rng.random() < 0.12:
            extra = people.person(org.committee_id)
            if extra is not applicant and extra is not respondent:
                party_list.append(("third_party" if rng.random() < 0.3 else "applicant", extra))
        amount = Decimal(rng.choice((500, 800, 1200, 2000, 3500, 5000, 8000, 12000, 20000, 35000)))
        if rng.random() < 0.3:
            amount += Decimal(rng.randrange(1, 100)) / 2
        a_name, b_name = applicant["name"], respondent["name"]
        summary = rng.choice(demo_text.FACTS.get(dtype, demo_text.FACTS["other"])).format(
            a=a_name, b=b_name, v=rng.choice(demo_text.VILLAGES), m=f"{amount:,.2f}".rstrip("0").rstrip("."))
        if rng.random() < 0.06:
            summary += rng.choice(demo_text.ESCALATION).format(a=a_name, b=b_name)
        people_involved = len(party_list) if rng.random() > 0.03 else rng.randrange(10, 60)
        risk = assess(RiskFacts(summary=summary, people_involved=people_involved, source=source))
        age = (today - day).days
        status, outcome, closed_on = "accepted", None, None
        if age > 45 or (age > 10 and rng.random() < 0.6):
            roll = rng.random()
            outcome = ("written_agreement" if roll < 0.70 else "oral_agreement" if roll < 0.85
                       else "terminated" if roll < 0.97 else "withdrawn")
            status = "closed"
            closed_on = min(today, day + timedelta(days=rng.randrange(1, 28)))
        elif rng.random() < 0.05:
            status = "registered"
        if rng.random() < 0.015:
            status, outcome, closed_on = "declined", None, day
        mediator = rng.choice(org.mediator_ids)
        court = source.startswith("court_")
        rows[Case].append({
            "id": cid, "committee_id": org.committee_id, "year": day.year, "serial": serial[day.year] - 1,
            "case_number": number, "dispute_type": dtype, "source": source, "received_on": day,
            "summary": summary, "claims": rng.choice(demo_text.CLAIMS), "status": status,
            "decline_reason": "该纠纷已进入诉讼程序，依法不予受理。" if status == "declined" else "",
            "accepted_on": day if status in ("accepted", "closed") else None, "mediator_id": mediator,
            "due_on": day + timedelta(days=30) if status in ("accepted", "closed") else None,
            "outcome": outcome, "closed_on": closed_on, "people_involved": people_involved,
            "risk_level": risk.level, "risk_reasons": [r.as_dict() for r in risk.reasons],
            "key_case": risk.level == "high", "found_by_screening": source == "grid_screening",
            "prevented_criminal": bool(risk.reasons) and outcome in ("written_agreement", "oral_agreement"),
            "prevented_criminal_people": people_involved if risk.reasons and outcome else 0,
            "prevented_petition": source == "petition_referral" and outcome == "written_agreement",
            "prevented_petition_people": people_involved if source == "petition_referral" and outcome else 0,
            "retention": "长期",
        })
        cp_ids = []
        for pos, (role, p) in enumerate(party_list):
            cp_ids.append(ids["case_party"])
            rows[CaseParty].append({"id": ids["case_party"], "case_id": cid, "party_id": p["id"], "role": role,
                                    "position": pos})
            ids["case_party"] += 1
        reference: tuple[str, str] | None = None
        agency_kind = SOURCE_AGENCY_KIND.get(source)
        liaison_id = None
        if agency_kind and agency_kind in org.agencies:
            agency_id, agency_name, liaisons = org.agencies[agency_kind]
            ref = _reference(rng, agency_kind, day, cid)
            reference = (ref, agency_name)
            liaison_id = rng.choice(liaisons) if liaisons else None
            # Older cases have long had their feedback sent; some recent ones still await it.
            recent = closed_on is not None and (today - closed_on).days < 45
            sent = (closed_on + timedelta(days=rng.randrange(0, 5))
                    if closed_on and (rng.random() < 0.9 or not recent) else None)
            rows[Referral].append({
                "id": ids["referral"], "case_id": cid, "agency_id": agency_id, "liaison_id": liaison_id,
                "reference": ref, "received_on": day, "request": "请依法调解并反馈结果。",
                "feedback_due_on": day + timedelta(days=30 if court else 15),
                "feedback_sent_on": min(sent, today) if sent else None,
                "feedback_text": "已调解，结果见反馈函。" if sent else "",
            })
            ids["referral"] += 1
        texts: list[str] = []
        if status in ("closed", "accepted") and status != "declined":
            held = status == "closed"
            sday = (day + timedelta(days=rng.randrange(1, 8))) if held else today + timedelta(days=rng.randrange(0, 10))
            while sday.weekday() >= 5:
                sday += timedelta(days=1)
            hour = rng.choice((9, 10, 14, 15, 16))
            sid = ids["mediation_session"]
            ids["mediation_session"] += 1
            rows[MediationSession].append({
                "id": sid, "case_id": cid, "room_id": rng.choice(org.room_ids), "starts_at": _at(sday, hour),
                "ends_at": _at(sday, hour + 1, 30 if rng.random() < 0.5 else 0),
                "status": "held" if held else "planned",
            })
            rows[SessionParticipant].append({"id": ids["session_participant"], "session_id": sid,
                                             "kind": "mediator", "mediator_id": mediator, "required": True})
            ids["session_participant"] += 1
            for cp in cp_ids:
                rows[SessionParticipant].append({"id": ids["session_participant"], "session_id": sid,
                                                 "kind": "party", "case_party_id": cp, "required": True})
                ids["session_participant"] += 1
            if liaison_id and rng.random() < 0.5:
                rows[SessionParticipant].append({"id": ids["session_participant"], "session_id": sid,
                                                 "kind": "liaison", "liaison_id": liaison_id, "required": True})
                ids["session_participant"] += 1
            if held:
                body = rng.choice(demo_text.RECORD_BODIES)
                result = {"written_agreement": "双方达成书面调解协议。", "oral_agreement": "双方达成口头协议。",
                          "terminated": "双方分歧较大，调解不成，告知可通过诉讼途径解决。",
                          "withdrawn": "申请人撤回调解申请。"}.get(outcome or "", "")
                rows[Record].append({
                    "id": ids["record"], "case_id": cid, "session_id": sid, "kind": "session_record",
                    "status": "signed", "occurred_at": _at(sday, hour), "place": "安宁镇综治中心调解室",
                    "subject": f"{a_name}与{b_name}纠纷调解", "body": body,
                    "result": result, "recorder": "书记员", "signed_at": _at(sday, hour + 1),
                })
                texts += [f"{a_name}与{b_name}纠纷调解", body, "", result]
                ids["record"] += 1
        if outcome == "written_agreement" and closed_on:
            aid = ids["agreement"]
            ids["agreement"] += 1
            due = closed_on + timedelta(days=rng.choice((7, 15, 30, 60)))
            performed = due <= today and rng.random() < 0.88
            # An agreement long past its date was settled one way or the other at the follow-up visit.
            perf_status = ("performed" if performed else "not_performed" if (today - due).days > 60 else "pending")
            rows[Agreement].append({
                "id": aid, "case_id": cid, "kind": "written", "number": agreement_number(number), "status": "signed",
                "facts": summary, "matters": rng.choice(demo_text.CLAIMS), "performance_method": "现金或银行转账",
                "performance_due": due, "copies": len(party_list) + 1, "total_amount": amount,
                "signed_on": closed_on, "performance_status": perf_status,
                "performed_on": due if performed else None,
            })
            for pos, tmpl in enumerate((demo_text.CLAUSES[0], demo_text.CLAUSES[2], demo_text.CLAUSES[4])):
                clause = tmpl.format(a=a_name, b=b_name, d=f"{due.year}年{due.month}月{due.day}日",
                                     m=f"人民币{amount:,}")
                rows[AgreementClause].append({
                    "id": ids["agreement_clause"], "agreement_id": aid, "position": pos + 1, "text": clause,
                    "amount": amount if pos == 0 else None, "due_on": due if pos == 0 else None,
                    "obligor_party_id": respondent["id"] if pos == 0 else None,
                })
                ids["agreement_clause"] += 1
                texts.append(clause)
            visited = closed_on + timedelta(days=15)
            rows[FollowUp].append({
                "id": ids["follow_up"], "case_id": cid, "agreement_id": aid, "due_on": visited,
                "visited_on": visited if visited <= today else None, "method": "phone",
                "party_names": f"{a_name}、{b_name}", "reason": "了解协议履行情况",
                "performance": ({"performed": "performed", "not_performed": "not"}.get(perf_status, "partial")
                                if visited <= today else ""),
                "satisfaction": "满意" if visited <= today else "", "visitor": "回访员",
            })
            ids["follow_up"] += 1
        party_tuples = [(p["name"], p["phone"], p["id_number"] or "", p["credit_code"] or "", "", "")
                        for _, p in party_list]
        text_, keys = search_index.compose(number, summary, rows[Case][-1]["claims"], party_tuples, reference, texts)
        docs.append((cid, text_, keys))
    party_rows = people.rows[party_start:]
    return {"rows": [(Party, party_rows)] + list(rows.items()), "docs": docs, "first": first, "last": last}


def _reset_sequences(s: Session) -> None:
    """Rows were written with explicit ids; move each PostgreSQL sequence past them."""
    for model in (Case, Party, CaseParty, Referral, MediationSession, SessionParticipant, Record, Agreement,
                  AgreementClause, FollowUp, Committee):
        table = model.__tablename__
        s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                       f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"))
