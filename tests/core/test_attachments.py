"""Case attachments in a content-addressed store: atomic, deduplicated, links removed safely."""

from __future__ import annotations

import hashlib

import pytest

from mediation_desk import config
from mediation_desk.errors import ConflictError, PermissionDeniedError, UserError, ValidationError
from mediation_desk.services import attachments as att
from tests.core.casework import actor_with_role, audit_events, new_case
from tests.factories import make_id


@pytest.fixture
def files(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    idcard = src / "张三身份证.jpg"
    idcard.write_bytes(b"\xff\xd8\xff" + "身份证正反面".encode() * 1000)
    receipt = src / "收条.pdf"
    receipt.write_bytes(b"%PDF-1.4 " + b"receipt" * 100)
    return idcard, receipt


def test_add_list_open(store, actor, files, tmp_path):
    idcard, receipt = files
    root = tmp_path / "blobs"
    case_id = new_case(store, actor)
    r = att.add_attachment(store, actor, case_id, receipt, "performance_proof", title="赔偿款收条", root=root)
    i = att.add_attachment(store, actor, case_id, idcard, "identity_proof", root=root, pages=2)
    sha = hashlib.sha256(idcard.read_bytes()).hexdigest()
    assert i.sha256 == sha and i.size == idcard.stat().st_size and i.media_type == "image/jpeg"
    assert i.title == "张三身份证" and i.kind_label == "当事人身份证明" and i.pages == 2
    path = att.open_path(store, actor, i.id, root=root)
    assert path == root / sha[:2] / sha and path.read_bytes() == idcard.read_bytes()
    # Case-file order: identity proofs (3) before performance proofs (9), whatever the order added.
    assert [a.id for a in att.list_attachments(store, actor, case_id)] == [i.id, r.id]
    assert list((root / "tmp").iterdir()) == []  # no temporary file left behind
    copy = att.export_copy(store, actor, r.id, tmp_path / "out", root=root)
    assert copy.name == "收条.pdf" and copy.read_bytes() == receipt.read_bytes()
    ev = audit_events(store, "attachment", "attach")[-1]
    assert ev.after["sha256"] == sha and ev.case_id == case_id


def test_default_root_is_under_the_data_dir(store, actor, files):
    case_id = new_case(store, actor)
    a = att.add_attachment(store, actor, case_id, files[0], "identity_proof")
    assert att.open_path(store, actor, a.id).is_relative_to(config.data_dir() / "attachments")


def test_same_content_is_stored_once_and_kept_while_linked(store, actor, files, tmp_path):
    idcard, _ = files
    root = tmp_path / "blobs"
    first, second = new_case(store, actor), new_case(store, actor, applicant="王五", applicant_id=make_id(order="789"))
    a = att.add_attachment(store, actor, first, idcard, "identity_proof", root=root)
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(idcard.read_bytes())
    b = att.add_attachment(store, actor, second, copy, "identity_proof", root=root)
    assert a.sha256 == b.sha256
    assert att.BlobStore(root).all_hashes() == [a.sha256]
    with pytest.raises(ConflictError):
        att.add_attachment(store, actor, first, copy, "identity_proof", root=root)
    att.remove_attachment(store, actor, a.id)
    assert att.list_attachments(store, actor, first) == []
    assert att.collect_garbage(store, root=root, min_age_seconds=0) == []  # still linked from the second case
    assert att.open_path(store, actor, b.id, root=root).read_bytes() == idcard.read_bytes()
    att.remove_attachment(store, actor, b.id)
    assert att.collect_garbage(store, root=root) == []  # too young: might be being added right now
    assert att.collect_garbage(store, root=root, min_age_seconds=0) == [a.sha256]
    assert att.BlobStore(root).all_hashes() == []
    assert audit_events(store, "attachment", "detach")[-1].before["sha256"] == a.sha256


def test_refusals(store, actor, files, tmp_path):
    idcard, _ = files
    root = tmp_path / "blobs"
    case_id = new_case(store, actor)
    with pytest.raises(ValidationError):
        att.add_attachment(store, actor, case_id, idcard, "photo", root=root)
    with pytest.raises(UserError) as err:
        att.add_attachment(store, actor, case_id, tmp_path / "nope.pdf", "evidence", root=root)
    assert err.value.code == "attachment.unreadable"
    liaison = actor_with_role(store, actor, "liaison")
    with pytest.raises(PermissionDeniedError):
        att.add_attachment(store, liaison, case_id, idcard, "evidence", root=root)
    a = att.add_attachment(store, actor, case_id, idcard, "evidence", root=root)
    att.BlobStore(root).path_for(a.sha256).unlink()
    with pytest.raises(UserError) as err2:
        att.open_path(store, actor, a.id, root=root)
    assert err2.value.code == "attachment.missing" and "备份" in err2.value.message()
