"""历史: the case's audit trail, readable — who, when, what, and each changed field as before → after."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from ui.case_tabs.base import CaseBundle, TableTab, t
from ui.formatting import fmt_local
from ui.qt import QT_TRANSLATE_NOOP

N = QT_TRANSLATE_NOOP
ACTIONS = {"create": N("CaseTabs", "新建"), "update": N("CaseTabs", "修改"), "accept": N("CaseTabs", "受理"),
           "decline": N("CaseTabs", "不予受理"), "close": N("CaseTabs", "结案"), "reopen": N("CaseTabs", "重新打开"),
           "sign": N("CaseTabs", "签字确认"), "key_case_plan": N("CaseTabs", "包案方案"),
           "save_draft": N("CaseTabs", "保存草稿"), "correct": N("CaseTabs", "更正"),
           "supersede": N("CaseTabs", "被新版本取代"), "discard": N("CaseTabs", "删除草稿"),
           "reissue": N("CaseTabs", "重新出具"), "performance": N("CaseTabs", "登记履行"),
           "plan": N("CaseTabs", "安排"), "visit": N("CaseTabs", "回访"), "apply": N("CaseTabs", "申请"),
           "court_result": N("CaseTabs", "法院决定"), "feedback": N("CaseTabs", "反馈"),
           "feedback_sent": N("CaseTabs", "反馈"), "attach": N("CaseTabs", "添加"), "detach": N("CaseTabs", "移除"),
           "add_party": N("CaseTabs", "增加当事人"), "remove_party": N("CaseTabs", "移除当事人"),
           "update_party": N("CaseTabs", "修改当事人"), "status": N("CaseTabs", "状态变更"),
           "extend_mediation": N("CaseTabs", "延长调解期限"), "extend_feedback": N("CaseTabs", "延长反馈期限")}
ENTITIES = {"case": N("CaseTabs", "案件"), "record": N("CaseTabs", "记录"), "agreement": N("CaseTabs", "协议"),
            "follow_up": N("CaseTabs", "回访"), "judicial_confirmation": N("CaseTabs", "司法确认"),
            "referral": N("CaseTabs", "移送"), "attachment": N("CaseTabs", "附件"), "party": N("CaseTabs", "当事人"),
            "session": N("CaseTabs", "调解"), "transfer": N("CaseTabs", "转办")}
FIELDS = {"status": N("CaseTabs", "状态"), "outcome": N("CaseTabs", "结果"), "outcome_note": N("CaseTabs", "结案说明"),
          "closed_on": N("CaseTabs", "结案日期"), "summary": N("CaseTabs", "纠纷简要情况"),
          "claims": N("CaseTabs", "申请事项"), "subject": N("CaseTabs", "事由"), "body": N("CaseTabs", "记录内容"),
          "result": N("CaseTabs", "调解结果"), "place": N("CaseTabs", "地点"), "present": N("CaseTabs", "参加人员"),
          "facts_checked": N("CaseTabs", "查明的事实"), "risk_warning": N("CaseTabs", "风险提示"),
          "recorder": N("CaseTabs", "记录人"), "occurred_at": N("CaseTabs", "时间"), "name": N("CaseTabs", "姓名"),
          "phone": N("CaseTabs", "电话"), "address": N("CaseTabs", "住址"), "due_on": N("CaseTabs", "期限"),
          "reason": N("CaseTabs", "原因"), "feedback_sent_on": N("CaseTabs", "反馈日期"),
          "feedback_text": N("CaseTabs", "反馈内容"), "title": N("CaseTabs", "名称"), "kind": N("CaseTabs", "种类"),
          "number": N("CaseTabs", "编号"), "signed_on": N("CaseTabs", "签订日期"),
          "performance_status": N("CaseTabs", "履行情况"), "visited_on": N("CaseTabs", "回访日期"),
          "court": N("CaseTabs", "法院"), "decision": N("CaseTabs", "决定"),
          "performance": N("CaseTabs", "履行情况"), "satisfaction": N("CaseTabs", "满意程度"),
          "note": N("CaseTabs", "备注"), "method": N("CaseTabs", "方式"), "lawsuit": N("CaseTabs", "已起诉"),
          "total_amount": N("CaseTabs", "金额"), "clauses": N("CaseTabs", "条款"),
          "performance_method": N("CaseTabs", "履行方式"), "performance_due": N("CaseTabs", "履行期限"),
          "signed_at": N("CaseTabs", "签字时间"), "facts": N("CaseTabs", "纠纷事实"),
          "matters": N("CaseTabs", "争议事项"), "responsibility": N("CaseTabs", "各方责任"),
          "copies": N("CaseTabs", "份数"), "visitor": N("CaseTabs", "回访人"), "new_risk": N("CaseTabs", "新的风险"),
          "notices": N("CaseTabs", "告知事项"), "filename": N("CaseTabs", "文件"),
          "version_no": N("CaseTabs", "版本"), "applied_on": N("CaseTabs", "申请日期"),
          "consented": N("CaseTabs", "当事人同意"), "liaison": N("CaseTabs", "联络员"),
          "case_number": N("CaseTabs", "案号"), "dispute_type": N("CaseTabs", "纠纷类型"),
          "source": N("CaseTabs", "来源"), "received_on": N("CaseTabs", "受理日期"),
          "starts_at": N("CaseTabs", "开始"), "ends_at": N("CaseTabs", "结束"),
          "participants": N("CaseTabs", "参加人数"), "risk_level": N("CaseTabs", "风险等级"),
          "mediator_id": N("CaseTabs", "调解员"), "parties": N("CaseTabs", "当事人"),
          "people_involved": N("CaseTabs", "涉及人数")}
# Internal ids and hashes say nothing to a reader.
HIDDEN = {"signed_by", "sha256", "session_id", "record_id", "supersedes_id", "superseded_by", "size",
          "agreement_id", "obligor_party_id"}
VALUES = {"accepted": N("CaseTabs", "调解中"), "registered": N("CaseTabs", "已登记"),
          "closed": N("CaseTabs", "已结案"), "declined": N("CaseTabs", "不予受理"), "draft": N("CaseTabs", "草稿"),
          "signed": N("CaseTabs", "已签字"), "superseded": N("CaseTabs", "已被取代"),
          "written_agreement": N("CaseTabs", "调解成功（书面协议）"),
          "oral_agreement": N("CaseTabs", "调解成功（口头协议）"), "terminated": N("CaseTabs", "调解不成"),
          "withdrawn": N("CaseTabs", "当事人撤回"), "performed": N("CaseTabs", "已履行"),
          "partial": N("CaseTabs", "部分履行"), "not": N("CaseTabs", "未履行"),
          "not_performed": N("CaseTabs", "未履行"), "not_due": N("CaseTabs", "尚未到期"),
          "pending": N("CaseTabs", "待定"), "satisfied": N("CaseTabs", "满意"),
          "basically": N("CaseTabs", "基本满意"), "dissatisfied": N("CaseTabs", "不满意"),
          "phone": N("CaseTabs", "电话"), "visit": N("CaseTabs", "上门"), "written": N("CaseTabs", "书面"),
          "oral": N("CaseTabs", "口头"), "session_record": N("CaseTabs", "调解记录"),
          "investigation_record": N("CaseTabs", "调查记录"), "True": N("CaseTabs", "是"),
          "False": N("CaseTabs", "否"), "planned": N("CaseTabs", "已安排"), "held": N("CaseTabs", "已进行"),
          "cancelled": N("CaseTabs", "已取消"), "postponed": N("CaseTabs", "已改期")}
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_LIMIT = 60


def _short(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, list):
        value = "、".join(str(v.get("text", v)) if isinstance(v, dict) else str(v) for v in value)
    text = str(value).replace("\n", " ")
    if text in VALUES:
        return t(VALUES[text])
    if _ISO_TIME.match(text):
        try:
            return fmt_local(datetime.fromisoformat(text))  # stored in UTC, read in local time
        except ValueError:
            pass
    return text if len(text) <= _LIMIT else text[:_LIMIT] + "…"


def describe(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """Each field that changed as ``名称：旧 → 新``; a new thing lists its main fields."""
    before, after = before or {}, after or {}
    parts = []
    for key in list(dict.fromkeys([*before, *after])):
        if key in HIDDEN:
            continue
        label = t(FIELDS[key]) if key in FIELDS else key
        if key in before and key in after:
            if before[key] != after[key]:
                parts.append(f"{label}：{_short(before[key])} → {_short(after[key])}")
        elif key in after:
            if after[key] not in (None, "", [], {}):
                parts.append(f"{label}：{_short(after[key])}")
        else:
            parts.append(f"{label}：{_short(before[key])} → —")
    return "；".join(parts)


class HistoryTab(TableTab):
    TITLE = QT_TRANSLATE_NOOP("CaseTabs", "历史")
    HEADERS = [QT_TRANSLATE_NOOP("CaseTabs", "时间"), QT_TRANSLATE_NOOP("CaseTabs", "操作人"),
               QT_TRANSLATE_NOOP("CaseTabs", "操作"), QT_TRANSLATE_NOOP("CaseTabs", "内容（修改前 → 修改后）")]
    EMPTY = QT_TRANSLATE_NOOP("CaseTabs", "没有变更记录。案件的每一次修改都会记在这里：谁、何时、改了什么。")

    def rows(self, bundle: CaseBundle) -> list[list[str]]:
        return [[fmt_local(e.at), e.username,
                 f"{t(ACTIONS.get(e.action, e.action))}（{t(ENTITIES.get(e.entity, e.entity))}）",
                 describe(self._labelled(e.before), self._labelled(e.after))]
                for e in reversed(bundle.history)]

    def _labelled(self, values: dict[str, Any] | None) -> dict[str, Any] | None:
        """The committee's own vocabularies (dispute types, sources) shown by their labels."""
        if not values:
            return values
        lookups, lang = self.ctx.lookups.current, self.ctx.lang
        out = dict(values)
        if isinstance(out.get("dispute_type"), str):
            out["dispute_type"] = lookups.dispute_label(out["dispute_type"], lang)
        if isinstance(out.get("source"), str):
            out["source"] = lookups.source_label(out["source"], lang)
        return out
