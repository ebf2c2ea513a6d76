"""Mediation Desk core: domain rules, store, services, documents and CLI.

This package never imports Qt; the GUI in ``ui/`` is a client of it like the CLI and the tests.
"""

__version__ = "0.1.0"
