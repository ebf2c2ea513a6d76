"""GUI test fixtures: a migrated SQLite store with a committee (and demo cases when asked), a
context whose tasks run synchronously (Picard's FakeThreadPool idea), and screenshot saving.

One session-wide QApplication (pytest-qt's ``qapp``) gets the app's font and stylesheet, so the
screenshots look like the real thing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediation_desk.store import Actor, Store

HERE = Path(__file__).resolve().parent
SCREENS = HERE.parent / "output" / "screens"

# The offscreen platform's default screen is 800 x 800; give it an office monitor's 1920 x 1080 at
# 96 dpi so restored window geometry and screenshots are not squeezed. (Read when the QApplication
# is created, which happens after this module is imported.)
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={HERE / 'offscreen-screen.json'}"


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Destroy what the test left behind now, not during the next test's event loop.

    pytest-qt closes the test's widgets with ``deleteLater``; without this the deletion (and any
    widget a garbage collection finds) runs inside the next test, which then fails or crashes for
    reasons that are not its own. Runs after the fixtures' teardown, inside pytest-qt's own hook.
    """
    import gc

    from ui.qt import QApplication, QEvent

    gc.collect()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session", autouse=True)
def styled_app(qapp):  # type: ignore[no-untyped-def]
    from ui.app import create_application

    create_application()
    return qapp


@pytest.fixture(autouse=True)
def fresh_gui_settings() -> Iterator[None]:
    """Each test's QSettings file lives in its own MEDIATION_DESK_HOME (set by the root conftest)."""
    from ui import settings

    settings.reset_backend()
    yield
    settings.reset_backend()


@pytest.fixture(scope="session")
def demo_template(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database (committee, mediators, agencies, 300 cases) built once per session."""
    from datetime import date

    from mediation_desk.services import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    store = Store(f"sqlite:///{path}")
    demo.generate(store, 300, seed=11, today=date.today())
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.dispose()
    return path


@pytest.fixture
def ui_store(sqlite_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A migrated store with the committee of the root ``actor`` fixture and no cases."""
    path = tmp_path / "gui.sqlite3"
    shutil.copyfile(sqlite_template, path)
    store = Store(f"sqlite:///{path}")
    yield store
    store.dispose()


@pytest.fixture
def ui_actor(ui_store: Store) -> Actor:
    from mediation_desk.services.committees import add_mediator, setup_committee

    a = setup_committee(ui_store, name="安宁镇人民调解委员会", short_name="安", address="安宁镇人民路 18 号",
                        first_mediator="王建国")
    add_mediator(ui_store, a, "李秀英", roster_number="甘调证20190002")
    return a


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    store = Store(f"sqlite:///{path}")
    yield store
    store.dispose()


def make_window(qtbot, store: Store, actor: Actor | None = None, *, size: tuple[int, int] | None = (1366, 820)):  # type: ignore[no-untyped-def]  # noqa: E501
    from mediation_desk.services.committees import actor_for
    from ui.app import build_main_window

    window = build_main_window(store, actor or actor_for(store), synchronous=True)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show_initial_page()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture
def window(qtbot, ui_store: Store, ui_actor: Actor):  # type: ignore[no-untyped-def]
    return make_window(qtbot, ui_store, ui_actor)


@pytest.fixture
def demo_window(qtbot, demo_store: Store):  # type: ignore[no-untyped-def]
    return make_window(qtbot, demo_store)


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` as a user would: ASCII as key presses, Chinese as an input method commits it."""
    from ui.qt import QApplication, QInputMethodEvent

    run = ""
    for ch in text + "\0":
        if ch != "\0" and ch.isascii() == (run[:1].isascii() if run else ch.isascii()):
            run += ch
            continue
        if run:
            if run.isascii():
                qtbot.keyClicks(widget, run)
            else:
                event = QInputMethodEvent()
                event.setCommitString(run)
                QApplication.sendEvent(widget, event)
        run = ch if ch != "\0" else ""


def save_screen(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
    """Save what the widget shows, for a human to look at (tests/output/screens)."""
    from ui.qt import QApplication

    # Layout requests are posted events: let pending relayouts happen, as they would on screen.
    for _ in range(3):
        QApplication.processEvents()
    SCREENS.mkdir(parents=True, exist_ok=True)
    path = SCREENS / f"{name}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path
