"""Omnidirectional connectivity by moving windows: Omniscape reproduced (pure numpy/scipy).

McRae's moving-window circuit method as Omniscape.jl implements it (Landau, V. A.,
Shah, V. B., Anantharaman, R. and Hall, K. R. 2021, Omniscape.jl: software to compute
omnidirectional landscape connectivity, Journal of Open Source Software 6(57), 2829).
Every target block (``omniscape_window.targets``) is the ground of one circuit on the disc
of radius R = radius + buffer around it, fed by the source strengths within the radius
(scaled to the block's own strength). The summed window currents make the cumulative
current; the same solves on conductance 1 make the flow potential; their ratio is the
normalised current (0/0 = 0). With a block size > 1 each window's current is multiplied by
Omniscape's block-artifact correction (``correction``).

Windows are solved in batches (``omniscape_solver``), over spawned worker processes when
asked (``run_batches``); ``window_batch`` is the unit of work any executor can map.
"""
from dataclasses import dataclass, field

import numpy as np

from . import omniscape_solver as S
from .blas_threads import single_blas_thread
from . import omniscape_window as OW
from ..errors import EcoError

BATCH = 48  # windows a batch: numpy's per-call cost shared, factors of 48 x 7,845 cells ~120 MB


class OmniscapeError(EcoError, ValueError):
    """Input that Omniscape cannot run on, with the reason."""


@dataclass
class Options:
    radius: float
    block_size: float = 1
    buffer: float = 0
    source_threshold: float = 0.0
    source_from_resistance: bool = False
    r_cutoff: float = np.inf
    is_conductance: bool = False
    four_neighbors: bool = False
    correct_artifacts: bool = True
    mask_nodata: bool = True
    flow_potential: bool = False
    single_precision: bool = False
    # conditional connectivity: (comparison 'within' | 'equal', lower, upper) per condition
    conditions: list = field(default_factory=list)
    solver: str = "batched"  # or "superlu": one SuperLU factorisation per window
    batch: int = BATCH
    workers: int = 1
    scheduler: str = ""  # a Dask scheduler's address: windows run there (omniscape_pieces)

    def ints(self):
        """Radius, buffer, block size and block radius as Omniscape rounds them."""
        r, u = int(round(self.radius)), int(round(self.buffer))
        if r < 1:
            raise OmniscapeError("the radius must be at least 1 cell")
        if u < 0:
            raise OmniscapeError("the buffer cannot be negative")
        b = OW.block_size_used(self.block_size)
        return r, u, b


def reclassify(resistance, table):
    """Replace values by a table of (from, to) rows; to = NaN makes the cell nodata."""
    out = resistance.copy()
    for old, new in table:
        out[resistance == old] = new
    return out


def prepare(resistance, source=None, options=None, reclass=None):
    """Resistance (NaN = nodata, after reclassification), conductance and source strengths
    as Omniscape.jl derives them (src/main.jl and utils.jl ``source_from_resistance``)."""
    o = options
    dtype = np.float32 if o.single_precision else np.float64
    res = np.array(resistance, dtype=dtype).astype(np.float64)
    if reclass is not None and len(reclass):
        res = reclassify(res, reclass)
    valid = np.isfinite(res)
    if not valid.any():
        raise OmniscapeError("the resistance surface has no data")
    if (res[valid] <= 0).any():
        raise OmniscapeError("the resistance (or conductance) surface holds 0 or negative "
                             "values; Omniscape needs positive values (nodata for none)")
    with np.errstate(divide="ignore"):
        cond = res if o.is_conductance else 1.0 / res
    cond = np.where(valid, cond, np.nan).astype(dtype).astype(np.float64)
    if o.source_from_resistance:
        src = cond.copy()
        with np.errstate(divide="ignore", invalid="ignore"):
            cutoff = 1.0 / o.r_cutoff
        src[~(src >= cutoff)] = 0.0  # NaN (nodata) becomes 0 too
    else:
        if source is None:
            raise OmniscapeError("give a source-strength raster or derive the sources from "
                                 "the resistance")
        src = np.array(source, dtype=dtype).astype(np.float64)
        if src.shape != res.shape:
            raise OmniscapeError("the source raster is {rows} x {cols}, the resistance "
                                 "{res_rows} x {res_cols}", rows=src.shape[0],
                                 cols=src.shape[1], res_rows=res.shape[0], res_cols=res.shape[1])
        src[~np.isfinite(src)] = 0.0
        src[src < dtype(o.source_threshold)] = 0.0
    return res, cond, src


