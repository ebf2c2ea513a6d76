"""Small guards every service uses: load a case of the actor's committee, check a version."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from mediation_desk.db.models import Case
from mediation_desk.errors import NotFoundError, StaleEditError
from mediation_desk.store import Actor, UnitOfWork


def get_case(s: Session, actor: Actor, case_id: int) -> Case:
    case = s.get(Case, case_id)
    if case is None or case.committee_id != actor.committee_id:
        raise NotFoundError(what="案件", key=str(case_id))
    return case


def check_version(row: Any, expected_version: int, what: str, key: str = "") -> None:
    """Refuse a write based on a stale read: the caller reloads instead of overwriting."""
    current = getattr(row, "version", None)
    if current is None:
        current = row.edit_version
    if current != expected_version:
        raise StaleEditError(what=what, key=key)


def get_case_for_change(s: Session, actor: Actor, case_id: int, expected_version: int) -> Case:
    case = get_case(s, actor, case_id)
    check_version(case, expected_version, "案件", case.case_number)
    return case


def supersede_previous(uow: UnitOfWork, model: type[Any], row: Any, entity: str, case_id: int,
                       superseded: str) -> None:
    """When a correction or re-issue is signed, the signed version it replaces becomes superseded.

    Signed records and agreements are never edited in place; this is the one change made to them."""
    if row.supersedes_id is None:
        return
    old = uow.session.get(model, row.supersedes_id)
    if old is not None:
        old.status = superseded
        uow.audit("supersede", entity, old.id, case_id=case_id, before={"status": "signed"},
                  after={"status": "superseded", "superseded_by": row.id})
