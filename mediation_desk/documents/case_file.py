"""The bound case file (卷宗) as one PDF: cover, index, every paper of the case, back cover.

Papers follow the standard binding order (申请书或受理登记表, 权利义务告知书, 身份证明, 委托书, 调查记录,
证据, 调解记录, 协议书, 履行凭证, 回访记录, 司法确认材料, 封底). The papers are numbered from 1 (the cover
and the index are not), and the index (卷内目录) shows each paper's pages: the file is laid out once
to learn where each paper starts, then again with those numbers in the index, and checked.
Attachments that are images are bound in when their file is found in the attachment store; others
(PDFs, missing files) get an index line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from mediation_desk import messages
from mediation_desk.documents import api, definitions
from mediation_desk.documents.context import CaseData, gather
from mediation_desk.documents.model import Document
from mediation_desk.documents.style import configured_fonts
from mediation_desk.errors import UserError
from mediation_desk.store import Actor, Store

messages.register("document.cancelled", "已取消生成卷宗，未写入任何文件。", "Cancelled; no file was written.")

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

# Attachment kinds in binding order, with the index title used when a kind has no own title.
ATTACHMENT_SLOTS: dict[str, tuple[int, str]] = {
    "identity_proof": (3, "当事人身份证明"),
    "power_of_attorney": (4, "授权委托书"),
    "investigation": (5, "调查材料"),
    "evidence": (6, "证据材料"),
    "receipt": (9, "履行凭证"),
    "performance_proof": (9, "履行凭证"),
    "judicial_confirmation": (11, "司法确认材料"),
    "other": (12, "其他材料"),
}
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/bmp")


@dataclass
class Section:
    slot: int  # position in the binding order
    title: str
    document: Document | None = None
    attachment: dict[str, Any] | None = None
    image: Path | None = None
    note: str = ""


@dataclass(frozen=True)
class IndexEntry:
    n: int
    title: str
    first_page: int | None  # None: not bound in (kept separately)
    last_page: int | None
    note: str = ""

    @property
    def pages(self) -> str:
        if self.first_page is None:
            return ""
        if self.last_page is None or self.last_page == self.first_page:
            return str(self.first_page)
        return f"{self.first_page}–{self.last_page}"


@dataclass(frozen=True)
class CaseFileResult:
    path: Path | None
    pages: int  # physical pages, cover and back included
    entries: list[IndexEntry] = field(default_factory=list)


def sections(data: CaseData, attachment_dir: Path | None = None) -> list[Section]:
    """The papers of the case in binding order (cover, index and back cover excluded)."""
    out: list[Section] = []
    case = data.base["case"]

    def add(slot: int, code: str, title: str | None = None, **ids: Any) -> None:
        doc = api.document(data, code, **ids)
        out.append(Section(slot, title or doc.title, document=doc))

    add(1, "application_form" if case["is_application"] else "intake_register")
    add(2, "rights_notice")
    for rec in data.investigation_records:
        if not rec.get("superseded"):
            add(5, "investigation_record", f"人民调解调查记录（{rec['date']}）" if rec["date"] else None,
                record_id=rec["id"])
    for rec in data.session_records:
        if not rec.get("superseded"):
            add(7, "session_record", f"人民调解记录（{rec['date']}）" if rec["date"] else None, record_id=rec["id"])
    current = next((a for a in data.agreements if not a["superseded"]), None)
    if current is not None:
        code = "oral_agreement_register" if current["is_oral"] else "agreement"
        add(8, code, f"{definitions.title_of(code)} {current['number']}", agreement_id=current["id"])
    for fu in data.follow_ups:
        if fu["visited"]:
            add(10, "follow_up_record", f"人民调解回访记录（{fu['date']}）", follow_up_id=fu["id"])
    if data.judicial and current is not None:
        add(11, "judicial_confirmation_application")
    for att in data.attachments:
        slot, default_title = ATTACHMENT_SLOTS.get(att["kind"], (6, "证据材料"))
        image = _find(att, attachment_dir) if att["media_type"] in IMAGE_TYPES else None
        out.append(Section(slot, att["title"] or default_title, attachment=att, image=image,
                           note="" if image else f"原件另附（{att['pages']}页）"))
    out.sort(key=lambda s: s.slot)  # stable: within a slot, the order above (dates) is kept
    return out


def _find(att: dict[str, Any], root: Path | None) -> Path | None:
    if root is None:
        return None
    sha = att["sha256"]
    for candidate in (root / sha[:2] / sha, root / sha, root / att["filename"]):
        if candidate.is_file():
            return candidate
    return None


class _Marker:
    """A zero-size flowable whose page is noted when it is laid out: where a paper starts."""

    def __new__(cls, key: int) -> Any:
        from reportlab.platypus import Spacer

        marker = Spacer(0, 0)
        marker.md_section = key
        return marker


def _image_flowables(section: Section, renderer: Any) -> list[Any]:
    from reportlab.platypus import Image

    from mediation_desk.documents.model import Para, Run
    from mediation_desk.documents.style import TEXT_HEIGHT, TEXT_WIDTH

    assert section.image is not None
    title = renderer.para(Para([Run(section.title, field="附件名称")], style="heading", align="center"))
    img = Image(str(section.image))
    scale = min(TEXT_WIDTH / img.imageWidth, (TEXT_HEIGHT - 60) / img.imageHeight, 1.0)
    img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
    return [title, img]


def case_file_pdf(store: Store, actor: Actor, case_id: int, path: str | Path | None = None, *,
                  progress: Progress | None = None, cancel: Cancel | None = None,
                  attachment_dir: Path | None = None, today: date | None = None) -> tuple[bytes, CaseFileResult]:
    """Build the case file; written atomically to ``path`` if given. Returns the bytes and the index."""
    from reportlab.platypus import PageBreak

    from mediation_desk.documents import render_pdf

    data = gather(store, actor, case_id, today=today)
    if attachment_dir is None:
        # The content-addressed attachment store (<root>/ab/abcdef…) of services.attachments.
        from mediation_desk.services.attachments import default_root

        attachment_dir = default_root()
    papers = sections(data, attachment_dir)
    total_steps = len(papers) + 3
    step = 0

    def tick() -> None:
        nonlocal step
        if cancel is not None and cancel():
            raise UserError("document.cancelled")
        step += 1
        if progress is not None:
            progress(step, total_steps)

    font_set = render_pdf.FontSet.resolve(configured_fonts(data.base["settings"]))
    renderer = render_pdf.PdfRenderer(font_set)
    def body(sec: Section) -> list[Any]:
        # Flowables are consumed by a layout pass, so each pass makes its own.
        if sec.document is not None:
            return list(renderer.story(sec.document))
        if sec.image is not None:
            return _image_flowables(sec, renderer)
        return []

    for sec in papers:
        tick()
        body(sec)  # fails early, naming the field, if a character cannot be drawn
    has_body = [sec.document is not None or sec.image is not None for sec in papers]

    def layout(entries: list[IndexEntry], starts: dict[int, int]) -> tuple[bytes, dict[int, int], int]:
        index_rows = [{"n": str(e.n), "title": e.title, "pages": e.pages, "note": e.note} for e in entries]
        files = {"documents": str(len(entries)), "attachments": str(sum(1 for e in entries if e.note)),
                 "pages": str(_numbered_pages(starts, len(papers)))}
        data.base["index"] = index_rows  # so the index and back-cover forms alone show the same
        data.base["file"] = files
        story: list[Any] = []
        story += renderer.story(api.document(data, "case_file_cover"))
        story.append(PageBreak())
        story += renderer.story(api.document(data, "case_file_index", extra={"index": index_rows}))
        for i, sec in enumerate(papers):
            if has_body[i]:
                story += [PageBreak(), _Marker(i), *body(sec)]
        story += [PageBreak(), _Marker(len(papers)),
                  *renderer.story(api.document(data, "case_file_back", extra={"file": files}))]
        found: dict[int, int] = {}
        last_page = [0]

        def note(flowable: Any, page: int) -> None:
            key = getattr(flowable, "md_section", None)
            if key is not None:
                found[key] = page
            last_page[0] = max(last_page[0], page)

        first = min(starts.values()) if starts else 0
        back = starts.get(len(papers), 10**9)

        def footer(canvas: Any, page: int) -> str:
            return f"— {page - first + 1} —" if first and first <= page < back else ""

        pdf = render_pdf.build_pdf(story, font_set, title=f"{data.base['case']['number']} 卷宗",
                                   footer=footer, after_flowable=note)
        return pdf, found, last_page[0]

    def entries_for(starts: dict[int, int], placeholder: bool) -> list[IndexEntry]:
        out: list[IndexEntry] = []
        first = min(starts.values()) if starts else 0
        for i, sec in enumerate(papers):
            if i in starts and not placeholder:
                end = min([p for k, p in starts.items() if k > i] or [starts[i] + 1]) - 1
                out.append(IndexEntry(len(out) + 1, sec.title, starts[i] - first + 1, end - first + 1, sec.note))
            elif placeholder and has_body[i]:
                out.append(IndexEntry(len(out) + 1, sec.title, 888, 889, sec.note))
            else:
                out.append(IndexEntry(len(out) + 1, sec.title, None, None, sec.note))
        return out

    tick()
    _pdf, starts, _ = layout(entries_for({}, placeholder=True), {})
    tick()
    entries = entries_for(starts, placeholder=False)
    pdf, check, pages = layout(entries, starts)
    if check != starts:  # the real numbers moved something: lay out once more with them
        entries = entries_for(check, placeholder=False)
        pdf, starts, pages = layout(entries, check)
    tick()
    written = api.write_atomically(path, pdf) if path is not None else None
    return pdf, CaseFileResult(written, pages, entries)


def index_context(store: Store, actor: Actor, case_id: int) -> dict[str, Any]:
    """The filled-in index rows and back-cover figures, for rendering those two forms on their own."""
    _pdf, result = case_file_pdf(store, actor, case_id)
    rows = [{"n": str(e.n), "title": e.title, "pages": e.pages, "note": e.note} for e in result.entries]
    numbered = max((e.last_page or 0) for e in result.entries) if result.entries else 0
    return {"index": rows, "file": {"documents": str(len(rows)), "pages": str(numbered),
                                    "attachments": str(sum(1 for e in result.entries if e.note))}}


def _numbered_pages(starts: dict[int, int], back_key: int) -> int | str:
    if not starts or back_key not in starts:
        return ""
    return starts[back_key] - min(starts.values())
