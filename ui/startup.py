"""Start-up: the window first, the store behind it.

Importing the database layer and its models takes most of a start (about half a second of CPU on
an office PC), and none of it is needed to draw the window. So the frame is shown at once, the
store is opened, upgraded and checked on a worker thread, and the window is then handed its
:class:`AppContext`. What the user clicks or types in between is kept (see ``MainWindow.attach``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mediation_desk.config import describe_url, resolve_db_url
from ui.changes import ChangeHub
from ui.main_window import MainWindow
from ui.qt import QObject, Signal
from ui.tasks import TaskManager

if TYPE_CHECKING:
    from mediation_desk.store import Actor, Store
    from ui.context import AppContext, Lookups

log = logging.getLogger(__name__)
EXIT_CANNOT_OPEN = 2  # exit status when the database could not be opened


@dataclass
class OpenedStore:
    store: Store
    actor: Actor | None  # None: an empty database, the first-run setup comes next
    lookups: Lookups | None


def open_store(url: str) -> OpenedStore:
    """Open and upgrade the database and read what the first screen needs (runs on a worker)."""
    from mediation_desk.db.schema import ensure_current
    from mediation_desk.services import committees
    from mediation_desk.store import Store, translate_db_errors
    from ui.context import load_lookups

    store = Store(url)
    try:
        with translate_db_errors():  # a missing folder or a server that is down: a sentence, not a traceback
            ensure_current(store.engine)  # an older database is upgraded in place; a current one costs one query
        if committees.count_committees(store) == 0:
            return OpenedStore(store, None, None)
        actor = committees.actor_for(store)
        return OpenedStore(store, actor, load_lookups(store, actor.committee_id))
    except BaseException:
        store.dispose()
        raise


class Startup(QObject):
    """Shows the main window's frame, opens the store on a worker, then attaches it.

    ``ready`` fires once the window has its store and its first page; ``cancelled`` when the
    first-run setup was cancelled or the database could not be opened (the app then quits)."""

    ready = Signal()
    cancelled = Signal(int)  # exit status

    def __init__(self, url: str, lang: str = "zh") -> None:
        super().__init__()
        self.url = resolve_db_url(url)  # a bare file path means SQLite, as on the command line
        self.lang = lang
        self.changes = ChangeHub()
        self.tasks = TaskManager(self.changes)
        self.window = MainWindow(db_description=describe_url(self.url))

    def start(self) -> None:
        self.window.show_initial_page()  # highlights the page the user will get; it is built on attach
        self.window.show()
        self.tasks.op(lambda: open_store(self.url), label=self.tr("正在打开数据库…")) \
            .success(self._opened).failure(self._failed).run()

    def _opened(self, opened: OpenedStore) -> None:
        if not self.window.isVisible():  # closed while the database was opening: nothing left to show
            opened.store.dispose()
            return
        actor, lookups = opened.actor, opened.lookups
        if actor is None or lookups is None:
            from mediation_desk.services import committees
            from ui.context import load_lookups
            from ui.first_run import FirstRunDialog

            dialog = FirstRunDialog(opened.store, self.window)
            if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
                opened.store.dispose()
                self._give_up(0)
                return
            actor = committees.actor_for(opened.store)
            lookups = load_lookups(opened.store, actor.committee_id)
        self.window.attach(self._context(opened.store, actor, lookups))
        self._refresh_statistics()
        self.ready.emit()

    def _failed(self, exc: Exception) -> None:
        from mediation_desk.errors import UserError
        from ui.dialogs import show_error, show_message

        # Without a database there is nothing to work on: say why, then close.
        if isinstance(exc, UserError):
            box = show_message(self.window, exc.message(self.lang))
        else:
            box = show_error(self.window, exc)  # logs the traceback
        box.finished.connect(lambda _=0: self._give_up(EXIT_CANNOT_OPEN))
        box.open()

    def _give_up(self, status: int) -> None:
        self.window.close()
        self.cancelled.emit(status)  # the app's main() quits with this status

    def _context(self, store: Store, actor: Actor, lookups: Lookups) -> AppContext:
        from ui.context import AppContext, LookupHolder, Navigator

        return AppContext(store=store, actor=actor, tasks=self.tasks, changes=self.changes,
                          lookups=LookupHolder(lookups), nav=Navigator(), lang=self.lang)

    def _refresh_statistics(self) -> None:
        """Refresh the query planner's statistics in the background (milliseconds; see services.housekeeping)."""
        from mediation_desk.services import housekeeping

        store = self.window.ctx.store
        self.tasks.op(lambda: housekeeping.optimize(store), write=True) \
            .failure(lambda exc: log.warning("could not refresh database statistics: %s", exc)).run()
