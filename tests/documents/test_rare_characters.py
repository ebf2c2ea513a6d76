"""Rare name characters: drawn with a fallback font when one has them, refused by name when none has."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediation_desk.documents import api, fonts, overrides
from mediation_desk.errors import UserError
from mediation_desk.services.committees import get_committee
from mediation_desk.store import Actor, Store
from tests.doc_fixtures import rich_case
from tests.documents.readback import docx_text, pdf_fonts, pdf_text, squash

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def test_character_no_font_has_is_refused_naming_it_and_the_field(store: Store, actor: Actor) -> None:
    rc = rich_case(store, actor, applicant="张𠮷")
    assert not any(fonts.covers(f, "𠮷") for f in fonts.chain()), "a font with 𠮷 is installed; test needs none"
    with pytest.raises(UserError) as err:
        api.render(store, actor, "agreement", rc.case_id, "pdf")
    message = err.value.message()
    assert "𠮷" in message and "当事人姓名" in message and "U+20BB7" in message
    # The DOCX leaves the drawing to Word/WPS, whose fonts (e.g. SimSun-ExtB) may have it.
    assert "张𠮷" in docx_text(api.render(store, actor, "agreement", rc.case_id, "docx"))


def test_rare_character_in_the_main_font_is_drawn_and_extractable(store: Store, actor: Actor) -> None:
    rc = rich_case(store, actor, applicant="刘䶮")
    text = squash(pdf_text(api.render(store, actor, "agreement", rc.case_id, "pdf")))
    assert "甲方：刘䶮" in text


def test_character_missing_from_the_main_font_comes_from_a_fallback_font(tmp_path: Path, sqlite_template: Path) -> None:
    import shutil

    from mediation_desk.services.committees import setup_committee

    path = tmp_path / "s.sqlite3"
    shutil.copyfile(sqlite_template, path)
    store = Store(f"sqlite:///{path}")
    actor = setup_committee(store, name="安宁镇人民调解委员会", short_name="安", first_mediator="王建国")
    chain = fonts.chain()
    rare = next((ch for ch in "㛃㻞㐨䶮" if not fonts.covers(chain[0], ch) and fonts.font_for_char(ch, chain)), None)
    if rare is None:
        pytest.skip("no installed font set where a later font has a character the first lacks")
    rc = rich_case(store, actor, applicant=f"李{rare}")
    pdf = api.render(store, actor, "agreement", rc.case_id, "pdf")
    assert f"甲方：李{rare}" in squash(pdf_text(pdf))
    assert len({f["name"].split("+")[1] for f in pdf_fonts(pdf)}) >= 2  # the main font and the fallback
    # A committee's configured font comes first; what it lacks (all CJK in DejaVu) falls back run by run.
    if DEJAVU.is_file():
        c = get_committee(store, actor.committee_id)
        overrides.set_fonts(store, actor, expected_version=c.version, font_path=str(DEJAVU))
        pdf = api.render(store, actor, "agreement", rc.case_id, "pdf")
        names = {f["name"].split("+")[1] for f in pdf_fonts(pdf)}
        assert any("DejaVu" in n for n in names) and len(names) >= 2
        assert f"甲方：李{rare}" in squash(pdf_text(pdf))
        assert all(f["emb"] == "yes" for f in pdf_fonts(pdf))
    store.dispose()
