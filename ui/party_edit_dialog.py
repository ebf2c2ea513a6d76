"""修改当事人: correct a party's particulars and agent; the core re-validates (ID number check digit,
phone format …) and its problems appear under the fields. Fields left as they were are not sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mediation_desk.domain.vocab import PartyKind
from mediation_desk.services import case_changes
from mediation_desk.services.case_changes import KEEP, PartyChanges
from mediation_desk.services.cases import CaseDetail, PartyView
from ui.changes import Changes
from ui.context import AppContext
from ui.form_dialog import FormDialog
from ui.qt import QLineEdit, QWidget


class PartyEditDialog(FormDialog):
    def __init__(self, ctx: AppContext, detail: CaseDetail, party: PartyView,
                 on_done: Callable[[Any], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("修改当事人：{name}").format(name=party.name),
                         changes=Changes(cases=True, case_ids=frozenset({detail.id})), on_done=on_done, parent=parent)
        self.detail, self.party = detail, party
        org = party.kind == PartyKind.ORGANISATION
        self.edits: dict[str, QLineEdit] = {}
        specs = [("name", self.tr("名称") if org else self.tr("姓名"), party.name)]
        if org:
            specs += [("credit_code", self.tr("统一社会信用代码"), party.credit_code),
                      ("legal_representative", self.tr("法定代表人"), party.legal_representative)]
        else:
            specs += [("id_number", self.tr("身份证号"), ""), ("ethnicity", self.tr("民族"), party.ethnicity),
                      ("occupation", self.tr("职业"), party.occupation)]
        specs += [("phone", self.tr("电话"), party.phone), ("address", self.tr("住址"), party.address),
                  ("agent_name", self.tr("代理人"), party.agent_name),
                  ("agent_phone", self.tr("代理人电话"), party.agent_phone)]
        for name, label, value in specs:
            edit = QLineEdit(value)
            edit.setObjectName(f"party_{name}")
            if name == "id_number":
                edit.setPlaceholderText(self.tr("{masked}（不改请留空）").format(masked=party.id_number or "—"))
            self.edits[name] = edit
            self.add_field(name, label, edit)
        self.initial = {n: e.text() for n, e in self.edits.items()}

    def prepare(self) -> Callable[[], CaseDetail]:
        given = {n: e.text() for n, e in self.edits.items() if e.text() != self.initial[n]}
        values = {f: given.get(f, KEEP) for f in self.edits}
        changes = PartyChanges(**values)  # type: ignore[arg-type]
        store, actor, d, pid = self.ctx.store, self.ctx.actor, self.detail, self.party.party_id
        return lambda: case_changes.update_party(store, actor, d.id, pid, d.version, changes)
