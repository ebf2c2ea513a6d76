"""统计: the bureau's statistics for a month, quarter or year — tables, charts, XLSX/PDF export.

The tables are ``services.stats_tables`` (the same the XLSX and PDF writers use), so the screen and
the files never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from mediation_desk.services import statistics, stats_export, stats_tables
from mediation_desk.services.statistics import Period, StatsReport
from ui.context import AppContext
from ui.dialogs import show_message
from ui.progress import run_with_progress
from ui.qt import (
    QAbstractItemView,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QComboBox,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPainter,
    QPieSeries,
    QPushButton,
    QScrollArea,
    QSpinBox,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QValueAxis,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import heading, muted

AskPath = Callable[[QWidget, str, str, str], str]


def cell_text(value: stats_tables.Cell) -> str:
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return "" if value is None else str(value)


class StatsTable(QTableWidget):
    def __init__(self, table: stats_tables.Table, parent: QWidget | None = None) -> None:
        super().__init__(len(table.rows), len(table.headings), parent)
        self.setHorizontalHeaderLabels(table.headings)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(cell_text(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if table.total_row and r == len(table.rows) - 1:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        height = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(self.rowCount())) + 6
        self.setFixedHeight(height)  # the page scrolls, not each table
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class StatsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: StatsReport | None = None
        self.ask_path: AskPath = _ask_save_path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("统计期间：")))
        self.kind = QComboBox()
        for text, code in ((self.tr("月度"), "month"), (self.tr("季度"), "quarter"), (self.tr("年度"), "year")):
            self.kind.addItem(text, code)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setSuffix(self.tr(" 年"))
        self.number = QComboBox()
        today = date.today()
        self.year.setValue(today.year)
        bar.addWidget(self.kind)
        bar.addWidget(self.year)
        bar.addWidget(self.number)
        self.compute_button = QPushButton(self.tr("统计"))
        self.compute_button.setObjectName("primary")
        self.compute_button.clicked.connect(self.refresh)
        bar.addWidget(self.compute_button)
        bar.addStretch(1)
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.pdf_button = QPushButton(self.tr("导出 PDF…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        bar.addWidget(self.xlsx_button)
        bar.addWidget(self.pdf_button)
        layout.addLayout(bar)
        self.kind.currentIndexChanged.connect(self._fill_numbers)
        self._fill_numbers()
        self.number.setCurrentIndex(today.month - 1)
        self.title = heading("")
        layout.addWidget(self.title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll.setWidget(self.body)
        layout.addWidget(scroll, 1)
        self.tables: list[StatsTable] = []

    def _fill_numbers(self) -> None:
        kind = self.kind.currentData()
        self.number.clear()
        if kind == "month":
            for m in range(1, 13):
                self.number.addItem(self.tr("{m} 月").format(m=m), m)
        elif kind == "quarter":
            for q, name in enumerate(("一", "二", "三", "四"), start=1):
                self.number.addItem(self.tr("第{q}季度").format(q=name), q)
        self.number.setVisible(kind != "year")

    def period(self) -> Period:
        kind = self.kind.currentData()
        return Period(kind, self.year.value(), int(self.number.currentData() or 1) if kind != "year" else 1)

    def set_period(self, period: Period) -> None:
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        self.year.setValue(period.year)
        if period.kind != "year":
            self.number.setCurrentIndex(self.number.findData(period.number))

    def page_shown(self) -> None:
        if self.report is None:
            self.refresh()

    def refresh(self) -> None:
        period = self.period()
        self.ctx.tasks.op(lambda: statistics.compute(self.ctx.store, self.ctx.actor, period), parent=self,
                          label=self.tr("正在统计…")).success(self.show_report).run()

    def show_report(self, report: StatsReport) -> None:
        self.report = report
        self.title.setText(stats_tables.title(report))
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop; the old report must vanish now
                widget.setParent(None)
                widget.deleteLater()
        self.tables = []
        if report.total.accepted == 0:
            self.body_layout.addWidget(muted(self.tr("本期没有受理案件，统计表各项均为 0。可换一个统计期间。")))
        charts = QHBoxLayout()
        charts_box = QWidget()
        charts_box.setLayout(charts)
        charts.addWidget(self._bar_chart(report), 3)
        charts.addWidget(self._pie_chart(report), 2)
        charts_box.setMinimumHeight(320)
        self.body_layout.addWidget(charts_box)
        for table in stats_tables.tables(report):
            self.body_layout.addWidget(heading(table.title))
            if not table.rows:
                self.body_layout.addWidget(muted(self.tr("本期没有数据。")))
                continue
            widget = StatsTable(table)
            self.tables.append(widget)
            self.body_layout.addWidget(widget)
        for note in report.notes:
            self.body_layout.addWidget(muted(note))
        self.body_layout.addStretch(1)

    def _bar_chart(self, report: StatsReport) -> QChartView:
        rows = [t for t in report.by_type if t.accepted]
        accepted, settled = QBarSet(self.tr("受理")), QBarSet(self.tr("调解成功"))
        for t in rows:
            accepted.append(t.accepted)
            settled.append(t.settled)
        series = QBarSeries()
        series.append(accepted)
        series.append(settled)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(self.tr("按纠纷类型"))
        axis_x = QBarCategoryAxis()
        axis_x.append([t.label for t in rows] or [self.tr("（无）")])
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        top = max([t.accepted for t in rows] + [1])
        axis_y.setRange(0, top)
        if top <= 8:
            axis_y.setTickCount(top + 1)  # whole numbers only: no "0, 0, 1, 1, 2"
        else:
            axis_y.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return self._view(chart)

    def _pie_chart(self, report: StatsReport) -> QChartView:
        series = QPieSeries()
        for s in report.by_source:
            if s.accepted:
                series.append(f"{s.label} {s.accepted}", s.accepted)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(self.tr("按案件来源"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return self._view(chart)

    @staticmethod
    def _view(chart: QChart) -> QChartView:
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(300)
        return view

    def export(self, fmt: str) -> None:
        period = self.period()
        filt = self.tr("Excel 工作簿 (*.xlsx)") if fmt == "xlsx" else self.tr("PDF 文件 (*.pdf)")
        path = self.ask_path(self, self.tr("导出统计表"), f"人民调解工作统计表-{period.code}.{fmt}", filt)
        if not path:
            return
        run_with_progress(self.ctx, self, self.tr("正在生成统计表…"),
                          lambda progress, cancel: stats_export.export_stats(
                              self.ctx.store, self.ctx.actor, period, path, fmt, progress=progress, cancel=cancel),
                          self._exported)

    def _exported(self, result: stats_export.StatsExportResult) -> None:
        show_message(self, self.tr("已保存到：{path}").format(path=result.path), warning=False,
                     title=self.tr("导出完成"))


def _ask_save_path(parent: QWidget, title: str, name: str, filt: str) -> str:
    from ui.qt import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), filt)
    return path
