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

Bisection runs level-synchronously on boxes of cells: every box of a depth is split by the
same few array operations, so the Python work grows with the depth (about log2(n / leaf)),
not with the number of fronts, and only the separators' nodes are visited per depth (see
dissect). Every odd depth is then merged into the one above (amalgamate).
"""
import numpy as np
import scipy.sparse as sp

# the ordering keeps images of the nodes' bounding box: refused beyond this many cells per node
SPREAD_MAX = 16


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


class UnsuitableGraph(ValueError):
    """The coordinates cannot order this graph: its nodes are too sparse in their bounding
    box, or a front is too large to hold dense."""


def _box_count(sat, x0, x1, y0, y1):
    """Nodes in each box [x0, x1] x [y0, y1] (inclusive; none when x1 < x0 or y1 < y0)."""
    x1, y1 = np.maximum(x1, x0 - 1), np.maximum(y1, y0 - 1)
    return sat[y1 + 1, x1 + 1] - sat[y0, x1 + 1] - sat[y1 + 1, x0] + sat[y0, x0]


def _special_reach(a, q, nodes):
    """Farthest neighbour of each of the given nodes along each axis."""
    ent, lens = _ranges(a.indptr, nodes)
    owner = np.repeat(np.arange(nodes.size), lens)
    span = np.abs(q[a.indices[ent]] - q[np.repeat(nodes, lens)])
    reach = np.zeros((nodes.size, 2), dtype=np.int64)
    np.maximum.at(reach, owner, span)
    return reach


def dissect(adjacency, coords, leaf=64):
    """Tree of fronts for the symmetric sparsity pattern ``adjacency`` (n x n, CSR) and node
    coordinates (n x 2, cell units). Returns (levels, node_front, front_depth, sep_pos).

    The subdomains are boxes of cells. Box counts come from a summed-area table of nodes
    per cell, so each depth's medians cost a binary search per box, not a pass over the
    nodes; separator candidates are read off the cut line in an image of the nodes (the
    few nodes with longer edges, or sharing a cell, are kept in a list and checked too);
    leaves take their nodes by painting the leaf boxes. The counts include nodes already
    taken by separators above, which only shifts a median slightly.
    """
    a = sp.csr_matrix(adjacency)
    n = a.shape[0]
    q = np.floor(np.asarray(coords, dtype=np.float64)).astype(np.int64).reshape(n, 2)
    if n:
        q -= q.min(axis=0)
    w, h = (int(q[:, k].max(initial=0)) + 1 for k in (0, 1))
    if w * h > SPREAD_MAX * n + 4096:
        raise UnsuitableGraph(f"{n} nodes spread over a {w} x {h} cell box are too sparse "
                              "for the grid ordering")
    qx, qy = q[:, 0], q[:, 1]
    cell = qy * w + qx
    per_cell = np.bincount(cell, minlength=w * h)
    sat = np.zeros((h + 1, w + 1), dtype=np.int64)
    sat[1:, 1:] = per_cell.reshape(h, w).cumsum(axis=0).cumsum(axis=1)
    rows = np.repeat(np.arange(n), np.diff(a.indptr))
    upper_tri = a.indices > rows
    ei, ej = rows[upper_tri], a.indices[upper_tri].astype(np.int64)
    del rows, upper_tri
    # "special" nodes reach past the next cell or share a cell: they are not in the image
    far = (np.abs(qx[ei] - qx[ej]) > 1) | (np.abs(qy[ei] - qy[ej]) > 1)
    special = per_cell[cell] > 1
    special[ei[far]] = special[ej[far]] = True
    del far, per_cell
    image = np.full(w * h, -1, dtype=np.int64)
    regular = np.flatnonzero(~special)
    image[cell[regular]] = regular
    del regular
    s_act = np.flatnonzero(special)  # active special nodes, their box and reach
    s_reach = _special_reach(a, q, s_act)
    s_box = np.zeros(s_act.size, dtype=np.int64)
    node_front = np.full(n, -1, dtype=np.int64)
    x0, x1 = np.zeros(1, dtype=np.int64), np.full(1, w - 1, dtype=np.int64)
    y0, y1 = np.zeros(1, dtype=np.int64), np.full(1, h - 1, dtype=np.int64)
    if not n:
        x0 = x0[:0]
    # whether a box's last column / row is a separator line above it: counts leave it out
    fx, fy = np.zeros(1, dtype=np.int64), np.zeros(1, dtype=np.int64)
    parent, side = np.array([-1], dtype=np.int64), np.array([0], dtype=np.int8)
    meta, leaves, first = [], [], 0
    while x0.size:
        nb = x0.size
        boxes = np.arange(nb)
        on_y, split, flat, cut, top, lo_a = _median_cuts(sat, (x0, x1, y0, y1), fx, fy, leaf)
        cuts = split & ~flat
        box = (x0, x1, y0, y1, on_y, top)
        sep, sep_box = _separators(a, q, image, w, node_front, box, cuts, boxes,
                                   (s_act, s_reach, s_box))
        node_front[sep] = first + sep_box
        meta.append((first, nb, parent, side))
        stop = ~split
        leaves.append((x0[stop], x1[stop], y0[stop], y1[stop], first + boxes[stop]))
        # children: both sides of a cut box, the narrowed box of a flat one; empty ones dropped
        par = np.r_[boxes[split], boxes[cuts]]
        sd = np.r_[np.zeros(split.sum(), dtype=np.int8), np.ones(cuts.sum(), dtype=np.int8)]
        o = np.argsort(2 * par + sd, kind="stable")
        par, sd = par[o], sd[o]
        cx0, cx1, cy0, cy1 = x0[par], x1[par], y0[par], y1[par]
        ax_y = on_y[par]
        lo_c = np.where(flat[par], cut[par], np.where(sd == 1, top[par] + 1, lo_a[par]))
        hi_c = np.where(flat[par], cut[par],
                        np.where(sd == 1, np.where(on_y, y1, x1)[par], top[par]))
        # the lower side ends on the new separator line; the upper keeps the parent's end
        f_c = np.where(flat[par], 0, np.where(sd == 1, np.where(ax_y, fy[par], fx[par]), 1))
        fy_c, fx_c = np.where(ax_y, f_c, fy[par]), np.where(ax_y, fx[par], f_c)
        cy0, cy1 = np.where(ax_y, lo_c, cy0), np.where(ax_y, hi_c, cy1)
        cx0, cx1 = np.where(ax_y, cx0, lo_c), np.where(ax_y, cx1, hi_c)
        keep = _box_count(sat, cx0, cx1, cy0, cy1) > 0
        child_of = np.full(2 * nb, -1, dtype=np.int64)
        child_of[(2 * par + sd)[keep]] = np.arange(keep.sum())
        sc = np.where(on_y[s_box], q[s_act, 1], q[s_act, 0])
        live = (node_front[s_act] < 0) & split[s_box]
        s_act, s_reach, s_box, sc = s_act[live], s_reach[live], s_box[live], sc[live]
        s_box = child_of[2 * s_box + (cuts[s_box] & (sc > top[s_box]))]
        x0, x1, y0, y1 = cx0[keep], cx1[keep], cy0[keep], cy1[keep]
        fx, fy = fx_c[keep], fy_c[keep]
        parent, side = par[keep], sd[keep]
        first += nb
    _paint_leaves(node_front, leaves, cell, w, h)
    levels = _prune(_levels(meta, node_front))
    levels = amalgamate(levels)
    for lv in levels:
        node_front[lv.sep] = lv.first + np.repeat(np.arange(lv.count), np.diff(lv.sep_ptr))
    front_depth = np.concatenate([np.full(lv.count, d) for d, lv in enumerate(levels)])
    sep_pos = np.empty(n, dtype=np.int64)
    for lv in levels:
        sep_pos[lv.sep] = np.arange(lv.sep.size) - np.repeat(lv.sep_ptr[:-1], np.diff(lv.sep_ptr))
    _boundaries(levels, ei, ej, node_front, front_depth, n)
    return levels, node_front, front_depth, sep_pos


def _median_cuts(sat, box, fx, fy, leaf):
    """Per box: whether to cut along y (the longer side), whether to split, whether the box
    is flat (all its nodes on one line, which becomes its only child), the median line, and
    the last line of the lower side. Counts leave out a box's last column (fx) or row (fy)
    when it is a separator line above it."""
    x0, x1, y0, y1 = box
    ex1, ey1 = x1 - fx, y1 - fy
    cnt = _box_count(sat, x0, ex1, y0, ey1)
    on_y = (ey1 - y0) > (ex1 - x0)
    split = (cnt > leaf) & (np.maximum(ex1 - x0, ey1 - y0) > 0)
    lo_a, hi_a = np.where(on_y, y0, x0), np.where(on_y, ey1, ex1)

    def below(t):  # nodes of each box whose axis coordinate is <= t
        return np.where(on_y, _box_count(sat, x0, ex1, y0, np.minimum(t, ey1)),
                        _box_count(sat, x0, np.minimum(t, ex1), y0, ey1))

    # median line: the first t with more than half the box's nodes at or below it
    lo_t, hi_t, need = lo_a.copy(), hi_a.copy(), cnt // 2 + 1
    while (lo_t < hi_t).any():
        mid = (lo_t + hi_t) // 2
        ok = below(mid) >= need
        hi_t, lo_t = np.where(ok, mid, hi_t), np.where(ok | (lo_t >= hi_t), lo_t, mid + 1)
    cut = lo_t
    none_up = split & (below(cut) == cnt)  # the median is the top line: cut below it
    flat = none_up & (below(cut - 1) == 0)  # all on that line: narrow the box
    top = np.where(none_up, cut - 1, cut)
    return on_y, split, flat, cut, top, lo_a


def _separators(a, q, image, w, node_front, box, cuts, boxes, special):
    """Nodes on the lower side of each cut box with an upper-side neighbour still in the
    box, and their boxes: those on the cut line come from the image, the special nodes
    from their list (those whose reach crosses the cut)."""
    x0, x1, y0, y1, on_y, top = box
    s_act, s_reach, s_box = special
    along = np.where(on_y, x1 - x0, y1 - y0) + 1
    cb = np.repeat(boxes[cuts], along[cuts])
    off = np.arange(cb.size) - np.repeat(np.cumsum(along[cuts]) - along[cuts], along[cuts])
    line = image[np.where(on_y[cb], top[cb] * w + x0[cb] + off, (y0[cb] + off) * w + top[cb])]
    ok = line >= 0
    line, cb = line[ok], cb[ok]
    ok = node_front[line] < 0
    sc = np.where(on_y[s_box], q[s_act, 1], q[s_act, 0])
    sr = np.where(on_y[s_box], s_reach[:, 1], s_reach[:, 0])
    near = cuts[s_box] & (sc <= top[s_box]) & (sc + sr > top[s_box])
    cand, cbox = np.r_[line[ok], s_act[near]], np.r_[cb[ok], s_box[near]]
    ent, lens = _ranges(a.indptr, cand)
    v = a.indices[ent]
    ob = np.repeat(cbox, lens)
    qx, qy = q[v, 0], q[v, 1]
    hit = ((node_front[v] < 0) & (qx >= x0[ob]) & (qx <= x1[ob]) & (qy >= y0[ob])
           & (qy <= y1[ob]) & (np.where(on_y[ob], qy, qx) > top[ob]))
    is_sep = np.bincount(np.repeat(np.arange(cand.size), lens)[hit], minlength=cand.size) > 0
    return cand[is_sep], cbox[is_sep]


def _paint_leaves(node_front, leaves, cell, w, h):
    """Give every node not in a separator the leaf box that holds its cell. The leaf boxes
    are disjoint, so a 2-D prefix sum of +-label at their corners paints each one."""
    lx0, lx1, ly0, ly1, lf = (np.concatenate(k) for k in zip(*leaves))
    paint = np.zeros((h + 1, w + 1), dtype=np.int64)
    lab = lf + 1
    for yy, xx, sign in ((ly0, lx0, 1), (ly0, lx1 + 1, -1), (ly1 + 1, lx0, -1),
                         (ly1 + 1, lx1 + 1, 1)):
        np.add.at(paint, (yy, xx), sign * lab)
    label = paint.cumsum(axis=0).cumsum(axis=1)[:h, :w].ravel() - 1
    rest = np.flatnonzero(node_front < 0)
    node_front[rest] = label[cell[rest]]


def _levels(meta, node_front):
    """Level objects from each depth's (first front, count, parent, side) and the nodes'
    fronts; a front's nodes are listed in increasing order."""
    order = np.argsort(node_front, kind="stable")
    fronts = node_front[order]
    out = []
    for first, count, parent, side in meta:
        i0, i1 = np.searchsorted(fronts, [first, first + count])
        sep_ptr = np.r_[0, np.cumsum(np.bincount(fronts[i0:i1] - first, minlength=count))]
        out.append(Level(first, sep_ptr, order[i0:i1], parent, side))
    return out


def _prune(levels):
    """Drop fronts whose whole subtree has no nodes (boxes emptied by separators above)."""
    below = None
    sub = [np.diff(lv.sep_ptr).astype(np.int64) for lv in levels]
    for d in range(len(levels) - 1, 0, -1):
        np.add.at(sub[d - 1], levels[d].parent, sub[d])
    if all((s > 0).all() for s in sub):
        return levels
    out, first = [], 0
    for d, lv in enumerate(levels):
        keep = sub[d] > 0
        sizes = np.diff(lv.sep_ptr)[keep]
        parent = lv.parent[keep] if d == 0 else below[lv.parent[keep]]
        sep_ptr = np.r_[0, np.cumsum(sizes)]
        out.append(Level(first, sep_ptr, lv.sep, parent, lv.side[keep]))
        below = np.cumsum(keep) - 1
        first += int(keep.sum())
    return out


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
