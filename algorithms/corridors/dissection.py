"""Nested-dissection ordering of a graph with node coordinates, as a tree of fronts (pure numpy).

A subdomain with more than ``leaf`` nodes is cut at the median of its longer coordinate
axis; the nodes of the lower side that touch the upper side form its separator, which
disconnects the two sides (for any graph, since every edge across the cut has its lower
end in the separator; on an 8-neighbour grid it is one row or column of cells). Each
subdomain becomes one front: its separator, or all of its nodes for a leaf. Fronts are
eliminated deepest first, so a front's nodes come after its whole subtree (its domain D).

The front's boundary -- the later nodes its Schur complement touches -- is the set of
nodes outside D adjacent to D; they all lie in ancestors' separators (George 1973, Nested
dissection of a regular finite element mesh; Liu 1992, The multifrontal method for sparse
matrix solution).

Bisection runs level-synchronously: every subdomain of a depth is split by the same few
array operations, so the Python work grows with the depth (about log2(n / leaf)), not with
the number of fronts. Every odd depth is then merged into the one above (amalgamate).
"""
import numpy as np
import scipy.sparse as sp


class Level:
    """The fronts of one depth, in the order of their parents.

    sep_ptr/sep: each front's eliminated nodes; bnd_ptr/bnd: its boundary (sorted); keys:
    front * n + bnd node, sorted, to look positions up; parent: the local index of the
    parent front in the level above (-1 at the root); side: which child of its parent it
    is (0-1 from the bisection, 0-3 once levels are merged).
    """

    def __init__(self, first, sep_ptr, sep, parent, side):
        self.first = first
        self.sep_ptr, self.sep = sep_ptr, sep
        self.parent, self.side = parent, side
        self.count = sep_ptr.size - 1
        self.bnd_ptr = self.bnd = self.keys = None

    def sizes(self):
        return np.diff(self.sep_ptr), np.diff(self.bnd_ptr)


def _ranges(indptr, rows):
    """Positions of the stored entries of the given CSR rows, concatenated."""
    lens = indptr[rows + 1] - indptr[rows]
    starts = np.repeat(indptr[rows] - np.r_[0, np.cumsum(lens)[:-1]], lens)
    return starts + np.arange(lens.sum()), lens


