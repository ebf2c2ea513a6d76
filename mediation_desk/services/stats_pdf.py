"""Statistics to PDF with ReportLab: the bureau's tables and two charts, with an embedded CJK font.

ReportLab is imported lazily (it is slow to import). The font comes from the project's font chain
(``documents.fonts``); a PDF is never written with a character no available font can draw.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from mediation_desk.documents import fonts
from mediation_desk.errors import UserError
from mediation_desk.messages import register
from mediation_desk.services import stats_tables
from mediation_desk.services.statistics import StatsReport

register("pdf.no_font", "找不到可用于 PDF 的中文字体。请安装仿宋或宋体（或运行安装脚本安装免费字体）。",
         "No Chinese font is available for the PDF. Install FangSong or SimSun, or run the set-up script.")
register("pdf.uncovered", "以下字符没有任何已安装字体能够显示：{chars}。请安装更完整的中文字体后再导出。",
         "No installed font can draw these characters: {chars}. Install a fuller Chinese font and retry.")

PALETTE = ["#1f5f99", "#d9822b", "#3a9d5d", "#c23b3b", "#7d5ba6", "#8c6d31", "#d16ba5", "#5f6b73", "#b5b82d",
           "#17a2b8"]


def _fmt(value: Any) -> str:
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return "" if value is None else str(value)


def write_pdf(report: StatsReport, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    chain = fonts.chain()
    if not chain:
        raise UserError("pdf.no_font")
    spec = chain[0]
    fonts.load(spec)
    font = spec.reportlab_name
    tables = stats_tables.tables(report)
    all_text = stats_tables.title(report) + "".join(
        t.title + "".join(t.headings) + "".join(_fmt(v) for row in t.rows for v in row) for t in tables)
    missing = fonts.uncovered(all_text + "".join(report.notes), [spec])
    if missing:
        raise UserError("pdf.uncovered", chars="".join(missing[:20]))

    title_style = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1, spaceAfter=4)
    sub_style = ParagraphStyle("sub", fontName=font, fontSize=9.5, leading=13, alignment=1, spaceAfter=8)
    h_style = ParagraphStyle("h", fontName=font, fontSize=11.5, leading=16, spaceBefore=8, spaceAfter=4)
    note_style = ParagraphStyle("note", fontName=font, fontSize=8.5, leading=12, textColor=colors.HexColor("#444444"))
    cell_style = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=10.5)

    story: list[Any] = [
        Paragraph(stats_tables.title(report), title_style),
        Paragraph(f"统计期间：{report.period.start:%Y年%m月%d日}至{report.period.end:%Y年%m月%d日}　"
                  f"制表时间：{report.generated_at.astimezone():%Y年%m月%d日 %H:%M}", sub_style),
    ]
    width = A4[0] - 36 * mm
    for i, table in enumerate(tables):
        data: list[list[Any]] = [table.headings]
        for row in table.rows:
            # Text cells wrap inside their column; figures stay on one line, centred.
            data.append([Paragraph(v, cell_style) if isinstance(v, str) and j < 2 and not table.headings[j] == "数值"
                         else _fmt(v) for j, v in enumerate(row)])
        widths = _widths(len(table.headings), width, mm)
        t = Table(data, colWidths=widths, repeatRows=1)
        style = [
            ("FONT", (0, 0), (-1, -1), font, 8.5),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecf5")),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        if table.total_row:
            style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f3f3f3")))
        t.setStyle(TableStyle(style))
        story.append(KeepTogether([Paragraph(table.title, h_style), t]))
        if i == 0:
            story += [Spacer(1, 4 * mm), _bar_chart(report, font, width)]
        if i == 1 and report.by_source:
            story += [Spacer(1, 4 * mm), _pie_chart(report, font, width)]
    story.append(Spacer(1, 4 * mm))
    story += [Paragraph(n, note_style) for n in report.notes]

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=stats_tables.title(report), author=report.committee,
                            subject="人民调解工作统计",
                            # Pages start in the CJK font, so no unembedded base-14 font is referenced.
                            initialFontName=font)
    doc.build(story)


def _widths(columns: int, width: float, mm: float) -> list[float]:
    """Wider text columns for the narrower tables; the type table's first column fits 道路交通事故."""
    text_cols = {9: [24 * mm], 4: [62 * mm], 6: [52 * mm, 26 * mm], 2: [90 * mm]}.get(columns, [30 * mm])
    rest = (width - sum(text_cols)) / (columns - len(text_cols))
    return text_cols + [rest] * (columns - len(text_cols))


def _bar_chart(report: StatsReport, font: str, width: float) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    rows = [t for t in report.by_type if t.accepted] or report.by_type[:1]
    d = Drawing(width, 230, initialFontName=font)
    d.add(String(width / 2, 215, "受理与调解成功件数（按纠纷类型）", fontName=font, fontSize=10.5, textAnchor="middle"))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 36, 60, width - 60, 140
    chart.data = [[t.accepted for t in rows], [t.settled for t in rows]]
    chart.categoryAxis.categoryNames = [t.label for t in rows]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor(PALETTE[0])
    chart.bars[1].fillColor = colors.HexColor(PALETTE[1])
    chart.barSpacing = 1
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 120, 212
    legend.fontName, legend.fontSize = font, 8
    legend.columnMaximum = 1
    legend.alignment = "right"
    legend.colorNamePairs = [(colors.HexColor(PALETTE[0]), "受理"), (colors.HexColor(PALETTE[1]), "调解成功")]
    d.add(legend)
    return d


def _pie_chart(report: StatsReport, font: str, width: float) -> Any:
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.piecharts import Pie
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    rows = [s for s in report.by_source if s.accepted]
    total = sum(s.accepted for s in rows) or 1
    d = Drawing(width, 200, initialFontName=font)
    d.add(String(width / 2, 185, "案件来源构成", fontName=font, fontSize=10.5, textAnchor="middle"))
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 40, 15, 160, 160
    pie.data = [s.accepted for s in rows] or [1]
    pie.slices.strokeWidth = 0.5
    for i in range(len(pie.data)):
        pie.slices[i].fillColor = colors.HexColor(PALETTE[i % len(PALETTE)])
    d.add(pie)
    legend = Legend()
    legend.x, legend.y = 240, 165
    legend.fontName, legend.fontSize = font, 8.5
    legend.alignment = "right"  # swatch first, then its label
    legend.columnMaximum = 10
    legend.colorNamePairs = [
        (colors.HexColor(PALETTE[i % len(PALETTE)]), f"{s.label}  {s.accepted} 件（{s.accepted * 100 / total:.1f}%）")
        for i, s in enumerate(rows)]
    d.add(legend)
    return d
