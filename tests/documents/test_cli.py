"""``render`` and ``case-file`` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediation_desk.cli import main
from mediation_desk.store import Actor, Store
from tests.doc_fixtures import rich_case
from tests.documents.readback import docx_text, pdf_text, squash


def test_cli_render_and_case_file(store: Store, actor: Actor, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    if not store.is_sqlite:
        pytest.skip("the CLI is exercised on SQLite; the documents do not depend on the back end")
    rc = rich_case(store, actor)
    db = store.url
    pdf, docx, cf = tmp_path / "a.pdf", tmp_path / "a.docx", tmp_path / "cf.pdf"
    number = rc.case_number.replace("（", "(").replace("）", ")")  # as people type it
    assert main(["--db", db, "render", "agreement", "--case", number, "--format", "pdf", "--out", str(pdf)]) == 0
    assert main(["--db", db, "render", "agreement", "--case", number, "--format", "docx", "--out", str(docx)]) == 0
    assert squash(pdf_text(pdf)) == squash(docx_text(docx.read_bytes()))
    assert main(["--db", db, "render", "agreement", "--case", number, "--agreement-version", "1",
                 "--out", str(tmp_path / "v1.pdf")]) == 0
    assert "旧版本事实" in squash(pdf_text(tmp_path / "v1.pdf"))
    assert main(["--db", db, "case-file", rc.case_number, "--out", str(cf)]) == 0
    assert "司法确认申请书" in capsys.readouterr().out and cf.stat().st_size > 10000
    assert main(["--db", db, "render", "oral_agreement_register", "--case", number, "--out",
                 str(tmp_path / "o.pdf")]) == 2
    assert "尚无口头协议" in capsys.readouterr().err and not (tmp_path / "o.pdf").exists()
