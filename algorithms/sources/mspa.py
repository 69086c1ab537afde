"""Morphological Spatial Pattern Analysis (MSPA), pure numpy/scipy, pixel-identical to
the JRC MSPA engine of GuidosToolbox.

MSPA (Soille and Vogt 2009, "Morphological segmentation of binary patterns", Pattern
Recognition Letters 30: 456-459; Vogt, "MSPA Guide", GuidosToolbox documentation) splits
the foreground of a binary map into seven classes:

- core: foreground farther than EdgeWidth + 0.98 (Euclidean) from the background;
- islet: foreground components without core;
- perforation / edge: the ring of width EdgeWidth + 0.98 around core, inside a hole of
  the core (perforation) or outside it (edge);
- loop / bridge: the rest of the skeleton (anchored on core) and its geodesic
  neighbourhood of width EdgeWidth - 0.43, when it links a core area to itself (loop) or
  to another (bridge); a part crossing edge or perforation is a transition pixel and gets
  +2 (in edge) or +4 (in perforation);
- branch: the rest.

Missing pixels near foreground count as foreground, so no edge appears against missing
data, and the image border is handled by replicating the outermost pixels. Byte coding:
core 17, islet 9, perforation 5, edge 3, loop 65/67/69, bridge 33/35/37, branch 1,
background 0, missing 129; with IntExt the pixels inside core holes add 100 and the
background splits into core-opening (100) and border-opening (220).
"""
import numpy as np

from . import mspa_core
from ..errors import EcoError
from ..shown import shown

MISSING = 129
FOREGROUND_CLASSES = {
    17: "Core", 9: "Islet", 5: "Perforation", 3: "Edge", 65: "Loop", 67: "Loop in edge",
    69: "Loop in perforation", 33: "Bridge", 35: "Bridge in edge",
    37: "Bridge in perforation", 1: "Branch"}
CLASS_NAMES = dict(FOREGROUND_CLASSES)
CLASS_NAMES.update({v + 100: "Internal " + n.lower() for v, n in FOREGROUND_CLASSES.items()})
CLASS_NAMES.update({0: "Background", 100: "Core-opening", 220: "Border-opening",
                    MISSING: "Missing"})

_BASE_COLOURS = {
    0: (220, 220, 220), 1: (255, 140, 0), 3: (0, 0, 0), 5: (0, 0, 255), 9: (160, 60, 0),
    17: (0, 200, 0), 33: (255, 0, 0), 35: (255, 0, 0), 37: (255, 0, 0),
    65: (255, 255, 0), 67: (255, 255, 0), 69: (255, 255, 0)}
#: GuidosToolbox colours (r, g, b) of the MSPA classes with Transition on
COLOURS = dict(_BASE_COLOURS)
COLOURS.update({v + 100: c for v, c in _BASE_COLOURS.items() if v})
COLOURS.update({100: (136, 136, 136), 220: (194, 194, 194), MISSING: (255, 255, 255)})
#: the same with Transition off: transition pixels take the colour of edge/perforation
COLOURS_NO_TRANSITION = dict(COLOURS)
for _v, _c in ((35, (0, 0, 0)), (37, (0, 0, 255)), (67, (0, 0, 0)), (69, (0, 0, 255))):
    COLOURS_NO_TRANSITION[_v] = _c
    COLOURS_NO_TRANSITION[_v + 100] = _c


class MSPAError(EcoError, ValueError):
    """Input that MSPA cannot segment (no foreground, no background, bad parameters)."""


def colour_table(transition=True):
    """{class value: (r, g, b)} of GuidosToolbox for the MSPA byte coding.

    With transition off, the transition pixels of loops and bridges (35/37/67/69 and
    internal variants) are drawn as the edge or perforation they cross, as GuidosToolbox
    does; the pixel values themselves do not depend on the Transition flag."""
    return dict(COLOURS if transition else COLOURS_NO_TRANSITION)


