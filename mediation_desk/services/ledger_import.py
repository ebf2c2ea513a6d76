"""Importing an existing Excel ledger: a dry run that reports row by row, then an all-or-nothing import.

Each row becomes a :class:`~mediation_desk.services.intake.CaseInput` checked by the same
``intake.validate`` a hand-entered case goes through (ID checksums, phones, vocabularies), plus the
ledger's own facts (outcome, agreement amount, performance, feedback). Nothing is written unless every
row is clean. The import then runs in ONE transaction with bulk inserts, so a cancel, an error on the
last row or a killed process leaves the database exactly as it was. Historical cases keep the case
numbers the ledger gives them when they follow this committee's format; others get new numbers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mediation_desk.db.models import (
    Agency,
    Agreement,
    AuditEvent,
    Case,
    CaseNumberCounter,
    CaseParty,
    Committee,
    Mediator,
    Party,
    Referral,
)
from mediation_desk.domain.case_number import agreement_number, format_case_number, parse_case_number
from mediation_desk.domain.ledger_parsing import (
    CellError,
    normalise_text,
    parse_date,
    parse_int,
    parse_money,
    split_names,
)
from mediation_desk.domain.risk import RiskFacts, assess
from mediation_desk.domain.vocab import SOURCE_AGENCY_KIND, PartyKind
from mediation_desk.errors import UserError, ValidationError
from mediation_desk.messages import register, render
from mediation_desk.services import numbering, search_index, vocabulary
from mediation_desk.services import settings as settings_mod
from mediation_desk.services.intake import CaseInput, PartyInput, ReferralInput, mediation_due, validate
from mediation_desk.services.jobs import Cancel, Progress, check_cancel, report
from mediation_desk.services.ledger_layout import (
    FIELDS,
    ColumnMapping,
    data_rows,
    find_layout,
    open_workbook,
    resolve_columns,
    suggest_mapping,
)
from mediation_desk.store import Actor, Store

WRITE_CHUNK = 1000

register("ledger.bad_date", "“{value}”不是有效日期（可写作 2023-05-06、2023.5.6、2023年5月6日）。",
         "“{value}” is not a valid date (write 2023-05-06, 2023.5.6 or 2023年5月6日).")
register("ledger.bad_amount", "“{value}”不是有效金额（可写作 12000、12,000.50元 或 1.2万元）。",
         "“{value}” is not a valid amount (write 12000, 12,000.50元 or 1.2万元).")
register("ledger.bad_number", "“{value}”不是有效的数字。", "“{value}” is not a number.")
register("ledger.bad_flag", "“{value}”应填“是”或“否”。", "“{value}” should be 是 or 否.")
register("ledger.cell", "“{column}”：{detail}", "{column}: {detail}")
register("ledger.duplicate_number", "案件编号“{number}”在数据库中已经存在，不能重复导入。",
         "Case number “{number}” already exists in the database.")
register("ledger.duplicate_in_file", "案件编号“{number}”在本文件第 {first} 行已出现过。",
         "Case number “{number}” already appears in row {first} of this file.")
register("ledger.no_respondent", "没有被申请人：请在“被申请人”列填写，或在“当事人”列至少写两个人（第一位为申请人）。",
         "No respondent: fill in the respondent column, or name at least two people under 当事人.")
register("ledger.unknown_outcome", "调解结果“{value}”无法识别（可写：调解成功、口头协议、调解不成、撤回）。",
         "Unknown outcome “{value}” (write 调解成功, 口头协议, 调解不成 or 撤回).")
register("ledger.rejected",
         "台账中有 {rows} 行需要更正（共 {problems} 处），没有导入任何案件。请先试运行查看每一行的问题。",
         "{rows} rows of the ledger need correcting ({problems} problems); nothing was imported.")
register("ledger.conflict",
         "导入时与数据库中的数据冲突（{detail}），已全部撤销，没有导入任何案件。"
         "可能有人同时登记了相同编号的案件，请重新试运行后再导入。",
         "The import conflicted with data in the database ({detail}); everything was undone.")
register("ledger.empty", "文件“{path}”中没有数据行。", "There are no data rows in “{path}”.")

_SETTLED = ("调解成功", "成功", "达成协议", "已调结", "调结", "调处成功", "化解", "已化解", "口头协议", "书面协议")
_FAILED = ("调解不成", "不成功", "未成功", "调解失败", "失败", "终止", "调解终止", "未达成", "未调成")
_WITHDRAWN = ("撤回", "撤诉", "撤销申请", "当事人撤回")
_ORGANISATION = re.compile(
    r"(公司|厂|合作社|委员会|村委会|居委会|物业|医院|学校|商店|超市|中心|银行|集团|门市|部|站|所)$")
_SOURCE_WORDS: list[tuple[tuple[str, ...], str]] = [
    (("派出所", "公安", "110", "警"), "police_referral"),
    (("委派", "诉前"), "court_delegation"),
    (("委托",), "court_entrustment"),
    (("法院", "法庭"), "court_delegation"),
    (("信访",), "petition_referral"),
    (("12345", "热线"), "hotline_12345"),
    (("排查", "网格"), "grid_screening"),
    (("主动",), "committee_initiative"),
    (("移交", "转办", "部门"), "department_referral"),
    (("申请", "来访", "当事人"), "party_application"),
]


@dataclass(frozen=True)
class RowReport:
    """What one ledger row would become, or what is wrong with it (in Chinese)."""

    row_number: int
    case_number: str  # as it will be stored; empty when a new number will be allocated
    description: str
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportReport:
    path: str
    sheet: str
    mapping: ColumnMapping
    rows: list[RowReport]
    cases: int
    new_parties: int
    reused_parties: int
    agreements: int
    referrals: int
    new_agencies: list[str]
    new_mediators: list[str]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.rows)

    @property
    def problem_rows(self) -> list[RowReport]:
        return [r for r in self.rows if r.problems]


@dataclass(frozen=True)
class ImportResult:
    report: ImportReport
    imported: int
    first_case_number: str
    last_case_number: str


class ImportRejected(UserError):
    """The ledger has rows that need correcting; ``report`` says which and why. Nothing was written."""

    code = "ledger.rejected"

    def __init__(self, rep: ImportReport) -> None:
        self.report = rep
        super().__init__(self.code, rows=len(rep.problem_rows), problems=sum(len(r.problems) for r in rep.rows))


@dataclass
class _Planned:
    row_number: int
    data: CaseInput
    number: str  # kept number ('' = allocate)
    year: int
    serial: int | None  # kept serial when the number is this committee's
    closed_on: date | None
    outcome: str | None
    agreement_kind: str | None
    amount: Decimal | None
    performance: str
    mediator: str
    feedback_sent_on: date | None
    feedback_text: str
    party_keys: list[tuple[str, Any]] = field(default_factory=list)  # ('new', index) or ('existing', id)


@dataclass
class _Plan:
    report: ImportReport
    cases: list[_Planned]


# --- reading rows --------------------------------------------------------------------------------


def _cell(values: list[Any], cols: dict[str, int], name: str) -> Any:
    j = cols.get(name)
    if j is None or j >= len(values):
        return None
    return values[j]


def _text(values: list[Any], cols: dict[str, int], name: str) -> str:
    return normalise_text(_cell(values, cols, name))


def _source_code(text: str, entries: list[vocabulary.VocabEntry], has_agency: bool) -> str | None:
    if not text:
        return "department_referral" if has_agency else "party_application"
    code = vocabulary.resolve(entries, text)
    if code:
        return code
    for words, c in _SOURCE_WORDS:
        if any(w in text for w in words):
            return c
    return None


def _dispute_code(text: str, entries: list[vocabulary.VocabEntry]) -> str | None:
    for cand in (text, text.removesuffix("纠纷"), text.removesuffix("类"), text.removesuffix("矛盾")):
        code = vocabulary.resolve(entries, cand)
        if code:
            return code
    for e in entries:  # 婚姻家庭类纠纷, 邻里关系纠纷
        if e.zh and e.zh in text:
            return e.code
    return None


def _outcome(text: str, kind_text: str) -> str | None:
    """written_agreement / oral_agreement / terminated / withdrawn, '' if blank, None if unknown."""
    t = text.replace(" ", "")
    if not t:
        return ""
    if any(w in t for w in _WITHDRAWN):
        return "withdrawn"
    if any(w in t for w in _FAILED):
        return "terminated"
    if any(w in t for w in _SETTLED) or t in ("是", "√"):
        return "oral_agreement" if "口头" in t or "口头" in kind_text else "written_agreement"
    return None


def _performance(text: str) -> str:
    t = text.replace(" ", "")
    if not t:
        return "pending"
    if "部分" in t:
        return "partial"
    if "未" in t or "不" in t or t in ("否", "×"):
        return "pending"
    if "履行" in t or t in ("是", "√", "已付清", "已兑现"):
        return "performed"
    return "pending"


def _parties(values: list[Any], cols: dict[str, int]) -> tuple[list[PartyInput], list[str]]:
    problems: list[str] = []
    applicants = split_names(_cell(values, cols, "applicants"))
    respondents = split_names(_cell(values, cols, "respondents"))
    if not applicants and not respondents:
        both = split_names(_cell(values, cols, "parties"))
        applicants, respondents = both[:1], both[1:]
    if applicants and not respondents:
        problems.append(render("ledger.no_respondent", {}))
    out = []
    for role, names, ids_f, phones_f in (("applicant", applicants, "applicant_ids", "applicant_phones"),
                                         ("respondent", respondents, "respondent_ids", "respondent_phones")):
        ids = split_names(_cell(values, cols, ids_f))
        phones = split_names(_cell(values, cols, phones_f))
        for k, name in enumerate(names):
            org = bool(_ORGANISATION.search(name)) and len(name) > 3
            ident = ids[k] if k < len(ids) else ""
            out.append(PartyInput(role=role, name=name,
                                  kind=PartyKind.ORGANISATION if org else PartyKind.PERSON,
                                  id_number="" if org else ident, credit_code=ident if org else "",
                                  phone=phones[k] if k < len(phones) else ""))
    return out, problems


def _field_label(field_path: str) -> str:
    head = field_path.split("[")[0].split(".")[0]
    return {"parties": "当事人", "received_on": "受理日期", "dispute_type": "纠纷类型", "source": "案件来源",
            "summary": "纠纷简要情况", "referral": "移送单位"}.get(head, head)


def _read_row(store: Store, n: int, values: list[Any], cols: dict[str, int],
              vocab: dict[str, list[vocabulary.VocabEntry]], short_name: str,
              today: date) -> tuple[_Planned | None, list[str], list[str]]:
    problems: list[str] = []
    warnings: list[str] = []

    def parsed(name: str, parser: Any) -> Any:
        try:
            return parser(_cell(values, cols, name))
        except CellError as exc:
            problems.append(render("ledger.cell", {"column": FIELDS[name][0],
                                                   "detail": render(exc.code, {"value": exc.value})}))
            return None

    received = parsed("received_on", parse_date)
    closed = parsed("closed_on", parse_date)
    amount = parsed("amount", parse_money)
    people = parsed("people_involved", parse_int)
    feedback_on = parsed("feedback_sent_on", parse_date)
    if received is None and not any("受理日期" in p for p in problems):
        problems.append(render("field.required", {"label": "受理日期"}))
    parties, party_problems = _parties(values, cols)
    problems += party_problems
    dtype_text = _text(values, cols, "dispute_type")
    dtype = _dispute_code(dtype_text, vocab["dispute_type"]) if dtype_text else None
    if dtype_text and dtype is None:
        warnings.append(f"纠纷类型“{dtype_text}”不在类型表中，按“其他”导入。")
        dtype = "other"
    agency_name = _text(values, cols, "agency")
    source_text = _text(values, cols, "source")
    source = _source_code(source_text, vocab["source"], bool(agency_name))
    if source is None:
        warnings.append(f"案件来源“{source_text}”无法识别，按“当事人申请”导入。")
        source = "party_application"
    outcome_text, kind_text = _text(values, cols, "outcome"), _text(values, cols, "agreement_kind")
    outcome = _outcome(outcome_text, kind_text)
    if outcome is None:
        problems.append(render("ledger.unknown_outcome", {"value": outcome_text}))
    elif outcome == "" and closed is not None:
        warnings.append("有结案日期但没有调解结果，按“已结案、结果未记录”导入。")
    if closed is not None and received is not None and closed < received:
        problems.append("结案日期早于受理日期，请核对。")
    if amount is not None and outcome not in ("written_agreement", "oral_agreement"):
        warnings.append("调解未成功，协议金额不导入。")
    names = [p.name for p in parties]
    summary = _text(values, cols, "summary") or (
        f"（据台账导入）{'、'.join(names[:1])}与{'、'.join(names[1:])}之间的纠纷。" if names else "")
    number_text = _text(values, cols, "case_number").replace(" ", "")
    number, serial, year = "", None, received.year if received else today.year
    if number_text:
        cn = parse_case_number(number_text)
        if cn is not None and cn.short_name == short_name:
            number, serial, year = format_case_number(cn.year, cn.short_name, cn.serial), cn.serial, cn.year
        else:
            number = number_text  # another format: kept as written, with a serial allocated behind it
    referral = ReferralInput(agency=agency_name, reference=_text(values, cols, "reference"),
                             received_on=received) if agency_name else None
    data = CaseInput(dispute_type=dtype or "", source=source, received_on=received or today, summary=summary,
                     parties=parties, referral=referral, people_involved=people)
    try:
        data = validate(store, data, today, vocab)
    except ValidationError as exc:
        for p in exc.problems:
            if p.field == "received_on" and received is None:
                continue  # already reported as a cell problem
            if p.field == "parties" and party_problems:
                continue
            label = _field_label(p.field)
            msg = p.message()
            m = re.match(r"parties\[(\d+)\]", p.field)
            if m and int(m.group(1)) < len(parties):
                label = f"当事人“{parties[int(m.group(1))].name}”"
            problems.append(msg if msg.startswith(label) else f"{label}：{msg}")
    if problems:
        return None, problems, warnings
    plan = _Planned(
        row_number=n, data=data, number=number, year=year, serial=serial, closed_on=closed,
        outcome=outcome or None, agreement_kind=("oral" if outcome == "oral_agreement" else "written")
        if outcome in ("written_agreement", "oral_agreement") else None,
        amount=amount if outcome in ("written_agreement", "oral_agreement") else None,
        performance=_performance(_text(values, cols, "performance")), mediator=_text(values, cols, "mediator"),
        feedback_sent_on=feedback_on, feedback_text=_text(values, cols, "feedback"),
    )
    if plan.feedback_sent_on is None and plan.feedback_text.startswith("已反馈") and referral is not None:
        plan.feedback_sent_on = closed
    return plan, problems, warnings


# --- planning (the dry run) ----------------------------------------------------------------------


def plan_import(store: Store, actor: Actor, path: str | Path, mapping: ColumnMapping | None = None, *,
                today: date | None = None, progress: Progress | None = None,
                cancel: Cancel | None = None) -> _Plan:
    today = today or date.today()
    wb = open_workbook(path)
    try:
        layout = find_layout(wb, path, mapping.sheet if mapping else None)
        mapping = mapping or suggest_mapping(layout)
        cols = resolve_columns(layout, mapping)
        vocab = {name: vocabulary.entries(store, name, include_inactive=True) for name in ("dispute_type", "source")}
        with store.read() as s:
            short_name = s.scalar(select(Committee.short_name).where(Committee.id == actor.committee_id)) or ""
        ws = wb[layout.sheet]
        total = max((ws.max_row or 0) - layout.data_start + 1, 1)
        reports: list[RowReport] = []
        planned: list[_Planned] = []
        for k, (n, values) in enumerate(data_rows(ws, layout)):
            if k % 500 == 0:
                check_cancel(cancel)
                report(progress, k, total)
            plan, problems, warnings = _read_row(store, n, values, cols, vocab, short_name, today)
            if plan is not None:
                planned.append(plan)
            reports.append(RowReport(n, plan.number if plan else "", "", problems, warnings))
    finally:
        wb.close()
    if not reports:
        raise UserError("ledger.empty", path=str(path))
    with store.read() as s:
        extra = _resolve_against_store(s, actor.committee_id, planned, reports)
    return _Plan(ImportReport(str(path), layout.sheet, mapping, **extra), planned)


def _resolve_against_store(s: Session, committee_id: int, planned: list[_Planned],
                           reports: list[RowReport]) -> dict[str, Any]:
    """Duplicate numbers, party reuse, new agencies and mediators; fills in each row's description."""
    by_row = {r.row_number: i for i, r in enumerate(reports)}
    numbers = [p.number for p in planned if p.number]
    existing: set[str] = set()
    for i in range(0, len(numbers), 900):
        existing |= set(s.scalars(select(Case.case_number).where(Case.case_number.in_(numbers[i:i + 900]))))
    first_row: dict[str, int] = {}
    known_by_id, known_by_credit, known_by_name_phone = _known_parties(s, committee_id, planned)
    new_keys: dict[tuple[str, str, str], int] = {}
    new_parties = reused = 0
    agencies = set(s.scalars(select(Agency.name).where(Agency.committee_id == committee_id)))
    mediators = set(s.scalars(select(Mediator.name).where(Mediator.committee_id == committee_id)))
    new_agencies: dict[str, None] = {}
    new_mediators: dict[str, None] = {}
    keep: list[_Planned] = []
    for p in planned:
        i = by_row[p.row_number]
        problems = []
        if p.number in existing:
            problems.append(render("ledger.duplicate_number", {"number": p.number}))
        elif p.number and p.number in first_row:
            problems.append(render("ledger.duplicate_in_file", {"number": p.number, "first": first_row[p.number]}))
        elif p.number:
            first_row[p.number] = p.row_number
        if problems:
            reports[i] = replace(reports[i], problems=reports[i].problems + problems)
            continue
        p.party_keys = []
        made = 0
        for party in p.data.parties:
            found = (known_by_id.get(party.id_number) if party.id_number else None) or \
                (known_by_credit.get(party.credit_code) if party.credit_code else None) or \
                (known_by_name_phone.get((party.name, party.phone)) if party.phone else None)
            if found is not None:
                p.party_keys.append(("existing", found))
                reused += 1
                continue
            key = (party.id_number or party.credit_code, party.name if not (party.id_number or party.credit_code)
                   else "", party.phone)
            if (key[0] or key[2]) and key in new_keys:
                p.party_keys.append(("new", new_keys[key]))
                reused += 1
                continue
            index = new_parties
            new_parties += 1
            made += 1
            if key[0] or key[2]:
                new_keys[key] = index
            p.party_keys.append(("new", index))
        if p.data.referral and p.data.referral.agency not in agencies:
            new_agencies[p.data.referral.agency] = None
        if p.mediator and p.mediator not in mediators:
            new_mediators[p.mediator] = None
        keep.append(p)
        reports[i] = replace(reports[i], description=_describe(p, made))
    planned[:] = keep
    return {"rows": reports, "cases": len(keep), "new_parties": new_parties, "reused_parties": reused,
            "agreements": sum(1 for p in keep if p.agreement_kind),
            "referrals": sum(1 for p in keep if p.data.referral),
            "new_agencies": list(new_agencies), "new_mediators": list(new_mediators)}


