from datetime import date

import pytest

from mediation_desk.errors import UserError, ValidationError
from mediation_desk.services import deadlines, transfers
from tests.core.sched_support import case

TODAY = date(2026, 11, 25)


def test_transfer_is_tracked_until_closed(store, actor):
    cid = case(store, actor, mediator_id=1)
    with pytest.raises(ValidationError) as err:
        transfers.create_transfer(store, actor, cid, department="", matter="", sent_on=TODAY,
                                  due_on=date(2026, 11, 1))
    assert set(err.value.by_field()) == {"department", "matter", "due_on"}
    # 5 working days from Friday 2026-09-25 cross National Day: 9-28, 9-29, 9-30, 10-8, 10-9.
    t = transfers.create_transfer(store, actor, cid, department="安宁区劳动保障监察大队", matter="核查拖欠工资情况",
                                  request="请于期限内书面回复", sent_on=date(2026, 9, 25), due_workdays=5)
    assert t.due_on == date(2026, 10, 9)
    other = transfers.create_transfer(store, actor, cid, department="东关村村委会", matter="协助丈量宅基地界址",
                                      sent_on=date(2026, 11, 20), due_on=date(2026, 11, 30))
    overdue = transfers.list_transfers(store, actor.committee_id, today=TODAY, overdue_only=True)
    assert [(x.id, x.state, x.days_overdue) for x in overdue] == [(t.id, "overdue", 47)]
    assert [x.id for x in transfers.list_transfers(store, actor.committee_id, today=TODAY)] == [t.id, other.id]
    items = deadlines.attention(store, actor.committee_id, within_days=7, today=TODAY, kinds={"transfer"}).items
    assert [(i.ref_id, i.overdue) for i in items] == [(t.id, True), (other.id, False)]
    assert items[0].detail == "安宁区劳动保障监察大队" and items[0].mediator == "王建国"

    replied = transfers.record_reply(store, actor, t.id, t.version, received_on=date(2026, 10, 12),
                                     text="已立案核查，预计月底前答复。")
    assert replied.closed_on is None and [r.text for r in replied.replies] == ["已立案核查，预计月底前答复。"]
    with pytest.raises(ValidationError):
        transfers.record_reply(store, actor, t.id, replied.version, received_on=date(2026, 9, 1), text="x")
    closed = transfers.record_reply(store, actor, t.id, replied.version, received_on=date(2026, 11, 2),
                                    text="用人单位已补发工资 12000 元。", close=True)
    assert closed.state == "closed" and closed.result == "用人单位已补发工资 12000 元。"
    assert len(transfers.get_transfer(store, actor, t.id).replies) == 2
    with pytest.raises(UserError):
        transfers.record_reply(store, actor, t.id, closed.version, received_on=TODAY, text="再次回复")
    assert transfers.list_transfers(store, actor.committee_id, today=TODAY, overdue_only=True) == []
    items = deadlines.attention(store, actor.committee_id, within_days=7, today=TODAY, kinds={"transfer"}).items
    assert [i.ref_id for i in items] == [other.id]
    done = transfers.close_transfer(store, actor, other.id, other.version, closed_on=TODAY, result="界址已确认")
    assert done.state == "closed"
    assert transfers.list_transfers(store, actor.committee_id, today=TODAY) == []
    assert len(transfers.list_transfers(store, actor.committee_id, today=TODAY, open_only=False)) == 2
    # Without a date the committee's default of 10 working days applies (Wednesday 11-25 → 12-09).
    default = transfers.create_transfer(store, actor, cid, department="安宁镇住建办", matter="核查违建",
                                        sent_on=TODAY)
    assert default.due_on == date(2026, 12, 9)
