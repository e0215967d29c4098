"""Norm packs, storage: where packs are found (built-in, the user folder, folders the caller adds),
loading them by id or file (cached for the session), and saving a user copy."""

from __future__ import annotations

import copy
import json
import logging
import os
import sys
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple, Union

import yaml

from almaty_planner.core.errors import NormPackError
from almaty_planner.core.i18n import tr
from almaty_planner.core.norms.model import SCHEMA_VERSION, NormPack
from almaty_planner.core.norms.resolution import _check_resolved, _resolve
from almaty_planner.core.norms.validation import PACK_SUFFIXES, _plain, read_pack_file, validate_content
from almaty_planner.core.paths import resources_dir

log = logging.getLogger("almaty_planner.core.norms")

ENV_NORMS_DIR = "ALMATY_PLANNER_NORMS_DIR"


# --------------------------------------------------------------------------------------------------
# Finding and loading packs
# --------------------------------------------------------------------------------------------------
def builtin_norms_dir() -> Path:
    """The folder of the packs shipped with the plugin."""
    return resources_dir() / "norms"


def user_norms_dir() -> Path:
    """The user's pack folder: $ALMATY_PLANNER_NORMS_DIR, else a per-user data folder (not created)."""
    env = os.environ.get(ENV_NORMS_DIR)
    if env:
        return Path(env).expanduser()
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "almaty_planner" / "norms"


def pack_dirs(extra_dirs: Iterable[Union[str, Path]] | None = None) -> list[Path]:
    """Folders searched for packs: built-in, the user folder, then ``extra_dirs`` (e.g. QGIS profile)."""
    dirs = [builtin_norms_dir(), user_norms_dir()]
    for d in extra_dirs or ():
        dirs.append(Path(d))
    unique: list[Path] = []
    for d in dirs:
        if d not in unique:
            unique.append(d)
    return unique


def _pack_files(dirs: Iterable[Path]) -> list[Path]:
    """Pack files in ``dirs`` (not recursive), in folder order then name order."""
    files = []
    for d in dirs:
        if d.is_dir():
            files.extend(sorted(p for p in d.iterdir() if p.is_file() and p.suffix.lower() in PACK_SUFFIXES))
    return files


class AvailablePacks(NamedTuple):
    """The packs that load, by id, and the files refused with their errors."""

    packs: dict[str, NormPack]
    refused: list[NormPackError]


# --------------------------------------------------------------------------------------------------
# The session cache: a folder's packs are read again only when a pack file is added, removed or changed
# (or after refresh_packs(), which the Processing provider's refresh and save_pack call)
# --------------------------------------------------------------------------------------------------
_LOCK = threading.RLock()
_SCANS: dict[tuple[str, ...], tuple[tuple[Any, ...], Any]] = {}
_AVAILABLE: dict[tuple[str, ...], tuple[tuple[Any, ...], AvailablePacks]] = {}
_RESOLVED: dict[tuple[tuple[str, ...], str], tuple[tuple[Any, ...], NormPack]] = {}


def refresh_packs() -> None:
    """Forget the packs read so far: the next call reads every pack file again."""
    with _LOCK:
        _SCANS.clear()
        _AVAILABLE.clear()
        _RESOLVED.clear()


def _state(dirs: Iterable[Path]) -> tuple[Any, ...]:
    """Name, size and modification time of every pack file in ``dirs`` (what the cache is valid for)."""
    state = []
    for path in _pack_files(dirs):
        try:
            stat = path.stat()
        except OSError:  # removed while listing: the next listing tells
            continue
        state.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(state)


def _key(dirs: Iterable[Path]) -> tuple[str, ...]:
    """The cache key of a list of folders."""
    return tuple(str(d) for d in dirs)


def _scan(dirs: list[Path]) -> tuple[dict[str, tuple[Path, dict[str, Any]]], list[NormPackError]]:
    """Every file of ``dirs`` read and validated (cached while the files stay as they are)."""
    key, state = _key(dirs), _state(dirs)
    with _LOCK:
        hit = _SCANS.get(key)
        if hit is not None and hit[0] == state:
            found, refused = hit[1]
            return dict(found), list(refused)
    found, refused = _read_all(dirs)
    with _LOCK:
        _SCANS[key] = (state, (found, refused))
    return dict(found), list(refused)


def _resolved(pack_id: str, dirs: list[Path], found: Mapping[str, tuple[Path, dict[str, Any]]]) -> NormPack:
    """``pack_id`` resolved through its parents (cached while the files of ``dirs`` stay as they are)."""
    key, state = (_key(dirs), pack_id), _state(dirs)
    with _LOCK:
        hit = _RESOLVED.get(key)
        if hit is not None and hit[0] == state:
            return hit[1]
    pack = _resolve(pack_id, found)
    with _LOCK:
        _RESOLVED[key] = (state, pack)
    return pack


def _read_all(dirs: list[Path]) -> tuple[dict[str, tuple[Path, dict[str, Any]]], list[NormPackError]]:
    """Read and validate every file; map id -> (file, content); duplicates and bad files refused."""
    found: dict[str, tuple[Path, dict[str, Any]]] = {}
    refused: list[NormPackError] = []
    for path in _pack_files(dirs):
        try:
            content = validate_content(read_pack_file(path), path)
        except NormPackError as exc:
            refused.append(exc)
            continue
        if content["id"] in found:
            refused.append(
                NormPackError(
                    tr("pack id {pack_id!r} is already defined in {other}").format(
                        pack_id=content["id"], other=found[content["id"]][0]
                    ),
                    file=str(path),
                    key="id",
                )
            )
            continue
        found[content["id"]] = (path, content)
    return found, refused