def _known_parties(s: Session, committee_id: int, planned: list[_Planned]) -> tuple[dict[str, int], dict[str, int],
                                                                                      dict[tuple[str, str], int]]:
    ids = sorted({p.id_number for c in planned for p in c.data.parties if p.id_number})
    credits = sorted({p.credit_code for c in planned for p in c.data.parties if p.credit_code})
    names = sorted({p.name for c in planned for p in c.data.parties if p.phone})
    by_id: dict[str, int] = {}
    by_credit: dict[str, int] = {}
    by_name_phone: dict[tuple[str, str], int] = {}
    for i in range(0, len(ids), 900):
        for pid, num in s.execute(select(Party.id, Party.id_number).where(
                Party.committee_id == committee_id, Party.id_number.in_(ids[i:i + 900])).order_by(Party.id.desc())):
            by_id[str(num)] = pid
    for i in range(0, len(credits), 900):
        for pid, num in s.execute(select(Party.id, Party.credit_code).where(
                Party.committee_id == committee_id, Party.credit_code.in_(credits[i:i + 900]))
                .order_by(Party.id.desc())):
            by_credit[str(num)] = pid
    for i in range(0, len(names), 900):
        for pid, name, phone in s.execute(select(Party.id, Party.name, Party.phone).where(
                Party.committee_id == committee_id, Party.name.in_(names[i:i + 900])).order_by(Party.id.desc())):
            by_name_phone[(name, phone)] = pid
    return by_id, by_credit, by_name_phone


