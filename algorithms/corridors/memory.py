"""Memory a circuit run needs, estimated before anything is allocated (pure Python).

Bytes for an n-cell grid (8-byte floats, 4-byte sparse indices, 8-byte node indices):
- rasters and node map: about 6 grids of n cells (conductance, node map, cell lists, maps);
- graph: E = 2n (4 neighbours) or 4n (8) edges; adjacency, Laplacian and the per-edge
  current operators hold about 7 E + n stored entries of 12 bytes;
- solver: the multifrontal Cholesky of a 2-D grid Laplacian keeps about 6.9 n log2(n)
  entries of 8 bytes (6.4-6.9 measured for 4 and 8 neighbours, 250k to 4M cells), and
  the update matrices and the front in work up to 0.6 times that again (factor 1.8, a
  little above the 1.45-1.6 measured); an AMG hierarchy about 3 Laplacians;
- solutions: one n-vector per focal node (K), plus a few per pair being mapped;
- maps: cumulative, max and, when kept, one grid per pair for current and voltage;
- the interpreter with numpy and scipy: about 250 MB (a 62,500-cell run peaks at 0.27 GiB);
- with W > 1 workers, each spawned worker: its own interpreter, the K solutions and the
  graph operators (sent to it pickled; a spawned process shares no memory with QGIS's).
Measured peaks against the estimate (8 neighbours, 17 focal nodes, benchmarks/
bench_circuit.py, 2026-11-22): 250k cells 0.59-0.64 GiB (0.79), 1M 2.27-2.43 GiB (2.63),
4M 9.38 GiB (10.52).

window_memory sizes one solve on a window cut out of a larger grid (pinch points solve each
link on the bounding box of its corridor): the window's grids are rows x cols, but the
graph, the factor and the solutions hold only the corridor's cells (the rest is nodata and
not in the circuit), and the interpreter is already counted by the caller.
"""
import math

from .solver import AMG, DIRECT, resolve_method

INTERPRETER_BYTES = 250 * 2 ** 20
FACTOR_ENTRIES = 6.9  # stored entries per n log2(n) cells
FACTOR_WORK = 1.8  # peak over the stored factor while it is being built


def estimate_memory(n_rows, n_cols, n_focal=2, mode="pairwise", four_neighbors=False,
                    solver="auto", pair_maps=False, workers=1, nodes=None):
    """Approximate peak bytes of a run (see module docstring for the model). nodes: cells
    in the circuit when fewer than the grid's (a window around a corridor)."""
    cells = max(int(n_rows) * int(n_cols), 1)
    n = cells if nodes is None else min(max(int(nodes), 1), cells)
    k = max(int(n_focal), 1)
    edges = (2 if four_neighbors else 4) * n
    rasters = 6 * 8 * cells
    graph_bytes = (7 * edges + n) * 12
    method = resolve_method(solver, n)
    if method == DIRECT:
        solver_bytes = FACTOR_WORK * 8 * FACTOR_ENTRIES * n * math.log2(max(n, 2))
    else:
        solver_bytes = 3 * (edges * 2 + n) * 12
    w = max(int(workers), 1)
    solutions = 8 * n * (k + 4 * w)
    # spawned workers (parallel.py) each hold a copy of the solutions and of the graph
    # operators, in an interpreter of their own
    spawned = 0 if w == 1 else w * (8 * n * k + graph_bytes + INTERPRETER_BYTES)
    n_maps = 2
    if pair_maps:
        n_maps += 2 * (k * (k - 1) // 2 if mode == "pairwise" else k)
    maps = 8 * cells * n_maps
    return int(rasters + graph_bytes + solver_bytes + solutions + maps + spawned
               + INTERPRETER_BYTES)


def window_memory(n_rows, n_cols, n_cells, n_focal=2, four_neighbors=False, solver="auto"):
    """Approximate peak bytes of one circuit solve on an n_rows x n_cols window of which
    n_cells are in the circuit (see module docstring); no interpreter, no spawned workers."""
    return estimate_memory(n_rows, n_cols, n_focal, four_neighbors=four_neighbors,
                           solver=solver, workers=1, nodes=n_cells) - INTERPRETER_BYTES


__all__ = ["estimate_memory", "window_memory", "AMG", "DIRECT"]
