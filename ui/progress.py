"""Long operations with a progress dialog and a working Cancel button.

The core's exports, imports and backups take ``progress(done, total)`` and ``cancel() -> bool``
callbacks (``mediation_desk.services.jobs``). :func:`run_with_progress` hands the operation both:
progress is relayed to the GUI thread by a signal, and Cancel sets a flag the worker polls, so the
core stops at its next check and undoes what it had begun (it raises ``jobs.Cancelled``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from mediation_desk.services.jobs import Cancelled
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs import show_error, show_message
from ui.qt import QCoreApplication, QObject, QProgressDialog, Qt, QWidget, Signal, Slot

T = TypeVar("T")
Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]


class ProgressRelay(QObject):
    """Emitted from the worker thread; Qt queues it over to the dialog on the GUI thread."""

    progressed = Signal(int, int)


class ProgressJob(QObject):
    """One running job: its dialog, its cancel flag, and the relay tests can listen to."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, label: str) -> None:
        super().__init__(parent)
        self.flag = threading.Event()
        self.relay = ProgressRelay()
        self.dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "取消"), 0, 0, parent)
        self.dialog.setWindowTitle(QCoreApplication.translate("Progress", "正在处理"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # quick jobs never flash a dialog
        self.dialog.setMinimumWidth(360)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.relay.progressed.connect(self._show)

    def cancel(self) -> None:
        self.flag.set()
        self.dialog.setLabelText(QCoreApplication.translate("Progress", "正在取消，请稍候…"))

    def progress(self, done: int, total: int) -> None:
        self.relay.progressed.emit(done, total)

    def cancelled(self) -> bool:
        return self.flag.is_set()

    @Slot(int, int)
    def _show(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()  # one dialog per job; do not let them pile up under the page
        self.finished.emit()


def run_with_progress(ctx: AppContext, parent: QWidget | None, label: str,
                      fn: Callable[[Progress, CancelFlag], T], on_success: Callable[[T], None], *,
                      write: bool = False, announces: Changes | None = None,
                      on_failure: Callable[[Exception], None] | None = None) -> ProgressJob:
    """Run ``fn(progress, cancel)`` on the worker with a progress dialog; report a cancel calmly."""
    job = ProgressJob(parent, label)
    _jobs.add(job)

    def done_ok(result: Any) -> None:
        job.close()
        _jobs.discard(job)
        on_success(result)

    def failed(exc: Exception) -> None:
        job.close()
        _jobs.discard(job)
        if isinstance(exc, Cancelled):
            show_message(parent, exc.message(), warning=False)
        elif on_failure is not None:
            on_failure(exc)
        else:
            show_error(parent, exc)

    op = ctx.tasks.op(lambda: fn(job.progress, job.cancelled), parent=parent, label=label, write=write)
    op.success(done_ok).failure(failed)
    if announces is not None:
        op.announces(announces)
    started.job_started.emit(job)
    op.run()
    return job


class JobHub(QObject):
    """Says when a job starts (tests press its Cancel button; a status view could list jobs)."""

    job_started = Signal(object)  # ProgressJob


_jobs: set[ProgressJob] = set()
started = JobHub()
