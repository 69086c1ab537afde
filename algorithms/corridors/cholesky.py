"""Multifrontal sparse Cholesky on a nested-dissection tree (pure numpy/scipy).

Why: on a 1M-cell grid Laplacian SuperLU (LU, minimum degree, mostly BLAS-2 kernels)
factorises in 13-15 s and solves 17 right-hand sides in 2.6-2.8 s; this factor, dense fronts
batched per depth of the dissection tree, takes 6.5-8.4 s and 0.8 s for 17 unit columns
(bench_circuit.py, 2026-11-22), and the gap grows with the grid. Below about 200k
unknowns SuperLU is as fast for a few solves, and solver.py keeps it there.

For every front t with eliminated nodes S and boundary B (see dissection.py), the front
matrix F = [[F_SS, .], [F_BS, F_BB]] is assembled from A's rows of S and the children's
update matrices (extend-add), then
    F_SS = L_SS L_SS^T,   L_BS = F_BS L_SS^-T,   U_t = F_BB - L_BS L_BS^T,
U_t going to the parent (Duff & Reid 1983, The multifrontal solution of indefinite sparse
symmetric linear equations; Liu 1992, SIAM Review 34: 82-109). Fronts of one depth are
stacked, padded to the largest (padding: identity on S, zero on B), in chunks of bounded
size. Each front keeps inv(L_SS) and L_BS, so both triangular solves are stacked products.
"""
import math
import time
from collections import defaultdict

import numpy as np
import scipy.sparse as sp
from scipy.linalg import solve_triangular

from . import dense
from .dissection import UnsuitableGraph, bnd_index, dissect

LEAF = 64
CHUNK_BYTES = 64 * 2 ** 20
TRSM_FROM = 192  # fronts eliminating this many nodes keep L (triangular solves), not inv(L)
MAX_RUNS = 8  # a child whose boundary falls in more runs of its parent's front is scattered
MAX_FRONT = 12_000  # a dense front beyond this (~1 GiB) means the coordinates do not separate


class _Ticker:
    """Adds the time since the last call to a named phase."""

    def __init__(self, into):
        self.into, self.t = into, time.perf_counter()

    def __call__(self, name):
        now = time.perf_counter()
        self.into[name] += now - self.t
        self.t = now


class _Chunk:
    __slots__ = ("sep_idx", "bnd_idx", "linv", "l21", "update", "rows", "scatter", "lo", "hi",
                 "big", "first")


class _Scratch:
    """One zeroed buffer for the front matrices, reused chunk after chunk.

    Why: fresh memory costs the kernel a page fault and a page clear per 4 KiB on first
    touch (about 0.5 s per GiB here), and the fronts of a 1M-node factor add up to 2.5 GiB.
    A chunk's update matrix is copied out, so the front is free once its chunk is done.
    """

    def __init__(self):
        self.buf = np.zeros(0)

    def zeros(self, shape):
        size = int(np.prod(shape))
        if size > self.buf.size:  # fresh pages come zeroed from the kernel
            self.buf = None
            self.buf = np.zeros(size)
            return self.buf.reshape(shape)
        out = self.buf[:size]
        out.fill(0.0)
        return out.reshape(shape)