class Solver:
    """Solves batches of windows on one pattern: the batched multifrontal factor, or one
    SuperLU factorisation per window (``superlu``)."""

    def __init__(self, pattern, method):
        self.pattern = pattern
        self.method = method
        self.factor = S.WindowFactor(pattern) if method == "batched" else None
        self._shared = None

    def currents(self, g, sources):
        circuit = S.Circuit(self.pattern, g)
        if self.method == "batched":
            v = self.factor.voltages(None, circuit, sources)
        else:
            v = S.superlu_voltages(circuit, sources)
        return circuit.currents(v)

    def prime(self):
        """Factorise the all-ones window once (shared by every whole window)."""
        if self.method == "batched" and self._shared is None:
            circuit = S.Circuit(self.pattern, np.ones((1, self.pattern.n)))
            self._shared = (circuit, self.factor.factor(circuit))

    def uniform_currents(self, sources):
        """Currents with conductance 1 on every cell: one factor serves every window."""
        if self.method != "batched":
            return self.currents(np.ones_like(sources), sources)
        self.prime()
        circuit, stored = self._shared
        # the shared circuit's single row of weights broadcasts over the windows
        return circuit.currents(self.factor.voltages(stored, circuit, sources))


def correction(radius, buffer, block, four_neighbors, method="batched"):
    """Omniscape's block-artifact correction on the (2R+1)^2 box (``calc_correction``):
    the current of one window fed from a whole block, divided into the b x b box sum of the
    currents of single-cell targets; 1 where either is 0."""
    R, h = radius + buffer, (block - 1) // 2
    disc = OW.Pattern(R, True, four_neighbors)
    d2 = (disc.rows - R) ** 2 + (disc.cols - R) ** 2
    within = d2 <= radius ** 2
    null = np.where(within, 1.0 / (within.sum() - 1), 0.0)
    null[disc.ground] = 0.0
    in_block = (np.abs(disc.rows - R) <= h) & (np.abs(disc.cols - R) <= h)
    blocked = np.where(within & ~in_block, 1.0, 0.0)
    blocked *= block ** 2 / blocked.sum()
    solver = Solver(disc, method)
    cur = solver.currents(np.ones((2, disc.n)), np.vstack([blocked, null]))
    side = disc.side
    block_cur, null_cur = np.zeros(side * side), np.zeros(side * side)
    block_cur[disc.cells], null_cur[disc.cells] = cur[0], cur[1]
    block_cur, null_cur = block_cur.reshape(side, side), null_cur.reshape(side, side)
    # Omniscape tests for exact zeros: cells that carry no current in exact arithmetic (the
    # dead-end tips of a four-neighbour disc) must read 0, not rounding noise, or the ratio
    # below explodes (1e12 at the tips of radius 5, buffer 2, block 3)
    block_cur[np.abs(block_cur) <= 1e-12 * np.abs(block_cur).max()] = 0.0
    null_cur[np.abs(null_cur) <= 1e-12 * np.abs(null_cur).max()] = 0.0
    padded = np.pad(null_cur, h)
    total = np.zeros((side, side))
    for di in range(block):
        for dj in range(block):
            total += padded[di:di + side, dj:dj + side]
    total[block_cur == 0] = 0.0
    total[total == 0] = 1.0
    block_cur[block_cur == 0] = 1.0
    return total / block_cur


def estimate_memory(shape, options):
    """Bytes a run needs: the padded input grids (and a copy in each worker process), the
    output maps, and per worker the factors of one batch (nested dissection of an n-cell
    window keeps about 3.1 n log2(n) numbers, measured for radii 5 to 75) with its largest
    dense fronts; a worker's partial sums cover only its batch's windows."""
    r, u, b = options.ints()
    R = r + u
    side = 2 * R + 1
    n = int(np.pi * R * R) + 1
    padded = (shape[0] + 2 * R) * (shape[1] + 2 * R)
    grids = 8 * padded * (4 + 2 * len(options.conditions)) + 8 * shape[0] * shape[1] * 4
    per_window = 3.1 * n * max(np.log2(n), 1) * (2.4 if options.flow_potential else 1.0)
    per_window += 4 * (3 * side) ** 2 + 12 * side * side
    batch = 8 * options.batch * per_window
    maps = 8 * padded * (2 if options.flow_potential else 1)
    workers = max(1, options.workers)
    if workers > 1:  # spawned workers each hold a copy of the job's grids
        grids *= 1 + workers
    return int(grids + maps + workers * batch)


