"""文书: every form of the case, to preview, print or save; and the whole case file (卷宗) as one PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mediation_desk.documents import api, case_file
from mediation_desk.errors import UserError
from ui.case_tabs.base import CaseBundle, CaseTab
from ui.context import AppContext
from ui.dialogs import show_error, show_message
from ui.document_actions import DocumentActions
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QColor,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    Qt,
    QWidget,
    Signal,
)
from ui.widgets import muted

# Which keyword of ``api.render`` chooses one item (a session, record, agreement version, follow-up).
_ITEM_KEYWORD = {"session_notice": "session_id", "investigation_record": "record_id", "session_record": "record_id",
                 "agreement": "agreement_id", "oral_agreement_register": "agreement_id",
                 "follow_up_record": "follow_up_id"}
ROLE_ITEM = Qt.ItemDataRole.UserRole + 1


class DocumentsTab(CaseTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "文书")
    progress_changed = Signal(int, int)  # emitted from the worker, shown on the GUI thread

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.bundle: CaseBundle | None = None
        self.documents = DocumentActions(ctx, self)
        self.progress: QProgressDialog | None = None
        self._cancel = False
        self.layout_.addWidget(muted(self.tr("选中一种文书后预览、打印或另存为；"
                                             "“整卷导出”把全部文书按卷宗顺序装订成一个 PDF。"
                                             "灰色的文书要等本案有了相应内容（如协议、记录）才能生成。")))
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.setSpacing(3)
        self.list.setMaximumWidth(420)
        self.list.itemDoubleClicked.connect(lambda _i: self.preview())
        body.addWidget(self.list, 1)
        body.addStretch(1)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("预览"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.clicked.connect(self.print_)
        self.pdf_button = QPushButton(self.tr("另存为 PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.docx_button = QPushButton(self.tr("另存为 DOCX…"))
        self.docx_button.clicked.connect(lambda: self.save("docx"))
        self.case_file_button = QPushButton(self.tr("整卷导出…"))
        self.case_file_button.clicked.connect(self.ask_case_file)
        for b in (self.preview_button, self.print_button, self.pdf_button, self.docx_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.case_file_button)
        self.layout_.addLayout(buttons)
        self.layout_.addLayout(body, 1)
        self.progress_changed.connect(self._show_progress)

    def show_case(self, bundle: CaseBundle) -> None:
        self.bundle = bundle
        store, actor, case_id = self.ctx.store, self.ctx.actor, bundle.detail.id
        self.ctx.tasks.op(lambda: api.available(store, actor, case_id), parent=self).success(self.show_forms).run()

    def show_forms(self, forms: list[api.AvailableForm]) -> None:
        """One line per form (per version or item where there are several); forms the case cannot
        have yet are listed greyed, so the clerk sees what exists and what is still to come."""
        current = (self.current_form(), self.current_item())
        self.list.clear()
        offered = {f.code for f in forms}
        for f in forms:
            for item_id, label in f.items or ((None, ""),):
                line = QListWidgetItem(f"{f.title} — {label}" if label else f.title)
                line.setData(Qt.ItemDataRole.UserRole, f.code)
                line.setData(ROLE_ITEM, item_id)
                self.list.addItem(line)
                if (f.code, item_id) == current:
                    self.list.setCurrentItem(line)
        for code, title in api.form_titles().items():
            if code not in offered:
                line = QListWidgetItem(self.tr("{title}（本案尚无相应内容）").format(title=title))
                line.setData(Qt.ItemDataRole.UserRole, code)
                line.setFlags(line.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                line.setForeground(QColor("#8a94a3"))  # the app's style sheet does not grey disabled items
                self.list.addItem(line)

    def current_form(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def current_item(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(ROLE_ITEM) if item is not None else None
        return int(value) if value is not None else None

    def select_form(self, code: str, item_id: int | None = None) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code and (item_id is None or item.data(ROLE_ITEM) == item_id):
                self.list.setCurrentItem(item)
                return

    def _chosen(self) -> tuple[int, str, dict[str, Any]] | None:
        form = self.current_form()
        if self.bundle is None or not form:
            show_message(self, self.tr("请先在列表中选中一种文书。"), warning=False)
            return None
        item_id, keyword = self.current_item(), _ITEM_KEYWORD.get(form)
        ids = {keyword: item_id} if keyword and item_id is not None else {}
        return self.bundle.detail.id, form, ids

    def preview(self) -> None:
        chosen = self._chosen()
        if chosen:
            self.documents.preview(chosen[0], chosen[1], **chosen[2])

    def print_(self) -> None:
        chosen = self._chosen()
        if chosen:
            self.documents.print_(chosen[0], chosen[1], **chosen[2])

    def save(self, fmt: str) -> None:
        chosen = self._chosen()
        if chosen:
            self.documents.save_as(chosen[0], chosen[1], fmt, **chosen[2])

    # --- the whole case file --------------------------------------------------------------------
    def ask_case_file(self) -> None:
        if self.bundle is None:
            return
        dialog = QFileDialog(self, self.tr("整卷导出"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("PDF (*.pdf)")
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(self.tr("{number} 卷宗.pdf").format(number=self.bundle.detail.case_number))
        dialog.fileSelected.connect(lambda path: self.export_case_file(Path(path)))
        self.documents.last_dialog = dialog
        dialog.open()

    def export_case_file(self, path: Path) -> None:
        assert self.bundle is not None
        case_id, store, actor = self.bundle.detail.id, self.ctx.store, self.ctx.actor
        self._cancel = False
        self.progress = QProgressDialog(self.tr("正在生成卷宗…"), self.tr("取消"), 0, 0, self)
        self.progress.setWindowTitle(self.tr("整卷导出"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setMinimumWidth(380)
        self.progress.canceled.connect(self._cancelled)
        self.progress.show()

        def finished(_result: object) -> None:
            self._close_progress()
            show_message(self, self.tr("卷宗已保存到 {path}").format(path=path), title=self.tr("整卷导出"),
                         warning=False)

        def failed(exc: Exception) -> None:
            self._close_progress()
            if isinstance(exc, UserError) and exc.code == "document.cancelled":
                return
            show_error(self, exc)

        self.ctx.tasks.op(lambda: case_file.case_file_pdf(store, actor, case_id, path,
                                                          progress=self.progress_changed.emit,
                                                          cancel=lambda: self._cancel),
                          parent=self, label=self.tr("正在生成卷宗…")).success(finished).failure(failed).run()

    def _cancelled(self) -> None:
        self._cancel = True

    def _show_progress(self, step: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(step)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancelled)
            self.progress.close()
            self.progress = None
