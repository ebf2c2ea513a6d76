"""设置 → 调解室: the rooms sessions are booked into (the schedule's week view has a column each)."""

from __future__ import annotations

from mediation_desk.services import committees
from ui.changes import Changes
from ui.context import AppContext
from ui.dialogs import errors_inline
from ui.qt import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from ui.widgets import ErrorLabel


class RoomsBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("调解室"))
        self.setObjectName("roomsBox")
        v = QVBoxLayout(self)
        self.room_list = QLabel()
        self.room_list.setObjectName("roomList")
        self.room_list.setWordWrap(True)
        v.addWidget(self.room_list)
        row = QHBoxLayout()
        self.new_room = QLineEdit()
        self.new_room.setObjectName("newRoom")
        self.new_room.setPlaceholderText(self.tr("调解室名称，如 第一调解室"))
        self.add_button = QPushButton(self.tr("添加"))
        self.add_button.setObjectName("addRoom")
        self.add_button.clicked.connect(self.add_room)
        self.new_room.returnPressed.connect(self.add_room)
        row.addWidget(self.new_room, 1)
        row.addWidget(self.add_button)
        v.addLayout(row)
        self.error = ErrorLabel()
        v.addWidget(self.error)
        self.reload()

    def reload(self) -> None:
        store, committee = self.ctx.store, self.ctx.committee_id
        self.ctx.tasks.op(lambda: committees.rooms(store, committee), parent=self).success(self.show_rooms).run()

    def show_rooms(self, rooms: list[tuple[int, str]]) -> None:
        self.room_list.setText("、".join(name for _id, name in rooms) if rooms else
                               self.tr("还没有登记调解室。登记后，安排调解时可以选择调解室，并检查是否重复占用。"))

    def add_room(self) -> None:
        name = self.new_room.text()
        store, actor = self.ctx.store, self.ctx.actor
        self.error.clear_message()

        def added(_room_id: int) -> None:
            self.new_room.clear()
            self.reload()

        self.ctx.tasks.op(lambda: committees.add_room(store, actor, name), parent=self,
                          label=self.tr("正在添加调解室…"), write=True) \
            .announces(Changes(schedule=True)).success(added).failure(errors_inline(self, self.error)).run()
