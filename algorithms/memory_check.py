"""Memory the tools outside the corridor solvers need, estimated from the size of the work
before anything is allocated, and the refusal when it exceeds the free memory (pure: no
qgis; the corridor tools have their own estimates in corridors/).

Two kinds of raster tool:
- strip tools (reclassify, classifyraster, resistancesurface, distanceto) read and write
  strips of whole rows of about grids.BLOCK_BYTES (one row when a row is larger), so their
  memory does not grow with the number of rows: a few strips alive at once, GDAL's block
  cache (capped at grids.CACHE_BYTES while a tool runs) and GDAL's warp buffer for each
  raster aligned to another grid (WARP_BYTES, GDAL's default warp memory). Only a grid with
  rows of gigabytes, or a machine with almost nothing free, makes them refuse.
- whole-grid tools hold the grid in memory: bytes per cell times the cells, counted from
  their arrays (the per-cell figures below), plus the cache.
"""
from . import grids
from .errors import EcoError

WARP_BYTES = 64 * 2 ** 20  # GDAL's default warp memory per warped (aligned) raster

# bytes per cell of the whole-grid steps (peak arrays alive together):
# patchconnectivity, a raster of patches: the grid as float64 (8) and the labels (int64 8
# from a label raster, through a float64 np.where copy 8; int32 4 from ndimage.label of the
# MSPA core); then grids.polygonize while both live: int32 copy (4), GDAL MEM int32 (4),
# mask (1 + 1). Measured 24.7 bytes a cell above the baseline (3000 x 3000 MSPA raster,
# 400 core patches, cache included)
PATCH_LABELS_PER_CELL = 28
# selectsources OUTPUT_RASTER: grids.burn_ids's GDAL MEM Int32 grid (4), the array read
# back (4) and its int64 copy (8); measured 16.3 bytes a cell (5000 x 5000 REFERENCE)
BURN_IDS_PER_CELL = 16
# centrality with a raster of sources: the grid as float64 (8), its finite mask (1), the
# np.where copy (8) and the int64 ids (8); polygonize afterwards holds less (ids 8 + 10)
SOURCE_IDS_PER_CELL = 25
# kerneldensity: one row of its curves table (GRID_POINTS rows per group and period) as the
# tool builds it (a QgsFeature and four Python values); measured 717 bytes a row (400
# periods, 204,800 rows, CSV output); 40,000 periods would need 16 GB
CURVE_ROW_BYTES = 800


class MemoryRefusedError(EcoError):
    """A run refused before it starts: its estimate exceeds the free memory."""


def gigabytes(n_bytes):
    """Bytes as GB text for a message: one decimal, two significant digits below 1 GB."""
    return "%.1f" % (n_bytes / 1e9) if n_bytes >= 1e9 else "%.2g" % (n_bytes / 1e9)


def strip_bytes(rows, cols, itemsize=8):
    """One strip of a rows x cols raster as grids.RasterIn.blocks reads it: BLOCK_BYTES,
    one whole row when a row is larger, the whole raster when it is smaller."""
    grid = int(rows) * int(cols) * int(itemsize)
    return min(grid, max(grids.BLOCK_BYTES, int(cols) * int(itemsize)))


def cache_bytes(rows, cols, itemsize=8):
    """GDAL's block cache while a tool runs: capped, and never more than the grid."""
    return min(grids.CACHE_BYTES, int(rows) * int(cols) * int(itemsize))


def strip_tool_bytes(rows, cols, strips, itemsize=8, warped=0):
    """A strip tool: `strips` strips alive at once, the block cache and the warp buffers of
    `warped` aligned rasters."""
    return cache_bytes(rows, cols, itemsize) + int(strips) * strip_bytes(rows, cols, itemsize) \
        + int(warped) * WARP_BYTES


# a spawned local worker of a strip tool (executor.Pieces): Python, numpy and the plugin's
# pure modules; measured 36 MB peak resident (Debian 12, numpy 1.24), with a margin
WORKER_BYTES = 64 * 2 ** 20


def pieces_bytes(mode, workers, piece, result, work=0):
    """What running a strip tool's blocks as executor pieces adds to its serial estimate
    (which counts one piece and its result). mode is executor.Pieces.mode:
    - "processes": the calling process holds the 2 W + 2 pieces in flight with their
      results and the pickled copies of the W + 1 in the processes' queue; each of the W
      spawned workers (on this computer) its interpreter, a piece, its result and `work`
      bytes of temporaries;
    - "dask": the pickled copy of the piece being sent (the workers hold theirs on their
      own machines; results wait there until they are fetched, one at a time);
    - "serial": nothing."""
    piece, result, w = int(piece), int(result), max(int(workers), 1)
    if mode == "processes":
        return (2 * w + 1) * (piece + result) + (w + 1) * piece \
            + w * (WORKER_BYTES + piece + result + int(work))
    if mode == "dask":
        return piece
    return 0


def whole_grid_bytes(rows, cols, per_cell):
    """A whole-grid step: per_cell bytes for each of rows x cols cells, plus the cache."""
    return cache_bytes(rows, cols) + int(per_cell) * int(rows) * int(cols)


def require_free(need, step, rows, cols, free=None):
    """Refuse a step whose estimate exceeds the free memory (free=None: ask the system;
    unknown free memory lets the run go on). step names the work, in the user's language."""
    free = grids.available_memory() if free is None else free
    if free is None or need <= free:
        return
    raise MemoryRefusedError(
        "{step} on a grid of {rows} x {cols} cells needs about {need} GB of memory, but only "
        "{free} GB are free. Nothing was written. Clip the rasters to the study area or "
        "resample them to larger cells, or close other programs, then run it again.",
        step=step, rows=int(rows), cols=int(cols), need=gigabytes(need), free=gigabytes(free))


def require_free_rows(need, step, n_rows, free=None):
    """The same refusal for a table of n_rows rows to build (no grid)."""
    free = grids.available_memory() if free is None else free
    if free is None or need <= free:
        return
    raise MemoryRefusedError(
        "{step} makes a table of {n} rows, which needs about {need} GB of memory, but only "
        "{free} GB are free. Nothing was written. Split the input (fewer groups or periods) "
        "or close other programs, then run it again.",
        step=step, n=int(n_rows), need=gigabytes(need), free=gigabytes(free))
