"""Realistic Excel ledgers as rooms keep them today, for import tests and the import benchmark.

A merged title row, two header rows with merged parents (申请人 over 姓名/联系电话), dates written in
every way people write them (2023.5.6, 2023/5/6, 2023年5月6日, full-width digits, Excel serials and
real date cells), amounts with 元 and 万元, several names in one cell separated by 、 or spaces.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.factories import make_id

TITLE = "安宁镇人民调解委员会矛盾纠纷排查调处台账（2023年）"
TOP = ["序号", "案件编号", "受理日期", "申请人", None, "被申请人", None, "纠纷类型", "案件来源", "移送单位",
       "移送单位编号", "纠纷简要情况", "调解员", "调解结果", "协议金额（元）", "履行情况", "结案日期", "反馈情况"]
SUB = [None, None, None, "姓名", "联系电话", "姓名", "联系电话"] + [None] * 11
TYPES = ["邻里纠纷", "婚姻家庭", "房屋宅基地", "合同纠纷", "损害赔偿", "劳动争议", "道路交通事故", "物业"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红"
FULL = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass
class LedgerRow:
    """What a generated row should import as."""

    row_number: int
    case_number: str
    received_on: date
    applicants: list[str]
    respondents: list[str]
    amount: Decimal | None
    settled: bool
    cells: list[Any] = field(default_factory=list)


def date_forms(d: date, k: int) -> Any:
    forms = [
        f"{d.year}.{d.month}.{d.day}",
        f"{d.year}/{d.month}/{d.day}",
        f"{d.year}年{d.month}月{d.day}日",
        f"{d.year}年{d.month}月{d.day}日".translate(FULL),
        (d - date(1899, 12, 30)).days,  # an Excel serial typed into a number cell
        d,  # a real date cell
    ]
    return forms[k % len(forms)]


def amount_forms(a: Decimal, k: int) -> Any:
    if a >= 10000 and a % 1000 == 0 and k % 2 == 1:
        return f"{(a / 10000).normalize()}万元"
    return [f"{a:,}元", f"{a}".translate(FULL) + "元", float(a), f"{a}"][k % 4]


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")


def build_rows(n: int, *, seed: int = 7, year: int = 2023, numbered: float = 0.8) -> list[LedgerRow]:
    rng = random.Random(seed)
    out = []
    start = date(year, 1, 3)
    for i in range(n):
        received = start + timedelta(days=(i * 360) // max(n, 1))
        serial = i + 1
        number = f"（{year}）安调字第{serial:03d}号" if rng.random() < numbered else ""
        applicants = [_name(rng)] + ([_name(rng)] if i % 7 == 0 else [])
        respondents = [_name(rng)] + ([_name(rng)] if i % 11 == 0 else [])
        settled = i % 5 != 4
        amount = Decimal(rng.choice((500, 800, 1500, 3000, 12000, 20000, 35000))) if settled and i % 3 else None
        sep = "、" if i % 2 else " "
        source, agency, ref = ("派出所移送", "安宁派出所", f"J{received:%Y%m%d}{i % 1000:03d}") if i % 4 == 1 else \
            ("当事人申请", "", "")
        closed = received + timedelta(days=3 + i % 20)
        cells = [
            str(i + 1) if i % 9 == 0 else i + 1, number, date_forms(received, i),
            sep.join(applicants), f"1381234{i % 10000:04d}" if i % 3 == 0 else "",
            sep.join(respondents), "", TYPES[i % len(TYPES)], source, agency, ref,
            f"{applicants[0]}与{respondents[0]}因{TYPES[i % len(TYPES)].removesuffix('纠纷')}问题发生纠纷。",
            "王建国" if i % 2 else "李秀英",
            ("调解成功" if i % 10 else "达成口头协议") if settled else "调解不成",
            amount_forms(amount, i) if amount is not None else "",
            ("已履行" if i % 6 else "部分履行") if settled else "",
            date_forms(closed, i + 1), "已反馈" if agency else "",
        ]
        out.append(LedgerRow(i + 4, number, received, applicants, respondents, amount, settled, cells))
    return out


def write_ledger(path: Path, rows: list[LedgerRow], *, extra: list[list[Any]] | None = None) -> Path:
    """The workbook as a room keeps it: title, two merged header rows, data, a 填表人 footer."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "2023年台账"
    ws.append([TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(TOP))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(TOP)
    ws.append(SUB)
    for col, value in enumerate(TOP, start=1):
        if value is not None and SUB[col - 1] is None:
            ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    ws.merge_cells("D2:E2")
    ws.merge_cells("F2:G2")
    for r in rows:
        ws.append(r.cells)
    for cells in extra or []:
        ws.append(cells)
    ws.append([])
    ws.append(["填表人：王建国", None, None, "审核人：李秀英"])
    wb.save(path)
    return path


def make_ledger(path: Path, n: int = 40, **kw: Any) -> tuple[Path, list[LedgerRow]]:
    rows = build_rows(n, **kw)
    return write_ledger(path, rows), rows


def bad_row(row_number: int) -> list[Any]:
    """A row with a bad date, a bad amount, a bad ID-less phone and no respondent."""
    return [row_number, "", "2023.13.45", "赵六", "12345", "", "", "邻里纠纷", "当事人申请", "", "", "纠纷。",
            "王建国", "调解成功", "一万二", "", "", ""]


def id_numbers(k: int) -> str:
    return make_id(born=f"19{60 + k % 40:02d}0101", order=f"{k % 1000:03d}")
