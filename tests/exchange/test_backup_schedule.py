"""Scheduled backups: when one is due, retention, and the last good backup's time."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mediation_desk.services import backup, backup_schedule
from mediation_desk.services.backup_schedule import BackupPolicy, BackupState, is_due
from mediation_desk.services.jobs import Cancelled
from mediation_desk.store import Actor, Store

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 10:00 in Beijing


def test_due_on_start_exit_and_daily(tmp_path: Path) -> None:
    policy = BackupPolicy(tmp_path, on_start=True, on_exit=True, daily=True, min_gap=timedelta(hours=1))
    never = BackupState()
    assert all(is_due(policy, e, never, NOW) for e in ("start", "exit", "daily"))
    recent = BackupState(last_good_at=NOW - timedelta(minutes=20))
    assert not is_due(policy, "start", recent, NOW) and not is_due(policy, "exit", recent, NOW)
    assert not is_due(policy, "daily", recent, NOW)
    # Yesterday evening in Beijing (13:00 UTC) is another local day: the daily backup is due.
    yesterday = BackupState(last_good_at=datetime(2026, 11, 24, 13, 0, tzinfo=UTC))
    assert is_due(policy, "daily", yesterday, NOW)
    # 17:00 UTC on the 24th is already the 25th in Beijing: not due again today.
    early_today = BackupState(last_good_at=datetime(2026, 11, 24, 17, 0, tzinfo=UTC))
    assert not is_due(policy, "daily", early_today, NOW)
    off = BackupPolicy(tmp_path, on_start=False, on_exit=False, daily=False)
    assert not any(is_due(off, e, never, NOW) for e in ("start", "exit", "daily"))
    with pytest.raises(ValueError):
        is_due(policy, "hourly", never, NOW)


def test_prune_keeps_the_newest(tmp_path: Path) -> None:
    names = [f"mediation-desk-backup-2026110{i}-120000.zip" for i in range(1, 8)]
    for n in names:
        (tmp_path / n).write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not an archive")
    removed = backup_schedule.prune(tmp_path, keep=3)
    assert [p.name for p in removed] == names[:4]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names[4:] + ["notes.txt"])


def test_run_if_due_records_the_last_good_backup_and_prunes(store: Store, actor: Actor, tmp_path: Path) -> None:
    directory = tmp_path / "backups"
    policy = BackupPolicy(directory, on_start=True, keep=2)
    assert backup_schedule.load_state(directory).last_good_at is None
    made = []
    for hours in (0, 2, 4):
        now = NOW + timedelta(hours=hours)
        res = backup_schedule.run_if_due(store, policy, "start", now=now, attachments=tmp_path / "none")
        assert res is not None and backup.verify(res.path).ok
        made.append(res.path)
        state = backup_schedule.load_state(directory)
        assert state.last_good_at == now and state.last_archive == res.path.name and state.last_error is None
    assert backup_schedule.run_if_due(store, policy, "start", now=NOW + timedelta(hours=4, minutes=5)) is None
    assert backup_schedule.archives(directory) == made[1:]  # retention: two kept
    raw = json.loads((directory / backup_schedule.STATE_FILE).read_text(encoding="utf-8"))
    assert raw["last_good_at"].startswith("2026-11-25T06:00")


def test_a_failed_backup_keeps_the_last_good_time(store: Store, actor: Actor, tmp_path: Path) -> None:
    directory = tmp_path / "backups"
    policy = BackupPolicy(directory, on_exit=True)
    good = backup_schedule.run_if_due(store, policy, "exit", now=NOW, attachments=tmp_path / "none")
    assert good is not None
    with pytest.raises(Cancelled):  # the user stopped it (e.g. closing the app in a hurry)
        backup_schedule.run_backup(store, policy, attachments=tmp_path / "none", now=NOW + timedelta(hours=3),
                                   cancel=lambda: True)
    state = backup_schedule.load_state(directory)
    assert state.last_good_at == NOW and state.last_error
    assert state.last_attempt_at == NOW + timedelta(hours=3)
    assert backup_schedule.archives(directory) == [good.path]  # no half archive was left
