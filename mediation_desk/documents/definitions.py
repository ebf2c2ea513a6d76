"""Form definitions: ``forms/<code>.toml`` read once, merged with a committee's own wording.

A definition is a title plus a list of blocks in a small declarative language (see
``forms/README.md``). A committee's changes — title, wording of any block with an ``id``, blocks
hidden, number of copies — live in the committee's settings (``settings["forms"][code]``), not in
these files, so an upgrade that ships new definitions keeps them.
"""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from mediation_desk import messages
from mediation_desk.errors import UserError

FORMS_DIR = Path(__file__).resolve().parents[2] / "forms"

# Codes from the glossary, in the order of a case's life; ``rights_notice`` and ``case_file_back``
# complete the set that a bound case file needs.
FORM_CODES: tuple[str, ...] = (
    "application_form", "intake_register", "decline_notice", "rights_notice", "session_notice",
    "investigation_record", "session_record", "agreement", "oral_agreement_register", "follow_up_record",
    "judicial_confirmation_application", "feedback_letter", "case_file_cover", "case_file_index",
    "case_file_back",
)
BLOCK_KINDS = {"para", "heading", "number", "fields", "table", "signatures", "spacer", "page_break"}

messages.register("document.unknown_form", "没有名为“{code}”的文书。可用的文书：{codes}。",
                  "There is no form “{code}”. Available: {codes}.")
messages.register("document.bad_definition", "文书定义“{code}”有误：{detail}",
                  "The definition of form “{code}” is wrong: {detail}")


@dataclass(frozen=True)
class FormDef:
    code: str
    title: str
    blocks: list[dict[str, Any]]
    header: str = ""  # a line above the title, e.g. the committee's name
    page_numbers: bool = True
    copies: int | None = None  # a committee's fixed number of copies; None = per agreement
    options: dict[str, Any] = field(default_factory=dict)


@cache
def _shipped(code: str) -> dict[str, Any]:
    if code not in FORM_CODES:
        raise UserError("document.unknown_form", code=code, codes="、".join(FORM_CODES))
    path = FORMS_DIR / f"{code}.toml"
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UserError("document.bad_definition", code=code, detail=str(exc)) from exc
    _validate(code, data.get("block", []))
    data.setdefault("options", {})
    for key in ("title_style", "title_space_before"):
        if key in data:
            data["options"][key] = data[key]
    return data


def _validate(code: str, blocks: list[dict[str, Any]]) -> None:
    for i, b in enumerate(blocks):
        kind = b.get("kind", "para")
        if kind not in BLOCK_KINDS:
            raise UserError("document.bad_definition", code=code, detail=f"第 {i + 1} 块的类型“{kind}”未知")


def load(code: str, overrides: dict[str, Any] | None = None) -> FormDef:
    """The shipped definition with a committee's overrides (``settings["forms"][code]``) applied."""
    data = _shipped(code)
    ov = overrides or {}
    blocks = []
    texts: dict[str, Any] = ov.get("texts", {}) or {}
    hidden = set(ov.get("hidden", []) or [])
    for b in data.get("block", []):
        bid = b.get("id", "")
        if bid and bid in hidden:
            continue
        b = copy.deepcopy(b)
        if bid and bid in texts:
            new = texts[bid]
            if b.get("kind") == "signatures" and isinstance(new, list):
                b["lines"] = new
            else:
                b["text"] = new
        blocks.append(b)
    copies = ov.get("copies")
    return FormDef(
        code=code, title=str(ov.get("title") or data["title"]), blocks=blocks,
        header=str(ov.get("header", data.get("header", ""))), page_numbers=bool(data.get("page_numbers", True)),
        copies=int(copies) if copies else None, options=dict(data.get("options", {})),
    )


def block_ids(code: str) -> list[tuple[str, str]]:
    """(id, shipped text) of the blocks a committee may reword, for a settings editor."""
    out = []
    for b in _shipped(code).get("block", []):
        if b.get("id"):
            out.append((b["id"], str(b.get("text", b.get("lines", "")))))
    return out


def title_of(code: str) -> str:
    return str(_shipped(code)["title"])
