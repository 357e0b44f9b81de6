"""Files and folders CoGov writes appear only when complete, with the usual permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cogov.atomic import atomic_dir, atomic_path, write_text
from cogov.errors import UsageError


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture()
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_written_file_has_the_permissions_of_any_new_file(tmp_path: Path, umask_022) -> None:
    write_text(tmp_path / "out.txt", "done")
    assert _mode(tmp_path / "out.txt") == 0o644


def test_folder_replaces_the_old_one_whole(tmp_path: Path, umask_022) -> None:
    target = tmp_path / "site"
    target.mkdir()
    (target / "stale.html").write_text("stale")
    with atomic_dir(target) as tmp:
        (tmp / "sub").mkdir()
        write_text(tmp / "index.html", "new")
    assert sorted(p.name for p in target.iterdir()) == ["index.html", "sub"]
    assert _mode(target) == 0o755 and _mode(target / "sub") == 0o755
    assert [p.name for p in tmp_path.iterdir()] == ["site"], "no temporary folder left"


def test_failed_folder_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out"
    with pytest.raises(ValueError), atomic_dir(target) as tmp:
        (tmp / "half.html").write_text("half")
        raise ValueError("stop")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_is_a_plain_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(UsageError, match="cannot write the folder"), atomic_dir(blocker / "x"):
        pass
