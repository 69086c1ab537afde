"""Which core area reaches each pixel of the opening and connectors first (pure
numpy): the breadth-first flooding MSPA uses to tell bridges (a connector reached from
two core areas) from loops (reached from one).

Every core area starts with its own label. Pixels of `region` adjacent to a labelled core
pixel are claimed first (4-neighbours in raster order of the core pixels, then, for
8-connectivity, the diagonal ones), then the claimed pixels pass their label on, breadth
first, each new pixel taking the label of the first pixel (in queue order) that reaches
it; neighbours in the order N, W, S, E, NW, NE, SW, SE. Pixels outside `region` that a
flooded pixel touches are marked TOUCHED. Each breadth-first layer is one vectorised step:
the queue order of the next layer is the order of (parent's rank, neighbour index).
"""
import numpy as np

TOUCHED = 0x7FFFFFFF   # the engine's LABEL_MAX
_FRAME = -1            # border ring: never a seed, never claimed


def _shifts(nx, graph):
    s = [-nx, -1, nx, 1]
    if graph == 8:
        s += [-nx - 1, -nx + 1, nx - 1, nx + 1]
    return np.array(s, dtype=np.int64)


CHUNK = 1 << 16   # sources handled at once: bounds the temporary index arrays


def _claim(lbl, region, src, targets_k, shifts):
    """Sources `src` (in queue order) offer their label to their unlabelled neighbours
    through shift indices `targets_k`; returns the newly claimed pixels in queue order.
    Earlier sources claim first, so the sources can go in consecutive chunks."""
    out = [_claim_chunk(lbl, region, src[i:i + CHUNK], targets_k, shifts)
           for i in range(0, src.size, CHUNK)]
    return np.concatenate(out) if out else src[:0]


def _claim_chunk(lbl, region, src, targets_k, shifts):
    base_rank = np.arange(src.size, dtype=np.int64)
    t = (src[:, None] + shifts[targets_k][None, :]).ravel()
    key = (base_rank[:, None] * 8 + np.asarray(targets_k)[None, :]).ravel()
    free = lbl[t] == 0
    t, key = t[free], key[free]
    inreg = region[t]
    lbl[t[~inreg]] = TOUCHED
    t, key = t[inreg], key[inreg]
    if t.size == 0:
        return t
    order = np.lexsort((key, t))                # per target, its smallest key first
    t, key = t[order], key[order]
    first = np.ones(t.size, dtype=bool)
    first[1:] = t[1:] != t[:-1]
    t, key = t[first], key[first]
    srcpos = key // 8
    q = np.argsort(key, kind="stable")
    t = t[q]
    lbl[t] = lbl[src[srcpos[q]]]
    return t


def flood_labels(lbl, region, graph):
    """Flood the int32 label image `lbl` (0 = unlabelled) through the bool `region`, in
    place, with the engine's order; its border ring is left 0 afterwards."""
    ny, nx = lbl.shape
    lbl[0] = _FRAME
    lbl[-1] = _FRAME
    lbl[:, 0] = _FRAME
    lbl[:, -1] = _FRAME
    flat = lbl.ravel()
    reg = region.ravel()
    shifts = _shifts(nx, graph)
    # only labelled pixels with an unlabelled neighbour can claim anything; raster order
    labelled = (lbl > 0) & (lbl < TOUCHED)
    open_nb = np.zeros_like(labelled)
    free = lbl == 0
    open_nb[1:-1, 1:-1] = (free[:-2, 1:-1] | free[2:, 1:-1] | free[1:-1, :-2]
                           | free[1:-1, 2:] | free[:-2, :-2] | free[:-2, 2:]
                           | free[2:, :-2] | free[2:, 2:])
    del free
    src = np.flatnonzero(labelled & open_nb)
    del labelled, open_nb
    # the sources are fixed before seeding, so a claimed pixel is never a source
    queue = [_claim(flat, reg, src, range(4), shifts)]
    if graph == 8:
        queue.append(_claim(flat, reg, src, range(4, 8), shifts))
    del src
    layer = np.concatenate(queue)
    allk = range(len(shifts))
    while layer.size:
        layer = _claim(flat, reg, layer, allk, shifts)
    lbl[0] = 0
    lbl[-1] = 0
    lbl[:, 0] = 0
    lbl[:, -1] = 0
    return lbl
