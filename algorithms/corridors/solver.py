"""Linear solves on one connected component, counted (pure numpy/scipy, pyamg optional).

A component's Laplacian L is singular (constant null space); grounding one node g
(deleting its row and column) leaves the SPD matrix L_g, solved either directly or by
conjugate gradients preconditioned with a smoothed-aggregation algebraic multigrid hierarchy
(pyamg; Circuitscape's default "cg+amg"). The direct solver is the multifrontal Cholesky
of cholesky.py for large systems whose nodes' cell coordinates are known, else scipy's
SuperLU (symmetric mode, minimum degree on A + A^T), which also takes over if a Cholesky
front is not numerically positive definite. Either is set up once per component and then
reused for every right-hand side.

The Green basis x_k = L_g^{-1} e_k (x_k[g] = 0) is the potential of a unit current injected
at k and taken out at g; any injection a with sum(a) = 0 on the basis nodes gives the
potential v = sum_k a_k x_k (up to a constant). Every pairwise, one-to-all and all-to-one
solve is such a combination, so K focal nodes need K (minus the grounded one) solves.
"""
import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as sla

from ..errors import EcoError, Phrase
from .cholesky import MultifrontalCholesky, UnsuitableGraph
from .dense import NotPositiveDefinite

try:  # pyamg is optional: without it "cg+amg" falls back to the direct solver
    import pyamg
except ImportError:  # pragma: no cover - depends on the environment
    pyamg = None

DIRECT, AMG, AUTO = "direct", "cg+amg", "auto"
# above this many unknowns "auto" uses AMG: the factor of a 2-D grid grows like n log n
AUTO_DIRECT_MAX = 4_500_000
# from this many unknowns the multifrontal Cholesky beats SuperLU however few the solves
# (8-neighbour grids, factorisation and one solve: even at 90k-160k, 1.5x at 250k, 1.4x at
# 360k; with 17 solves it wins from about 60k, but single-pair corridor windows of 60-90k
# cells, as pinch points solve, ran 7 % slower on it)
CHOLESKY_FROM = 200_000
# ... and from this many with at least MANY_RHS right-hand sides: its unit solves follow
# only their fronts' paths, while each SuperLU solve sweeps the whole factor (factorisation
# and 11 solves, 2026-12-03: 1.3 s against 1.9 s at 90k, 3.2 s against 3.6 s at 160k)
CHOLESKY_MANY_FROM = 80_000
MANY_RHS = 4
CG_TOL = 1e-11
CG_MAXITER = 2000
# Every solution is checked afterwards: ||A x - b|| / ||b|| must stay below this.
# Circuitscape.jl stops above 1e-4; we allow 1e-6, a hundred times stricter, which
# still leaves a wide margin over what the solvers reach on the verify suite (direct about
# 1e-13, CG+AMG stopped at CG_TOL about 1e-11; see the issue-14 note) and keeps currents
# and resistances to about six digits.
RESIDUAL_TOL = 1e-6
# right-hand sides whose residual is computed at once (bounds the extra memory)
RESIDUAL_BLOCK = 64


class SolveError(EcoError, ArithmeticError):
    """A solve that failed its accuracy check or did not converge."""


class SolveStats:
    """Counts of set-ups (factorisations or AMG hierarchies) and right-hand sides solved,
    and the largest relative residual seen per solver."""

    def __init__(self):
        self.setups = 0
        self.solves = 0
        self.residuals = {}

    def residual(self, name, value):
        self.residuals[name] = max(self.residuals.get(name, 0.0), float(value))

    def as_dict(self):
        return {"setups": self.setups, "solves": self.solves,
                "max_residual": dict(self.residuals)}


def solver_name(factor):
    """How a solve is named in messages and statistics."""
    if factor is None:
        return "CG+AMG (pyamg)"
    if isinstance(factor, MultifrontalCholesky):
        return "direct (multifrontal Cholesky)"
    return "direct (SuperLU)"


