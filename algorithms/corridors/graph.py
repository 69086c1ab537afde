"""Raster to circuit graph, as Circuitscape builds it (pure numpy/scipy).

Conventions (Circuitscape.jl, src/io.jl ``read_cellmap`` and src/raster/pairwise.jl
``construct_node_map``, ``construct_graph``; McRae et al. 2008, Ecology 89: 2712-2724):

- conductance g = 1 / R for a resistance raster, the value itself for a conductance raster;
  nodata cells get g = 0. A zero resistance is an error (use a short-circuit region).
- nodes are the cells with g > 0; every short-circuit region (polygon id != 0) that holds
  at least one such cell is merged into one node, and its cells with g <= 0 join that node.
- edges join 4 (or 8) neighbouring node cells with
  average conductance  w = (g1 + g2) / 2                      (default), or
  average resistance   w = 1 / ((1/g1 + 1/g2) / 2) = 2 g1 g2 / (g1 + g2);
  diagonal edges are divided by sqrt(2). Edges inside one node are dropped, parallel edges
  between two nodes add up. The Laplacian is L = D - A.
"""
import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from ..errors import EcoError

SQRT2 = np.sqrt(2.0)


class CircuitError(EcoError, ValueError):
    """Input that cannot make a circuit, with the cell, node id or value at fault."""


def conductance_grid(values, is_resistance=True, nodata=None, mask=None):
    """Conductance per cell: 1/R (or the value), 0 for nodata/NaN and cells outside mask > 0.

    Raises CircuitError for a zero resistance, naming the first such cell.
    """
    a = np.array(values, dtype=np.float64)
    if a.ndim != 2:
        raise CircuitError("the habitat raster must be 2-D, got shape {a_shape}", a_shape=a.shape)
    missing = np.isnan(a) | (a == -9999.0)
    if nodata is not None:
        missing |= a == nodata
    if is_resistance:
        zero = (a == 0) & ~missing
        if zero.any():
            r, c = np.argwhere(zero)[0]
            raise CircuitError(
                "resistance is 0 at row {r}, column {c} ({zero} cell(s) in all): "
                "zero resistance cannot be solved; give those cells a short-circuit region "
                "(polygon) id instead, or a small positive resistance",
                r=r, c=c, zero=int(zero.sum()))
        with np.errstate(divide="ignore", invalid="ignore"):
            g = 1.0 / a
    else:
        g = a
    g[missing | ~np.isfinite(g)] = 0.0
    if mask is not None:
        m = np.asarray(mask, dtype=np.float64)
        if m.shape != g.shape:
            raise CircuitError("mask shape {m_shape} differs from the habitat raster {g_shape}",
                               m_shape=m.shape, g_shape=g.shape)
        g[~(m > 0)] = 0.0
        if not (g > 0).any():
            raise CircuitError("the mask removes every cell of the habitat raster")
    return g


def id_grid(grid, shape, what):
    """Integer ids of an id raster (NaN and nodata as 0)."""
    a = np.asarray(grid, dtype=np.float64)
    if a.shape != shape:
        raise CircuitError("{what} raster shape {a_shape} differs from the habitat raster {shape}",
                           what=what, a_shape=a.shape, shape=shape)
    a = np.where(np.isfinite(a) & (a != -9999.0), a, 0.0)
    return np.rint(a).astype(np.int64)


def node_map(g, regions=None):
    """Cell -> node index (0..n-1, -1 for no node); cells of one region id share one node."""
    shape = g.shape
    inside = g > 0
    node = np.full(shape, -1, dtype=np.int64)
    node[inside] = np.arange(int(inside.sum()))
    if regions is not None:
        reg = id_grid(regions, shape, "short-circuit region")
        live = (reg != 0) & inside
        ids = reg[live]
        if ids.size:
            uniq, inv = np.unique(ids, return_inverse=True)
            rep = np.full(uniq.size, np.iinfo(np.int64).max)
            np.minimum.at(rep, inv, node[live])
            cells = reg != 0
            pos = np.clip(np.searchsorted(uniq, reg[cells]), 0, uniq.size - 1)
            hit = uniq[pos] == reg[cells]
            sub = node[cells]
            sub[hit] = rep[pos[hit]]
            node[cells] = sub
    used = node >= 0
    _, node[used] = np.unique(node[used], return_inverse=True)
    return node


