"""Write an output file safely: into a temporary file of the same folder, then move it into place.

A writer never leaves a half-written file: the temporary file is removed on any error, and an
existing output is replaced (with ``os.replace``, atomic on the same volume) only once the new
file is complete. A missing folder, a read-only folder or target, and a target held open by
another program (Excel on Windows refuses ``os.replace`` with a PermissionError) give an
:class:`~almaty_planner.core.errors.OutputError` that says what to do.

Usage::

    from almaty_planner.core.safe_write import write_atomically
    write_atomically(path, lambda tmp: workbook.save(tmp))

or, for writers that want the temporary path in a ``with`` block::

    with atomic_path(path) as tmp:
        frame.to_csv(tmp)
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Callable, Union

from almaty_planner.core.errors import OutputError, PlannerError
from almaty_planner.core.i18n import tr

log = logging.getLogger(__name__)

PathLike = Union[str, "os.PathLike[str]"]
_LOCKED = (errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY)


def _check_target(target: Path) -> None:
    """Refuse a target whose folder is missing, or that is a folder or a read-only file."""
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(
            tr("cannot write {path}: the folder {folder} does not exist").format(path=target, folder=folder)
        )
    if target.is_dir():
        raise OutputError(tr("cannot write {path}: it is a folder").format(path=target))
    if target.exists() and not os.access(target, os.W_OK):
        raise OutputError(
            tr("cannot replace {path}: the file is read-only; choose another name or make it writable").format(
                path=target
            )
        )


def _remove(path: Path) -> None:
    """Delete ``path`` if it exists, logging (not raising) a failure."""
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:  # pragma: no cover - depends on the OS
        log.warning("could not remove the temporary file %s: %s", path, exc)


def _fsync(path: Path) -> None:
    """Flush the file's content to disk before it replaces the old output."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - unusual file systems
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - e.g. some network drives
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    """The process umask (read once; mkstemp creates files readable by the owner only)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()


def _set_mode(tmp: Path, target: Path) -> None:
    """Give the new file the old file's permissions, or the usual ones for a new file."""
    try:
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_UMASK
        os.chmod(tmp, mode)
    except OSError:  # pragma: no cover - e.g. FAT / network drives
        pass


@contextlib.contextmanager
def atomic_path(path: PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success move it onto ``path``, on error remove it.

    Raises OutputError when the folder is missing or read-only or the target cannot be replaced
    (open in another program, read-only). Errors of the writer itself propagate unchanged after
    the temporary file has been removed; the old output, if any, is left as it was.
    """
    target = Path(path).expanduser().absolute()
    _check_target(target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".~{target.stem}.", suffix=f"{target.suffix}.tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(
            tr("cannot write in the folder {folder}: {reason}").format(folder=target.parent, reason=exc.strerror or exc)
        ) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise OutputError(tr("cannot write {path}: the writer produced no data").format(path=target))
        _fsync(tmp)
        _set_mode(tmp, target)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            if exc.errno in _LOCKED or isinstance(exc, PermissionError):
                raise OutputError(
                    tr(
                        "cannot replace {path}: the file is open in another program (e.g. Excel) or read-only; "
                        "close it and try again, or choose another name"
                    ).format(path=target)
                ) from exc
            raise OutputError(
                tr("cannot write {path}: {reason}").format(path=target, reason=exc.strerror or exc)
            ) from exc
    except BaseException:
        _remove(tmp)
        raise


def write_atomically(path: PathLike, writer: Callable[[Path], object]) -> Path:
    """Call ``writer(tmp_path)`` and move the result onto ``path``; return the final path.

    OS errors raised by the writer (disk full, permission) become OutputError; nothing is left.
    """
    target = Path(path).expanduser().absolute()
    with atomic_path(target) as tmp:
        try:
            writer(tmp)
        except PlannerError:
            raise
        except OSError as exc:
            raise OutputError(
                tr("cannot write {path}: {reason}").format(path=target, reason=exc.strerror or exc)
            ) from exc
    return target
