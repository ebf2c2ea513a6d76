"""A committee's own version of its forms: title, wording, hidden blocks, copies, fonts.

Stored in the committee's settings (``settings["forms"][code]`` and ``settings["documents"]``,
``settings["font_path"]``), never in ``forms/``: an upgrade that ships new definitions keeps every
change, and a block the committee never touched picks up the new wording.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mediation_desk import messages
from mediation_desk.db.models import Committee
from mediation_desk.documents import definitions
from mediation_desk.errors import NotFoundError, StaleEditError, ValidationError, problem
from mediation_desk.store import Actor, Store

messages.register("document.unknown_block", "文书“{form}”中没有编号为“{block}”的段落。可改写的段落：{ids}。",
                  "Form “{form}” has no block “{block}”. Blocks that may be reworded: {ids}.")
messages.register("document.bad_copies", "份数应为 1 到 20 之间的整数（现为 {value}）。",
                  "The number of copies must be 1 to 20 (it is {value}).")
messages.register("document.font_missing", "字体文件“{path}”不存在或不是 .ttf/.ttc 文件。",
                  "The font file “{path}” does not exist or is not a .ttf/.ttc file.")


@dataclass(frozen=True)
class FormOverride:
    code: str
    title: str | None = None
    header: str | None = None
    copies: int | None = None
    texts: dict[str, Any] = field(default_factory=dict)
    hidden: list[str] = field(default_factory=list)


def get_override(store: Store, committee_id: int, code: str) -> FormOverride:
    definitions.load(code)  # refuses an unknown code
    with store.read() as s:
        c = s.get(Committee, committee_id)
        if c is None:
            raise NotFoundError(what="调委会", key=str(committee_id))
        raw = ((c.settings or {}).get("forms") or {}).get(code) or {}
    return FormOverride(code, raw.get("title"), raw.get("header"), raw.get("copies"), dict(raw.get("texts") or {}),
                        list(raw.get("hidden") or []))


def set_override(store: Store, actor: Actor, code: str, *, expected_version: int, title: str | None = None,
                 header: str | None = None, copies: int | None = None, texts: dict[str, Any] | None = None,
                 hidden: list[str] | None = None) -> FormOverride:
    """Replace the committee's override of one form (None / empty values restore the shipped text)."""
    definitions.load(code)
    ids = [i for i, _ in definitions.block_ids(code)]
    problems = []
    for bid in [*(texts or {}), *(hidden or [])]:
        if bid not in ids:
            problems.append(problem(bid, "document.unknown_block", form=definitions.title_of(code), block=bid,
                                    ids="、".join(ids)))
    if copies is not None and not 1 <= copies <= 20:
        problems.append(problem("copies", "document.bad_copies", value=copies))
    if problems:
        raise ValidationError(problems)
    entry = {k: v for k, v in {"title": title, "header": header, "copies": copies, "texts": texts,
                               "hidden": hidden}.items() if v}
    _update_settings(store, actor, expected_version, lambda st: _put_form(st, code, entry),
                     f"forms.{code}")
    return get_override(store, actor.committee_id, code)


def set_fonts(store: Store, actor: Actor, *, expected_version: int, font_path: str | None = None,
              body_font: str | None = None, title_font: str | None = None) -> None:
    """The PDF font file (first in the chain) and the font names written into DOCX files."""
    if font_path:
        path = Path(font_path.partition(":")[0] if font_path[1:3] != ":\\" else font_path)
        if not path.is_file() or path.suffix.lower() not in (".ttf", ".ttc"):
            raise ValidationError([problem("font_path", "document.font_missing", path=font_path)])

    def change(st: dict[str, Any]) -> None:
        if font_path is not None:
            st["font_path"] = font_path
        docs = dict(st.get("documents") or {})
        for key, value in (("body_font", body_font), ("title_font", title_font)):
            if value is not None:
                docs[key] = value
        st["documents"] = docs

    _update_settings(store, actor, expected_version, change, "documents")


def _put_form(st: dict[str, Any], code: str, entry: dict[str, Any]) -> None:
    forms = dict(st.get("forms") or {})
    if entry:
        forms[code] = entry
    else:
        forms.pop(code, None)
    st["forms"] = forms


def _update_settings(store: Store, actor: Actor, expected_version: int, change: Any, what: str) -> None:
    with store.write(actor) as uow:
        c = uow.session.get(Committee, actor.committee_id)
        if c is None:
            raise NotFoundError(what="调委会", key=str(actor.committee_id))
        if c.version != expected_version:
            raise StaleEditError(what="调委会设置", key=c.name)
        before = copy.deepcopy(c.settings or {})
        after = copy.deepcopy(before)
        change(after)
        c.settings = after  # a new dict, so the JSON column is seen as changed
        uow.audit("update", "committee", c.id, before={what: _pick(before, what)}, after={what: _pick(after, what)})
        uow.session.flush()


def _pick(settings: dict[str, Any], what: str) -> Any:
    if what.startswith("forms."):
        return (settings.get("forms") or {}).get(what.split(".", 1)[1])
    return {"font_path": settings.get("font_path"), "documents": settings.get("documents")}