def _pairs(shape, four_neighbors):
    """Slices (a, b, diagonal) of the neighbour offsets: right, down, down-right, up-right."""
    full, head, tail = slice(None), slice(0, -1), slice(1, None)
    out = [((full, head), (full, tail), False), ((head, full), (tail, full), False)]
    if not four_neighbors:
        out += [((head, head), (tail, tail), True), ((tail, head), (head, tail), True)]
    return out


def build_graph(g, node, four_neighbors=False, avg_resistances=False):
    """Adjacency A (csr, symmetric, summed parallel edges) of the node map.

    Edge weight: (g1+g2)/2 or 2 g1 g2/(g1+g2); divided by sqrt(2) on diagonals.
    g <= 0 cells (region cells off the habitat) enter with g = 0 as Circuitscape does.
    """
    n = int(node.max()) + 1 if node.size else 0
    gg = np.maximum(g, 0.0)
    rows, cols, vals = [], [], []
    for sa, sb, diagonal in _pairs(g.shape, four_neighbors):
        na, nb = node[sa], node[sb]
        ok = (na >= 0) & (nb >= 0) & (na != nb)
        g1, g2 = gg[sa][ok], gg[sb][ok]
        if avg_resistances:
            s = g1 + g2
            w = np.divide(2.0 * g1 * g2, s, out=np.zeros_like(s), where=s > 0)
        else:
            w = (g1 + g2) / 2.0
        if diagonal:
            w = w / SQRT2
        rows.append(na[ok])
        cols.append(nb[ok])
        vals.append(w)
    r, c, w = (np.concatenate(x) for x in (rows, cols, vals))
    keep = w > 0
    a = sp.coo_matrix((w[keep], (r[keep], c[keep])), shape=(n, n)).tocsr()
    a = (a + a.T).tocsr()
    a.sum_duplicates()
    return a


def laplacian(a):
    """L = D - A of a symmetric adjacency (csr)."""
    return (sp.diags(np.asarray(a.sum(axis=1)).ravel()) - a).tocsr()


def components(a):
    """Connected-component label of every node."""
    return connected_components(a, directed=False)[1]


def edge_list(a):
    """Upper-triangle edges (i, j, w) of a symmetric adjacency; used for branch currents."""
    rows = np.repeat(np.arange(a.shape[0], dtype=np.int64), np.diff(a.indptr))
    upper = a.indices > rows
    return rows[upper], a.indices[upper].astype(np.int64), a.data[upper]


def focal_cells(points, shape):
    """Focal cells as (rows, cols, ids), sorted stably by id, negative ids dropped.

    points: an id raster (0/NaN = none; cells read in column-major order, as
    Circuitscape.jl's findall) or an (n, 3) array of (row, col, id) in priority order.
    """
    p = np.asarray(points, dtype=np.float64)
    if p.ndim == 2 and p.shape == shape:
        ids = id_grid(p, shape, "focal node")
        cc, rr = np.nonzero(ids.T)
        rows, cols, vals = rr, cc, ids[rr, cc]
    elif p.ndim == 2 and p.shape[1] == 3:
        rows, cols, vals = (np.rint(p[:, k]).astype(np.int64) for k in range(3))
        bad = (rows < 0) | (rows >= shape[0]) | (cols < 0) | (cols >= shape[1])
        if bad.any():
            i = int(np.argmax(bad))
            raise CircuitError(
                "focal node {node} lies outside the habitat raster (row {row}, "
                "column {col} of {n_rows} x {n_cols}); check its coordinates",
                node=vals[i], row=rows[i], col=cols[i], n_rows=shape[0], n_cols=shape[1])
    else:
        raise CircuitError("focal nodes must be an id raster of the habitat's shape "
                           "or an (n, 3) array of row, column, id")
    keep = vals >= 0
    rows, cols, vals = rows[keep], cols[keep], vals[keep]
    order = np.argsort(vals, kind="stable")
    rows, cols, vals = rows[order], cols[order], vals[order]
    if np.unique(vals).size < 2:
        raise CircuitError("fewer than two focal nodes found (ids {vals}); "
                           "a circuit needs at least two", vals=np.unique(vals).tolist())
    return rows, cols, vals
