"""附件: files kept with the case (identity proofs, evidence, receipts): add, list, open, remove.

Copying a file into the store and out again runs on the worker; opening uses the system's viewer
on a copy with the original file name (the stored file is named by its hash).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from mediation_desk.services import attachments
from mediation_desk.services.attachments import AttachmentView
from ui.case_tabs.base import CaseBundle, CaseTab, ReadOnlyTable, t
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs import confirm
from ui.formatting import fmt_local
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QDesktopServices,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QUrl,
    QWidget,
    Signal,
)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class AttachmentsTab(CaseTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "附件")
    opened = Signal(str)  # the path handed to the system viewer

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.bundle: CaseBundle | None = None
        self.items: list[AttachmentView] = []
        self.file_dialog: QFileDialog | None = None
        self.confirm_box: QMessageBox | None = None
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("类别")))
        self.kind = QComboBox()
        for code, label in attachments.KIND_LABELS.items():
            self.kind.addItem(t(label), code)
        bar.addWidget(self.kind)
        self.add_button = QPushButton(self.tr("添加文件…"))
        self.add_button.clicked.connect(self.ask_files)
        self.open_button = QPushButton(self.tr("打开"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("移除…"))
        self.remove_button.clicked.connect(self.ask_remove)
        for b in (self.add_button, self.open_button, self.remove_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.table = ReadOnlyTable([self.tr("类别"), self.tr("名称"), self.tr("文件"), self.tr("大小"),
                                    self.tr("添加时间")])
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.layout_.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("还没有附件。先选好类别（如当事人身份证明、证据材料、履行凭证），再点“添加文件”；"
                                    "附件会按卷宗顺序装订进整卷导出的 PDF。"))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.layout_.addWidget(self.empty)
        self.layout_.addStretch(0)

    def show_case(self, bundle: CaseBundle) -> None:
        self.bundle = bundle
        store, actor, case_id = self.ctx.store, self.ctx.actor, bundle.detail.id
        self.ctx.tasks.op(lambda: attachments.list_attachments(store, actor, case_id), parent=self) \
            .success(self.show_items).run()

    def show_items(self, items: list[AttachmentView]) -> None:
        self.items = items
        self.table.set_rows([[t(a.kind_label), a.title, a.filename, _size(a.size), fmt_local(a.added_at)]
                             for a in items])
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        self._update_buttons()

    def selected(self) -> AttachmentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _changes(self) -> Changes:
        assert self.bundle is not None
        return Changes(cases=True, case_ids=frozenset({self.bundle.detail.id}))

    def ask_files(self) -> None:
        dialog = QFileDialog(self, self.tr("添加附件"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.filesSelected.connect(lambda paths: self.add_files([Path(p) for p in paths]))
        self.file_dialog = dialog
        dialog.open()

    def add_files(self, paths: list[Path]) -> None:
        if self.bundle is None or not paths:
            return
        store, actor, case_id = self.ctx.store, self.ctx.actor, self.bundle.detail.id
        kind = str(self.kind.currentData())

        def copy_all() -> int:
            for p in paths:
                attachments.add_attachment(store, actor, case_id, p, kind)
            return len(paths)

        self.ctx.tasks.op(copy_all, parent=self, label=self.tr("正在复制附件…"), write=True) \
            .announces(self._changes()).run()

    def open_selected(self) -> None:
        a = self.selected()
        if a is None:
            return
        store, actor = self.ctx.store, self.ctx.actor
        target = Path(tempfile.mkdtemp(prefix="md-attachment-"))

        def show(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            self.opened.emit(str(path))

        self.ctx.tasks.op(lambda: attachments.export_copy(store, actor, a.id, target), parent=self,
                          label=self.tr("正在打开附件…")).success(show).run()

    def ask_remove(self) -> None:
        a = self.selected()
        if a is None:
            return
        store, actor = self.ctx.store, self.ctx.actor

        def remove() -> None:
            self.ctx.tasks.op(lambda: attachments.remove_attachment(store, actor, a.id), parent=self,
                              label=self.tr("正在移除附件…"), write=True).announces(self._changes()).run()

        self.confirm_box = confirm(self, self.tr("从本案移除附件“{title}”？").format(title=a.title), remove,
                                   yes_text=self.tr("移除"))