def check_residual(matrix, x, b, name, stats=None, columns=None, units=None, tol=None):
    """Relative residual ||A x - b|| / ||b|| of each column of x (or of x[:, columns]);
    ``units`` instead of b: column k is the unit vector at row units[k]. Above tol a
    SolveError that names the solver and suggests the other. Returns the largest."""
    tol = RESIDUAL_TOL if tol is None else tol
    x2 = x.reshape(x.shape[0], -1)
    columns = np.arange(x2.shape[1]) if columns is None else np.asarray(columns)
    worst = 0.0
    for start in range(0, columns.size, RESIDUAL_BLOCK):  # blocks bound the extra memory
        cols = columns[start:start + RESIDUAL_BLOCK]
        r = matrix @ x2[:, cols]
        if units is None:
            bb = b.reshape(b.shape[0], -1)[:, start:start + RESIDUAL_BLOCK]
            r -= bb
            nb = np.linalg.norm(bb, axis=0)
        else:
            r[units[start:start + RESIDUAL_BLOCK], np.arange(cols.size)] -= 1.0
            nb = np.ones(cols.size)
        rel = np.linalg.norm(r, axis=0) / np.where(nb > 0, nb, 1.0)
        worst = max(worst, float(rel.max(initial=0.0)) if np.isfinite(rel).all() else np.inf)
    if stats is not None:
        stats.residual(name, worst)
    if not worst <= tol:
        # the other solver by the label the dialog shows (and its value for scripts)
        other = "the solver 'Direct sparse factorisation' (SOLVER=1)" if name.startswith(
            "CG") else "the solver 'CG with algebraic multigrid (pyamg)' (SOLVER=2)"
        raise SolveError(
            "The {name} solver left a relative residual of {worst} on a system of {rows} unknowns "
            "(allowed {tol}): its result would be inaccurate. The resistance values may span "
            "too many orders of magnitude; try {other}, or rescale the resistances.",
            name=name, worst="%.2g" % worst, rows="%d" % matrix.shape[0], tol="%.0e" % tol,
            other=other)
    return worst


def amg_solve(ml, b):
    """CG preconditioned by the AMG hierarchy ml, to CG_TOL; non-convergence is an error."""
    x, info = ml.solve(b, tol=CG_TOL, accel="cg", maxiter=CG_MAXITER, return_info=True)
    if info != 0:
        raise SolveError(
            "The CG+AMG (pyamg) solver did not converge ({reason} after {cg_maxiter} iterations) "
            "on a system of {rows} unknowns; try the solver 'Direct sparse factorisation' "
            "(SOLVER=1).",
            reason=Phrase("breakdown") if info < 0 else
            Phrase("relative residual above {tol}", tol="%.0e" % CG_TOL),
            cg_maxiter="%d" % CG_MAXITER, rows="%d" % b.shape[0])
    return x


