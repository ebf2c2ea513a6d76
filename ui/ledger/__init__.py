"""台账与统计: the ledger export, statistics, and the data tools (JSON, import, backups)."""
