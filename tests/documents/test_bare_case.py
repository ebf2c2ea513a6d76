"""A case just taken in, with nothing else yet: every form either prints (with blanks to fill in by
hand) or says, in a sentence, what is missing — never a crash."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from mediation_desk.documents import api
from mediation_desk.errors import UserError
from mediation_desk.services import intake
from mediation_desk.services.committees import setup_committee
from mediation_desk.store import Actor, Store
from tests.documents.readback import docx_text, pdf_text, squash
from tests.factories import neighbour_case

NEEDS_MORE = {"agreement", "oral_agreement_register", "session_record", "investigation_record",
              "follow_up_record", "judicial_confirmation_application", "feedback_letter"}


@pytest.fixture(scope="module")
def bare(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Actor, int]]:
    path = tmp_path_factory.mktemp("bare") / "s.sqlite3"
    shutil.copyfile(sqlite_template, path)
    store = Store(f"sqlite:///{path}")
    actor = setup_committee(store, name="安宁镇人民调解委员会", short_name="安")
    case_id = intake.create_case(store, actor, neighbour_case(), today=date(2026, 5, 6)).case_id
    yield store, actor, case_id
    store.dispose()


@pytest.mark.parametrize("code", api.form_codes())
def test_bare_case_prints_or_explains(bare: tuple[Store, Actor, int], code: str) -> None:
    store, actor, case_id = bare
    if code in NEEDS_MORE:
        with pytest.raises(UserError) as err:
            api.render(store, actor, code, case_id, "pdf")
        assert "尚无" in err.value.message() or "不是移送" in err.value.message()
        return
    pdf = api.render(store, actor, code, case_id, "pdf")
    docx = api.render(store, actor, code, case_id, "docx")
    assert squash(pdf_text(pdf)) == squash(docx_text(docx))
    assert api.form_titles()[code] in squash(pdf_text(pdf))
