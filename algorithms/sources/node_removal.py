"""What a pairwise connectivity sum loses when one node is removed (pure numpy/scipy).

For node weights w, best-path distances d_ij and a decreasing value(d) (value(inf) = 0), the
loss of node k through the pairs it does not belong to is

    loss[k] = sum_{i != k} sum_{j != k} w_i w_j [value(d_ij) - value(d_ij in G - k)]

which is the connector term of Saura and Rubio (2010). Computing all shortest paths again
for each of n removals costs n times an all-pairs search; here only the pairs that can change
are searched again, all removals at once:

1. In the shortest-path tree of source i, removing k can only change the patches below k
   (S_i(k)), and of those only the ones whose own tree leads back to i through k as well.
   For every other patch u one of the two tree paths between i and u avoids k, so
   d'_iu = d_iu. The pairs left ("mutual" pairs) are searched again.
2. A mutual pair is needed once, from either end; each (i, k) "block" of mutual patches is
   searched from the end that saves most (its patches lie on the smaller side of k).
3. A block is a small shortest-path search seeded from outside: seed(v) = min over
   neighbours u outside the block (u != k) of d_iu + w_uv, then relaxed along the links
   between block patches (weighted links: two sweeps in tree-depth order, then rounds from
   the patches that still improved; hop links: Dial's buckets on bit sets, hop by hop).
4. Blocks are processed in chunks, on as many threads as processors (up to 4).

Cost: about (pairs) x (patches on their best path) x (links per patch). On 1,000 random
patches with a complete distance table that is some 40 times less processor time than n
all-pairs searches (benchmarks/bench_connectivity.py).
"""
import os
from concurrent.futures import ThreadPoolExecutor, as_completed

import numpy as np

from .path_trees import tree_tables

CHUNK = 500_000  # candidate (i, k, v) triples per step: some 50 MB of work arrays


