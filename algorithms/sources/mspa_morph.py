"""Binary morphology for MSPA (pure numpy/scipy): Euclidean disks, hole filling,
reconstruction and connected components, with the border conventions MSPA needs.

A Euclidean disk of squared radius r2 is the set of offsets (dy, dx) with
dy^2 + dx^2 <= r2; dilating or eroding by it equals thresholding an exact Euclidean
distance transform at sqrt(r2), but needs only one byte per pixel: the disk is a union
of horizontal runs, one per row offset, and each run is a 1-D max/min filter.
"""
import math

import numpy as np
from scipy import ndimage as ndi

STRUCT8 = np.ones((3, 3), dtype=bool)
STRUCT4 = ndi.generate_binary_structure(2, 1)


def structure(graph):
    """3x3 structuring element of 4- or 8-connectivity."""
    return STRUCT8 if graph == 8 else STRUCT4


def squared_cutoff(threshold):
    """Largest integer d2 with float32(sqrt(d2)) <= threshold (a float32).

    Distances are square roots of integers computed in single precision, as the engine
    does, so a float threshold is an integer cut-off on squared distances."""
    thr = np.float32(threshold)
    k = int(math.floor(float(thr) ** 2)) + 2
    cand = np.arange(max(k - 4, 0), k + 1, dtype=np.float32)
    ok = np.sqrt(cand) <= thr
    return int(cand[ok].max()) if ok.any() else -1


def _runs(r2):
    """(dy, half-width) of the horizontal runs of the disk dy^2 + dx^2 <= r2."""
    r = int(math.isqrt(r2))
    return [(dy, int(math.isqrt(r2 - dy * dy))) for dy in range(-r, r + 1)]


def _disk_filter(x, r2, dilate, border):
    """Dilation (max) or erosion (min) of a 0/1 uint8 image by the disk, with pixels
    outside the image read as `border`."""
    out = np.full(x.shape, 0 if dilate else 1, dtype=np.uint8)
    filt = ndi.maximum_filter1d if dilate else ndi.minimum_filter1d
    combine = np.maximum if dilate else np.minimum
    rows = x.shape[0]
    cache = {}
    for dy, w in _runs(r2):
        h = cache.get(w)
        if h is None:
            h = filt(x, 2 * w + 1, axis=1, mode="constant", cval=border)
            cache[w] = h
        # out[y] combines h[y + dy]; rows outside read as the border value, which is
        # neutral (0 for max, 1 for min), so they are simply skipped
        if abs(dy) >= rows:
            continue
        if dy >= 0:
            dst, src = out[:rows - dy], h[dy:]
        else:
            dst, src = out[-dy:], h[:rows + dy]
        combine(dst, src, out=dst)
    return out


def dilate_disk(x, r2):
    """Pixels within squared Euclidean distance r2 of a set pixel (outside = unset)."""
    return _disk_filter(x.view(np.uint8) if x.dtype == bool else x, r2, True, 0).view(bool)


def erode_disk(x, r2):
    """Set pixels with no unset pixel within squared distance r2 (outside = set), i.e.
    those farther than sqrt(r2) from the background, as an EDT with no border effect."""
    return _disk_filter(x.view(np.uint8) if x.dtype == bool else x, r2, False, 1).view(bool)


def fill_holes(x, graph_bg):
    """x with its holes filled: unset components (graph_bg-connected) not touching the
    image border."""
    lab, n = ndi.label(~x, structure(graph_bg))
    if n == 0:
        return x.copy()
    outside = np.zeros(n + 1, dtype=bool)
    for edge in (lab[0], lab[-1], lab[:, 0], lab[:, -1]):
        outside[edge] = True
    outside[0] = False          # label 0 is x itself
    return ~outside[lab]


def reconstruct(marker, mask, graph):
    """Reconstruction by dilation: the graph-connected components of mask that hold a
    marker pixel."""
    lab, n = ndi.label(mask, structure(graph))
    keep = np.zeros(n + 1, dtype=bool)
    keep[lab[marker & mask]] = True
    keep[0] = False
    return keep[lab]


def label(x, graph):
    """Connected components of x (graph-connected), int32 labels 1..n."""
    lab, _ = ndi.label(x, structure(graph), output=np.int32)
    return lab
