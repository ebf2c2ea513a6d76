"""The streaming XLSX writer: files that openpyxl (a real reader) reads back exactly."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mediation_desk.services.xlsx_stream import HEADER, XlsxStreamWriter, column_letter


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 51, 52, 701, 702)] == \
        ["A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]


def test_values_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    with XlsxStreamWriter(path, "台账<1>", [10, 20], freeze=(1, 1)) as w:
        w.row(["编号", "名称"], HEADER)
        w.rows([
            [1, "张三 & 李四 <邻里>", date(2023, 5, 6), Decimal("12000.50"), True, None, " 前后空格 "],
            [2, "控制\x01字符\x0b被去掉", datetime(2024, 2, 29, 8, 0), Decimal("0.10"), False, "", 3.5],
            list(range(30)),
        ])
    wb = load_workbook(path)
    ws = wb.active
    assert ws.title == "台账<1>" and ws.freeze_panes == "B2"
    assert [c.value for c in ws[1]][:2] == ["编号", "名称"] and ws["A1"].font.b
    r2 = [c.value for c in ws[2]]
    assert r2[:5] == [1, "张三 & 李四 <邻里>", datetime(2023, 5, 6), pytest.approx(12000.5), True]
    assert r2[5] is None and r2[6] == " 前后空格 "
    assert ws["C2"].number_format == "yyyy-mm-dd" and ws["D2"].number_format == "#,##0.00"
    r3 = [c.value for c in ws[3]]
    assert r3[1] == "控制字符被去掉" and r3[2] == datetime(2024, 2, 29) and r3[6] == 3.5
    assert [c.value for c in ws[4]] == list(range(30))
    assert ws.column_dimensions["B"].width == 20
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None


def test_abort_on_error_closes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    with pytest.raises(RuntimeError), XlsxStreamWriter(path, "s", [5]) as w:
        w.row(["x"])
        raise RuntimeError("stop")
    assert path.exists()  # incomplete: the caller (atomic_path) deletes it
