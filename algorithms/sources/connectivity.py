"""Habitat-patch connectivity importance as Conefor 2.6 computes it (pure numpy/scipy).

Nodes are patches with an attribute a_i (usually area); links come from edge-to-edge
distances, which may list only some pairs (Conefor's "notall": a pair not listed has no
direct link, though a path through other patches may still join it).

- IIC (integral index of connectivity; Pascual-Hortal and Saura 2006):
      IIC_num = sum_i sum_j a_i a_j / (1 + nl_ij)
  nl_ij = links on the topologically shortest path, a link wherever d_ij <= IIC_THRESHOLD;
  pairs without any path count 0, and i = j counts with nl = 0.
- PC (probability of connectivity; Saura and Pascual-Hortal 2007):
      PC_num = sum_i sum_j a_i a_j p*_ij,   p_ij = exp(-k d_ij),  k = -ln(P) / PC_DISTANCE
  p*_ij = the largest product of p along any path (p*_ii = 1), i.e. the shortest path on
  -ln p = k d, so the best paths follow the shortest total distance.
- IIC = IIC_num / A_L^2 and PC = PC_num / A_L^2 when the landscape area A_L is given;
  EC = sqrt(I_num), the equivalent connected area (Saura et al. 2011).
- Importance of patch k (node_importances.txt): dI = 100 (I - I_without_k) / I, split
  (Saura and Rubio 2010) into
      dI_intra     = 100 a_k^2 / I_num
      dI_flux      = 100 * 2 a_k sum_{i != k} a_i c_ik / I_num   (pairs with k at one end)
      dI_connector = dI - dI_intra - dI_flux                   (pairs k joins as a stepping
                                                                  stone; >= 0)
  with c = 1 / (1 + nl) or p*. dA = 100 a_k / sum_i a_i (the habitat-area index A).

Here the connector term is summed directly over the pairs whose best path changes, so a
patch that is no stepping stone gets exactly 0 and the three fractions add up to dI.

References: Pascual-Hortal L, Saura S (2006) Landscape Ecology 21: 959-967.
Saura S, Pascual-Hortal L (2007) Landscape and Urban Planning 83: 91-103.
Saura S, Rubio L (2010) Ecography 33: 523-537.
Saura S, Estreguil C, Mouton C, Rodriguez-Freire M (2011) Ecological Indicators 11: 407-416.
Saura S, Torne J (2012) Conefor 2.6 user manual. Universidad Politecnica de Madrid.
"""
import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from .node_removal import removal_loss
from .path_trees import hop_paths
from ..errors import EcoError, Listing
from ..shown import shown

COLUMNS = ("dA", "dIIC", "dIIC_intra", "dIIC_flux", "dIIC_connector",
           "dPC", "dPC_intra", "dPC_flux", "dPC_connector")

# csgraph may drop explicit zeros; touching patches (d = 0) get this instead. It vanishes in
# any sum with a real distance, and exp(-k * 1e-300) == 1.0 exactly.
_TOUCHING = 1e-300


class ConnectivityError(EcoError, ValueError):
    """Patches, distances or parameters that cannot give connectivity importances."""


def decay_constant(distance, probability):
    """k of p_ij = exp(-k d_ij) such that p = probability at d = distance: k = -ln(p) / d."""
    distance, probability = float(distance), float(probability)
    if not distance > 0 or not np.isfinite(distance):
        raise ConnectivityError("PC_DISTANCE must be a distance > 0 (in the units of the "
                                "distances); got {distance}.", distance=repr(distance))
    if not 0.0 < probability < 1.0:
        raise ConnectivityError("PC_PROBABILITY must lie strictly between 0 and 1 (the "
                                "chance of crossing PC_DISTANCE, e.g. 0.5); got {probability}.",
                                probability=repr(probability))
    return -np.log(probability) / distance


