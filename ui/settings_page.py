"""设置: the committee (name, 字号, address, seal text, letterhead, time limits), its mediators,
its rooms, the agencies it works with and their liaisons, and the interface language."""

from __future__ import annotations

from typing import Any

from mediation_desk.errors import ValidationError
from mediation_desk.services import committees
from mediation_desk.services import settings as committee_settings
from mediation_desk.services.committees import CommitteeInfo, MediatorInfo
from ui import settings
from ui.changes import Changes
from ui.context import AppContext, reload_lookups
from ui.dialogs import confirm, errors_inline, field_messages, show_message
from ui.i18n import LANGUAGES
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import ErrorLabel, FormLineEdit, heading, muted

# Committee time limits shown as day counts, in the order of services.settings.DEFAULTS.
LIMITS: list[tuple[str, str]] = [
    ("mediation_days", QT_TRANSLATE_NOOP("SettingsPage", "调解期限（天）")),
    ("court_mediation_days", QT_TRANSLATE_NOOP("SettingsPage", "法院委派调解期限（天）")),
    ("feedback_days", QT_TRANSLATE_NOOP("SettingsPage", "移送案件反馈期限（天）")),
    ("follow_up_days", QT_TRANSLATE_NOOP("SettingsPage", "协议签订后回访（天）")),
    ("judicial_confirmation_days", QT_TRANSLATE_NOOP("SettingsPage", "司法确认申请期限（天）")),
    ("repeat_window_days", QT_TRANSLATE_NOOP("SettingsPage", "重复纠纷统计范围（天）")),
    ("agreement_copies", QT_TRANSLATE_NOOP("SettingsPage", "协议书份数")),
]


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.committee: CommitteeInfo = ctx.lookups.current.committee
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("设置"), "pageTitle"))
        columns = QHBoxLayout()
        columns.setSpacing(16)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout.addLayout(columns)
        left.addWidget(self._committee_box())
        left.addWidget(self._limits_box())
        left.addStretch(1)
        right.addWidget(self._mediators_box())
        from ui.agencies_box import AgenciesBox
        from ui.rooms_box import RoomsBox

        self.rooms = RoomsBox(ctx)
        right.addWidget(self.rooms)
        self.agencies = AgenciesBox(ctx)
        right.addWidget(self.agencies)
        right.addWidget(self._language_box())
        right.addStretch(1)
        layout.addStretch(1)
        self.show_committee(self.committee)
        self.show_mediators(ctx.lookups.current.mediators)
        ctx.lookups.changed.connect(lambda: self.show_mediators(ctx.lookups.current.mediators))

    # --- committee -----------------------------------------------------------------------------
    def _committee_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("调委会"))
        form = QFormLayout(box)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, ErrorLabel] = {}
        for key, label in (("name", self.tr("调委会名称")), ("short_name", self.tr("字号")),
                           ("address", self.tr("地址")), ("phone", self.tr("电话")),
                           ("seal_text", self.tr("印章文字")), ("letterhead", self.tr("文书抬头"))):
            edit = FormLineEdit()
            edit.setObjectName(key)
            self.fields[key] = edit
            error = ErrorLabel()
            self.errors[key] = error
            cell = QWidget()
            v = QVBoxLayout(cell)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(2)
            v.addWidget(edit)
            v.addWidget(error)
            form.addRow(QLabel(label), cell)
        form.addRow(QLabel(""), muted(self.tr("字号用于案号，例如“安”对应（2026）安调字第001号。修改后只影响新案件。")))
        return box

    def _limits_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("期限与份数"))
        v = QVBoxLayout(box)
        form = QFormLayout()
        self.limits: dict[str, QSpinBox] = {}
        for key, label in LIMITS:
            spin = QSpinBox()
            spin.setObjectName(key)
            spin.setRange(1, 3650)
            spin.setMaximumWidth(120)
            self.limits[key] = spin
            form.addRow(QLabel(QCoreApplication.translate("SettingsPage", label)), spin)
        v.addLayout(form)
        buttons = QHBoxLayout()
        reset = QPushButton(self.tr("恢复默认期限…"))
        reset.setObjectName("resetLimits")
        reset.clicked.connect(self.ask_reset_limits)
        buttons.addWidget(reset)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("保存调委会设置"))
        self.save_button.setObjectName("saveCommittee")
        self.save_button.clicked.connect(lambda: self.save_committee())
        buttons.addWidget(self.save_button)
        v.addLayout(buttons)
        self.saved_label = muted()
        v.addWidget(self.saved_label)
        return box

    def show_committee(self, info: CommitteeInfo) -> None:
        self.committee = info
        for key, edit in self.fields.items():
            edit.setText(str(getattr(info, key) or ""))
            self.errors[key].clear_message()
        for key, spin in self.limits.items():
            spin.setValue(int(info.settings.get(key, committee_settings.DEFAULTS[key])))

    def _limit_values(self) -> dict[str, Any]:
        return {key: spin.value() for key, spin in self.limits.items()}

    def save_committee(self, limits: dict[str, Any] | None = None) -> None:
        stored = dict(self.committee.settings)
        stored.update(limits if limits is not None else self._limit_values())
        changes: dict[str, Any] = {key: edit.text() for key, edit in self.fields.items()}
        changes["settings"] = {k: v for k, v in stored.items() if k in committee_settings.DEFAULTS}
        store, actor, version = self.ctx.store, self.ctx.actor, self.committee.version
        if not changes["name"].strip() or not changes["short_name"].strip():
            self._show_required()
            return
        self.save_button.setEnabled(False)
        self.ctx.tasks.op(lambda: committees.update_committee(store, actor, version, **changes), parent=self,
                          label=self.tr("正在保存设置…"), write=True) \
            .announces(Changes(committee=True)).success(self._committee_saved).failure(self._save_failed).run()

    def _show_required(self) -> None:
        for key, label in (("name", self.tr("调委会名称")), ("short_name", self.tr("字号"))):
            if not self.fields[key].text().strip():
                self.errors[key].show_messages([self.tr("{label}为必填项。").format(label=label)])

    def _committee_saved(self, info: CommitteeInfo) -> None:
        self.save_button.setEnabled(True)
        self.show_committee(info)
        self.saved_label.setText(self.tr("已保存。"))
        self._reload_lookups()

    def _save_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            for key, messages in field_messages(exc).items():
                self.errors.get(key, self.errors["name"]).show_messages(messages)
        else:
            from ui.dialogs import show_error

            show_error(self, exc)
            self._reload_lookups()  # e.g. someone else changed the settings: show theirs

    def ask_reset_limits(self) -> None:
        confirm(self, self.tr("把所有期限和份数恢复为默认值并保存？当前的设置将被覆盖。"), self.reset_limits,
                yes_text=self.tr("恢复默认"))

    def reset_limits(self) -> None:
        defaults = {key: committee_settings.DEFAULTS[key] for key, _ in LIMITS}
        for key, spin in self.limits.items():
            spin.setValue(int(defaults[key]))
        self.save_committee(defaults)

    # --- mediators -----------------------------------------------------------------------------
    def _mediators_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("调解员"))
        v = QVBoxLayout(box)
        self.mediator_list = QLabel()
        self.mediator_list.setObjectName("mediatorList")
        self.mediator_list.setWordWrap(True)
        v.addWidget(self.mediator_list)
        row = QHBoxLayout()
        self.new_mediator = QLineEdit()
        self.new_mediator.setObjectName("newMediator")
        self.new_mediator.setPlaceholderText(self.tr("姓名"))
        self.new_roster = QLineEdit()
        self.new_roster.setObjectName("newRoster")
        self.new_roster.setPlaceholderText(self.tr("调解员证号（可不填）"))
        self.new_full_time = QCheckBox(self.tr("专职"))
        add = QPushButton(self.tr("添加"))
        add.setObjectName("addMediator")
        add.clicked.connect(self.add_mediator)
        self.new_mediator.returnPressed.connect(self.add_mediator)
        for w in (self.new_mediator, self.new_roster, self.new_full_time, add):
            row.addWidget(w)
        v.addLayout(row)
        self.mediator_error = ErrorLabel()
        v.addWidget(self.mediator_error)
        return box

    def show_mediators(self, mediators: list[MediatorInfo]) -> None:
        lines = []
        for m in mediators:
            extra = "，".join(x for x in (m.roster_number, self.tr("专职") if m.full_time else self.tr("兼职"),
                                         "" if m.active else self.tr("已停用")) if x)
            lines.append(f"{m.name}（{extra}）")
        self.mediator_list.setText("\n".join(lines) if lines else self.tr("还没有调解员。"))

    def add_mediator(self) -> None:
        name, roster, full = self.new_mediator.text(), self.new_roster.text(), self.new_full_time.isChecked()
        store, actor = self.ctx.store, self.ctx.actor
        self.mediator_error.clear_message()

        def added(_info: MediatorInfo) -> None:
            self.new_mediator.clear()
            self.new_roster.clear()
            self.new_full_time.setChecked(False)
            self._reload_lookups()

        self.ctx.tasks.op(lambda: committees.add_mediator(store, actor, name, roster_number=roster, full_time=full),
                          parent=self, label=self.tr("正在添加调解员…"), write=True) \
            .announces(Changes(mediators=True)).success(added).failure(errors_inline(self, self.mediator_error)).run()

    def _reload_lookups(self) -> None:
        reload_lookups(self.ctx, self)

    # --- language ------------------------------------------------------------------------------
    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("界面语言"))
        v = QVBoxLayout(box)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.LANGUAGE.get()), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        v.addWidget(self.language)
        v.addWidget(muted(self.tr("更改语言后，重新启动程序生效。")))
        return box

    def _language_chosen(self) -> None:
        lang = self.language.currentData()
        if lang == settings.LANGUAGE.get():
            return
        settings.LANGUAGE.set(lang)
        settings.qsettings().sync()
        show_message(self, self.tr("界面语言已改为 {name}，重新启动程序后生效。").format(name=LANGUAGES[lang]),
                     title=self.tr("界面语言"), warning=False)
