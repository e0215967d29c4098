"""Capacitated maximal covering on plain arrays: which sites to open so that the most demand is served.

The model (all in numbers, no layers):

* demand points ``i`` with a demand ``r_i`` still unserved within the norm (what existing facilities
  serve is taken out before);
* candidate sites ``j`` with a capacity ``c_j`` and, for a budget, a cost;
* pairs ``(i, j)`` within reach with their distance ``d_ij``.

The value of a set of open sites ``S`` is the largest demand that can be served by them within reach
under their capacities, a transportation problem (an LP, solved with HiGHS through
``scipy.optimize.linprog``). Ties are broken by the shorter total distance: each unit of demand served
at distance ``d`` is worth ``1 - EPS * d / d_max`` (``EPS`` = 1e-6), so the served demand is the largest
to within a millionth of it, and among answers serving the same demand the one with the shorter total
distance wins. This value is submodular in ``S`` (a transportation valuation), so the greedy step can be
evaluated lazily (a gain never grows when sites are added).

* ``greedy``: each step opens the site with the largest exact gain (with a budget: the largest gain per
  cost among sites still affordable, and the best single site if it does better); the value of a set
  is computed over connected groups of open sites (sites that share a demand point), so a gain costs
  one small LP, or none when the site shares no point with open sites. Then swaps (close one open site,
  open another) while one serves more by more than ``1e-7`` of the demand; with a budget, then further
  affordable sites within the budget left, the largest exact gain first, while one serves more. Both
  methods search on the model with the points that reach the same set of sites merged (the served demand of every set of
  sites is unchanged; the distance of a merged pair is its members' demand-weighted mean, so the
  tie-break is the mean distance), and the answer is evaluated on the full model.
* ``exact``: a mixed-integer program solved with HiGHS with a time limit (``y_j`` open or not, ``x_ij``
  served, ``x_ij <= min(r_i, c_j) y_j``). The greedy answer is computed first; where HiGHS's own binding
  ``highspy`` is importable it is passed to HiGHS as the starting solution (``Highs.setSolution``),
  otherwise the MILP goes through ``scipy.optimize.milp``, which takes none. Either way the greedy
  answer is kept when the solver's is not better; the gap is measured between the solver's bound (or,
  when the solver stopped before it had one, the reachable demand) and the answer kept.
"""

from __future__ import annotations

import heapq
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from scipy.optimize import LinearConstraint, linprog, milp

from almaty_planner.core.errors import Cancelled, PlannerError
from almaty_planner.core.i18n import tr

EPS = 1e-6
SWAP_TOL = 1e-7
MIP_REL_GAP = 1e-6
ProgressFn = Callable[[float], bool]


@dataclass
class Flow:
    """An optimal assignment over a set of open sites."""

    value: float
    served: float
    distance: float
    pair: NDArray[Any]
    amount: NDArray[Any]


@dataclass
class Answer:
    """What :func:`solve` returns."""

    chosen: list[int]
    value: float
    served: float
    distance: float
    curve: list[float]
    site_served: NDArray[Any]
    point_served: NDArray[Any]
    method: str
    proven_optimal: bool | None = None
    bound: float | None = None
    gap: float | None = None
    status: str = ""
    greedy_served: float | None = None
    swaps: int = 0
    seconds: float = 0.0
    stopped_early: bool = False
    info: dict[str, Any] = field(default_factory=dict)


