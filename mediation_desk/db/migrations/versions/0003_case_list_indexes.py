"""case list indexes: one per filter of the case list, each ending in received_on

The case list shows newest first and filters on one or more columns. An index that starts with the
committee and the filtered column and ends in ``received_on`` lets the database seek straight to the
first page of any filter, however rare, instead of scanning or sorting the whole table — the
difference between milliseconds and seconds at a million cases. The same indexes serve sorting by
those columns (ties broken by ``received_on``).

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

INDEXES = {
    'ix_case_list_status': ['committee_id', 'status', 'received_on'],
    'ix_case_list_dispute_type': ['committee_id', 'dispute_type', 'received_on'],
    'ix_case_list_source': ['committee_id', 'source', 'received_on'],
    'ix_case_list_risk': ['committee_id', 'risk_level', 'received_on'],
    'ix_case_list_mediator': ['committee_id', 'mediator_id', 'received_on'],
    'ix_case_list_due': ['committee_id', 'due_on', 'received_on'],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, 'mediation_case', columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name='mediation_case')
