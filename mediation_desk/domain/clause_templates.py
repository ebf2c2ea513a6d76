"""Ready-made agreement clauses (协议条款) for the common kinds of dispute.

Each template's text has placeholders — ``{obligor}`` (who owes), ``{obligee}`` (who is owed),
``{amount}`` (figures, ``12,000.50元``), ``{amount_capitals}`` (``人民币壹万贰仟元伍角``) and ``{due}``
(``2026年6月30日``) — that :func:`fill` replaces. A value not yet known becomes a blank line to be
written in by hand, so a printed agreement never shows a raw ``{placeholder}``.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from mediation_desk.domain.money import format_amount, to_capitals

BLANK = "＿＿＿＿＿＿"
PLACEHOLDERS = ("obligor", "obligee", "amount", "amount_capitals", "due")


@dataclass(frozen=True)
class ClauseTemplate:
    code: str
    title: str  # shown in the picker
    text: str

    @property
    def needs_amount(self) -> bool:
        return "{amount" in self.text

    @property
    def needs_due(self) -> bool:
        return "{due}" in self.text


_PAY = ClauseTemplate(
    "pay_once", "一次性支付",
    "{obligor}于{due}前一次性支付{obligee}{amount_capitals}（{amount}），以现金或银行转账方式支付。")
_INSTALMENT = ClauseTemplate(
    "pay_instalment", "分期支付",
    "{obligor}分期支付{obligee}共计{amount_capitals}（{amount}），最后一期于{due}前付清，"
    "具体为：＿＿＿＿＿＿。任一期未按时支付的，{obligee}可就剩余款项一并主张。")
_NO_FURTHER = ClauseTemplate(
    "no_further_claims", "了结纠纷",
    "本协议履行完毕后，双方就本纠纷再无其他争议，{obligee}不再以任何方式向{obligor}主张权利。")
_GOODWILL = ClauseTemplate(
    "goodwill", "和睦相处",
    "双方今后互谅互让、和睦相处，不得因本纠纷再起争执，遇有矛盾应通过协商或人民调解解决。")

TEMPLATES: dict[str, tuple[ClauseTemplate, ...]] = {
    "neighbour": (
        ClauseTemplate("remove_structure", "拆除搭建物",
                       "{obligor}于{due}前自行拆除院墙边搭建的彩钢棚（或其他搭建物），并恢复原状，费用由{obligor}承担。"),
        ClauseTemplate("drainage", "排水通行",
                       "{obligor}于{due}前修建排水设施，保证雨水不再流入{obligee}院内；双方互不妨碍对方正常通行。"),
        ClauseTemplate("compensate_loss", "赔偿损失",
                       "{obligor}于{due}前赔偿{obligee}财产损失{amount_capitals}（{amount}）。"),
        _GOODWILL, _NO_FURTHER,
    ),
    "marriage_family": (
        ClauseTemplate("support", "赡养/抚养费",
                       "{obligor}自{due}起每月支付{obligee}赡养（抚养）费{amount_capitals}（{amount}），"
                       "于每月十日前支付。"),
        ClauseTemplate("visitation", "探望",
                       "{obligor}每月可探望子女两次，{obligee}应予协助，探望时间和方式由双方提前商定。"),
        ClauseTemplate("property_split", "财产分割",
                       "共同财产＿＿＿＿＿＿归{obligee}所有，{obligee}于{due}前补偿{obligor}{amount_capitals}（{amount}）。"),
        _GOODWILL,
    ),
    "damages": (
        ClauseTemplate("medical_costs", "医疗费等赔偿",
                       "{obligor}于{due}前赔偿{obligee}医疗费、误工费、护理费等各项损失共计{amount_capitals}（{amount}）。"),
        _PAY, _INSTALMENT, _NO_FURTHER,
    ),
    "traffic": (
        ClauseTemplate("traffic_compensation", "交通事故赔偿",
                       "{obligor}于{due}前赔偿{obligee}因本次交通事故造成的医疗费、误工费、交通费、车辆损失等"
                       "全部损失共计{amount_capitals}（{amount}）（已由保险公司赔付的部分不再重复计算）。"),
        ClauseTemplate("insurance_claim", "保险理赔配合",
                       "{obligee}应配合{obligor}办理保险理赔手续，于{due}前提供所需票据和证明材料。"),
        _INSTALMENT, _NO_FURTHER,
    ),
    "labour": (
        ClauseTemplate("wages", "支付工资",
                       "{obligor}于{due}前支付{obligee}拖欠的劳动报酬{amount_capitals}（{amount}）。"),
        ClauseTemplate("severance", "经济补偿",
                       "双方于{due}解除劳动关系，{obligor}支付{obligee}经济补偿金{amount_capitals}（{amount}），"
                       "并于解除之日起十五日内为{obligee}办理档案和社会保险关系转移手续。"),
        _NO_FURTHER,
    ),
    "contract": (
        ClauseTemplate("pay_price", "支付价款",
                       "{obligor}于{due}前支付{obligee}合同价款{amount_capitals}（{amount}）。"),
        ClauseTemplate("perform_contract", "继续履行",
                       "{obligor}于{due}前按原合同约定交付货物（或完成工作），经{obligee}验收合格。"),
        _INSTALMENT, _NO_FURTHER,
    ),
    "housing_land": (
        ClauseTemplate("boundary", "确定界址",
                       "双方宅基地界址以＿＿＿＿＿＿为准，{obligor}于{due}前将越界部分拆除并恢复原状。"),
        ClauseTemplate("housing_compensation", "房屋补偿",
                       "{obligor}于{due}前补偿{obligee}{amount_capitals}（{amount}），{obligee}放弃对该房屋的其他主张。"),
        _GOODWILL, _NO_FURTHER,
    ),
}

GENERIC: tuple[ClauseTemplate, ...] = (_PAY, _INSTALMENT, _GOODWILL, _NO_FURTHER)


def templates_for(dispute_type: str) -> tuple[ClauseTemplate, ...]:
    """Templates for a dispute type code (``neighbour`` …); the generic ones for any other type."""
    return TEMPLATES.get(dispute_type, GENERIC)


def find(code: str) -> ClauseTemplate | None:
    for group in (*TEMPLATES.values(), GENERIC):
        for t in group:
            if t.code == code:
                return t
    return None


def format_due(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def fill(text: str, *, obligor: str = "", obligee: str = "", amount: Decimal | None = None,
         due: date | None = None) -> str:
    """Replace the placeholders of ``text``; unknown values become blanks to write in by hand."""
    values = {
        "obligor": obligor or BLANK,
        "obligee": obligee or BLANK,
        "amount": f"{format_amount(amount)}元" if amount is not None else f"{BLANK}元",
        "amount_capitals": to_capitals(amount) if amount is not None else f"人民币{BLANK}元",
        "due": format_due(due) if due is not None else "＿＿＿＿年＿＿月＿＿日",
    }
    unknown = {name for _, name, _, _ in string.Formatter().parse(text) if name} - set(PLACEHOLDERS)
    if unknown:
        raise ValueError(f"unknown placeholders {sorted(unknown)} in clause template")
    return text.format(**values)
