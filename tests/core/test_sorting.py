"""core/sorting.py: the radix orders are numpy's own stable orders, position by position."""

from __future__ import annotations

import numpy as np
import pytest

from almaty_planner.core import sorting


def _keys(rng: np.random.Generator, kind: str, n: int) -> np.ndarray:
    if kind == "small":
        return rng.integers(0, 40, n)  # many ties
    if kind == "wide":
        return rng.integers(0, 2**40, n)  # three 16-bit digits
    if kind == "top":
        return rng.integers(2**62, 2**63 - 1, n, dtype=np.int64)  # four digits
    if kind == "uint16":
        return rng.integers(0, 2**16, n).astype(np.uint16)
    if kind == "metres":
        return np.round(rng.uniform(0, 3000, n), int(rng.integers(0, 3)))  # ties, and +0.0
    if kind == "floats":
        values = rng.uniform(0, 1e6, n)
        values[rng.random(n) < 0.05] = np.inf
        values[rng.random(n) < 0.05] = 0.0
        values[rng.random(n) < 0.05] = 5e-324  # the smallest subnormal
        return values
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["small", "wide", "top", "uint16", "metres", "floats"])
@pytest.mark.parametrize("seed", range(3))
def test_stable_argsort_is_numpys(kind: str, seed: int) -> None:
    rng = np.random.default_rng(seed)
    keys = _keys(rng, kind, int(rng.integers(0, 5000)))
    assert sorting.stable_argsort(keys).tolist() == np.argsort(keys, kind="stable").tolist()


@pytest.mark.parametrize("seed", range(6))
def test_lexsort_is_numpys(seed: int) -> None:
    """The engine's pair order (distance, then facility, then point) and mixed key kinds."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 20000))
    point = rng.integers(0, 3000, n)
    facility = rng.integers(0, 50, n)
    dist = _keys(rng, ["metres", "floats"][seed % 2], n)
    keys = (point, facility, dist)
    assert sorting.lexsort(keys).tolist() == np.lexsort(keys).tolist()


@pytest.mark.parametrize(
    "keys",
    [
        np.array([3.0, -1.0, 2.0, -1.0]),  # negative
        np.array([0.0, -0.0, 1.0, 0.0, -0.0]),  # -0.0 equals 0.0 (its bits do not say so)
        np.array([1.0, np.nan, 0.5, np.nan, 0.5]),  # NaN last, as numpy puts it
        np.array([5, -3, 5, 0, -3]),  # negative integers
        np.array([2.5, 1.5, 2.5], dtype=np.float32),
        np.array([], dtype=np.int64),
        np.array([], dtype=float),
    ],
)
def test_keys_left_to_numpy_sort_as_numpy_does(keys: np.ndarray) -> None:
    assert sorting.stable_argsort(keys).tolist() == np.argsort(keys, kind="stable").tolist()
    other = np.arange(len(keys))[::-1]
    assert sorting.lexsort((other, keys)).tolist() == np.lexsort((other, keys)).tolist()


@pytest.mark.parametrize("seed", range(4))
def test_first_occurrences_are_numpys_unique_index(seed: int) -> None:
    rng = np.random.default_rng(seed)
    values = rng.integers(0, int(rng.integers(1, 100000)), int(rng.integers(0, 30000)))
    expected = np.zeros(len(values), dtype=bool)
    expected[np.unique(values, return_index=True)[1]] = True
    assert sorting.first_occurrences(values).tolist() == expected.tolist()


def test_results_are_positions() -> None:
    """Every result is an int64 array of positions, also for empty input."""
    for out in (
        sorting.stable_argsort(np.array([2, 1])),
        sorting.stable_argsort(np.array([], dtype=np.int64)),
        sorting.lexsort((np.array([1.0, 0.0]),)),
        sorting.lexsort(()),
    ):
        assert out.dtype == np.int64
