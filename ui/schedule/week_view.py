"""The week grid: days as columns (split per room in the room view), hours 8–18 as rows.

Sessions are coloured blocks with the case number and the parties; a block in conflict has a red
outline and the core's Chinese conflict sentences in its tooltip; rest days are shaded. A block can
be double-clicked (open its case) or dragged to another time or room (the page asks the core).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from mediation_desk.services.scheduling import STATUS_LABELS, SessionInfo
from ui.formatting import LOCAL_TZ
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QApplication,
    QColor,
    QCoreApplication,
    QEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPoint,
    QPointF,
    QRectF,
    QResizeEvent,
    QSize,
    Qt,
    QToolTip,
    QWidget,
    Signal,
)
from ui.schedule.data import WeekData

FIRST_HOUR, LAST_HOUR = 8, 18
GUTTER = 52
MIN_COLUMN = 52  # narrower and a block cannot show its serial number; the page scrolls instead
MIN_HOUR = 44
SNAP_MINUTES = 30
WEEKDAY_NAMES = [QT_TRANSLATE_NOOP("WeekView", "周一"), QT_TRANSLATE_NOOP("WeekView", "周二"),
                 QT_TRANSLATE_NOOP("WeekView", "周三"), QT_TRANSLATE_NOOP("WeekView", "周四"),
                 QT_TRANSLATE_NOOP("WeekView", "周五"), QT_TRANSLATE_NOOP("WeekView", "周六"),
                 QT_TRANSLATE_NOOP("WeekView", "周日")]
STATUS_COLOURS = {"planned": "#d6e6fb", "held": "#d7f0dc", "postponed": "#e6e6e6", "cancelled": "#f2f2f2"}


@dataclass(frozen=True)
class Block:
    session: SessionInfo
    rect: QRectF


class WeekView(QWidget):
    session_activated = Signal(int)  # case id
    session_moved = Signal(int, object, object)  # session id, new local start (datetime), room id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: WeekData | None = None
        self.blocks: list[Block] = []
        self._press: tuple[Block, QPoint] | None = None
        self._ghost: QRectF | None = None
        self.setMouseTracking(True)  # moves arrive even where the platform sends no button state
        self.setMinimumSize(QSize(GUTTER + 7 * MIN_COLUMN, 480))

    # --- data and geometry -----------------------------------------------------------------------
    def show_week(self, data: WeekData) -> None:
        self.data = data
        self.setMinimumSize(QSize(GUTTER + 7 * len(self.subcolumns()) * MIN_COLUMN,
                                 self.header_height() + (LAST_HOUR - FIRST_HOUR) * MIN_HOUR))
        self._layout_blocks()
        self.update()

    def subcolumns(self) -> list[tuple[int | None, str]]:
        if self.data is None or self.data.mode.kind != "room":
            return [(None, "")]
        cols: list[tuple[int | None, str]] = [(rid, name) for rid, name in self.data.rooms]
        if not cols:
            return [(None, "")]  # no rooms registered: one column a day, no sub-headings
        if any(s.room_id is None for s in self.data.sessions):
            cols.append((None, QCoreApplication.translate("WeekView", "其他地点")))
        return cols

    def header_height(self) -> int:
        return 58 if len(self.subcolumns()) > 1 or self.subcolumns()[0][1] else 40

    def _day_width(self) -> float:
        return max(self.width() - GUTTER, 1) / 7

    def _hour_height(self) -> float:
        return max(self.height() - self.header_height(), 1) / (LAST_HOUR - FIRST_HOUR)

    def _column_x(self, day: int, sub: int) -> tuple[float, float]:
        n = len(self.subcolumns())
        w = self._day_width() / n
        return GUTTER + day * self._day_width() + sub * w, w

    def _y(self, t: datetime) -> float:
        hours = t.hour + t.minute / 60 - FIRST_HOUR
        hours = min(max(hours, 0), LAST_HOUR - FIRST_HOUR)
        return self.header_height() + hours * self._hour_height()

    def _layout_blocks(self) -> None:
        self.blocks = []
        if self.data is None:
            return
        subs = [rid for rid, _ in self.subcolumns()]
        placed: dict[tuple[int, int], list[tuple[SessionInfo, int]]] = {}
        for s in self.data.sessions:
            day = (s.starts_at.astimezone(LOCAL_TZ).date() - self.data.monday).days
            if not 0 <= day < 7:
                continue
            sub = subs.index(s.room_id) if s.room_id in subs else len(subs) - 1
            column = placed.setdefault((day, sub), [])
            # Overlapping sessions in one column (a double booking) sit side by side in lanes.
            busy = {lane for other, lane in column if other.starts_at < s.ends_at and other.ends_at > s.starts_at}
            column.append((s, next(i for i in range(len(column) + 1) if i not in busy)))
        for (day, sub), column in placed.items():
            x, w = self._column_x(day, sub)
            lanes = max(lane for _s, lane in column) + 1
            lw = w / lanes
            for s, lane in column:
                top = self._y(s.starts_at.astimezone(LOCAL_TZ))
                bottom = self._y(s.ends_at.astimezone(LOCAL_TZ))
                self.blocks.append(Block(s, QRectF(x + lane * lw + 2, top + 1, lw - 4, max(bottom - top - 2, 18))))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._layout_blocks()
        super().resizeEvent(event)

    def block_at(self, pos: QPointF) -> Block | None:
        for b in reversed(self.blocks):
            if b.rect.contains(pos):
                return b
        return None

    def block_for(self, session_id: int) -> Block | None:
        return next((b for b in self.blocks if b.session.id == session_id), None)

    def slot_at(self, pos: QPointF) -> tuple[datetime, int | None] | None:
        """The local time (snapped to half hours) and room under ``pos``."""
        if self.data is None or pos.x() < GUTTER or pos.y() < self.header_height():
            return None
        day = min(int((pos.x() - GUTTER) / self._day_width()), 6)
        subs = self.subcolumns()
        sub = min(int((pos.x() - GUTTER - day * self._day_width()) / (self._day_width() / len(subs))), len(subs) - 1)
        hours = (pos.y() - self.header_height()) / self._hour_height()
        minutes = int(round(hours * 60 / SNAP_MINUTES)) * SNAP_MINUTES
        start = datetime.combine(self.data.monday + timedelta(days=day), time(FIRST_HOUR), tzinfo=LOCAL_TZ)
        return start + timedelta(minutes=minutes), subs[sub][0]

    # --- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if self.data is None:
            loading = QCoreApplication.translate("WeekView", "正在读取日程…")
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, loading)
            return
        head = self.header_height()
        grid = QPen(QColor("#dde1e6"))
        subs = self.subcolumns()
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7))
        for i, info in enumerate(self.data.days):
            x, _ = self._column_x(i, 0)
            dw = self._day_width()
            if not info.workday:
                p.fillRect(QRectF(x, head, dw, self.height() - head), QColor("#f3efe6"))
            p.setPen(QColor("#1f2933") if info.workday else QColor("#9a6b1f"))
            title = QCoreApplication.translate("WeekView", "{m}月{d}日 {w}").format(
                m=info.day.month, d=info.day.day, w=QCoreApplication.translate("WeekView", WEEKDAY_NAMES[i]))
            if info.label:
                title += f"（{info.label}）"
            p.drawText(QRectF(x, 2, dw, 22), Qt.AlignmentFlag.AlignCenter, title)
            if len(subs) > 1 or subs[0][1]:
                p.setFont(small)
                p.setPen(QColor("#52606d"))
                metrics = p.fontMetrics()
                for j, (_rid, name) in enumerate(subs):
                    sx, sw = self._column_x(i, j)
                    shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(sw) - 4)
                    p.drawText(QRectF(sx, 28, sw, 24), Qt.AlignmentFlag.AlignCenter, shown)
                    if j:
                        p.setPen(QPen(QColor("#eef0f3")))
                        p.drawLine(QPointF(sx, head), QPointF(sx, self.height()))
                        p.setPen(QColor("#52606d"))
                p.setFont(self.font())
            p.setPen(grid)
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        for h in range(FIRST_HOUR, LAST_HOUR + 1):
            y = head + (h - FIRST_HOUR) * self._hour_height()
            p.setPen(grid)
            p.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            p.setPen(QColor("#52606d"))
            p.drawText(QRectF(0, y - 2, GUTTER - 6, 18), Qt.AlignmentFlag.AlignRight, f"{h}:00")
        for b in self.blocks:
            self._paint_block(p, b, small)
        if self._ghost is not None:
            p.setPen(QPen(QColor("#2f6fb5"), 2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(self._ghost, 4, 4)

    def _paint_block(self, p: QPainter, b: Block, small: QFont) -> None:
        s = b.session
        conflict = self.data is not None and s.id in self.data.conflicts
        p.setBrush(QColor(STATUS_COLOURS.get(s.status, "#d6e6fb")))
        p.setPen(QPen(QColor("#c62828"), 3) if conflict else QPen(QColor("#7b9cc4"), 1))
        p.drawRoundedRect(b.rect, 4, 4)
        p.setPen(QColor("#1f2933"))
        p.setFont(small)
        number = s.case_number
        room = b.rect.width() - 8
        if p.fontMetrics().horizontalAdvance(number) > room and "第" in number:
            number = number[number.rindex("第"):]  # narrow: the serial is what people recognise
            if p.fontMetrics().horizontalAdvance(number) > room:
                number = number.strip("第号")
        text = f"{number}\n{parties_text(s)}"
        if self.data is not None and self.data.mode.kind != "room" and s.where:
            text += f"\n{s.where}"
        if s.status != "planned":
            text = f"[{STATUS_LABELS.get(s.status, s.status)}] " + text
        p.drawText(b.rect.adjusted(4, 2, -3, -2), Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, text)
        p.setFont(self.font())

    # --- interaction --------------------------------------------------------------------------------
    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            pos = self.mapFromGlobal(self.cursor().pos())
            block = self.block_at(QPointF(pos))
            header = self._header_name(QPointF(pos))
            if header:
                QToolTip.showText(self.cursor().pos(), header, self)
            elif block is not None:
                QToolTip.showText(self.cursor().pos(), self.tooltip_for(block.session), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def _header_name(self, pos: QPointF) -> str:
        if self.data is None or pos.y() >= self.header_height() or pos.x() < GUTTER:
            return ""
        day = min(int((pos.x() - GUTTER) / self._day_width()), 6)
        subs = self.subcolumns()
        sub = min(int((pos.x() - GUTTER - day * self._day_width()) / (self._day_width() / len(subs))), len(subs) - 1)
        return subs[sub][1]

    def tooltip_for(self, s: SessionInfo) -> str:
        a, b = s.starts_at.astimezone(LOCAL_TZ), s.ends_at.astimezone(LOCAL_TZ)
        lines = [f"{s.case_number}  {a:%H:%M}–{b:%H:%M}  {s.where}", parties_text(s),
                 QCoreApplication.translate("WeekView", "状态：") + STATUS_LABELS.get(s.status, s.status)]
        for c in (self.data.conflicts.get(s.id, []) if self.data else []):
            lines.append(QCoreApplication.translate("WeekView", "冲突：") + c.message)
        return "\n".join(line for line in lines if line)

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802 - Qt override
        block = self.block_at(e.position())
        self._press = (block, e.position().toPoint()) if block and e.button() == Qt.MouseButton.LeftButton \
            else None

    def mouseMoveEvent(self, e: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is None:
            return
        block, origin = self._press
        if (e.position().toPoint() - origin).manhattanLength() < QApplication.startDragDistance():
            return
        # The block moves with the hand that holds it: same offset from the cursor as when grabbed.
        delta = e.position() - QPointF(origin)
        self._ghost = block.rect.translated(delta.x(), delta.y())
        self.update()

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802 - Qt override
        press, ghost = self._press, self._ghost
        self._press, self._ghost = None, None
        self.update()
        if press is None or ghost is None:
            return
        slot = self.slot_at(QPointF(ghost.center().x(), ghost.top() - 1))  # the block's top (rect is inset 1px)
        if slot is not None:
            self.request_move(press[0].session, *slot)

    def request_move(self, s: SessionInfo, start: datetime, room_id: int | None) -> None:
        """Ask the page to move ``s`` to ``start`` (and ``room_id`` in the room view)."""
        if self.data is not None and self.data.mode.kind != "room":
            room_id = s.room_id
        if start != s.starts_at.astimezone(LOCAL_TZ) or room_id != s.room_id:
            self.session_moved.emit(s.id, start, room_id)

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:  # noqa: N802 - Qt override
        block = self.block_at(e.position())
        if block is not None:
            self.session_activated.emit(block.session.case_id)


def parties_text(s: SessionInfo) -> str:
    return "、".join(p.name for p in s.participants if p.kind == "party")
