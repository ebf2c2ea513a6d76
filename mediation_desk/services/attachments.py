"""Files kept with a case (identity proofs, evidence, receipts …) in a content-addressed store.

A file is copied into ``<root>/ab/abcdef…`` named by its SHA-256, written to a temporary file,
fsync'ed and renamed into place, so a blob is either absent or complete. The same content added
twice is stored once. The case only holds a link (an ``attachment`` row); removing the link never
deletes a blob another link still uses. :func:`collect_garbage` deletes blobs no link refers to
(older than a grace period, so a file being added right now is never taken).

The root defaults to ``config.data_dir()/attachments``; every function takes ``root`` so a backup,
a test or a shared network folder can point elsewhere.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from mediation_desk import config, messages
from mediation_desk.db.models import Attachment
from mediation_desk.domain.text import clean
from mediation_desk.errors import ConflictError, NotFoundError, UserError, ValidationError, problem
from mediation_desk.fileio import fsync_dir
from mediation_desk.services.common import get_case
from mediation_desk.services.users import Action, require
from mediation_desk.store import Actor, Store

messages.register("attachment.unreadable", "无法读取文件“{path}”：{detail}",
                  "Cannot read the file “{path}”: {detail}")
messages.register("attachment.missing",
                  "附件“{title}”的文件在附件库中找不到（{path}）。请从备份恢复附件库，或重新添加该文件。",
                  "The file of attachment “{title}” is missing from the store ({path}). Restore it or add it again.")
messages.register("attachment.duplicate", "同一文件已作为“{kind}”添加到本案（“{title}”）。",
                  "The same file is already attached to this case as “{kind}” (“{title}”).")

_CHUNK = 1024 * 1024
_TMP_DIR = "tmp"


class AttachmentKind(StrEnum):
    """Kinds in the order of the case file (卷宗): identity proofs first, other papers last."""

    IDENTITY_PROOF = "identity_proof"  # 3 当事人身份证明
    POWER_OF_ATTORNEY = "power_of_attorney"  # 4 授权委托书
    INVESTIGATION = "investigation"  # 5 调查材料
    EVIDENCE = "evidence"  # 6 证据材料
    PERFORMANCE_PROOF = "performance_proof"  # 9 履行凭证
    JUDICIAL_CONFIRMATION = "judicial_confirmation"  # 11 司法确认材料
    OTHER = "other"  # 12 其他材料


KIND_LABELS: dict[str, str] = {
    "identity_proof": "当事人身份证明",
    "power_of_attorney": "授权委托书",
    "investigation": "调查材料",
    "evidence": "证据材料",
    "performance_proof": "履行凭证",
    "judicial_confirmation": "司法确认材料",
    "other": "其他材料",
}
# Position in the bound case file (DOMAIN.md, 卷宗 order), used to sort and to build the index.
CASE_FILE_ORDER: dict[str, int] = {"identity_proof": 3, "power_of_attorney": 4, "investigation": 5,
                                   "evidence": 6, "performance_proof": 9, "judicial_confirmation": 11,
                                   "other": 12}


@dataclass(frozen=True)
class AttachmentView:
    id: int
    case_id: int
    kind: str
    kind_label: str
    case_file_position: int
    title: str
    filename: str
    media_type: str
    sha256: str
    size: int
    pages: int
    added_at: datetime
    added_by: int | None


def default_root() -> Path:
    return config.data_dir() / "attachments"


class BlobStore:
    """The content-addressed files under ``root``."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else default_root()

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, source: Path) -> tuple[str, int]:
        """Copy ``source`` in (hashing as it goes); returns (sha256, size). Idempotent per content."""
        tmp_dir = self.root / _TMP_DIR
        tmp_dir.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp = tempfile.mkstemp(dir=tmp_dir)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.exists():
                os.unlink(tmp)
                # Touch it: a garbage collection running now must see it as young and leave it.
                os.utime(final)
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, final)
                fsync_dir(final.parent)
            return sha, size
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise

    def delete(self, sha256: str) -> bool:
        try:
            self.path_for(sha256).unlink()
            return True
        except FileNotFoundError:
            return False

    def all_hashes(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for d in self.root.iterdir() if d.is_dir() and len(d.name) == 2
                      for p in d.iterdir() if len(p.name) == 64)


def _view(a: Attachment) -> AttachmentView:
    return AttachmentView(a.id, a.case_id, a.kind, KIND_LABELS.get(a.kind, a.kind), CASE_FILE_ORDER.get(a.kind, 12),
                          a.title, a.filename, a.media_type, a.sha256, a.size, a.pages, a.added_at, a.added_by)


