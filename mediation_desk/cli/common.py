"""Helpers shared by the command modules: opening the store, the acting user, printing."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from mediation_desk.db.schema import upgrade
from mediation_desk.services.committees import actor_for
from mediation_desk.store import Actor, Store


def open_store(args: argparse.Namespace, *, migrate: bool = True) -> Store:
    store = Store(args.db)
    if migrate:
        # Every command works on the newest schema; an older database is upgraded in place.
        upgrade(store.engine)
    return store


def acting(store: Store, args: argparse.Namespace) -> Actor:
    return actor_for(store, args.committee, args.user)


def to_jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return to_jsonable(asdict(value))
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def print_json(value: Any) -> None:
    print(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2))
