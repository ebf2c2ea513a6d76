"""What every long operation shares: progress and cancel callbacks, and files written atomically.

The GUI runs exports, imports and backups on worker threads. Each takes ``progress(done, total)``
and ``cancel() -> bool``; a cancelled operation raises :class:`Cancelled` and leaves nothing behind:
output goes to a temporary file in the target directory that is fsynced and renamed into place only
when complete, so a crash or a cancel never leaves a half-written file under the final name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from mediation_desk.errors import UserError
from mediation_desk.fileio import fsync_dir
from mediation_desk.messages import register

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

register("job.cancelled", "操作已取消，没有写入任何内容。", "The operation was cancelled; nothing was written.")
register("job.cannot_write", "无法写入“{path}”：{detail}。请检查目录是否存在、是否有写权限和剩余空间。",
         "Cannot write “{path}”: {detail}. Check the folder exists, is writable and has free space.")


class Cancelled(UserError):
    """The user stopped the operation; everything it had begun was undone."""

    code = "job.cancelled"


def check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


@contextlib.contextmanager
def atomic_path(final: str | os.PathLike[str], *, suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path next to ``final``; on success fsync it and rename it over ``final``.

    On any error (including :class:`Cancelled` and KeyboardInterrupt) the temporary file is removed
    and ``final`` is untouched."""
    target = Path(final)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix + ".partial", dir=target.parent)
    except OSError as exc:
        raise UserError("job.cannot_write", path=str(target), detail=exc.strerror or str(exc)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
