"""A real process killed with SIGKILL in the middle of an import leaves the database exactly as before."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from mediation_desk.services import intake
from mediation_desk.store import Actor, Store
from tests.exchange.helpers import add_case, fingerprint
from tests.factories import neighbour_case
from tests.ledger_fixtures import build_rows, write_ledger

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _run_and_kill(db_url: str, ledger: Path) -> tuple[int, list[str]]:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "mediation_desk", "--db", db_url, "import", "ledger", str(ledger),
                             "--progress"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    seen: list[str] = []
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            seen.append(line.strip())
            if line.startswith("进度 导入 "):
                done, total = map(int, line.split()[-1].split("/"))
                if done > total // 2 + 1000:  # writing: at least one chunk of cases is inserted, uncommitted
                    proc.send_signal(signal.SIGKILL)
                    break
    finally:
        proc.wait(timeout=60)
    return proc.returncode, seen


def test_sigkill_mid_import_changes_nothing(store: Store, actor: Actor, db_url: str, tmp_path: Path) -> None:
    add_case(store, actor, date(2026, 1, 5), order=1)  # the database already holds work
    ledger = write_ledger(tmp_path / "big.xlsx", build_rows(3000, numbered=0.9))
    before = fingerprint(store)
    code, seen = _run_and_kill(db_url, ledger)
    assert code == -signal.SIGKILL, seen[-5:]
    assert not any(s.startswith("已导入") for s in seen)
    assert any(int(s.split()[-1].split("/")[0]) > 3000 for s in seen if s.startswith("进度"))  # was writing
    assert fingerprint(store) == before
    if store.is_sqlite:
        path = store.url.split("///", 1)[1]
        with sqlite3.connect(path) as con:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # The store works normally afterwards, and the same import then succeeds in full.
    r = intake.create_case(store, actor, neighbour_case(date(2026, 2, 1), applicant="钱九"), today=date(2026, 11, 1))
    assert r.case_number == "（2026）安调字第002号"
    done = subprocess.run([sys.executable, "-m", "mediation_desk", "--db", db_url, "import", "ledger", str(ledger)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "已导入 3000 件案件" in done.stdout
    assert fingerprint(store)["mediation_case"] == 3002


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_sigkill_mid_backup_leaves_no_archive_under_its_name(store: Store, actor: Actor, db_url: str,
                                                            tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "mediation_desk", "--db", db_url, "demo", "--cases", "3000"], cwd=ROOT,
                   check=True, capture_output=True, timeout=600)
    archive = tmp_path / "backups" / "nightly.zip"
    proc = subprocess.Popen([sys.executable, "-m", "mediation_desk", "--db", db_url, "backup", "--out", str(archive),
                             "--progress"], cwd=ROOT, env=dict(os.environ, PYTHONUNBUFFERED="1"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("进度 备份 "):
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert not archive.exists()  # temporary names only; never a half archive under the final name
    from mediation_desk.services import backup_schedule

    assert backup_schedule.archives(archive.parent) == []
    # The next backup works and verifies.
    done = subprocess.run([sys.executable, "-m", "mediation_desk", "--db", db_url, "backup", "--out", str(archive)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    from mediation_desk.services import backup

    assert backup.verify(archive).ok
