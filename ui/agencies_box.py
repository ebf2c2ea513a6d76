"""设置 → 对接单位与联络员: the police stations, courts and petition offices that refer cases, and the
people there the mediation room works with (对接民警, 对接法官). The session dialog books them."""

from __future__ import annotations

from collections.abc import Callable

from mediation_desk.domain.vocab import AGENCY_KIND_LABELS
from mediation_desk.services import committees
from mediation_desk.services.committees import AgencyInfo
from ui.changes import Changes
from ui.context import AppContext, reload_lookups
from ui.dialogs import errors_inline
from ui.qt import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import ErrorLabel, muted


class AgenciesBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("对接单位与联络员"))
        self.setObjectName("agenciesBox")
        v = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("agencyTree")
        self.tree.setHeaderLabels([self.tr("单位 / 联络员"), self.tr("类别 / 职务")])
        self.tree.setRootIsDecorated(True)
        self.tree.setMinimumHeight(140)
        v.addWidget(self.tree)
        self.empty = muted(self.tr("还没有对接单位。公安、法院、信访等单位移送案件时，"
                                   "在这里登记单位和对接人员，安排调解时即可选择。"))
        self.empty.setWordWrap(True)
        v.addWidget(self.empty)

        agency_row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("newAgencyKind")
        for code, term in AGENCY_KIND_LABELS.items():
            self.kind.addItem(term.label(ctx.lang), code)
        self.agency_name = QLineEdit()
        self.agency_name.setObjectName("newAgencyName")
        self.agency_name.setPlaceholderText(self.tr("单位名称，如 安宁派出所"))
        self.add_agency_button = QPushButton(self.tr("添加单位"))
        self.add_agency_button.setObjectName("addAgency")
        self.add_agency_button.clicked.connect(self.add_agency)
        self.agency_name.returnPressed.connect(self.add_agency)
        agency_row.addWidget(self.kind)
        agency_row.addWidget(self.agency_name, 1)
        agency_row.addWidget(self.add_agency_button)
        v.addLayout(agency_row)

        liaison_row = QHBoxLayout()
        self.liaison_name = QLineEdit()
        self.liaison_name.setObjectName("newLiaisonName")
        self.liaison_name.setPlaceholderText(self.tr("联络员姓名"))
        self.liaison_title = QLineEdit()
        self.liaison_title.setObjectName("newLiaisonTitle")
        self.liaison_title.setPlaceholderText(self.tr("职务，如 社区民警"))
        self.add_liaison_button = QPushButton(self.tr("添加到所选单位"))
        self.add_liaison_button.setObjectName("addLiaison")
        self.add_liaison_button.clicked.connect(self.add_liaison)
        self.liaison_title.returnPressed.connect(self.add_liaison)
        liaison_row.addWidget(self.liaison_name, 1)
        liaison_row.addWidget(self.liaison_title, 1)
        liaison_row.addWidget(self.add_liaison_button)
        v.addLayout(liaison_row)
        self.error = ErrorLabel()
        v.addWidget(self.error)

        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._select_next: int | None = None  # the agency just saved, selected once the lookups reload
        self.show_agencies(ctx.lookups.current.agencies)
        ctx.lookups.changed.connect(lambda: self.show_agencies(ctx.lookups.current.agencies))

    def show_agencies(self, agencies: list[AgencyInfo]) -> None:
        keep = self._select_next if self._select_next is not None else self.selected_agency_id()
        self._select_next = None
        self.tree.clear()
        for a in agencies:
            kind = AGENCY_KIND_LABELS.get(a.kind)
            item = QTreeWidgetItem([a.name, kind.label(self.ctx.lang) if kind else a.kind])
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            for _lid, name, title in a.liaisons:
                child = QTreeWidgetItem([name, title])
                child.setData(0, Qt.ItemDataRole.UserRole, a.id)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if a.id == keep:
                self.tree.setCurrentItem(item)
        self.tree.resizeColumnToContents(0)
        self.empty.setVisible(not agencies)
        self.tree.setVisible(bool(agencies))
        self._update_buttons()

    def selected_agency_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def _update_buttons(self) -> None:
        has = self.selected_agency_id() is not None
        self.add_liaison_button.setEnabled(has)
        self.add_liaison_button.setToolTip("" if has else self.tr("先在上面的列表中选中一个单位"))

    def add_agency(self) -> None:
        kind, name = str(self.kind.currentData()), self.agency_name.text()
        store, actor = self.ctx.store, self.ctx.actor
        self._save(lambda: committees.add_agency(store, actor, kind, name), self.tr("正在添加对接单位…"),
                   (self.agency_name,))

    def add_liaison(self) -> None:
        agency_id = self.selected_agency_id()
        if agency_id is None:
            self.error.show_messages([self.tr("请先在列表中选中联络员所在的单位。")])
            return
        name, title = self.liaison_name.text(), self.liaison_title.text()
        store, actor = self.ctx.store, self.ctx.actor
        self._save(lambda: committees.add_liaison(store, actor, agency_id, name, title), self.tr("正在添加联络员…"),
                   (self.liaison_name, self.liaison_title))

    def _save(self, run: Callable[[], AgencyInfo], label: str, clear: tuple[QLineEdit, ...]) -> None:
        self.error.clear_message()

        def saved(info: AgencyInfo) -> None:
            for edit in clear:
                edit.clear()
            self._select_next = info.id
            reload_lookups(self.ctx, self)

        self.ctx.tasks.op(run, parent=self, label=label, write=True).announces(Changes(agencies=True)) \
            .success(saved).failure(errors_inline(self, self.error)).run()
