"""Users, roles and the single permission table."""

from __future__ import annotations

import pytest

from mediation_desk.errors import ConflictError, PermissionDeniedError, StaleEditError, ValidationError
from mediation_desk.services import users
from mediation_desk.services.users import Action, allowed, require
from mediation_desk.store import Actor
from tests.core.casework import actor_with_role, audit_events


def _actor(role: str, personal: bool = False) -> Actor:
    return Actor(1, f"u_{role}", 1, role, personal)


def test_permission_table():
    admin, mediator, clerk, liaison = (_actor(r) for r in ("admin", "mediator", "clerk", "liaison"))
    for a in (admin, mediator, clerk):
        require(a, Action.EDIT_CASE)
        require(a, Action.CLOSE_CASE)
    require(liaison, Action.VIEW_CASE)
    require(liaison, Action.RECORD_FEEDBACK)
    require(liaison, Action.RECORD_FOLLOW_UP)
    with pytest.raises(PermissionDeniedError) as err:
        require(liaison, Action.EDIT_CASE)
    assert err.value.message() == "您的账号（u_liaison）没有“修改案件”的权限。请联系管理员。"
    assert allowed(admin, Action.REOPEN_CASE)
    assert not any(allowed(a, Action.REOPEN_CASE) for a in (mediator, clerk, liaison))
    assert not allowed(mediator, Action.MANAGE_USERS)
    assert not allowed(_actor("guest"), Action.VIEW_CASE)
    # Personal data in full only with the user's own flag, whatever the role.
    assert not users.may_see_personal_data(_actor("admin", personal=False))
    assert users.may_see_personal_data(_actor("clerk", personal=True))
    assert set(users.PERMISSIONS) == set(Action)  # every action has its row


def test_create_and_sign_in(store, actor):
    u = users.create_user(store, actor, "lixy", "李秀英", "mediator", may_see_personal_data=True)
    assert (u.role, u.role_label, u.active) == ("mediator", "调解员", True)
    a = users.actor_for_user(store, u.id)
    assert (a.username, a.role, a.may_see_personal_data, a.committee_id) == ("lixy", "mediator", True,
                                                                            actor.committee_id)
    with pytest.raises(ConflictError):
        users.create_user(store, actor, "lixy", "另一个", "clerk")
    with pytest.raises(ValidationError):
        users.create_user(store, actor, "x", "某人", "boss")
    with pytest.raises(PermissionDeniedError):
        users.create_user(store, a, "y", "某人", "clerk")
    assert audit_events(store, "user", "create")[-1].after == {"username": "lixy", "role": "mediator",
                                                               "may_see_personal_data": True}


def test_update_deactivate_and_last_admin(store, actor):
    clerk = actor_with_role(store, actor, "clerk")
    info = next(u for u in users.list_users(store, actor) if u.username == clerk.username)
    changed = users.update_user(store, actor, info.id, info.version, role="liaison", may_see_personal_data=True)
    assert changed.role == "liaison" and changed.version == info.version + 1
    with pytest.raises(StaleEditError):
        users.update_user(store, actor, info.id, info.version, active=False)
    users.update_user(store, actor, info.id, changed.version, active=False)
    with pytest.raises(PermissionDeniedError):
        users.actor_for_user(store, info.id)
    assert clerk.username not in [u.username for u in users.list_users(store, actor)]
    ev = audit_events(store, "user", "update")[-1]
    assert ev.before["active"] is True and ev.after["active"] is False
    admin = next(u for u in users.list_users(store, actor) if u.role == "admin")
    with pytest.raises(ConflictError):
        users.update_user(store, actor, admin.id, admin.version, role="mediator")
