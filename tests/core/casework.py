"""Helpers for the case-work tests: a taken-in case and users of each role."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from mediation_desk.db.models import AuditEvent
from mediation_desk.services import cases, intake, users
from mediation_desk.store import Actor, Store
from tests.factories import neighbour_case

TODAY = date(2026, 6, 1)


def new_case(store: Store, actor: Actor, **kwargs: Any) -> int:
    return intake.create_case(store, actor, neighbour_case(**kwargs), today=TODAY).case_id


def case_version(store: Store, actor: Actor, case_id: int) -> int:
    return cases.get_case_detail(store, actor, case_id).version


def actor_with_role(store: Store, admin: Actor, role: str, *, personal: bool = False,
                    username: str | None = None) -> Actor:
    info = users.create_user(store, admin, username or f"u_{role}", f"{role}用户", role,
                             may_see_personal_data=personal)
    return users.actor_for_user(store, info.id)


def audit_events(store: Store, entity: str, action: str | None = None) -> list[AuditEvent]:
    with store.read() as s:
        q = select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)
        if action is not None:
            q = q.where(AuditEvent.action == action)
        events = list(s.scalars(q))
        s.expunge_all()  # keep the loaded values after the read transaction ends
        return events
