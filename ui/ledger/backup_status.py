"""The last good backup time (status bar and 数据 tab), and the automatic backups on a timer.

``backup_schedule`` decides whether a backup is due; this module only asks it now and then on the
worker and says when a backup has been made, through one hub every label listens to.
"""

from __future__ import annotations

import logging
from datetime import datetime

from mediation_desk.services import backup_schedule
from mediation_desk.services.backup_schedule import BackupState
from ui.context import AppContext
from ui.formatting import fmt_local
from ui.ledger import options
from ui.qt import QCoreApplication, QLabel, QObject, QTimer, QWidget, Signal

log = logging.getLogger(__name__)
FIRST_CHECK_MS = 60_000  # after start-up has settled, never during it
CHECK_EVERY_MS = 30 * 60_000


class BackupHub(QObject):
    """``changed`` fires after any backup (manual or automatic) so every label re-reads the state."""

    changed = Signal()


hub = BackupHub()


def state_text(state: BackupState) -> str:
    if state.last_good_at is None:
        text = QCoreApplication.translate("Backup", "尚无成功的备份")
    else:
        text = QCoreApplication.translate("Backup", "上次成功备份：{when}").format(when=fmt_local(state.last_good_at))
    if state.last_error and (state.last_good_at is None or (state.last_attempt_at or datetime.min.replace(
            tzinfo=state.last_good_at.tzinfo)) > state.last_good_at):
        text += QCoreApplication.translate("Backup", "（最近一次失败）")
    return text


class BackupStatusLabel(QLabel):
    """For the main window's status bar; also starts the automatic backups."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, automatic: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backupLabel")
        hub.changed.connect(self.refresh)
        self.refresh()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.run_if_due)
        if automatic:
            QTimer.singleShot(FIRST_CHECK_MS, self._start)
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.backup_on_exit)

    def _start(self) -> None:
        self.run_if_due("start")
        self._timer.start(CHECK_EVERY_MS)

    def backup_on_exit(self) -> None:
        """At exit the event loop is ending: back up inline (the worker's result would never arrive)."""
        try:
            backup_schedule.run_if_due(self.ctx.store, options.backup_policy(), "exit")
        except Exception:  # an exit must never fail; the state file records the error for next time
            log.exception("backup on exit failed")

    def refresh(self) -> None:
        directory = options.backup_policy().directory
        self.ctx.tasks.op(lambda: backup_schedule.load_state(directory), parent=self).success(
            lambda st: self.setText(state_text(st))).run()

    def run_if_due(self, event: str = "daily") -> None:
        policy = options.backup_policy()
        self.ctx.tasks.op(lambda: backup_schedule.run_if_due(self.ctx.store, policy, event), parent=self,
                          label=QCoreApplication.translate("Backup", "正在自动备份…")) \
            .success(lambda r: hub.changed.emit() if r is not None else None) \
            .failure(lambda _e: hub.changed.emit()).run()
