"""Helpers for the journey tests: find a case tab, click the buttons of message boxes and dialogs."""

from __future__ import annotations

import subprocess
from pathlib import Path

from ui.qt import QApplication, QCheckBox, QDialogButtonBox, QMessageBox, QPoint, Qt, QWidget


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    assert widget.isEnabled(), f"{widget} is disabled"
    if isinstance(widget, QCheckBox):  # its hit area is the box and the text, at the left
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_tab(qtbot, page, cls):  # type: ignore[no-untyped-def]
    """Click the tab of ``cls`` in the case page's tab bar; returns the tab widget."""
    for i, tab in enumerate(page.tab_widgets):
        if isinstance(tab, cls):
            bar = page.tabs.tabBar()
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
            assert page.tabs.currentWidget() is tab
            return tab
    raise AssertionError(f"no tab {cls}")


def click_box_button(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click the button labelled ``text`` of the visible message box."""
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            for b in w.buttons():
                if b.text() == text:
                    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
                    return
    raise AssertionError(f"no visible message box with a button {text}")


def visible_box_texts() -> list[str]:
    return [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def press_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, ok)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True)
    return out.stdout


def page_count(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def same_pages(printed: Path, source: Path, work: Path) -> bool:
    """The printed PDF (page images, no text) shows the source PDF: same page count, and each page,
    rasterised at 40 dpi in grey, differs from the source's by less than 3 % on average."""
    from PIL import Image, ImageChops, ImageStat

    n = page_count(source)
    if page_count(printed) != n:
        return False
    for name, pdf in (("p", printed), ("s", source)):
        subprocess.run(["pdftoppm", "-r", "40", "-gray", "-png", str(pdf), str(work / name)], check=True)
    for i in range(1, n + 1):
        suffix = f"-{i:0{len(str(n))}d}.png"
        a = Image.open(work / f"p{suffix}").convert("L")
        b = Image.open(work / f"s{suffix}").convert("L").resize(a.size)
        diff = ImageStat.Stat(ImageChops.difference(a, b)).mean[0]
        if diff > 255 * 0.03:
            return False
    return True


def dialog_errors(dialog) -> str:  # type: ignore[no-untyped-def]
    """Every error sentence a FormDialog shows (for assertion messages)."""
    return " | ".join(e.text() for e in [*dialog.errors.values(), dialog.general_error] if not e.isHidden())
