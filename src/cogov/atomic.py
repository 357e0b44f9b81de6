"""Files appear only when complete.

Every file CoGov writes goes to a temporary file in the same folder and is renamed over the
target at the end, so a failure or an interrupt leaves either the old file or nothing.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with atomic_path(folder / "out.txt") as tmp:
...     _ = tmp.write_text("done")
>>> (folder / "out.txt").read_text()
'done'
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it over ``target`` on success."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual permissions
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    with atomic_path(target) as tmp, open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def write_text(target: str | os.PathLike[str], text: str) -> None:
    write_bytes(target, text.encode("utf-8"))


@contextlib.contextmanager
def atomic_dir(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield an empty temporary folder beside ``target``; on success it replaces ``target`` whole.

    An earlier folder at ``target`` is moved aside and removed only once the new one is in
    place. A folder that cannot be written is reported as a :class:`~cogov.errors.UsageError`
    naming it; on failure the temporary folder is removed and ``target`` is untouched.
    """
    from cogov.errors import UsageError

    target = Path(target).resolve()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    except OSError as err:
        raise UsageError.keyed(
            "folder_unwritable", target=target, why=err.strerror or err
        ) from None
    try:
        yield tmp
        _publishable(tmp)
        old = None
        if target.exists():
            old = Path(
                tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent)
            )
            old.rmdir()
            os.replace(target, old)
        os.replace(tmp, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as err:
        raise UsageError.keyed("folder_unchanged", target=target, why=err.strerror or err) from None
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _publishable(folder: Path) -> None:
    """Folders get the usual permissions (``mkdtemp`` makes them private)."""
    mask = _umask()
    folder.chmod(0o777 & ~mask)
    for path in folder.rglob("*"):
        if path.is_dir():
            path.chmod(0o777 & ~mask)
