"""Excel ledger import: layout, mapping, dry run row by row, all-or-nothing, late failures, cancel."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from mediation_desk.db.models import Agency, Agreement, AuditEvent, Case, CaseParty, Mediator, Party, Referral
from mediation_desk.errors import UserError
from mediation_desk.services import intake, ledger_import, ledger_layout, search
from mediation_desk.services.jobs import Cancelled
from mediation_desk.store import Actor, Store
from tests.exchange.helpers import fingerprint
from tests.factories import neighbour_case
from tests.ledger_fixtures import bad_row, build_rows, make_ledger, write_ledger

TODAY = date(2026, 11, 1)


def test_layout_of_a_real_world_ledger(tmp_path: Path) -> None:
    path, _ = make_ledger(tmp_path / "台账.xlsx", 5)
    wb = ledger_layout.open_workbook(path)
    layout = ledger_layout.find_layout(wb, path)
    assert (layout.header_row, layout.header_rows, layout.data_start) == (2, 2, 4)
    assert layout.headings[3:7] == ["申请人/姓名", "申请人/联系电话", "被申请人/姓名", "被申请人/联系电话"]
    mapping = ledger_layout.suggest_mapping(layout)
    assert mapping.columns["applicants"] == "申请人/姓名"
    assert mapping.columns["respondent_phones"] == "被申请人/联系电话"
    assert mapping.columns["amount"] == "协议金额" and mapping.columns["received_on"] == "受理日期"
    rows = list(ledger_layout.data_rows(wb[layout.sheet], layout))
    assert [n for n, _ in rows] == [4, 5, 6, 7, 8]  # the 填表人 footer is not a data row


def test_dry_run_reports_each_row_and_writes_nothing(store: Store, actor: Actor, tmp_path: Path) -> None:
    rows = build_rows(12)
    path = write_ledger(tmp_path / "l.xlsx", rows, extra=[bad_row(16)])
    before = fingerprint(store)
    rep = ledger_import.dry_run(store, actor, path, today=TODAY)
    assert fingerprint(store) == before
    assert len(rep.rows) == 13 and rep.cases == 12 and not rep.ok
    first = rep.rows[0]
    assert first.row_number == 4 and first.ok and first.case_number == "（2023）安调字第001号"
    assert first.description.startswith("案件 （2023）安调字第001号：" + "、".join(rows[0].applicants))
    bad = rep.problem_rows
    assert [r.row_number for r in bad] == [16]
    text = "\n".join(bad[0].problems)
    assert "“受理日期”：“2023.13.45”不是有效日期" in text
    assert "“协议金额”：“一万二”不是有效金额" in text
    assert "没有被申请人" in text
    assert "电话号码“12345”格式不对" in text
    assert rep.new_agencies == ["安宁派出所"]
    assert rep.new_mediators == []  # 王建国 and 李秀英 are the committee's mediators already


def test_import_is_refused_whole_when_any_row_is_wrong(store: Store, actor: Actor, tmp_path: Path) -> None:
    path = write_ledger(tmp_path / "l.xlsx", build_rows(20), extra=[bad_row(21)])
    before = fingerprint(store)
    with pytest.raises(ledger_import.ImportRejected) as info:
        ledger_import.import_ledger(store, actor, path, today=TODAY)
    assert "1 行需要更正" in info.value.message() and "没有导入任何案件" in info.value.message()
    assert info.value.report.problem_rows[0].row_number == 24  # title + 2 header rows + 20 good rows
    assert fingerprint(store) == before


def test_import_creates_cases_as_the_ledger_says(store: Store, actor: Actor, tmp_path: Path) -> None:
    rows = build_rows(30, numbered=0.7)
    path = write_ledger(tmp_path / "l.xlsx", rows)
    seen: list[tuple[int, int]] = []
    res = ledger_import.import_ledger(store, actor, path, today=TODAY, progress=lambda d, t: seen.append((d, t)))
    assert res.imported == 30 and seen[-1][0] == seen[-1][1]
    with store.read() as s:
        cases = {c.case_number: c for c in s.scalars(select(Case))}
        assert len(cases) == 30
        kept = [r for r in rows if r.case_number]
        for r in kept:  # historical numbers are kept, dates read from every written form
            c = cases[r.case_number]
            assert c.received_on == r.received_on
        numbers = sorted(c.serial for c in cases.values())
        assert len(set(numbers)) == 30
        first = cases["（2023）安调字第001号"] if rows[0].case_number else None
        if first is not None:
            names = list(s.scalars(select(Party.name).join(CaseParty, CaseParty.party_id == Party.id)
                                   .where(CaseParty.case_id == first.id).order_by(CaseParty.position)))
            assert names == rows[0].applicants + rows[0].respondents  # "张三、李四" → two applicants
        amounts = {a.case_id: a.total_amount for a in s.scalars(select(Agreement))}
        for r in kept:
            if r.amount is not None:
                assert amounts[cases[r.case_number].id] == r.amount  # 1.2万元 → 12000.00
        assert s.scalar(select(func.count(Referral.id))) == sum(1 for r in rows if r.cells[9])
        assert s.scalar(select(Agency.name)) == "安宁派出所"
        assert set(s.scalars(select(Mediator.name))) >= {"王建国", "李秀英"}
        assert s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "import")) == 30
        oral = [c for c in cases.values() if c.outcome == "oral_agreement"]
        assert oral and all(c.status == "closed" for c in oral)
    # The imported cases are searchable like any other.
    name = rows[3].applicants[0]
    assert search.search(store, actor.committee_id, name).total >= 1
    # Unnumbered rows got serials above the highest kept one; new intakes come after both.
    top = max(int(r.case_number[-4:-1]) for r in rows if r.case_number)
    unnumbered = sum(1 for r in rows if not r.case_number)
    assert unnumbered > 0
    r = intake.create_case(store, actor, neighbour_case(date(2023, 12, 30)), today=TODAY)
    assert r.case_number == f"（2023）安调字第{top + unnumbered + 1:03d}号"


def test_amounts_in_wan_and_full_width(store: Store, actor: Actor, tmp_path: Path) -> None:
    rows = build_rows(40)
    path = write_ledger(tmp_path / "l.xlsx", rows)
    ledger_import.import_ledger(store, actor, path, today=TODAY)
    wan = [r for r in rows if isinstance(r.cells[14], str) and "万元" in r.cells[14]]
    full = [r for r in rows if isinstance(r.cells[14], str) and "０" in r.cells[14]]
    assert wan and full
    with store.read() as s:
        for r in wan + full:
            cid = s.scalar(select(Case.id).where(Case.received_on == r.received_on,
                                                  Case.summary == r.cells[11]))
            assert s.scalar(select(Agreement.total_amount).where(Agreement.case_id == cid)) == r.amount


def test_reimport_is_refused_as_duplicates(store: Store, actor: Actor, tmp_path: Path) -> None:
    path = write_ledger(tmp_path / "l.xlsx", build_rows(5, numbered=1.0))
    ledger_import.import_ledger(store, actor, path, today=TODAY)
    rep = ledger_import.dry_run(store, actor, path, today=TODAY)
    assert len(rep.problem_rows) == 5
    assert "在数据库中已经存在" in rep.problem_rows[0].problems[0]


def test_saved_mapping_is_reused_for_a_differently_headed_file(store: Store, actor: Actor, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["登记时间", "当事人", "矛盾类别", "办理结果", "金额（万元）"])
    ws.append(["2024.3.5", "刘一 陈二", "邻里矛盾", "达成协议", "0.5万元"])
    ws.append(["2024/3/6", "韩三、杨四、朱五", "婚姻家庭类", "调解不成", ""])
    path = tmp_path / "other.xlsx"
    wb.save(path)
    with pytest.raises(UserError, match="纠纷类型"):
        ledger_import.dry_run(store, actor, path, today=TODAY)  # 矛盾类别 is not a known heading
    mapping = ledger_layout.ColumnMapping({"received_on": "登记时间", "parties": "当事人", "dispute_type": "矛盾类别",
                                           "outcome": "办理结果", "amount": "金额（万元）"})
    saved = ledger_layout.save_mapping(mapping, name="村台账")
    assert saved.parent.name == "import-mappings"
    loaded = ledger_layout.load_mapping(saved)
    assert loaded == mapping
    res = ledger_import.import_ledger(store, actor, path, loaded, today=TODAY)
    assert res.imported == 2 and res.first_case_number == "（2024）安调字第001号"
    with store.read() as s:
        a = s.scalars(select(Agreement)).one()
        assert a.total_amount == Decimal("5000.00")
        roles = list(s.execute(select(Party.name, CaseParty.role).join(CaseParty).order_by(CaseParty.id)))
        assert roles[:2] == [("刘一", "applicant"), ("陈二", "respondent")]
        assert [r for _, r in roles[2:]] == ["applicant", "respondent", "respondent"]


def test_bad_mapping_file_is_a_user_error(tmp_path: Path) -> None:
    p = tmp_path / "m.json"
    p.write_text('{"columns": {"nonsense": "X"}}', encoding="utf-8")
    with pytest.raises(UserError, match="列映射文件"):
        ledger_layout.load_mapping(p)


def test_late_conflict_rolls_back_everything(store: Store, actor: Actor, tmp_path: Path) -> None:
    """Someone registers a case with a number the ledger also uses, between the dry run and the write:
    the insert of that (late) row fails and not one row of the import remains."""
    rows = build_rows(2500, numbered=1.0)
    path = write_ledger(tmp_path / "l.xlsx", rows)
    plan = ledger_import.plan_import(store, actor, path, today=TODAY)
    assert plan.report.ok
    # A concurrent intake takes 2023's serials up to the ledger's last number.
    with store.write(actor) as uow:
        from mediation_desk.services import numbering

        numbering.reserve_block(uow.session, actor.committee_id, 2023, 2499)
    intake.create_case(store, actor, neighbour_case(date(2023, 12, 30)), today=TODAY)  # takes serial 2500
    before = fingerprint(store)
    with pytest.raises(UserError, match="已全部撤销"):
        ledger_import.write_plan(store, actor, plan, today=TODAY)
    assert fingerprint(store) == before


def test_cancel_mid_write_rolls_back(store: Store, actor: Actor, tmp_path: Path) -> None:
    path = write_ledger(tmp_path / "l.xlsx", build_rows(2200))
    before = fingerprint(store)
    calls: list[tuple[int, int]] = []

    def cancel() -> bool:  # cancel once the first chunk of cases has been inserted
        return any(d > t // 2 for d, t in calls)

    with pytest.raises(Cancelled):
        ledger_import.import_ledger(store, actor, path, today=TODAY, progress=lambda d, t: calls.append((d, t)),
                                    cancel=cancel)
    assert any(d > t // 2 for d, t in calls)
    assert fingerprint(store) == before


def test_not_a_workbook(store: Store, actor: Actor, tmp_path: Path) -> None:
    p = tmp_path / "x.xlsx"
    p.write_bytes(b"not a zip")
    with pytest.raises(UserError, match="无法读取 Excel 文件"):
        ledger_import.dry_run(store, actor, p)
