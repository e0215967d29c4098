"""Atomic output: a complete new file or the old one untouched, never a partial or temporary file."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from almaty_planner.core import safe_write
from almaty_planner.core.errors import OutputError
from almaty_planner.core.safe_write import atomic_path, write_atomically


def _write(text: str):
    """A writer that writes ``text`` to the path it is given."""
    return lambda p: Path(p).write_text(text, encoding="utf-8")


def test_writes_new_file_and_replaces_old(tmp_path: Path) -> None:
    """The target gets the new content; no temporary file stays in the folder."""
    target = tmp_path / "report.xlsx"
    assert write_atomically(target, _write("first")) == target
    assert target.read_text(encoding="utf-8") == "first"
    write_atomically(target, _write("second"))
    assert target.read_text(encoding="utf-8") == "second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_failing_writer_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    """An error in the middle of writing keeps the old report and removes the half-written file."""
    target = tmp_path / "report.xlsx"
    target.write_text("old", encoding="utf-8")

    def broken(p: Path) -> None:
        Path(p).write_text("half", encoding="utf-8")
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        write_atomically(target, broken)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_missing_folder(tmp_path: Path) -> None:
    """A folder that does not exist gives an OutputError naming it; nothing is created."""
    with pytest.raises(OutputError, match="does not exist"):
        write_atomically(tmp_path / "nope" / "r.xlsx", _write("x"))
    assert not (tmp_path / "nope").exists()


def test_target_is_a_folder(tmp_path: Path) -> None:
    """A target that is a folder is refused."""
    (tmp_path / "r.xlsx").mkdir()
    with pytest.raises(OutputError, match="folder"):
        write_atomically(tmp_path / "r.xlsx", _write("x"))


def test_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only folder gives an OutputError and leaves nothing behind.

    The folder is made read-only; root ignores the mode bits, so for root the refusal of the
    operating system (EACCES from creating the temporary file) is reproduced as well.
    """
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    if hasattr(os, "geteuid") and os.geteuid() == 0:

        def denied(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", denied)
    try:
        with pytest.raises(OutputError, match="cannot write in the folder"):
            write_atomically(folder / "r.xlsx", _write("x"))
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_locked_target_keeps_old_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """os.replace refused (Excel holds the file on Windows): clear error, old file intact, no temp."""
    target = tmp_path / "report.xlsx"
    target.write_text("old", encoding="utf-8")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(safe_write.os, "replace", locked)
    with pytest.raises(OutputError, match="open in another program"):
        write_atomically(target, _write("new"))
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_read_only_target_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only existing report is refused before anything is written."""
    target = tmp_path / "report.xlsx"
    target.write_text("old", encoding="utf-8")
    monkeypatch.setattr(safe_write.os, "access", lambda p, mode: False)
    with pytest.raises(OutputError, match="read-only"):
        write_atomically(target, _write("new"))
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_writer_os_error_becomes_output_error(tmp_path: Path) -> None:
    """A disk-full style OSError of the writer becomes an OutputError; no file is left."""

    def full(p: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OutputError, match="No space left"):
        write_atomically(tmp_path / "r.xlsx", full)
    assert list(tmp_path.iterdir()) == []


def test_empty_output_is_refused(tmp_path: Path) -> None:
    """A writer that writes nothing does not replace an existing report with an empty file."""
    target = tmp_path / "r.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(OutputError, match="no data"), atomic_path(target):
        pass
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.csv"]


def test_new_file_gets_usual_permissions(tmp_path: Path) -> None:
    """The report is not left readable by its owner only (mkstemp's 0600)."""
    target = tmp_path / "r.txt"
    write_atomically(target, _write("x"))
    mask = os.umask(0o022)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
