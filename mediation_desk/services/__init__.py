"""Services: one module per job. Each opens its own unit of work and returns plain dataclasses."""
