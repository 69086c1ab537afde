"""Geodesic distance from the skeleton inside a mask, as the JRC engine computes it
(pure numpy): an ordered propagation of Euclidean vectors (after Soille's 1991
constrained Euclidean distance), of which MSPA keeps the pixels within EdgeWidth - 0.43
of the skeleton as connectors.

Each pixel stores a vector (px, py) to a base pixel and the path length pb of that base;
its distance is |(px, py)| + pb. A pixel reached from a 4-neighbour n extends n's vector
by one step if the straight (Bresenham) line from n's base to it stays in the mask, and
otherwise takes n as a new base (pb = distance of n). Propagation runs in waves: a wave
first gives every newly queued pixel the best of its already valued 4-neighbours (in
queue order, so a pixel sees the pixels valued before it in the same wave, the first best
neighbour winning ties), then every queued pixel whose distance is at most the smallest
new distance passes the propagation on to its unqueued mask 4-neighbours, and the others
wait in the queue. The queue order is followed exactly; each wave is vectorised, the
in-wave dependence by a fixed-point iteration. Only the pixels needed to decide
"distance <= threshold" are valued: propagation stops once every queued pixel lies
farther than threshold + 1, since a later pixel is farther than threshold.
"""
import numpy as np

# 4-neighbours in the engine's order: neighbour n = p + shift[k], and the step from n to
# p is (dx, dy) = (STEP_X[k], STEP_Y[k])
STEP_X = np.array([0, 1, 0, -1], dtype=np.int64)
STEP_Y = np.array([1, 0, -1, 0], dtype=np.int64)
UNSET = np.int16(32767)
CHUNK = 1 << 16   # pixels handled at once: bounds the temporary arrays


def _bresenham(vx, vy):
    """Offsets visited going from (0, 0) to (vx, vy), start excluded, end included."""
    dx, dy = abs(vx), abs(vy)
    s1, s2 = (vx > 0) - (vx < 0), (vy > 0) - (vy < 0)
    swap = dy > dx
    if swap:
        dx, dy = dy, dx
    d = 2 * dy - dx
    x = y = 0
    pts = []
    while abs(y if swap else x) < dx:
        if swap:
            y += s2
        else:
            x += s1
        if d < 0:
            d += 2 * dy
        else:
            d += 2 * (dy - dx)
            if swap:
                x += s1
            else:
                y += s2
        pts.append((x, y))
    return pts


