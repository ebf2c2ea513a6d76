"""Ledger export: XLSX and CSV read back with real readers, masking, filters, cancel, streaming order."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mediation_desk.services import ledger, ledger_export
from mediation_desk.services.cases import CaseFilter
from mediation_desk.services.jobs import Cancelled
from mediation_desk.store import Actor, Store
from tests.exchange.helpers import add_case, close
from tests.factories import make_id


@pytest.fixture
def three_cases(store: Store, actor: Actor) -> list[int]:
    a = add_case(store, actor, date(2026, 3, 2), applicant="张三", respondent="李四", order=11)
    b = add_case(store, actor, date(2026, 4, 9), applicant="王五", respondent="赵六", order=12,
                 referral="安宁派出所", reference="J2026040900123")
    c = add_case(store, actor, date(2026, 5, 20), applicant="孙七", respondent="周八", order=13)
    close(store, actor, a, "written_agreement", date(2026, 3, 20), amount="12000.50", performed=True)
    close(store, actor, b, "terminated", date(2026, 4, 30), feedback_sent=date(2026, 5, 2))
    return [a, b, c]


def test_xlsx_has_title_headings_and_every_case(store: Store, actor: Actor, three_cases: list[int],
                                                tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    res = ledger_export.export_ledger(store, actor, out, "xlsx", ledger.LedgerQuery(full_personal_data=True))
    assert res.rows == 3 and res.personal_data_full
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert "安宁镇人民调解委员会" in rows[0][0] and "台账" in rows[0][0]
    assert "共 3 件" in rows[1][0]
    head = list(rows[2])
    assert head[:4] == ["序号", "案件编号", "受理日期", "结案日期"]
    data = [dict(zip(head, r, strict=True)) for r in rows[3:]]
    assert [d["案件编号"] for d in data] == ["（2026）安调字第001号", "（2026）安调字第002号", "（2026）安调字第003号"]
    first = data[0]
    assert first["申请人"] == "张三" and first["被申请人"] == "李四"
    assert first["受理日期"].date() == date(2026, 3, 2) and first["结案日期"].date() == date(2026, 3, 20)
    assert first["纠纷类型"] == "邻里" and first["案件来源"] == "当事人申请"
    assert first["调解结果"] == "调解成功（书面协议）" and first["协议形式"] == "书面协议"
    assert first["协议金额（元）"] == pytest.approx(12000.50) and first["履行情况"] == "已履行"
    assert first["申请人证件号码"] == make_id(order="011")  # full data: the actor may see it and asked
    assert first["申请人联系电话"] == "13812345678"
    second = data[1]
    assert second["移送（委派）单位"] == "安宁派出所" and second["移送单位编号"] == "J2026040900123"
    assert second["调解结果"] == "调解不成" and second["反馈情况"] == "已反馈"
    assert data[2]["案件状态"] == "调解中" and data[2]["调解结果"] is None


def test_masked_unless_allowed_and_asked(store: Store, actor: Actor, three_cases: list[int], tmp_path: Path) -> None:
    clerk = replace(actor, role="clerk", may_see_personal_data=False)
    for who, full in ((actor, False), (clerk, True), (clerk, False)):
        out = tmp_path / f"{who.role}-{full}.csv"
        res = ledger_export.export_ledger(store, who, out, "csv", ledger.LedgerQuery(full_personal_data=full))
        assert not res.personal_data_full
        text = out.read_text(encoding="utf-8-sig")
        assert make_id(order="011") not in text and "13812345678" not in text
        assert make_id(order="011")[:6] + "********" in text and "138****5678" in text


def test_csv_has_bom_and_reads_back(store: Store, actor: Actor, three_cases: list[int], tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    ledger_export.export_ledger(store, actor, out, "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 Chinese correctly only with the BOM
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 3
    assert rows[0]["受理日期"] == "2026-03-02" and rows[0]["协议金额（元）"] == "12000.50"
    assert rows[1]["移送（委派）单位"] == "安宁派出所"


def test_filter_selects_cases(store: Store, actor: Actor, three_cases: list[int], tmp_path: Path) -> None:
    out = tmp_path / "closed.csv"
    q = ledger.LedgerQuery(CaseFilter(status="closed", received_from=date(2026, 4, 1)))
    res = ledger_export.export_ledger(store, actor, out, "csv", q)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert res.rows == 1 and rows[0]["申请人"] == "王五"


def test_chunks_are_id_ordered_and_complete(store: Store, actor: Actor, three_cases: list[int]) -> None:
    chunks = list(ledger.iter_chunks(store, actor, ledger.LedgerQuery(), chunk=2))
    assert [len(c) for c in chunks] == [2, 1]
    assert [r.seq for c in chunks for r in c] == [1, 2, 3]


def test_cancel_leaves_no_file_and_progress_is_reported(store: Store, actor: Actor, three_cases: list[int],
                                                         tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "cancelled.xlsx"
    out.write_bytes(b"the previous export")
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        ledger_export.export_ledger(store, actor, out, "xlsx", progress=lambda d, t: seen.append((d, t)),
                                    cancel=lambda: bool(seen))
    assert out.read_bytes() == b"the previous export"  # the old file is untouched
    assert [p.name for p in out_dir.iterdir()] == ["cancelled.xlsx"]  # no partial file left behind
    done: list[tuple[int, int]] = []
    ledger_export.export_ledger(store, actor, out, "xlsx", progress=lambda d, t: done.append((d, t)))
    assert done[0] == (0, 3) and done[-1] == (3, 3)


def test_unknown_format_is_a_user_error(store: Store, actor: Actor, tmp_path: Path) -> None:
    from mediation_desk.errors import UserError

    with pytest.raises(UserError, match="不支持的导出格式"):
        ledger_export.export_ledger(store, actor, tmp_path / "x.doc", "doc")
