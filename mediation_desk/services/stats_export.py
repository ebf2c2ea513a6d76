"""Statistics to XLSX (tables plus native Excel charts) and to PDF (see ``stats_pdf``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from mediation_desk.errors import UserError
from mediation_desk.services import statistics, stats_tables
from mediation_desk.services.jobs import Cancel, Progress, atomic_path, check_cancel, report
from mediation_desk.store import Actor, Store

FORMATS = ("xlsx", "pdf")


@dataclass(frozen=True)
class StatsExportResult:
    path: Path
    format: str
    report: statistics.StatsReport


def export_stats(store: Store, actor: Actor, period: statistics.Period, out: str | Path, fmt: str = "xlsx", *,
                 today: date | None = None, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> StatsExportResult:
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise UserError("export.bad_format", fmt=fmt, choices="、".join(FORMATS))
    report(progress, 0, 3)
    data = statistics.compute(store, actor, period, today=today)
    check_cancel(cancel)
    report(progress, 1, 3)
    with atomic_path(out) as tmp:
        if fmt == "xlsx":
            write_xlsx(data, tmp)
        else:
            from mediation_desk.services import stats_pdf

            stats_pdf.write_pdf(data, tmp)
        check_cancel(cancel)
        report(progress, 2, 3)
    report(progress, 3, 3)
    return StatsExportResult(Path(out), fmt, data)


def write_xlsx(data: statistics.StatsReport, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, PieChart, Reference
    from openpyxl.chart.label import DataLabelList
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "统计表"
    thin = Side(style="thin", color="888888")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append([stats_tables.title(data)])
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=9)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([f"统计期间：{data.period.start:%Y年%m月%d日}至{data.period.end:%Y年%m月%d日}"])
    anchors: dict[str, tuple[int, int]] = {}  # table title -> (first data row, last data row)
    for table in stats_tables.tables(data):
        ws.append([])
        ws.append([table.title])
        ws.cell(ws.max_row, 1).font = Font(bold=True, size=12)
        ws.append(table.headings)
        head_row = ws.max_row
        for col in range(1, len(table.headings) + 1):
            c = ws.cell(head_row, col)
            c.font, c.border = Font(bold=True), box
            c.alignment = Alignment(horizontal="center", wrap_text=True)
        for row in table.rows:
            ws.append(row)
            for col, value in enumerate(row, start=1):
                c = ws.cell(ws.max_row, col)
                c.border = box
                if isinstance(value, Decimal):
                    c.number_format = "#,##0.00"
        if table.total_row:
            for col in range(1, len(table.headings) + 1):
                ws.cell(ws.max_row, col).font = Font(bold=True)
        anchors[table.title] = (head_row + 1, ws.max_row)
    ws.append([])
    for note in data.notes:
        ws.append([note])
    ws.column_dimensions["A"].width = 28
    for col in range(2, 10):
        ws.column_dimensions[get_column_letter(col)].width = 13
    first, last = anchors[stats_tables.tables(data)[0].title]
    bar = BarChart()
    bar.type = "col"
    bar.title = "受理与调解成功（按纠纷类型）"
    bar.y_axis.title = "件数"
    bar.add_data(Reference(ws, min_col=2, max_col=3, min_row=first - 1, max_row=last - 1), titles_from_data=True)
    bar.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last - 1))
    bar.width, bar.height = 24, 9
    charts = wb.create_sheet("图表")
    charts.add_chart(bar, "A1")
    src_title = stats_tables.tables(data)[1].title
    s_first, s_last = anchors[src_title]
    if s_last >= s_first:
        pie = PieChart()
        pie.title = "案件来源构成"
        pie.add_data(Reference(ws, min_col=2, min_row=s_first - 1, max_row=s_last), titles_from_data=True)
        pie.set_categories(Reference(ws, min_col=1, min_row=s_first, max_row=s_last))
        pie.dataLabels = DataLabelList()
        pie.dataLabels.showPercent = True
        pie.width, pie.height = 16, 10
        charts.add_chart(pie, "A20")
    wb.save(path)
