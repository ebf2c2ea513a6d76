"""What the GUI and the CLI call: render one form of one case, as DOCX or PDF bytes or a file.

``render(store, actor, "agreement", case_id, "pdf")`` gathers the case (one read transaction), fills
the committee's version of the form and hands the same :class:`Document` to the chosen renderer.
Specific items — an older agreement version, one session record, one follow-up — are chosen with
the keyword arguments; by default the current one is used.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from mediation_desk import messages
from mediation_desk.documents import build as build_mod
from mediation_desk.documents import definitions
from mediation_desk.documents.context import CaseData, gather
from mediation_desk.documents.model import Document
from mediation_desk.documents.style import configured_fonts, doc_style
from mediation_desk.errors import UserError
from mediation_desk.store import Actor, Store

Format = Literal["pdf", "docx"]

messages.register("document.bad_format", "格式“{fmt}”不支持，请选择 pdf 或 docx。",
                  "Format “{fmt}” is not supported; choose pdf or docx.")
messages.register("document.nothing_to_render", "本案没有可用于“{form}”的内容（{what}）。",
                  "This case has nothing for “{form}” ({what}).")
messages.register("document.write_failed", "无法写入文件“{path}”：{detail}",
                  "Cannot write “{path}”: {detail}")

# Forms about one item of a case, and the item they cannot do without.
_NEEDS = {
    "agreement": ("agreement", "尚无调解协议"),
    "oral_agreement_register": ("agreement", "尚无口头协议"),
    "session_record": ("record", "尚无调解记录"),
    "investigation_record": ("record", "尚无调查记录"),
    "follow_up_record": ("follow_up", "尚无回访记录"),
    "judicial_confirmation_application": ("agreement", "尚无调解协议"),
    "feedback_letter": ("referral", "本案不是移送、委派或转办的案件"),
}


@dataclass(frozen=True)
class AvailableForm:
    """A form that can be printed for a case, with the items to choose from (id, label) if several."""

    code: str
    title: str
    items: tuple[tuple[int, str], ...] = ()


def available(store: Store, actor: Actor, case_id: int) -> list[AvailableForm]:
    """The forms that make sense for this case now, for the GUI's print menu."""
    data = gather(store, actor, case_id)
    case = data.base["case"]
    titles = form_titles()
    out: list[AvailableForm] = []

    def add(code: str, items: list[tuple[int, str]] | None = None) -> None:
        out.append(AvailableForm(code, titles[code], tuple(items or ())))

    add("application_form")
    add("intake_register")
    if case["status"] == "declined":
        add("decline_notice")
    add("rights_notice")
    if data.sessions:
        add("session_notice", [(x["id"], x["time"]) for x in data.sessions])
    for code, records in (("investigation_record", data.investigation_records),
                          ("session_record", data.session_records)):
        if records:
            add(code, [(r["id"], f"{r['date']} 第{r['version_no']}版") for r in records])
    for code, oral in (("agreement", False), ("oral_agreement_register", True)):
        versions = [(a["id"], f"{a['number']}" + ("（已被替代）" if a["superseded"] else ""))
                    for a in data.agreements if a["is_oral"] == oral]
        if versions:
            add(code, versions)
    if data.follow_ups:
        add("follow_up_record", [(f["id"], f["date"] or f["due_on"]) for f in data.follow_ups])
    if any(not a["is_oral"] and not a["superseded"] for a in data.agreements):
        add("judicial_confirmation_application")
    if data.base["referral"].get("exists"):
        add("feedback_letter")
    for code in ("case_file_cover", "case_file_index", "case_file_back"):
        add(code)
    return out


def form_codes() -> tuple[str, ...]:
    return definitions.FORM_CODES


def form_titles() -> dict[str, str]:
    return {code: definitions.title_of(code) for code in definitions.FORM_CODES}


def document(data: CaseData, form_code: str, *, agreement_id: int | None = None, record_id: int | None = None,
             follow_up_id: int | None = None, session_id: int | None = None,
             extra: dict[str, Any] | None = None) -> Document:
    """The filled, renderer-neutral document for one form of a gathered case."""
    oral = {"agreement": False, "oral_agreement_register": True}.get(form_code)
    ctx = data.scope(agreement_id=agreement_id, record_id=record_id, follow_up_id=follow_up_id,
                     session_id=session_id, oral=oral)
    if form_code in ("session_record", "investigation_record") and record_id is None:
        ctx["record"] = ctx[form_code]
    if extra:
        ctx.update(extra)
    need = _NEEDS.get(form_code)
    if need is not None:
        key, what = need
        value = ctx.get(key) or {}
        if not value or (key == "referral" and not value.get("exists")):
            raise UserError("document.nothing_to_render", form=definitions.title_of(form_code), what=what)
    overrides = (data.base["settings"].get("forms") or {}).get(form_code)
    return build_mod.build(definitions.load(form_code, overrides), ctx)


def to_bytes(doc: Document, fmt: str, settings: dict[str, Any]) -> bytes:
    if fmt == "pdf":
        from mediation_desk.documents import render_pdf

        return render_pdf.render(doc, render_pdf.FontSet.resolve(configured_fonts(settings)))
    if fmt == "docx":
        from mediation_desk.documents import render_docx

        return render_docx.render(doc, doc_style(settings))
    raise UserError("document.bad_format", fmt=fmt)


def render(store: Store, actor: Actor, form_code: str, case_id: int, fmt: str = "pdf", *,
           agreement_id: int | None = None, record_id: int | None = None, follow_up_id: int | None = None,
           session_id: int | None = None, today: date | None = None) -> bytes:
    """One form of one case as PDF or DOCX bytes (for a preview, a print job or a file)."""
    if fmt not in ("pdf", "docx"):
        raise UserError("document.bad_format", fmt=fmt)
    extra = None
    if form_code in ("case_file_index", "case_file_back"):
        # Their page numbers exist only once the whole case file has been laid out.
        from mediation_desk.documents.case_file import index_context

        extra = index_context(store, actor, case_id)
    data = gather(store, actor, case_id, today=today)
    doc = document(data, form_code, agreement_id=agreement_id, record_id=record_id,
                   follow_up_id=follow_up_id, session_id=session_id, extra=extra)
    return to_bytes(doc, fmt, data.base["settings"])


def write_atomically(path: str | Path, content: bytes) -> Path:
    """Write via a temporary file in the same folder, so a failure never leaves half a document."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".md-", suffix=target.suffix)
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError("document.write_failed", path=str(target), detail=exc.strerror or str(exc)) from exc
    return target


def render_to_path(store: Store, actor: Actor, form_code: str, case_id: int, path: str | Path,
                   fmt: str | None = None, **kwargs: Any) -> Path:
    """Render and save; the format follows the file's extension unless given."""
    fmt = fmt or Path(path).suffix.lower().lstrip(".")
    return write_atomically(path, render(store, actor, form_code, case_id, fmt, **kwargs))
