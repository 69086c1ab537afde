"""Shortest-path trees of every source as flat tables (pure numpy).

scipy.sparse.csgraph returns one predecessor row per source: pred[i, v] is the patch before
v on a best path from i (-9999 for i itself and for patches i cannot reach). These tables
number every tree in preorder, so "u lies below v in the tree of i" is one comparison:

    tin[i, v] < tin[i, u] < tin[i, v] + size[i, v]

which lets node removal find, with array operations only, the pairs whose best path runs
through a removed patch.
"""
import numpy as np


def tree_tables(pred):
    """Depth, subtree size and preorder of the shortest-path tree of every source.

    pred: (n, n) predecessor matrix of scipy.sparse.csgraph (row i is the tree of source i).
    Returns (depth, size, tin, order), (n, n) int32 arrays (gathers from them are memory
    bound, so the narrow type pays):
      depth[i, v]  links from i to v along the tree (-1 if i cannot reach v),
      size[i, v]   patches in the subtree of v, v included (0 if unreachable),
      tin[i, v]    preorder position of v (tin[i, i] = 0; -1 if unreachable),
      order[i, p]  the patch at preorder position p of tree i (-1 past the tree's end).
    Children are visited in increasing patch index. Cost O(n^2 log n).
    """
    pred = np.asarray(pred)
    n = pred.shape[0]
    rows = np.arange(n)[:, None]
    has_parent = pred >= 0
    reach = has_parent.copy()
    reach[np.arange(n), np.arange(n)] = True
    parent = np.where(has_parent, pred, np.arange(n)[None, :]).astype(np.int64)

    # depth by pointer doubling: log2(depth) rounds of one n x n gather each
    depth = has_parent.astype(np.int64)
    anc = parent
    while True:
        nxt = anc[rows, anc]
        if np.array_equal(nxt, anc):
            break
        depth = depth + depth[rows, anc]
        anc = nxt
    depth[~reach] = -1

    flat_depth = depth.ravel()
    flat_parent = (rows * n + parent).ravel()
    by_depth = np.argsort(flat_depth, kind="stable")
    per_level = np.bincount(flat_depth[flat_depth >= 0])
    bounds = np.count_nonzero(flat_depth < 0) + np.r_[0, np.cumsum(per_level)]
    levels = [by_depth[bounds[d]:bounds[d + 1]] for d in range(len(per_level))]

    # subtree sizes, deepest level first
    size = reach.ravel().astype(np.int64)
    for idx in levels[:0:-1]:
        np.add.at(size, flat_parent[idx], size[idx])

    # preorder: a child starts after its parent and the subtrees of its smaller siblings
    child = np.flatnonzero(has_parent.ravel())
    o = np.argsort(flat_parent[child], kind="stable")
    child, group = child[o], flat_parent[child[o]]
    before = np.cumsum(size[child]) - size[child]
    first = np.r_[True, group[1:] != group[:-1]]
    offset = np.zeros(n * n, np.int64)
    offset[child] = before - np.maximum.accumulate(np.where(first, before, 0))
    tin = np.full(n * n, -1, np.int64)
    tin[np.arange(n) * (n + 1)] = 0
    for idx in levels[1:]:
        tin[idx] = tin[flat_parent[idx]] + 1 + offset[idx]

    tin = tin.reshape(n, n)
    order = np.full((n, n), -1, np.int32)
    r, v = np.nonzero(reach)
    order[r, tin[r, v]] = v
    return (depth.astype(np.int32), size.reshape(n, n).astype(np.int32),
            tin.astype(np.int32), order)


def hop_paths(graph):
    """Hop counts and a shortest-path tree per source for an unweighted symmetric graph.

    Returns (hops, pred) like scipy.sparse.csgraph.dijkstra(unweighted=True): hops[i, v]
    links on a shortest path (inf if none), pred[i, v] the patch before v (-9999 if none).
    Sparse graphs use scipy's breadth-first search. Dense ones (more than 32 links per
    patch, where that search visits n * links entries) go level by level with one float32
    matrix product per hop (exact: counts stay below 2**24), and take as parent the lowest
    numbered neighbour one hop nearer, found in bit sets.
    """
    from scipy.sparse.csgraph import dijkstra
    n = graph.shape[0]
    if graph.nnz <= 32 * n or n > 2 ** 24:
        return dijkstra(graph, directed=False, unweighted=True, return_predecessors=True)
    adj = (graph.toarray() != 0)
    adj |= adj.T
    a32 = adj.astype(np.float32)
    hops = np.full((n, n), np.inf)
    np.fill_diagonal(hops, 0.0)
    reached = np.eye(n, dtype=bool)
    front = np.eye(n, dtype=np.float32)
    h = 0
    while True:
        new = (front @ a32 > 0) & ~reached
        if not new.any():
            break
        h += 1
        hops[new] = h
        reached |= new
        front = new.astype(np.float32)
    pred = np.full((n, n), -9999, np.int32)
    bits = np.packbits(adj, axis=1, bitorder="little")        # (n, ceil(n / 8)) bytes
    for i0 in range(0, n, 64):
        rows = np.arange(i0, min(n, i0 + 64))
        hr = hops[rows]
        for lev in range(1, h + 1):
            r, v = np.nonzero(hr == lev)
            if r.size == 0:
                continue
            prev = np.packbits(hr == lev - 1, axis=1, bitorder="little")  # one level up
            both = bits[v] & prev[r]                                      # (m, bytes)
            byte = np.argmax(both != 0, axis=1)
            low = both[np.arange(v.size), byte]
            pred[rows[r], v] = byte * 8 + _LOWEST_BIT[low]
    return hops, pred


_LOWEST_BIT = np.array([0] + [(x & -x).bit_length() - 1 for x in range(1, 256)], np.int64)
