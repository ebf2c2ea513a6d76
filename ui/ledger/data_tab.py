"""数据: JSON export, the Excel ledger import, backup / verify / restore, and the backup policy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mediation_desk.errors import UserError
from mediation_desk.services import backup, backup_schedule, json_export, restore
from ui.context import AppContext
from ui.dialogs import confirm, show_error, show_message
from ui.ledger import options
from ui.ledger.backup_status import hub, state_text
from ui.ledger.import_wizard import ImportWizard
from ui.progress import run_with_progress
from ui.qt import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import muted

AskPath = Callable[[QWidget, str, str, str], str]


def ask_save(parent: QWidget, title: str, name: str, filt: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), filt)[0]


def ask_open(parent: QWidget, title: str, _name: str, filt: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, str(Path.home()), filt)[0]


class DataTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ask_save: AskPath = ask_save
        self.ask_open: AskPath = ask_open
        self.last_box: QMessageBox | None = None
        self.last_verify: backup.VerifyReport | None = None
        self.last_backup: backup.BackupResult | None = None
        self.wizard: ImportWizard | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self._exchange_box())
        layout.addWidget(self._backup_box())
        layout.addWidget(self._policy_box())
        layout.addStretch(1)
        hub.changed.connect(self.refresh_state)
        self.refresh_state()

    # --- sections --------------------------------------------------------------------------------
    def _exchange_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("导出与导入"))
        v = QVBoxLayout(box)
        v.addWidget(muted(self.tr("JSON 导出包含全部数据，可用于迁移或存档；Excel 台账导入先试运行，"
                                  "全部行无误后一次性导入，任何一行有问题都不会导入。")))
        row = QHBoxLayout()
        self.json_button = QPushButton(self.tr("导出全部数据（JSON）…"))
        self.json_button.clicked.connect(self.export_json)
        self.import_button = QPushButton(self.tr("导入 Excel 台账…"))
        self.import_button.clicked.connect(self.open_import)
        row.addWidget(self.json_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        v.addLayout(row)
        return box

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("备份与恢复"))
        v = QVBoxLayout(box)
        self.state_label = QLabel()
        self.state_label.setObjectName("sectionTitle")
        v.addWidget(self.state_label)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.setObjectName("primary")
        self.backup_button.clicked.connect(self.backup_now)
        self.verify_button = QPushButton(self.tr("校验备份文件…"))
        self.verify_button.clicked.connect(self.verify)
        self.restore_button = QPushButton(self.tr("从备份恢复…"))
        self.restore_button.clicked.connect(self.restore)
        for b in (self.backup_button, self.verify_button, self.restore_button):
            row.addWidget(b)
        row.addStretch(1)
        v.addLayout(row)
        v.addWidget(muted(self.tr("恢复时会写入新的数据库文件，不会覆盖正在使用的数据；"
                                  "如目标已有数据，需要确认，并先自动保存一份安全副本。")))
        return box

    def _policy_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("自动备份"))
        form = QFormLayout(box)
        dir_row = QHBoxLayout()
        self.directory = QLineEdit(str(options.backup_policy().directory))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._choose_dir)
        dir_row.addWidget(self.directory, 1)
        dir_row.addWidget(browse)
        form.addRow(self.tr("备份文件夹"), dir_row)
        self.on_start = QCheckBox(self.tr("启动时备份"))
        self.on_exit = QCheckBox(self.tr("退出时备份"))
        self.daily = QCheckBox(self.tr("每天备份一次"))
        self.on_start.setChecked(options.BACKUP_ON_START.get())
        self.on_exit.setChecked(options.BACKUP_ON_EXIT.get())
        self.daily.setChecked(options.BACKUP_DAILY.get())
        when = QHBoxLayout()
        for c in (self.on_start, self.on_exit, self.daily):
            when.addWidget(c)
        when.addStretch(1)
        form.addRow(self.tr("何时备份"), when)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(options.BACKUP_KEEP.get())
        self.keep.setSuffix(self.tr(" 份"))
        self.keep.setMaximumWidth(120)
        form.addRow(self.tr("保留最近"), self.keep)
        save = QPushButton(self.tr("保存设置"))
        save.clicked.connect(self.save_policy)
        save_row = QHBoxLayout()
        save_row.addWidget(save)
        save_row.addStretch(1)
        form.addRow("", save_row)
        return box

    def _choose_dir(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("选择备份文件夹"), self.directory.text())
        if d:
            self.directory.setText(d)

    def save_policy(self) -> None:
        options.BACKUP_DIR.set(self.directory.text().strip())
        options.BACKUP_ON_START.set(self.on_start.isChecked())
        options.BACKUP_ON_EXIT.set(self.on_exit.isChecked())
        options.BACKUP_DAILY.set(self.daily.isChecked())
        options.BACKUP_KEEP.set(self.keep.value())
        hub.changed.emit()

    def refresh_state(self) -> None:
        directory = options.backup_policy().directory
        self.ctx.tasks.op(lambda: backup_schedule.load_state(directory), parent=self).success(
            lambda st: self.state_label.setText(state_text(st))).run()

    # --- actions --------------------------------------------------------------------------------------
    def _done(self, text: str) -> None:
        self.last_box = show_message(self, text, warning=False, title=self.tr("完成"))

    def export_json(self) -> None:
        path = self.ask_save(self, self.tr("导出全部数据"), "调解室数据.json", self.tr("JSON 文件 (*.json)"))
        if path:
            run_with_progress(self.ctx, self, self.tr("正在导出全部数据…"),
                              lambda p, c: json_export.export_json(self.ctx.store, path, progress=p, cancel=c),
                              lambda r: self._done(self.tr("已导出 {n} 个表到：{path}").format(
                                  n=len(r.tables), path=r.path)))

    def open_import(self) -> ImportWizard:
        self.wizard = ImportWizard(self.ctx, self)
        self.wizard.open()
        return self.wizard

    def backup_now(self) -> None:
        policy = options.backup_policy()
        run_with_progress(self.ctx, self, self.tr("正在备份…"),
                          lambda p, c: backup_schedule.run_backup(self.ctx.store, policy, progress=p, cancel=c),
                          self._backed_up, on_failure=self._backup_failed)

    def _backed_up(self, result: backup.BackupResult) -> None:
        self.last_backup = result
        hub.changed.emit()
        self._done(self.tr("备份完成并已校验：{path}").format(path=result.path))

    def _backup_failed(self, exc: Exception) -> None:
        hub.changed.emit()
        show_error(self, exc)

    def verify(self, path: str = "") -> None:
        path = path or self.ask_open(self, self.tr("选择备份文件"), "", self.tr("备份文件 (*.zip)"))
        if path:
            run_with_progress(self.ctx, self, self.tr("正在校验备份…"),
                              lambda p, c: backup.verify(path, progress=p, cancel=c), self._verified)

    def _verified(self, report: backup.VerifyReport) -> None:
        self.last_verify = report
        if report.ok:
            self._done(self.tr("备份文件完好：{path}").format(path=report.path))
        else:
            self.last_box = show_message(self, self.tr("备份文件有问题：\n{problems}").format(
                problems="\n".join(report.problems)))

    def restore(self) -> None:
        archive = self.ask_open(self, self.tr("选择要恢复的备份文件"), "", self.tr("备份文件 (*.zip)"))
        if not archive:
            return
        target = self.ask_save(self, self.tr("恢复到新的数据库文件"), "恢复的数据库.sqlite3",
                               self.tr("数据库文件 (*.sqlite3)"))
        if target:
            self._restore(archive, target, False)

    def _restore(self, archive: str, target: str, force: bool) -> None:
        def failed(exc: Exception) -> None:
            if isinstance(exc, UserError) and exc.code == "restore.target_exists":
                self.last_box = confirm(self, self.tr("“{target}”中已经有数据。确定要用备份覆盖它吗？"
                                                      "覆盖前会先在旁边保存一份安全副本。").format(target=target),
                                        lambda: self._restore(archive, target, True), yes_text=self.tr("覆盖"))
            else:
                show_error(self, exc)

        run_with_progress(self.ctx, self, self.tr("正在恢复…"),
                          lambda p, c: restore.restore(archive, target, force=force, progress=p, cancel=c),
                          lambda r: self._done(self.tr("已恢复到：{url}\n共 {cases} 件案件。要使用它，请用"
                                                       "“--db”参数打开该数据库。").format(url=r.url, cases=r.cases)),
                          on_failure=failed)
