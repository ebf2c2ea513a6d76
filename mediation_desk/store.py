"""The store: an engine plus units of work that audit every change and translate failures.

Services open one unit of work per operation and return plain dataclasses, so no caller (GUI or
CLI) ever holds an ORM session open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from mediation_desk.config import describe_url, resolve_db_url
from mediation_desk.db.engine import make_engine
from mediation_desk.db.models import AuditEvent
from mediation_desk.errors import StaleEditError, StorageError, UserError


@dataclass(frozen=True)
class Actor:
    """Who is acting: every service call knows it, every change is audited against it."""

    user_id: int | None
    username: str
    committee_id: int
    role: str = "admin"
    may_see_personal_data: bool = True


class UnitOfWork:
    """One transaction with an actor; ``audit`` appends to the append-only log in the same transaction."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor

    def audit(self, action: str, entity: str, entity_id: int | None, *, case_id: int | None = None,
              before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> None:
        self.session.add(AuditEvent(
            user_id=self.actor.user_id, username=self.actor.username, action=action, entity=entity,
            entity_id=entity_id, case_id=case_id, before=before, after=after,
        ))


class Store:
    def __init__(self, url: str | None = None, *, engine: Engine | None = None) -> None:
        self.url = resolve_db_url(url) if engine is None else str(engine.url)
        self.engine = engine or make_engine(self.url)
        self.dialect = self.engine.dialect.name
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        writer_engine = self.engine.execution_options(sqlite_immediate=True)
        self._writer = sessionmaker(writer_engine, expire_on_commit=False)

    @property
    def description(self) -> str:
        return describe_url(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        with translate_db_errors(), self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self, actor: Actor) -> Iterator[UnitOfWork]:
        """Commit on success; roll back everything on any error, so nothing is half-written."""
        with translate_db_errors(), self._writer() as session:
            uow = UnitOfWork(session, actor)
            try:
                yield uow
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def translate_db_errors() -> Iterator[None]:
    """Turn driver failures into sentences a user can act on; bugs still propagate as they are."""
    try:
        yield
    except UserError:
        raise
    except StaleDataError as exc:
        raise StaleEditError(what="记录", key="") from exc
    except (OperationalError, DBAPIError) as exc:
        text = str(exc.orig if exc.orig is not None else exc).lower()
        if "disk" in text and "full" in text or "no space" in text:
            raise StorageError("error.disk_full") from exc
        if "file is not a database" in text or "malformed" in text:
            raise StorageError("error.not_a_database") from exc
        if "locked" in text or "busy" in text:
            raise StorageError("error.db_locked") from exc
        if "could not connect" in text or "connection refused" in text or "unable to open" in text:
            raise StorageError("error.db_unreachable", detail=str(exc.orig)[:200]) from exc
        if isinstance(exc, OperationalError):
            raise StorageError(detail=str(exc.orig)[:200]) from exc
        raise
    except sqlite3.OperationalError as exc:  # raised outside SQLAlchemy, e.g. by the backup API
        raise StorageError(detail=str(exc)) from exc


def first_or_none(session: Session, stmt: Any) -> Any:
    return session.execute(stmt).scalars().first()


__all__ = ["Actor", "Store", "UnitOfWork", "first_or_none", "select"]
