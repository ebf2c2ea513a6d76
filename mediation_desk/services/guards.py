"""Guards shared by the case-work services: a closed case's papers are not edited behind its back."""

from __future__ import annotations

from mediation_desk import messages
from mediation_desk.db.models import Case
from mediation_desk.domain.vocab import CASE_STATUS_LABELS, CaseStatus
from mediation_desk.errors import UserError

messages.register("case.not_open",
                  "案件“{case_number}”当前状态为“{status}”，不能再{action}。如确需修改，请由管理员重新打开案件。",
                  "Case “{case_number}” is {status}; you cannot {action} now. An administrator may reopen it.")

OPEN_STATUSES = frozenset({CaseStatus.REGISTERED, CaseStatus.ACCEPTED})


def ensure_open(case: Case, action: str) -> None:
    """Refuse ``action`` (a Chinese verb phrase) on a closed or declined case."""
    if case.status not in OPEN_STATUSES:
        label = CASE_STATUS_LABELS[case.status].zh if case.status in CASE_STATUS_LABELS else case.status
        raise UserError("case.not_open", case_number=case.case_number, status=label, action=action)
