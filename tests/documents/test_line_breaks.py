"""Chinese line-breaking rules in the PDF renderer: closing punctuation never starts a line, not even
a full stop that would be left alone on the last line; an opening bracket never ends one."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from mediation_desk.documents import fonts, render_pdf

TEXT = "本协议涉及金额合计：12,000.00元（人民币壹万贰仟元整）"


def _split(text: str, width: float) -> list[str]:
    render_pdf._tune_reportlab()
    font = fonts.load(fonts.chain()[0]).fontName
    return [line for _extra, line in render_pdf._word_split_with_openers(text, width, font, 12)]


def _width(text: str) -> float:
    return float(stringWidth(text, fonts.load(fonts.chain()[0]).fontName, 12))


def test_a_full_stop_that_does_not_fit_hangs_on_the_line_before():
    # Room for all but the closing bracket and the full stop: the bracket hangs, and so must the stop.
    lines = _split(TEXT + "。", _width(TEXT[:-1]) + 0.5)
    assert lines == [TEXT + "。"]


def test_a_full_stop_inside_a_wrapped_paragraph_never_starts_a_line():
    text = (TEXT + "。") * 3
    for cut in range(4, len(TEXT) * 2):
        lines = _split(text, _width(text[:cut]) + 0.5)
        assert "".join(lines) == text
        assert not any(line.startswith(("。", "，", "）")) for line in lines[1:]), (cut, lines)
        assert not any(line.endswith("（") for line in lines[:-1]), (cut, lines)