def dissect(adjacency, coords, leaf=64):
    """Tree of fronts for the symmetric sparsity pattern ``adjacency`` (n x n, CSR) and node
    coordinates (n x 2, cell units). Returns (levels, node_front, front_depth, sep_pos).

    Each depth costs a few passes over the active nodes: the median comes from a histogram
    of the floored coordinate, boxes are carried from parent to child, and only nodes
    within their edge reach of the cut are searched for separator nodes.
    """
    a = sp.csr_matrix(adjacency)
    n = a.shape[0]
    q = np.floor(np.asarray(coords, dtype=np.float64)).astype(np.int32)
    lens = np.diff(a.indptr)
    rows = np.repeat(np.arange(n, dtype=np.int32), lens)
    nbr = a.indices.astype(np.int32)
    reach = np.zeros((n, 2), dtype=np.int32)  # farthest neighbour along each axis
    has = lens > 0
    for ax in (0, 1):
        qa = np.ascontiguousarray(q[:, ax])
        span = np.abs(qa[nbr] - np.repeat(qa, lens))
        if nbr.size:
            reach[has, ax] = np.maximum.reduceat(span, a.indptr[:-1][has])
    upper_tri = nbr > rows
    ei, ej = rows[upper_tri].astype(np.int64), nbr[upper_tri].astype(np.int64)
    del rows, nbr, span, upper_tri
    node_front = np.full(n, -1, dtype=np.int64)
    sub_of = np.full(n, -1, dtype=np.int32)
    up_of = np.zeros(n, dtype=bool)
    # per active node, kept aligned: id, subdomain, coordinates and reach
    act, lab = np.arange(n, dtype=np.int32), np.zeros(n, dtype=np.int32)
    cx, cy, rx, ry = q[:, 0].copy(), q[:, 1].copy(), reach[:, 0].copy(), reach[:, 1].copy()
    lo = q.min(axis=0, initial=0)[None, :].astype(np.int64)
    hi = q.max(axis=0, initial=0)[None, :].astype(np.int64)
    parent, side = np.array([-1], dtype=np.int64), np.array([0], dtype=np.int8)
    levels, first = [], 0
    while act.size:
        n_sub = lo.shape[0]
        subs = np.arange(n_sub)
        counts = np.bincount(lab, minlength=n_sub)
        ext = hi - lo
        axis = ext[:, 1] > ext[:, 0]
        split = (counts > leaf) & (ext.max(axis=1) > 0)
        # median bin of each split subdomain along its axis
        width = np.where(split, ext[subs, axis.astype(np.int64)] + 1, 1)
        off = np.r_[0, np.cumsum(width)[:-1]]
        c0 = lo[subs, axis.astype(np.int64)]
        on_y, split_n = axis[lab], split[lab]
        c = np.where(on_y, cy, cx)
        binned = np.where(split_n, (off - c0)[lab] + c, off[lab])
        cum = np.cumsum(np.bincount(binned, minlength=int(width.sum())))
        base = np.where(off > 0, cum[off - 1], 0)
        cut = c0 + np.searchsorted(cum, base + counts // 2 + 1) - off
        cut_n = cut[lab]
        upper = c > cut_n
        none_up = np.zeros(n_sub, dtype=bool)
        flat = np.zeros(n_sub, dtype=bool)
        if split.any():
            none_up = split & (np.bincount(lab[upper], minlength=n_sub) == 0)
        if none_up.any():  # the median is the top value: cut below it instead
            upper = np.where(none_up[lab], c >= cut_n, upper)
            n_up = np.bincount(lab[upper], minlength=n_sub)
            flat = split & (n_up == counts)  # all on one coordinate: narrow the box
            upper &= ~flat[lab]
        upper &= split_n
        top = np.where(none_up, cut - 1, cut)  # last coordinate of the lower side
        # separator: lower nodes of split subdomains with an upper neighbour in the subdomain
        sub_of[act], up_of[act] = lab, upper
        near = split_n & ~upper & (c + np.where(on_y, ry, rx) > top[lab])
        cand = act[near].astype(np.int64)
        ent, lens = _ranges(a.indptr, cand)
        nb = a.indices[ent]
        owner = np.repeat(cand, lens)
        hit = up_of[nb] & (sub_of[nb] == sub_of[owner])
        sep_nodes = np.unique(owner[hit])
        here_nodes = np.concatenate([act[~split_n], sep_nodes]).astype(np.int64)
        f_lab = sub_of[here_nodes].astype(np.int64)
        o = np.argsort(f_lab * n + here_nodes, kind="stable")
        f_nodes, f_lab = here_nodes[o], f_lab[o]
        sep_ptr = np.r_[0, np.cumsum(np.bincount(f_lab, minlength=n_sub))]
        node_front[f_nodes] = first + f_lab
        levels.append(Level(first, sep_ptr, f_nodes, parent, side))
        # children: the two sides of each split subdomain, less its separator
        up_of[act] = False
        up_of[f_nodes] = True  # reused as "gone"
        rest = ~up_of[act]
        up_of[f_nodes] = False
        sub_of[act] = -1
        key = 2 * lab[rest] + upper[rest]
        act, cx, cy, rx, ry = act[rest], cx[rest], cy[rest], rx[rest], ry[rest]
        present = np.flatnonzero(np.bincount(key, minlength=2 * n_sub))
        new_id = np.full(2 * n_sub, -1, dtype=np.int32)
        new_id[present] = np.arange(present.size, dtype=np.int32)
        lab = new_id[key]
        parent, side = present // 2, (present % 2).astype(np.int8)
        lo, hi = lo[parent].copy(), hi[parent].copy()
        k = np.arange(present.size)
        ax = axis[parent].astype(np.int64)
        lower_side = side == 0
        hi[k[lower_side], ax[lower_side]] = top[parent[lower_side]]
        lo[k[~lower_side], ax[~lower_side]] = top[parent[~lower_side]] + 1
        fl = flat[parent]
        lo[k[fl], ax[fl]] = hi[k[fl], ax[fl]] = cut[parent[fl]]
        first += n_sub
    levels = amalgamate(levels)
    for lv in levels:
        node_front[lv.sep] = lv.first + np.repeat(np.arange(lv.count), np.diff(lv.sep_ptr))
    front_depth = np.concatenate([np.full(lv.count, d) for d, lv in enumerate(levels)])
    sep_pos = np.empty(n, dtype=np.int64)
    for lv in levels:
        sep_pos[lv.sep] = np.arange(lv.sep.size) - np.repeat(lv.sep_ptr[:-1], np.diff(lv.sep_ptr))
    _boundaries(levels, ei, ej, node_front, front_depth, n)
    return levels, node_front, front_depth, sep_pos


def amalgamate(levels):
    """Merge every odd depth into the depth above: each front takes its children's nodes
    and gets up to four children (a cross-shaped separator on a grid). Half the levels
    means half the update matrices passed up, which costs more than the larger fronts'
    extra arithmetic; side becomes 0-3, so siblings stay distinguishable."""
    merged, first = [], 0
    for d in range(0, len(levels), 2):
        top = levels[d]
        if d + 1 < len(levels):
            kid = levels[d + 1]
            owner = np.r_[np.repeat(kid.parent, np.diff(kid.sep_ptr)),
                          np.repeat(np.arange(top.count), np.diff(top.sep_ptr))]
            nodes = np.r_[kid.sep, top.sep]
            o = np.argsort(owner, kind="stable")
            sep = nodes[o]
            sep_ptr = np.r_[0, np.cumsum(np.bincount(owner, minlength=top.count))]
        else:
            sep, sep_ptr = top.sep, top.sep_ptr
        if d == 0:
            parent, side = top.parent, top.side
        else:
            up = levels[d - 1]
            parent = up.parent[top.parent]
            side = (2 * up.side[top.parent] + top.side).astype(np.int8)
        merged.append(Level(first, sep_ptr, sep, parent, side))
        first += top.count
    return merged


def _boundaries(levels, ei, ej, node_front, front_depth, n):
    """Each front's boundary, deepest level first: the later neighbours of its own nodes
    plus its children's boundaries, less its own nodes."""
    du, dv = front_depth[node_front[ei]], front_depth[node_front[ej]]
    differ = du != dv
    deep = np.where(du > dv, ei, ej)[differ]
    other = np.where(du > dv, ej, ei)[differ]
    e_front = node_front[deep]
    e_depth = front_depth[e_front]
    o = np.argsort(e_depth, kind="stable")
    e_front, other, e_depth = e_front[o], other[o], e_depth[o]
    bounds = np.searchsorted(e_depth, np.arange(len(levels) + 1))
    child = None
    for d in range(len(levels) - 1, -1, -1):
        lv = levels[d]
        fr = [e_front[bounds[d]:bounds[d + 1]]]
        nb = [other[bounds[d]:bounds[d + 1]]]
        if child is not None and child.bnd.size:
            cf = lv.first + np.repeat(child.parent, np.diff(child.bnd_ptr))
            outside = node_front[child.bnd] != cf
            fr.append(cf[outside])
            nb.append(child.bnd[outside])
        keys = np.unique(np.concatenate(fr) * n + np.concatenate(nb))
        f_local = keys // n - lv.first
        lv.keys = keys
        lv.bnd = keys % n
        lv.bnd_ptr = np.r_[0, np.cumsum(np.bincount(f_local, minlength=lv.count))]
        child = lv


def bnd_index(level, fronts_local, nodes, n):
    """Index of each node within the boundary list of its front (local indices)."""
    pos = np.searchsorted(level.keys, (level.first + fronts_local) * n + nodes)
    return pos - level.bnd_ptr[fronts_local]
