"""What every view is handed: the store and acting user, the task runner, the change hub, lookups,
and a navigator to ask for another screen (views never reach into each other)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ui.qt import QObject, Signal

if TYPE_CHECKING:  # the window frame imports this module before the store's modules are loaded
    from mediation_desk.services.committees import AgencyInfo, CommitteeInfo, MediatorInfo
    from mediation_desk.services.vocabulary import VocabEntry
    from mediation_desk.store import Actor, Store
    from ui.changes import ChangeHub
    from ui.qt import QWidget
    from ui.tasks import TaskManager


class Navigator(QObject):
    """Requests for another screen; the main window answers them."""

    open_case = Signal(int)  # case id
    open_case_notice = Signal(int, str)  # case id, and a sentence to show above it (e.g. after intake)
    new_case = Signal()
    show_page = Signal(str)  # page key
    search = Signal(str)  # run the global search and show its results in the case list
    go_back = Signal()


@dataclass(frozen=True)
class Lookups:
    """Small, rarely changing lists the views show as choices and labels."""

    committee: CommitteeInfo
    dispute_types: list[VocabEntry] = field(default_factory=list)
    sources: list[VocabEntry] = field(default_factory=list)
    mediators: list[MediatorInfo] = field(default_factory=list)
    agencies: list[AgencyInfo] = field(default_factory=list)

    def dispute_label(self, code: str, lang: str = "zh") -> str:
        return _label(self.dispute_types, code, lang)

    def source_label(self, code: str, lang: str = "zh") -> str:
        return _label(self.sources, code, lang)


def _label(entries: list[VocabEntry], code: str, lang: str) -> str:
    for e in entries:
        if e.code == code:
            return e.label(lang)
    return code


def load_lookups(store: Store, committee_id: int) -> Lookups:
    from mediation_desk.services import committees, vocabulary

    return Lookups(
        committee=committees.get_committee(store, committee_id),
        dispute_types=vocabulary.entries(store, "dispute_type", include_inactive=True),
        sources=vocabulary.entries(store, "source", include_inactive=True),
        mediators=committees.mediators(store, committee_id, active_only=False),
        agencies=committees.agencies(store, committee_id),
    )


def reload_lookups(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Read the lookups again on a worker; ``ctx.lookups.changed`` then tells every view that lists them."""
    store, committee = ctx.store, ctx.committee_id
    ctx.tasks.op(lambda: load_lookups(store, committee), parent=parent).success(ctx.lookups.replace).run()


class LookupHolder(QObject):
    """Holds the current Lookups; ``changed`` fires after a reload."""

    changed = Signal()

    def __init__(self, lookups: Lookups) -> None:
        super().__init__()
        self.current = lookups

    def replace(self, lookups: Lookups) -> None:
        self.current = lookups
        self.changed.emit()


@dataclass
class AppContext:
    store: Store
    actor: Actor
    tasks: TaskManager
    changes: ChangeHub
    lookups: LookupHolder
    nav: Navigator
    lang: str = "zh"

    @property
    def committee_id(self) -> int:
        return self.actor.committee_id