class GroundedSolver:
    """Solver of L_g x = b for one component, ground = local node ``ground``."""

    def __init__(self, lap, ground=0, method=AUTO, stats=None, coords=None, n_rhs=1):
        n = lap.shape[0]
        self.n, self.ground = n, int(ground)
        self.stats = stats if stats is not None else SolveStats()
        keep = np.ones(n, dtype=bool)
        keep[self.ground] = False
        self.keep = keep
        self.lap = lap  # for the residual check: (L x)[keep] = L_g x[keep] as x[g] = 0
        method = resolve_method(method, n)
        self.method = method
        if n == 1:
            self._lu = self._ml = None
            return
        lg = lap[keep][:, keep]
        self.stats.setups += 1
        if method == AMG:
            self._ml = pyamg.smoothed_aggregation_solver(lg.tocsr(), symmetry="symmetric")
            self._lu = None
        else:
            self._lu = direct_factor(lg, None if coords is None else np.asarray(coords)[keep],
                                     n_rhs)
            self._ml = None

    def solve(self, rhs):
        """Solve for the columns of rhs (n x m, full component size); row ``ground`` of rhs
        is ignored and the result is 0 there (the grounded node)."""
        rhs = np.asarray(rhs, dtype=np.float64)
        single = rhs.ndim == 1
        b = rhs.reshape(self.n, -1)
        out = np.zeros_like(b)
        self.stats.solves += b.shape[1]
        if self.n > 1:
            bb = b[self.keep]
            if self._lu is not None:
                out[self.keep] = self._lu.solve(np.ascontiguousarray(bb))
            else:
                sol = np.empty_like(bb)
                for k in range(bb.shape[1]):
                    sol[:, k] = amg_solve(self._ml, bb[:, k])
                out[self.keep] = sol
            self._check(out, bb)
        return out[:, 0] if single else out

    def _check(self, out, bb):
        """The residual check of solutions ``out`` (full size, 0 at the ground) of rows
        ``bb``."""
        name = solver_name(self._lu)
        check_residual(_GroundedRows(self.lap, self.keep), out, bb, name, self.stats)

    def green(self, nodes):
        """Green basis columns x_k for the local nodes k (the ground's column is 0, unsolved)."""
        nodes = np.asarray(nodes, dtype=np.int64)
        x = np.zeros((self.n, nodes.size))
        todo = np.flatnonzero(nodes != self.ground)
        if todo.size and isinstance(self._lu, MultifrontalCholesky):
            # unit right-hand sides straight into the factor's order: no dense rhs copies
            self.stats.solves += todo.size
            grounded = nodes[todo] - (nodes[todo] > self.ground)
            sol = self._lu.solve_units(grounded)
            if np.array_equal(todo, np.arange(todo[0], todo[0] + todo.size)):
                x[self.keep, todo[0]:todo[0] + todo.size] = sol
            else:
                x[np.ix_(self.keep, todo)] = sol
            del sol
            check_residual(_GroundedRows(self.lap, self.keep), x, None,
                           solver_name(self._lu), self.stats, columns=todo, units=grounded)
        elif todo.size:
            rhs = np.zeros((self.n, todo.size))
            rhs[nodes[todo], np.arange(todo.size)] = 1.0
            x[:, todo] = self.solve(rhs)
        return x


def resolve_method(method, n):
    """The solver actually used for n unknowns: "direct" or "cg+amg"."""
    if method not in (DIRECT, AMG, AUTO, "cholmod", "amg"):
        raise ValueError(f"unknown solver {method!r}; use 'auto', 'direct' or 'cg+amg'")
    if method in ("cholmod",):
        return DIRECT
    if method in ("amg", AMG):
        return AMG if pyamg is not None else DIRECT
    if method == AUTO:
        return AMG if (n > AUTO_DIRECT_MAX and pyamg is not None) else DIRECT
    return DIRECT


def direct_factor(matrix, coords=None, n_rhs=1):
    """An object with .solve(b) for the SPD matrix: multifrontal Cholesky when node
    coordinates are given and the system is large (for the n_rhs right-hand sides expected),
    SuperLU otherwise or when the Cholesky cannot proceed."""
    n = matrix.shape[0]
    if coords is not None and (n >= CHOLESKY_FROM or
                               (n >= CHOLESKY_MANY_FROM and n_rhs >= MANY_RHS)):
        try:
            return MultifrontalCholesky(matrix, coords)
        except (NotPositiveDefinite, UnsuitableGraph):
            pass
    return sla.splu(sp.csc_matrix(matrix), permc_spec="MMD_AT_PLUS_A", diag_pivot_thresh=0.0,
                    options={"SymmetricMode": True})


def solve_grounded_system(matrix, rhs, method=AUTO, stats=None, coords=None):
    """Solve an SPD system (Laplacian plus finite grounds, Dirichlet nodes removed)."""
    stats = stats if stats is not None else SolveStats()
    n = matrix.shape[0]
    stats.setups += 1
    stats.solves += 1
    rhs = np.asarray(rhs, dtype=np.float64)
    if resolve_method(method, n) == AMG and n > 1:
        ml = pyamg.smoothed_aggregation_solver(sp.csr_matrix(matrix), symmetry="symmetric")
        x, factor = amg_solve(ml, rhs), None
    else:
        factor = direct_factor(matrix, coords)
        x = factor.solve(rhs)
    check_residual(matrix, x, rhs, solver_name(factor), stats)
    return x


class _GroundedRows:
    """L_g as an operator on full-size vectors that are 0 at the ground: (L x)[keep]."""

    def __init__(self, lap, keep):
        self.lap, self.keep = lap, keep
        self.shape = (int(keep.sum()), lap.shape[0])

    def __matmul__(self, x):
        return (self.lap @ x)[self.keep]