def _describe(p: _Planned, new_parties: int) -> str:
    app = "、".join(x.name for x in p.data.parties if x.role == "applicant")
    resp = "、".join(x.name for x in p.data.parties if x.role == "respondent")
    parts = [f"案件 {p.number or '（自动编号）'}：{app} 与 {resp}，{p.data.received_on:%Y-%m-%d} 受理"]
    if p.outcome:
        parts.append({"written_agreement": "书面协议", "oral_agreement": "口头协议", "terminated": "调解不成",
                      "withdrawn": "撤回"}[p.outcome])
    if p.amount is not None:
        parts.append(f"协议金额 {p.amount:,} 元")
    if p.data.referral:
        parts.append(f"移送单位 {p.data.referral.agency}")
    parts.append(f"新建当事人 {new_parties} 名" if new_parties else "当事人均已存在")
    return "；".join(parts)


def dry_run(store: Store, actor: Actor, path: str | Path, mapping: ColumnMapping | None = None, *,
            today: date | None = None, progress: Progress | None = None,
            cancel: Cancel | None = None) -> ImportReport:
    """What the import would create, row by row, and every problem; writes nothing."""
    return plan_import(store, actor, path, mapping, today=today, progress=progress, cancel=cancel).report


# --- writing (one transaction) -------------------------------------------------------------------


