"""The whole case file: standard order, and an index whose page numbers are the real pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mediation_desk.documents.case_file import case_file_pdf
from mediation_desk.errors import UserError
from mediation_desk.store import Actor, Store
from tests.doc_fixtures import rich_case
from tests.documents.readback import pdf_fonts, pdf_pages, pdf_text, squash

ORDER = ["人民调解受理登记表", "人民调解当事人权利义务告知书", "张三身份证复印件", "授权委托书", "人民调解调查记录",
         "院墙受损照片", "人民调解记录", "人民调解协议书", "修复费用转账凭证", "人民调解回访记录", "司法确认申请书"]


def test_case_file_order_and_index_pages_match_the_pages(store: Store, actor: Actor, tmp_path: Path) -> None:
    rc = rich_case(store, actor)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "卷宗.pdf"
    pdf, result = case_file_pdf(store, actor, rc.case_id, out, progress=lambda d, n: seen.append((d, n)))
    assert out.read_bytes() == pdf and result.pages == pdf_pages(out)
    assert seen and seen[-1][0] == seen[-1][1]
    assert [e.title.split("（")[0].split(" ")[0] for e in result.entries] == ORDER
    assert all(f["emb"] == "yes" for f in pdf_fonts(pdf))
    first = squash(pdf_text(out, first=1, last=1))
    assert first.startswith("安宁镇人民调解委员会人民调解卷宗") and rc.case_number in first
    index = squash(pdf_text(out, first=2, last=2))
    assert index.startswith("卷内目录")
    offset = 2  # the cover and the one-page index are not numbered
    for e in result.entries:
        if e.first_page is None:
            assert e.note.startswith("原件另附"), e
            continue
        assert f"{e.n}{e.title}{e.pages}".replace(" ", "") in index, e
        page = squash(pdf_text(out, first=e.first_page + offset, last=e.first_page + offset))
        title = e.title.split("（")[0].split(" ")[0]
        assert title in page[:40], f"index says {title} starts on page {e.first_page}"
        footer = pdf_text(out, first=e.first_page + offset, last=e.first_page + offset)
        assert re.search(rf"—\s*{e.first_page}\s*—", footer), "page number differs from the index"
    last = squash(pdf_text(out, first=result.pages, last=result.pages))
    assert last.startswith("卷内备考表")
    numbered = max(e.last_page or 0 for e in result.entries)
    assert f"共{numbered}页" in last and "另附材料4件" in last


def test_case_file_can_be_cancelled_without_writing(store: Store, actor: Actor, tmp_path: Path) -> None:
    rc = rich_case(store, actor)
    out = tmp_path / "x.pdf"
    with pytest.raises(UserError) as err:
        case_file_pdf(store, actor, rc.case_id, out, cancel=lambda: True)
    assert "已取消" in err.value.message() and not out.exists()


def test_image_attachments_are_bound_in(store: Store, actor: Actor, tmp_path: Path) -> None:
    import hashlib
    import io
    import subprocess

    from PIL import Image, ImageDraw

    from mediation_desk.db.models import Attachment

    rc = rich_case(store, actor)
    img = Image.new("RGB", (600, 400), "white")
    ImageDraw.Draw(img).rectangle((50, 50, 550, 350), outline="black", width=8)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    sha = hashlib.sha256(buf.getvalue()).hexdigest()
    (tmp_path / "files" / sha[:2]).mkdir(parents=True)
    (tmp_path / "files" / sha[:2] / sha).write_bytes(buf.getvalue())
    with store.write(actor) as uow:
        uow.session.add(Attachment(case_id=rc.case_id, kind="evidence", title="现场照片", filename="p.png",
                                   media_type="image/png", sha256=sha, size=len(buf.getvalue()), pages=1))
    out = tmp_path / "cf.pdf"
    _pdf, result = case_file_pdf(store, actor, rc.case_id, out, attachment_dir=tmp_path / "files")
    photo = next(e for e in result.entries if e.title == "现场照片")
    assert photo.first_page is not None and photo.note == ""
    names = [e.title for e in result.entries]
    assert names.index("院墙受损照片") < names.index("现场照片") < names.index(next(n for n in names
                                                                                  if n.startswith("人民调解记录")))
    page = photo.first_page + 2
    assert "现场照片" in pdf_text(out, first=page, last=page)
    listing = subprocess.run(["pdfimages", "-f", str(page), "-l", str(page), "-list", str(out)],
                             capture_output=True, check=True).stdout.decode()
    assert len(listing.strip().splitlines()) >= 3  # header, rule, the image
