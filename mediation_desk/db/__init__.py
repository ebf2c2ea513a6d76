"""The store: typed SQLAlchemy models, the engine factory and migrations."""
