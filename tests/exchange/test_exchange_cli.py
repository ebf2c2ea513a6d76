"""The exchange commands end to end, as an administrator or a script would run them."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.store import Actor, Store
from tests.exchange.helpers import add_case, close, fingerprint
from tests.ledger_fixtures import bad_row, build_rows, write_ledger


@pytest.fixture
def db(store: Store, actor: Actor, db_url: str) -> str:
    a = add_case(store, actor, date(2025, 4, 1), order=1, applicant="甲一", respondent="乙一")
    close(store, actor, a, "written_agreement", date(2025, 4, 9), amount="3000")
    return db_url


def test_exports(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "export", "ledger", "--format", "csv", "--out", str(tmp_path / "l.csv")]) == 0
    assert "已导出台账 1 件" in capsys.readouterr().out
    rows = list(csv.DictReader((tmp_path / "l.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["申请人"] == "甲一"
    assert main(["--db", db, "export", "ledger", "--out", str(tmp_path / "l.xlsx"), "--from", "2026-01-01"]) == 0
    assert "已导出台账 0 件" in capsys.readouterr().out
    assert main(["--db", db, "export", "stats", "--format", "pdf", "--period", "2025-Q2",
                 "--out", str(tmp_path / "s.pdf")]) == 0
    assert "受理 1 件，调解成功 1 件" in capsys.readouterr().out
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert main(["--db", db, "export", "stats", "--out", str(tmp_path / "s.xlsx")]) == 2
    assert "--period" in capsys.readouterr().err
    assert main(["--db", db, "export", "stats", "--period", "2025年", "--out", str(tmp_path / "s.xlsx")]) == 2
    assert "无法识别" in capsys.readouterr().err
    assert main(["--db", db, "export", "json", "--out", str(tmp_path / "all.json")]) == 0
    assert json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["format"] == "mediation-desk-export"


def test_import_dry_run_then_import(db: str, store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_ledger(tmp_path / "bad.xlsx", build_rows(6), extra=[bad_row(7)])
    before = fingerprint(store)
    assert main(["--db", db, "import", "ledger", str(bad), "--dry-run"]) == 3
    out = capsys.readouterr().out
    assert "第 4 行 ✓ 案件 （2023）安调字第001号" in out
    assert "第 10 行 ✗ “受理日期”：“2023.13.45”不是有效日期" in out
    assert "可导入 6 件，需更正 1 行" in out
    assert main(["--db", db, "import", "ledger", str(bad)]) == 2
    captured = capsys.readouterr()
    assert "没有导入任何案件" in captured.err and "第 10 行 ✗" in captured.out
    assert fingerprint(store) == before
    good = write_ledger(tmp_path / "good.xlsx", build_rows(6))
    mapping = tmp_path / "mapping.json"
    assert main(["--db", db, "import", "ledger", str(good), "--dry-run", "--save-mapping", str(mapping)]) == 0
    assert "列映射已保存" in capsys.readouterr().out
    assert main(["--db", db, "import", "ledger", str(good), "--mapping", str(mapping)]) == 0
    assert "已导入 6 件案件（（2023）安调字第001号" in capsys.readouterr().out
    assert fingerprint(store)["mediation_case"] == 7


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_backup_verify_restore(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = tmp_path / "b.zip"
    assert main(["--db", db, "backup", "--out", str(archive)]) == 0
    assert capsys.readouterr().out.strip() == str(archive)  # prints the archive it wrote
    assert main(["verify", str(archive)]) == 0
    assert "备份完好" in capsys.readouterr().out
    cut = tmp_path / "cut.zip"
    cut.write_bytes(archive.read_bytes()[:-100])
    assert main(["verify", str(cut)]) == 3
    assert "备份有问题" in capsys.readouterr().err
    target = tmp_path / "new" / "store.sqlite3"
    assert main(["restore", str(archive), "--to", str(target)]) == 0
    assert "案件 1 件" in capsys.readouterr().out
    assert main(["restore", str(archive), "--to", str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["restore", str(archive), "--to", str(target), "--force"]) == 0
    assert "安全副本" in capsys.readouterr().out
