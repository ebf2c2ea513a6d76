"""Background operations: run core service calls off the GUI thread, deliver results on it.

Writes go to a single-worker pool, so they are serialised as in Anki's ``CollectionOp``; reads use
a small pool of their own so a long search never waits behind a save. Each operation reports
success or failure back on the GUI thread, may be cancelled (its result is then dropped), and
counts towards the busy indicator. ``TaskManager(synchronous=True)`` runs everything inline, like
Picard's ``FakeThreadPool``, so tests are deterministic.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from ui.changes import ChangeHub, Changes
from ui.dialogs import show_error
from ui.qt import QCoreApplication, QObject, QRunnable, QThreadPool, QWidget, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")


class CancelToken:
    """Handed back by ``Op.run()``; cancelling drops the result and skips the callbacks."""

    def __init__(self) -> None:
        self.cancelled = False
        self.done = False

    def cancel(self) -> None:
        self.cancelled = True


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits ``finished`` and Qt queues it over to ``deliver``."""

    finished = Signal(bool, object)

    def __init__(self, callback: Callable[[bool, object], None]) -> None:
        super().__init__()
        self._callback = callback
        self.finished.connect(self.deliver)

    @Slot(bool, object)
    def deliver(self, ok: bool, payload: object) -> None:
        self._callback(ok, payload)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # delivered to the GUI thread, which decides how to show it
            self._deliver(False, exc)
        else:
            self._deliver(True, result)

    def _deliver(self, ok: bool, payload: object) -> None:
        try:
            self._relay.finished.emit(ok, payload)
        except RuntimeError:  # the app closed while this ran: nobody is left to tell
            log.debug("result of a background operation dropped: the application has closed")


class TaskManager(QObject):
    """Owns the worker pools and the busy count; one per application."""

    busy_changed = Signal(bool, str)

    def __init__(self, changes: ChangeHub, *, synchronous: bool = False) -> None:
        super().__init__()
        self.changes = changes
        self.synchronous = synchronous
        self._write_pool = QThreadPool(self)
        self._write_pool.setMaxThreadCount(1)
        self._read_pool = QThreadPool(self)
        self._read_pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()
        self._running: list[str] = []

    # --- running -------------------------------------------------------------------------------
    def op(self, fn: Callable[[], T], *, parent: QWidget | None = None, label: str = "",
           write: bool = False) -> Op[T]:
        return Op(self, fn, parent=parent, label=label, write=write)

    def _start(self, op: Op[Any]) -> CancelToken:
        token = CancelToken()
        label = op.label or QCoreApplication.translate("Tasks", "正在处理…")
        self._begin(label)

        def finish(ok: bool, payload: object) -> None:
            token.done = True
            self._end(label)
            if not token.cancelled:
                op.deliver(ok, payload)

        if self.synchronous:
            try:
                result = op.fn()
            except Exception as exc:
                finish(False, exc)
            else:
                finish(True, result)
            return token

        relay: _Relay

        def finish_and_release(ok: bool, payload: object) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            finish(ok, payload)

        relay = _Relay(finish_and_release)
        self._relays.add(relay)
        pool = self._write_pool if op.write else self._read_pool
        pool.start(_Runnable(op.fn, relay))
        return token

    # --- busy indicator ------------------------------------------------------------------------
    def _begin(self, label: str) -> None:
        self._running.append(label)
        self.busy_changed.emit(True, label)

    def _end(self, label: str) -> None:
        if label in self._running:
            self._running.remove(label)
        if self._running:
            self.busy_changed.emit(True, self._running[-1])
        else:
            self.busy_changed.emit(False, "")

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Block until the workers are idle (closing the window, tests); results are still queued."""
        return bool(self._write_pool.waitForDone(msecs) and self._read_pool.waitForDone(msecs))


class Op(Generic[T]):
    """One operation: ``tasks.op(lambda: service(...)).success(cb).failure(cb).run()``."""

    def __init__(self, manager: TaskManager, fn: Callable[[], T], *, parent: QWidget | None, label: str,
                 write: bool) -> None:
        self.manager = manager
        self.fn = fn
        self.parent = parent
        self.label = label
        self.write = write
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None
        self._changes: Changes | Callable[[T], Changes] | None = None

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Op[T]:
        """Replace the default handling (a message box) — e.g. to show validation problems inline."""
        self._on_failure = callback
        return self

    def announces(self, changes: Changes | Callable[[T], Changes]) -> Op[T]:
        """After success, tell every view what changed (before the success callback runs)."""
        self._changes = changes
        return self

    def run(self) -> CancelToken:
        return self.manager._start(self)

    def deliver(self, ok: bool, payload: object) -> None:
        try:
            if ok:
                if self._changes is not None:
                    changes = self._changes(payload) if callable(self._changes) else self._changes  # type: ignore[arg-type]
                    self.manager.changes.announce(changes)
                if self._on_success is not None:
                    self._on_success(payload)  # type: ignore[arg-type]
            elif self._on_failure is not None:
                assert isinstance(payload, Exception)
                self._on_failure(payload)
            else:
                assert isinstance(payload, Exception)
                show_error(self.parent, payload)
        except Exception as exc:  # a bug in a callback must not kill the event loop
            log.exception("error in the callback of an operation")
            show_error(self.parent, exc)
