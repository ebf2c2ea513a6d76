"""What the 文书 buttons do for any form of a case: preview, print, save as PDF or DOCX.

Rendering runs on a worker (``ctx.tasks``); the file and print dialogs are opened window-modal
with ``open()`` so nothing blocks, and tests reach them through ``last_dialog``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mediation_desk.documents import api
from ui.context import AppContext
from ui.dialogs import show_error, show_message
from ui.pdf_preview import PdfPreviewDialog
from ui.printing import PrintError, print_pdf
from ui.qt import QDialog, QFileDialog, QObject, QPrintDialog, QPrinter, QWidget, Signal


class DocumentActions(QObject):
    saved = Signal(str)  # path
    printed = Signal(int)  # pages

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.last_dialog: QDialog | None = None

    def _render(self, case_id: int, form: str, fmt: str, ids: dict[str, Any], then: Any) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        title = api.form_titles().get(form, form)
        self.ctx.tasks.op(lambda: api.render(store, actor, form, case_id, fmt, **ids), parent=self.widget,
                          label=self.tr("正在生成“{title}”…").format(title=title)).success(then).run()

    def preview(self, case_id: int, form: str, **ids: Any) -> None:
        title = api.form_titles().get(form, form)

        def show(pdf: bytes) -> None:
            dialog = PdfPreviewDialog(title, pdf, parent=self.widget,
                                      on_print=lambda: self.print_(case_id, form, **ids),
                                      on_save_pdf=lambda: self.save_as(case_id, form, "pdf", **ids),
                                      on_save_docx=lambda: self.save_as(case_id, form, "docx", **ids))
            self.last_dialog = dialog
            dialog.open()

        self._render(case_id, form, "pdf", ids, show)

    def print_(self, case_id: int, form: str, **ids: Any) -> None:
        """Render, then the system print dialog; printing happens after the user confirms."""

        def ask(pdf: bytes) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(api.form_titles().get(form, form))
            dialog = QPrintDialog(printer, self.widget)
            dialog.setWindowTitle(self.tr("打印"))
            self.last_dialog = dialog
            self._printer = printer  # the dialog holds only a reference
            dialog.accepted.connect(lambda: self.print_now(pdf, printer))
            dialog.show()

        self._render(case_id, form, "pdf", ids, ask)

    def print_now(self, pdf: bytes, printer: QPrinter) -> None:
        def failed(exc: Exception) -> None:
            if isinstance(exc, PrintError):
                show_message(self.widget, str(exc))
            else:
                show_error(self.widget, exc)

        self.ctx.tasks.op(lambda: print_pdf(pdf, printer), parent=self.widget, label=self.tr("正在打印…")) \
            .success(self.printed.emit).failure(failed).run()

    def save_as(self, case_id: int, form: str, fmt: str, **ids: Any) -> None:
        title = api.form_titles().get(form, form)
        dialog = QFileDialog(self.widget, self.tr("另存为"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        pdf, docx = "PDF (*.pdf)", self.tr("Word 文档 (*.docx)")
        dialog.setNameFilters([pdf, docx] if fmt == "pdf" else [docx, pdf])
        dialog.setDefaultSuffix(fmt)
        dialog.selectFile(f"{title}.{fmt}")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.filterSelected.connect(lambda f: dialog.setDefaultSuffix("pdf" if f == pdf else "docx"))
        self.last_dialog = dialog

        def chosen(path: str) -> None:
            # The format follows the name the user gave (.pdf or .docx), else the offered one.
            suffix = Path(path).suffix.lower().lstrip(".")
            self.save_to(case_id, form, suffix if suffix in ("pdf", "docx") else fmt, Path(path), **ids)

        dialog.fileSelected.connect(chosen)
        dialog.open()

    def save_to(self, case_id: int, form: str, fmt: str, path: Path, **ids: Any) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        self.ctx.tasks.op(lambda: api.render_to_path(store, actor, form, case_id, path, fmt=fmt, **ids),
                          parent=self.widget, label=self.tr("正在保存…")) \
            .success(lambda _r: self.saved.emit(str(path))).run()
