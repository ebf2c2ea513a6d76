"""``python -m ui --db FILE`` starts, shows its window and quits cleanly; a database without a
committee gets the first-run dialog before anything else."""

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
    assert done.stdout.startswith("MEDIATION_DESK_READY ")
    assert float(done.stdout.split()[1]) > 0
    assert (tmp_path / "gui-settings.ini").exists()  # the window saved its layout on the way out


def test_first_run_dialog_comes_first_on_an_empty_database(qtbot, ui_store, monkeypatch):
    from ui import app
    from ui.first_run import FirstRunDialog

    shown: list[FirstRunDialog] = []

    def fake_exec(dialog: FirstRunDialog) -> int:
        shown.append(dialog)
        dialog.name.setText("平安街道人民调解委员会")
        dialog.short_name.setText("平")
        dialog.save()
        return int(FirstRunDialog.DialogCode.Accepted)

    monkeypatch.setattr(FirstRunDialog, "exec", fake_exec)
    window = app.open_main_window(ui_store.url)
    assert window is not None
    qtbot.addWidget(window)
    assert len(shown) == 1 and committees.count_committees(ui_store) == 1
    assert "平安街道人民调解委员会" in window.windowTitle()
