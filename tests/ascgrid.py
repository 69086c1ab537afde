"""ESRI ASCII grids (.asc, optionally gzipped) and coordinate lists (pure numpy).

An ASCII grid is a header (ncols, nrows, xllcorner, yllcorner, cellsize and an optional
NODATA_value) followed by nrows x ncols values, the first row being the northernmost.
``read_asc`` returns the values as float64 with every nodata cell (the header's value, and
-9999, which Circuitscape always treats as nodata) set to NaN, plus the header as a dict.

Coordinate lists (Circuitscape's ``.txt`` focal-node, source and ground files) hold rows of
``value x y``; ``xy_to_cells`` turns x, y into 0-based row, column as Circuitscape does:
row = ceil(nrows - (y - yll) / cellsize) - 1, column = ceil((x - xll) / cellsize) - 1.
"""
import gzip

import numpy as np

HEADER_KEYS = ("ncols", "nrows", "xllcorner", "yllcorner", "cellsize")


class GridFormatError(ValueError):
    """A file that is not a readable ASCII grid or coordinate list."""


def _open_text(path):
    path = str(path)
    if path.endswith(".gz"):
        return gzip.open(path, "rt")
    return open(path, "r")


def read_asc(path):
    """Read an ASCII grid; returns (values float64 with NaN for nodata, header dict)."""
    with _open_text(path) as handle:
        lines = handle.read().splitlines()
    header = {}
    pos = 0
    while pos < len(lines):
        parts = lines[pos].split()
        if not parts:
            pos += 1
            continue
        key = parts[0].lower()
        if key in HEADER_KEYS or key in ("nodata_value", "xllcenter", "yllcenter"):
            header[key] = float(parts[1])
            pos += 1
        else:
            break
    missing = [k for k in ("ncols", "nrows", "cellsize") if k not in header]
    if missing:
        raise GridFormatError(f"{path}: not an ASCII grid, header lacks {', '.join(missing)}")
    ncols, nrows = int(header["ncols"]), int(header["nrows"])
    # values may wrap over lines and carry trailing tabs, so read tokens, not lines
    tokens = " ".join(lines[pos:]).split()
    if len(tokens) < nrows * ncols:
        raise GridFormatError(f"{path}: {len(tokens)} values for a {nrows} x {ncols} grid")
    values = np.array(tokens[:nrows * ncols], dtype=np.float64).reshape(nrows, ncols)
    nodata = header.get("nodata_value")
    mask = values == -9999.0
    if nodata is not None:
        mask |= values == nodata
    values[mask] = np.nan
    header.setdefault("xllcorner", header.get("xllcenter", 0.0))
    header.setdefault("yllcorner", header.get("yllcenter", 0.0))
    return values, header


def write_asc(path, values, header, nodata=-9999.0):
    """Write values (NaN as nodata) with the geometry of header, 8 decimals as Circuitscape."""
    values = np.where(np.isnan(values), nodata, np.round(values, 8))
    with open(path, "w") as handle:
        handle.write(f"ncols         {values.shape[1]}\nnrows         {values.shape[0]}\n")
        handle.write(f"xllcorner     {header.get('xllcorner', 0.0)}\n")
        handle.write(f"yllcorner     {header.get('yllcorner', 0.0)}\n")
        handle.write(f"cellsize      {header['cellsize']}\nNODATA_value  {nodata}\n")
        np.savetxt(handle, values, fmt="%.10g")


def read_xy_list(path):
    """Rows of ``value x y`` as a float (n, 3) array."""
    data = np.loadtxt(str(path), ndmin=2)
    if data.shape[1] < 3:
        raise GridFormatError(f"{path}: expected columns value x y, got {data.shape[1]}")
    return data[:, :3]


def xy_to_cells(x, y, header):
    """0-based (row, col) of points x, y in the grid described by header (Circuitscape's rule)."""
    cs, nrows = header["cellsize"], header["nrows"]
    row = np.ceil(nrows - (np.asarray(y, float) - header["yllcorner"]) / cs).astype(np.int64) - 1
    col = np.ceil((np.asarray(x, float) - header["xllcorner"]) / cs).astype(np.int64) - 1
    return row, col
