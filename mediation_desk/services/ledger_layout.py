"""Finding the table in a hand-kept Excel ledger, and mapping its columns to ledger fields.

Real ledgers open with a merged title row, then one or two header rows in which a merged parent
("当事人") spans its children ("申请人", "被申请人"); data follows, sometimes closed by a 合计 or
填表人 line. The workbook is read in openpyxl's read-only mode (constant memory), where a merged
cell's value sits in its first cell and the others read as empty, so a child heading inherits the
nearest parent to its left. A :class:`ColumnMapping` (field → heading) is suggested from known
headings, can be edited, and is saved as JSON for the next import of the same kind of file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mediation_desk import config
from mediation_desk.domain.ledger_parsing import CellError, normalise_text, parse_date
from mediation_desk.errors import UserError
from mediation_desk.messages import register
from mediation_desk.services.jobs import atomic_path

register("ledger.no_header",
         "在“{path}”中找不到台账的表头（如“案件编号”“受理日期”“申请人”）。请确认选择了正确的工作表。",
         "No ledger header (案件编号, 受理日期, 申请人 …) was found in “{path}”. Check the worksheet.")
register("ledger.bad_workbook", "无法读取 Excel 文件“{path}”：{detail}。请确认文件是 .xlsx 格式且未损坏。",
         "Cannot read the Excel file “{path}”: {detail}. Make sure it is an undamaged .xlsx file.")
register("ledger.mapping_missing_column", "列映射中的“{heading}”（{field}）在文件中找不到。请重新设置列映射。",
         "The mapped heading “{heading}” ({field}) is not in the file; set up the column mapping again.")
register("ledger.bad_mapping", "列映射文件“{path}”无法读取：{detail}",
         "The column mapping “{path}” cannot be read: {detail}")
register("ledger.mapping_needs", "列映射缺少必需的列：{fields}。请在列映射中指定。",
         "The column mapping lacks required columns: {fields}.")

# field -> (Chinese name shown to users, headings that mean it; normalised, most specific first)
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "case_number": ("案件编号", ("案件编号", "调解编号", "编号", "卷号", "案卷号")),
    "received_on": ("受理日期", ("受理日期", "受理时间", "登记日期", "登记时间", "收案日期", "申请日期", "日期")),
    "closed_on": ("结案日期", ("结案日期", "结案时间", "办结日期", "调结日期", "调结时间", "结案")),
    "applicants": ("申请人", ("申请人", "申请人姓名", "当事人/申请人", "当事人甲", "甲方", "申请方")),
    "applicant_ids": ("申请人证件号码", ("申请人身份证号", "申请人身份证号码", "申请人证件号码", "申请人/身份证号",
                                    "申请人/身份证号码", "申请人/证件号码")),
    "applicant_phones": ("申请人电话", ("申请人电话", "申请人联系电话", "申请人/联系电话", "申请人/电话")),
    "respondents": ("被申请人", ("被申请人", "被申请人姓名", "当事人/被申请人", "当事人乙", "乙方", "被申请方")),
    "respondent_ids": ("被申请人证件号码", ("被申请人身份证号", "被申请人身份证号码", "被申请人证件号码",
                                      "被申请人/身份证号", "被申请人/身份证号码", "被申请人/证件号码")),
    "respondent_phones": ("被申请人电话", ("被申请人电话", "被申请人联系电话", "被申请人/联系电话", "被申请人/电话")),
    "parties": ("当事人", ("当事人", "当事人姓名", "双方当事人", "当事人双方")),
    "dispute_type": ("纠纷类型", ("纠纷类型", "纠纷类别", "案件类型", "纠纷种类", "类型")),
    "source": ("案件来源", ("案件来源", "纠纷来源", "来源")),
    "agency": ("移送单位", ("移送单位", "移送（委派）单位", "委派单位", "转办单位", "移交单位", "对接单位")),
    "reference": ("移送单位编号", ("移送单位编号", "移送编号", "警情号", "信访件号", "工单号", "委派案号", "文号")),
    "summary": ("纠纷简要情况", ("纠纷简要情况", "简要案情", "纠纷事由", "主要事实", "案情摘要", "纠纷情况",
                           "基本案情", "事由")),
    "mediator": ("调解员", ("调解员", "承办调解员", "承办人", "主持人", "调解人")),
    "outcome": ("调解结果", ("调解结果", "调处结果", "调解情况", "是否调解成功", "结果")),
    "agreement_kind": ("协议形式", ("协议形式", "协议类型", "协议方式")),
    "amount": ("协议金额", ("协议金额", "协议金额（元）", "涉及金额", "标的金额", "标的额", "金额")),
    "performance": ("履行情况", ("履行情况", "协议履行情况", "是否履行")),
    "feedback_sent_on": ("反馈日期", ("反馈日期", "反馈时间")),
    "feedback": ("反馈情况", ("反馈情况", "是否反馈", "反馈")),
    "people_involved": ("涉及人数", ("涉及人数", "人数")),
}
REQUIRED = ("received_on", "dispute_type")
_FOOTER = ("合计", "总计", "填表人", "制表人", "审核人", "负责人", "备注：", "说明：")
_SUBHEADINGS = {"姓名", "电话", "联系电话", "身份证号", "身份证号码", "证件号码", "住址", "地址", "申请人", "被申请人"}
MAX_HEADER_SCAN = 15


def norm_heading(value: object) -> str:
    """Headings compare without spaces, line breaks or a trailing unit such as （元）."""
    text = normalise_text(value).replace(" ", "").replace("(", "（").replace(")", "）")
    return re.sub(r"（(元|万元|人|件)）$", "", text)


@dataclass(frozen=True)
class SheetLayout:
    sheet: str
    header_row: int  # 1-based first header row
    header_rows: int  # 1 or 2
    headings: list[str]  # one per column, "parent/child" under a merged parent
    data_start: int  # 1-based first data row


@dataclass
class ColumnMapping:
    """Which heading of the file feeds which ledger field; saved as JSON for reuse."""

    columns: dict[str, str] = field(default_factory=dict)
    sheet: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"format": "mediation-desk-ledger-mapping", "version": 1, "sheet": self.sheet,
                "columns": self.columns}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ColumnMapping:
        cols = data.get("columns")
        if not isinstance(cols, dict) or not all(isinstance(v, str) for v in cols.values()):
            raise ValueError("columns must map field names to headings")
        unknown = set(cols) - set(FIELDS)
        if unknown:
            raise ValueError("unknown fields: " + ", ".join(sorted(unknown)))
        return cls(dict(cols), data.get("sheet"))


def mappings_dir() -> Path:
    return config.data_dir() / "import-mappings"


def save_mapping(mapping: ColumnMapping, path: str | Path | None = None, name: str = "default") -> Path:
    target = Path(path) if path else mappings_dir() / f"{name}.json"
    with atomic_path(target) as tmp:
        tmp.write_text(json.dumps(mapping.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    return target


def load_mapping(path: str | Path) -> ColumnMapping:
    try:
        return ColumnMapping.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, AttributeError) as exc:
        raise UserError("ledger.bad_mapping", path=str(path), detail=str(exc)[:200]) from exc


def open_workbook(path: str | Path) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file
        raise UserError("ledger.bad_workbook", path=str(path), detail=type(exc).__name__) from exc


def _matches(text: str) -> set[str]:
    return {f for f, (_, names) in FIELDS.items() if text in names}


def _looks_like_data(values: list[Any]) -> bool:
    for v in values:
        if v is None or isinstance(v, str) and not v.strip():
            continue
        if not isinstance(v, str):
            return True  # numbers and dates are data, never headings
        try:
            if parse_date(v) is not None:
                return True
        except CellError:
            pass
    return False


def detect_layout(ws: Any, sheet_name: str) -> SheetLayout | None:
    rows = [list(r) for r in ws.iter_rows(min_row=1, max_row=MAX_HEADER_SCAN, values_only=True)]
    for i, row in enumerate(rows):
        found: set[str] = set()
        for v in row:
            found |= _matches(norm_heading(v))
        if len(found) < 2 or _looks_like_data(row):
            continue
        top = [norm_heading(v) for v in row]
        below = [norm_heading(v) for v in rows[i + 1]] if i + 1 < len(rows) else []
        two = bool(below) and not _looks_like_data(rows[i + 1]) and any(
            b in _SUBHEADINGS or _matches(b) for b in below if b)
        headings = []
        parent = ""
        width = max(len(top), len(below))
        for j in range(width):
            t = top[j] if j < len(top) else ""
            b = below[j] if two and j < len(below) else ""
            if t:
                parent = t
            if t and b and t != b:
                headings.append(f"{t}/{b}")
            elif b and not t:
                headings.append(f"{parent}/{b}" if parent and parent != b else b)
            else:
                headings.append(t or b)
        return SheetLayout(sheet_name, i + 1, 2 if two else 1, headings, i + (3 if two else 2))
    return None


def find_layout(wb: Any, path: str | Path, sheet: str | None = None) -> SheetLayout:
    names = [sheet] if sheet else list(wb.sheetnames)
    for name in names:
        if name in wb.sheetnames:
            layout = detect_layout(wb[name], name)
            if layout is not None:
                return layout
    raise UserError("ledger.no_header", path=str(path))


def suggest_mapping(layout: SheetLayout) -> ColumnMapping:
    """Each field from the first heading that names it: the child, then parent+child, then the parent."""
    columns: dict[str, str] = {}
    used: set[str] = set()
    for precise in (True, False):
        for heading in layout.headings:
            if not heading or heading in used:
                continue
            parent, _, child = heading.rpartition("/")
            candidates = [heading, parent + child, child] if precise else [child, parent]
            for cand in candidates:
                hit = [f for f in FIELDS if cand and cand in FIELDS[f][1] and f not in columns]
                if hit:
                    columns[hit[0]] = heading
                    used.add(heading)
                    break
    return ColumnMapping(columns, layout.sheet)


def resolve_columns(layout: SheetLayout, mapping: ColumnMapping) -> dict[str, int]:
    """Field → 0-based column index in this file; every mapped heading must be present."""
    index = {h: j for j, h in reversed(list(enumerate(layout.headings))) if h}
    out = {}
    for f, heading in mapping.columns.items():
        j = index.get(heading, index.get(norm_heading(heading)))
        if j is None:
            raise UserError("ledger.mapping_missing_column", heading=heading, field=FIELDS[f][0])
        out[f] = j
    missing = [FIELDS[f][0] for f in REQUIRED if f not in out]
    if "applicants" not in out and "parties" not in out:
        missing.append("申请人（或当事人）")
    if missing:
        raise UserError("ledger.mapping_needs", fields="、".join(missing))
    return out


def data_rows(ws: Any, layout: SheetLayout) -> Iterator[tuple[int, list[Any]]]:
    """(1-based row number, cell values) of every data row; blank rows skipped, footers end it."""
    for n, row in enumerate(ws.iter_rows(min_row=layout.data_start, values_only=True), start=layout.data_start):
        values = list(row)
        texts = [normalise_text(v) for v in values if v is not None and normalise_text(v)]
        if not texts:
            continue
        if texts[0].replace(" ", "").startswith(_FOOTER):
            return
        yield n, values