class _LineOfSight:
    """Vectorised 'the Bresenham line from base along (vx, vy) stays in the mask'."""

    def __init__(self, mask_flat, nx):
        self.mask = mask_flat
        self.nx = nx
        self.rows = {}

    def __call__(self, base, vx, vy):
        key = (vx.astype(np.int64) + 32768) * 65536 + (vy + 32768)
        uk, inv = np.unique(key, return_inverse=True)
        offs = []
        for k in uk.tolist():
            vec = (k // 65536 - 32768, k % 65536 - 32768)
            row = self.rows.get(vec)
            if row is None:
                pts = _bresenham(*vec) or [(0, 0)]
                row = np.array([x + y * self.nx for x, y in pts], dtype=np.int64)
                self.rows[vec] = row
            offs.append(row)
        width = max(len(r) for r in offs)
        table = np.array([np.pad(r, (0, width - len(r)), mode="edge") for r in offs])
        return self.mask[base[:, None] + table[inv]].all(axis=1)


def _best(cand_ok, nbr, px, py, pb, los, nx):
    """For each row of nbr (the 4-neighbours of a pixel), the best candidate over the
    neighbours allowed by cand_ok: a neighbour's vector extended by the step when the
    line of sight holds, else the neighbour as a new base; the first of equal candidates
    wins. Returns the pixels' (px, py, pb, distance)."""
    m = nbr.shape[0]
    best = np.full(m, np.inf, dtype=np.float32)
    bx = np.zeros(m, dtype=np.int16)
    by = np.zeros(m, dtype=np.int16)
    bb = np.zeros(m, dtype=np.float32)
    for k in range(4):
        ok = cand_ok[:, k]
        idx = np.flatnonzero(ok)
        if idx.size == 0:
            continue
        n = nbr[idx, k]
        vx0 = px[n].astype(np.int64)
        vy0 = py[n].astype(np.int64)
        pbn = pb[n].astype(np.float64)
        vx, vy = vx0 + STEP_X[k], vy0 + STEP_Y[k]
        base = n - vx0 - vy0 * nx
        seen = los(base, vx, vy)
        d_ext = np.sqrt((vx * vx + vy * vy).astype(np.float64)) + pbn
        d_new = np.sqrt((vx0 * vx0 + vy0 * vy0).astype(np.float64)) + pbn + 1
        # the engine keeps candidate distances in single precision
        dcrt = np.where(seen, d_ext, d_new).astype(np.float32)
        win = dcrt < best[idx]
        w = idx[win]
        best[w] = dcrt[win]
        bx[w] = np.where(seen[win], vx[win], STEP_X[k])
        by[w] = np.where(seen[win], vy[win], STEP_Y[k])
        bb[w] = np.where(seen[win], pb[n[win]], dcrt[win] - np.float32(1))
    return bx, by, bb, best


def _queue_neighbours(src, active, shifts, queued):
    """Unqueued 4-neighbours of the active sources, each taken by its first source in
    (source order, neighbour index) order; marks them queued. Returns (pixels, keys)."""
    s = src[active]
    rank = np.flatnonzero(active)
    t = (s[:, None] + shifts[None, :]).ravel()
    key = (rank[:, None] * 4 + np.arange(4)[None, :]).ravel()
    free = ~queued[t]
    t, key = t[free], key[free]
    order = np.lexsort((key, t))
    t, key = t[order], key[order]
    first = np.ones(t.size, dtype=bool)
    first[1:] = t[1:] != t[:-1]
    t, key = t[first], key[first]
    queued[t] = True
    return t, key


def _value_wave(w, state, shifts, los, nx):
    """Give the new pixels w (in queue order) their vectors; returns their distances.

    In the engine each pixel, in queue order, sees the pixels valued before it, those
    of earlier waves and the earlier ones of its own wave: a Jacobi iteration over the
    wave reaches that sequential result (the dependence follows the queue order, so the
    fixed point is unique). Candidate neighbours are kept as 4-bit masks, and every step
    runs in chunks, to bound memory."""
    px, py, pb = state
    order = np.argsort(w)
    ws = w[order]
    bits = np.uint8(1) << np.arange(4, dtype=np.uint8)
    bx = np.empty(w.size, np.int16)
    by = np.empty(w.size, np.int16)
    bb = np.empty(w.size, np.float32)
    dp = np.empty(w.size, np.float32)
    dep, dep_cand = [], []
    for i in range(0, w.size, CHUNK):
        nbr = w[i:i + CHUNK, None] + shifts[None, :]
        valued0 = px[nbr] != UNSET
        loc = np.minimum(np.searchsorted(ws, nbr), ws.size - 1)
        rank = np.arange(i, i + nbr.shape[0])
        earlier = (ws[loc] == nbr) & (order[loc] < rank[:, None])
        del loc
        sl = slice(i, i + nbr.shape[0])
        bx[sl], by[sl], bb[sl], dp[sl] = _best(valued0, nbr, px, py, pb, los, nx)
        d = np.flatnonzero(earlier.any(axis=1))
        dep.append(d + i)
        dep_cand.append(((valued0[d] | earlier[d]) * bits).sum(axis=1, dtype=np.uint8))
    px[w], py[w], pb[w] = bx, by, bb
    del bx, by, bb, order, ws
    dep = np.concatenate(dep)
    cand = np.concatenate(dep_cand)
    del dep_cand
    while dep.size:
        sub = w[dep]
        new = [_best((cand[j:j + CHUNK, None] & bits) > 0,
                     sub[j:j + CHUNK, None] + shifts[None, :], px, py, pb, los, nx)
               for j in range(0, dep.size, CHUNK)]
        bx, by, bb, dp[dep] = (np.concatenate(col) for col in zip(*new))
        del new
        changed = (bx != px[sub]) | (by != py[sub]) | (bb != pb[sub])
        if not changed.any():
            break
        px[sub], py[sub], pb[sub] = bx, by, bb
    return dp


def geodesic_within(ref, mask, threshold):
    """Pixels of `mask` whose geodesic distance to `ref`, as the engine computes it (see
    the module docstring), lies in [0.0001, threshold] (float32 comparisons, as the
    engine thresholds it). ref, mask: bool arrays of one shape."""
    thr = np.float32(threshold)
    if thr < 1:                     # every valued non-reference pixel is >= 1 away
        return np.zeros_like(ref)
    ny, nx = ref.shape[0] + 2, ref.shape[1] + 2      # the engine's frame of one pixel
    maskf = np.pad(mask, 1).ravel()
    reff = np.pad(ref, 1).ravel()
    shifts = np.array([-nx, -1, nx, 1], dtype=np.int64)
    px = np.full(maskf.size, UNSET, dtype=np.int16)
    py = np.full(maskf.size, UNSET, dtype=np.int16)
    pb = np.zeros(maskf.size, dtype=np.float32)
    queued = ~maskf | reff          # pixels that are never queued
    seeds = np.flatnonzero(reff & maskf)
    px[seeds] = 0
    py[seeds] = 0
    del reff
    los = _LineOfSight(maskf, nx)

    t, key = _queue_neighbours(seeds, np.ones(seeds.size, dtype=bool), shifts, queued)
    queue = t[np.argsort(key, kind="stable")]
    limit = float(thr) + 1.0
    while queue.size:
        w = queue[px[queue] == UNSET]
        dmin = _value_wave(w, (px, py, pb), shifts, los, nx).min() if w.size \
            else np.float32(np.inf)
        # the queue is handled in consecutive chunks: earlier pixels queue first
        parts, far = [], True
        for i in range(0, queue.size, CHUNK):
            q = queue[i:i + CHUNK]
            dist = (np.sqrt(px[q].astype(np.float64) ** 2 + py[q].astype(np.float64) ** 2)
                    + pb[q].astype(np.float64))
            far = far and bool((dist > limit).all())
            parts.append((q, dist > np.float64(dmin)))  # double distance, float minimum
        # a pixel valued later lies at least its valued neighbour's distance - 1 away,
        # and every neighbour that could still matter is queued
        if far:
            break
        nxt = []
        for q, wait in parts:
            t, key = _queue_neighbours(q, ~wait, shifts, queued)
            # each waiting pixel keeps its place, each passing one is replaced by the
            # neighbours it queued
            keys = np.concatenate([np.flatnonzero(wait) * 4, key])
            items = np.concatenate([q[wait], t])
            nxt.append(items[np.argsort(keys, kind="stable")])
        queue = np.concatenate(nxt)
        del parts, nxt
    del queued
    idx = np.flatnonzero(px != UNSET)
    vx, vy = px[idx].astype(np.float32), py[idx].astype(np.float32)
    d = pb[idx] + np.sqrt(vx * vx + vy * vy)
    del px, py, pb
    out = np.zeros(maskf.size, dtype=bool)
    out[idx] = (d >= np.float32(0.0001)) & (d <= thr) & maskf[idx]
    return out.reshape(ny, nx)[1:-1, 1:-1].copy()
