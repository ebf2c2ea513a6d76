"""Start the desktop app: ``python -m ui [--db URL]`` or the installed ``mediation-desk`` command.

Start-up does only what the first screen needs: open and upgrade the database, run the first-run
setup on an empty one, and show the main window. Pages, document renderers and other heavy parts
load when first used.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from mediation_desk.config import resolve_db_url
from mediation_desk.errors import UserError
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


def _preload_core() -> None:
    """Import the store's modules on a helper thread while Qt starts on this one.

    The database layer and the ORM models take most of start-up to import; much of Qt's own start-up runs
    in C++ without holding the interpreter lock, so the two overlap instead of running one after
    the other. The main thread's later imports simply find the modules loaded (or wait for them)."""
    import threading

    def load() -> None:
        try:
            import mediation_desk.db.schema  # noqa: F401
            import mediation_desk.services.committees  # noqa: F401
            import mediation_desk.store  # noqa: F401
        except Exception:  # the main thread imports them again and reports any real problem
            log.debug("preloading the core failed", exc_info=True)

    threading.Thread(target=load, name="preload-core", daemon=True).start()


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    _preload_core()
    setup_logging()
    app = create_application()
    from ui import settings
    from ui.i18n import install_language

    lang = args.lang or settings.LANGUAGE.get()
    install_language(app, lang)
    sys.excepthook = _excepthook
    url = resolve_db_url(args.db)
    try:
        window = open_main_window(url, lang)
    except UserError as exc:
        from ui.dialogs import show_message

        box = show_message(None, exc.message(lang))
        box.finished.connect(app.quit)
        app.exec()
        return 2
    if window is None:  # the first-run setup was cancelled
        return 0
    if os.environ.get(READY_MARKER_ENV):
        _announce_ready(started)
    return int(app.exec())


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


def open_main_window(url: str, lang: str = "zh") -> MainWindow | None:
    """Open the database (upgrading it), run the first-run setup if needed, show the main window."""
    from mediation_desk.db.schema import ensure_current
    from mediation_desk.services import committees
    from mediation_desk.store import Store

    store = Store(url)
    ensure_current(store.engine)  # an older database is upgraded in place; a current one costs one query
    if committees.count_committees(store) == 0:
        from ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(store)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            store.dispose()
            return None
    window = build_main_window(store, committees.actor_for(store), lang=lang)
    window.show_initial_page()
    window.show()
    refresh_statistics(window)
    return window


def refresh_statistics(window: MainWindow) -> None:
    """Refresh the query planner's statistics in the background (milliseconds; see services.housekeeping)."""
    from mediation_desk.services import housekeeping

    store = window.ctx.store
    window.ctx.tasks.op(lambda: housekeeping.optimize(store), write=True) \
        .failure(lambda exc: log.warning("could not refresh database statistics: %s", exc)).run()


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


def _announce_ready(started: float) -> None:
    """Print a marker once the event loop is idle after the first paint (see tests/bench)."""
    from ui.qt import QTimer

    def ready() -> None:
        print(f"MEDIATION_DESK_READY {time.perf_counter() - started:.3f}", flush=True)
        quit_after = os.environ.get(QUIT_AFTER_READY_ENV)
        if quit_after:
            from ui.qt import QApplication

            QTimer.singleShot(int(quit_after), QApplication.closeAllWindows)

    QTimer.singleShot(0, ready)


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
