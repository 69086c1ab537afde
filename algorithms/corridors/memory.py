"""Memory a circuit run needs, estimated before anything is allocated (pure Python).

Bytes for an n-cell grid (8-byte floats, 4-byte sparse indices, 8-byte node indices):
- rasters and node map: about 6 grids of n cells (conductance, node map, cell lists, maps);
- graph: E = 2n (4 neighbours) or 4n (8) edges; adjacency, Laplacian and the per-edge
  current operators hold about 7 E + n stored entries of 12 bytes;
- solver: SuperLU's factor of a 2-D grid Laplacian holds about c n log2(n) entries
  (c = 5.5 for 8 neighbours, 3 for 4, measured on scipy 1.10), 12 bytes each, times 1.6
  for the factorisation's work space; an AMG hierarchy about 3 Laplacians;
- solutions: one n-vector per focal node (K), plus a few per pair being mapped;
- maps: cumulative, max and, when kept, one grid per pair for current and voltage;
- the interpreter with numpy and scipy: about 200 MB.
Measured peaks against the estimate (8 neighbours, 17 focal nodes): 250k cells 0.78 GiB
(0.77), 1M 2.37 GiB (2.70), 4M 9.64 GiB (10.98).
"""
import math

from .solver import AMG, DIRECT, resolve_method

INTERPRETER_BYTES = 200 * 2 ** 20


def estimate_memory(n_rows, n_cols, n_focal=2, mode="pairwise", four_neighbors=False,
                    solver="auto", pair_maps=False, workers=1):
    """Approximate peak bytes of a run (see module docstring for the model)."""
    n = max(int(n_rows) * int(n_cols), 1)
    k = max(int(n_focal), 1)
    edges = (2 if four_neighbors else 4) * n
    rasters = 6 * 8 * n
    graph_bytes = (7 * edges + n) * 12
    method = resolve_method(solver, n)
    if method == DIRECT:
        fill = (3.0 if four_neighbors else 5.5) * n * math.log2(max(n, 2))
        solver_bytes = 1.6 * 12 * fill
    else:
        solver_bytes = 3 * (edges * 2 + n) * 12
    solutions = 8 * n * (k + 4 * max(int(workers), 1))
    n_maps = 2
    if pair_maps:
        n_maps += 2 * (k * (k - 1) // 2 if mode == "pairwise" else k)
    maps = 8 * n * n_maps
    return int(rasters + graph_bytes + solver_bytes + solutions + maps + INTERPRETER_BYTES)


__all__ = ["estimate_memory", "AMG", "DIRECT"]
