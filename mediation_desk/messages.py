"""Sentences the core shows to users, keyed by message code, in Chinese and English.

Chinese is the default and must always be complete; English falls back to Chinese for a missing key.
Each sentence says what is wrong and, where it can, what to do about it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ZH: dict[str, str] = {
    "error.generic": "操作未能完成。",
    "error.validation": "有 {count} 处填写需要更正：",
    "error.not_found": "找不到{what}“{key}”。请检查输入是否正确。",
    "error.stale": "{what}已被他人修改（您看到的是旧版本）。请重新载入后再修改，您的输入未保存。",
    "error.conflict": "{detail}",
    "error.permission": "您的账号（{user}）没有“{action}”的权限。请联系管理员。",
    "error.immutable": "{what}已签字确认，不能再修改。如需更正，请新建一个更正版本。",
    "error.storage": "数据未能保存：{detail}。之前保存的数据没有受到影响。",
    "error.no_committee": "数据库中还没有调委会。请先运行首次设置（或 init --committee 名称 --short-name 字号）。",
    "error.several_committees": "数据库中有多个调委会，请用 --committee 指明是哪一个。",
    "error.disk_full": "磁盘空间已满，数据未保存。请清理磁盘后重试，已保存的数据没有受到影响。",
    "error.db_locked": "数据库正被其他程序长时间占用，请稍后重试。",
    "error.db_unreachable": "无法连接数据库（{detail}）。请检查服务器地址和网络。",
    "error.not_a_database": "这个文件不是调解室工作台的数据库，或者已经损坏。请检查打开的文件是否正确；"
                            "如已损坏，请从备份恢复。",
    "error.bad_json": "文件不是有效的 JSON：{detail}",
    "error.bad_file": "无法读取文件“{path}”：{detail}",
    "field.required": "{label}为必填项。",
    "field.too_long": "{label}不能超过 {max} 个字。",
    "field.unknown_choice": "{label}“{value}”不在可选列表中。可选：{choices}。",
    "field.bad_date": "{label}“{value}”不是有效日期，请按 2026-05-06 的格式填写。",
    "field.future_date": "{label}不能晚于今天。",
    "field.bad_amount": "{label}“{value}”不是有效金额，请填写如 12000.50 的数字。",
    "field.negative_amount": "{label}不能为负数。",
    "id.length": "身份证号码应为 18 位（现为 {length} 位）。",
    "id.chars": "身份证号码前 17 位只能是数字，最后一位是数字或 X。",
    "id.region": "身份证号码的地区码“{region}”无效，请核对前 6 位。",
    "id.birth": "身份证号码中的出生日期“{birth}”不是有效日期，请核对第 7–14 位。",
    "id.checksum": "身份证号码校验位不对（应为 {expected}），请逐位核对，可能有一位输错。",
    "credit.length": "统一社会信用代码应为 18 位（现为 {length} 位）。",
    "credit.chars": "统一社会信用代码含有不允许的字符“{char}”（不使用 I、O、Z、S、V）。",
    "credit.checksum": "统一社会信用代码校验位不对（应为 {expected}），请逐位核对。",
    "phone.invalid": "电话号码“{value}”格式不对：手机为 11 位（1 开头），座机如 0931-1234567。",
    "party.none": "至少要有一名申请人（或当事人）。",
    "party.no_respondent": "至少要有一名被申请人（对方当事人）。",
    "party.person_fields": "自然人当事人“{name}”需要填写姓名；组织需要填写名称。",
    "party.name_mismatch": "证件号码 {number} 已登记为“{known}”，与现在填写的“{name}”不一致。请核对证件号码或姓名。",
    "case.cannot_transition": "案件当前状态为“{status}”，不能执行“{action}”。",
    "case.decline_reason": "不予受理时必须填写理由。",
    "search.too_short": "请至少输入 1 个字。",
}

EN: dict[str, str] = {
    "error.generic": "The operation could not be completed.",
    "error.validation": "{count} entries need correcting:",
    "error.not_found": "No {what} “{key}” was found. Please check what you entered.",
    "error.stale": "The {what} was changed by someone else. Reload it and edit again; your input was not saved.",
    "error.conflict": "{detail}",
    "error.permission": "Your account ({user}) may not “{action}”. Ask an administrator.",
    "error.immutable": "The {what} is signed and cannot be changed. Make a corrected version instead.",
    "error.storage": "The data was not saved: {detail}. What was saved before is unharmed.",
    "error.no_committee": "There is no committee in this database yet. Run the first-time setup first.",
    "error.several_committees": "This database holds several committees; name one with --committee.",
    "error.disk_full": "The disk is full; nothing was saved. Free some space and try again.",
    "error.db_locked": "The database is busy in another program. Try again in a moment.",
    "error.db_unreachable": "Cannot reach the database ({detail}). Check the server address and network.",
    "error.not_a_database": "This file is not a Mediation Desk database, or it is damaged. Check that you "
                            "opened the right file; if it is damaged, restore it from a backup.",
    "error.bad_json": "The file is not valid JSON: {detail}",
    "error.bad_file": "Cannot read “{path}”: {detail}",
    "field.required": "{label} is required.",
    "field.too_long": "{label} may have at most {max} characters.",
    "field.unknown_choice": "{label} “{value}” is not one of: {choices}.",
    "field.bad_date": "{label} “{value}” is not a valid date (write it like 2026-05-06).",
    "field.future_date": "{label} cannot be later than today.",
    "field.bad_amount": "{label} “{value}” is not a valid amount (write it like 12000.50).",
    "field.negative_amount": "{label} cannot be negative.",
    "id.length": "A resident ID number has 18 characters (this one has {length}).",
    "id.chars": "The first 17 characters of an ID number are digits; the last is a digit or X.",
    "id.region": "The region code “{region}” of the ID number is invalid.",
    "id.birth": "The birth date “{birth}” in the ID number is not a real date.",
    "id.checksum": "The ID number's check character is wrong (should be {expected}); check each digit.",
    "credit.length": "A unified social credit code has 18 characters (this one has {length}).",
    "credit.chars": "The credit code contains a character that is not allowed: “{char}”.",
    "credit.checksum": "The credit code's check character is wrong (should be {expected}).",
    "phone.invalid": "“{value}” is not a phone number: mobiles have 11 digits, landlines look like 0931-1234567.",
    "party.none": "At least one applicant (or party) is required.",
    "party.no_respondent": "At least one respondent is required.",
    "party.person_fields": "Party “{name}” needs a name.",
    "party.name_mismatch": "ID {number} is on file as “{known}”, not “{name}”. Check the number or the name.",
    "case.cannot_transition": "The case is “{status}”; “{action}” is not possible now.",
    "case.decline_reason": "A reason is required to decline a case.",
    "search.too_short": "Type at least one character.",
}

CATALOGUES = {"zh": ZH, "en": EN}


def register(code: str, zh: str, en: str) -> None:
    """Add a sentence from another core module; keeps each module's messages next to its rules."""
    ZH[code] = zh
    EN[code] = en


def render(code: str, params: Mapping[str, Any], lang: str = "zh") -> str:
    table = CATALOGUES.get(lang, ZH)
    template = table.get(code) or ZH.get(code) or code
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        # A sentence whose parameters do not fit is still better shown than lost.
        return template