def patch_importance(ids, attributes, from_ids, to_ids, distances, iic_threshold=None,
                     pc_distance=None, pc_probability=None, landscape_area=None,
                     progress=None):
    """Conefor's node importances (dA, dIIC and dPC with their fractions) and overall indices.

    ids, attributes: patch ids (unique) and attributes a_i > 0, e.g. areas.
    from_ids, to_ids, distances: one entry per patch pair (either order; pairs absent are
      not directly linked; a pair listed twice must repeat its distance; self pairs are
      ignored). Distances >= 0, in one unit.
    iic_threshold: link when d <= iic_threshold (None: no IIC).
    pc_distance, pc_probability: p = pc_probability at d = pc_distance (None: no PC).
    landscape_area: A_L, in the unit of the attributes (an area); optional.
    progress: optional callable(fraction in [0, 1]), called now and then; may raise to stop.

    Returns (columns, summary). columns: dict of (n,) float arrays in the order of ids, keys
    "id" and COLUMNS (percent; dIIC* or dPC* absent when that index is not asked for).
    summary: dict with "n_patches", "total_attribute", "landscape_area", and per index
    "IIC_num", "IIC" (None without A_L), "EC_IIC", "PC_num", "PC", "EC_PC", "k".
    Formulas: see the module docstring; Saura and Rubio (2010) Ecography 33: 523-537.
    """
    ids, a = _patches(ids, attributes)
    i, j, d = _pairs(ids, from_ids, to_ids, distances)
    want_iic = iic_threshold is not None
    want_pc = pc_distance is not None or pc_probability is not None
    if not (want_iic or want_pc):
        raise ConnectivityError("Ask for IIC (IIC_THRESHOLD) or PC (PC_DISTANCE and "
                                "PC_PROBABILITY), or both.")
    if want_pc and (pc_distance is None or pc_probability is None):
        raise ConnectivityError("PC needs both PC_DISTANCE and PC_PROBABILITY (e.g. 0.5 at "
                                "the median dispersal distance); got {pc_distance} and "
                                "{pc_probability}.",
                                pc_distance=shown(pc_distance),
                                pc_probability=shown(pc_probability))
    k = decay_constant(pc_distance, pc_probability) if want_pc else None
    if want_iic:
        iic_threshold = float(iic_threshold)
        if not iic_threshold > 0:
            raise ConnectivityError("IIC_THRESHOLD must be a distance > 0 (patches closer "
                                    "than it are linked); got {iic_threshold}.",
                                    iic_threshold=repr(iic_threshold))
    if landscape_area is not None:
        landscape_area = float(landscape_area)
        if not landscape_area >= a.sum():
            raise ConnectivityError(
                "LANDSCAPE_AREA ({landscape_area}) must be at least the total patch attribute "
                "({a}); give both in the same unit, or leave LANDSCAPE_AREA empty.",
                landscape_area="%g" % landscape_area, a="%g" % a.sum())

    n = ids.size
    columns = {"id": ids, "dA": 100.0 * a / a.sum()}
    summary = {"n_patches": n, "total_attribute": float(a.sum()),
               "landscape_area": landscape_area}
    stages = [s for s, on in (("IIC", want_iic), ("PC", want_pc)) if on]

    def stage_progress(s):
        if progress is None:
            return None
        return lambda f: progress((s + f) / len(stages))

    for s, name in enumerate(stages):
        if name == "IIC":
            link = d <= iic_threshold
            graph = _symmetric(n, i[link], j[link], np.ones(link.sum()))
            dist, pred = hop_paths(graph)
            value = _iic_value
        else:
            graph, spare = _pc_links(n, i, j, d)
            dist, pred = dijkstra(graph, directed=False, return_predecessors=True)
            value = _pc_value(k)
        loss = removal_loss(graph, dist, pred, a, value, hops=name == "IIC",
                            spare=spare if name == "PC" else None,
                            progress=stage_progress(s))
        num, parts = _fractions(a, value(dist), loss)
        columns["d" + name] = sum(parts)
        for part, x in zip(("intra", "flux", "connector"), parts):
            columns["d%s_%s" % (name, part)] = x
        summary[name + "_num"] = num
        summary[name] = num / landscape_area ** 2 if landscape_area else None
        summary["EC_" + name] = float(np.sqrt(num))
    summary["k"] = k
    if progress is not None:
        progress(1.0)
    return columns, summary


def _iic_value(hops):
    return 1.0 / (1.0 + hops)


def _pc_value(k):
    return lambda dist: np.exp(-k * dist)


def _fractions(a, c, connector_loss):
    """I_num and the intra, flux and connector fractions (percent) of every patch."""
    num = float(a @ c @ a)
    intra = a * a
    flux = 2.0 * a * (c @ a - a * np.diag(c))
    return num, [100.0 * x / num for x in (intra, flux, connector_loss)]


def _symmetric(n, i, j, w):
    """CSR graph with both directions of every pair."""
    return csr_matrix((np.r_[w, w], (np.r_[i, j], np.r_[j, i])), shape=(n, n))


