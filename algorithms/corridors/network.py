"""The circuit of a raster: graph, components, Green bases and current maps (pure numpy/scipy).

Node current (Circuitscape.jl src/out.jl ``get_node_currents``): the larger of the total
current flowing into and out of a node, branch currents being w |v_i - v_j|. Where Kirchhoff's
law holds this is (sum of |branch currents| + |injected current|) / 2, which is what
``node_currents`` computes; ``node_currents_grounded`` keeps the in/out form for circuits with
finite grounds (advanced mode).
"""
import functools

import numpy as np
import scipy.sparse as sp

from . import graph
from .solver import AUTO, GroundedSolver


class Component:
    """One connected component: its nodes, Laplacian, branch operators and cells."""

    def __init__(self, net, label):
        self.nodes = np.flatnonzero(net.comp == label)
        whole = self.nodes.size == net.n  # one component: no submatrix to cut
        a = net.a if whole else net.a[self.nodes][:, self.nodes].tocsr()
        self.lap = graph.laplacian(a)
        i, j, w = graph.edge_list(a)
        m, n = i.size, self.nodes.size
        # flows f = B v = w (v_i - v_j), two entries per edge row, built as CSR directly;
        # ends puts a per-edge value on both end nodes
        two = np.arange(0, 2 * m + 1, 2)
        self.flow_op = sp.csr_matrix((np.column_stack([w, -w]).ravel(),
                                      np.column_stack([i, j]).ravel(), two), shape=(m, n))
        self.ends = sp.csr_matrix((np.ones(2 * m), np.column_stack([i, j]).ravel(), two),
                                  shape=(m, n)).T.tocsr()  # one product sums both ends
        cell_nodes = net.node.ravel()
        member = np.zeros(net.n + 1, dtype=bool)  # index -1 (no node) reads the last slot
        member[self.nodes] = True
        self.cells = np.flatnonzero(member[cell_nodes])
        self.cell_local = net.local[cell_nodes[self.cells]]
        # every cell a node of this component, numbered in cell order (a grid without
        # nodata or regions): a node vector is its map as it stands
        self._identity = (self.cells.size == n == cell_nodes.size
                          and bool((self.cell_local == np.arange(n)).all()))
        self.shape = net.shape
        self.solver = None

    @functools.cached_property
    def tail(self):
        """Sums a per-edge value onto each edge's first node (built when asked: only finite
        grounds need it)."""
        return self._end_sum(self.flow_op.indices[0::2])

    @functools.cached_property
    def head(self):
        """Sums a per-edge value onto each edge's second node."""
        return self._end_sum(self.flow_op.indices[1::2])

    def _end_sum(self, end):
        m, n = self.flow_op.shape
        return sp.csr_matrix((np.ones(m), end, np.arange(m + 1)), shape=(m, n)).T.tocsr()

    def get_solver(self, method, stats, ground=0, n_rhs=1):
        """The component's solver, set up on first use for about n_rhs right-hand sides."""
        if self.solver is None:
            self.solver = GroundedSolver(self.lap, ground=ground, method=method, stats=stats,
                                         coords=self.coords(), n_rhs=n_rhs)
        return self.solver

    def coords(self):
        """(column, row) of each node: its cell, or the mean of a region node's cells."""
        n = self.nodes.size
        rows, cols = np.divmod(self.cells, self.shape[1])
        count = np.bincount(self.cell_local, minlength=n)
        return np.column_stack([np.bincount(self.cell_local, cols, n) / count,
                                np.bincount(self.cell_local, rows, n) / count])

    def node_currents(self, v, injection, shorted=()):
        """(sum_edges |w dv| + |injection|) / 2 per node; each set of local nodes in
        ``shorted`` (a short-circuited focal region) counts as one node, whose current
        every member gets."""
        f = np.abs(self.flow_op @ v)
        edge_sum = self.ends @ f
        out = 0.5 * (edge_sum + np.abs(injection))
        for nodes in shorted:
            if len(nodes) > 1:
                out[nodes] = 0.5 * (edge_sum[nodes].sum() + abs(injection[nodes].sum()))
        return out

    def node_currents_grounded(self, v, finite_ground):
        """max(total inflow, total outflow) per node, finite-ground currents g v included."""
        f = self.flow_op @ v
        pos, neg = np.maximum(f, 0.0), np.maximum(-f, 0.0)
        out = self.tail @ pos + self.head @ neg
        inn = self.head @ pos + self.tail @ neg
        gf = finite_ground * v
        out += np.maximum(gf, 0.0)
        inn += np.maximum(-gf, 0.0)
        return np.maximum(inn, out)

    def to_cells(self, values, shape, out=None):
        """Spread per-node values over the component's cells (other cells 0 or as in out)."""
        if self._identity and out is None:
            return np.array(values, dtype=np.float64).reshape(shape)
        grid = np.zeros(shape) if out is None else out
        grid.ravel()[self.cells] = values[self.cell_local]
        return grid


class Network:
    """Graph of a conductance raster with optional short-circuit regions."""

    def __init__(self, g, regions=None, four_neighbors=False, avg_resistances=False):
        self.g = g
        self.shape = g.shape
        self.node = graph.node_map(g, regions)
        self.a = graph.build_graph(g, self.node, four_neighbors, avg_resistances)
        self.n = self.a.shape[0]
        self.comp = graph.components(self.a) if self.n else np.zeros(0, dtype=np.int64)
        self.local = np.zeros(self.n, dtype=np.int64)
        if self.n:
            order = np.argsort(self.comp, kind="stable")
            starts = np.r_[0, np.flatnonzero(np.diff(self.comp[order])) + 1]
            ranks = np.arange(self.n) - np.repeat(starts, np.diff(np.r_[starts, self.n]))
            self.local[order] = ranks
        self._components = {}

    def component(self, label):
        if label not in self._components:
            self._components[label] = Component(self, label)
        return self._components[label]

    def cell_node(self, rows, cols):
        return self.node[rows, cols]


class GreenBasis:
    """Green columns x_k of a set of terminal nodes, grouped by component.

    ``column[node]`` gives the column of a global node in ``x[comp]``; ``z[comp]`` is the
    terminal-by-terminal block Z[m, k] = x_k[node m] (symmetric).
    """

    def __init__(self, net, nodes, method=AUTO, stats=None):
        nodes = np.unique(np.asarray(nodes, dtype=np.int64))
        nodes = nodes[nodes >= 0]
        self.net = net
        self.x, self.z, self.local_terms, self.column = {}, {}, {}, {}
        for label in np.unique(net.comp[nodes]) if nodes.size else []:
            terms = nodes[net.comp[nodes] == label]
            comp = net.component(label)
            loc = net.local[terms]
            solver = comp.get_solver(method, stats, ground=loc[0], n_rhs=terms.size - 1)
            x = solver.green(loc)
            self.x[label], self.z[label] = x, x[loc]
            self.local_terms[label] = loc
            for k, t in enumerate(terms):
                self.column[int(t)] = (label, k)
