"""Stable sorting of large index and distance arrays, faster than numpy's general stable sort.

The engine orders hundreds of thousands of (point, facility) pairs by distance, then facility, then
point, and groups them by facility or point. numpy's stable sort of 64-bit keys is a merge sort; for
keys of 16 bits it is a radix sort, several times faster. These functions sort non-negative integers
and non-negative floats 16 bits at a time, least significant first, each pass a stable radix sort:
the permutation is exactly the one ``np.argsort(keys, kind="stable")`` and ``np.lexsort`` give (a
stable order is unique). Any other keys (negative, NaN, other types) go to numpy's own sort.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

_DIGIT = 16
_MASK = (1 << _DIGIT) - 1


def _unsigned(keys: NDArray[Any]) -> NDArray[np.uint64] | None:
    """Keys as unsigned integers in the same order, or None when this module does not sort them."""
    if keys.dtype.kind in "iu":
        if len(keys) and keys.min() < 0:
            return None
        return keys.astype(np.uint64, copy=False)
    if keys.dtype == np.float64:
        # the bits of a double from +0.0 up to +inf rise with its value; not so for negative values,
        # NaN or -0.0 (equal to +0.0, but its bits are the highest)
        if np.signbit(keys).any() or np.isnan(keys).any():
            return None
        return keys.view(np.uint64)
    return None


def _radix_pass(order: NDArray[np.int64] | None, keys: NDArray[np.uint64]) -> NDArray[np.int64]:
    """``order`` (None: the identity) stably re-sorted by ``keys``, 16 bits at a time from the lowest."""
    top = int(keys.max()) if len(keys) else 0
    shift = 0
    while True:
        current = keys if order is None else keys[order]
        digit = ((current >> np.uint64(shift)) & np.uint64(_MASK)).astype(np.uint16)
        step = np.argsort(digit, kind="stable")
        order = step if order is None else order[step]
        shift += _DIGIT
        if top >> shift == 0:
            return order.astype(np.int64, copy=False)


def stable_argsort(keys: Any) -> NDArray[np.int64]:
    """``np.argsort(keys, kind="stable")``, by radix passes for non-negative integers and floats."""
    keys = np.asarray(keys)
    unsigned = _unsigned(keys)
    if unsigned is None or keys.ndim != 1:
        return np.argsort(keys, kind="stable").astype(np.int64, copy=False)
    return _radix_pass(None, unsigned)


def lexsort(keys: Sequence[Any]) -> NDArray[np.int64]:
    """``np.lexsort(keys)``: sorted by the last key, ties by the one before, and so on."""
    arrays = [np.asarray(k) for k in keys]
    unsigned = [_unsigned(k) for k in arrays]
    if any(u is None for u in unsigned) or any(k.ndim != 1 for k in arrays):
        numpy_order: NDArray[np.int64] = np.lexsort(arrays).astype(np.int64, copy=False)
        return numpy_order
    order: NDArray[np.int64] | None = None
    for key in unsigned:  # least significant first: each pass keeps the order of the passes before
        assert key is not None
        order = _radix_pass(order, key)
    if order is None:
        return np.empty(0, dtype=np.int64)
    return order


def first_occurrences(values: Any) -> NDArray[np.bool_]:
    """True at the first position of each distinct value (``np.unique(values, return_index=True)``)."""
    values = np.asarray(values)
    out = np.zeros(len(values), dtype=bool)
    if not len(values):
        return out
    order = stable_argsort(values)
    ordered = values[order]
    new = np.ones(len(values), dtype=bool)
    new[1:] = ordered[1:] != ordered[:-1]
    out[order[new]] = True
    return out
