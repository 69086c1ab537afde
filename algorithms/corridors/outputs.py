"""Accumulation of per-solve current and voltage maps (pure numpy).

Circuitscape.jl (src/out.jl) writes, per solve, a current map (node currents spread over the
node's cells, 0 off the component) and a voltage map; the cumulative map is their sum and the
max map their cell-wise maximum (-9999 before any solve). With ``null_currents_to_nodata``
(``null_voltages_to_nodata``) cells of zero conductance become nodata, returned here as NaN.
"""
import numpy as np


class MapSink:
    """Collects the maps a run asked for."""

    def __init__(self, shape, null_cells, *, cum=True, maximum=False, currents=False,
                 voltages=False, null_currents=False, null_voltages=False, zero_cells=None):
        self.shape = shape
        self.null_cells = null_cells
        self.want_cum, self.want_max = cum, maximum
        self.want_currents, self.want_voltages = currents, voltages
        self.null_currents, self.null_voltages = null_currents, null_voltages
        self.zero_cells = zero_cells
        self.cum = np.zeros(shape) if cum else None
        self.max = np.full(shape, -np.inf) if maximum else None
        self.currents, self.voltages = {}, {}
        self.count = 0

    @property
    def needs_currents(self):
        return self.want_cum or self.want_max or self.want_currents

    def add(self, key, current_map=None, voltage_map=None):
        """Record one solve's maps (full grids, 0 outside the solved component)."""
        if current_map is not None:
            if self.zero_cells is not None:
                current_map[self.zero_cells] = 0.0
            self.count += 1
            if self.want_cum:
                self.cum += current_map
            if self.want_max:
                np.maximum(self.max, current_map, out=self.max)
            if self.want_currents:
                self.currents[key] = self._null(current_map, self.null_currents)
        if voltage_map is not None and self.want_voltages:
            self.voltages[key] = self._null(voltage_map, self.null_voltages)

    def add_sum(self, current_sum, count):
        """Record the summed current maps of ``count`` solves (cumulative map only)."""
        if self.zero_cells is not None:
            current_sum[self.zero_cells] = 0.0  # zero in each map, so zero in their sum
        self.count += count
        if self.want_cum:
            self.cum += current_sum

    def empty_like(self):
        """A new sink asking for the same maps (a worker's partial result)."""
        return MapSink(self.shape, self.null_cells, cum=self.want_cum, maximum=self.want_max,
                       currents=self.want_currents, voltages=self.want_voltages,
                       null_currents=self.null_currents, null_voltages=self.null_voltages,
                       zero_cells=self.zero_cells)

    def merge(self, other):
        """Fold in a sink filled by another worker."""
        self.count += other.count
        if self.want_cum:
            self.cum += other.cum
        if self.want_max:
            np.maximum(self.max, other.max, out=self.max)
        self.currents.update(other.currents)
        self.voltages.update(other.voltages)

    def _null(self, grid, flag):
        if flag:
            grid = grid.copy()
            grid[self.null_cells] = np.nan
        return grid

    def result(self):
        out = {}
        if self.want_cum:
            out["cum_current"] = self._null(self.cum, self.null_currents and self.count > 0)
        if self.want_max:
            mx = np.where(np.isinf(self.max), np.nan, self.max)
            out["max_current"] = self._null(mx, self.null_currents)
        if self.want_currents:
            out["current_maps"] = self.currents
        if self.want_voltages:
            out["voltage_maps"] = self.voltages
        return out
