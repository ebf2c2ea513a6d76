"""预览: a rendered form in a QtPdf viewer, with 打印 and 另存为 at hand."""

from __future__ import annotations

from collections.abc import Callable

from ui.printing import load_pdf
from ui.qt import QDialog, QHBoxLayout, QPdfView, QPushButton, QVBoxLayout, QWidget


class PdfPreviewDialog(QDialog):
    def __init__(self, title: str, pdf: bytes, *, on_print: Callable[[], None], on_save_pdf: Callable[[], None],
                 on_save_docx: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("预览：{title}").format(title=title))
        self.resize(900, 1000)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        for text, cb in ((self.tr("打印…"), on_print), (self.tr("另存为 PDF…"), on_save_pdf),
                         (self.tr("另存为 DOCX…"), on_save_docx)):
            button = QPushButton(text)
            button.clicked.connect(cb)
            bar.addWidget(button)
        bar.addStretch(1)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.document, self._buffer = load_pdf(pdf)
        self.document.setParent(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)

    def page_count(self) -> int:
        return self.document.pageCount()
