"""Stand-in inputs for the Corsica sample that the real data lacks (see corsica/SOURCE.md):
a synthetic DEM, approximate roads and mining areas, and a forest-loss correction derived
from the real CORINE forest maps. Deterministic (seeded)."""
import os

import numpy as np
from osgeo import gdal, ogr, osr
from scipy import ndimage

gdal.UseExceptions()
HERE = os.path.dirname(os.path.abspath(__file__))
CORSICA = os.path.join(HERE, "corsica")

# (name, latitude, longitude) of the towns the main roads join
TOWNS = {"Bastia": (42.6977, 9.4509), "Corte": (42.3061, 9.1500),
         "Ajaccio": (41.9192, 8.7386), "Propriano": (41.6754, 8.9032),
         "Bonifacio": (41.3874, 9.1594), "Porto-Vecchio": (41.5911, 9.2794),
         "Aleria": (42.1036, 9.5139), "Ponte-Leccia": (42.4656, 9.2033),
         "L'Ile-Rousse": (42.6336, 8.9377), "Calvi": (42.5679, 8.7570),
         "Saint-Florent": (42.6814, 9.3031)}
ROUTES = [("Bastia", "Ponte-Leccia", "Corte", "Ajaccio"), ("Bastia", "Aleria",
          "Porto-Vecchio", "Bonifacio"), ("Ajaccio", "Propriano", "Bonifacio"),
          ("Calvi", "L'Ile-Rousse", "Ponte-Leccia"), ("Corte", "Aleria"),
          ("Bastia", "Saint-Florent", "L'Ile-Rousse")]
MINES = {"Canari asbestos mine (former)": (42.8450, 9.3370),
         "stand-in quarry near Ajaccio": (41.9600, 8.8200),
         "stand-in quarry near Bastia": (42.6500, 9.4000)}


def _grid():
    ds = gdal.Open(os.path.join(CORSICA, "landmosaic_2018.tif"))
    return ds, ds.GetRasterBand(1).ReadAsArray()


def _write(path, like, array, dtype, nodata):
    ds = gdal.GetDriverByName("GTiff").Create(path, like.RasterXSize, like.RasterYSize, 1,
                                              dtype, ["COMPRESS=DEFLATE", "TILED=YES"])
    ds.SetGeoTransform(like.GetGeoTransform())
    ds.SetProjection(like.GetProjection())
    ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(array)
    ds = None
    return path


def synthetic_dem(out):
    like, land = _grid()
    rows, cols = np.mgrid[0:land.shape[0], 0:land.shape[1]].astype(float)
    on_land = np.nonzero(land > 0)
    # a ridge along the island's north-south spine, high in the centre-west
    spine = np.interp(rows, [on_land[0].min(), on_land[0].max()],
                      [np.median(on_land[1]) - 40, np.median(on_land[1]) + 60])
    ridge = np.exp(-((cols - spine) / 120.0) ** 2) * np.exp(-((rows - 800) / 700.0) ** 2)
    noise = ndimage.gaussian_filter(np.random.default_rng(2018).random(land.shape), 12)
    noise = (noise - noise.min()) / np.ptp(noise)
    dem = 2700.0 * ridge * (0.55 + 0.45 * noise) + 40.0 * noise
    dem = np.where(land > 0, dem, -9999).astype(np.float32)
    return _write(os.path.join(out, "synthetic_dem.tif"), like, dem, gdal.GDT_Float32, -9999)


def forest_loss_correction(out):
    like, land = _grid()
    f2000 = gdal.Open(os.path.join(CORSICA, "fnf_2000.tif")).ReadAsArray()
    f2018 = gdal.Open(os.path.join(CORSICA, "fnf_2018.tif")).ReadAsArray()
    coef = np.where((f2000 == 2) & (f2018 == 1), 1.3, 1.0)
    coef = np.where(land > 0, coef, -1).astype(np.float32)
    return _write(os.path.join(out, "forest_loss_correction.tif"), like, coef,
                  gdal.GDT_Float32, -1)


def _vector(path, kind, features):
    """A GeoPackage in EPSG:3035 from (name, [(lat, lon), ...]) pairs."""
    wgs, laea = osr.SpatialReference(), osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    laea.ImportFromEPSG(3035)
    for srs in (wgs, laea):  # x = longitude / easting, whatever the authority's axis order
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_laea = osr.CoordinateTransformation(wgs, laea)
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer(os.path.splitext(os.path.basename(path))[0], laea, kind)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for name, coords in features:
        geom = ogr.Geometry(kind)
        for lat, lon in coords:
            x, y, _ = to_laea.TransformPoint(lon, lat)
            geom.AddPoint_2D(x, y)
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("name", name)
        f.SetGeometry(geom)
        layer.CreateFeature(f)
    ds = None
    return path


def approximate_roads(out):
    return _vector(os.path.join(out, "approximate_roads.gpkg"), ogr.wkbLineString,
                   [(" - ".join(r), [TOWNS[t] for t in r]) for r in ROUTES])


def approximate_mining_areas(out):
    return _vector(os.path.join(out, "approximate_mining_areas.gpkg"), ogr.wkbPoint,
                   [(name, [pos]) for name, pos in MINES.items()])


def make_all(out):
    os.makedirs(out, exist_ok=True)
    return {"dem": synthetic_dem(out), "roads": approximate_roads(out),
            "mining_areas": approximate_mining_areas(out),
            "corrections": forest_loss_correction(out),
            "landuse": os.path.join(CORSICA, "landmosaic_2018.tif")}
