"""A crash-safe local store for what an editor has typed but not yet saved to the database.

The editor writes its text here every few seconds (and on every focus change); the database
autosave follows less often. Each write goes to a temporary file in the same directory, is flushed
and fsync'ed, and then atomically replaces the previous draft (``os.replace``), after which the
directory itself is fsync'ed. A process killed at any instant therefore leaves either the previous
complete draft or the new complete one on disk — never a torn file. On the next start the editor
calls :meth:`DraftStore.recover` (or :meth:`DraftStore.list` for everything left over) and offers to
restore the text; once the database holds it, :meth:`DraftStore.discard` removes the draft.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mediation_desk import config
from mediation_desk.fileio import fsync_dir

log = logging.getLogger(__name__)

_SUFFIX = ".draft.json"
_TMP_PREFIX = ".tmp-"
_SAFE = re.compile(r"[^A-Za-z0-9_.-]")
FORMAT = 1
STALE_TEMP_SECONDS = 60


@dataclass(frozen=True)
class Draft:
    """One unsaved editor state: what it belongs to, the database version it was based on, the text."""

    key: str
    content: dict[str, Any]
    base_version: int | None
    saved_at: datetime
    path: Path


def default_root() -> Path:
    return config.data_dir() / "drafts"


def _filename(key: str) -> str:
    """A file name that is safe on every file system yet still readable ("record-12")."""
    safe = _SAFE.sub("_", key)[:80]
    if safe != key:
        # Two keys differing only in unsafe characters must not share a file.
        safe += "-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]
    return safe + _SUFFIX


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=_TMP_PREFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    fsync_dir(path.parent)


class DraftStore:
    """Drafts under ``root`` (default: ``config.data_dir()/drafts``), one file per key."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else default_root()

    def path_for(self, key: str) -> Path:
        return self.root / _filename(key)

    def save(self, key: str, content: Mapping[str, Any], base_version: int | None = None) -> Draft:
        """Atomically replace the draft of ``key``. ``content`` must be JSON-serialisable text fields."""
        saved_at = datetime.now(UTC)
        payload = {"format": FORMAT, "key": key, "base_version": base_version, "saved_at": saved_at.isoformat(),
                   "content": dict(content)}
        data = json.dumps(payload, ensure_ascii=False, default=_json_default).encode("utf-8")
        path = self.path_for(key)
        atomic_write_bytes(path, data)
        return Draft(key, dict(content), base_version, saved_at, path)

    def recover(self, key: str) -> Draft | None:
        """The last complete draft of ``key``, or None if there is none."""
        return self._read(self.path_for(key))

    def list(self) -> list[Draft]:
        """Every draft left on disk, newest first; removes temporary files of killed writers."""
        if not self.root.is_dir():
            return []
        out = []
        for p in self.root.iterdir():
            if p.name.startswith(_TMP_PREFIX):
                self._remove_stale_temp(p)
            elif p.name.endswith(_SUFFIX):
                d = self._read(p)
                if d is not None:
                    out.append(d)
        return sorted(out, key=lambda d: d.saved_at, reverse=True)

    def discard(self, key: str) -> bool:
        """Remove the draft of ``key`` (after the database has it); True if there was one."""
        try:
            self.path_for(key).unlink()
        except FileNotFoundError:
            return False
        fsync_dir(self.root)
        return True

    def _read(self, path: Path) -> Draft | None:
        try:
            raw = json.loads(path.read_bytes().decode("utf-8"))
            return Draft(str(raw["key"]), dict(raw["content"]), raw.get("base_version"),
                         datetime.fromisoformat(raw["saved_at"]), path)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            # Only possible if something other than this module wrote the file; keep it for a human.
            log.warning("unreadable draft file %s left in place", path, exc_info=True)
            return None

    @staticmethod
    def _remove_stale_temp(path: Path) -> None:
        # A young temporary file may belong to a write in progress in another thread or process.
        try:
            if time.time() - path.stat().st_mtime < STALE_TEMP_SECONDS:
                return
            path.unlink()
        except OSError:
            log.debug("could not remove temporary draft %s", path)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
