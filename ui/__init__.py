"""PySide6 GUI of Mediation Desk: a client of the core services, with no SQL and no rules of its own."""
