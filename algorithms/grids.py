"""Raster I/O by blocks with GDAL (no QGIS): reading, alignment to a reference grid,
writing through a temporary file, rasterising features and proximity.

Memory never grows with the raster: every pass reads and writes strips of whole rows of
about BLOCK_BYTES.
"""
import ctypes
import os
import threading
import re
import subprocess
import sys
import uuid

import numpy as np
from osgeo import gdal, ogr, osr

from .errors import EcoError

gdal.UseExceptions()

BLOCK_BYTES = 16 * 2 ** 20
GDAL_TYPES = {np.dtype(np.uint8): gdal.GDT_Byte, np.dtype(np.uint16): gdal.GDT_UInt16,
              np.dtype(np.int16): gdal.GDT_Int16, np.dtype(np.int32): gdal.GDT_Int32,
              np.dtype(np.float32): gdal.GDT_Float32, np.dtype(np.float64): gdal.GDT_Float64}
# fast DEFLATE: level 6 made writing 20x slower than the classification itself; no
# NUM_THREADS: with it, GDAL passes that read back what they write (proximity) ran 150x slower
GTIFF_OPTIONS = ["COMPRESS=DEFLATE", "ZLEVEL=1", "TILED=YES", "BIGTIFF=IF_SAFER"]
# intermediate grids that GDAL reads and writes line by line: plain tiles, no compression
SCRATCH_OPTIONS = ["TILED=YES", "BIGTIFF=IF_SAFER"]


# GDAL's block cache defaults to 5 % of RAM; strips read whole tile rows once, so a larger
# cache only holds dead tiles and inflates memory (1.2 GB of a 1.5 GB peak on 10^8 cells)
CACHE_BYTES = 256 * 2 ** 20


class limited_cache:
    """Caps GDAL's block cache while a tool runs, and gives the old cap back after."""

    def __enter__(self):
        self.old = gdal.GetCacheMax()
        gdal.SetCacheMax(min(self.old, CACHE_BYTES))
        return self

    def __exit__(self, *exc):
        gdal.SetCacheMax(self.old)
        return False


class GridError(EcoError, ValueError):
    """A raster that cannot be read or written as asked."""


def is_raster(path):
    try:
        return gdal.OpenEx(path, gdal.OF_RASTER) is not None
    except RuntimeError:
        return False


# temporary files of this thread's run not yet committed or discarded: a run interrupted
# between creating one and registering it with the tool (a signal lands anywhere) still
# removes it (discard_pending); per thread, as QGIS runs tools in parallel threads
_pending = threading.local()


def pending_files():
    if not hasattr(_pending, "paths"):
        _pending.paths = set()
    return _pending.paths


def discard_pending():
    """Remove every temporary raster of this thread's run that was left behind."""
    for path in list(pending_files()):
        for p in (path, path + ".aux.xml"):
            if os.path.exists(p):
                os.remove(p)
        pending_files().discard(path)


def temporary_path(final_path):
    """A sibling path to write into and move over final_path when the run succeeds."""
    folder, name = os.path.split(final_path)
    stem, ext = os.path.splitext(name)
    return os.path.join(folder, ".%s.%s.part%s" % (stem, uuid.uuid4().hex[:8], ext))


def same_grid(a, b, tolerance=1e-6):
    """True when two datasets share size, cell geometry and CRS."""
    if (a.RasterXSize, a.RasterYSize) != (b.RasterXSize, b.RasterYSize):
        return False
    ga, gb = np.array(a.GetGeoTransform()), np.array(b.GetGeoTransform())
    cell = max(abs(ga[1]), abs(ga[5]))
    if np.abs(ga - gb).max() > tolerance * max(cell, 1.0):
        return False
    sa, sb = osr.SpatialReference(), osr.SpatialReference()
    pa, pb = a.GetProjection(), b.GetProjection()
    if not pa or not pb:
        return pa == pb
    sa.ImportFromWkt(pa)
    sb.ImportFromWkt(pb)
    return bool(sa.IsSame(sb))


