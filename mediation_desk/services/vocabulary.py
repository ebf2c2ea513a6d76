"""The extendable vocabularies as stored: lists for pickers, labels for display, codes from labels."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from mediation_desk.db.models import VocabItem
from mediation_desk.domain.text import clean
from mediation_desk.store import Actor, Store


@dataclass(frozen=True)
class VocabEntry:
    code: str
    zh: str
    en: str
    active: bool

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang == "zh" or not self.en else self.en


def entries(store: Store, vocabulary: str, *, include_inactive: bool = False) -> list[VocabEntry]:
    with store.read() as s:
        q = select(VocabItem).where(VocabItem.vocabulary == vocabulary).order_by(VocabItem.position,
                                                                                 VocabItem.id)
        if not include_inactive:
            q = q.where(VocabItem.active.is_(True))
        return [VocabEntry(v.code, v.label_zh, v.label_en, v.active) for v in s.scalars(q)]


def labels(store: Store, vocabulary: str) -> dict[str, str]:
    return {e.code: e.zh for e in entries(store, vocabulary, include_inactive=True)}


def resolve(items: list[VocabEntry], value: str) -> str | None:
    """A code from its code, its Chinese label or its English label (as typed in files and forms)."""
    v = clean(value)
    for e in items:
        if v in (e.code, e.zh, e.en) or v.replace(" ", "") == e.zh.replace(" ", ""):
            return e.code
    return None


def add_entry(store: Store, actor: Actor, vocabulary: str, label_zh: str, label_en: str = "",
              code: str | None = None) -> VocabEntry:
    """A committee's own entry; its code is derived from the label when none is given."""
    label_zh = clean(label_zh)
    with store.write(actor) as uow:
        s = uow.session
        if code is None:
            n = s.scalar(select(func.count(VocabItem.id)).where(VocabItem.vocabulary == vocabulary)) or 0
            code = f"custom_{n + 1}"
        pos = s.scalar(select(func.max(VocabItem.position)).where(VocabItem.vocabulary == vocabulary)) or 0
        item = VocabItem(vocabulary=vocabulary, code=code, label_zh=label_zh, label_en=clean(label_en),
                         position=pos + 10, builtin=False)
        s.add(item)
        s.flush()
        uow.audit("create", "vocab_item", item.id, after={"vocabulary": vocabulary, "label": label_zh})
        return VocabEntry(item.code, item.label_zh, item.label_en, True)
