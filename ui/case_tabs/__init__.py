"""The tabs of the case detail page, one class per module, in display order.

To turn a tab into an editor, replace its class here; the page needs no change.
"""

from __future__ import annotations

from ui.case_tabs.agreements import AgreementsTab
from ui.case_tabs.attachments import AttachmentsTab
from ui.case_tabs.base import CaseBundle, CaseTab, load_case_bundle
from ui.case_tabs.documents import DocumentsTab
from ui.case_tabs.follow_ups import FollowUpsTab
from ui.case_tabs.history import HistoryTab
from ui.case_tabs.parties import PartiesTab
from ui.case_tabs.records import RecordsTab
from ui.case_tabs.referral import ReferralTab
from ui.case_tabs.sessions import SessionsTab

CASE_TABS: list[type[CaseTab]] = [PartiesTab, ReferralTab, SessionsTab, RecordsTab, AgreementsTab, FollowUpsTab,
                                  DocumentsTab, AttachmentsTab, HistoryTab]

__all__ = ["CASE_TABS", "CaseBundle", "CaseTab", "load_case_bundle"]