def import_ledger(store: Store, actor: Actor, path: str | Path, mapping: ColumnMapping | None = None, *,
                  today: date | None = None, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> ImportResult:
    """Import every row or none: refuses (ImportRejected) if any row has a problem."""
    plan = plan_import(store, actor, path, mapping, today=today, cancel=cancel,
                       progress=(lambda d, t: progress(d, 2 * t)) if progress else None)
    if not plan.report.ok:
        raise ImportRejected(plan.report)
    return write_plan(store, actor, plan, today=today, progress=progress, cancel=cancel)


def write_plan(store: Store, actor: Actor, plan: _Plan, *, today: date | None = None,
               progress: Progress | None = None, cancel: Cancel | None = None) -> ImportResult:
    today = today or date.today()
    cases = plan.cases
    total = len(cases)
    try:
        with store.write(actor) as uow:
            first, last = _write(uow.session, actor, plan, today, progress, cancel)
            uow.audit("import_ledger", "committee", actor.committee_id, after={
                "file": Path(plan.report.path).name, "sheet": plan.report.sheet, "cases": total,
                "first": first, "last": last})
    except IntegrityError as exc:
        raise UserError("ledger.conflict", detail=str(exc.orig).splitlines()[0][:160]) from exc
    report(progress, 2 * total, 2 * total)
    return ImportResult(plan.report, total, first, last)


def _upsert_counter(s: Session, committee_id: int, year: int, at_least: int) -> None:
    ins = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    s.execute(ins(CaseNumberCounter).values(committee_id=committee_id, year=year, last_serial=0)
              .on_conflict_do_nothing())
    s.execute(update(CaseNumberCounter)
              .where(CaseNumberCounter.committee_id == committee_id, CaseNumberCounter.year == year)
              .values(last_serial=sql_case((CaseNumberCounter.last_serial < at_least, at_least),
                                           else_=CaseNumberCounter.last_serial)))


def _write(s: Session, actor: Actor, plan: _Plan, today: date, progress: Progress | None,
           cancel: Cancel | None) -> tuple[str, str]:
    cid = actor.committee_id
    committee = s.get(Committee, cid)
    assert committee is not None
    settings = settings_mod.merged(committee.settings)
    cases = plan.cases
    # Kept numbers first raise each year's counter, then new numbers are reserved above them.
    kept_max: dict[int, int] = {}
    for p in cases:
        if p.serial is not None:
            kept_max[p.year] = max(kept_max.get(p.year, 0), p.serial)
    for year, top in kept_max.items():
        _upsert_counter(s, cid, year, top)
    need = Counter(p.year for p in cases if p.serial is None)
    next_serial = {year: numbering.reserve_block(s, cid, year, n) for year, n in need.items()}
    agencies = _agencies(s, cid, cases)
    mediators = _mediators(s, cid, cases)
    party_ids: dict[int, int] = {}
    total = len(cases)
    first = last = ""
    for start in range(0, total, WRITE_CHUNK):
        check_cancel(cancel)
        chunk = cases[start:start + WRITE_CHUNK]
        numbers = []
        case_rows = []
        for p in chunk:
            serial = p.serial
            if serial is None:
                serial = next_serial[p.year]
                next_serial[p.year] += 1
            number = p.number or format_case_number(p.year, committee.short_name, serial)
            numbers.append(number)
            numbers_agency = agencies.get(p.data.referral.agency) if p.data.referral else None
            d = p.data
            risk = assess(RiskFacts(summary=d.summary + " " + d.claims,
                                    people_involved=d.people_involved or len(d.parties), source=d.source))
            closed = p.closed_on is not None or p.outcome is not None
            case_rows.append({
                "committee_id": cid, "year": p.year, "serial": serial, "case_number": number,
                "dispute_type": d.dispute_type, "source": d.source, "received_on": d.received_on,
                "summary": d.summary, "claims": d.claims, "status": "closed" if closed else "accepted",
                "accepted_on": d.received_on, "mediator_id": mediators.get(p.mediator),
                "registrar_id": actor.user_id,
                "due_on": mediation_due(d.received_on, d.source, settings, numbers_agency[1] if numbers_agency
                                        else None),
                "outcome": p.outcome, "closed_on": (p.closed_on or d.received_on) if closed else None,
                "people_involved": d.people_involved or len(d.parties), "risk_level": risk.level,
                "risk_reasons": [r.as_dict() for r in risk.reasons], "key_case": risk.level == "high",
                "found_by_screening": d.source == "grid_screening", "retention": str(settings.get("retention", "")),
            })
        case_ids = reserve_ids(s, Case.__table__, len(case_rows))
        for row, case_id in zip(case_rows, case_ids, strict=True):
            row["id"] = case_id
        s.execute(insert(Case), case_rows)
        first = first or numbers[0]
        last = numbers[-1]
        _write_parties(s, cid, chunk, party_ids, case_ids)
        _write_rest(s, actor, chunk, case_ids, numbers, agencies, settings)
        report(progress, total + start + len(chunk), 2 * total)
    return first, last


def reserve_ids(s: Session, table: Any, n: int) -> list[int]:
    """``n`` fresh primary keys, so rows can be bulk-inserted without RETURNING (one statement, not n).

    SQLite: the writer holds the database's write lock (BEGIN IMMEDIATE), so max(id) + 1 … is safe.
    PostgreSQL: the ids come from the table's own sequence, so concurrent writers never collide."""
    if n <= 0:
        return []
    if s.get_bind().dialect.name == "postgresql":
        seq = f"pg_get_serial_sequence('{table.name}', 'id')"
        return list(s.scalars(text(f"SELECT nextval({seq}) FROM generate_series(1, :n)"), {"n": n}))
    start = int(s.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1
    return list(range(start, start + n))


def _agencies(s: Session, cid: int, cases: list[_Planned]) -> dict[str, tuple[int, Agency]]:
    out = {a.name: (a.id, a) for a in s.scalars(select(Agency).where(Agency.committee_id == cid))}
    for p in cases:
        if p.data.referral and p.data.referral.agency not in out:
            a = Agency(committee_id=cid, name=p.data.referral.agency,
                       kind=SOURCE_AGENCY_KIND.get(p.data.source, "department"))
            s.add(a)
            s.flush()
            out[a.name] = (a.id, a)
    return out


def _mediators(s: Session, cid: int, cases: list[_Planned]) -> dict[str, int]:
    out = {m.name: m.id for m in s.scalars(select(Mediator).where(Mediator.committee_id == cid)
                                           .order_by(Mediator.id.desc()))}
    for p in cases:
        if p.mediator and p.mediator not in out:
            m = Mediator(committee_id=cid, name=p.mediator)
            s.add(m)
            s.flush()
            out[m.name] = m.id
    return out


def _write_parties(s: Session, cid: int, chunk: list[_Planned], party_ids: dict[int, int],
                   case_ids: list[int]) -> None:
    fresh: dict[int, PartyInput] = {}
    for p in chunk:
        for (kind, key), party in zip(p.party_keys, p.data.parties, strict=True):
            if kind == "new" and key not in party_ids and key not in fresh:
                fresh[key] = party
    if fresh:
        ids = reserve_ids(s, Party.__table__, len(fresh))
        rows = [{"id": pid, "committee_id": cid, "kind": x.kind, "name": x.name, "id_number": x.id_number or None,
                 "sex": x.sex or None, "birth_date": x.birth_date, "phone": x.phone, "address": x.address,
                 "credit_code": x.credit_code or None} for pid, x in zip(ids, fresh.values(), strict=True)]
        s.execute(insert(Party), rows)
        party_ids.update(zip(fresh, ids, strict=True))
    links = []
    for p, case_id in zip(chunk, case_ids, strict=True):
        seen: set[int] = set()
        for pos, ((kind, key), party) in enumerate(zip(p.party_keys, p.data.parties, strict=True)):
            pid = key if kind == "existing" else party_ids[key]
            if pid in seen:  # the same person named twice in one row
                continue
            seen.add(pid)
            links.append({"case_id": case_id, "party_id": pid, "role": party.role, "position": pos})
    s.execute(insert(CaseParty), links)


def _write_rest(s: Session, actor: Actor, chunk: list[_Planned], case_ids: list[int], numbers: list[str],
                agencies: dict[str, tuple[int, Agency]], settings: dict[str, Any]) -> None:
    referrals, agreements, audits, docs = [], [], [], []
    for p, case_id, number in zip(chunk, case_ids, numbers, strict=True):
        d = p.data
        ref = None
        if d.referral:
            agency_id, agency = agencies[d.referral.agency]
            days = agency.feedback_days or int(settings["feedback_days"])
            referrals.append({"case_id": case_id, "agency_id": agency_id, "reference": d.referral.reference,
                              "received_on": d.received_on, "feedback_due_on": d.received_on + timedelta(days=days),
                              "feedback_sent_on": p.feedback_sent_on, "feedback_text": p.feedback_text})
            ref = (d.referral.reference, d.referral.agency)
        if p.agreement_kind:
            signed = p.closed_on or d.received_on
            agreements.append({"case_id": case_id, "kind": p.agreement_kind, "number": agreement_number(number),
                               "status": "signed", "facts": d.summary, "total_amount": p.amount or Decimal("0.00"),
                               "signed_on": signed, "performance_status": p.performance,
                               "performed_on": signed if p.performance == "performed" else None})
        audits.append({"user_id": actor.user_id, "username": actor.username, "action": "import", "entity": "case",
                       "entity_id": case_id, "case_id": case_id,
                       "after": {"case_number": number, "row": p.row_number}})
        parties = [(x.name, x.phone, x.id_number, x.credit_code, "", "") for x in d.parties]
        doc_text, keys = search_index.compose(number, d.summary, d.claims, parties, ref, [])
        docs.append((case_id, doc_text, keys))
    if referrals:
        s.execute(insert(Referral), referrals)
    if agreements:
        s.execute(insert(Agreement), agreements)
    s.execute(insert(AuditEvent), audits)
    search_index.bulk_insert(s, docs)


def suggested_mapping(path: str | Path, sheet: str | None = None) -> ColumnMapping:
    """The mapping the import would use for this file if none is given (for the mapping step)."""
    wb = open_workbook(path)
    try:
        return suggest_mapping(find_layout(wb, path, sheet))
    finally:
        wb.close()


def headings(path: str | Path, sheet: str | None = None) -> list[str]:
    wb = open_workbook(path)
    try:
        return [h for h in find_layout(wb, path, sheet).headings if h]
    finally:
        wb.close()
