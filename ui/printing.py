"""Printing a PDF: each page rendered through QtPdf at the printer's resolution onto the printer's
painter, so what is printed is exactly the PDF the preview shows."""

from __future__ import annotations

from ui.qt import QBuffer, QByteArray, QCoreApplication, QPainter, QPdfDocument, QPrinter, QRect, QSize

RASTER_DPI = 300


class PrintError(Exception):
    pass


def load_pdf(pdf: bytes, parent: object | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over ``pdf`` (the buffer must live as long as the document)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    return doc, buffer


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf``; returns the number of pages printed."""
    doc, buffer = load_pdf(pdf)
    try:
        if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
            raise PrintError(QCoreApplication.translate("Printing", "文书无法读取，没有打印。"))
        # The PDF carries its own margins (GB/T 9704): print it 1:1 on the whole sheet.
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(QCoreApplication.translate("Printing", "打印机无法开始打印，请检查打印机后重试。"))
        try:
            dpi = printer.resolution()
            for page in range(doc.pageCount()):
                if page:
                    printer.newPage()
                size_pt = doc.pagePointSize(page)
                target = painter.viewport()
                # Fit the page into the printable area at the printer's resolution ...
                scale = min(target.width() / (size_pt.width() / 72 * dpi),
                            target.height() / (size_pt.height() / 72 * dpi), 1.0)
                width = int(size_pt.width() / 72 * dpi * scale)
                height = int(size_pt.height() / 72 * dpi * scale)
                # ... but rasterise at no more than 300 dpi: sharp on paper, and a 1200 dpi page
                # image (≈ 130 MB) would make printing slow for nothing.
                raster = min(1.0, RASTER_DPI / dpi)
                image = doc.render(page, QSize(int(width * raster), int(height * raster)))
                painter.drawImage(QRect(0, 0, width, height), image)
        finally:
            painter.end()
        return doc.pageCount()
    finally:
        doc.close()
        buffer.close()