def removal_loss(graph, dist, pred, weight, value, hops=False, spare=None, progress=None,
                 workers=None):
    """loss[k] = sum_{i,j != k} w_i w_j [value(d_ij) - value(d_ij without k)], for every k.

    graph: symmetric scipy CSR graph of the links (weights > 0; hop graphs: unweighted);
    dist, pred: its all-pairs distances and predecessors (scipy.sparse.csgraph.dijkstra);
    weight: (n,) node weights; value: vectorised decreasing function with value(inf) = 0;
    hops: True for hop counts (IIC), False for weighted distances (PC);
    spare: optional (x, u, v, w) arrays of links u-v missing from graph because a shorter
      detour via x exists; they count only when x is the removed node;
    progress: optional callable(fraction in [0, 1]); it may raise to stop the run;
    workers: threads (default: up to 4 processors); numpy releases the GIL in its loops.
    Reference: Saura and Rubio (2010) Ecography 33: 523-537 (dI_connector).
    """
    n = len(weight)
    weight = np.asarray(weight, dtype=float)
    trees = _Trees(*tree_tables(pred))
    bi, bk = np.nonzero(trees.size >= 2)          # k has patches below it in the tree of i
    keep = bi != bk
    bi, bk = bi[keep], bk[keep]
    if bi.size == 0:
        return np.zeros(n)
    count = trees.size[bi, bk] - 1
    bounds = _chunk_bounds(count, CHUNK)
    if hops:
        search = _HopSearch(graph, dist)
        trees.unique = False       # equal hop counts are the rule: check both trees
    else:
        search = _DistanceSearch(graph, dist, spare)
        trees.unique = _unique_paths(graph, dist)

    def step(s, e):
        b, first, i, k, v = _triples(trees, bi[s:e], bk[s:e], count[s:e])
        mutual = trees.below(v, k, i) if not trees.unique else np.ones(b.size, bool)
        # search a pair from the end that sees more patches behind k (the smaller side);
        # any rule both ends agree on is exact, this one just saves work
        si, sv = trees.size_of(i, k), trees.size_of(v, k)
        own = mutual & ((si > sv) | ((si == sv) & (i < v)))
        run = np.bincount(b[own], minlength=e - s) > 0
        node = np.flatnonzero(mutual & run[b])
        if node.size == 0:
            return np.zeros(n)
        slot = np.full(b.size, -1, np.int64)     # triple position -> node number
        slot[node] = np.arange(node.size)
        block = _Block(b[node], i[node], k[node], v[node], first, slot, trees)
        new = search.distances(block)
        owned = own[node]
        d_old = dist[block.i, block.v]
        gain = 2.0 * weight[block.i] * weight[block.v] * (value(d_old) - value(new))
        return np.bincount(block.k[owned], weights=gain[owned], minlength=n)

    steps = list(zip(bounds[:-1], bounds[1:]))
    parts = [None] * len(steps)
    workers = workers or min(4, os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        jobs = {pool.submit(step, s, e): t for t, (s, e) in enumerate(steps)}
        done = 0
        try:
            for job in as_completed(jobs):
                t = jobs[job]
                parts[t] = job.result()
                done += count[steps[t][0]:steps[t][1]].sum()
                if progress is not None:
                    progress(float(done) / count.sum())
        except BaseException:
            for job in jobs:
                job.cancel()
            raise
    return np.sum(parts, axis=0)       # in chunk order: the same result on every run


class _Trees:
    """tree_tables() with flat lookups; unique: every best path is the only one."""

    def __init__(self, depth, size, tin, order):
        self.n = depth.shape[0]
        self.depth, self.size, self.tin, self.order = depth, size, tin, order
        self._size, self._tin, self._depth = size.ravel(), tin.ravel(), depth.ravel()
        self.unique = False

    def tin_of(self, root, u):
        return np.take(self._tin, root * self.n + u)

    def size_of(self, root, u):
        return np.take(self._size, root * self.n + u)

    def below(self, root, k, u):
        """u lies strictly below k in the tree of root (elementwise)."""
        tk, tu = self.tin_of(root, k), self.tin_of(root, u)
        return (tk < tu) & (tu < tk + self.size_of(root, k))


class _Block:
    """The patches searched in one step: node t is patch v[t] of block (i[t], k[t])."""

    def __init__(self, b, i, k, v, first, slot, trees):
        self.b, self.i, self.k, self.v = b, i, k, v
        self.slot, self.trees = slot, trees
        self.row = i * trees.n                        # flat offset of tree i
        self.tk = trees.tin_of(i, k)
        self.end = self.tk + trees.size_of(i, k)
        self.base = first[b] - self.tk - 1            # slot of u = base + tin[i, u]
        self.level = np.take(trees._depth, self.row + v)

    def split(self, t, u):
        """Links u -> v[t] split into those from block patches (their position in t, and
        the node numbers of u) and those from outside patches other than k."""
        tu = np.take(self.trees._tin, np.take(self.row, t) + u)
        inside = (np.take(self.tk, t) < tu) & (tu < np.take(self.end, t))
        if not self.trees.unique:
            # below k from i, but the tree path from u back to i avoids k: u keeps d_iu
            at = np.flatnonzero(inside)
            inside[at] = self.trees.below(u[at], self.k[t[at]], self.i[t[at]])
        inner = np.flatnonzero(inside)
        src = np.take(self.slot, np.take(self.base, t[inner]) + tu[inner])
        outer = np.flatnonzero(~inside & (u != np.take(self.k, t)))
        return inner, src, outer


class _DistanceSearch:
    """Block search on weighted links: seeds from outside, then Bellman-Ford."""

    def __init__(self, graph, dist, spare):
        self.n = graph.shape[0]
        self.indptr = graph.indptr.astype(np.int64)
        self.indices = graph.indices.astype(np.int64)
        self.data = graph.data
        self.degree = np.diff(self.indptr)
        self._dist = dist.ravel()
        x, u, v, w = spare if spare is not None else (np.zeros((4, 0)))
        x, u, v = (np.asarray(a, np.int64) for a in (x, u, v))
        # both directions, keyed by (removed patch, target patch)
        key = np.r_[x * self.n + v, x * self.n + u]
        o = np.argsort(key, kind="stable")
        self.spare_key = key[o]
        self.spare_from = np.r_[u, v][o]
        self.spare_w = np.r_[w, w].astype(float)[o]
        self.has_spare = np.zeros(self.n * self.n, bool)
        self.has_spare[key] = True

    def distances(self, blk):
        # nodes in tree-depth order: one sweep then settles every path that runs down
        small = blk.level.astype(np.int16) if self.n < 2 ** 15 else blk.level
        nodes = np.argsort(small, kind="stable")     # radix sort for 16-bit keys
        degree = self.degree[blk.v[nodes]]
        t = np.repeat(nodes, degree)
        head = np.cumsum(degree) - degree
        e = np.arange(t.size) + np.repeat(self.indptr[blk.v[nodes]] - head, degree)
        u = np.take(self.indices, e)
        inner, src, outer = blk.split(t, u)
        best = np.full(blk.v.size, np.inf)
        to, eo = t[outer], e[outer]
        _seed(best, to, np.take(self._dist, np.take(blk.row, to) + u[outer])
              + np.take(self.data, eo))
        spare = self._spare_links(blk, best)
        return _relax(best, src, t[inner], np.take(self.data, e[inner]), blk.level, spare)

    def _spare_links(self, blk, best):
        """Seed best from the spare links of each node's removed patch; return the inner
        ones as (src, dst, w)."""
        some = np.flatnonzero(self.has_spare[blk.k * self.n + blk.v])
        key = blk.k[some] * self.n + blk.v[some]
        lo = np.searchsorted(self.spare_key, key, side="left")
        hi = np.searchsorted(self.spare_key, key, side="right")
        t = np.repeat(some, hi - lo)
        e = np.arange(t.size) + np.repeat(lo - (np.cumsum(hi - lo) - (hi - lo)), hi - lo)
        u, w = self.spare_from[e], self.spare_w[e]
        inner, src, outer = blk.split(t, u)
        via = self._dist[blk.row[t[outer]] + u[outer]] + w[outer]
        np.minimum.at(best, t[outer], via)
        return src, t[inner], w[inner]


def _seed(best, t, via):
    """best[t] = min(best[t], via) for t grouped in runs of equal values."""
    if t.size:
        h = np.flatnonzero(np.r_[True, t[1:] != t[:-1]])
        best[t[h]] = np.minimum(best[t[h]], np.minimum.reduceat(via, h))


def _relax(best, src, dst, w, level, spare):
    """Shortest distances inside the blocks from the seeds in best (Bellman-Ford).

    The links src -> dst come grouped by dst in increasing tree depth, so a sweep in that
    order carries improvements down the trees at once. After a sweep, only links out of
    patches that improved during it can still shorten a path (any other link was relaxed
    with its source's final value), and after a second sweep those patches are few: they
    are followed round by round until none improves. Links are symmetric, so the links into
    a patch are also the links out of it. The spare links join in after the sweeps."""
    best = best.copy()
    n_links = src.size
    heads = np.flatnonzero(np.r_[True, dst[1:] != dst[:-1]]) if n_links else np.zeros(0, int)
    targets = dst[heads]
    start = np.zeros(best.size, np.int64)
    deg = np.zeros(best.size, np.int64)
    start[targets], deg[targets] = heads, np.diff(np.r_[heads, n_links])
    lev = level[targets]
    cuts = np.r_[0, np.flatnonzero(np.diff(lev)) + 1, lev.size] if n_links else [0]
    groups = [(heads[a], heads[z] if z < heads.size else n_links, heads[a:z] - heads[a],
               targets[a:z]) for a, z in zip(cuts[:-1], cuts[1:])]
    for _ in range(2):
        before = best.copy()
        for e0, e1, h, t in groups:
            cand = np.minimum.reduceat(best[src[e0:e1]] + w[e0:e1], h)
            best[t] = np.minimum(best[t], cand)
    moved = np.flatnonzero(best < before)
    s_src, s_dst, s_w = spare
    to, via = s_dst, best[s_src] + s_w
    while True:
        if to.size:
            o = np.argsort(to, kind="stable")
            to, via = to[o], via[o]
            h = np.flatnonzero(np.r_[True, to[1:] != to[:-1]])
            cand, to = np.minimum.reduceat(via, h), to[h]
            better = cand < best[to]
            best[to[better]] = cand[better]
            moved = np.union1d(moved, to[better])
        if moved.size == 0:
            return best
        # follow the links out of the improved patches (their in-links reversed)
        d = deg[moved]
        at = np.repeat(start[moved] - (np.cumsum(d) - d), d) + np.arange(d.sum())
        frm, to = np.repeat(moved, d), src[at]
        via = best[frm] + w[at]
        spare_from_moved = np.isin(s_src, moved)
        if spare_from_moved.any():
            to = np.concatenate([to, s_dst[spare_from_moved]])
            via = np.concatenate([via, best[s_src[spare_from_moved]] + s_w[spare_from_moved]])
        moved = np.zeros(0, np.int64)


def _unique_paths(graph, dist):
    """True when every best path is the only one (no other link reaches a patch as early
    within a relative 1e-12); then the tree paths i -> v and v -> i coincide."""
    indptr, indices, data = graph.indptr, graph.indices, graph.data
    v = np.repeat(np.arange(graph.shape[0]), np.diff(indptr))
    for i in range(graph.shape[0]):
        reach = dist[i, indices] + data <= dist[i, v] * (1 + 1e-12)
        tight = np.bincount(v[reach], minlength=graph.shape[0])
        tight[i] += 1                     # the source has no tight link; count it as one
        live = np.isfinite(dist[i])
        if np.any(tight[live] != 1):
            return False
    return True


class _HopSearch:
    """Block search on unit links (IIC) with bit sets, one hop level at a time."""

    def __init__(self, graph, dist):
        n = graph.shape[0]
        self.words = (n + 63) // 64
        hop = np.where(np.isfinite(dist), dist, -1).astype(np.int64)
        self.hop = hop
        top = int(hop.max())
        # level[i, h + 1]: bit set of the patches h links from i (levels -1 and top+1 empty)
        self.level = np.zeros((n, top + 3, self.words), np.uint64)
        r, c = np.nonzero(hop >= 0)
        _set_bits(self.level, (r, hop[r, c] + 1), c)
        self.adjacent = np.zeros((n, self.words), np.uint64)
        r = np.repeat(np.arange(n), np.diff(graph.indptr))
        _set_bits(self.adjacent, (r,), graph.indices)

    def distances(self, blk):
        nb = int(blk.b.max()) + 1
        inside = np.zeros((nb, self.words), np.uint64)   # block patches and k itself
        _set_bits(inside, (blk.b,), blk.v)
        _set_bits(inside, (blk.b,), blk.k)
        h = self.hop[blk.i, blk.v]
        # seed: the nearest patch outside the block is h-1, h or h+1 links from i (a free
        # neighbour at h-1 means v keeps h: another shortest path avoids k)
        seed = np.full(h.size, np.inf)
        step = max(1, 4_000_000 // self.words)
        for a in range(0, h.size, step):
            z = np.arange(a, min(a + step, h.size))
            free = self.adjacent[blk.v[z]] & ~inside[blk.b[z]]
            for extra in (0, 1, 2):
                hit = (free & self.level[blk.i[z], h[z] + extra]).any(axis=1)
                seed[z[hit]] = h[z[hit]] + extra
                z, free = z[~hit], free[~hit]
        # Dial's buckets: at step t settle seeds equal to t and patches next to those
        # settled at t - 1 (never below h, since removing k cannot shorten a path)
        best = np.full(h.size, np.inf)
        open_ = np.ones(h.size, bool)
        frontier = np.zeros_like(inside)
        t = int(h.min())
        while open_.any():
            now = open_ & (seed == t)
            cand = np.flatnonzero(open_ & (h <= t) & (seed > t))
            if cand.size:
                near = (self.adjacent[blk.v[cand]] & frontier[blk.b[cand]]).any(axis=1)
                now[cand[near]] = True
            frontier[:] = 0
            if now.any():
                best[now] = t
                open_ &= ~now
                _set_bits(frontier, (blk.b[now],), blk.v[now])
                t += 1
            else:
                rest = seed[open_]
                if not np.isfinite(rest).any():
                    break                  # the rest is cut off from i without k
                t = int(rest.min())
        return best


def _set_bits(bits, index, patch):
    """bits[index + (patch // 64,)] |= 1 << (patch % 64)."""
    patch = np.asarray(patch, np.int64)
    np.bitwise_or.at(bits, index + (patch >> 6,),
                     np.left_shift(np.uint64(1), (patch & 63).astype(np.uint64)))


def _triples(trees, bi, bk, count):
    """Every (i, k, v) with v below k in the tree of i, block by block in preorder.

    Returns (b, first, i, k, v): b the block of each triple, first the position of each
    block's first triple."""
    b = np.repeat(np.arange(count.size), count)
    first = np.cumsum(count) - count
    pos = np.arange(b.size) - first[b] + 1 + trees.tin_of(bi, bk)[b]
    i, k = bi[b], bk[b]
    return b, first, i, k, trees.order.ravel()[i * trees.n + pos]


def _chunk_bounds(count, limit):
    """Block boundaries so that each step holds about `limit` triples."""
    cum = np.cumsum(count)
    cuts = np.searchsorted(cum, np.arange(limit, cum[-1], limit), side="right")
    return np.unique(np.r_[0, cuts, count.size])