class Model:
    """Demand, sites and pairs within reach, indexed for fast flows over subsets of sites."""

    def __init__(
        self,
        demand: NDArray[Any],
        capacity: NDArray[Any],
        point: NDArray[Any],
        site: NDArray[Any],
        dist: NDArray[Any],
        cost: NDArray[Any] | None = None,
    ) -> None:
        """Keep pairs whose point has demand and whose site has capacity; index them by site."""
        self.demand = np.asarray(demand, dtype=float)
        self.capacity = np.asarray(capacity, dtype=float)
        self.n_sites = len(self.capacity)
        self.cost = None if cost is None else np.asarray(cost, dtype=float)
        point = np.asarray(point, dtype=np.int64)
        site = np.asarray(site, dtype=np.int64)
        dist = np.asarray(dist, dtype=float)
        keep = (self.demand[point] > 0) & (self.capacity[site] > 0)
        point, site, dist = point[keep], site[keep], dist[keep]
        order = np.lexsort((point, dist, site))
        self.point, self.site, self.dist = point[order], site[order], dist[order]
        self.ptr = np.zeros(self.n_sites + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.site, minlength=self.n_sites), out=self.ptr[1:])
        dmax = float(self.dist.max()) if self.dist.size else 1.0
        self.weight = 1.0 - EPS * self.dist / max(dmax, 1e-9)
        self.total_demand = float(self.demand.sum())
        self._cache: dict[frozenset[int], Flow] = {}
        self.lp_solves = 0
        self.lp_retries = 0
        self.single = [self._single(j) for j in range(self.n_sites)]

    def aggregated(self, allowed: Sequence[int]) -> Model:
        """The same problem with the points that reach the same set of ``allowed`` sites merged.

        Merged points are interchangeable (each reaches every site of the set), so the served demand of
        any set of sites is unchanged; a merged pair's distance is the demand-weighted mean of its
        members' (the tie-break term only). Two different sets are never merged (checked).
        """
        keep = np.isin(self.site, np.asarray(list(allowed), dtype=np.int64))
        point, site, dist = self.point[keep], self.site[keep], self.dist[keep]
        if point.size == 0:
            return self
        rng = np.random.default_rng(12345)
        h1 = rng.integers(1, 2**62, self.n_sites, dtype=np.int64)
        h2 = rng.integers(1, 2**62, self.n_sites, dtype=np.int64)
        n = len(self.demand)
        with np.errstate(over="ignore"):
            k1 = np.bincount(point, weights=(h1[site] % 2**31).astype(float), minlength=n)
            k2 = np.bincount(point, weights=(h2[site] % 2**31).astype(float), minlength=n)
        k3 = np.bincount(point, minlength=n).astype(float)
        has = k3 > 0
        keys = np.column_stack([k1, k2, k3])
        _u, group = np.unique(keys, axis=0, return_inverse=True)
        group = np.asarray(group).reshape(-1)
        gp = group[point]
        w = self.demand[point]
        pair_key = gp * np.int64(self.n_sites) + site
        uniq, inv = np.unique(pair_key, return_inverse=True)
        inv = np.asarray(inv).reshape(-1)
        members = np.bincount(group[has], minlength=int(group.max()) + 1)
        pairs_per_group = np.bincount(uniq // self.n_sites, minlength=len(members))
        expected = np.bincount(gp, minlength=len(members)) / np.maximum(members, 1)
        if not np.allclose(pairs_per_group[members > 0], expected[members > 0]):
            return self  # a hash collision merged different sets: do not aggregate
        g_demand = np.bincount(group[has], weights=self.demand[has], minlength=len(members))
        wsum = np.bincount(inv, weights=w, minlength=uniq.size)
        dsum = np.bincount(inv, weights=w * dist, minlength=uniq.size)
        g_dist = np.where(wsum > 0, dsum / np.where(wsum > 0, wsum, 1.0), 0.0)
        out = Model(g_demand, self.capacity, uniq // self.n_sites, uniq % self.n_sites, g_dist, cost=self.cost)
        return out

    def pairs_of(self, j: int) -> slice:
        """The slice of pairs of site ``j``."""
        return slice(int(self.ptr[j]), int(self.ptr[j + 1]))

    def _single(self, j: int) -> Flow:
        """One site alone: fill it from the nearest point outwards (optimal for one site)."""
        sl = self.pairs_of(j)
        pts = self.point[sl]
        if pts.size == 0:
            return Flow(0.0, 0.0, 0.0, np.empty(0, np.int64), np.empty(0))
        need = self.demand[pts]
        before = np.concatenate([[0.0], np.cumsum(need)[:-1]])
        amount = np.clip(self.capacity[j] - before, 0.0, need)
        idx = np.arange(sl.start, sl.stop)
        return Flow(
            float((amount * self.weight[sl]).sum()),
            float(amount.sum()),
            float((amount * self.dist[sl]).sum()),
            idx,
            amount,
        )

    def flow(self, sites: Sequence[int]) -> Flow:
        """The optimal assignment of the demand to ``sites`` (cached by the set of sites)."""
        key = frozenset(int(s) for s in sites)
        got = self._cache.get(key)
        if got is not None:
            return got
        if not key:
            got = Flow(0.0, 0.0, 0.0, np.empty(0, np.int64), np.empty(0))
        elif len(key) == 1:
            got = self.single[next(iter(key))]
        else:
            got = self._lp(sorted(key))
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[key] = got
        return got

    def _lp(self, sites: list[int]) -> Flow:
        """Transportation LP over the pairs of ``sites`` (HiGHS)."""
        idx = np.concatenate([np.arange(self.ptr[j], self.ptr[j + 1]) for j in sites])
        if idx.size == 0:
            return Flow(0.0, 0.0, 0.0, idx, np.empty(0))
        pts, point_row = np.unique(self.point[idx], return_inverse=True)
        site_ids, site_row = np.unique(self.site[idx], return_inverse=True)
        n = idx.size
        rows = np.concatenate([np.asarray(point_row).reshape(-1), len(pts) + np.asarray(site_row).reshape(-1)])
        cols = np.concatenate([np.arange(n), np.arange(n)])
        a = sparse.csr_matrix((np.ones(2 * n), (rows, cols)), shape=(len(pts) + len(site_ids), n))
        b = np.concatenate([self.demand[pts], self.capacity[site_ids]])
        self.lp_solves += 1
        for how in ("highs", "highs-ipm", "highs-ds"):
            # HiGHS 1.2 (SciPy 1.10) can end a tiny, degenerate LP with status "unknown": try again
            res = linprog(-self.weight[idx], A_ub=a, b_ub=b, bounds=(0, None), method=how)
            if res.status == 0:
                break
            self.lp_retries += 1
        if res.status != 0:
            raise PlannerError(
                tr("internal check failed: the assignment LP was not solved ({msg})").format(msg=res.message)
            )
        x = np.clip(np.asarray(res.x), 0.0, None)
        return Flow(float((x * self.weight[idx]).sum()), float(x.sum()), float((x * self.dist[idx]).sum()), idx, x)


class _Groups:
    """Open sites grouped into connected parts (sites sharing a demand point) with their values."""

    def __init__(self, model: Model, sites: Sequence[int] = ()) -> None:
        self.m = model
        self.owner = np.full(len(model.demand), -1, dtype=np.int64)
        self.sites: dict[int, list[int]] = {}
        self.next_id = 0
        for j in sites:
            self.add(j)

    def touched(self, j: int) -> list[int]:
        """Groups sharing a demand point with site ``j``."""
        own = self.owner[self.m.point[self.m.pairs_of(j)]]
        return [int(g) for g in np.unique(own[own >= 0])]

    def value(self, gid: int) -> float:
        """Value of one group."""
        return self.m.flow(self.sites[gid]).value

    def gain(self, j: int, without: int | None = None) -> tuple[float, list[int]]:
        """Exact gain of opening ``j`` (optionally closing ``without`` at the same time)."""
        groups = self.touched(j)
        extra: list[int] = []
        if without is not None:
            gk = int(self.group_of(without))
            if gk not in groups:
                groups = [*groups, gk]
            extra = [without]
        if not groups and without is None:
            return self.m.single[j].value, groups
        members = [s for g in groups for s in self.sites[g] if s not in extra]
        before = sum(self.value(g) for g in groups)
        return self.m.flow([*members, j]).value - before, groups

    def group_of(self, j: int) -> int:
        """Group id of open site ``j``."""
        for gid, members in self.sites.items():
            if j in members:
                return gid
        raise KeyError(j)

    def add(self, j: int) -> None:
        """Open site ``j``, merging the groups it touches."""
        groups = self.touched(j)
        members = [s for g in groups for s in self.sites.pop(g)] + [j]
        gid = self.next_id
        self.next_id += 1
        self.sites[gid] = members
        for s in members:
            self.owner[self.m.point[self.m.pairs_of(s)]] = gid

    def total(self) -> Flow:
        """Value, served demand and distance of all groups together."""
        flows = [self.m.flow(s) for s in self.sites.values()]
        if not flows:
            return Flow(0.0, 0.0, 0.0, np.empty(0, np.int64), np.empty(0))
        return Flow(
            sum(f.value for f in flows),
            sum(f.served for f in flows),
            sum(f.distance for f in flows),
            np.concatenate([f.pair for f in flows]),
            np.concatenate([f.amount for f in flows]),
        )


def _check(progress: ProgressFn | None, fraction: float) -> None:
    """Report progress; stop when asked to."""
    if progress is not None and progress(min(1.0, max(0.0, fraction))):
        raise Cancelled(tr("the calculation was cancelled"))


def _key(gain: float, cost: float | None) -> float:
    """Greedy key: the gain, or the gain per cost with a budget (a free site first)."""
    if cost is None:
        return gain
    if cost <= 0:
        return math.inf if gain > 0 else 0.0
    return gain / cost


def greedy_order(
    model: Model,
    allowed: Sequence[int],
    count: int | None,
    budget: float | None,
    progress: ProgressFn | None = None,
) -> tuple[list[int], list[float]]:
    """Lazy greedy over ``allowed`` sites: the order chosen and the served demand after each step."""
    tol = SWAP_TOL * max(1.0, model.total_demand)
    costs = model.cost if budget is not None else None
    left = math.inf if budget is None else float(budget)
    heap: list[tuple[float, float, int]] = []
    for j in allowed:
        g = model.single[j].value
        c = None if costs is None else float(costs[j])
        if g > 0 and (c is None or c <= left):
            heap.append((-_key(g, c), -g, int(j)))
    heapq.heapify(heap)
    groups = _Groups(model)
    fresh: dict[int, int] = {j: 0 for _k, _g, j in heap}
    chosen: list[int] = []
    served: list[float] = []
    limit = len(allowed) if count is None else count
    step = 0
    while len(chosen) < limit and heap:
        pick = None
        while heap:
            _k, neg_g, j = heapq.heappop(heap)
            c = None if costs is None else float(costs[j])
            if c is not None and c > left + 1e-9 * max(1.0, abs(left)):
                continue
            if fresh.get(j) == step:
                pick = (j, -neg_g)
                break
            g, _ = groups.gain(j)
            fresh[j] = step
            if g > tol:
                heapq.heappush(heap, (-_key(g, c), -g, j))
        if pick is None:
            break
        j, _g = pick
        groups.add(j)
        chosen.append(j)
        served.append(groups.total().served)
        if costs is not None:
            left -= float(costs[j])
        step += 1
        _check(progress, len(chosen) / max(1, limit))
    return chosen, served


def _swaps(
    model: Model,
    chosen: list[int],
    allowed: Sequence[int],
    budget: float | None,
    deadline: float,
    progress: ProgressFn | None = None,
) -> tuple[list[int], int, bool]:
    """Close one chosen site and open another while that serves more; returns the set and the swaps made."""
    tol = SWAP_TOL * max(1.0, model.total_demand)
    current = list(chosen)
    swaps = 0
    order = sorted((int(j) for j in allowed), key=lambda j: (-model.single[j].value, j))
    spent = 0.0 if model.cost is None or budget is None else float(model.cost[current].sum())
    for _ in range(20 * max(1, len(current))):
        if not current:
            break
        if time.monotonic() > deadline:
            return current, swaps, True
        _check(progress, 0.0)
        groups = _Groups(model, current)
        is_open = set(current)
        loss = {}
        for k in current:
            gk = groups.group_of(k)
            rest = [s for s in groups.sites[gk] if s != k]
            loss[k] = groups.value(gk) - model.flow(rest).value
        ks = sorted(current, key=lambda k: (loss[k], k))
        best, pair = tol, None
        for j in order:
            if j in is_open:
                continue
            g0 = model.single[j].value
            if g0 - loss[ks[0]] <= best:
                break
            gj, touched = groups.gain(j)
            for k in ks:
                if g0 - loss[k] <= best:
                    break
                cost = model.cost
                if (
                    budget is not None
                    and cost is not None
                    and spent - cost[k] + cost[j] > budget + 1e-9 * max(1.0, budget)
                ):
                    continue
                if groups.group_of(k) in touched:
                    delta, _ = groups.gain(j, without=k)
                else:
                    delta = gj - loss[k]
                if delta > best:
                    best, pair = delta, (k, j)
        if pair is None:
            break
        k, j = pair
        current[current.index(k)] = j
        if budget is not None and model.cost is not None:
            spent += float(model.cost[j] - model.cost[k])
        swaps += 1
    return current, swaps, False


def _fill_budget(model: Model, chosen: list[int], allowed: Sequence[int], budget: float) -> list[int]:
    """Add further affordable sites, the largest exact gain first, while one serves more demand within
    the budget left (the best single site or the swaps can leave budget unspent)."""
    assert model.cost is not None
    tol = SWAP_TOL * max(1.0, model.total_demand)
    current = list(chosen)
    groups = _Groups(model, current)
    left = float(budget) - float(model.cost[current].sum()) if current else float(budget)
    while True:
        best, pick = tol, None
        for j in sorted(int(s) for s in allowed):
            if j in current or float(model.cost[j]) > left + 1e-9 * max(1.0, abs(left)):
                continue
            if model.single[j].value <= best:
                continue
            g, _ = groups.gain(j)
            if g > best:
                best, pick = g, j
        if pick is None:
            return current
        groups.add(pick)
        current.append(pick)
        left -= float(model.cost[pick])


def _finish(model: Model, chosen: list[int], method: str) -> Answer:
    """The chosen set in greedy order with the served demand after each rank and per site / point."""
    ordered, curve = greedy_order(model, chosen, None, None)
    # sites of the set that serve nothing more come last, in row order
    ordered += [j for j in sorted(chosen) if j not in ordered]
    curve += [curve[-1] if curve else 0.0] * (len(ordered) - len(curve))
    total = _Groups(model, ordered).total()
    site_served = np.bincount(model.site[total.pair], weights=total.amount, minlength=model.n_sites)
    point_served = np.bincount(model.point[total.pair], weights=total.amount, minlength=len(model.demand))
    return Answer(
        chosen=ordered,
        value=total.value,
        served=total.served,
        distance=total.distance,
        curve=curve,
        site_served=site_served,
        point_served=point_served,
        method=method,
    )


def solve_greedy(
    model: Model,
    allowed: Sequence[int],
    count: int | None,
    budget: float | None,
    *,
    time_limit_s: float | None = None,
    progress: ProgressFn | None = None,
) -> Answer:
    """Greedy with exact gains, then swaps (see the module docstring).

    The search runs on the model with merged points (:meth:`Model.aggregated`: the same served demand
    for every set of sites, smaller assignments); the answer is then evaluated on the full model.
    """
    start = time.monotonic()
    deadline = start + (time_limit_s if time_limit_s else math.inf)
    full = model
    model = full.aggregated(allowed)
    chosen, _ = greedy_order(model, allowed, count, budget, progress=_scaled(progress, 0.0, 0.5))
    if budget is not None and model.cost is not None:
        # budgeted greedy by gain per cost can miss one large site: compare with the best single one
        affordable = [j for j in allowed if model.cost[j] <= budget]
        if affordable:
            best = max(affordable, key=lambda j: (model.single[j].value, -j))
            if model.single[best].value > _Groups(model, chosen).total().value:
                chosen = [best]
    greedy_value = _Groups(model, chosen).total().served
    chosen, swaps, stopped = _swaps(model, chosen, allowed, budget, deadline, _scaled(progress, 0.5, 0.9))
    if budget is not None and model.cost is not None and not stopped:
        chosen = _fill_budget(model, chosen, allowed, budget)
    search_lps, merged = model.lp_solves, len(model.demand)
    model = full
    ans = _finish(model, chosen, "greedy")
    ans.greedy_served = greedy_value
    ans.swaps = swaps
    ans.stopped_early = stopped
    ans.seconds = time.monotonic() - start
    ans.status = (
        tr("greedy with swaps; no swap serves more") if not stopped else tr("greedy; swaps stopped at the time limit")
    )
    ans.info["lp_solves"] = search_lps + full.lp_solves
    ans.info["points_merged"] = f"{len(full.demand)} -> {merged}"
    return ans


def solve_exact(
    model: Model,
    allowed: Sequence[int],
    count: int | None,
    budget: float | None,
    *,
    time_limit_s: float = 60.0,
    progress: ProgressFn | None = None,
    use_highspy: bool | None = None,
) -> Answer:
    """Mixed-integer program solved by HiGHS: through ``highspy`` warm-started from the greedy answer when
    it is importable (``use_highspy`` None; True or False forces one path), else ``scipy.optimize.milp``;
    the greedy answer is kept when the solver's is not better."""
    start = time.monotonic()
    greedy = solve_greedy(model, allowed, count, budget, time_limit_s=time_limit_s, progress=_scaled(progress, 0, 0.3))
    _check(progress, 0.3)
    full = model
    model = full.aggregated(allowed)
    sites = np.array(sorted(j for j in allowed if model.ptr[j + 1] > model.ptr[j]), dtype=np.int64)
    col = np.full(model.n_sites, -1, dtype=np.int64)
    col[sites] = np.arange(sites.size)
    in_set = col[model.site] >= 0
    p_idx = np.nonzero(in_set)[0]
    n_x, n_y = p_idx.size, sites.size
    if n_y == 0:
        greedy.method = "exact"
        greedy.proven_optimal = True
        greedy.bound, greedy.gap = 0.0, 0.0
        greedy.status = tr("no candidate site serves any unserved demand")
        return greedy
    pts, prow = np.unique(model.point[p_idx], return_inverse=True)
    prow = np.asarray(prow).reshape(-1)
    ycol = n_x + col[model.site[p_idx]]
    xcol = np.arange(n_x)
    blocks = []
    lo, hi = [], []
    # points: sum_j x_ij <= r_i
    blocks.append(sparse.csr_matrix((np.ones(n_x), (prow, xcol)), shape=(pts.size, n_x + n_y)))
    hi.append(model.demand[pts])
    lo.append(np.full(pts.size, -np.inf))
    # sites: sum_i x_ij - c_j y_j <= 0
    srow = col[model.site[p_idx]]
    a_site = sparse.csr_matrix(
        (
            np.concatenate([np.ones(n_x), -model.capacity[sites]]),
            (np.concatenate([srow, np.arange(n_y)]), np.concatenate([xcol, n_x + np.arange(n_y)])),
        ),
        shape=(n_y, n_x + n_y),
    )
    blocks.append(a_site)
    hi.append(np.zeros(n_y))
    lo.append(np.full(n_y, -np.inf))
    # strong linking: x_ij <= min(r_i, c_j) y_j
    big = np.minimum(model.demand[model.point[p_idx]], model.capacity[model.site[p_idx]])
    a_link = sparse.csr_matrix(
        (np.concatenate([np.ones(n_x), -big]), (np.concatenate([xcol, xcol]), np.concatenate([xcol, ycol]))),
        shape=(n_x, n_x + n_y),
    )
    blocks.append(a_link)
    hi.append(np.zeros(n_x))
    lo.append(np.full(n_x, -np.inf))
    if count is not None:
        blocks.append(
            sparse.csr_matrix((np.ones(n_y), (np.zeros(n_y, int), n_x + np.arange(n_y))), shape=(1, n_x + n_y))
        )
        hi.append(np.array([float(count)]))
        lo.append(np.array([-np.inf]))
    if budget is not None and model.cost is not None:
        blocks.append(
            sparse.csr_matrix((model.cost[sites], (np.zeros(n_y, int), n_x + np.arange(n_y))), shape=(1, n_x + n_y))
        )
        hi.append(np.array([float(budget)]))
        lo.append(np.array([-np.inf]))
    a = sparse.vstack(blocks).tocsr()
    c = np.concatenate([-model.weight[p_idx], np.zeros(n_y)])
    integrality = np.concatenate([np.zeros(n_x), np.ones(n_y)])
    bounds_hi = np.concatenate([np.full(n_x, np.inf), np.ones(n_y)])
    left = max(0.1, time_limit_s - (time.monotonic() - start))
    # the greedy answer as a starting solution: y_j for its sites, x_ij its optimal assignment
    start_x = np.zeros(n_x + n_y)
    open_cols = [int(col[j]) for j in greedy.chosen if 0 <= j < model.n_sites and col[j] >= 0]
    start_x[n_x + np.asarray(open_cols, dtype=np.int64)] = 1.0
    g_flow = model.flow([int(sites[k]) for k in open_cols])
    x_of_pair = np.full(len(model.site), -1, dtype=np.int64)
    x_of_pair[p_idx] = np.arange(n_x)
    start_x[x_of_pair[g_flow.pair]] = g_flow.amount
    run = _mip(c, a, np.concatenate(lo), np.concatenate(hi), integrality, bounds_hi, float(left), start_x, use_highspy)
    _check(progress, 0.9)
    chosen = greedy.chosen
    source = "greedy"
    if run.x is not None:
        y = np.asarray(run.x)[n_x:]
        mip_set = [int(j) for j in sites[y > 0.5]]
        mip_value = _Groups(full, mip_set).total().value
        if mip_value > greedy.value + 1e-9 * max(1.0, full.total_demand):
            chosen, source = mip_set, "solver"
    ans = _finish(full, chosen, "exact")
    bound = run.dual_bound
    ub = None if bound is None or not np.isfinite(bound) else -float(bound)
    bound_from = "solver"
    if ub is None:
        # stopped before the solver had a bound: every reachable point fully served at its best weight
        best_w = np.zeros(len(model.demand))
        np.maximum.at(best_w, model.point[p_idx], model.weight[p_idx])
        ub, bound_from = float((best_w * model.demand).sum()), "reachable demand"
    ans.bound = None if ub is None else max(ub, ans.value)
    ans.gap = None if ans.bound is None else max(0.0, (ans.bound - ans.value) / max(abs(ans.bound), 1e-12))
    # HiGHS "optimal" means within its relative gap tolerance; a time limit gives status 1, never 0.
    ans.proven_optimal = run.outcome == "optimal"
    ans.greedy_served = greedy.served
    ans.seconds = time.monotonic() - start
    ans.info.update(
        {
            "solver": run.solver,
            "warm_started": run.warm_started,
            "solver_status": run.code,
            "solver_message": run.message,
            "solver_objective": None if run.objective is None else -run.objective,
            "answer_from": source,
            "bound_from": bound_from,
            "nodes": run.nodes,
            "variables": int(n_x + n_y),
            "points_merged": f"{len(full.demand)} -> {len(model.demand)}",
            "constraints": int(a.shape[0]),
        }
    )
    if ans.proven_optimal:
        ans.status = tr("optimal (HiGHS, relative gap at most {tol:g})").format(tol=MIP_REL_GAP)
    elif run.outcome == "time_limit":
        ans.status = tr("time limit reached: best answer found, not proven optimal")
    else:
        ans.status = tr("the solver stopped: {msg}").format(msg=run.message)
    if run.warm_started:
        how = tr("solver: HiGHS {version} through highspy, warm-started from the greedy answer").format(
            version=run.version
        )
    else:
        how = tr("solver: HiGHS through scipy.optimize.milp, not warm-started (the greedy answer is kept when better)")
    ans.status = f"{ans.status}; {how}"
    return ans


@dataclass
class _MipRun:
    """What one MILP solve returned, whichever interface ran it."""

    x: NDArray[Any] | None
    outcome: str  # "optimal", "time_limit" or "other"
    code: int
    message: str
    objective: float | None  # of the minimisation (minus the weighted served demand)
    dual_bound: float | None  # of the minimisation
    nodes: int | None
    solver: str
    version: str
    warm_started: bool


def highspy_available() -> bool:
    """True when HiGHS's own Python binding (``highspy``) can be imported."""
    try:
        import highspy  # noqa: F401
    except ImportError:
        return False
    return True


def _mip(
    c: NDArray[Any],
    a: sparse.csr_matrix,
    row_lo: NDArray[Any],
    row_hi: NDArray[Any],
    integrality: NDArray[Any],
    col_hi: NDArray[Any],
    time_limit_s: float,
    start_x: NDArray[Any],
    use_highspy: bool | None = None,
) -> _MipRun:
    """min c.x, row_lo <= a x <= row_hi, 0 <= x <= col_hi: highspy warm-started at ``start_x`` when it is
    importable (``use_highspy`` None), else ``scipy.optimize.milp`` (which takes no starting solution)."""
    if use_highspy is None:
        use_highspy = highspy_available()
    if use_highspy:
        return _mip_highspy(c, a, row_lo, row_hi, integrality, col_hi, time_limit_s, start_x)
    from scipy.optimize import Bounds

    res = milp(
        c,
        integrality=integrality,
        bounds=Bounds(np.zeros(c.size), col_hi),
        constraints=LinearConstraint(a, row_lo, row_hi),
        options={"time_limit": float(time_limit_s), "mip_rel_gap": MIP_REL_GAP, "disp": False},
    )
    bound = getattr(res, "mip_dual_bound", None)
    return _MipRun(
        x=None if res.x is None else np.asarray(res.x),
        outcome="optimal" if res.status == 0 else "time_limit" if res.status == 1 else "other",
        code=int(res.status),
        message=str(res.message),
        objective=None if res.x is None else float(res.fun),
        dual_bound=None if bound is None else float(bound),
        nodes=getattr(res, "mip_node_count", None),
        solver="scipy.optimize.milp",
        version="",
        warm_started=False,
    )


def _mip_highspy(
    c: NDArray[Any],
    a: sparse.csr_matrix,
    row_lo: NDArray[Any],
    row_hi: NDArray[Any],
    integrality: NDArray[Any],
    col_hi: NDArray[Any],
    time_limit_s: float,
    start_x: NDArray[Any],
) -> _MipRun:
    """The same MILP through highspy, with ``start_x`` passed as a starting solution."""
    import highspy

    inf = highspy.kHighsInf
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", float(time_limit_s))
    h.setOptionValue("mip_rel_gap", float(MIP_REL_GAP))
    lp = highspy.HighsLp()
    csc = sparse.csc_matrix(a)
    lp.num_col_ = int(c.size)
    lp.num_row_ = int(a.shape[0])
    lp.col_cost_ = np.asarray(c, dtype=float)
    lp.col_lower_ = np.zeros(c.size)
    lp.col_upper_ = np.where(np.isfinite(col_hi), col_hi, inf).astype(float)
    lp.row_lower_ = np.where(np.isfinite(row_lo), row_lo, -inf).astype(float)
    lp.row_upper_ = np.where(np.isfinite(row_hi), row_hi, inf).astype(float)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = csc.indptr.astype(np.int32)
    lp.a_matrix_.index_ = csc.indices.astype(np.int32)
    lp.a_matrix_.value_ = csc.data.astype(float)
    lp.integrality_ = [
        highspy.HighsVarType.kInteger if k else highspy.HighsVarType.kContinuous for k in np.asarray(integrality)
    ]
    h.passModel(lp)
    sol = highspy.HighsSolution()
    sol.col_value = [float(v) for v in start_x]
    sol.value_valid = True
    warm = h.setSolution(sol) == highspy.HighsStatus.kOk
    h.run()
    status = h.getModelStatus()
    info = h.getInfo()
    has_x = info.primal_solution_status == 2  # kSolutionStatusFeasible
    if status == highspy.HighsModelStatus.kOptimal:
        outcome = "optimal"
    elif status == highspy.HighsModelStatus.kTimeLimit:
        outcome = "time_limit"
    else:
        outcome = "other"
    bound = float(info.mip_dual_bound)
    return _MipRun(
        x=np.asarray(h.getSolution().col_value, dtype=float) if has_x else None,
        outcome=outcome,
        code=int(status),
        message=h.modelStatusToString(status),
        objective=float(info.objective_function_value) if has_x else None,
        dual_bound=bound if np.isfinite(bound) else None,
        nodes=int(info.mip_node_count),
        solver="highspy",
        version=h.version(),
        warm_started=bool(warm),
    )


def _scaled(progress: ProgressFn | None, lo: float, hi: float) -> ProgressFn | None:
    """A progress callback mapping 0..1 onto lo..hi."""
    if progress is None:
        return None
    return lambda f: progress(lo + (hi - lo) * f)
