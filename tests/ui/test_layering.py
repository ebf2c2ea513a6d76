"""The GUI holds no SQL and imports Qt through ui.qt only; the core never imports Qt."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SQL = re.compile(r"\b(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b")


def _sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def test_ui_has_no_sql_and_no_sqlalchemy():
    for path in _sources("ui"):
        text = path.read_text(encoding="utf-8")
        assert "sqlalchemy" not in text.lower(), path
        assert not SQL.search(text), path


def test_qt_is_imported_through_ui_qt_only():
    for path in _sources("ui"):
        if path.name == "qt.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert "from PySide6" not in text and "import PySide6" not in text, path


def test_core_never_imports_qt():
    for path in _sources("mediation_desk"):
        text = path.read_text(encoding="utf-8")
        assert "PySide6" not in text and "from ui" not in text and "import ui" not in text, path
