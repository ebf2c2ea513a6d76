"""One "data changed" hub that views listen to (Anki's ``OpChanges`` idea).

An operation that writes says what it changed; every view that shows such data refreshes itself
from this one signal. No view reaches into another to refresh it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ui.qt import QObject, Signal


@dataclass(frozen=True)
class Changes:
    cases: bool = False  # case rows, their status, parties or dates
    case_ids: frozenset[int] = field(default_factory=frozenset)  # the cases touched, when known
    committee: bool = False  # name, 字号, seal text, time limits
    mediators: bool = False
    agencies: bool = False
    vocabulary: bool = False
    schedule: bool = False  # sessions and deadlines (the schedule and dashboard views)

    def touches_case(self, case_id: int) -> bool:
        return self.cases and (not self.case_ids or case_id in self.case_ids)

    @staticmethod
    def everything() -> Changes:
        return Changes(cases=True, committee=True, mediators=True, agencies=True, vocabulary=True,
                       schedule=True)


class ChangeHub(QObject):
    """Emits ``changed(Changes)`` after an operation that wrote something has succeeded."""

    changed = Signal(object)

    def announce(self, changes: Changes) -> None:
        self.changed.emit(changes)
