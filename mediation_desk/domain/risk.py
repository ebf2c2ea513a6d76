"""Risk of escalation (民转刑 and the like), from explainable rules a committee can tune.

Every point a case scores comes with the reason that gave it, so the level can be explained to the
person who reads it, and the rules can be adjusted in settings without a code change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DEFAULT_RISK_RULES: dict[str, Any] = {
    # Words in the facts that suggest threats, violence or self-harm.
    "violence_words": ["打伤", "殴打", "动手", "打架", "砍", "刀", "杀", "威胁", "报复", "放火", "烧",
                       "同归于尽", "跳楼", "喝农药", "自杀", "寻死", "持械", "砸"],
    "violence_points": 3,
    "repeat_points": 2,  # each earlier dispute between the same parties within the window
    "repeat_window_days": 365,
    "crowd_threshold": 10,  # people involved at or above which a dispute counts as a group dispute
    "crowd_points": 3,
    "petition_points": 2,  # a party with a petition history
    "open_case_points": 1,  # a party with another open case
    "medium_at": 2,
    "high_at": 4,
}


@dataclass(frozen=True)
class RiskReason:
    rule: str
    points: int
    text: str  # shown to the user, Chinese

    def as_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "points": self.points, "text": self.text}


@dataclass(frozen=True)
class RiskFacts:
    """What the rules look at, gathered by the intake service."""

    summary: str
    people_involved: int
    repeat_disputes_between_parties: int = 0
    parties_with_open_cases: int = 0
    parties_with_petition_history: int = 0
    source: str = ""


@dataclass(frozen=True)
class RiskAssessment:
    level: str
    score: int
    reasons: list[RiskReason] = field(default_factory=list)


def assess(facts: RiskFacts, rules: dict[str, Any] | None = None) -> RiskAssessment:
    r = {**DEFAULT_RISK_RULES, **(rules or {})}
    reasons: list[RiskReason] = []
    found = [w for w in r["violence_words"] if w and w in facts.summary]
    if found:
        reasons.append(RiskReason("violence", int(r["violence_points"]),
                                  f"事实中提到暴力或威胁：{'、'.join(found[:5])}"))
    if facts.repeat_disputes_between_parties:
        n = facts.repeat_disputes_between_parties
        reasons.append(RiskReason("repeat", int(r["repeat_points"]) * n,
                                  f"同一当事人之间近期已有 {n} 起纠纷"))
    if facts.people_involved >= int(r["crowd_threshold"]):
        reasons.append(RiskReason("crowd", int(r["crowd_points"]),
                                  f"涉及人数 {facts.people_involved} 人（群体性纠纷）"))
    if facts.parties_with_petition_history or facts.source == "petition_referral":
        reasons.append(RiskReason("petition", int(r["petition_points"]), "当事人有信访经历"))
    if facts.parties_with_open_cases:
        reasons.append(RiskReason("open_case", int(r["open_case_points"]),
                                  f"{facts.parties_with_open_cases} 名当事人还有未结案件"))
    score = sum(x.points for x in reasons)
    level = "high" if score >= int(r["high_at"]) else "medium" if score >= int(r["medium_at"]) else "low"
    return RiskAssessment(level, score, reasons)
