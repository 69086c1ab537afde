"""Batched circuit solves of many moving windows of one shape (pure numpy/scipy).

Why: Omniscape solves one small circuit per target block, tens of thousands of them, and
every window has the same shape (the disc or box of ``omniscape_window.Pattern``). Cells
without a node (nodata, outside the grid, cut off from the ground) are kept in the shape
as decoupled unknowns (a 1 on the diagonal, no edges, no current), so one sparsity
pattern serves every window. Its nested-dissection ordering and multifrontal structure
are computed once (``WindowFactor.__init__``); each batch of W windows then refactorises
only the numbers, every front as one stacked (W, f, f) dense block, so numpy's per-call
overhead is paid once per front per batch instead of once per window.

Circuit conventions are Circuitscape's advanced mode as Omniscape calls it
(``compute_omniscape_current``): nodes are cells of conductance g > 0, edges join 8 (or 4)
neighbours with weight (g1 + g2) / 2, divided by sqrt(2) on diagonals; the target cell is
an infinite ground (v = 0); only the ground's connected component is solved; the current
of a cell is max(inflow, outflow) of its branch currents.

Multifrontal elimination (Duff & Reid 1983; Liu 1992, SIAM Review 34: 82-109): for a front
with eliminated nodes S and boundary B, M = F_SS^-1 F_SB and the update
U = F_BB - F_BS M goes to the parent. Two routes: ``factor`` keeps F_SS^-1 and M of every
front, a factor reused for many right-hand sides (the uniform flow-potential window);
``factor_solve`` appends each window's one right-hand side to F_SB, so the forward solve
comes with the factorisation and no inverse is formed (the batches of windows).
"""
import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components
from scipy.sparse.linalg import splu

# leaves of 16 cells: half the flops of 48-cell leaves (dense leaf inverses grow as s^3)
# for twice as many fronts, which the batch amortises
LEAF = 16


class Circuit:
    """Edge weights, kept nodes and the diagonal of a batch of windows on one pattern."""

    def __init__(self, pattern, g):
        self.pattern = p = pattern
        g = np.where((g > 0) & (g < np.inf), g, 0.0)  # nodata (NaN) carries no node
        self.W = g.shape[0]
        ga, gb = g[:, p.ea], g[:, p.eb]
        w = (ga + gb) * (0.5 * p.edge_scale)
        w *= (ga > 0) & (gb > 0)
        keep = g > 0
        grounded = keep[:, p.ground]
        keep[~grounded] = False
        partial = grounded & ~keep.all(axis=1)
        if partial.any():
            partial[partial] = ~_surely_connected(p, keep[partial])
        if partial.any():
            keep[partial] = _ground_component(p, w[partial], keep[partial])
        cut = partial | ~grounded  # windows whose kept nodes are fewer than g > 0 says
        if cut.all():
            w *= keep[:, p.ea] & keep[:, p.eb]
        elif cut.any():
            w[cut] *= keep[cut][:, p.ea] & keep[cut][:, p.eb]
        self.w, self.keep = w, keep
        self.empty = ~grounded
        deg = (p.incidence @ w.T).T
        self.diag = np.where(keep, deg, 1.0)

    def currents(self, v):
        """Node currents (W, n): max(inflow, outflow) over branch currents."""
        p = self.pattern
        f = self.w * (v[:, p.ea] - v[:, p.eb])
        pos, neg = np.maximum(f, 0.0), np.maximum(-f, 0.0)
        out = p.ia @ pos.T + p.ib @ neg.T
        inn = p.ia @ neg.T + p.ib @ pos.T
        return np.maximum(out, inn).T


