"""Automatic backups: when one is due (on start, on exit, daily), retention, and the last good one.

The GUI calls :func:`run_if_due` at start-up, at exit and from a timer, on a worker thread, and shows
:func:`load_state`'s ``last_good_at``. State lives in ``backup-state.json`` in the backup directory,
so it travels with the archives it describes. A backup only counts as good once it has been verified.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from mediation_desk import config
from mediation_desk.services import backup
from mediation_desk.services.jobs import Cancel, Progress, atomic_path
from mediation_desk.store import Store

STATE_FILE = "backup-state.json"
EVENTS = ("start", "exit", "daily")
LOCAL = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class BackupPolicy:
    directory: Path
    on_start: bool = False
    on_exit: bool = True
    daily: bool = True
    keep: int = 14  # archives kept; older ones are deleted after a good backup
    min_gap: timedelta = timedelta(hours=1)  # start/exit backups no closer together than this


@dataclass(frozen=True)
class BackupState:
    last_good_at: datetime | None = None
    last_archive: str | None = None
    last_attempt_at: datetime | None = None
    last_error: str | None = None


def default_directory() -> Path:
    return config.data_dir() / "backups"


def load_state(directory: Path) -> BackupState:
    try:
        raw: dict[str, Any] = json.loads((directory / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return BackupState()

    def when(key: str) -> datetime | None:
        v = raw.get(key)
        return datetime.fromisoformat(v) if isinstance(v, str) else None

    return BackupState(when("last_good_at"), raw.get("last_archive"), when("last_attempt_at"), raw.get("last_error"))


def save_state(directory: Path, state: BackupState) -> None:
    data = {"last_good_at": state.last_good_at.isoformat() if state.last_good_at else None,
            "last_archive": state.last_archive,
            "last_attempt_at": state.last_attempt_at.isoformat() if state.last_attempt_at else None,
            "last_error": state.last_error}
    with atomic_path(directory / STATE_FILE) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def is_due(policy: BackupPolicy, event: str, state: BackupState, now: datetime | None = None) -> bool:
    """Start/exit: if enabled and the last good backup is older than ``min_gap``. Daily: if enabled and
    there is no good backup yet on today's date (local time)."""
    if event not in EVENTS:
        raise ValueError(event)
    now = now or datetime.now(UTC)
    last = state.last_good_at
    if event == "daily":
        return policy.daily and (last is None or last.astimezone(LOCAL).date() < now.astimezone(LOCAL).date())
    enabled = policy.on_start if event == "start" else policy.on_exit
    return enabled and (last is None or now - last >= policy.min_gap)


def archives(directory: Path) -> list[Path]:
    """The scheduled archives in the directory, oldest first (names carry their time)."""
    return sorted(p for p in directory.glob(f"{backup.ARCHIVE_PREFIX}*.zip") if p.is_file())


def prune(directory: Path, keep: int, protect: Path | None = None) -> list[Path]:
    """Delete the oldest archives beyond ``keep``; the newest good one is never deleted."""
    removed = []
    found = archives(directory)
    for p in found[: max(len(found) - max(keep, 1), 0)]:
        if protect is not None and p.resolve() == protect.resolve():
            continue
        p.unlink(missing_ok=True)
        removed.append(p)
    return removed


def run_backup(store: Store, policy: BackupPolicy, *, attachments: Path | None = None,
               now: datetime | None = None, progress: Progress | None = None,
               cancel: Cancel | None = None) -> backup.BackupResult:
    """Back up now into the policy's directory, verify, record the state and prune old archives."""
    directory = policy.directory
    directory.mkdir(parents=True, exist_ok=True)
    state = load_state(directory)
    started = now or datetime.now(UTC)
    try:
        result = backup.create_backup(store, directory / backup.default_archive_name(started),
                                      attachments=attachments, progress=progress, cancel=cancel)
        checked = backup.verify(result.path, cancel=cancel)
        if not checked.ok:
            raise RuntimeError("；".join(checked.problems[:3]))
    except Exception as exc:
        save_state(directory, BackupState(state.last_good_at, state.last_archive, started, str(exc)[:300]))
        raise
    save_state(directory, BackupState(started, result.path.name, started, None))
    prune(directory, policy.keep, protect=result.path)
    return result


def run_if_due(store: Store, policy: BackupPolicy, event: str, *, attachments: Path | None = None,
               now: datetime | None = None, progress: Progress | None = None,
               cancel: Cancel | None = None) -> backup.BackupResult | None:
    if not is_due(policy, event, load_state(policy.directory), now):
        return None
    return run_backup(store, policy, attachments=attachments, now=now, progress=progress, cancel=cancel)
