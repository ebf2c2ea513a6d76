"""The ledger page's settings, each declared once with its typed default (see ``ui.settings``)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from mediation_desk.services import backup_schedule
from mediation_desk.services.backup_schedule import BackupPolicy
from ui.settings import Setting

BACKUP_DIR = Setting("backup/directory", "")  # "" = the core's default directory
BACKUP_ON_START = Setting("backup/on_start", False)
BACKUP_ON_EXIT = Setting("backup/on_exit", True)
BACKUP_DAILY = Setting("backup/daily", True)
BACKUP_KEEP = Setting("backup/keep", 14)
IMPORT_MAPPINGS = Setting("ledger_import/mappings", {})  # name -> ColumnMapping.to_json()
LEDGER_FORMAT = Setting("ledger/format", "xlsx")


def backup_policy() -> BackupPolicy:
    """The plain policy the core receives (``services.backup_schedule``)."""
    directory = Path(BACKUP_DIR.get()) if BACKUP_DIR.get() else backup_schedule.default_directory()
    return BackupPolicy(directory, on_start=BACKUP_ON_START.get(), on_exit=BACKUP_ON_EXIT.get(),
                        daily=BACKUP_DAILY.get(), keep=max(BACKUP_KEEP.get(), 1), min_gap=timedelta(hours=1))
