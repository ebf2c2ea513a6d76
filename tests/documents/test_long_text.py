"""Long facts flow across pages: paragraphs break between lines, long table values continue in
further rows (a table row itself never breaks), and both formats still carry the same text."""

from __future__ import annotations

from mediation_desk.db.models import Agreement, Case
from mediation_desk.documents import api
from mediation_desk.store import Actor, Store
from tests.doc_fixtures import LONG_FACTS, rich_case
from tests.documents.readback import docx_text, pdf_pages, pdf_text, squash


def test_long_values_flow_over_pages_in_both_formats(store: Store, actor: Actor) -> None:
    rc = rich_case(store, actor)
    with store.write(actor) as uow:
        case = uow.session.get(Case, rc.case_id)
        agreement = uow.session.get(Agreement, rc.agreement_id)
        assert case is not None and agreement is not None
        case.summary = LONG_FACTS * 12
        agreement.facts = LONG_FACTS * 8
    for code, min_pages in (("intake_register", 3), ("agreement", 4)):
        pdf = api.render(store, actor, code, rc.case_id, "pdf")
        docx = api.render(store, actor, code, rc.case_id, "docx")
        assert pdf_pages(pdf) >= min_pages
        assert squash(pdf_text(pdf)) == squash(docx_text(docx))
        assert squash(pdf_text(pdf)).count("经村委会干部劝阻未造成人身伤害") == (12 if code == "intake_register" else 8)
