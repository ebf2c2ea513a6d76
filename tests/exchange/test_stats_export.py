"""Statistics files: the XLSX read back with openpyxl, the PDF read with pdftotext/pdffonts and rendered."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mediation_desk.services import stats_export
from mediation_desk.services.jobs import Cancelled
from mediation_desk.services.statistics import Period
from mediation_desk.store import Actor, Store
from tests.exchange.helpers import add_case, close

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


@pytest.fixture
def quarter(store: Store, actor: Actor) -> Period:
    a = add_case(store, actor, date(2026, 4, 1), order=1, applicant="甲一", respondent="乙一")
    b = add_case(store, actor, date(2026, 4, 2), order=2, applicant="甲二", respondent="乙二",
                 referral="安宁派出所", reference="J2")
    add_case(store, actor, date(2026, 5, 3), order=3, applicant="甲三", respondent="乙三")
    close(store, actor, a, "written_agreement", date(2026, 4, 9), amount="12345.67", performed=True)
    close(store, actor, b, "oral_agreement", date(2026, 4, 20))
    return Period.parse("2026-Q2")


def test_xlsx_tables_and_charts(store: Store, actor: Actor, quarter: Period, tmp_path: Path) -> None:
    out = tmp_path / "统计.xlsx"
    res = stats_export.export_stats(store, actor, quarter, out, "xlsx", today=date(2026, 11, 1))
    assert res.report.total.accepted == 3
    wb = load_workbook(out)
    ws = wb["统计表"]
    rows = [r for r in ws.iter_rows(values_only=True)]
    assert "2026年第二季度" in rows[0][0]
    head = rows.index(next(r for r in rows if r[0] == "纠纷类型"))
    assert list(rows[head][:4]) == ["纠纷类型", "受理", "调解成功", "成功率"]
    neighbour = next(r for r in rows if r[0] == "邻里")
    assert neighbour[1:8] == (3, 2, "66.7%", 1, 1, pytest.approx(12345.67), 1)
    total = next(r for r in rows if r[0] == "合计")
    assert total[1] == 3 and total[2] == 2
    assert any(r[0] == "公安机关移送" and r[1] == 1 for r in rows)
    assert any(r[0] == "安宁派出所" and r[2] == 1 for r in rows)
    assert any(r[0] == "防止民转刑案件（件）" for r in rows)
    charts = wb["图表"]._charts
    assert len(charts) == 2  # bar by dispute type, pie by source


def test_pdf_has_chinese_text_numbers_and_embedded_fonts(store: Store, actor: Actor, quarter: Period,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "统计.pdf"
    stats_export.export_stats(store, actor, quarter, out, "pdf", today=date(2026, 11, 1))
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    for needle in ("安宁镇人民调解委员会人民调解工作统计表（2026年第二季度）", "纠纷类型", "邻里", "调解成功", "66.7%",
                   "12,345.67", "案件来源", "公安机关移送", "安宁派出所", "防止民转刑", "防止群体性上访", "排查发现",
                   "平均办理天数", "逾期反馈", "受理与调解成功件数（按纠纷类型）", "案件来源构成"):
        assert needle in text, needle
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    lines = fonts.splitlines()[2:]
    assert lines, fonts
    for line in lines:
        assert line.split()[-5] == "yes", line  # the "emb" column: every font is embedded
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(png)], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5000


def test_cancelled_stats_export_writes_nothing(store: Store, actor: Actor, quarter: Period, tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        stats_export.export_stats(store, actor, quarter, tmp_path / "x.pdf", "pdf", cancel=lambda: True)
    assert not any(p.suffix in (".pdf", ".partial") for p in tmp_path.iterdir())
