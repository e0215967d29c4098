"""Reading norm pack files safely: a size limit before parsing, YAML without aliases and deep nesting.

A norm pack is a small, hand-edited file (the shipped ones are about 10 KB). A file in the user's pack
folder is read every time the packs are listed (every Processing algorithm lists them), so a hostile
or broken file must be refused at once and never block the others:

* a file larger than :data:`MAX_PACK_BYTES` is refused before it is read;
* YAML anchors may be written but aliases (``*name``, ``<<: *name``) are refused while the document
  is composed, before anything is expanded: a "billion laughs" file of a few hundred bytes, which
  would expand to gigabytes, is refused in microseconds;
* nesting deeper than :data:`MAX_DEPTH` is refused (no recursion error, no stack exhaustion).

PyYAML's ``SafeLoader`` (no Python objects are ever constructed) is the base.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Union

import yaml
from yaml.events import AliasEvent, CollectionStartEvent

from almaty_planner.core.errors import NormPackError
from almaty_planner.core.i18n import tr

MAX_PACK_BYTES = 1024 * 1024
MAX_DEPTH = 50


class PackYAMLError(yaml.YAMLError):
    """A pack file refused by the safe reader (alias, nesting), with the line concerned."""


class PackLoader(yaml.SafeLoader):
    """PyYAML's SafeLoader that refuses aliases and nesting deeper than MAX_DEPTH while composing."""

    def __init__(self, stream: Any) -> None:
        """Start at depth 0."""
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose one node, refusing an alias before it is resolved and a collection nested too deep."""
        if self.check_event(AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise PackYAMLError(
                tr("line {line}: YAML aliases (*{name}) are not allowed in a norm pack; write the values out").format(
                    line=event.start_mark.line + 1, name=event.anchor
                )
            )
        nested = self.check_event(CollectionStartEvent)
        if nested:
            self._depth += 1
            if self._depth > MAX_DEPTH:
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise PackYAMLError(
                    tr("line {line}: nested more than {limit} levels deep").format(
                        line=event.start_mark.line + 1, limit=MAX_DEPTH
                    )
                )
        try:
            return super().compose_node(parent, index)
        finally:
            if nested:
                self._depth -= 1


def read_pack_text(path: Union[str, Path]) -> str:
    """The text of a pack file, refused (NormPackError) when larger than MAX_PACK_BYTES or unreadable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:
            raise NormPackError(
                tr("the file is {size} KB; a norm pack may be at most {limit} KB").format(
                    size=size // 1024, limit=MAX_PACK_BYTES // 1024
                ),
                file=str(path),
            )
        with path.open("rb") as handle:
            raw = handle.read(MAX_PACK_BYTES + 1)
        if len(raw) > MAX_PACK_BYTES:  # grew while being read
            raise NormPackError(
                tr("the file is larger than {limit} KB, the most a norm pack may be").format(
                    limit=MAX_PACK_BYTES // 1024
                ),
                file=str(path),
            )
        return raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise NormPackError(tr("cannot read the file: {error}").format(error=exc), file=str(path)) from None


def load_yaml(text: str, loader: type[PackLoader] = PackLoader) -> Any:
    """Parse YAML text with ``loader`` (PackLoader or a subclass); PackYAMLError/YAMLError when refused."""
    instance = loader(text)
    try:
        return instance.get_single_data()
    finally:
        instance.dispose()