class Job:
    """Everything a worker needs to solve any range of targets."""

    def __init__(self, conductance, source, options, condition_grids=()):
        self.options = o = options
        r, u, b = o.ints()
        self.r, self.u, self.b, self.R = r, u, b, r + u
        self.shape = conductance.shape
        grids = {"conductance": conductance, "source": source,
                 "inside": np.ones(conductance.shape)}
        for k, (present, future) in enumerate(condition_grids):
            grids["present%d" % k] = present
            grids["future%d" % k] = future if future is not None else present
        self.land = OW.Landscape(grids, self.R)
        self.conditions = None
        if o.conditions:
            self.conditions = OW.Conditions(
                [("present%d" % k, "future%d" % k, c[0], c[1], c[2])
                 for k, c in enumerate(o.conditions)])
        self.ys, self.xs, self.amps = OW.targets(source, b)
        self.corr = None
        if o.correct_artifacts and b > 1:
            self.corr = correction(r, u, b, o.four_neighbors, o.solver)
        self._solvers = None

    @property
    def n_targets(self):
        return self.ys.size

    def solvers(self):
        if self._solvers is None:
            disc = OW.Pattern(self.R, True, self.options.four_neighbors)
            box = OW.Pattern(self.R, False, self.options.four_neighbors) \
                if self.options.flow_potential else None
            self._solvers = (Solver(disc, self.options.solver),
                             Solver(box, self.options.solver) if box else None)
        return self._solvers

    def new_maps(self):
        side_pad = (self.shape[0] + 2 * self.R, self.shape[1] + 2 * self.R)
        cum = np.zeros(side_pad)
        fp = np.zeros(side_pad) if self.options.flow_potential else None
        return cum, fp

    def solve_range(self, lo, hi, cum, fp):
        """Solve targets lo..hi-1 and add their currents to the padded maps."""
        self.add(window_batch(self, np.arange(lo, hi)), cum, fp)

    def add(self, part, cum, fp):
        """Add a batch's partial sums (``window_batch``) into the padded maps."""
        _, y0, x0, box_cum, box_fp = part
        h, w = box_cum.shape
        cum[y0:y0 + h, x0:x0 + w] += box_cum
        if fp is not None:
            fp[y0:y0 + h, x0:x0 + w] += box_fp

    def ready_to_ship(self):
        """Build what every batch shares (symbolic analyses, the uniform factor) once, so
        that a copy sent to a worker arrives ready to solve."""
        self.solvers()
        if self.options.flow_potential:
            self.solvers()[1].prime()
        return self

    def solve_windows(self, ys, xs, amps, cum, fp, y0, x0):
        """Add the currents of the windows of targets (ys, xs) with strengths amps into
        cum (and fp), maps whose cell (0, 0) is padded cell (y0, x0)."""
        disc_solver, box_solver = self.solvers()
        disc = disc_solver.pattern
        src = OW.window_sources(self.land, disc, ys, xs, amps, self.r, self.b,
                                self.conditions)
        g = self.land.gather("conductance", disc, ys, xs)
        cur = disc_solver.currents(g, src)
        corr = self._corrections(ys, xs)
        self._add(cum, disc, ys - y0, xs - x0, cur, corr)
        if fp is not None:
            box = box_solver.pattern
            src_box = np.zeros((ys.size, box.n))
            src_box[:, np.searchsorted(box.cells, disc.cells)] = src
            inside = self.land.gather("inside", box, ys, xs)
            whole = np.isfinite(inside).all(axis=1)
            fcur = np.zeros_like(src_box)
            if whole.any():
                fcur[whole] = box_solver.uniform_currents(src_box[whole])
            if (~whole).any():
                fcur[~whole] = box_solver.currents(np.nan_to_num(inside[~whole], nan=0.0),
                                                   src_box[~whole])
            self._add(fp, box, ys - y0, xs - x0, fcur, corr)

    def _corrections(self, ys, xs):
        """Correction boxes per window, None without correction."""
        if self.corr is None:
            return None
        sy, sx = OW.clip_shift(ys, xs, self.shape, self.R)
        out = np.broadcast_to(self.corr, (ys.size,) + self.corr.shape)
        if (sy != 0).any() or (sx != 0).any():
            out = out.copy()
            for k in np.flatnonzero((sy != 0) | (sx != 0)):
                out[k] = np.roll(np.roll(self.corr, sy[k], axis=0), sx[k], axis=1)
        return out

    def _add(self, grid, pattern, ys, xs, values, corr):
        side = pattern.side
        box = np.zeros((ys.size, side * side))
        box[:, pattern.cells] = values
        box = box.reshape(ys.size, side, side)
        if corr is not None:
            box *= corr
        for k in range(ys.size):  # one slice per window: the boxes overlap
            grid[ys[k]:ys[k] + side, xs[k]:xs[k] + side] += box[k]


