"""Cost-weighted distance on a resistance raster, ArcGIS convention (pure numpy/scipy).

A move between the centres of two 8-neighbour cells a and b costs
    orthogonal:  c * (r_a + r_b) / 2          diagonal:  c * sqrt(2) * (r_a + r_b) / 2
with c the cell size and r the resistance (ArcGIS Spatial Analyst "How Cost Distance
works"; Adriaensen et al. 2003, Landscape and Urban Planning 64: 233-247). The cost-weighted
distance (CWD) of a cell is the least total cost of a chain of moves from any cell of the
source; the source's own cells have CWD 0. NaN (nodata) cells are impassable. A diagonal
move depends only on its two end cells (the ArcGIS link formula), so it is not blocked by
nodata corner cells: a one-cell-wide diagonal line of nodata does not stop movement.

Two engines give the same values (to a few units in the last place; tests compare them):
- scikit-image's MCP_Geometric, when importable, for runs without a cost limit: a Dijkstra
  with a binary heap over the grid itself, the move cost computed as it goes. It needs no
  graph (a run takes about 55 instead of 165 bytes per cell) and runs about 2x faster than
  scipy's Fibonacci-heap Dijkstra on the CSR graph (benchmarks/bench_costdistance.py). Its
  max_cumulative_cost is deprecated (scikit-image 0.25) and gone in 0.27, hence:
- scipy.sparse.csgraph.dijkstra on the 8-neighbour graph (CSR, both directions, built once
  on first use and reused for every source) for runs with a limit, and for every run when
  scikit-image is missing: all the source's cells as start indices with min_only=True give
  CWD, the back-link (predecessor) of every cell and, with several sources, the cost
  allocation (which source is nearest by cost).
"""
import math

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra

from ..errors import Cancelled, EcoError
from ..shown import shown

SQRT2 = math.sqrt(2.0)
# the 8 neighbour offsets (row, col)
OFFSETS = ((-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1))
NO_PREDECESSOR = -9999  # scipy's marker for start cells and cells never reached


class CorridorError(EcoError, ValueError):
    """Input that cannot make least-cost corridors, naming the source id or value at fault."""


# raised when the progress callback asks to stop: the plugin's one cancel exception
CorridorCancelled = Cancelled


def validate_resistance(resistance, cell_size):
    """Resistance as float64 with NaN for nodata (also +-inf); checks values > 0.

    Raises CorridorError naming the first cell with a value <= 0.
    """
    r = np.array(resistance, dtype=np.float64)
    if r.ndim != 2 or r.size == 0:
        raise CorridorError(
            "the resistance raster must be a non-empty 2-D grid, got shape {r_shape}",
            r_shape=r.shape)
    try:
        c = float(cell_size)
    except (TypeError, ValueError):
        raise CorridorError("cell size must be a number, got {cell_size}",
                            cell_size=shown(cell_size)) from None
    if not (math.isfinite(c) and c > 0):
        raise CorridorError("cell size must be a positive number of map units, "
                            "got {cell_size}", cell_size=shown(cell_size))
    r[~np.isfinite(r)] = np.nan
    bad = r <= 0  # NaN compares False
    if bad.any():
        row, col = np.argwhere(bad)[0]
        raise CorridorError(
            "resistance is {r:g} at row {row}, column {col} "
            "({bad} cell(s) <= 0 in all): resistance must be > 0; rescale the "
            "surface (e.g. to 1-100) or set impassable cells to nodata",
            r=r[row, col], row=row, col=col, bad=int(bad.sum()))
    if np.isnan(r).all():
        raise CorridorError("the resistance raster holds only nodata cells")
    return r


def mcp_available():
    """True when scikit-image's MCP_Geometric can be imported (the faster engine)."""
    return _mcp_class() is not None


_MCP = []  # the imported class (or None), looked up once: importing skimage takes ~0.3 s


def _mcp_class():
    if not _MCP:
        try:
            from skimage.graph import MCP_Geometric
        except ImportError:
            MCP_Geometric = None
        _MCP.append(MCP_Geometric)
    return _MCP[0]