def _pc_links(n, i, j, d):
    """The links best paths need, for the whole graph and for every single removal.

    A link u-v with a two-link detour via x (d_ux + d_xv < d_uv) is never needed while x is
    present: the detour is shorter and its links are shorter still (by induction on length
    they are needed links or have detours themselves). So links with two or more such
    detours are dropped, links with none form the graph, and links whose only detour runs
    through x come back as "spare" links when x is removed. On a complete distance table
    this leaves about four links per patch, plus a few spare ones, instead of n - 1.
    Returns (graph, (x, u, v, d) of the spare links).
    """
    w = np.full((n, n), np.inf)
    w[i, j] = d
    w[j, i] = d
    spare = []
    base_u, base_v = [], []
    near = min(n, 32)
    for u in range(n - 1):
        far = u + 1 + np.flatnonzero(np.isfinite(w[u, u + 1:]))
        if far.size == 0:
            continue
        # most links have two detours via one of u's nearest patches; count the rest fully
        xs = np.argpartition(w[u], near - 1)[:near]
        shorter = (w[u, xs][:, None] + w[np.ix_(xs, far)]) < w[u, far][None, :]
        far = far[np.count_nonzero(shorter, axis=0) < 2]
        if far.size == 0:
            continue
        shorter = (w[u][:, None] + w[:, far]) < w[u, far][None, :]   # via every patch x
        detours = np.count_nonzero(shorter, axis=0)
        base_u.append(np.full(np.count_nonzero(detours == 0), u))
        base_v.append(far[detours == 0])
        one = detours == 1
        if one.any():
            x = np.argmax(shorter[:, one], axis=0)
            spare.append(np.stack([x, np.full(x.size, u), far[one]]))
    u = np.concatenate(base_u + [np.zeros(0, np.int64)]).astype(np.int64)
    v = np.concatenate(base_v + [np.zeros(0, np.int64)]).astype(np.int64)
    graph = _symmetric(n, u, v, np.maximum(w[u, v], _TOUCHING))
    x, su, sv = (np.concatenate(spare, axis=1) if spare else np.zeros((3, 0), np.int64))
    return graph, (x, su, sv, np.maximum(w[su, sv], _TOUCHING))


def _patches(ids, attributes):
    ids = np.asarray(ids)
    a = np.asarray(attributes, dtype=float)
    if ids.ndim != 1 or a.shape != ids.shape:
        raise ConnectivityError("Give one attribute per patch id ({ids_size} ids, {a_size} "
                                "attributes).",
                                ids_size="%d" % ids.size, a_size=a.size)
    if ids.size < 2:
        raise ConnectivityError("Connectivity needs at least two patches; got {ids_size}. Lower "
                                "the minimum patch size or widen the study area.",
                                ids_size="%d" % ids.size)
    uniq, counts = np.unique(ids, return_counts=True)
    if (counts > 1).any():
        raise ConnectivityError("Patch ids must be unique; repeated: {list}.",
                                list=_list(uniq[counts > 1]))
    bad = ~(np.isfinite(a) & (a > 0))
    if bad.any():
        raise ConnectivityError(
            "Patch attributes must be finite numbers > 0; patch {patches} has {values}. Remove "
            "those patches or give them their area.", patches=_list(ids[bad]), values=_list(a[bad]))
    return ids, a


def _pairs(ids, from_ids, to_ids, distances):
    """Patch indices (i, j) with i < j and the distance of each listed pair."""
    f, t = np.asarray(from_ids), np.asarray(to_ids)
    d = np.asarray(distances, dtype=float)
    if not (f.shape == t.shape == d.shape) or d.ndim != 1:
        raise ConnectivityError("Give one distance per pair: {f_size} first ids, {t_size} second "
                                "ids, {d_size} distances.",
                                f_size="%d" % f.size, t_size="%d" % t.size, d_size="%d" % d.size)
    sorter = np.argsort(ids)
    index = {}
    for name, x in (("first", f), ("second", t)):
        pos = np.clip(np.searchsorted(ids, x, sorter=sorter), 0, ids.size - 1)
        found = ids[sorter[pos]] == x if x.size else np.zeros(0, bool)
        if not np.all(found):
            raise ConnectivityError(
                "The distances refer to patch ids that are not among the patches ({name} id "
                "column): {list}. Use the same ids in both "
                "tables.", name=name, list=_list(x[~found]))
        index[name] = sorter[pos]
    i, j = index["first"], index["second"]
    bad = ~(d >= 0)
    if bad.any():
        raise ConnectivityError(
            "Distances must be numbers >= 0; {list}. Fix or drop those pairs.",
            list=_list(["(%s, %s): %s" % (f[m], t[m], d[m]) for m in np.flatnonzero(bad)]))
    lo, hi = np.minimum(i, j), np.maximum(i, j)
    keep = lo != hi
    lo, hi, d = lo[keep], hi[keep], d[keep]
    o = np.lexsort((d, hi, lo))
    lo, hi, d = lo[o], hi[o], d[o]
    same = (lo[1:] == lo[:-1]) & (hi[1:] == hi[:-1])
    clash = same & ~np.isclose(d[1:], d[:-1], rtol=1e-12, atol=0.0)
    if clash.any():
        m = np.flatnonzero(clash)
        raise ConnectivityError(
            "A pair is listed twice with different distances: {list}. Keep one distance per "
            "pair.",
            list=_list(["(%s, %s): %s and %s" % (ids[lo[x]], ids[hi[x]], d[x], d[x + 1])
                             for x in m]))
    first = np.r_[True, ~same][:lo.size]
    return lo[first], hi[first], d[first]


def _list(values, limit=5):
    values = np.asarray(values, dtype=object).ravel()
    return Listing([str(v) for v in values[:limit]], limit, values.size)
