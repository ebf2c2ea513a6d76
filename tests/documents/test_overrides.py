"""A committee's own wording, title and copies: applied to both formats and kept across upgrades."""

from __future__ import annotations

import pytest

from mediation_desk.db.schema import upgrade
from mediation_desk.documents import api, overrides
from mediation_desk.errors import ValidationError
from mediation_desk.services.committees import get_committee, update_committee
from mediation_desk.store import Actor, Store
from tests.doc_fixtures import rich_case
from tests.documents.readback import docx_text, pdf_text, squash


def test_override_applies_to_pdf_and_docx_and_survives_migrations(store: Store, actor: Actor) -> None:
    rc = rich_case(store, actor)
    c = get_committee(store, actor.committee_id)
    update_committee(store, actor, c.version, seal_text="安宁镇人民调解委员会（调解专用章）", short_name="安")
    c = get_committee(store, actor.committee_id)
    overrides.set_override(store, actor, "agreement", expected_version=c.version, title="人民调解协议",
                           copies=5, texts={"judicial": "双方可在三十日内共同申请司法确认。"})
    upgrade(store.engine)  # an upgrade re-runs migrations and seeds; the committee's wording stays
    for fmt, read in (("pdf", pdf_text), ("docx", docx_text)):
        text = squash(read(api.render(store, actor, "agreement", rc.case_id, fmt)))  # type: ignore[operator]
        assert text.startswith("人民调解协议编号")
        assert "本协议一式五份" in text and "双方可在三十日内共同申请司法确认。" in text
        assert "安宁镇人民调解委员会（调解专用章）（印章）" in text
        assert "自本协议生效之日起三十日内共同向人民法院申请司法确认" not in text
    c = get_committee(store, actor.committee_id)
    overrides.set_override(store, actor, "rights_notice", expected_version=c.version, hidden=["ack"])
    notice = squash(docx_text(api.render(store, actor, "rights_notice", rc.case_id, "docx")))
    assert "当事人已阅读" not in notice and "选择或者接受人民调解员" in notice
    # Clearing the override restores the shipped wording.
    c = get_committee(store, actor.committee_id)
    overrides.set_override(store, actor, "agreement", expected_version=c.version)
    text = squash(pdf_text(api.render(store, actor, "agreement", rc.case_id, "pdf")))
    assert text.startswith("人民调解协议书") and "本协议一式四份" in text


def test_override_of_an_unknown_block_or_bad_copies_is_refused(store: Store, actor: Actor) -> None:
    c = get_committee(store, actor.committee_id)
    with pytest.raises(ValidationError) as err:
        overrides.set_override(store, actor, "agreement", expected_version=c.version, copies=0,
                               texts={"no_such_block": "x"})
    fields = err.value.by_field()
    assert "no_such_block" in fields and "copies" in fields
    assert overrides.get_override(store, actor.committee_id, "agreement").texts == {}
