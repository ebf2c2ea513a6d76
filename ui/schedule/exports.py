"""Files the schedule page writes: .ics calendars, the printed week, and 调解通知书 per party.

The calendar text and the notices come from the core (``session_calendar``, ``documents.api``);
these helpers only run them and write the bytes where the user chose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mediation_desk.documents import api as documents
from mediation_desk.services import scheduling, session_calendar
from mediation_desk.services.jobs import atomic_path
from mediation_desk.store import Actor, Store
from ui.qt import QBuffer, QPageLayout, QPainter, QPdfDocument, QPrinter, QRectF, QWidget


def write_text(path: Path, text: str) -> Path:
    # newline="" keeps the CRLF line endings RFC 5545 asks for.
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return path


def week_ics_file(store: Store, committee_id: int, monday: date, path: Path, *, mediator_id: int | None = None,
                  liaison_id: int | None = None, name: str = "") -> Path:
    return write_text(path, session_calendar.week_ics(store, committee_id, monday, mediator_id=mediator_id,
                                                      liaison_id=liaison_id, name=name))


def session_ics_file(store: Store, actor: Actor, session_id: int, path: Path) -> Path:
    return write_text(path, session_calendar.session_ics(store, actor, session_id))


@dataclass(frozen=True)
class NoticeFiles:
    paths: list[Path]


def session_notice_files(store: Store, actor: Actor, session_id: int, folder: Path) -> NoticeFiles:
    """One 调解通知书 (PDF) for each party booked for the session, named after the party."""
    info = scheduling.get_session(store, actor, session_id)
    notices = scheduling.session_notices(store, actor, session_id)
    pdf = documents.render(store, actor, "session_notice", info.case_id, "pdf", session_id=session_id)
    out = []
    for n in notices:
        path = folder / f"调解通知书-{info.case_number}-{n.party_name}.pdf"
        documents.write_atomically(path, pdf)
        out.append(path)
    return NoticeFiles(out)


@dataclass(frozen=True)
class NoticePrintJob:
    pdf: bytes
    copies: int  # one per party booked for the session


def notice_print_job(store: Store, actor: Actor, session_id: int) -> NoticePrintJob:
    info = scheduling.get_session(store, actor, session_id)
    copies = len(scheduling.session_notices(store, actor, session_id))
    return NoticePrintJob(documents.render(store, actor, "session_notice", info.case_id, "pdf",
                                           session_id=session_id), copies)


def print_pdf(data: bytes, printer: QPrinter, copies: int = 1) -> int:
    """Paint each page of a PDF onto the printer, ``copies`` times; returns the pages printed."""
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    painter = QPainter(printer)
    printed = 0
    try:
        page_rect = printer.pageRect(QPrinter.Unit.DevicePixel)
        for _copy in range(max(copies, 1)):
            for i in range(doc.pageCount()):
                if printed:
                    printer.newPage()
                image = doc.render(i, page_rect.size().toSize())
                painter.drawImage(QRectF(0, 0, page_rect.width(), page_rect.height()), image)
                printed += 1
    finally:
        painter.end()
        doc.close()
    return printed


def print_widget(widget: QWidget, printer: QPrinter) -> None:
    """Paint ``widget`` onto one landscape page, scaled to fit (the week grid)."""
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    image = widget.grab()
    painter = QPainter(printer)
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        scale = min(page.width() / image.width(), page.height() / image.height())
        target = QRectF(0, 0, image.width() * scale, image.height() * scale)
        painter.drawPixmap(target, image, QRectF(image.rect()))
    finally:
        painter.end()


def print_week_pdf(widget: QWidget, path: Path) -> Path:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    print_widget(widget, printer)
    return path
