"""The MSPA segmentation itself (pure numpy/scipy): the steps of Soille and Vogt
(2009) with the conventions of the JRC engine (GuidosToolbox), which pixel-identity
needs; see mspa.py for the classes and the public API.
"""
import math

import numpy as np

from . import mspa_morph as morph
from .mspa_flood import TOUCHED, flood_labels
from .mspa_geodesic import geodesic_within
from .mspa_thin import anchored_thinning

SQRT2 = np.float32(math.sqrt(2.0))


def parameters(edge_width):
    """The engine's distances for an edge width: it scales the width by 1/sqrt(2) in
    single precision and multiplies back, so core lies farther than about
    EdgeWidth + 0.98 and connectors reach about EdgeWidth - 0.43 from the skeleton.
    Returns (squared cut-off of the edge distance, geodesic threshold, frame width)."""
    size = np.float32((edge_width + 0.98) / math.sqrt(2.0))
    thr = np.float32(size * SQRT2)
    thr_geo = np.float32(np.float32(size - np.float32(1)) * SQRT2)
    bufsize = int(float(size) * 1.5 + 0.5)
    return morph.squared_cutoff(thr), thr_geo, bufsize + 1


def _near_foreground(fg, missing, r2):
    """Foreground plus missing pixels within the edge distance of foreground: missing
    data next to foreground is read as foreground, so it makes no edge."""
    return fg | (missing & morph.dilate_disk(fg, r2))


def _edges_and_perforations(core, r2, graph_fg, graph_bg):
    """Edge: the ring around core seen from outside, peeled one nesting level of core
    holes at a time; perforation: the rest of the ring (inside core holes)."""
    work = core.copy()
    fill = morph.fill_holes(work, graph_bg)
    holes = fill & ~work
    edges = np.zeros_like(core)
    while fill.any():
        edges |= morph.dilate_disk(fill, r2) & ~fill
        fill &= ~morph.fill_holes(holes, graph_fg)   # the outermost core areas
        work &= ~fill
        fill = morph.fill_holes(work, graph_bg)
        holes = fill & ~work
    outer = morph.dilate_disk(core, r2) & ~core
    edges &= ~core
    return edges, outer & ~edges


def _corridors(connector, core, opening, graph_fg):
    """Connector components reached from two or more core areas (bridges)."""
    lbl = morph.label(core, graph_fg)
    flood_labels(lbl, opening | connector, graph_fg)
    # the engine's labelling clears the outer ring first, so connector pixels there
    # belong to no component
    inner = connector.copy()
    inner[[0, -1]] = False
    inner[:, [0, -1]] = False
    comp = morph.label(inner, graph_fg)
    # a component holds two flood labels (a nonzero range, in the engine's terms) when
    # two of its adjacent pixels differ
    bridge = np.zeros(int(comp.max()) + 1, dtype=bool)
    ny, nx = comp.shape
    for dy, dx in ((0, 1), (1, 0), (1, 1), (1, -1))[:4 if graph_fg == 8 else 2]:
        a = (slice(0, ny - dy), slice(max(-dx, 0), nx - max(dx, 0)))
        b = (slice(dy, ny), slice(max(dx, 0), nx - max(-dx, 0)))
        differ = inner[a] & inner[b] & (lbl[a] != lbl[b])
        bridge[comp[a][differ]] = True
    del inner
    # the engine ranges the background (component 0) too; its range is TOUCHED - 0,
    # which it clears, unless the image lacks either value
    outside = comp == 0
    lo = lbl.min(where=outside, initial=TOUCHED)
    hi = lbl.max(where=outside, initial=0)
    bridge[0] = (hi - lo) >= 1 and (hi - lo) != TOUCHED
    del outside, lbl
    return bridge[comp]


def _all_holes(a, pad, graph_bg):
    """Holes of the foreground in the framed image, missing pixels 8-adjacent to
    foreground read as foreground; the image lies in a frame of missing data, so
    foreground on the image border closes off background there too."""
    x1 = _near_foreground(np.pad(a == 2, pad), np.pad(a == 0, pad, constant_values=True),
                          morph.squared_cutoff(SQRT2))
    return morph.fill_holes(x1, graph_bg) & ~x1


def _core_without_background(x, r2):
    """Core of an image with no background at all, as the engine finds it: its distance
    transform then overflows (squared distances kept in 32 bits wrap around to (y-1)^2),
    as if row 1 of the framed image were background."""
    rows = (np.arange(x.shape[0]) - 1) ** 2 > r2
    return np.broadcast_to(rows[:, None], x.shape).copy()


def segment(a, edge_width, graph_fg, intext):
    """MSPA byte codes of the 0/1/2 uint8 map `a` (see mspa.mspa)."""
    graph_bg = 4 if graph_fg == 8 else 8
    r2, thr_geo, pad = parameters(edge_width)
    x = np.pad(_near_foreground(a == 2, a == 0, r2), pad, mode="edge")

    core = morph.erode_disk(x, r2) if not x.all() else _core_without_background(x, r2)
    islet = x & ~morph.reconstruct(core, x, graph_fg)
    opening = morph.dilate_disk(core, r2)
    edges, perforation = _edges_and_perforations(core, r2, graph_fg, graph_bg)
    residue = x & ~core & ~islet & ~perforation & ~edges
    out = x.view(np.uint8) | islet.view(np.uint8) << 3
    out |= perforation.view(np.uint8) << 2
    out |= edges.view(np.uint8) << 1
    del islet, perforation, edges, x

    # skeleton of opening and residues anchored on core (the anchor loses its frame)
    sk = (opening | residue).view(np.uint8)
    anchored_thinning(sk, core.view(np.uint8), graph_fg)
    sk = sk.view(bool) & ~core
    mask = (opening & ~core) | residue
    del residue
    connector = geodesic_within(sk, mask, thr_geo) | sk
    connector &= mask
    connector &= morph.reconstruct(sk, mask, graph_fg)
    del sk, mask
    corridor = _corridors(connector, core, opening, graph_fg)
    del opening
    out |= core.view(np.uint8) << 4
    out |= corridor.view(np.uint8) << 5
    out |= (connector & ~corridor).view(np.uint8) << 6
    del connector, corridor

    if intext:
        all_holes = _all_holes(a, pad, graph_bg)
        core_holes = morph.fill_holes(core, graph_bg) & ~core
        all_holes &= ~core_holes
        inside = morph.fill_holes(core_holes, graph_bg)
        out += inside.view(np.uint8) * np.uint8(100)     # codes are <= 127: no overflow
        np.maximum(out, all_holes.view(np.uint8) * np.uint8(220), out=out)
    out = out[pad:-pad, pad:-pad].copy()
    out[a == 0] = 129
    out[out == 2] = 0   # stray code of background next to edges, cleared as GTB does
    return out