def window_batch(job, index):
    """The summed currents of the windows of targets ``index`` (positions in the job's
    target list), on the part of the padded grid they cover.

    Returns (windows, y0, x0, cumulative, flow potential or None), (y0, x0) being the
    box's top-left cell in padded coordinates. A module-level function of the shared job
    and a batch of indices, so that any executor (a loop, spawned processes, a cluster)
    can map it; ``Job.add`` sums the parts in any order.
    """
    index = np.asarray(index, dtype=np.int64)
    ys, xs, amps = job.ys[index], job.xs[index], job.amps[index]
    side = 2 * job.R + 1
    y0, x0 = int(ys.min()), int(xs.min())
    shape = (int(ys.max()) - y0 + side, int(xs.max()) - x0 + side)
    cum = np.zeros(shape)
    fp = np.zeros(shape) if job.options.flow_potential else None
    job.solve_windows(ys, xs, amps, cum, fp, y0, x0)
    return index.size, y0, x0, cum, fp


def batch_ranges(n, step):
    """(lo, hi) of consecutive batches of at most ``step`` targets."""
    return [(lo, min(n, lo + step)) for lo in range(0, n, step)]


def run_batches(job, progress=None):
    """The padded maps summed over every batch: in this process, or, with workers > 1 or a
    scheduler, as pieces on spawned local processes or a Dask cluster
    (``omniscape_pieces``, executor.py).

    Why processes, not threads: a batch makes about 15 numpy calls per front of its
    multifrontal tree (a thousand fronts at radius 50), and the Python between them holds
    the GIL; separate interpreters run side by side.
    """
    o = job.options
    n = job.n_targets
    if o.scheduler or (o.workers > 1 and n > 2 * o.batch * o.workers):
        from .omniscape_pieces import run_pieces
        return run_pieces(job, progress, workers=o.workers, scheduler=o.scheduler)
    cum, fp = job.new_maps()
    for lo, hi in batch_ranges(n, o.batch):
        job.add(window_batch(job, np.arange(lo, hi)), cum, fp)
        if progress is not None:
            progress(hi, n)
    return cum, fp


def run(resistance, source=None, options=None, reclass=None, condition_grids=(),
        progress=None):
    """Cumulative current, flow potential and normalised current of an Omniscape run.

    resistance, source: 2-D grids (NaN = nodata); condition_grids: (present, future or
    None) per condition of options.conditions; progress(done, total) is called after every
    batch and may raise to stop the run. Returns dict cumulative, flow_potential,
    normalized (None when not asked; NaN = nodata where mask_nodata), n_targets.
    """
    o = options
    res, cond, src = prepare(resistance, source, o, reclass)
    with single_blas_thread():
        job = Job(cond, src, o, condition_grids)
        cum, fp = run_batches(job, progress)
    return finish(job, res, cum, fp)


def finish(job, res, cum, fp):
    R, (nrows, ncols) = job.R, job.shape
    cum = cum[R:R + nrows, R:R + ncols].copy()
    out = {"cumulative": cum, "flow_potential": None, "normalized": None,
           "n_targets": job.n_targets, "resistance": res}
    if fp is not None:
        fp = fp[R:R + nrows, R:R + ncols].copy()
        with np.errstate(divide="ignore", invalid="ignore"):
            norm = cum / fp
        norm[np.isnan(norm)] = 0.0
        out["flow_potential"], out["normalized"] = fp, norm
    if job.options.mask_nodata:
        nodata = ~np.isfinite(res)
        for key in ("cumulative", "flow_potential", "normalized"):
            if out[key] is not None:
                out[key][nodata] = np.nan
    return out
