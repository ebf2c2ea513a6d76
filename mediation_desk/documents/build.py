"""Fills a form definition from a case's context, giving the renderer-neutral :class:`Document`.

Templates hold ``{path.to.value}`` placeholders; ``{path|blank}`` leaves an underlined space to be
filled in by hand when the value is empty. A block with ``each = "parties"`` and ``as = "p"`` repeats
once per item, with ``{p.name}``, ``{p.n}`` (1, 2 …) and ``{p.cn}`` (一, 二 …) available; ``when`` /
``unless`` name a value that must be truthy / falsy for the block to appear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from mediation_desk.documents.context import FIELD_LABELS, cn_index
from mediation_desk.documents.definitions import FormDef
from mediation_desk.documents.model import Block, Cell, Document, Keep, PageBreak, Para, Run, Table
from mediation_desk.documents.style import CELL_PADDING, TEXT_HEIGHT, TEXT_STYLES, TEXT_WIDTH
from mediation_desk.errors import UserError

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_.]*)(?:\|([a-z]+)(?::(\d+))?)?\}")
BLANK = "\u3000"  # full-width space: one character cell of a hand-filled blank


class Scope:
    """Name lookup for placeholders: the context plus the loop variables of enclosing ``each``."""

    def __init__(self, ctx: dict[str, Any], code: str) -> None:
        self.ctx = ctx
        self.code = code
        self.aliases: dict[str, str] = {}  # loop variable -> collection path, for field labels

    def lookup(self, path: str) -> Any:
        head, *rest = path.split(".")
        if head not in self.ctx:
            raise UserError("document.bad_definition", code=self.code, detail=f"未知的占位符 {{{path}}}")
        value: Any = self.ctx[head]
        for key in rest:
            if isinstance(value, dict):
                value = value.get(key, "")
            else:
                raise UserError("document.bad_definition", code=self.code, detail=f"未知的占位符 {{{path}}}")
        return value

    def label(self, path: str) -> str:
        head, _, rest = path.partition(".")
        canonical = f"{self.aliases.get(head, head)}.{rest}" if rest else head
        return FIELD_LABELS.get(canonical, canonical)

    def each(self, block: dict[str, Any]) -> Iterator[Scope]:
        """Yields the scope once per item (or once, unchanged, if the block does not repeat)."""
        if "each" not in block:
            if self.test(block):
                yield self
            return
        items = self.lookup(block["each"]) or []
        alias = block.get("as", "item")
        for i, item in enumerate(items, 1):
            inner = Scope({**self.ctx, alias: {"n": str(i), "cn": cn_index(i), **item}}, self.code)
            inner.aliases = {**self.aliases, alias: self.aliases.get(block["each"], block["each"])}
            if inner.test(block):
                yield inner

    def test(self, block: dict[str, Any]) -> bool:
        if "when" in block and not self.lookup(block["when"]):
            return False
        return not ("unless" in block and self.lookup(block["unless"]))

    def runs(self, template: str, *, bold: bool = False) -> list[Run]:
        out: list[Run] = []
        pos = 0
        for m in _PLACEHOLDER.finditer(template):
            if m.start() > pos:
                out.append(Run(template[pos:m.start()], bold=bold))
            value = self.lookup(m.group(1))
            text = "" if value is None or value is False else str(value)
            if m.group(2) == "date" and not text.strip():
                out.append(Run(BLANK * 4 + "年" + BLANK * 2 + "月" + BLANK * 2 + "日", bold=bold))
            elif m.group(2) == "blank" and not text.strip():
                out.append(Run(BLANK * int(m.group(3) or 8), bold=bold, underline=True))
            elif text:
                out.append(Run(text, bold=bold, field=self.label(m.group(1))))
            pos = m.end()
        if pos < len(template):
            out.append(Run(template[pos:], bold=bold))
        return out


def _split_lines(runs: list[Run]) -> list[list[Run]]:
    """A value with line breaks (a record's body) becomes several paragraphs."""
    lines: list[list[Run]] = [[]]
    for r in runs:
        parts = r.text.split("\n")
        for i, part in enumerate(parts):
            if i:
                lines.append([])
            if part:
                lines[-1].append(Run(part, r.bold, r.underline, r.field))
    return [line for line in lines if line] or [[]]


def _paras(block: dict[str, Any], scope: Scope, default_style: str = "body") -> list[Para]:
    style = block.get("style", default_style)
    kind = block.get("kind", "para")
    if kind == "heading":
        style = "heading"
    align = block.get("align", "right" if kind == "number" else "left" if style == "heading" else "justify")
    indent = bool(block.get("indent", kind == "para" and style == "body"))
    runs = scope.runs(block.get("label", ""), bold=True) if block.get("label") else []
    runs += scope.runs(str(block.get("text", "")), bold=bool(block.get("bold", False)))
    paras = [Para(line, style=style, align=align, indent=indent) for line in _split_lines(runs)]
    if paras and (kind == "heading" or block.get("keep_next")):
        paras[-1].keep_with_next = True  # a heading or a lead-in line never ends a page
    if paras and block.get("space_before"):
        paras[0].space_before = float(block["space_before"])
    if not paras[0].runs and not block.get("keep_empty", False):
        return []
    return paras


def _fields(block: dict[str, Any], scope: Scope) -> Table:
    widths = [float(w) for w in block.get("widths", [2, 5])]
    ncols = len(widths)
    rows: list[list[Cell]] = []

    def add(cells: list[Any], sc: Scope, height: float) -> None:
        row: list[Cell] = []
        for i, c in enumerate(cells):
            is_label = i % 2 == 0 and not block.get("no_labels", False)
            text = str(c)
            paras = [Para(line, style="small", align="center" if is_label else "left")
                     for line in _split_lines(sc.runs(text, bold=is_label))]
            row.append(Cell(paras, shade=is_label))
        used = len(row)
        if used < ncols and row:
            row[-1].colspan = ncols - used + 1
        for n, part in enumerate(_continued(row, widths)):
            rows.append(part)
            if height and n == 0:
                heights[len(rows) - 1] = height

    heights: dict[int, float] = {}
    for spec in block.get("rows", []):
        if isinstance(spec, dict):
            for sc in scope.each(spec):
                add(list(spec["cells"]), sc, float(spec.get("height", 0)))
        else:
            add(list(spec), scope, 0)
    return Table(rows=rows, widths=widths, min_row_height=float(block.get("min_height", 1.6)),
                 row_heights=heights)


def _continued(row: list[Cell], widths: list[float]) -> list[list[Cell]]:
    """A row whose last value would not fit on a third of a page becomes several rows (the label on the
    first), so table rows never have to break across pages, in the PDF as in Word."""
    last = row[-1] if len(row) > 1 else None
    if last is None:
        return [row]
    start = sum(c.colspan for c in row[:-1])
    width = TEXT_WIDTH * sum(widths[start:start + last.colspan]) / sum(widths) - 2 * CELL_PADDING
    small = TEXT_STYLES["small"]
    per_chunk = int(width // small.size) * int(TEXT_HEIGHT * 0.35 // small.leading)
    if sum(len(p.text) for p in last.paras) <= per_chunk:
        return [row]
    chunks: list[list[Para]] = [[]]
    room = per_chunk
    for p in last.paras:
        for piece in _chunk_runs(p.runs, room, per_chunk):
            if room <= 0 or (chunks[-1] and len(piece[0].text) and room < sum(len(r.text) for r in piece)):
                chunks.append([])
                room = per_chunk
            chunks[-1].append(Para(piece, style=p.style, align=p.align))
            room -= sum(len(r.text) for r in piece)
    out = [row[:-1] + [Cell(chunks[0], colspan=last.colspan)]]
    for chunk in chunks[1:]:
        out.append([Cell([Para([], style="small")], colspan=c.colspan, shade=c.shade) for c in row[:-1]]
                   + [Cell(chunk, colspan=last.colspan)])
    return out


def _chunk_runs(runs: list[Run], first: int, size: int) -> list[list[Run]]:
    """Runs cut into pieces of at most ``first`` then ``size`` characters, at a 。 where possible."""
    text = "".join(r.text for r in runs)
    cuts: list[int] = []
    pos, limit = 0, max(first, 1)
    while len(text) - pos > limit:
        end = pos + limit
        stop = text.rfind("。", pos + limit // 2, end)
        end = stop + 1 if stop >= 0 else end
        cuts.append(end)
        pos, limit = end, size
    bounds = [0, *cuts, len(text)]
    pieces: list[list[Run]] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece: list[Run] = []
        offset = 0
        for r in runs:
            lo, hi = max(a, offset), min(b, offset + len(r.text))
            if lo < hi:
                piece.append(Run(r.text[lo - offset:hi - offset], r.bold, r.underline, r.field))
            offset += len(r.text)
        pieces.append(piece)
    return pieces


def _table(block: dict[str, Any], scope: Scope) -> Table:
    cols = block["columns"]
    widths = [float(c.get("width", 1)) for c in cols]
    rows = [[Cell([Para(scope.runs(c["head"], bold=True), style="small", align="center")], shade=True)
             for c in cols]]
    for sc in scope.each(block):
        rows.append([Cell([Para(line, style="small", align=c.get("align", "left"))
                           for line in _split_lines(sc.runs(c["text"]))]) for c in cols])
    for _ in range(max(0, int(block.get("min_rows", 0)) - (len(rows) - 1))):
        rows.append([Cell([Para([], style="small")]) for _ in cols])
    return Table(rows=rows, widths=widths, header_rows=1, min_row_height=float(block.get("min_height", 1.6)))


def _signatures(block: dict[str, Any], scope: Scope) -> list[Para]:
    out: list[Para] = []
    for line in block.get("lines", []):
        spec = line if isinstance(line, dict) else {"text": line}
        for sc in scope.each(spec):
            runs = sc.runs(str(spec.get("text", "")))
            out.append(Para(runs, style="body", align=spec.get("align", "left"),
                            indent=bool(spec.get("indent", False)),
                            space_before=float(spec.get("space_before", 0))))
    return out


def build(form: FormDef, ctx: dict[str, Any]) -> Document:
    scope = Scope({**ctx, "form": _form_values(form, ctx)}, form.code)
    doc = Document(code=form.code, title=form.title, page_numbers=form.page_numbers)
    space = float(form.options.get("title_space_before", 0))
    if form.header:
        doc.blocks.append(Para(scope.runs(form.header), style="subtitle", align="center", space_before=space))
        space = 0
    doc.blocks.append(Para([Run(form.title, bold=True)], style=form.options.get("title_style", "title"),
                           align="center", space_before=space, keep_with_next=True))
    for block in form.blocks:
        kind = block.get("kind", "para")
        for sc in scope.each(block) if kind in ("para", "heading", "number", "spacer") else \
                ([scope] if scope.test(block) else []):
            _emit(doc.blocks, kind, block, sc)
    return doc


def _emit(blocks: list[Block], kind: str, block: dict[str, Any], sc: Scope) -> None:
    if kind in ("para", "heading", "number"):
        blocks.extend(_paras(block, sc))
    elif kind == "spacer":
        blocks.extend(Para([], style="body") for _ in range(int(block.get("lines", 1))))
    elif kind == "page_break":
        blocks.append(PageBreak())
    elif kind == "fields":
        blocks.append(_fields(block, sc))
    elif kind == "table":
        blocks.append(_table(block, sc))
    elif kind == "signatures":
        lines: list[Para | Table] = list(_signatures(block, sc))
        # The signatures take the paragraph before them along, so they never open a page alone.
        # A long table is split so that only its last two rows go along.
        if block.get("keep_previous", True) and blocks and isinstance(blocks[-1], Para | Table):
            prev = blocks.pop()
            assert isinstance(prev, Para | Table)
            if isinstance(prev, Table) and len(prev.rows) > 3:
                head, tail = _split_table(prev, len(prev.rows) - 2)
                blocks.append(head)
                prev = tail
            lines.insert(0, prev)
            # Lead-ins of that paragraph (a heading, 此致) come along too.
            while blocks and isinstance(blocks[-1], Para) and blocks[-1].keep_with_next:
                lead = blocks.pop()
                assert isinstance(lead, Para)
                lines.insert(0, lead)
        blocks.append(Keep(lines))


def _split_table(t: Table, at: int) -> tuple[Table, Table]:
    head = Table(t.rows[:at], t.widths, t.header_rows, t.min_row_height,
                 {i: h for i, h in t.row_heights.items() if i < at})
    tail = Table(t.rows[at:], t.widths, 0, t.min_row_height,
                 {i - at: h for i, h in t.row_heights.items() if i >= at})
    return head, tail


def _form_values(form: FormDef, ctx: dict[str, Any]) -> dict[str, str]:
    agreement = ctx.get("agreement") or {}
    parties = ctx.get("parties") or []
    copies = form.copies or int(agreement.get("copies") or 0) or len(parties) + 1
    return {"copies": str(copies), "copies_cn": cn_index(copies) if copies < 100 else str(copies),
            "title": form.title}
