"""A committee's tunable settings: declared once here with typed defaults, stored as JSON.

Stored values are merged over these defaults, so an upgrade that adds a setting keeps every value a
committee already chose.
"""

from __future__ import annotations

import copy
from typing import Any

from mediation_desk.domain.risk import DEFAULT_RISK_RULES

DEFAULTS: dict[str, Any] = {
    "mediation_days": 30,  # people's mediation: generally concluded within one month
    "court_mediation_days": 30,  # court-entrusted pre-litigation mediation
    "feedback_days": 30,  # feedback to a referring agency unless the agency sets its own
    "follow_up_days": 15,  # follow-up visit after an agreement is signed
    "judicial_confirmation_days": 30,  # joint application window after the agreement takes effect
    "transfer_workdays": 10,  # 分项转办: working days a department gets when no date is named
    "roll_deadlines_to_workday": True,  # a calendar-day limit ending on a rest day ends on the next workday
    "repeat_window_days": 365,
    "agreement_copies": 3,
    "working_hours": {"start": "08:30", "end": "17:30"},
    "timezone": "Asia/Shanghai",
    "risk_rules": DEFAULT_RISK_RULES,
    "retention": "长期",
}


def merged(stored: dict[str, Any] | None) -> dict[str, Any]:
    out = copy.deepcopy(DEFAULTS)
    for key, value in (stored or {}).items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out
