"""Fixtures for the document tests: one SQLite store with cases that exercise every form, every
form rendered once in both formats, and one LibreOffice batch conversion of all the DOCX files."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mediation_desk.documents import api
from mediation_desk.documents.context import gather
from mediation_desk.documents.model import Document
from mediation_desk.services.committees import add_mediator, setup_committee
from mediation_desk.store import Actor, Store
from tests.doc_fixtures import RichCase, declined_case, oral_case, rich_case
from tests.documents.readback import libreoffice_convert


@dataclass
class DocEnv:
    store: Store
    actor: Actor
    rich: RichCase
    application: RichCase
    oral_id: int
    declined_id: int

    def case_for(self, code: str) -> int:
        return {"decline_notice": self.declined_id, "oral_agreement_register": self.oral_id,
                "application_form": self.application.case_id}.get(code, self.rich.case_id)


@dataclass
class Rendered:
    pdf: bytes
    docx: bytes
    document: Document


@pytest.fixture(scope="module")
def doc_env(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocEnv]:
    path = tmp_path_factory.mktemp("docs") / "store.sqlite3"
    shutil.copyfile(sqlite_template, path)
    store = Store(f"sqlite:///{path}")
    actor = setup_committee(store, name="安宁镇人民调解委员会", short_name="安", address="安宁镇人民路 18 号",
                            first_mediator="王建国", phone="0931-8888888")
    add_mediator(store, actor, "李秀英", roster_number="甘调证20190002")
    env = DocEnv(store, actor, rich_case(store, actor), rich_case(store, actor, applicant="钱九", referral=False),
                 oral_case(store, actor), declined_case(store, actor))
    yield env
    store.dispose()


@pytest.fixture(scope="module")
def rendered(doc_env: DocEnv) -> dict[str, Rendered]:
    out = {}
    for code in api.form_codes():
        case_id = doc_env.case_for(code)
        pdf = api.render(doc_env.store, doc_env.actor, code, case_id, "pdf")
        docx = api.render(doc_env.store, doc_env.actor, code, case_id, "docx")
        extra = None
        if code in ("case_file_index", "case_file_back"):
            from mediation_desk.documents.case_file import index_context

            extra = index_context(doc_env.store, doc_env.actor, case_id)
        model = api.document(gather(doc_env.store, doc_env.actor, case_id), code, extra=extra)
        out[code] = Rendered(pdf, docx, model)
    return out


@pytest.fixture(scope="module")
def libreoffice_pdfs(rendered: dict[str, Rendered], tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("lo")
    files = []
    for code, r in rendered.items():
        f = work / f"{code}.docx"
        f.write_bytes(r.docx)
        files.append(f)
    out = work / "out"
    out.mkdir()
    return libreoffice_convert(files, out, work)