def _surely_connected(p, keep):
    """Windows (rows of keep) whose kept nodes are certainly one component with the ground:
    in every box row the kept cells are one run through the centre column, and the rows
    holding them are consecutive (a disc cut by the grid's edges is such a window), so every
    node reaches the centre column along its row and the ground along that column.

    Why: connected_components on the whole batch costs about a third of a batch's set-up,
    and the windows at the grid's edges, a fifth of a large run, need it only when nodata
    lies inside the grid."""
    W = keep.shape[0]
    side, R = p.side, p.R
    box = np.zeros((W, side * side), bool)
    box[:, p.cells] = keep
    box = box.reshape(W, side, side)
    count = box.sum(axis=2)
    first = np.argmax(box, axis=2)
    last = side - 1 - np.argmax(box[:, :, ::-1], axis=2)
    rows = count > 0
    runs = ~rows | ((last - first + 1 == count) & (first <= R) & (last >= R))
    nrows = rows.sum(axis=1)
    top = np.argmax(rows, axis=1)
    bottom = side - 1 - np.argmax(rows[:, ::-1], axis=1)
    return runs.all(axis=1) & (bottom - top + 1 == nrows)


def _ground_component(p, w, keep):
    """Nodes of each window in its ground's connected component (windows stacked as one
    block-diagonal graph, so one call labels them all)."""
    W, n = keep.shape
    offs = (np.arange(W) * n)[:, None]
    live = w > 0
    a = (p.ea[None, :] + offs)[live]
    b = (p.eb[None, :] + offs)[live]
    graph = sp.csr_matrix((np.ones(a.size), (a, b)), shape=(W * n, W * n))
    labels = connected_components(graph, directed=False)[1].reshape(W, n)
    return keep & (labels == labels[:, p.ground][:, None])