def uniform_leaf(n, leaf=LEAF):
    """A leaf size for n nodes that all boxes of one depth fall under and none of the depth
    above: n / 2^d for the first depth d whose boxes hold at most ``leaf`` nodes.

    Why: a box is cut while it holds more than the leaf size, and on a full grid the boxes
    of one depth hold about n / 2^d nodes; when that is close to the leaf size some are cut
    and some not, and the merged level above mixes fronts of 72 to 121 nodes, all padded to
    the largest (400 x 400 cells with leaf 64: 5.0 GFlop padded for 3.3 real; factorisation
    and 11 unit solves 3.3-3.7 s against 2.5 s with leaves of 40, alternated runs on a
    loaded machine, 2026-12-03)."""
    if n <= leaf:
        return leaf
    depth = math.ceil(math.log2(n / leaf))
    return -(-n // 2 ** depth)


class MultifrontalCholesky:
    """A = L L^T for a symmetric positive definite sparse A whose nodes have coordinates."""

    def __init__(self, a, coords, leaf=None, chunk_bytes=CHUNK_BYTES):
        a = sp.csr_matrix(a)
        self.n = n = a.shape[0]
        self.timings = defaultdict(float)  # seconds per phase, for benchmarks
        t0 = time.perf_counter()
        leaf = uniform_leaf(n) if leaf is None else leaf
        levels, node_front, _, sep_pos = dissect(a, coords, leaf)
        self.timings["dissect"] += time.perf_counter() - t0
        biggest = max(int(np.diff(lv.sep_ptr).max(initial=0)) for lv in levels)
        if biggest > MAX_FRONT:
            raise UnsuitableGraph(f"a front of {biggest} nodes is too large to factorise dense")
        # number the nodes in elimination order: every front's nodes, and every stretch of
        # an ancestor's separator on a boundary, become runs of consecutive numbers, so a
        # child's update lands in its parent's front as a few rectangular blocks
        self.order = np.concatenate([lv.sep for lv in reversed(levels)])
        self.position = new = np.empty(n, dtype=np.int64)
        new[self.order] = np.arange(n)
        for lv in levels:
            lv.sep = new[lv.sep]
            fronts = np.repeat(np.arange(lv.first, lv.first + lv.count), np.diff(lv.bnd_ptr))
            lv.keys = np.sort(fronts * n + new[lv.bnd])
            lv.bnd = lv.keys % n
        node_front, sep_pos = node_front[self.order], sep_pos[self.order]
        # the elimination tree, for right-hand sides that are zero outside a few fronts' paths
        self._front_of = node_front
        self._parent_of = np.concatenate(
            [lv.parent + (levels[d - 1].first if d else 0) for d, lv in enumerate(levels)])
        # only lower triangles are used (Cholesky reads the lower half; a child's positions
        # grow with its own, so its lower half lands in its parent's lower half): A's upper
        # entries in the new numbering (row u, column v >= u) go to u's front, as row v,
        # column u; permuting the CSR keeps rows in order, so masking needs no sort
        perm = a[self.order][:, self.order]
        rows = np.repeat(np.arange(n), np.diff(perm.indptr))
        keep = perm.indices >= rows
        rows = rows[keep]
        indptr = np.r_[0, np.cumsum(np.bincount(rows, minlength=n))]
        self._upper = (rows, perm.indices[keep].astype(np.int64), perm.data[keep], indptr)
        self.timings["renumber"] += time.perf_counter() - t0 - self.timings["dissect"]
        self.chunks, self.entries = [], 0
        below = []  # chunks of the level under the current one, with their update matrices
        self._scratch = _Scratch()
        for d in range(len(levels) - 1, -1, -1):
            lv = levels[d]
            s, b = lv.sizes()
            width = int(max(s.max(initial=1), 1) + b.max(initial=0) + 1)
            step = max(1, chunk_bytes // (8 * width * width))
            child = levels[d + 1] if d + 1 < len(levels) else None
            here = []
            for p0 in range(0, lv.count, step):
                p1 = min(p0 + step, lv.count)
                ch = self._front_chunk(lv, d, p0, p1, s, b, child, below, node_front,
                                       sep_pos)
                here.append(ch)
                self.chunks.append(ch)
            for ch in below:
                ch.update = None
            below = here
        del self._scratch

    def _front_chunk(self, lv, d, p0, p1, s, b, child, below, node_front, sep_pos):
        n = self.n
        tick = _Ticker(self.timings)
        nb, s_c, b_c = p1 - p0, s[p0:p1], b[p0:p1]
        ms, mb = max(int(s_c.max()), 1), int(b_c.max(initial=0))
        width = ms + mb + 1  # the last row and column collect padding
        front = self._scratch.zeros((nb, width, width))
        flat = front.reshape(-1)
        sep = lv.sep[lv.sep_ptr[p0]:lv.sep_ptr[p1]]
        f_of_sep = np.repeat(np.arange(nb), s_c)
        ch = _Chunk()
        ch.lo, ch.hi, ch.first = p0, p1, lv.first + p0
        ch.sep_idx = np.full((nb, ms), n, dtype=np.int64)
        ch.sep_idx[f_of_sep, sep_pos[sep]] = sep
        bnd = lv.bnd[lv.bnd_ptr[p0]:lv.bnd_ptr[p1]]
        f_of_bnd = np.repeat(np.arange(nb), b_c)
        ch.bnd_idx = np.full((nb, mb), n, dtype=np.int64)
        at = np.arange(bnd.size) - np.repeat(lv.bnd_ptr[p0:p1] - lv.bnd_ptr[p0], b_c)
        ch.bnd_idx[f_of_bnd, at] = bnd
        # A's entries (u, v >= u) of the chunk's nodes, a consecutive range in elimination order
        rows_u, cols_v, vals, indptr = self._upper
        first_node = lv.sep[lv.sep_ptr[p0]] if sep.size else 0
        e0, e1 = indptr[first_node], indptr[first_node + sep.size]
        u, v, val = rows_u[e0:e1], cols_v[e0:e1], vals[e0:e1]
        u_f = node_front[u] - (lv.first + p0)
        u_pos = sep_pos[u]
        own = node_front[v] == node_front[u]
        flat[(u_f[own] * width + sep_pos[v[own]]) * width + u_pos[own]] = val[own]
        later = ~own
        row = ms + bnd_index(lv, p0 + u_f[later], v[later], n)
        flat[(u_f[later] * width + row) * width + u_pos[later]] = val[later]
        pad_f, pad_j = np.nonzero(np.arange(ms)[None, :] >= s_c[:, None])
        front[pad_f, pad_j, pad_j] = 1.0
        tick("assemble")
        if child is not None:
            self._extend_add(flat, width, ms, lv, p0, p1, child, below, node_front, sep_pos)
        tick("extend_add")
        big = ms >= TRSM_FROM  # few large fronts: keep L and solve with it
        if big:
            linv = dense.factor(front[:, :ms, :ms])
            tick("dense_factor")
            l21 = dense.right_solve_lt(front[:, ms:ms + mb, :ms], linv)
        else:
            linv = dense.inverse_factor(front[:, :ms, :ms])
            tick("dense_factor")
            l21 = front[:, ms:ms + mb, :ms] @ linv.transpose(0, 2, 1)
        tick("l21")
        ch.update = None
        if d > 0 and mb:
            ch.update = front[:, ms:ms + mb, ms:ms + mb].copy()
            dense.lower_gram_update(ch.update, l21)
        tick("update")
        ch.linv, ch.l21, ch.big = linv, l21, big
        rows, inv = np.unique(ch.bnd_idx.ravel(), return_inverse=True)
        ch.rows = rows
        ch.scatter = sp.csr_matrix((np.ones(inv.size), (inv, np.arange(inv.size))),
                                   shape=(rows.size, inv.size))
        self.entries += linv.size + l21.size
        tick("solve_index")
        return ch

    def _extend_add(self, flat, width, ms, lv, p0, p1, child, below, node_front, sep_pos):
        """Add the children's update matrices into their parents' fronts."""
        n = self.n
        c0, c1 = np.searchsorted(child.parent, [p0, p1])
        for cc in below:
            lo, hi = max(cc.lo, c0), min(cc.hi, c1)
            if lo >= hi or cc.update is None:
                continue
            upd = cc.update[lo - cc.lo:hi - cc.lo]
            nodes = cc.bnd_idx[lo - cc.lo:hi - cc.lo]
            par = np.repeat(child.parent[lo:hi], nodes.shape[1])
            real = nodes.ravel() < n
            v = nodes.ravel()[real]
            pr = par[real]
            own = node_front[v] == lv.first + pr
            pos = np.full(nodes.size, width - 1, dtype=np.int64)
            p_real = np.where(own, sep_pos[v], 0)
            if (~own).any():
                p_real[~own] = ms + bnd_index(lv, pr[~own], v[~own], n)
            pos[real] = p_real
            pos = pos.reshape(nodes.shape)
            par_local = child.parent[lo:hi] - p0
            self._add_blocks(flat, width, upd, pos, par_local, child.side[lo:hi],
                             (nodes < n).sum(axis=1))

    @staticmethod
    def _add_blocks(flat, width, upd, pos, par_local, sides, real):
        """Extend-add: each child's positions in its parent are a few runs of consecutive
        numbers, so its update is a few rectangular blocks. Children with the same runs
        (translates of one another on a grid) and side are added together, block by block;
        children with many runs are scattered entry by entry."""
        nc, mbc = pos.shape
        front = flat.reshape(-1, width, width)
        j = np.arange(mbc)
        inside = j[None, :] < real[:, None]
        step = np.diff(pos, axis=1) != 1
        starts = np.concatenate([np.ones((nc, 1), dtype=bool), step], axis=1) & inside
        n_runs = starts.sum(axis=1)
        few = n_runs <= MAX_RUNS
        sig = np.full((nc, 2 * MAX_RUNS + 2), -1, dtype=np.int64)
        sig[:, 0], sig[:, 1] = real, sides
        k, col = np.nonzero(starts & few[:, None])
        rank = np.cumsum(starts & few[:, None], axis=1)[k, col] - 1
        sig[k, 2 + rank] = col
        sig[k, 2 + MAX_RUNS + rank] = pos[k, col]
        keys, group = np.unique(sig[few], axis=0, return_inverse=True)
        members = np.flatnonzero(few)
        for g, key in enumerate(keys):
            kk = members[group == g]
            m = int(key[0])
            lo = [int(v) for v in key[2:2 + MAX_RUNS] if v >= 0]
            at = [int(v) for v in key[2 + MAX_RUNS:] if v >= 0]
            hi = lo[1:] + [m]
            pf, u = par_local[kk], upd[kk]
            for i, (i0, i1, r) in enumerate(zip(lo, hi, at)):
                for j0, j1, c in zip(lo[:i + 1], hi[:i + 1], at[:i + 1]):
                    front[pf, r:r + i1 - i0, c:c + j1 - j0] += u[:, i0:i1, j0:j1]
        many = np.flatnonzero(~few)
        for sd in np.unique(sides[many]):  # siblings share parent entries: a side at a time
            kk = many[sides[many] == sd]
            if kk.size:
                ti, tj = np.tril_indices(mbc)
                idx = ((par_local[kk] * width * width)[:, None]
                       + pos[kk][:, ti] * width + pos[kk][:, tj])
                flat[idx] += upd[kk][:, ti, tj]

    def solve(self, rhs):
        """x = A^-1 rhs for a vector or the columns of a matrix."""
        b = np.asarray(rhs, dtype=np.float64)
        single = b.ndim == 1
        k = 1 if single else b.shape[1]
        x = np.zeros((self.n + 1, k))
        x[:self.n] = b.reshape(self.n, k)[self.order]
        self._substitute(x)
        out = np.empty((self.n, k))
        out[self.order] = x[:self.n]
        return out[:, 0] if single else out

    def solve_units(self, rows):
        """Columns x_j = A^-1 e_{rows[j]}, built in elimination order without a dense rhs."""
        k = len(rows)
        x = np.zeros((self.n + 1, k))
        x[self.position[np.asarray(rows, dtype=np.int64)], np.arange(k)] = 1.0
        self._substitute(x, self._paths(self.position[np.asarray(rows, dtype=np.int64)]))
        return x[self.position]

    def _paths(self, nonzero):
        """Fronts on the way from the fronts of the given rows (elimination order) to the
        root: forward substitution leaves every other front's rows zero (Gilbert 1994,
        Predicting structure in sparse matrix computations, SIAM J. Matrix Anal. Appl. 15:
        62-79)."""
        on = np.zeros(self._parent_of.size, dtype=bool)
        todo = np.unique(self._front_of[nonzero])
        while todo.size:
            on[todo] = True
            todo = self._parent_of[todo]
            todo = todo[todo >= 0]
            todo = todo[~on[todo]]
        return on

    def _substitute(self, x, fronts=None):
        """Forward then backward substitution in place on x (n + 1 rows, elimination order;
        the last row collects the padding). With ``fronts`` (a mask), forward substitution
        visits only those fronts, the others' rows of x being zero."""
        k = x.shape[1]
        for ch in self.chunks:
            if fronts is None:
                y = _lower_apply(ch.linv, ch.big, x[ch.sep_idx], transpose=False)
                x[ch.sep_idx] = y
                if ch.l21.shape[1]:
                    x[ch.rows] -= ch.scatter @ (ch.l21 @ y).reshape(-1, k)
            else:
                sel = np.flatnonzero(fronts[ch.first:ch.first + ch.hi - ch.lo])
                if not sel.size:
                    continue
                idx = ch.sep_idx[sel]
                y = _lower_apply(ch.linv, ch.big, x[idx], transpose=False, which=sel)
                x[idx] = y
                if ch.l21.shape[1]:
                    np.subtract.at(x, ch.bnd_idx[sel].ravel(),
                                   (ch.l21[sel] @ y).reshape(-1, k))
            x[self.n] = 0.0
        for ch in reversed(self.chunks):
            y = x[ch.sep_idx]
            if ch.l21.shape[1]:
                y = y - ch.l21.transpose(0, 2, 1) @ x[ch.bnd_idx]
            x[ch.sep_idx] = _lower_apply(ch.linv, ch.big, y, transpose=True)
            x[self.n] = 0.0


def _lower_apply(linv, big, y, transpose, which=None):
    """L_SS^-1 y (or L_SS^-T y) for each front of a chunk, or for its fronts ``which``
    (y then holds theirs only): linv holds inv(L_SS), or L_SS itself when ``big``."""
    which = np.arange(linv.shape[0]) if which is None else which
    if not big:
        low = linv if which.size == linv.shape[0] else linv[which]
        return (low.transpose(0, 2, 1) if transpose else low) @ y
    out = np.empty_like(y)
    for k, f in enumerate(which):  # no copies of the large factors
        out[k] = solve_triangular(linv[f], y[k], lower=True, trans=1 if transpose else 0,
                                  check_finite=False)
    return out
