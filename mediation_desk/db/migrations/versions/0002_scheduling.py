"""scheduling and deadline indexes

Indexes for the attention query (what is overdue or due soon): each puts the "still open" column
first, so the query reads only open items instead of every case ever taken in, and carries the
case id so the query needs no visit to the item's own (wide) row.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

INDEXES = [
    ("ix_case_attention", "mediation_case", ["committee_id", "status", "due_on"]),
    ("ix_referral_pending", "referral", ["feedback_sent_on", "feedback_due_on", "case_id"]),
    ("ix_agreement_pending", "agreement", ["performance_status", "performance_due", "status", "case_id"]),
    ("ix_follow_up_pending", "follow_up", ["visited_on", "due_on", "case_id"]),
    ("ix_transfer_open", "transfer", ["closed_on", "due_on", "case_id"]),
]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