class WindowFactor:
    """Symbolic nested dissection of a pattern's unknowns (all cells but the ground) and
    batched numeric factorisations and solves on it."""

    def __init__(self, pattern, leaf=LEAF):
        p = self.pattern = pattern
        unknown = np.delete(np.arange(p.n), p.ground)
        self.unknown = unknown
        m = self.m = unknown.size
        index = np.full(p.n, -1, np.int64)
        index[unknown] = np.arange(m)
        ua, ub = index[p.ea], index[p.eb]
        inner = (ua >= 0) & (ub >= 0)
        self.inner_edges = np.flatnonzero(inner)
        ua, ub = ua[inner], ub[inner]
        adj = sp.csr_matrix((np.ones(2 * ua.size), (np.r_[ua, ub], np.r_[ub, ua])),
                            shape=(m, m))
        rows, cols = p.rows[unknown], p.cols[unknown]
        fronts = []
        self._dissect(np.arange(m), rows, cols, leaf, fronts)
        order = np.concatenate([f[0] for f in fronts])
        pos = np.empty(m, np.int64)
        pos[order] = np.arange(m)
        ends = np.cumsum([f[0].size for f in fronts])
        # edge e is assembled in the front of its first-eliminated end
        first = np.minimum(pos[ua], pos[ub])
        edge_front = np.searchsorted(ends, first, side="right")
        by_front = np.argsort(edge_front, kind="stable")
        starts = np.searchsorted(edge_front[by_front], np.arange(len(fronts) + 1))
        self.fronts = []
        bounds = []
        loc = np.full(m, -1, np.int64)
        for t, (sep, children) in enumerate(fronts):
            nbr = adj[sep].indices
            cand = [nbr] + [bounds[c] for c in children]
            cand = np.unique(np.concatenate(cand))
            bnd = cand[pos[cand] >= ends[t]]
            bnd = bnd[np.argsort(pos[bnd])]
            bounds.append(bnd)
            nodes = np.r_[sep, bnd]
            loc[nodes] = np.arange(nodes.size)
            s = sep.size
            es = by_front[starts[t]:starts[t + 1]]
            la, lb = loc[ua[es]], loc[ub[es]]
            # value vector: [diag of unknowns (m), -weights of inner edges]
            rr = np.r_[np.arange(s), la, lb]
            cc = np.r_[np.arange(s), lb, la]
            src = np.r_[sep, m + es, m + es]
            maps = [_runs(loc[bounds[c]]) for c in children]
            self.fronts.append((sep, bnd, children, rr, cc, src, maps))
            loc[nodes] = -1
        self.size = sum(f[0].size ** 2 + f[0].size * f[1].size for f in self.fronts)

    @staticmethod
    def _dissect(idx, rows, cols, leaf, fronts):
        """Post-ordered fronts (separator, children) of a geometric nested dissection:
        a grid line splits 4- and 8-neighbour graphs alike."""
        if idx.size <= leaf:
            fronts.append((idx, []))
            return len(fronts) - 1
        r, c = rows[idx], cols[idx]
        coord = r if np.ptp(r) >= np.ptp(c) else c
        cut = np.sort(coord)[coord.size // 2]
        children = []
        for side in (idx[coord < cut], idx[coord > cut]):
            if side.size:
                children.append(WindowFactor._dissect(side, rows, cols, leaf, fronts))
        fronts.append((idx[coord == cut], children))
        return len(fronts) - 1

    def factor(self, circuit):
        """Numeric factorisation of every window of a Circuit (or of one shared matrix).

        Per front F_SS^-1 (one stacked LAPACK call: cheaper here than a Cholesky factor
        and the inverse of its triangle) and M = F_SS^-1 F_SB are kept; the update
        F_BB - F_BS M goes to the parent, scattered by flat indices."""
        vals = np.concatenate([circuit.diag[:, self.unknown],
                               -circuit.w[:, self.inner_edges]], axis=1)
        W = vals.shape[0]
        updates, stored = {}, []
        for t, (sep, bnd, children, rr, cc, src, maps) in enumerate(self.fronts):
            s, f = sep.size, sep.size + bnd.size
            front = np.zeros((W, f * f))
            front[:, rr * f + cc] = vals[:, src]
            front = front.reshape(W, f, f)
            for c, runs in zip(children, maps):
                upd = updates.pop(c)
                for ca, pa, la in runs:  # the child's boundary is a few runs of this front
                    for cb, pb, lb in runs:
                        front[:, pa:pa + la, pb:pb + lb] += upd[:, ca:ca + la, cb:cb + lb]
            inv = np.linalg.inv(front[:, :s, :s])
            m = None
            if f > s:
                # contiguous blocks: numpy's stacked matmul uses BLAS only on those
                m = inv @ np.ascontiguousarray(front[:, :s, s:])
                upd = np.ascontiguousarray(front[:, s:, :s]) @ m
                np.subtract(front[:, s:, s:], upd, out=upd)
                updates[t] = upd
            stored.append((inv, m))
        return stored

    def solve(self, stored, rhs):
        """Solve A x = rhs for (W, m) right-hand sides in unknown order."""
        x = np.array(rhs, dtype=np.float64)
        for (sep, bnd, *_), (inv, m) in zip(self.fronts, stored):
            if m is not None:
                x[:, bnd] -= (np.swapaxes(m, 1, 2) @ x[:, sep, None])[..., 0]
        for (sep, bnd, *_), (inv, m) in zip(reversed(self.fronts), reversed(stored)):
            z = (inv @ x[:, sep, None])[..., 0]
            if m is not None:
                z -= (m @ x[:, bnd, None])[..., 0]
            x[:, sep] = z
        return x

    def factor_solve(self, circuit, rhs):
        """Solve each window's own system for its one right-hand side (W, m), factorising
        and eliminating the right-hand side in one pass (no inverse, no reusable factor).

        Why: with the right-hand side known at factorisation time, each front needs only
        the LU solve F_SS [M | y] = [F_SB | r_S] (2/3 s^3 flops instead of the inverse's
        8/3 s^3), and the forward sweep comes for free. Fronts and updates keep the batch
        as their last axis, so extend-add moves contiguous runs of W numbers, and only
        the blocks handed to LAPACK and BLAS are transposed to (W, ., .)."""
        vals = np.concatenate([circuit.diag[:, self.unknown],
                               -circuit.w[:, self.inner_edges]], axis=1).T.copy()
        W = vals.shape[1]
        r = np.array(rhs, dtype=np.float64).T.copy()  # (m, W)
        updates, kept = {}, []
        for t, (sep, bnd, children, rr, cc, src, maps) in enumerate(self.fronts):
            s, b = sep.size, bnd.size
            f = s + b
            front = np.zeros((f, f, W))
            front[rr, cc] = vals[src]
            for c, runs in zip(children, maps):
                upd = updates.pop(c)
                for ca, pa, la in runs:
                    for cb, pb, lb in runs:
                        if pa >= s and pb + lb <= s:
                            continue  # F_BS is never read: F_SB's transpose stands for it
                        front[pa:pa + la, pb:pb + lb] += upd[ca:ca + la, cb:cb + lb]
            a = np.ascontiguousarray(front[:s, :s].transpose(2, 0, 1))
            rhs_s = np.empty((W, s, b + 1))
            rhs_s[:, :, :b] = front[:s, s:].transpose(2, 0, 1)
            rhs_s[:, :, b] = r[sep].T
            x = np.linalg.solve(a, rhs_s)  # [M | y]
            if b:
                fbs = np.ascontiguousarray(rhs_s[:, :, :b].transpose(0, 2, 1))
                uy = fbs @ x  # F_BS [M | y]
                upd = front[s:, s:]
                upd -= uy[:, :, :b].transpose(1, 2, 0)
                updates[t] = upd
                r[bnd] -= uy[:, :, b].T
            kept.append(x)
        out = np.empty((W, self.m))
        for (sep, bnd, *_), x in zip(reversed(self.fronts), reversed(kept)):
            y = x[:, :, -1]
            if bnd.size:
                y = y - (x[:, :, :-1] @ out[:, bnd, None])[..., 0]
            out[:, sep] = y
        return out

    def voltages(self, stored, circuit, sources):
        """Voltages (W, n) on the pattern for source currents (W, n); 0 at the ground and
        off the solved component. stored: a reusable factor, or None to factorise and
        solve each window in one pass."""
        rhs = np.where(circuit.keep, sources, 0.0)[:, self.unknown]
        v = np.zeros((rhs.shape[0], self.pattern.n))
        if stored is None:
            v[:, self.unknown] = self.factor_solve(circuit, rhs)
        else:
            v[:, self.unknown] = self.solve(stored, rhs)
        return v * circuit.keep  # nodes off the ground's component carry no voltage


def _runs(positions):
    """Maximal runs of consecutive positions: (start in the child, start in the parent,
    length). Fronts list nodes in elimination order, so a child's boundary (ancestor
    separator segments) falls into a few runs and extend-add is a few slice additions."""
    brk = np.flatnonzero(np.diff(positions) != 1) + 1
    starts = np.r_[0, brk]
    lengths = np.diff(np.r_[starts, positions.size])
    return [(int(a), int(positions[a]), int(n)) for a, n in zip(starts, lengths)]


def superlu_voltages(circuit, sources):
    """The same voltages with one SuperLU factorisation per window (the plain route, as a
    check and a benchmark peer)."""
    p = circuit.pattern
    v = np.zeros((circuit.W, p.n))
    for k in range(circuit.W):
        keep = circuit.keep[k].copy()
        keep[p.ground] = False
        if circuit.empty[k] or not keep.any():
            continue
        idx = np.full(p.n, -1, np.int64)
        nodes = np.flatnonzero(keep)
        idx[nodes] = np.arange(nodes.size)
        a, b = idx[p.ea], idx[p.eb]
        ok = (a >= 0) & (b >= 0)
        w = circuit.w[k][ok]
        mat = sp.csc_matrix((np.r_[-w, -w, circuit.diag[k][nodes]],
                             (np.r_[a[ok], b[ok], np.arange(nodes.size)],
                              np.r_[b[ok], a[ok], np.arange(nodes.size)])),
                            shape=(nodes.size, nodes.size))
        v[k, nodes] = splu(mat).solve(sources[k, nodes])
    return v
