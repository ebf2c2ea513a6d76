"""Every form, as PDF and as DOCX, read back by the tools users and courts use."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document as open_docx

from mediation_desk.documents import api
from tests.documents.conftest import Rendered
from tests.documents.readback import docx_text, pdf_fonts, pdf_pages, pdf_text, squash

CODES = list(api.form_codes())
LINE_END_PUNCT = str.maketrans("", "", "，。、；：！？")


def strip_punct(text: str) -> str:
    return text.translate(LINE_END_PUNCT)


@pytest.mark.parametrize("code", CODES)
def test_pdf_and_docx_carry_the_same_text_in_the_same_order(rendered: dict[str, Rendered], code: str) -> None:
    r = rendered[code]
    from_pdf = squash(pdf_text(r.pdf))
    from_docx = squash(docx_text(r.docx))
    expected = squash(r.document.plain_text())
    assert r.document.title in from_pdf
    assert from_docx == expected, f"{code}: DOCX text differs from the document model"
    assert from_pdf == expected, f"{code}: PDF text differs from the document model"


@pytest.mark.parametrize("code", CODES)
def test_every_pdf_font_is_an_embedded_subset(rendered: dict[str, Rendered], code: str) -> None:
    fonts = pdf_fonts(rendered[code].pdf)
    assert fonts, "no fonts in the PDF"
    for f in fonts:
        assert f["emb"] == "yes" and f["sub"] == "yes", f"{code}: font {f['name']} is not an embedded subset"
        assert f["uni"] == "yes", f"{code}: font {f['name']} has no ToUnicode map (text not extractable)"


def test_docx_sets_east_asian_fonts_and_keeps_rows_whole(rendered: dict[str, Rendered]) -> None:
    with zipfile.ZipFile(io.BytesIO(rendered["intake_register"].docx)) as z:
        styles = z.read("word/styles.xml").decode()
        body = z.read("word/document.xml").decode()
    assert 'w:eastAsia="仿宋"' in styles and 'w:eastAsia="宋体"' in styles
    assert body.count("<w:tr>") == body.count("<w:cantSplit/>") > 5
    d = open_docx(io.BytesIO(rendered["intake_register"].docx))
    assert len(d.tables) >= 1 and d.tables[0].cell(1, 0).text == "纠纷类型"  # a real, editable table
    section = d.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert round(section.left_margin.mm) == 28 and round(section.top_margin.mm) == 37


def test_agreement_content_and_order(rendered: dict[str, Rendered]) -> None:
    text = squash(pdf_text(rendered["agreement"].pdf))
    order = ["人民调解协议书", "编号：（2026）安调协字第001号（第2版）", "甲方：张三", "性别：男", "民族：汉族",
             "公民身份号码：62040219800101", "乙方：李四",
             "丙方：安宁镇宏达建材有限公司", "法定代表人（负责人）：赵宏达",
             "统一社会信用代码：", "甲方委托代理人：王律师", "纠纷主要事实、争议事项", "争议事项：彩钢棚是否拆除",
             "经调解，双方当事人自愿达成如下协议", "1.李四于2026年6月30日前将彩钢棚排水改向自家院内",
             "（金额：12,000.50元，大写：人民币壹万贰仟元伍角）",
             "本协议涉及金额合计：12,000.50元（人民币壹万贰仟元伍角）",
             "履行方式：银行转账", "本协议一式四份", "当事人（签名盖章或按指印）", "甲方（张三）", "人民调解员（签名）",
             "记录人（签名）", "安宁镇人民调解委员会（印章）", "2026年5月20日"]
    pos = -1
    for piece in order:
        found = text.find(piece, pos + 1)
        assert found > pos, f"“{piece}” missing or out of order"
        pos = found


def test_signature_block_is_never_alone_on_a_page(rendered: dict[str, Rendered]) -> None:
    pdf = rendered["agreement"].pdf
    last = squash(pdf_text(pdf, first=pdf_pages(pdf), last=pdf_pages(pdf)))
    start = last.find("当事人（签名盖章或按指印）")
    assert start > 0, "the signature block opens the page without the text before it"
    assert "人民调解员（签名）" in last and "记录人（签名）" in last


def test_older_agreement_version_is_kept_and_renders(doc_env, rendered: dict[str, Rendered]) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from mediation_desk.db.models import Agreement

    with doc_env.store.read() as s:
        old_id = s.scalar(select(Agreement.id).where(Agreement.case_id == doc_env.rich.case_id,
                                                     Agreement.version_no == 1))
    old = squash(pdf_text(api.render(doc_env.store, doc_env.actor, "agreement", doc_env.rich.case_id, "pdf",
                                      agreement_id=old_id)))
    assert "编号：（2026）安调协字第001号当事人" not in old
    assert "旧版本事实" in old and "（第2版）" not in old and "本协议一式四份" in old
    assert "旧版本事实" not in squash(pdf_text(rendered["agreement"].pdf))


def test_forms_carry_their_content(rendered: dict[str, Rendered]) -> None:
    def text(code: str) -> str:
        return squash(pdf_text(rendered[code].pdf))

    assert "申请人：钱九" in text("application_form") and "1.请求拆除彩钢棚。" in text("application_form")
    assert "该纠纷已由人民法院立案受理。" in text("decline_notice")
    assert "警情号" in text("intake_register") and "J2026050600123" in text("intake_register")
    assert "选择或者接受人民调解员" in text("rights_notice")
    assert "人民币捌佰元整" in text("oral_agreement_register")
    assert "已履行" in text("follow_up_record") and "满意" in text("follow_up_record")
    jc = text("judicial_confirmation_application")
    assert "安宁区人民法院" in jc and "授权委托书" in jc and "身份证明" in jc
    assert "安宁派出所：" in text("feedback_letter") and "调解成功（书面协议）" in text("feedback_letter")
    cover = text("case_file_cover")
    for label in ("卷名", "卷号", "人民调解员", "调解日期", "立卷人", "立卷日期", "保管期限"):
        assert label in cover
    assert "刘档案" in cover and "长期" in cover
    assert "司法确认申请书" in text("case_file_index")


def test_libreoffice_converts_every_docx_with_the_same_text_and_pages(
        rendered: dict[str, Rendered], libreoffice_pdfs: Path) -> None:
    page_notes = []
    for code, r in rendered.items():
        lo_pdf = libreoffice_pdfs / f"{code}.pdf"
        assert lo_pdf.is_file(), f"LibreOffice did not convert {code}.docx"
        theirs_text, ours_text = squash(pdf_text(lo_pdf)), squash(r.document.plain_text())
        # LibreOffice does not draw full-width punctuation (，。；) that falls exactly at the end of a full
        # justified line — it is not in its PDF either; apart from such marks, the text is equal.
        assert strip_punct(theirs_text) == strip_punct(ours_text), f"{code}: LibreOffice text differs"
        lost = len(ours_text) - len(theirs_text)
        assert 0 <= lost <= 4, f"{code}: LibreOffice lost {lost} punctuation marks"
        ours, theirs = pdf_pages(r.pdf), pdf_pages(lo_pdf)
        if ours != theirs:
            fonts = ", ".join(sorted({f["name"].split("+")[-1] for f in pdf_fonts(lo_pdf)}))
            page_notes.append(f"{code}: ReportLab {ours} pages, LibreOffice {theirs} pages "
                              f"({theirs - ours:+d}); LibreOffice used fonts: {fonts}")
    assert not page_notes, "page counts differ:\n" + "\n".join(page_notes)


def test_available_forms_follow_the_case(doc_env) -> None:  # type: ignore[no-untyped-def]
    rich = {f.code: f for f in api.available(doc_env.store, doc_env.actor, doc_env.rich.case_id)}
    assert "decline_notice" not in rich and "feedback_letter" in rich
    assert len(rich["agreement"].items) == 2  # both versions, the older marked as replaced
    assert any("已被替代" in label for _, label in rich["agreement"].items)
    declined = {f.code for f in api.available(doc_env.store, doc_env.actor, doc_env.declined_id)}
    assert "decline_notice" in declined and "agreement" not in declined