def available_packs(extra_dirs: Iterable[Union[str, Path]] | None = None) -> AvailablePacks:
    """Every pack that loads (by id) and, separately, every refused file with its error.

    Read once per session and again when a pack file is added, removed or changed (or after
    :func:`refresh_packs`); the refused files are logged when they are read.
    """
    dirs = pack_dirs(extra_dirs)
    key, state = _key(dirs), _state(dirs)
    with _LOCK:
        hit = _AVAILABLE.get(key)
        if hit is not None and hit[0] == state:
            return AvailablePacks(dict(hit[1].packs), list(hit[1].refused))
    found, refused = _scan(dirs)
    packs: dict[str, NormPack] = {}
    for pack_id in sorted(found):
        try:
            packs[pack_id] = _resolved(pack_id, dirs, found)
        except NormPackError as err:
            refused.append(
                err if err.file is not None else NormPackError(err.detail, file=str(found[pack_id][0]), key=err.key)
            )
    for exc in refused:
        log.warning("norm pack refused: %s", exc)
    result = AvailablePacks(packs, refused)
    with _LOCK:
        _AVAILABLE[key] = (state, result)
    return AvailablePacks(dict(packs), list(refused))


def load_pack(pack_id: Union[str, Path], extra_dirs: Iterable[Union[str, Path]] | None = None) -> NormPack:
    """Load the pack ``pack_id`` (or the pack file at that path) with its parents resolved."""
    dirs = pack_dirs(extra_dirs)
    candidate = Path(str(pack_id))
    if candidate.suffix.lower() in PACK_SUFFIXES and candidate.is_file():
        content = validate_content(read_pack_file(candidate), candidate)
        found, _ = _scan([*dirs, candidate.parent])
        found = {k: v for k, v in found.items() if k != content["id"]}
        found[content["id"]] = (candidate, content)
        return _resolve(content["id"], found)
    found, refused = _scan(dirs)
    if pack_id not in found:
        for exc in refused:
            if exc.file and Path(exc.file).stem == pack_id:
                raise exc
        raise NormPackError(
            tr("norm pack {pack_id!r} not found; available packs: {known}").format(
                pack_id=str(pack_id), known=", ".join(sorted(found))
            ),
            key="id",
        )
    return _resolved(str(pack_id), dirs, found)


def save_pack(
    pack: Union[NormPack, Mapping[str, Any]],
    new_id: str,
    *,
    folder: Union[str, Path] | None = None,
    title: Union[str, Mapping[str, str], None] = None,
    edition: str | None = None,
    overwrite: bool = False,
    extra_dirs: Iterable[Union[str, Path]] | None = None,
) -> Path:
    """Write ``pack`` (a NormPack or an edited ``to_dict()``) as a standalone pack ``new_id``.

    The copy has no parent (it holds the whole resolved content) and records what it was copied
    from in its notes. Written to ``folder`` (default ``user_norms_dir()``) as ``<new_id>.yaml``;
    refused when the content is not valid or the id is taken (unless ``overwrite`` for a user file).
    """
    content = pack.to_dict() if isinstance(pack, NormPack) else copy.deepcopy(dict(pack))
    origin = f"{pack.id} {pack.edition} sha256:{pack.content_hash}" if isinstance(pack, NormPack) else ""
    folder = Path(folder) if folder is not None else user_norms_dir()
    target = folder / f"{new_id}.yaml"
    content["id"] = new_id
    content["parent"] = None
    content.pop("schema_version", None)
    if title is not None:
        content["title"] = title
    if edition is not None:
        content["edition"] = edition
    if origin:
        previous = content.get("notes") or ""
        content["notes"] = (previous + "\n" if previous else "") + f"Copied from {origin}."
    content = {"schema_version": SCHEMA_VERSION, **content}
    checked = validate_content(_plain(json.loads(json.dumps(content, default=str))), target)
    _check_resolved(copy.deepcopy(checked), target)
    found, _ = _scan([*pack_dirs(extra_dirs), folder])
    if new_id in found and not (overwrite and found[new_id][0].resolve() == target.resolve()):
        raise NormPackError(
            tr("a pack with id {pack_id!r} already exists ({file}); choose another id").format(
                pack_id=new_id, file=found[new_id][0]
            ),
            file=str(target),
            key="id",
        )
    folder.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(_for_yaml(content), allow_unicode=True, sort_keys=False, width=110)
    tmp = target.with_suffix(".yaml.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    refresh_packs()
    log.info("norm pack %s saved to %s", new_id, target)
    return target


def _for_yaml(obj: Any) -> Any:
    """Drop empty defaults and None so the written file reads like a hand-written one."""
    if isinstance(obj, dict):
        return {k: _for_yaml(v) for k, v in obj.items() if (v is not None and v != {}) or k in ("sources", "services")}
    if isinstance(obj, list):
        return [_for_yaml(v) for v in obj]
    return obj