def add_attachment(store: Store, actor: Actor, case_id: int, source: Path | str, kind: str, *, title: str = "",
                   pages: int = 1, root: Path | None = None) -> AttachmentView:
    """Copy ``source`` into the store and link it to the case as ``kind``."""
    require(actor, Action.EDIT_CASE)
    source = Path(source)
    if kind not in KIND_LABELS:
        raise ValidationError([problem("kind", "field.unknown_choice", label="材料类别", value=kind,
                                       choices="、".join(KIND_LABELS.values()))])
    if pages < 1:
        raise ValidationError([problem("pages", "field.negative_amount", label="页数")])
    with store.read() as s:
        get_case(s, actor, case_id)  # refuse before copying anything for a case the actor cannot see
    blobs = BlobStore(root)
    try:
        sha, size = blobs.put(source)
    except OSError as exc:
        raise UserError("attachment.unreadable", path=str(source), detail=exc.strerror or str(exc)) from exc
    media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    with store.write(actor) as uow:
        s = uow.session
        get_case(s, actor, case_id)
        same = s.scalars(select(Attachment).where(Attachment.case_id == case_id, Attachment.kind == kind,
                                                  Attachment.sha256 == sha)).first()
        if same is not None:
            raise ConflictError("attachment.duplicate", kind=KIND_LABELS[kind], title=same.title)
        a = Attachment(case_id=case_id, kind=kind, title=clean(title) or source.stem, filename=source.name[:255],
                       media_type=media_type, sha256=sha, size=size, pages=pages, added_by=actor.user_id)
        s.add(a)
        s.flush()
        uow.audit("attach", "attachment", a.id, case_id=case_id,
                  after={"kind": kind, "title": a.title, "filename": a.filename, "sha256": sha, "size": size})
        return _view(a)


def list_attachments(store: Store, actor: Actor, case_id: int) -> list[AttachmentView]:
    """A case's attachments in case-file order, then in the order they were added."""
    require(actor, Action.VIEW_CASE)
    with store.read() as s:
        get_case(s, actor, case_id)
        rows = [_view(a) for a in s.scalars(select(Attachment).where(Attachment.case_id == case_id)
                                            .order_by(Attachment.id))]
    return sorted(rows, key=lambda v: (v.case_file_position, v.id))


def open_path(store: Store, actor: Actor, attachment_id: int, *, root: Path | None = None) -> Path:
    """The stored file of an attachment (to open or print); refuses clearly if the blob is missing."""
    require(actor, Action.VIEW_CASE)
    with store.read() as s:
        a = s.get(Attachment, attachment_id)
        if a is None:
            raise NotFoundError(what="附件", key=str(attachment_id))
        get_case(s, actor, a.case_id)
        title, sha = a.title, a.sha256
    path = BlobStore(root).path_for(sha)
    if not path.is_file():
        raise UserError("attachment.missing", title=title, path=str(path))
    return path


def export_copy(store: Store, actor: Actor, attachment_id: int, target_dir: Path, *,
                root: Path | None = None) -> Path:
    """Copy an attachment out under its original file name (the stored blob has no extension)."""
    path = open_path(store, actor, attachment_id, root=root)
    with store.read() as s:
        a = s.get(Attachment, attachment_id)
        assert a is not None
        name = a.filename
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / name
    shutil.copyfile(path, target)
    return target


def remove_attachment(store: Store, actor: Actor, attachment_id: int) -> None:
    """Remove the link from the case; the file stays in the store (see :func:`collect_garbage`)."""
    require(actor, Action.EDIT_CASE)
    with store.write(actor) as uow:
        s = uow.session
        a = s.get(Attachment, attachment_id)
        if a is None:
            raise NotFoundError(what="附件", key=str(attachment_id))
        get_case(s, actor, a.case_id)
        before = {"kind": a.kind, "title": a.title, "filename": a.filename, "sha256": a.sha256, "size": a.size}
        case_id = a.case_id
        s.delete(a)
        s.flush()
        uow.audit("detach", "attachment", attachment_id, case_id=case_id, before=before)


def collect_garbage(store: Store, *, root: Path | None = None, min_age_seconds: float = 3600) -> list[str]:
    """Delete blobs no attachment refers to (in any committee) and that are older than the grace period."""
    blobs = BlobStore(root)
    with store.read() as s:
        referenced = set(s.scalars(select(Attachment.sha256).distinct()))
    now = time.time()
    removed = []
    for sha in blobs.all_hashes():
        if sha in referenced:
            continue
        path = blobs.path_for(sha)
        try:
            if now - path.stat().st_mtime < min_age_seconds:
                continue
        except FileNotFoundError:
            continue
        if blobs.delete(sha):
            removed.append(sha)
    tmp_dir = blobs.root / _TMP_DIR
    if tmp_dir.is_dir():
        for p in tmp_dir.iterdir():  # left by a copy that was killed half-way
            if now - p.stat().st_mtime >= min_age_seconds:
                p.unlink(missing_ok=True)
    return removed
