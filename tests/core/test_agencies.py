"""Agencies and their liaisons (对接民警, 对接法官): added by the committee, refused when incomplete
or when the agency belongs to another committee, and written to the audit log."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mediation_desk.db.models import AuditEvent
from mediation_desk.errors import NotFoundError, ValidationError
from mediation_desk.services import committees


def test_add_a_liaison_to_an_agency(store, actor):
    police = committees.add_agency(store, actor, "police", "安宁派出所")
    assert police.liaisons == []
    updated = committees.add_liaison(store, actor, police.id, "  赵警官 ", "社区民警", "13800001111")
    assert [(name, title) for _id, name, title in updated.liaisons] == [("赵警官", "社区民警")]
    again = committees.agencies(store, actor.committee_id)
    assert again[0].liaisons == updated.liaisons
    with store.read() as s:
        events = s.scalars(select(AuditEvent.after).where(AuditEvent.entity == "liaison")).all()
    assert len(events) == 1 and events[0]["name"] == "赵警官"


def test_a_liaison_needs_a_name_and_a_real_agency(store, actor):
    police = committees.add_agency(store, actor, "police", "安宁派出所")
    with pytest.raises(ValidationError) as bad:
        committees.add_liaison(store, actor, police.id, "   ")
    assert "联络员姓名" in bad.value.message("zh")
    with pytest.raises(NotFoundError):
        committees.add_liaison(store, actor, police.id + 999, "赵警官")
    assert committees.agencies(store, actor.committee_id)[0].liaisons == []
