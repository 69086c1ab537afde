"""Input handling every circuit mode shares (pure numpy): the conductance grid and its
short-circuit regions, Circuitscape's include table of focal pairs, and the map sink.
circuit.py (pairwise) and modes.py (one-to-all, all-to-one, advanced) both use these."""
import numpy as np

from . import graph
from .graph import CircuitError
from .outputs import MapSink


def prepare(habitat, is_resistance, nodata, mask, polygons):
    """Conductance grid (nodata and masked cells 0) and the short-circuit region ids."""
    g = graph.conductance_grid(habitat, is_resistance, nodata, mask)
    poly = None if polygons is None else graph.id_grid(polygons, g.shape, "short-circuit region")
    return g, poly


def make_sink(g, focal_rows=None, focal_cols=None, *, cum_map=True, max_map=False,
              current_maps=False, voltage_maps=False, null_currents_to_nodata=False,
              null_voltages_to_nodata=False, focal_currents_to_zero=False):
    zero = None
    if focal_currents_to_zero and focal_rows is not None:
        zero = (focal_rows, focal_cols)
    return MapSink(g.shape, g == 0, cum=cum_map, maximum=max_map, currents=current_maps,
                   voltages=voltage_maps, null_currents=null_currents_to_nodata,
                   null_voltages=null_voltages_to_nodata, zero_cells=zero)


def include_table(ids, included_pairs):
    """Circuitscape's include table (ids, K x K bool table) applied to the focal cells' ids:
    returns (keep, linked): keep marks the cells whose id the table lists (the others are
    dropped, as Circuitscape does); linked(a, b) is table[a, b] for two listed ids. Without
    a table every cell is kept and linked is None."""
    if included_pairs is None:
        return np.ones(np.asarray(ids).size, dtype=bool), None
    inc_ids = np.asarray(included_pairs[0], dtype=np.int64).ravel()
    table = np.asarray(included_pairs[1], dtype=bool)
    if table.shape != (inc_ids.size, inc_ids.size):
        raise CircuitError("The included-pairs table is {rows} x {cols} but lists {n_ids} ids; it "
                           "must be square, one row and column per id.",
                           rows="%d" % table.shape[0],
                           cols="%d" % (table.shape[1] if table.ndim > 1 else 1),
                           n_ids="%d" % inc_ids.size)
    pos = {int(v): k for k, v in enumerate(inc_ids)}
    return np.isin(ids, inc_ids), (lambda a, b: bool(table[pos[int(a)], pos[int(b)]]))
