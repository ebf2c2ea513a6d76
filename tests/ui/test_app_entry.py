"""``python -m ui --db FILE`` starts, shows its window and quits cleanly; the window's frame comes
up before the store is open and keeps what the user asks for meanwhile; a database without a
committee gets the first-run dialog before anything else; one that cannot be opened gets a
sentence and a clean exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mediation_desk.services import committees

ROOT = Path(__file__).resolve().parents[2]


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEDIATION_DESK_HOME": str(home),
            "MEDIATION_DESK_READY_MARKER": "1", "MEDIATION_DESK_QUIT_AFTER_READY": "200", "PYTHONPATH": str(ROOT)}


def test_python_m_ui_opens_the_given_database(ui_store, ui_actor, tmp_path):
    db = ui_store.url.split("///", 1)[1]
    done = subprocess.run([sys.executable, "-m", "ui", "--db", db], cwd=ROOT, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    shown, ready = done.stdout.splitlines()[:2]
    assert shown.startswith("MEDIATION_DESK_SHOWN ") and ready.startswith("MEDIATION_DESK_READY ")
    assert 0 < float(shown.split()[1]) <= float(ready.split()[1])
    assert (tmp_path / "gui-settings.ini").exists()  # the window saved its layout on the way out


def test_the_window_frame_does_not_load_the_database_layer():
    # The frame is what appears first; if it pulled in SQLAlchemy it would wait for half a second of imports.
    code = ("import sys, ui.app, ui.startup; "
            "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')); "
            "print(loaded); sys.exit(1 if loaded else 0)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_requests_made_while_the_store_opens_are_kept(qtbot, ui_store, ui_actor):
    from ui.startup import Startup

    startup = Startup(ui_store.url)
    window = startup.window
    qtbot.addWidget(window)
    with qtbot.waitSignal(startup.ready, timeout=30_000):
        startup.start()
        assert not window.attached
        assert "正在打开数据库" in window.db_label.text()
        window.run_search("王")  # typed into the search box and Enter pressed before the store was open
    assert window.attached and window.current_key() == "cases"
    assert window.search_box.text() == "王"
    assert "正在打开数据库" not in window.db_label.text()
    assert startup.tasks.wait_for_done(10_000)


def test_closing_the_window_while_the_store_opens_is_clean(qtbot, ui_store, ui_actor):
    from ui.startup import Startup

    startup = Startup(ui_store.url)
    qtbot.addWidget(startup.window)
    startup.start()
    startup.window.close()
    assert startup.tasks.wait_for_done(30_000)
    qtbot.wait(50)  # the result is delivered; the closed window is left alone
    assert not startup.window.attached and not startup.window.isVisible()


def test_first_run_dialog_comes_first_on_an_empty_database(qtbot, ui_store, monkeypatch):
    from ui.first_run import FirstRunDialog
    from ui.startup import Startup

    shown: list[FirstRunDialog] = []

    def fake_exec(dialog: FirstRunDialog) -> int:
        shown.append(dialog)
        dialog.name.setText("平安街道人民调解委员会")
        dialog.short_name.setText("平")
        dialog.save()
        return int(FirstRunDialog.DialogCode.Accepted)

    monkeypatch.setattr(FirstRunDialog, "exec", fake_exec)
    startup = Startup(ui_store.url)
    qtbot.addWidget(startup.window)
    with qtbot.waitSignal(startup.ready, timeout=30_000):
        startup.start()
    assert len(shown) == 1 and committees.count_committees(ui_store) == 1
    assert "平安街道人民调解委员会" in startup.window.windowTitle()
    assert startup.tasks.wait_for_done(10_000)


def test_a_database_that_cannot_be_opened_is_explained(qtbot, tmp_path):
    from ui.qt import QApplication, QMessageBox
    from ui.startup import EXIT_CANNOT_OPEN, Startup

    not_a_database = tmp_path / "cases.sqlite3"
    not_a_database.write_bytes(b"PK\x03\x04 a zip archive, not SQLite" * 100)
    startup = Startup(f"sqlite:///{not_a_database}")
    qtbot.addWidget(startup.window)
    startup.start()

    def message_box() -> QMessageBox | None:
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)

    qtbot.waitUntil(lambda: message_box() is not None, timeout=30_000)
    box = message_box()
    assert box is not None
    assert "不是调解室工作台的数据库" in box.text()
    with qtbot.waitSignal(startup.cancelled) as exited:
        box.accept()
    assert exited.args == [EXIT_CANNOT_OPEN]
    assert not startup.window.isVisible()
    assert not_a_database.read_bytes().startswith(b"PK\x03\x04")  # the file is left as it was
