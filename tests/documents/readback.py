"""Reading documents back the way a user's tools do: pdftotext, pdffonts, python-docx, LibreOffice."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

from docx import Document as open_docx

PAGE_NUMBER = re.compile(r"^\s*—\s*\d+\s*—\s*$", re.M)
SPACE = re.compile(r"[\s\u00a0\u3000]+")

# LibreOffice finds fonts through fontconfig: map the Windows names our DOCX files ask for to the
# free font the PDFs embed, as a Chinese office PC maps them to its own 仿宋/宋体.
FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋</family><prefer><family>AR PL UMing CN</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>AR PL UMing CN</family></prefer></alias>
</fontconfig>
"""


def squash(text: str) -> str:
    """Text without page numbers and white space: what must be equal between renderings."""
    return SPACE.sub("", PAGE_NUMBER.sub("", text))


def pdf_text(data: bytes | Path, *, raw: bool = True, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else [])
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    if isinstance(data, Path):
        out = subprocess.run([*args, str(data), "-"], capture_output=True, check=True)
    else:
        out = subprocess.run([*args, "-", "-"], input=data, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def pdf_pages(data: bytes | Path) -> int:
    if isinstance(data, Path):
        out = subprocess.run(["pdfinfo", str(data)], capture_output=True, check=True).stdout.decode()
    else:
        out = subprocess.run(["pdfinfo", "-"], input=data, capture_output=True, check=True).stdout.decode()
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))  # type: ignore[union-attr]


def pdf_fonts(data: bytes | Path) -> list[dict[str, str]]:
    """pdffonts' table as dicts: name, type, emb, sub, uni."""
    if isinstance(data, Path):
        out = subprocess.run(["pdffonts", str(data)], capture_output=True, check=True).stdout.decode()
    else:
        out = subprocess.run(["pdffonts", "-"], input=data, capture_output=True, check=True).stdout.decode()
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type2] encoding emb sub uni id gen
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def docx_text(data: bytes) -> str:
    """Paragraphs and table cells of the body, in document order."""
    d = open_docx(io.BytesIO(data))
    lines: list[str] = []
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for child in d.element.body.iterchildren():
        if child.tag == ns + "p":
            lines.append("".join(t.text or "" for t in child.iter(ns + "t")))
        elif child.tag == ns + "tbl":
            for tc in child.iter(ns + "tc"):
                for p in tc.iter(ns + "p"):
                    lines.append("".join(t.text or "" for t in p.iter(ns + "t")))
    return "\n".join(lines)


def libreoffice_convert(docx_files: list[Path], outdir: Path, workdir: Path) -> Path:
    """Convert many DOCX files in one LibreOffice start (each start costs seconds)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is not installed (scripts/setup.sh test installs libreoffice-writer-nogui)"
    conf = workdir / "fonts.conf"
    conf.write_text(FONTCONFIG, encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(workdir)}
    subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{workdir}/lo-profile",
                    "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docx_files)],
                   check=True, capture_output=True, timeout=600, env=env)
    return outdir
