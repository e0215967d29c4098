"""Hold Python's cycle collector during one run over a whole city.

A run makes hundreds of thousands of long-lived objects (geometries, rows, features). Python's
collector starts a pass every 700 new container objects and, every so often, walks every object
alive, again and again while the run keeps making them: at 200,000 units that is seconds spent
finding nothing (the objects made by a run hold no reference cycles that would outlive it). The
collector is held while at least one run is under way (runs may overlap in Processing's background
threads) and given back, as it was, when the last one ends; Python then collects as usual.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_LOCK = threading.Lock()
_HOLDERS = 0
_WAS_ENABLED = False


@contextlib.contextmanager
def collector_held() -> Iterator[None]:
    """Hold the cycle collector for the ``with`` block (nested and concurrent blocks share one hold)."""
    global _HOLDERS, _WAS_ENABLED
    with _LOCK:
        if _HOLDERS == 0:
            _WAS_ENABLED = gc.isenabled()
            gc.disable()
        _HOLDERS += 1
    try:
        yield
    finally:
        with _LOCK:
            _HOLDERS -= 1
            if _HOLDERS == 0 and _WAS_ENABLED:
                gc.enable()
