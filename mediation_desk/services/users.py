"""Users, their roles, and the one place where permissions are checked.

Every service that changes or reveals something calls :func:`require` with an :class:`Action`;
the table :data:`PERMISSIONS` says which roles may do it. Keeping the table small and in one module
means an auditor (or a new role) needs to read only this file.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from mediation_desk import messages
from mediation_desk.db.models import Liaison, Mediator, User
from mediation_desk.domain.text import clean
from mediation_desk.domain.vocab import USER_ROLE_LABELS, UserRole
from mediation_desk.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    problem,
)
from mediation_desk.services.common import check_version
from mediation_desk.store import Actor, Store

messages.register("user.exists", "用户名“{username}”已被使用，请换一个。",
                  "The user name “{username}” is taken; choose another.")
messages.register("user.last_admin", "不能停用或降级最后一个管理员账号，否则将无人能管理用户。",
                  "The last administrator cannot be deactivated or demoted.")
messages.register("user.inactive", "账号“{username}”已停用，不能登录。请联系管理员。",
                  "The account “{username}” is deactivated. Ask an administrator.")


class Action(StrEnum):
    """What a user may be allowed to do; the Chinese label appears in the refusal message."""

    VIEW_CASE = "view_case"
    EDIT_CASE = "edit_case"  # case fields, parties, records, agreements, attachments
    SIGN = "sign"  # sign a record or an agreement (签字确认)
    CLOSE_CASE = "close_case"
    REOPEN_CASE = "reopen_case"
    RECORD_FOLLOW_UP = "record_follow_up"
    RECORD_FEEDBACK = "record_feedback"
    JUDICIAL = "judicial"
    MANAGE_USERS = "manage_users"
    SEE_PERSONAL_DATA = "see_personal_data"


ACTION_LABELS: dict[Action, str] = {
    Action.VIEW_CASE: "查看案件",
    Action.EDIT_CASE: "修改案件",
    Action.SIGN: "签字确认",
    Action.CLOSE_CASE: "结案",
    Action.REOPEN_CASE: "重新打开已结案件",
    Action.RECORD_FOLLOW_UP: "登记回访",
    Action.RECORD_FEEDBACK: "登记反馈",
    Action.JUDICIAL: "登记司法确认",
    Action.MANAGE_USERS: "管理用户",
    Action.SEE_PERSONAL_DATA: "查看完整个人信息",
}

_A, _M, _C, _L = UserRole.ADMIN, UserRole.MEDIATOR, UserRole.CLERK, UserRole.LIAISON

PERMISSIONS: dict[Action, frozenset[str]] = {
    Action.VIEW_CASE: frozenset({_A, _M, _C, _L}),
    Action.EDIT_CASE: frozenset({_A, _M, _C}),
    Action.SIGN: frozenset({_A, _M, _C}),  # the clerk often enters signatures taken on paper
    Action.CLOSE_CASE: frozenset({_A, _M, _C}),
    Action.REOPEN_CASE: frozenset({_A}),
    Action.RECORD_FOLLOW_UP: frozenset({_A, _M, _C, _L}),
    Action.RECORD_FEEDBACK: frozenset({_A, _M, _C, _L}),
    Action.JUDICIAL: frozenset({_A, _M, _C}),
    Action.MANAGE_USERS: frozenset({_A}),
    # Any role may, but only a user flagged ``may_see_personal_data`` (checked in ``allowed``).
    Action.SEE_PERSONAL_DATA: frozenset({_A, _M, _C, _L}),
}


def allowed(actor: Actor, action: Action) -> bool:
    if actor.role not in PERMISSIONS[action]:
        return False
    if action is Action.SEE_PERSONAL_DATA:
        return actor.may_see_personal_data
    return True


def require(actor: Actor, action: Action) -> None:
    """Raise :class:`PermissionDeniedError` unless ``actor`` may do ``action``."""
    if not allowed(actor, action):
        raise PermissionDeniedError(user=actor.username, action=ACTION_LABELS[action])


def may_see_personal_data(actor: Actor) -> bool:
    """Whether ID numbers and phones may be shown to this actor in full."""
    return allowed(actor, Action.SEE_PERSONAL_DATA)


# --- user accounts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: str
    role_label: str
    mediator_id: int | None
    liaison_id: int | None
    may_see_personal_data: bool
    active: bool
    version: int


def _info(u: User) -> UserInfo:
    return UserInfo(u.id, u.username, u.display_name, u.role, USER_ROLE_LABELS[u.role].zh, u.mediator_id,
                    u.liaison_id, u.may_see_personal_data, u.active, u.version)


def _check_role(role: str) -> None:
    if role not in {r.value for r in UserRole}:
        raise ValidationError([problem("role", "field.unknown_choice", label="角色", value=role,
                                       choices="、".join(t.zh for t in USER_ROLE_LABELS.values()))])


def create_user(store: Store, actor: Actor, username: str, display_name: str, role: str, *,
                mediator_id: int | None = None, liaison_id: int | None = None,
                may_see_personal_data: bool = False) -> UserInfo:
    require(actor, Action.MANAGE_USERS)
    username, display_name = clean(username), clean(display_name)
    problems = []
    if not username:
        problems.append(problem("username", "field.required", label="用户名"))
    if not display_name:
        problems.append(problem("display_name", "field.required", label="姓名"))
    if problems:
        raise ValidationError(problems)
    _check_role(role)
    with store.write(actor) as uow:
        s = uow.session
        if s.scalars(select(User.id).where(User.committee_id == actor.committee_id,
                                           User.username == username)).first() is not None:
            raise ConflictError("user.exists", username=username)
        if mediator_id is not None:
            m = s.get(Mediator, mediator_id)
            if m is None or m.committee_id != actor.committee_id:
                raise NotFoundError(what="调解员", key=str(mediator_id))
        if liaison_id is not None and s.get(Liaison, liaison_id) is None:
            raise NotFoundError(what="联络员", key=str(liaison_id))
        u = User(committee_id=actor.committee_id, username=username, display_name=display_name, role=role,
                 mediator_id=mediator_id, liaison_id=liaison_id, may_see_personal_data=may_see_personal_data)
        s.add(u)
        s.flush()
        uow.audit("create", "user", u.id, after={"username": username, "role": role,
                                                 "may_see_personal_data": may_see_personal_data})
        return _info(u)


def update_user(store: Store, actor: Actor, user_id: int, expected_version: int, *, display_name: str | None = None,
                role: str | None = None, may_see_personal_data: bool | None = None,
                active: bool | None = None) -> UserInfo:
    """Change a user's role, name, personal-data right or active flag (never below one admin)."""
    require(actor, Action.MANAGE_USERS)
    if role is not None:
        _check_role(role)
    with store.write(actor) as uow:
        s = uow.session
        u = s.get(User, user_id)
        if u is None or u.committee_id != actor.committee_id:
            raise NotFoundError(what="用户", key=str(user_id))
        check_version(u, expected_version, "用户", u.username)
        before = {"display_name": u.display_name, "role": u.role,
                  "may_see_personal_data": u.may_see_personal_data, "active": u.active}
        if display_name is not None and clean(display_name):
            u.display_name = clean(display_name)
        if role is not None:
            u.role = role
        if may_see_personal_data is not None:
            u.may_see_personal_data = may_see_personal_data
        if active is not None:
            u.active = active
        if before["role"] == UserRole.ADMIN and (u.role != UserRole.ADMIN or not u.active):
            others = s.scalars(select(User.id).where(User.committee_id == actor.committee_id, User.id != u.id,
                                                     User.role == UserRole.ADMIN, User.active.is_(True))).first()
            if others is None:
                raise ConflictError("user.last_admin")
        s.flush()
        after = {"display_name": u.display_name, "role": u.role,
                 "may_see_personal_data": u.may_see_personal_data, "active": u.active}
        uow.audit("update", "user", u.id, before=before, after=after)
        return _info(u)


def list_users(store: Store, actor: Actor, *, include_inactive: bool = False) -> list[UserInfo]:
    with store.read() as s:
        q = select(User).where(User.committee_id == actor.committee_id).order_by(User.id)
        if not include_inactive:
            q = q.where(User.active.is_(True))
        return [_info(u) for u in s.scalars(q)]


def actor_for_user(store: Store, user_id: int) -> Actor:
    """The :class:`Actor` a signed-in user acts as; refuses a deactivated account."""
    with store.read() as s:
        u = s.get(User, user_id)
        if u is None:
            raise NotFoundError(what="用户", key=str(user_id))
        if not u.active:
            raise PermissionDeniedError("user.inactive", username=u.username)
        return Actor(u.id, u.username, u.committee_id, u.role, u.may_see_personal_data)
