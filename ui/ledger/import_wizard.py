"""导入 Excel 台账: pick a file, map its columns (mappings can be saved), dry run, then import.

The dry run lists every row with its problems in Chinese (``ledger_import.dry_run``); the import
button is enabled only after a clean dry run, and the core imports all rows or none.
"""

from __future__ import annotations

from pathlib import Path

from mediation_desk.services import ledger_import
from mediation_desk.services.ledger_import import ImportReport, ImportResult
from mediation_desk.services.ledger_layout import FIELDS, ColumnMapping
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs import show_message
from ui.ledger import options
from ui.progress import run_with_progress
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QColor,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import heading, muted


class ImportWizard(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = ""
        self.headings: list[str] = []
        self.report: ImportReport | None = None
        self.import_result: ImportResult | None = None
        self.setWindowTitle(self.tr("导入 Excel 台账"))
        self.setMinimumSize(1120, 640)
        layout = QVBoxLayout(self)
        step1 = QHBoxLayout()
        step1.addWidget(QLabel(self.tr("① 台账文件：")))
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("请选择 .xlsx 台账文件"))
        browse = QPushButton(self.tr("选择文件…"))
        browse.clicked.connect(self._browse)
        step1.addWidget(self.file, 1)
        step1.addWidget(browse)
        layout.addLayout(step1)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(heading(self.tr("② 列对应")))
        saved_row = QHBoxLayout()
        self.saved = QComboBox()
        self.saved.setMinimumContentsLength(10)
        self._fill_saved()
        use = QPushButton(self.tr("套用"))
        use.clicked.connect(self._use_saved)
        self.save_name = QLineEdit()
        self.save_name.setPlaceholderText(self.tr("名称，如“2023年台账”"))
        keep = QPushButton(self.tr("保存对应"))
        keep.clicked.connect(self.save_mapping)
        for w in (self.saved, use, self.save_name, keep):
            saved_row.addWidget(w)
        lv.addLayout(saved_row)
        self.mapping_table = QTableWidget(len(FIELDS), 2)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("台账项目"), self.tr("文件中的列")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        for r, (name, (label, _aliases)) in enumerate(FIELDS.items()):
            item = QTableWidgetItem(label)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping_table.setItem(r, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("（不导入）"), "")
            self.combos[name] = combo
            self.mapping_table.setCellWidget(r, 1, combo)
        lv.addWidget(self.mapping_table, 1)
        split.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(heading(self.tr("③ 试运行结果")))
        self.summary = muted(self.tr("选择文件并核对列对应后，点“试运行”逐行检查；试运行不会写入任何数据。"))
        rv.addWidget(self.summary)
        self.rows = QTableWidget(0, 4)
        self.rows.setHorizontalHeaderLabels([self.tr("行号"), self.tr("案件编号"), self.tr("将导入为"),
                                             self.tr("问题")])
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setWordWrap(True)
        self.rows.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.rows.setColumnWidth(0, 48)
        self.rows.setColumnWidth(1, 160)
        self.rows.setColumnWidth(2, 260)
        rv.addWidget(self.rows, 1)
        self.only_problems = QCheckBox(self.tr("只显示有问题的行"))
        self.only_problems.toggled.connect(self._filter_rows)
        rv.addWidget(self.only_problems)
        split.addWidget(right)
        split.setSizes([360, 740])
        layout.addWidget(split, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.dry_button = QPushButton(self.tr("试运行"))
        self.dry_button.clicked.connect(self.dry_run)
        self.import_button = QPushButton(self.tr("④ 导入"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        for b in (self.dry_button, self.import_button, close):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- file and mapping --------------------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择台账文件"), str(Path.home()),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        self.path = path
        self.file.setText(path)
        self.report = None
        self.ctx.tasks.op(lambda: (ledger_import.headings(path), ledger_import.suggested_mapping(path)),
                          parent=self).success(self._show_mapping).run()

    def _show_mapping(self, found: tuple[list[str], ColumnMapping]) -> None:
        self.headings, suggested = found
        for combo in self.combos.values():
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for h in self.headings:
                combo.addItem(h, h)
            combo.blockSignals(False)
        self.apply_mapping(suggested)
        self._update_buttons()

    def apply_mapping(self, mapping: ColumnMapping) -> None:
        for name, combo in self.combos.items():
            combo.setCurrentIndex(max(combo.findData(mapping.columns.get(name, "")), 0))

    def mapping(self) -> ColumnMapping:
        return ColumnMapping({n: c.currentData() for n, c in self.combos.items() if c.currentData()})

    def _fill_saved(self) -> None:
        self.saved.clear()
        for name in sorted(options.IMPORT_MAPPINGS.get()):
            self.saved.addItem(name)

    def save_mapping(self) -> None:
        name = self.save_name.text().strip() or Path(self.path).stem or self.tr("未命名")
        stored = dict(options.IMPORT_MAPPINGS.get())
        stored[name] = self.mapping().to_json()
        options.IMPORT_MAPPINGS.set(stored)
        self._fill_saved()
        self.saved.setCurrentText(name)

    def _use_saved(self) -> None:
        data = options.IMPORT_MAPPINGS.get().get(self.saved.currentText())
        if data:
            self.apply_mapping(ColumnMapping.from_json(data))

    # --- dry run and import ---------------------------------------------------------------------------
    def dry_run(self) -> None:
        path, mapping = self.path, self.mapping()
        run_with_progress(self.ctx, self, self.tr("正在试运行…"),
                          lambda p, c: ledger_import.dry_run(self.ctx.store, self.ctx.actor, path, mapping,
                                                             progress=p, cancel=c), self.show_report)

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        self.rows.setRowCount(len(report.rows))
        for r, row in enumerate(report.rows):
            problems = "；".join(row.problems)
            cells = [str(row.row_number), row.case_number or self.tr("（新编号）"), row.description,
                     problems or "；".join(row.warnings) or self.tr("无")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if row.problems and c == 3:
                    item.setForeground(QColor("#c62828"))
                self.rows.setItem(r, c, item)
        self.rows.resizeRowsToContents()
        bad = len(report.problem_rows)
        self.only_problems.setChecked(bool(bad))
        self._filter_rows()
        if bad:
            self.summary.setText(self.tr("共 {n} 行，其中 {bad} 行需要更正（红字）。请在 Excel 中改好后重新试运行；"
                                         "有问题时不会导入任何一行。").format(n=len(report.rows), bad=bad))
        else:
            self.summary.setText(self.tr("共 {n} 行全部无误：将新建 {cases} 件案件、{parties} 位当事人、"
                                         "{agreements} 份协议。可以导入。").format(
                n=len(report.rows), cases=report.cases, parties=report.new_parties, agreements=report.agreements))
        self._update_buttons()

    def _filter_rows(self) -> None:
        rows = self.report.rows if self.report is not None else []
        for r, row in enumerate(rows):
            self.rows.setRowHidden(r, self.only_problems.isChecked() and not row.problems)

    def run_import(self) -> None:
        path, mapping = self.path, self.mapping()
        run_with_progress(self.ctx, self, self.tr("正在导入台账…"),
                          lambda p, c: ledger_import.import_ledger(self.ctx.store, self.ctx.actor, path, mapping,
                                                                   progress=p, cancel=c),
                          self._imported, write=True, announces=Changes(cases=True, schedule=True))

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        self.import_button.setEnabled(False)
        show_message(self, self.tr("已导入 {n} 件案件（{first} 至 {last}）。").format(
            n=result.imported, first=result.first_case_number, last=result.last_case_number),
            warning=False, title=self.tr("导入完成"))

    def _update_buttons(self) -> None:
        self.dry_button.setEnabled(bool(self.path))
        self.import_button.setEnabled(self.report is not None and self.report.ok and self.import_result is None)