class RasterIn:
    """One band read by strips of rows as float arrays with NaN where nodata.

    With align_to (another RasterIn), the band is read through a virtual warp onto that
    grid (nearest neighbour, so scores and classes stay what they are); ``aligned`` says so.
    """

    def __init__(self, path, band=1, name=None, align_to=None):
        self.name = name or os.path.basename(path)
        self.path = path
        try:
            self.ds = gdal.Open(path)
        except RuntimeError as err:
            raise GridError("GDAL cannot open raster '{name}' ({path}): {err}",
                            name=self.name, path=path, err=err) \
                from None
        if band < 1 or band > self.ds.RasterCount:
            raise GridError("Raster '{name}' has {rastercount} band(s); band {band} does not "
                            "exist.",
                            name=self.name, rastercount="%d" % self.ds.RasterCount,
                            band="%d" % band)
        self.band_number = band
        self.nodata = self.ds.GetRasterBand(band).GetNoDataValue()
        self.aligned = False
        if align_to is not None and not same_grid(self.ds, align_to.ds):
            self._warp_to(align_to)
        self.band = self.ds.GetRasterBand(band)
        self.width, self.height = self.ds.RasterXSize, self.ds.RasterYSize

    def _warp_to(self, ref):
        gt = ref.ds.GetGeoTransform()
        bounds = (gt[0], gt[3] + gt[5] * ref.height, gt[0] + gt[1] * ref.width, gt[3])
        src_srs = self.ds.GetProjection()
        if not src_srs:
            raise GridError("Raster '{name}' has no CRS, so it cannot be aligned to '{name2}'.",
                            name=self.name, name2=ref.name)
        src = self.ds
        if self.band_number != 1:  # warp the one band asked for, through a virtual copy
            src = gdal.Translate("", src, format="VRT", bandList=[self.band_number])
        extra = {}
        if self.nodata is None:
            # cells of the reference grid beyond this raster's extent must read as nodata,
            # not as 0: without a nodata value of its own it is warped to Float64 with NaN
            self.nodata = float("nan")
            extra = dict(outputType=gdal.GDT_Float64)
        options = gdal.WarpOptions(format="VRT", outputBounds=bounds, width=ref.width,
                                   height=ref.height, dstSRS=ref.ds.GetProjection(),
                                   resampleAlg="near", srcNodata=None if extra else self.nodata,
                                   dstNodata=self.nodata, **extra)
        self.ds = gdal.Warp("", src, options=options)
        self.band_number = 1
        self.aligned = True

    def rows_per_block(self, bytes_per_cell=8):
        """Rows per strip so one float64 strip stays within BLOCK_BYTES; whole tile rows
        when they fit, so no tile is decoded twice."""
        tile_rows = self.band.GetBlockSize()[1] or 1
        rows = max(1, BLOCK_BYTES // max(1, self.width * bytes_per_cell))
        return rows - rows % tile_rows if rows >= tile_rows else rows

    def read(self, row0, rows, dtype=np.float64):
        """Rows row0..row0+rows as dtype, NaN where nodata."""
        a = self.band.ReadAsArray(0, row0, self.width, rows,
                                  buf_type=GDAL_TYPES[np.dtype(dtype)])
        if a is None:
            raise GridError("Could not read rows {row0}-{row02} of raster '{name}'.",
                            row0="%d" % row0, row02="%d" % (row0 + rows), name=self.name)
        if self.nodata is not None:
            if np.isnan(self.nodata):
                return a
            a[a == dtype(self.nodata)] = np.nan
        return a

    def blocks(self, progress=None, dtype=np.float64, rows=None):
        """Yield (first row, strip) over the whole band."""
        step = rows or self.rows_per_block(np.dtype(dtype).itemsize)
        for r0 in range(0, self.height, step):
            if progress is not None:
                progress.set(r0 / self.height)
            yield r0, self.read(r0, min(step, self.height - r0), dtype)


class RasterOut:
    """A one-band raster on the grid of ``like`` (a RasterIn), written into a temporary
    sibling file; commit() moves it into place, discard() removes it."""

    def __init__(self, path, like, dtype, nodata, driver="GTiff"):
        self.path = path
        self.tmp = temporary_path(path)
        pending_files().add(self.tmp)
        drv = gdal.GetDriverByName(driver)
        if drv is None:
            raise GridError("GDAL has no raster driver {driver} for "
                            "{path}.", driver=repr(driver), path=path)
        options = GTIFF_OPTIONS if drv.ShortName == "GTiff" else []
        self.ds = drv.Create(self.tmp, like.width, like.height, 1, GDAL_TYPES[np.dtype(dtype)],
                             options)
        self.ds.SetGeoTransform(like.ds.GetGeoTransform())
        self.ds.SetProjection(like.ds.GetProjection())
        self.band = self.ds.GetRasterBand(1)
        self.nodata = nodata
        if nodata is not None:
            self.band.SetNoDataValue(nodata)
        self.dtype = np.dtype(dtype)
        self.width, self.height = like.width, like.height

    def write(self, row0, array):
        """Write a strip; NaN becomes the nodata value."""
        a = np.asarray(array)
        if self.nodata is not None and a.dtype.kind == "f":
            a = np.where(np.isnan(a), self.nodata, a)
        self.band.WriteArray(a.astype(self.dtype, copy=False), 0, row0)

    def write_all(self, grid):
        """Write a whole in-memory grid, strip by strip (GDAL's cache stays small)."""
        step = max(1, BLOCK_BYTES // max(1, self.dtype.itemsize * self.width))
        for r0 in range(0, self.height, step):
            self.write(r0, grid[r0:r0 + step])

    def read(self, row0, rows):
        """Read back what was written (float64, NaN for nodata), e.g. for a rescaling pass."""
        a = self.band.ReadAsArray(0, row0, self.width, rows).astype(np.float64)
        if self.nodata is not None:
            a[a == self.nodata] = np.nan
        return a

    def close(self):
        if self.ds is not None:
            self.ds.FlushCache()
            self.band = None
            self.ds = None

    flushBuffer = close  # the tool base closes every output through this name

    def commit(self):
        self.close()
        # an older raster's side file would lend its statistics to the new one
        for old in (self.path, self.path + ".aux.xml"):
            if os.path.exists(old):
                os.remove(old)
        os.replace(self.tmp, self.path)
        if os.path.exists(self.tmp + ".aux.xml"):  # the new raster's own, if GDAL wrote one
            os.replace(self.tmp + ".aux.xml", self.path + ".aux.xml")
        pending_files().discard(self.tmp)

    def discard(self):
        self.band = None
        self.ds = None
        for p in (self.tmp, self.tmp + ".aux.xml"):
            if os.path.exists(p):
                os.remove(p)
        pending_files().discard(self.tmp)


def scratch_like(like, path, dtype=np.uint8):
    """A zero-filled one-band GeoTIFF on the grid of ``like`` (for intermediate grids)."""
    ds = gdal.GetDriverByName("GTiff").Create(path, like.width, like.height, 1,
                                              GDAL_TYPES[np.dtype(dtype)], SCRATCH_OPTIONS)
    ds.SetGeoTransform(like.ds.GetGeoTransform())
    ds.SetProjection(like.ds.GetProjection())
    return ds


def rasterize(wkb_geometries, target_ds, all_touched=True):
    """Burn 1 under the geometries (WKB, in the grid's CRS) into target_ds; returns the
    number of geometries burnt."""
    vds = ogr.GetDriverByName("Memory").CreateDataSource("features")
    srs = osr.SpatialReference()
    if target_ds.GetProjection():
        srs.ImportFromWkt(target_ds.GetProjection())
    layer = vds.CreateLayer("features", srs)
    n = 0
    for wkb in wkb_geometries:
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(f)
        n += 1
    options = ["ALL_TOUCHED=TRUE"] if all_touched else []
    gdal.RasterizeLayer(target_ds, [1], layer, burn_values=[1], options=options)
    return n


def proximity(target_ds, out, max_distance=None, nodata=-1.0, callback=None):
    """Distance in map units from every cell to the nearest non-zero cell of target_ds,
    written into out (a RasterOut, Float32). Cells farther than max_distance get nodata."""
    options = ["DISTUNITS=GEO", "NODATA=%s" % nodata]
    if max_distance:
        options.append("MAXDIST=%r" % float(max_distance))
    out.band.SetNoDataValue(nodata)
    gdal.ComputeProximity(target_ds.GetRasterBand(1), out.band, options, callback=callback)


def burn_ids(like, id_wkbs, all_touched=False, dataset=False):
    """An in-memory Int32 id grid like ``like``: each geometry (WKB, grid CRS) burnt with its
    id; later geometries overwrite earlier ones. Returned as an int64 array, or as the
    in-memory GDAL dataset when ``dataset`` (to read by blocks)."""
    mem = gdal.GetDriverByName("MEM").Create("", like.width, like.height, 1, gdal.GDT_Int32)
    mem.SetGeoTransform(like.ds.GetGeoTransform())
    mem.SetProjection(like.ds.GetProjection())
    vds = ogr.GetDriverByName("Memory").CreateDataSource("ids")
    srs = osr.SpatialReference()
    if like.ds.GetProjection():
        srs.ImportFromWkt(like.ds.GetProjection())
    layer = vds.CreateLayer("ids", srs)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    for pid, wkb in id_wkbs:
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("id", int(pid))
        f.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(f)
    options = ["ATTRIBUTE=id"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    gdal.RasterizeLayer(mem, [1], layer, options=options)
    if dataset:
        return mem
    return mem.GetRasterBand(1).ReadAsArray().astype(np.int64)


def available_memory():
    """Bytes of memory free for a new allocation, or None if unknown: psutil's figure where
    psutil is importable (QGIS ships it on Windows), else the operating system's own."""
    try:
        import psutil
    except ImportError:
        psutil = None
    if psutil is not None:
        try:
            return int(psutil.virtual_memory().available)
        except (OSError, RuntimeError, AttributeError):  # e.g. no access to /proc
            pass
    if sys.platform == "win32":
        return _windows_available()
    if sys.platform == "darwin":
        return _macos_available()
    return _posix_available()


def _posix_available(meminfo="/proc/meminfo"):
    """Linux: MemAvailable (free plus reclaimable cache); other POSIX: free pages."""
    try:
        with open(meminfo) as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


class _MemoryStatusEx(ctypes.Structure):
    """MEMORYSTATUSEX of the Windows API (sysinfoapi.h)."""
    _fields_ = [("dwLength", ctypes.c_uint32), ("dwMemoryLoad", ctypes.c_uint32),
                ("ullTotalPhys", ctypes.c_uint64), ("ullAvailPhys", ctypes.c_uint64),
                ("ullTotalPageFile", ctypes.c_uint64), ("ullAvailPageFile", ctypes.c_uint64),
                ("ullTotalVirtual", ctypes.c_uint64), ("ullAvailVirtual", ctypes.c_uint64),
                ("ullAvailExtendedVirtual", ctypes.c_uint64)]


def _windows_available(kernel32=None):
    """Windows: GlobalMemoryStatusEx's available physical memory (what psutil reports)."""
    try:
        kernel32 = kernel32 or ctypes.windll.kernel32
    except AttributeError:  # not Windows
        return None
    status = _MemoryStatusEx()
    status.dwLength = ctypes.sizeof(_MemoryStatusEx)
    if not kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
        return None
    return int(status.ullAvailPhys)


def _macos_available(run=None):
    """macOS: free plus inactive pages from vm_stat (psutil's 'available'); macOS has no
    SC_AVPHYS_PAGES."""
    try:
        text = (run or subprocess.run)(["vm_stat"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    page = re.search(r"page size of (\d+) bytes", text)
    pages = dict((k.strip(), int(v)) for k, v in
                 re.findall(r"^(Pages [a-z ]+):\s+(\d+)\.?\s*$", text, re.M))
    if not page or "Pages free" not in pages:
        return None
    return (pages["Pages free"] + pages.get("Pages inactive", 0)) * int(page.group(1))


def polygonize(values, like, connectedness=8):
    """Polygons of the non-zero cells of an integer grid on the grid of ``like``:
    {value: [WKB, ...]} (GDAL Polygonize; 8-connected cells form one polygon by default,
    so a value's polygons match scipy.ndimage.label with a 3 x 3 structure)."""
    grid = np.asarray(values).astype(np.int32)
    mem = gdal.GetDriverByName("MEM").Create("", grid.shape[1], grid.shape[0], 1,
                                             gdal.GDT_Int32)
    mem.SetGeoTransform(like.ds.GetGeoTransform())
    mem.SetProjection(like.ds.GetProjection())
    band = mem.GetRasterBand(1)
    band.WriteArray(grid)
    mask = gdal.GetDriverByName("MEM").Create("", grid.shape[1], grid.shape[0], 1,
                                              gdal.GDT_Byte)
    mask.GetRasterBand(1).WriteArray((grid != 0).astype(np.uint8))
    vds = ogr.GetDriverByName("Memory").CreateDataSource("polygons")
    layer = vds.CreateLayer("polygons", None, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    options = ["8CONNECTED=8"] if connectedness == 8 else []
    gdal.Polygonize(band, mask.GetRasterBand(1), layer, 0, options)
    out = {}
    for f in layer:
        out.setdefault(int(f.GetField(0)), []).append(bytes(f.GetGeometryRef().ExportToWkb()))
    return out
