"""Current-flow centrality of a network of sources and links (pure numpy).

Linkage Mapper's Centrality Mapper (McRae 2012) solves the core-and-link network in
Circuitscape's network mode, pairwise, every core a focal node, and sums the currents over
all pairs: a link's centrality is the sum over pairs of |its branch current|, a core's the
sum of its node currents (Circuitscape: (sum of |branch currents| + |injected current|) / 2).
This is current-flow betweenness (Newman 2005, Social Networks 27: 39-54; Brandes and
Fleischer 2005, LNCS 3404: 533-544) with the injection counted as Circuitscape does.

With L+ the pseudo-inverse of a component's Laplacian, 1 A from i to j gives
v = L+ (e_i - e_j), so the flow on edge e = (a, b) of conductance g is g (M[e, i] - M[e, j])
with M = G B L+ (B the incidence matrix). The sum over pairs of |d_i - d_j| for one edge is,
with d sorted, sum_k (2k - n - 1) d_(k): one sort per edge instead of n^2 / 2 terms.
Pairs in different components carry no current.
"""
import numpy as np
from scipy.sparse.csgraph import connected_components
import scipy.sparse as sp

from ..errors import EcoError
from ..shown import shown



class CentralityError(EcoError, ValueError):
    """A network that cannot be solved, naming the link or value at fault."""


def _pair_sums(m):
    """Sum over all column pairs i < j of |m[:, i] - m[:, j]|, per row."""
    n = m.shape[1]
    return np.sort(m, axis=1) @ (2.0 * np.arange(1, n + 1) - n - 1)


def current_flow(node_ids, links):
    """Centrality of links and nodes.

    node_ids: the network's node ids (sources with no link included, they carry nothing);
    links: iterable of (from_id, to_id, resistance > 0). Parallel links are separate branches.
    Returns (link_flow per link in input order, {node id: node flow}, number of components).
    """
    ids = np.unique(np.asarray(list(node_ids), dtype=np.int64))
    pos = {int(v): k for k, v in enumerate(ids)}
    links = list(links)
    a = np.empty(len(links), dtype=np.int64)
    b = np.empty(len(links), dtype=np.int64)
    g = np.empty(len(links))
    for e, (i, j, r) in enumerate(links):
        for end in (i, j):
            if int(end) not in pos:
                raise CentralityError("link {e} ({i}-{j}) names source {end}, which is "
                                      "not among the sources", e=e + 1, i=i, j=j, end=end)
        if not (np.isfinite(r) and r > 0):
            raise CentralityError("link {e} ({i}-{j}) has weight {r}: link weights "
                                  "are resistances and must be > 0", e=e + 1, i=i, j=j, r=shown(r))
        if int(i) == int(j):
            raise CentralityError("link {e} joins source {i} to itself", e=e + 1, i=i)
        a[e], b[e], g[e] = pos[int(i)], pos[int(j)], 1.0 / float(r)
    n = ids.size
    link_flow = np.zeros(len(links))
    node_flow = np.zeros(n)
    adj = sp.coo_matrix((g, (a, b)), shape=(n, n)).tocsr()
    n_comp, label = connected_components(adj + adj.T, directed=False)
    for c in range(n_comp):
        members = np.flatnonzero(label == c)
        if members.size < 2:
            continue
        local = np.full(n, -1)
        local[members] = np.arange(members.size)
        edges = np.flatnonzero(label[a] == c)
        la, lb = local[a[edges]], local[b[edges]]
        lap = np.zeros((members.size, members.size))
        np.add.at(lap, (la, lb), -g[edges])
        np.add.at(lap, (lb, la), -g[edges])
        lap[np.diag_indices(members.size)] = -lap.sum(axis=1)
        lplus = np.linalg.pinv(lap, hermitian=True)
        m = g[edges, None] * (lplus[la] - lplus[lb])
        link_flow[edges] = _pair_sums(m)
        # each node's branch currents summed, plus 1 A injected in each of its n - 1 pairs
        branch = np.zeros(members.size)
        np.add.at(branch, la, link_flow[edges])
        np.add.at(branch, lb, link_flow[edges])
        node_flow[members] = 0.5 * (branch + (members.size - 1))
    return link_flow, {int(v): float(node_flow[k]) for k, v in enumerate(ids)}, n_comp