ENGINES = ("auto", "scipy", "skimage")


class CostGraph:
    """The 8-neighbour cost graph of one resistance grid (built once, reused per source).

    Attributes: shape, cell_size, valid (bool grid), engine ("skimage" when MCP_Geometric
    runs the unlimited runs, else "scipy"), csr (n x n, both directions; built on first
    use). Graph nodes are numbered tile by tile (TILE x TILE cells, row-major inside a tile)
    rather than row by row: Dijkstra's wavefront then touches nearby memory, about 20 %
    faster on 4 M cells. run() takes and returns row-major cell indices.
    engine: "auto" (scikit-image when importable), "scipy" or "skimage" (for tests and
    benchmarks that compare the two).
    """

    def __init__(self, resistance, cell_size, engine="auto"):
        r = validate_resistance(resistance, cell_size)
        self.shape = r.shape
        self.cell_size = float(cell_size)
        self.valid = np.isfinite(r)
        r[~self.valid] = np.inf  # impassable for both engines (MCP skips inf, not NaN)
        self._r = r
        if engine not in ENGINES:
            raise ValueError("engine must be one of %s, got %r" % (ENGINES, engine))
        if engine == "skimage" and not mcp_available():
            raise ImportError("scikit-image (skimage.graph.MCP_Geometric) is not installed")
        self.engine = "skimage" if engine != "scipy" and mcp_available() else "scipy"
        self._csr = self._mcp = None

    @property
    def n_cells(self):
        return self.shape[0] * self.shape[1]

    @property
    def csr(self):
        if self._csr is None:
            self.node_of, self.cell_of = _tile_numbering(self.shape)
            self._csr = _build_csr(self._r, self.valid, self.cell_size, self.node_of)
        return self._csr

    def run(self, start_cells, limit=None, predecessors=False, sources=False):
        """Multi-source Dijkstra from row-major cell indices.

        Returns the CWD per row-major cell (inf unreached) and, when asked, the back-link
        (predecessor) and the start cell reached (sources) per cell, as row-major indices,
        -9999 for start cells (predecessor) and unreached cells.
        """
        start = np.asarray(start_cells, dtype=np.int64).ravel()
        lim = np.inf if limit is None else float(limit)
        if self.engine == "skimage" and lim == np.inf:
            return self._run_mcp(start, predecessors, sources)
        self._mcp = None  # its arrays (~22 bytes per cell) make room for the graph
        csr = self.csr
        out = dijkstra(csr, directed=True, indices=self.node_of[start], min_only=True,
                       limit=lim, return_predecessors=predecessors or sources)
        if not (predecessors or sources):
            return out[self.node_of]
        dist, pred, src = out
        res = (dist[self.node_of],)
        if predecessors:
            res += (self._to_cells(pred),)
        if sources:
            res += (self._to_cells(src),)
        return res

    def _to_cells(self, nodes):
        """Per-node node ids (or -9999) to per-cell row-major cell ids (or -9999)."""
        v = nodes[self.node_of]
        ok = v >= 0
        v[ok] = self.cell_of[v[ok]]
        return v

    def _run_mcp(self, start, predecessors, sources):
        """The run on scikit-image's MCP_Geometric, in the scipy route's output form.

        MCP_Geometric's move cost is length x (cost_a + cost_b) / 2 with length = the cell
        size (sampling) or its sqrt 2 on diagonals: the ArcGIS link cost. It numbers cells
        in Fortran order, so it gets the transposed grid (a view, no copy); its flat indices
        are then our row-major ones. Start cells whose every neighbour is a start cell too
        are left out of its start list (it walks that list in Python); no least-cost path
        to another cell passes through them, and they get CWD 0 below.
        """
        if self._mcp is None:
            c = self.cell_size
            self._mcp = _mcp_class()(self._r.T, fully_connected=True, sampling=(c, c))
        nr, nc = self.shape
        is_start = np.zeros(self.shape, dtype=bool)
        is_start.ravel()[start] = True
        edge = _start_edge(is_start)
        cells = np.flatnonzero(edge) if edge.any() else start[:1]  # all start: one will do
        cum, tb = self._mcp.find_costs(np.column_stack((cells % nc, cells // nc)))
        flat_start = is_start.ravel()
        dist = np.array(cum.T).ravel()  # a copy: the next find_costs overwrites MCP's arrays
        dist[flat_start] = 0.0
        if not (predecessors or sources):
            return dist
        tb = tb.T.ravel()
        pred = np.full(self.n_cells, NO_PREDECESSOR, dtype=np.int64)
        moved = np.flatnonzero(tb >= 0)
        # offsets are (column, row) steps on the transposed grid: row-major flat steps
        off = np.asarray(self._mcp.offsets, dtype=np.int64)
        pred[moved] = moved - (off[:, 0] + off[:, 1] * nc)[tb[moved]]
        pred[flat_start] = NO_PREDECESSOR
        res = (dist,)
        if predecessors:
            res += (pred,)
        if sources:
            res += (_tree_roots(pred, flat_start),)
        return res


def _start_edge(is_start):
    """Start cells with at least one 8-neighbour (inside the grid) that is not a start."""
    nr, nc = is_start.shape
    p = np.pad(is_start, 1, constant_values=True)  # outside the grid: no move, like a start
    inner = is_start.copy()
    for dr, dc in OFFSETS:
        inner &= p[1 + dr:1 + dr + nr, 1 + dc:1 + dc + nc]
    return is_start & ~inner


def _tree_roots(pred, is_root):
    """The root (start cell) of every cell of a back-link forest, -9999 off the forest.

    Pointer jumping: each pass replaces a cell's link by its link's link, so a chain of
    length L is resolved in log2(L) whole-array passes.
    """
    n = pred.size
    up = np.where(pred >= 0, pred, np.arange(n))
    while True:
        nxt = up[up]
        if np.array_equal(nxt, up):
            break
        up = nxt
    return np.where(is_root[up] & ((pred >= 0) | is_root), up, NO_PREDECESSOR)


TILE = 64


def _tile_numbering(shape):
    """node_of[cell] and cell_of[node] for numbering nodes tile by tile (int32)."""
    nr, nc = shape
    rr, cc = np.divmod(np.arange(nr * nc, dtype=np.int64), nc)
    tiles_per_row = -(-nc // TILE)
    # tile index, then row and column inside the tile: a sortable key, tiles at the right
    # and bottom edges simply hold fewer cells
    key = ((rr // TILE) * tiles_per_row + cc // TILE) * (TILE * TILE) + (rr % TILE) * TILE \
        + cc % TILE
    del rr, cc
    cell_of = np.argsort(key, kind="stable").astype(np.int32)
    del key
    node_of = np.empty_like(cell_of)
    node_of[cell_of] = np.arange(nr * nc, dtype=np.int32)
    return node_of, cell_of


def _build_csr(r, valid, c, node_of):
    """CSR arrays filled direction by direction into precomputed row slots (no COO sort)."""
    nr, nc = r.shape
    n = nr * nc
    rv = np.where(valid, r, 0.0).ravel()
    masks = []
    counts = np.zeros(n, dtype=np.int32)
    for dr, dc in OFFSETS:
        m = np.zeros((nr, nc), dtype=bool)
        src = (slice(max(0, -dr), nr - max(0, dr)), slice(max(0, -dc), nc - max(0, dc)))
        dst = (slice(max(0, dr), nr + min(0, dr)), slice(max(0, dc), nc + min(0, dc)))
        m[src] = valid[src] & valid[dst]
        m = m.ravel()
        masks.append(m)
        counts += m
    nnz = int(counts.sum(dtype=np.int64))
    if nnz >= 2 ** 31:
        raise CorridorError("the grid of {nr} x {nc} cells has {nnz} moves, more than this "
                            "engine indexes (2^31); clip or coarsen the resistance raster",
                            nr=nr, nc=nc, nnz=nnz)
    node_counts = np.empty(n, dtype=np.int32)
    node_counts[node_of] = counts  # per node, in node order
    del counts
    indptr = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(node_counts, out=indptr[1:])
    del node_counts
    indices = np.empty(nnz, dtype=np.int32)
    data = np.empty(nnz, dtype=np.float64)
    slot = indptr[:-1].copy()
    for (dr, dc), m in zip(OFFSETS, masks):
        cells = np.flatnonzero(m).astype(np.int32)
        nb = cells + np.int32(dr * nc + dc)
        node = node_of[cells]
        pos = slot[node]
        indices[pos] = node_of[nb]
        half = 0.5 * c * (SQRT2 if dr and dc else 1.0)
        data[pos] = half * (rv[cells] + rv[nb])
        slot[node] += 1
    return sp.csr_matrix((data, indices, indptr), shape=(n, n))


def cost_distance(graph, source_mask, limit=None, predecessors=False):
    """Cost-weighted distance from the cells where source_mask is true.

    CWD(x) = min over chains of moves s -> ... -> x from a source cell s of the sum of move
    costs c * (r_a + r_b) / 2 (x sqrt 2 for diagonals); 0 on the source (ArcGIS Cost Distance;
    Adriaensen et al. 2003). Source cells on nodata are ignored.

    Returns a float64 grid (inf where unreachable, beyond `limit`, or nodata) and, with
    predecessors=True, the back-link grid (linear index of the previous cell on the least-cost
    path, -9999 on the source and unreached cells).
    """
    mask = np.asarray(source_mask, dtype=bool)
    if mask.shape != graph.shape:
        raise CorridorError(
            "source grid shape {mask_shape} differs from the resistance {graph_shape}",
            mask_shape=mask.shape, graph_shape=graph.shape)
    start = np.flatnonzero(mask & graph.valid)
    if start.size == 0:
        raise CorridorError("the source has no cell on valid (non-nodata) resistance")
    out = graph.run(start, limit=limit, predecessors=predecessors)
    if predecessors:
        dist, pred = out
        return dist.reshape(graph.shape), pred.reshape(graph.shape)
    return out.reshape(graph.shape)


def cost_allocation(graph, ids, limit=None):
    """Cost allocation: for every cell the id of the source nearest by CWD (0 if none).

    One multi-source run over every source cell; `ids` is the source-id grid (0 = none).
    Returns (allocation int64 grid, CWD-to-nearest-source grid). Ties go to whichever source
    Dijkstra settles first, as ties in ArcGIS Cost Allocation are arbitrary too.
    """
    idg = np.asarray(ids)
    start = np.flatnonzero((idg.ravel() > 0) & graph.valid.ravel())
    if start.size == 0:
        raise CorridorError("no source cell lies on valid resistance")
    dist, src = graph.run(start, limit=limit, sources=True)
    alloc = np.zeros(graph.n_cells, dtype=np.int64)
    reached = src >= 0
    alloc[reached] = idg.ravel()[src[reached]]
    return alloc.reshape(graph.shape), dist.reshape(graph.shape)


def trace_path(pred, cell):
    """Least-cost path from a cell back to its source along the back-links.

    Returns an (m, 2) int array of (row, col), starting at `cell` and ending on a source cell.
    The loop walks one path (at most a few thousand cells), not the grid.
    """
    p = np.asarray(pred).ravel()
    ncols = pred.shape[1]
    chain = [int(cell)]
    limit = p.size
    while p[chain[-1]] >= 0:
        chain.append(int(p[chain[-1]]))
        if len(chain) > limit:  # a cycle would mean corrupt back-links
            raise CorridorError("least-cost path tracing did not reach the source")
    idx = np.array(chain, dtype=np.int64)
    return np.column_stack((idx // ncols, idx % ncols))


def path_length(cells, cell_size):
    """Length in map units along the path through cell centres (c or c sqrt 2 per step)."""
    cells = np.asarray(cells)
    if len(cells) < 2:
        return 0.0
    steps = np.abs(np.diff(cells, axis=0))
    diag = (steps[:, 0] > 0) & (steps[:, 1] > 0)
    return float(cell_size * (np.count_nonzero(~diag) + SQRT2 * np.count_nonzero(diag)))


def cells_to_xy(cells, geotransform):
    """Map coordinates of cell centres from a GDAL geotransform (x0, dx, rx, y0, ry, dy)."""
    gt = [float(v) for v in geotransform]
    if len(gt) != 6:
        raise CorridorError("a geotransform has 6 numbers, got {n_gt}", n_gt=len(gt))
    rc = np.asarray(cells, dtype=np.float64)
    col, row = rc[:, 1] + 0.5, rc[:, 0] + 0.5
    return np.column_stack((gt[0] + col * gt[1] + row * gt[2], gt[3] + col * gt[4] + row * gt[5]))


# bytes per cell, measured on scipy 1.10 (2,000 x 2,000, 8 neighbours): CSR 100 (8 moves x
# (8 data + 4 index) + 4 indptr); building it ~50 (masks, slots, index temporaries);
# Dijkstra ~80 (distances, back-links, sources and its heap nodes); resistance, masks and the
# tile numbering (2 x int32) ~28.
GRAPH_BYTES_PER_CELL = 100
BUILD_BYTES_PER_CELL = 50
RUN_BYTES_PER_CELL = 80
GRID_BYTES_PER_CELL = 28
# the scikit-image route (no graph): MCP's cumulative costs 8, back-link offsets 2, edge
# maps 4 and heap index 8, our CWD copy 8, back-links 8 and cost allocation's root search
# 16; measured on 1,500 x 1,500 (scikit-image 0.24): 54 bytes per cell for one CWD, 76 with
# the allocation, inputs included (scipy route: 165 and 181)
MCP_BYTES_PER_CELL = 55


def memory_bytes(n_rows, n_cols, n_sources=2, graph=True):
    """Approximate peak bytes of a least-cost corridor run on an n_rows x n_cols grid.

    bytes = n * (graph 100 + max(build 50, one Dijkstra run 80) + input grids 28
                 + 8 per source (every linked source's CWD grid is kept for the corridors)
                 + 40 (source ids, allocation, corridor grid and one corridor temporary)),
    n = n_rows * n_cols; the Python interpreter and libraries (~45 MB) are not counted.
    graph=False: runs without a cost limit on scikit-image's MCP_Geometric (CostGraph's
    "skimage" engine), which build no graph: MCP 55 instead of graph 100 + run 80.
    Measured whole-process peaks (scipy 1.10): 2,000 x 2,000 one source 790 MB (estimate
    977 MB), full 8-source map_linkages 1,110 MB (estimate 1,190 MB); 1,000 x 1,000 full
    run 318 MB (estimate 297 MB + interpreter). Lets a caller refuse a grid before allocating.
    """
    n = max(int(n_rows), 1) * max(int(n_cols), 1)
    engine = (GRAPH_BYTES_PER_CELL + max(BUILD_BYTES_PER_CELL, RUN_BYTES_PER_CELL)) if graph \
        else MCP_BYTES_PER_CELL
    per_cell = engine + GRID_BYTES_PER_CELL + 8 * max(int(n_sources), 1) + 40
    return int(n * per_cell)


class StepTicker:
    """Counts finished steps and reports their fraction to progress(fraction), which may
    return True to cancel (CorridorCancelled is raised)."""

    def __init__(self, steps, progress=None):
        self.steps, self.done, self.progress = max(int(steps), 1), 0, progress

    def __call__(self):
        self.done += 1
        if self.progress is not None and self.progress(min(self.done / self.steps, 1.0)):
            raise CorridorCancelled("cancelled")


def source_distances(graph, ids, limits, tick=None):
    """{source id: CWD grid} for each source in ``limits``, each stopped at its limit
    (inf beyond); tick() after each source."""
    cwd = {}
    for s in sorted(limits):
        cwd[s] = cost_distance(graph, ids == s, limit=limits[s])
        if tick is not None:
            tick()
    return cwd