def map_input(values, foreground=(2,), missing=(0,), nodata=None):
    """Map raster values to MSPA input: 2 foreground, 1 background, 0 missing.

    values: array of any numeric type; foreground: values that are foreground; missing:
    values that are missing besides `nodata` (and NaN); all other values are background.
    """
    values = np.asarray(values)
    out = np.ones(values.shape, dtype=np.uint8)
    miss = np.isin(values, list(missing)) if len(missing) else np.zeros(values.shape, bool)
    if nodata is not None:
        miss |= values == nodata
    if values.dtype.kind == "f":
        miss |= np.isnan(values)
    out[np.isin(values, list(foreground))] = 2
    out[miss] = 0
    return out


def check_input(array, edge_width=1, connectivity=8):
    """Raise MSPAError unless `array` is a 2-D map of 0/1/2 with some foreground and
    something else, and the parameters are valid."""
    array = np.asarray(array)
    if array.ndim != 2 or array.size == 0:
        raise MSPAError("MSPA needs a non-empty 2-D array, got shape "
                        "{array_shape}", array_shape=array.shape)
    if connectivity not in (4, 8):
        raise MSPAError("MSPA connectivity must be 4 or 8, got {connectivity}",
                        connectivity=shown(connectivity))
    try:
        ew = int(edge_width)
    except (TypeError, ValueError):
        raise MSPAError("MSPA edge width must be an integer >= 1, got {edge_width}",
                        edge_width=shown(edge_width))
    if ew != edge_width or ew < 1:
        raise MSPAError("MSPA edge width must be an integer >= 1, got {edge_width}",
                        edge_width=shown(edge_width))
    if ew > 100:
        raise MSPAError("MSPA edge width must be at most 100 pixels, got {ew}", ew="%d" % ew)
    bad = ~np.isin(array, (0, 1, 2))
    if bad.any():
        raise MSPAError("MSPA input must hold only 0 (missing), 1 (background) and 2 (foreground); "
                        "found {array}", array=repr(np.unique(array[bad])[:5].tolist()))
    fg = int(np.count_nonzero(array == 2))
    if fg == 0:
        raise MSPAError("MSPA input has no foreground pixel: nothing to segment")
    if fg == array.size:
        raise MSPAError("MSPA input is all foreground: there is no background to "
                        "segment it against")


def mspa(array, edge_width=1, connectivity=8, transition=True, intext=True):
    """MSPA classes of a map coded 2 foreground, 1 background, 0 missing.

    Returns a uint8 array in GuidosToolbox's byte coding (see the module docstring).
    edge_width: width of edges in pixels (>= 1); connectivity: 8 or 4 for the
    foreground (the background takes the other); transition: kept for the API and the
    colour table (the engine codes transition pixels 35/37/67/69 either way, and with
    Transition off only draws them as edge or perforation, see colour_table); intext:
    split internal (inside core holes, +100) from external features.
    Reference: Soille and Vogt (2009) Pattern Recognition Letters 30: 456-459;
    the JRC MSPA engine of GuidosToolbox (pyguidos 2.6.3).
    """
    check_input(array, edge_width, connectivity)
    return mspa_core.segment(np.ascontiguousarray(array, dtype=np.uint8),
                             int(edge_width), int(connectivity), bool(intext))


def class_statistics(result):
    """Pixels per class of an MSPA result: a list of (class value, name, pixels, share of
    foreground in percent), foreground classes first, then background and missing.

    Foreground means every foreground class (external and internal); the share of a
    background or missing class is None."""
    result = np.asarray(result)
    counts = np.bincount(result.ravel(), minlength=256)
    fg_values = sorted(set(FOREGROUND_CLASSES) | {v + 100 for v in FOREGROUND_CLASSES})
    total = int(sum(counts[v] for v in fg_values))
    rows = []
    for v in FOREGROUND_CLASSES:
        for value in (v, v + 100):
            n = int(counts[value])
            if n:
                rows.append((value, CLASS_NAMES[value], n,
                             100.0 * n / total if total else 0.0))
    for value in (0, 100, 220, MISSING):
        if counts[value]:
            rows.append((value, CLASS_NAMES[value], int(counts[value]), None))
    return rows
