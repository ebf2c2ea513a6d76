"""Start the desktop app: ``python -m ui [--db URL]`` or the installed ``mediation-desk`` command.

Start-up shows the main window's frame at once, then opens and upgrades the database on a worker
(``ui.startup``), runs the first-run setup on an empty one, and fills the window. Pages, document
renderers and other heavy parts load when first used.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from mediation_desk.config import resolve_db_url
from mediation_desk.logs import setup_logging

if TYPE_CHECKING:
    from mediation_desk.store import Actor, Store
    from ui.main_window import MainWindow
    from ui.qt import QApplication, QPalette

log = logging.getLogger(__name__)
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
READY_MARKER_ENV = "MEDIATION_DESK_READY_MARKER"  # benchmarks: print a line once the window is usable
QUIT_AFTER_READY_ENV = "MEDIATION_DESK_QUIT_AFTER_READY"  # tests: quit that many ms after the marker
FONT_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                 "Source Han Sans SC", "WenQuanYi Zen Hei", "AR PL UMing CN"]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="mediation-desk", description="调解室工作台")
    parser.add_argument("--db", help="数据库：数据库 URL（如 postgresql://…）或 SQLite 文件路径"
                                     "（默认读取 MEDIATION_DESK_DB）")
    parser.add_argument("--lang", choices=["zh", "en"], help="界面语言（默认使用设置中的选择）")
    return parser.parse_args(list(argv) if argv is not None else None)


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    # Start-up allocates a few hundred thousand long-lived objects (Qt wrappers, the database layer's
    # table definitions); cyclic collection passes over them are wasted work, so they run once it is over.
    gc.disable()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    setup_logging()
    app = create_application()
    from ui import settings
    from ui.i18n import install_language
    from ui.startup import Startup

    lang = args.lang or settings.LANGUAGE.get()
    install_language(app, lang)
    sys.excepthook = _excepthook
    startup = Startup(resolve_db_url(args.db), lang)
    startup.cancelled.connect(app.exit)
    startup.ready.connect(_collect_from_now_on)
    if os.environ.get(READY_MARKER_ENV):
        _announce("MEDIATION_DESK_SHOWN", started)
        startup.ready.connect(lambda: _announce("MEDIATION_DESK_READY", started, quit_after=True))
    startup.start()
    status = int(app.exec())
    startup.tasks.wait_for_done(10_000)  # e.g. the window was closed while the database was still opening
    return status


def _collect_from_now_on() -> None:
    """Keep what start-up built out of later collections (it lives as long as the app) and collect again."""
    gc.freeze()
    gc.enable()


def create_application() -> QApplication:
    from ui.qt import QApplication, QFont, QGuiApplication, QIcon, Qt

    if QApplication.instance() is None:
        # Qt 6 scales for high-DPI screens by itself; pass fractional factors (125 %, 150 %) through
        # unrounded so text stays crisp on office laptops.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    # Fusion looks the same on every Windows version and Linux desktop; the palette sets its calm colours.
    app.setStyle("Fusion")
    app.setPalette(calm_palette())
    app.setApplicationName("调解室工作台")
    app.setOrganizationName("mediation-desk")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "app.svg")))
    font = QFont(app.font())
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    qss = RESOURCES / "styles" / "app.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    return app


def calm_palette() -> QPalette:
    from ui.qt import QColor, QPalette

    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#f5f6f8", QPalette.ColorRole.WindowText: "#1f2933",
        QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f8f9fb",
        QPalette.ColorRole.Text: "#1f2933", QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#1f2933", QPalette.ColorRole.Highlight: "#2f5d8a",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2933", QPalette.ColorRole.PlaceholderText: "#8a97a5",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8a97a5"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9aa5b1"))
    return palette


def build_main_window(store: Store, actor: Actor, *, lang: str = "zh", synchronous: bool = False) -> MainWindow:
    from ui.changes import ChangeHub
    from ui.context import AppContext, LookupHolder, Navigator, load_lookups
    from ui.main_window import MainWindow
    from ui.tasks import TaskManager

    changes = ChangeHub()
    ctx = AppContext(store=store, actor=actor, tasks=TaskManager(changes, synchronous=synchronous),
                     changes=changes, lookups=LookupHolder(load_lookups(store, actor.committee_id)),
                     nav=Navigator(), lang=lang)
    return MainWindow(ctx)


def _announce(marker: str, started: float, *, quit_after: bool = False) -> None:
    """Print ``marker`` and the seconds since launch once the event loop is next idle (see tests/bench)."""
    from ui.qt import QTimer

    def idle() -> None:
        print(f"{marker} {time.perf_counter() - started:.3f}", flush=True)
        quit_after_ms = os.environ.get(QUIT_AFTER_READY_ENV)
        if quit_after and quit_after_ms:
            from ui.qt import QApplication

            QTimer.singleShot(int(quit_after_ms), QApplication.closeAllWindows)

    QTimer.singleShot(0, idle)


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An exception escaping a slot is a bug: log it, tell the user in a plain sentence, keep running."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("unhandled exception", exc_info=(exc_type, exc, tb))
    try:
        from ui.dialogs import show_error

        show_error(None, exc)
    except Exception:  # the dialog itself failed: the log still has the details
        log.exception("could not show the error dialog")


if __name__ == "__main__":
    raise SystemExit(main())
