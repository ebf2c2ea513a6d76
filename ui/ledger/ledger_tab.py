"""台账: filter the cases as in the case list, see how many, and export the ledger as XLSX or CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mediation_desk.services import ledger, ledger_export
from mediation_desk.services.cases import CaseFilter
from mediation_desk.services.ledger import LedgerQuery
from ui.case_filter_bar import CaseFilterBar
from ui.context import AppContext
from ui.dialogs import show_message
from ui.ledger import options
from ui.progress import run_with_progress
from ui.qt import QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from ui.widgets import heading, muted

AskPath = Callable[[QWidget, str, str, str], str]


def ask_save_path(parent: QWidget, title: str, name: str, filt: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), filt)
    return path


class LedgerFilterBar(CaseFilterBar):
    """The case list's filter bar, without overwriting the case list's remembered filter."""

    def _emit(self) -> None:
        if not self._quiet:
            self.filter_changed.emit(self.current_filter())


class LedgerTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ask_path: AskPath = ask_save_path
        self.last_result: ledger_export.ExportResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(heading(self.tr("人民调解案件台账")))
        layout.addWidget(muted(self.tr("按条件选出案件后导出台账；不选条件即导出全部案件。导出的文件可直接报送或打印。")))
        self.filters = LedgerFilterBar(ctx)
        self.filters.set_filter(CaseFilter(), emit=False)
        self.filters.filter_changed.connect(lambda _f: self.refresh())
        layout.addWidget(self.filters)
        row = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("sectionTitle")
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("格式：")))
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel 工作簿（.xlsx）"), "xlsx")
        self.format.addItem(self.tr("CSV 文本（.csv）"), "csv")
        self.format.setCurrentIndex(max(self.format.findData(options.LEDGER_FORMAT.get()), 0))
        row.addWidget(self.format)
        self.full = QCheckBox(self.tr("显示完整的身份证号和电话"))
        may = ctx.actor.may_see_personal_data
        self.full.setEnabled(may)
        self.full.setToolTip(self.tr("不勾选时，证件号码和电话只显示前后几位。") if may else
                             self.tr("您的账号没有查看完整个人信息的权限，导出的台账中证件号码和电话会部分隐藏。"))
        row.addWidget(self.full)
        self.export_button = QPushButton(self.tr("导出台账…"))
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        layout.addStretch(1)

    def query(self) -> LedgerQuery:
        return LedgerQuery(self.filters.current_filter(), self.full.isChecked() and self.full.isEnabled())

    def refresh(self) -> None:
        q = self.query()
        self.ctx.tasks.op(lambda: ledger.count(self.ctx.store, self.ctx.actor, q), parent=self).success(
            self._show_count).run()

    def _show_count(self, n: int) -> None:
        self.count.setText(self.tr("符合条件的案件：{n} 件").format(n=n) if n else
                           self.tr("没有符合条件的案件，请放宽筛选条件。"))
        self.export_button.setEnabled(n > 0)

    def export(self) -> None:
        fmt = self.format.currentData()
        options.LEDGER_FORMAT.set(fmt)
        filt = self.tr("Excel 工作簿 (*.xlsx)") if fmt == "xlsx" else self.tr("CSV 文本 (*.csv)")
        path = self.ask_path(self, self.tr("导出台账"), f"人民调解案件台账.{fmt}", filt)
        if not path:
            return
        q = self.query()
        run_with_progress(self.ctx, self, self.tr("正在导出台账…"),
                          lambda progress, cancel: ledger_export.export_ledger(
                              self.ctx.store, self.ctx.actor, path, fmt, q, progress=progress, cancel=cancel),
                          self._exported)

    def _exported(self, result: ledger_export.ExportResult) -> None:
        self.last_result = result
        show_message(self, self.tr("已导出 {n} 件案件到：{path}").format(n=result.rows, path=result.path),
                     warning=False, title=self.tr("导出完成"))
